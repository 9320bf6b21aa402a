"""Time to useful: from process start until the key manager shows the list with its stored
statuses and the selected row's cached balances — beside a bare window's first paint.

Run inside the private Secret Service, so the saved connections live in a real keychain:

    tests/with-secret-service .venv/bin/python benchmarks/startup.py [--quick] [--offscreen]

For 20, 200 and 1,000 saved connections (``--quick``: 20 and 200) it first writes what the app
itself writes: each connection added with ``KeychainStore.add`` over the Secret Service backend,
with the facts of an earlier check (so every connection has a stored status: most "Connected",
every tenth a problem), and ``balances.json`` with a snapshot for each. Then each start is a
fresh process (``python -m benchmarks.startup_child``, which imports nothing of the parent's
before the app) running ``gui.app.run()`` itself — harden, the frame, its first paint, then
``real_environment`` and ``window.start()`` — with the preferences of a first start (an empty
``XDG_CONFIG_HOME``) and the store of ``real_environment(data folder)`` opened under a keychain
service of the benchmark's own (``open_default_store``: keyring chooses its backend and the
keychain is probed, as at a user's start). ``PYTHON_KEYRING_BACKEND``, which
tests/with-secret-service sets, is unset for the app when keyring picks the same backend without
it, as in a desktop session. Under Xvfb (a real X server, ``QT_QPA_PLATFORM=xcb``;
``--offscreen``: Qt's offscreen platform). A bytecode cache, warmed first, as an installed app
has; both children run as modules (``python -m``), so neither compiles a script at its start.
Each child may only reach loopback (``common.loopback_only``; the app's child puts the guard in
place when the app makes its environment, after the first paint). Measured from just before
the process starts:

- **bare first paint**: ``benchmarks/bare_window.py``, a standalone module that imports
  nothing but PySide6 before its window (a ``QMainWindow`` of the app's size with one label):
  its first Paint event;
- **app first paint**: the first Paint event of the app's window, and whether that frame held
  the list (``first-paint ... 1``): the app paints its stored listing in its first frame;
- **time to useful**: the list holds all N rows with their stored statuses AND the details
  panel shows the selected row's cached balances (not "No balances yet") AND the balance
  total has received a Paint event since, in a frame that painted the list's rows too (they
  are painted before it; see benchmarks/startup_child.py for why the rows' viewport is only
  looked at after that frame).
- **the floor**: ``benchmarks/floor_window.py``, the same frame (toolbar, every row with its
  stored status, the first row's balances) built from the same data folder with ``json.load``
  and none of the app, with Python item models as the app's and with Qt's ``QStandardItemModel``:
  what Qt and PySide cost for that frame, the least any version of the app could take.

Bare and app starts alternate in each round (bare, app N=20, the floors N=20, bare, ...),
``BENCH_RUNS`` (default 5) rounds; ``BENCH_COMPARE=DIR`` also starts DIR's app (another
checkout, with ``benchmarks/startup_child.py`` copied into it) right after each app start,
on the same fixtures. It prints medians, the ratio time to useful / bare first paint as a
ratio of medians and paired per round (targets: ≤ 1.3 at 20 and at 1,000), the machine's load,
and ends with one JSON line of all figures. ``--sizes 20,1000`` picks sizes. Profiling:
``BENCH_TRACE=1`` adds the app's milestones (``trace_*``) to the output;
``BENCH_PROFILE=FILE`` (``pip install pyinstrument``) writes a profile of the GUI thread up to
the useful paint.
"""

from __future__ import annotations

import json
import os
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

from benchmarks.common import child_env, load, run_program, xvfb

