"""Time to useful: from process start until the key manager shows the list with its stored
statuses and the selected row's cached balances — beside a bare window's first paint.

Run inside the private Secret Service, so the saved connections live in a real keychain:

    tests/with-secret-service .venv/bin/python benchmarks/startup.py [--quick] [--offscreen]

For 20, 200 and 1,000 saved connections (``--quick``: 20 and 200) it first writes what the app
itself writes: each connection added with ``KeychainStore.add`` over the Secret Service backend,
with the facts of an earlier check (so every connection has a stored status: most "Connected",
every tenth a problem), and ``balances.json`` with a snapshot for each. Then each start is a
fresh process running ``gui.app.run()`` itself — harden, the frame, its first paint, then
``real_environment`` and ``window.start()`` — with the preferences of a first start (an empty
``XDG_CONFIG_HOME``) and the store of ``real_environment(data folder)`` opened under a keychain
service of the benchmark's own (``open_default_store``: keyring chooses its backend and the
keychain is probed, as at a user's start). ``PYTHON_KEYRING_BACKEND``, which
tests/with-secret-service sets, is unset for the app when keyring picks the same backend without
it, as in a desktop session. Under Xvfb (a real X server, ``QT_QPA_PLATFORM=xcb``;
``--offscreen``: Qt's offscreen platform). A bytecode cache, warmed first, as an installed app
has. Each child may only reach loopback (``common.loopback_only``). Measured from just before
the process starts:

- **bare first paint**: ``benchmarks/bare_window.py``, a standalone script that imports
  nothing but PySide6 before its window (a ``QMainWindow`` of the app's size with one label):
  its first Paint event;
- **app first paint**: the first Paint event of the app's window, and whether that frame held
  the list (``first-paint ... 1``): the app paints its stored listing in its first frame;
- **time to useful**: the list holds all N rows with their stored statuses AND the details
  panel shows the selected row's cached balances (not "No balances yet") AND both the list's
  rows and the balance total have received a Paint event since (the later of the two).

Bare and app starts alternate in each round (bare, app N=20, bare, app N=200, ...),
``BENCH_RUNS`` (default 5) rounds; ``BENCH_COMPARE=DIR`` also starts DIR's app (another
checkout, with this script in its ``benchmarks/``) right after each app start, on the same
fixtures. It prints medians, the ratio time to useful / bare first paint as a ratio of medians
and paired per round (targets: ≤ 1.3 at 20 and at 1,000), the machine's load, and ends with one
JSON line of all figures. ``--sizes 20,1000`` picks sizes. Profiling: ``BENCH_TRACE=1`` adds
the app's milestones (``trace_*``) to the output; ``BENCH_PROFILE=FILE`` (``pip install
pyinstrument``) writes a profile of the GUI thread up to the useful paint.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import child_env, load, loopback_only, now, run_child, run_program, xvfb

BARE = Path(__file__).with_name("bare_window.py")  # standalone: imports only PySide6
# BENCH_COMPARE=DIR: also start DIR's app (another checkout, e.g. main's, with this script in its
# benchmarks/) in every round, on the same fixtures: a before/after under the same load.
_OTHER = os.environ.get("BENCH_COMPARE")
COMPARE = Path(_OTHER).resolve() / "benchmarks" / "startup.py" if _OTHER else None

RUNS = 5
SIZES = (20, 200, 1000)
WIDTH, HEIGHT = 1000, 680
TARGETS = {20: 1.3, 1000: 1.3}  # issue 18: time to useful <= 1.3 x a bare window
TRACE = (  # BENCH_TRACE=1: the app's milestones (GUI thread; t-open.. t-listed: the worker)
    "t-begin", "t-started", "t-open", "t-keyring-imported", "t-probed",
    "t-list", "t-listed", "t-state", "t-rows",
)  # fmt: skip


# --- children --------------------------------------------------------------------------------
def _say(name: str, started: float, extra: str = "") -> None:
    sys.stdout.write(f"{name} {now() - started:.4f}{extra}\n")  # one write: threads print too
    sys.stdout.flush()


def child_app(started: float, data_dir: str, service: str, size: int) -> None:
    """``gui.app.run()`` itself, with the preferences of a first start (a new, empty
    ``XDG_CONFIG_HOME``), ``data_dir`` as the user's data folder (``XDG_DATA_HOME`` its parent)
    and, for the user's store, ``real_environment(data_dir)`` whose store is opened under the
    keychain service ``service``. Quits once useful."""
    loopback_only()
    os.environ["XDG_DATA_HOME"] = str(
        Path(data_dir).parent
    )  # the real environment talks to OKX's hosts: nothing may leave this computer
    os.environ["XDG_CONFIG_HOME"] = config = tempfile.mkdtemp(prefix="okx-km-bench-config-")
    atexit.register(shutil.rmtree, config, True)
    profiler = _profiler()
    import contextlib
    from collections.abc import Iterator
    from dataclasses import replace

    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

    import gui.app
    from gui.manager.frame import Page

    trace = bool(os.environ.get("BENCH_TRACE"))
    painted: dict[str, float] = {}
    watched: dict[QObject, str] = {}  # the window, the list's rows, the balance total
    windows: list[Any] = []

    def useful() -> bool:
        window = windows[0]
        if not getattr(window, "content_built", True) or window.page is not Page.LIST:
            return False
        content = window.content
        details = content.details
        return (
            content.model.rowCount() == size
            and details.connection is not None
            and details.snapshot is not None
            and details.connection.id == content.selected_id()
            and details.total_label.text() != details.tr("No balances yet: check the connection.")
        )

    class Watcher(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint:
                return False
            name = watched.get(obj, "")
            if name == "window" and "window" not in painted:
                painted["window"] = now()
                _say("first-paint", started, f" {int(useful())}")
            elif name in ("rows", "totalLabel") and name not in painted and useful():
                painted[name] = now()
                if "rows" in painted and "totalLabel" in painted:
                    _say("useful", started, f" rows={size}")
                    print(f"cpu {time.process_time():.4f}", flush=True)  # all threads, since start
                    print(f"useful-rows {painted['rows'] - started:.4f}", flush=True)
                    print(f"useful-total {painted['totalLabel'] - started:.4f}", flush=True)
                    if profiler is not None:
                        profiler.stop()
                        Path(os.environ["BENCH_PROFILE"]).write_text(
                            profiler.output_text(unicode=True, show_all=False)
                        )
                    QTimer.singleShot(0, QCoreApplication.quit)
            return False

    watcher = Watcher()
    create_window = gui.app.create_window

    def watched_window(*args: Any, **kwargs: Any) -> Any:
        window = create_window(*args, **kwargs)
        windows.append(window)
        # after the first paint, as the app itself imports it (run's begin, connected next)
        window.first_painted.connect(use_this_environment)
        watched[window] = "window"
        window.installEventFilter(watcher)

        def watch_content() -> None:
            content = window.content
            watched[content.table.viewport()] = "rows"
            watched[content.details.total_label] = "totalLabel"
            for widget in (content.table.viewport(), content.details.total_label):
                widget.installEventFilter(watcher)
            if trace:
                _say("t-started", started)
                window.controller.state_changed.connect(lambda: _say("t-state", started))
                content.model.modelReset.connect(lambda: _say("t-rows", started))

        build_content = getattr(window, "build_content", None)
        if build_content is None:  # the window is built in one step, its list included
            watch_content()
            return window

        def build_and_watch() -> None:  # a window that builds its list after the first paint
            build_content()
            watch_content()

        window.build_content = build_and_watch
        return window

    folder = Path(data_dir)

    def open_store() -> Any:
        from gui.connections.stores import open_default_store

        if not trace:
            return open_default_store(folder, service=service)
        _say("t-open", started)  # the worker's steps, one by one
        import keyring  # noqa: F401 - timed on its own

        _say("t-keyring-imported", started)
        store = open_default_store(folder, service=service)  # chooses the backend, probes it
        _say("t-probed", started)
        listing = store.list

        def timed_list() -> Any:
            _say("t-list", started)
            try:
                return listing()
            finally:
                _say("t-listed", started)

        store.list = timed_list
        return store

    def use_this_environment() -> None:
        import gui.connections.environment as environment

        @contextlib.contextmanager
        def app_environment(simulator: bool) -> Iterator[Any]:
            if trace:
                _say("t-begin", started)
            yield replace(environment.real_environment(folder), open_store=open_store)

        environment.app_environment = app_environment  # type: ignore[assignment]

    gui.app.create_window = watched_window  # type: ignore[assignment]
    gui.app.run()


def _profiler() -> Any:
    """pyinstrument on the GUI thread when ``BENCH_PROFILE=FILE`` (pip install pyinstrument)."""
    if not os.environ.get("BENCH_PROFILE"):
        return None
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.0005)
    profiler.start()
    return profiler


# --- fixtures --------------------------------------------------------------------------------
def _credentials(n: int) -> Any:
    from gui.okx.signing import Credentials

    return Credentials(f"{n:08x}-5a1e-4c3b-9d2f-{n:012x}", f"{n:032X}", f"Bench-pass-{n}#")


def build_store(folder: Path, backend: Any, service: str, size: int) -> None:
    """``size`` connections as the app saves them (the facts of a first check included), then
    the balance cache with one snapshot each (as "Check all" leaves it)."""
    from gui.connections.cache import FILE_NAME, BalanceCache, BalanceRow, Snapshot
    from gui.okx.regions import Environment, Region
    from gui.vault.keychain import KeychainStore
    from gui.vault.model import CheckStatus, CheckSummary, Facts

    store = KeychainStore(folder, backend, service=service)
    checked = datetime.now(UTC) - timedelta(hours=3)
    regions = (Region.GLOBAL, Region.GLOBAL, Region.EEA, Region.US)
    snapshots: dict[str, Snapshot] = {}
    for n in range(size):
        problem = n % 10 == 9
        summary = CheckSummary(
            at=checked - timedelta(minutes=n),
            status=CheckStatus.PROBLEM if problem else CheckStatus.CONNECTED,
            message="The API key does not exist." if problem else "Connected",
            code="50111" if problem else None,
        )
        facts = Facts(
            uid=str(440_000_000_000_000_000 + n // 10),
            sub_account=n % 10 > 0,
            permissions=("read_only", "trade"),
            bound_ips=("203.0.113.7",),
            notes="grid bot" if n % 3 == 0 else "",
            last_check=summary,
        )
        environment = Environment.DEMO if n % 7 == 6 else Environment.LIVE
        connection = store.add(
            f"bot {n:04d} {('BTC', 'ETH', 'SOL', 'DOGE')[n % 4]}-USDT grid",
            regions[n % len(regions)],
            environment,
            _credentials(n),
            facts,
        )
        usdt = Decimal(1000 + n) + Decimal("0.25")
        snapshots[connection.id] = Snapshot(
            fetched_at=summary.at,
            total_equity_usd=usdt + Decimal(31250),
            trading=(
                BalanceRow("USDT", usdt, usdt, Decimal(0), usdt),
                BalanceRow("BTC", Decimal("0.5"), Decimal("0.4"), Decimal("0.1"), Decimal(31250)),
                BalanceRow("DOGE", Decimal("0.3"), Decimal("0.3"), Decimal(0), Decimal("0.05")),
            ),
            funding=(BalanceRow("USDT", Decimal(50), Decimal(50), Decimal(0)),),
            account_mode=2,
            position_mode="net_mode",
            sub_account=facts.sub_account,
            uid=facts.uid,
        )
    BalanceCache(folder / FILE_NAME).put_many(snapshots)
    assert len(store.list()) == size and not store.problems()


def delete_items(backend: Any, service: str) -> None:
    from contextlib import closing

    collection = backend.get_preferred_collection()
    with closing(collection.connection):
        for item in collection.search_items({"service": service}):
            item.delete()


# --- parent ----------------------------------------------------------------------------------
def as_users_have_it(env: dict[str, str], backend: str) -> dict[str, str]:
    """``env`` without ``PYTHON_KEYRING_BACKEND`` (tests/with-secret-service sets it; a user's
    session does not, and keyring then looks at every backend it has: ~50-90 ms more) when
    keyring chooses the same backend without it."""
    if "PYTHON_KEYRING_BACKEND" not in env:
        return env
    plain = {k: v for k, v in env.items() if k != "PYTHON_KEYRING_BACKEND"}
    probe = "import keyring; k = keyring.get_keyring(); print(type(k).__module__, type(k).__name__)"
    chosen = (
        subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, env=plain, timeout=60
        )
        .stdout.strip()
        .replace(" ", ".")
    )
    if chosen != backend:
        print(f"keyring chooses {chosen} by itself: PYTHON_KEYRING_BACKEND stays set")
        return env
    print(f"keyring chooses {chosen} by itself, as on a desktop: PYTHON_KEYRING_BACKEND unset")
    return plain


def median_ms(values: list[float]) -> float:
    return round(statistics.median(values) * 1000, 1)


def measure(sizes: tuple[int, ...], display: str | None, runs: int) -> dict[str, Any]:
    import keyring

    backend = keyring.get_keyring()
    kind = f"{type(backend).__module__}.{type(backend).__name__}"
    print(f"keyring backend: {kind}")
    env = as_users_have_it(child_env(display), kind)
    script = Path(__file__)
    figures: dict[str, Any] = {"keyring": kind, "runs": runs, "cpus": os.cpu_count()}
    services = {size: f"okx-km-bench-{size}-{uuid.uuid4().hex[:8]}" for size in sizes}
    with tempfile.TemporaryDirectory(prefix="okx-km-bench-") as tmp:
        folders = {size: Path(tmp) / str(size) / "okx-key-manager" for size in sizes}
        try:
            for size in sizes:
                folders[size].mkdir(parents=True)
                began = time.monotonic()
                build_store(folders[size], backend, services[size], size)
                took = time.monotonic() - began
                print(f"fixture N={size}: keychain items, index, balances.json ({took:.0f} s)")
            app_args = {s: ["app", str(folders[s]), services[s], str(s)] for s in sizes}
            bare_argv = [sys.executable, str(BARE), "--started"]
            run_program(bare_argv, env, 60)  # warm-up: bytecode cache, fonts
            run_child(script, app_args[sizes[0]], env, 300)
            figures["load_before"] = load()
            print(f"load before: {figures['load_before']}")
            bare: list[float] = []
            apps: dict[int, list[dict[str, str]]] = {size: [] for size in sizes}
            paired: dict[int, list[float]] = {size: [] for size in sizes}
            others: dict[int, list[float]] = {size: [] for size in sizes}
            others_cpu: dict[int, list[float]] = {size: [] for size in sizes}
            bare_cpu: list[float] = []
            loads: list[float] = []
            for _ in range(runs):  # each round: a bare window right before each app start
                for size in sizes:
                    baseline = run_program(bare_argv, env, 60)
                    one = float(baseline["first-paint"])
                    bare.append(one)
                    bare_cpu.append(float(baseline["cpu"]))
                    apps[size].append(run_child(script, app_args[size], env, 300))
                    paired[size].append(float(apps[size][-1]["useful"].split()[0]) / one)
                    if COMPARE:  # the other checkout's app, same fixtures, same round
                        other = run_child(COMPARE, app_args[size], env, 300)
                        others[size].append(float(other["useful"].split()[0]))
                        others_cpu[size].append(float(other["cpu"]))
                    loads.append(os.getloadavg()[0])
            figures["load_after"] = load()
            figures["load_1min_range"] = [round(min(loads), 2), round(max(loads), 2)]
        finally:
            for size in sizes:
                delete_items(backend, services[size])
    b = statistics.median(bare)
    figures["bare_first_paint_ms"] = round(b * 1000, 1)
    figures["bare_cpu_ms"] = round(statistics.median(bare_cpu) * 1000, 1)
    figures["bare_first_paint_runs"] = len(bare)
    paints = [float(r["first-paint"].split()[0]) for size in sizes for r in apps[size]]
    with_list = sum(int(r["first-paint"].split()[1]) for size in sizes for r in apps[size])
    figures["app_first_paint_ms"] = median_ms(paints)
    figures["app_first_paint_ratio"] = round(statistics.median(paints) / b, 2)
    figures["app_first_paint_useful"] = f"{with_list}/{len(paints)}"
    print(
        f"first paint, bare PySide6 window ({WIDTH}x{HEIGHT}, benchmarks/bare_window.py): "
        f"{b * 1000:.1f} ms (median of {len(bare)}, range {min(bare) * 1000:.0f}-"
        f"{max(bare) * 1000:.0f})"
    )
    print(
        f"first paint, app: {median_ms(paints):.1f} ms (ratio {statistics.median(paints) / b:.2f});"
        f" the list with statuses and balances in it at that paint: {with_list} of {len(paints)}"
    )
    for size in sizes:
        useful = [float(r["useful"].split()[0]) for r in apps[size]]
        ratio = statistics.median(useful) / b
        target = f"; target <= {TARGETS[size]:g}" if size in TARGETS else ""
        spread = f"{min(useful) * 1000:.0f}-{max(useful) * 1000:.0f}"
        print(
            f"time to useful N={size}: {median_ms(useful):.0f} ms (ratio {ratio:.2f}{target}; "
            f"median of {runs}, range {spread})"
        )
        figures[f"useful_{size}_ms"] = median_ms(useful)
        figures[f"useful_{size}_ratio"] = round(ratio, 2)
        figures[f"useful_{size}_runs_ms"] = [round(u * 1000) for u in useful]
        cpu = statistics.median(float(r["cpu"]) for r in apps[size])
        figures[f"useful_{size}_cpu_ms"] = round(cpu * 1000, 1)
        figures[f"useful_{size}_cpu_ratio"] = round(cpu / statistics.median(bare_cpu), 2)
        print(
            f"  CPU time until useful (the process's, all threads, since it started; load "
            f"shifts it less than wall time): {cpu * 1000:.0f} ms against the bare window's "
            f"{statistics.median(bare_cpu) * 1000:.0f} ms (ratio "
            f"{cpu / statistics.median(bare_cpu):.2f})"
        )
        if others_cpu[size]:
            other_cpu = statistics.median(others_cpu[size])
            figures[f"compare_{size}_cpu_ms"] = round(other_cpu * 1000, 1)
            print(f"  the other checkout's CPU time until useful: {other_cpu * 1000:.0f} ms")
        pairs = paired[size]
        figures[f"useful_{size}_paired_ratio"] = round(statistics.median(pairs), 2)
        verdict = ""
        if size in TARGETS:
            met = ratio <= TARGETS[size]
            verdict = f" -> target {'MET' if met else 'MISSED'}"
            figures[f"useful_{size}_target_met"] = met
        if others[size]:
            before = statistics.median(others[size])
            pairs_ab = [u / o for u, o in zip(useful, others[size], strict=True)]
            figures[f"compare_{size}_ms"] = round(before * 1000, 1)
            figures[f"compare_{size}_ratio"] = round(before / b, 2)
            figures[f"compare_{size}_runs_ms"] = [round(o * 1000) for o in others[size]]
            figures[f"useful_{size}_over_compare"] = round(statistics.median(pairs_ab), 2)
            print(
                f"  the other checkout ({COMPARE.parents[1]}) in the same rounds: "
                f"{before * 1000:.0f} ms (ratio {before / b:.2f}); this one / that one, paired: "
                f"{statistics.median(pairs_ab):.2f}"
            )
        print(
            f"  paired with the bare window started just before it: ratio median "
            f"{statistics.median(pairs):.2f} (range {min(pairs):.2f}-{max(pairs):.2f}){verdict}"
        )
        steps = []
        for name in TRACE:
            times = [float(r[name].split()[0]) for r in apps[size] if name in r]
            if times:
                figures[f"trace_{size}_{name[2:]}_ms"] = median_ms(times)
                steps.append(f"{name[2:]} {median_ms(times):.0f}")
        if steps:
            print(f"  N={size} milestones (ms since start): {', '.join(steps)}")
    print(
        f"load before / after: {figures['load_before']} / {figures['load_after']}; 1-minute load "
        f"during the rounds {figures['load_1min_range'][0]}-{figures['load_1min_range'][1]} "
        f"on {os.cpu_count()} CPUs"
    )
    return figures


def main() -> None:
    if os.environ.get("OKX_KM_TEST_SECRET_SERVICE") != "1":
        raise SystemExit("run inside tests/with-secret-service (a real, private Secret Service)")
    sizes = SIZES[:2] if "--quick" in sys.argv else SIZES
    if "--sizes" in sys.argv:  # e.g. --sizes 20,1000
        sizes = tuple(int(n) for n in sys.argv[sys.argv.index("--sizes") + 1].split(","))
    runs = int(os.environ.get("BENCH_RUNS", RUNS))
    if "--offscreen" in sys.argv:
        figures = measure(sizes, None, runs)
        figures["platform"] = "offscreen"
    else:
        with xvfb() as display:
            figures = measure(sizes, display, runs)
        figures["platform"] = "xcb (Xvfb)"
    print(json.dumps(figures, sort_keys=True))


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        kind, started_at = sys.argv[2], float(sys.argv[-1])
        child_app(started_at, sys.argv[3], sys.argv[4], int(sys.argv[5]))
    else:
        main()