# Both children run as modules (``python -m``), so both load compiled bytecode as an installed
# app does, and neither compiles a script at every start: the app's child is
# benchmarks/startup_child.py (what it imports before the app is only what it measures with).
BARE = ["-m", "benchmarks.bare_window"]  # standalone: imports only PySide6
CHILD = ["-m", "benchmarks.startup_child"]
# The floor: the app's first frame (its widgets, with the texts of the same data folder) built by
# a standalone module with json alone, with Python item models as the app's, and with Qt's own.
FLOORS = {
    "python": ["-m", "benchmarks.floor_window", "--model", "python", "--started"],
    "qt": ["-m", "benchmarks.floor_window", "--model", "qt", "--started"],
}
# BENCH_COMPARE=DIR: also start DIR's app (another checkout, e.g. main's, with startup_child.py
# in its benchmarks/) in every round, on the same fixtures: a before/after under the same load.
_OTHER = os.environ.get("BENCH_COMPARE")
COMPARE = Path(_OTHER).resolve() if _OTHER else None  # its benchmarks/startup_child.py runs

RUNS = 5
SIZES = (20, 200, 1000)
WIDTH, HEIGHT = 1000, 680
TARGETS = {20: 1.3, 1000: 1.3}  # issue 18: time to useful <= 1.3 x a bare window
TRACE = (  # BENCH_TRACE=1: the app's milestones (GUI thread; t-open.. t-listed: the worker)
    "t-begin", "t-started", "t-open", "t-keyring-imported", "t-probed",
    "t-list", "t-listed", "t-state", "t-rows",
)  # fmt: skip


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
            bare_argv = [sys.executable, *BARE, "--started"]
            run_program(bare_argv, env, 60)  # warm-up: bytecode cache, fonts
            run_program([sys.executable, *CHILD, *app_args[sizes[0]]], env, 300)
            for argv in FLOORS.values():
                floor_env = dict(env, XDG_DATA_HOME=str(folders[sizes[0]].parent))
                run_program([sys.executable, *argv], floor_env, 60)
            figures["load_before"] = load()
            print(f"load before: {figures['load_before']}")
            bare: list[float] = []
            apps: dict[int, list[dict[str, str]]] = {size: [] for size in sizes}
            paired: dict[int, list[float]] = {size: [] for size in sizes}
            others: dict[int, list[float]] = {size: [] for size in sizes}
            others_cpu: dict[int, list[float]] = {size: [] for size in sizes}
            floors: dict[tuple[int, str], list[float]] = {}
            bare_cpu: list[float] = []
            loads: list[float] = []
            for _ in range(runs):  # each round: a bare window right before each app start
                for size in sizes:
                    baseline = run_program(bare_argv, env, 60)
                    one = float(baseline["first-paint"])
                    bare.append(one)
                    bare_cpu.append(float(baseline["cpu"]))
                    apps[size].append(
                        run_program([sys.executable, *CHILD, *app_args[size]], env, 300)
                    )
                    paired[size].append(float(apps[size][-1]["useful"].split()[0]) / one)
                    floor_env = dict(env, XDG_DATA_HOME=str(folders[size].parent))
                    for model, argv in FLOORS.items():
                        floor = run_program([sys.executable, *argv], floor_env, 60)
                        floors.setdefault((size, model), []).append(float(floor["first-paint"]))
                    if COMPARE:  # the other checkout's app, same fixtures, same round
                        argv = [sys.executable, *CHILD, *app_args[size]]
                        other = run_program(argv, env, 300, cwd=COMPARE)
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
        for model in FLOORS:
            times = floors[(size, model)]
            figures[f"floor_{size}_{model}_ms"] = median_ms(times)
            figures[f"floor_{size}_{model}_ratio"] = round(statistics.median(times) / b, 2)
        print(
            "  floor, the same frame with none of the app (benchmarks/floor_window.py): "
            + "; ".join(
                f"{model} models {median_ms(floors[(size, model)]):.0f} ms (ratio "
                f"{statistics.median(floors[(size, model)]) / b:.2f})"
                for model in FLOORS
            )
        )
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
                f"  the other checkout ({COMPARE}) in the same rounds: "
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
    sizes: tuple[int, ...] = SIZES[:2] if "--quick" in sys.argv else SIZES
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
    if len(sys.argv) > 2 and sys.argv[1] == "--child":  # BENCH_COMPARE from another checkout
        from benchmarks.startup_child import child_app

        child_app(float(sys.argv[-1]), sys.argv[3], sys.argv[4], int(sys.argv[5]))
    else:
        main()
