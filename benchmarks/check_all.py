""" "Check all" of 200 saved connections over 20 OKX accounts, and of 1,000 over 100, within
OKX's limits.

    tests/with-secret-service .venv/bin/python benchmarks/check_all.py [--offscreen] [--memory]
        [--size 200|1000]

The simulator (``fleet_scenario(accounts, 10)``: 10 keys an account) runs in this process — its
own process, apart from the app: its CPU time is this process's during a run, reported beside
the app's — with its rate limits ON and 300 ms latency on every request (``Fault(latency=0.3)``).
The app runs in a child process: ``gui.app.run(simulator=True)`` itself — its real window under
Xvfb (``--offscreen``: Qt's offscreen platform), fresh preferences — with an environment pointing
at the simulator and at the connections saved as the wizard saves them after its check (each with
its account's UID, permissions, bound IP and last check), their secrets in the Secret Service
(``--memory``, or outside tests/with-secret-service: an in-memory keyring made in the child). A
second after the list shows it presses "Check all" (``window.check_all()``, the toolbar action's
slot) and measures, from that call:

- **total**: until every row shows a final status from this run;
- **bound**: OKX's per-user rate limit plus one round trip: for each account, the largest over
  the endpoints a check calls of (ceil(keys / limit) − 1) × window + latency (OKX's published
  limits, ``/work/shared/okx/FACTS.md``, which the simulator enforces): 2.30 s for 10 keys an
  account (``account/config``: 5 per 2 s). **ratio** = total / bound (targets: ≤ 1.5 at 200
  keys, ≤ 3 at 1,000). Printed beside it, the app's own concurrency assumption: N × latency / C
  with C the run's cap on checks in flight (read from its ``CheckAll``) — a figure of the app's
  choice, not a bound on OKX;
- **429 / 50011** answers, counted in the simulator's request log (target 0);
- the **longest GUI-thread stall**: the largest gap between ticks of a 5 ms ``QTimer``
  heartbeat, from the call until the end (target ≤ 50 ms);
- **CPU**: the simulator's (this process) and the app's (the child) during the run, against
  the run's wall time: on a 2-core machine shared with others, what the simulator takes is not
  the app's;
- **index writes** and **cache writes** (``balances.json``), counted by wrapping their writers
  (``KeychainStore(index_writer=...)``, ``BalanceCache(writer=...)``).

``BENCH_RUNS`` runs of each size (default 3; a fresh child each, the same stored state, the
simulator reset and its windows passed in between); prints medians and the machine's load before
and after, and ends with one JSON line of all figures. ``BENCH_DEBUG=1`` prints each stall over
20 ms and each full garbage collection; ``BENCH_PROFILE=1`` profiles the ``check_all()`` call,
``=run`` the GUI thread over the whole run (``pip install pyinstrument``).
"""

from __future__ import annotations

import atexit
import json
import math
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import (
    child_env,
    gui_profiler,
    load,
    loopback_only,
    now,
    run_child,
    xvfb,
)

RUNS = int(os.environ.get("BENCH_RUNS", 3))
KEYS_PER_ACCOUNT = 10
SIZES = {200: 20, 1000: 100}  # connections: accounts
TARGETS = {200: 1.5, 1000: 3.0}  # total / the per-user rate-limit bound (issue 18)
LATENCY = 0.3
HEARTBEAT_MS = 5
# What one check asks of OKX with the key (gui.okx.check: one round, sent together).
CHECK_ENDPOINTS = ("/api/v5/account/config", "/api/v5/account/balance", "/api/v5/asset/balances")


# --- the app (child) ---------------------------------------------------------------------------
def child(args: list[str]) -> None:
    """``gui.app.run(simulator=True)`` itself, with preferences of a first start and, for its
    environment, the simulator's URLs and the saved connections in ``data_dir``; once the list
    shows, it presses "Check all" and quits when every check has ended."""
    loopback_only()
    os.environ["XDG_CONFIG_HOME"] = config = tempfile.mkdtemp(prefix="okx-km-bench-config-")
    atexit.register(shutil.rmtree, config, True)
    data_dir, service, keychain, urls = Path(args[0]), args[1], args[2], json.loads(args[3])
    import contextlib
    from collections.abc import Iterator

    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer

    import gui.app
    import gui.connections.environment as environment
    import gui.connections.session as session_module
    from gui.connections.cache import BalanceCache
    from gui.connections.environment import AppEnvironment, OkxTarget
    from gui.connections.status import Status
    from gui.manager.frame import Page
    from gui.okx.regions import Region
    from gui.vault.atomic import atomic_write
    from gui.vault.keychain import KeychainStore

    writes = {"index": 0, "cache": 0}

    def counting(kind: str) -> Any:
        def write(path: Path, data: bytes) -> None:
            writes[kind] += 1
            atomic_write(path, data)

        return write

    def cache_for(store: Any, folder: Path | None, enabled: bool) -> BalanceCache:
        cache = original_cache_for(store, folder, enabled)
        return BalanceCache(cache.path, writer=counting("cache"))

    original_cache_for = session_module.cache_for
    session_module.cache_for = cache_for  # the session's balance cache, its writes counted

    if keychain == "memory":
        from gui.vault.memory import MemoryKeyring

        backend: Any = MemoryKeyring()
        save_connections(data_dir, backend, service, json.loads(args[4]))
    else:
        import keyring

        backend = keyring.get_keyring()

    def open_store() -> KeychainStore:
        return KeychainStore(data_dir, backend, service=service, index_writer=counting("index"))

    @contextlib.contextmanager
    def app_environment(simulator: bool) -> Iterator[AppEnvironment]:
        target = OkxTarget({Region(r): u for r, u in urls.items()}, timeout=10.0)
        yield AppEnvironment(target, open_store, simulator=True, data_dir=data_dir)

    clock = QElapsedTimer()
    gaps: list[int] = []
    last = [0]
    ended: list[int] = []
    found: dict[str, Any] = {}
    create_window = gui.app.create_window

    def watched_window(*args: Any, **kwargs: Any) -> Any:
        window = create_window(*args, **kwargs)
        waiting = QTimer(window)
        waiting.timeout.connect(lambda: press_when_listed(window, waiting))
        waiting.start(50)
        return window

    def press_when_listed(window: Any, waiting: QTimer) -> None:
        if window.page is not Page.LIST or not window.content.model.rows or "run" in found:
            return
        # as a user would: a second after the list shows (the keychain scan has ended)
        listed = found.setdefault("listed", now())
        if now() - listed < 1.0 or window.controller.runner.active_count:
            return
        waiting.stop()
        writes.update(index=0, cache=0)
        content = window.content
        rows = len(content.model.rows)

        def beat() -> None:
            elapsed = clock.elapsed()
            gaps.append(elapsed - last[0])
            if os.environ.get("BENCH_DEBUG") and elapsed - last[0] > 20:
                print(f"gap {elapsed - last[0]} ms at {elapsed} ms", file=sys.stderr)
            last[0] = elapsed
            if (
                not ended
                and len(content.diagnoses) == rows
                and all(row.diagnosis.status is not Status.CHECKING for row in content.model.rows)
            ):
                ended.append(elapsed)
            if ended and not window.checking():
                found["statuses"] = [row.diagnosis.status for row in content.model.rows]
                if "profiler" in found:
                    found["profiler"].stop()
                    print(found["profiler"].output_text(unicode=True), file=sys.stderr)
                heartbeat.stop()
                gaps.append(clock.elapsed() - last[0])
                QCoreApplication.quit()

        heartbeat = QTimer(window)
        heartbeat.setInterval(HEARTBEAT_MS)
        heartbeat.timeout.connect(beat)
        if os.environ.get("BENCH_DEBUG"):
            _log_collections(clock)
        clock.start()
        heartbeat.start()
        profiler = gui_profiler(0.0002)  # BENCH_PROFILE: from the check_all() call
        started = now()
        window.check_all()  # the toolbar's "Check all"
        found["call_ms"] = (now() - started) * 1000
        if profiler is not None and os.environ.get("BENCH_PROFILE") == "run":
            found["profiler"] = profiler
        elif profiler is not None:
            profiler.stop()
            print(profiler.output_text(unicode=True), file=sys.stderr)
        found["run"] = window.checks.run
        found["rows"] = rows

    gui.app.create_window = watched_window  # type: ignore[assignment]
    environment.app_environment = app_environment  # type: ignore[assignment]
    gui.app.run(simulator=True)
    run, statuses = found["run"], found["statuses"]
    figures = {
        "total_ms": ended[0],
        "concurrency": run.concurrency,
        "stall_ms": max(gaps),
        "ticks": len(gaps),
        "check_all_call_ms": round(found["call_ms"], 1),
        "index_writes": writes["index"],
        "cache_writes": writes["cache"],
        "run_writes": run.writes,
        "pacer_waited_s": round(run.pacer_waited, 2),
        "helper": run.helper_pid is not None,
        "helper_cpu_s": round(_children_cpu(), 2),  # the check helper's, reaped by the run
        "rows": found["rows"],
        "connected": statuses.count(Status.CONNECTED),
        "problem": statuses.count(Status.PROBLEM),
        "offline": statuses.count(Status.OFFLINE),
    }
    print("figures " + json.dumps(figures), flush=True)


def _log_collections(clock: Any) -> None:
    """BENCH_DEBUG: each garbage collection of the older generations, and how long it took."""
    import gc

    began: list[float] = []

    def callback(phase: str, info: dict[str, int]) -> None:
        if info["generation"] < 1:
            return
        if phase == "start":
            began[:] = [now()]
        elif began:
            took = (now() - began[0]) * 1000
            print(
                f"gc gen {info['generation']} {took:.1f} ms at {clock.elapsed()} ms",
                file=sys.stderr,
            )

    gc.callbacks.append(callback)


# --- the saved connections ---------------------------------------------------------------------
def fleet_keys(accounts: int) -> list[dict[str, Any]]:
    """The scenario's keys as JSON: name, region, environment, credentials, account UID."""
    from gui.okx.simulator_scenario import fleet_scenario

    scenario = fleet_scenario(accounts, KEYS_PER_ACCOUNT)
    return [
        {
            "name": k.name,
            "account": k.account,
            "uid": scenario.accounts[k.account].uid,
            "region": k.region.value,
            "environment": k.environment.value,
            "credentials": [
                k.credentials.api_key,
                k.credentials.secret_key,
                k.credentials.passphrase,
            ],
        }
        for k in scenario.keys
    ]


def save_connections(folder: Path, backend: Any, service: str, keys: list[dict[str, Any]]) -> None:
    """The keys saved as the wizard saves them after its check (``KeychainStore.add``, the facts
    of that check: the account's UID, the permissions, the bound IP, "Connected")."""
    from datetime import UTC, datetime, timedelta

    from gui.okx.regions import Environment, Region
    from gui.okx.signing import Credentials
    from gui.vault.keychain import KeychainStore
    from gui.vault.model import CheckStatus, CheckSummary, Facts

    store = KeychainStore(folder, backend, service=service)
    checked = datetime.now(UTC) - timedelta(days=1)
    for key in keys:
        facts = Facts(
            uid=key["uid"],
            sub_account=False,
            permissions=("read_only", "trade"),
            bound_ips=("127.0.0.1",),
            last_check=CheckSummary(checked, CheckStatus.CONNECTED, "Connected"),
        )
        store.add(
            key["name"],
            Region(key["region"]),
            Environment(key["environment"]),
            Credentials(*key["credentials"]),
            facts,
        )


# --- the bound ---------------------------------------------------------------------------------
def bounds(keys: list[dict[str, Any]], concurrency: int) -> dict[str, float]:
    """OKX's per-user rate-limit bound plus one round trip (see the module docstring), and the
    app's own concurrency assumption beside it."""
    from gui.okx.simulator import ROUTES

    per_account: dict[str, int] = {}
    for key in keys:
        per_account[key["account"]] = per_account.get(key["account"], 0) + 1
    rate = max(
        max(
            (math.ceil(count / ROUTES[path].limit) - 1) * ROUTES[path].window + LATENCY
            for path in CHECK_ENDPOINTS
        )
        for count in per_account.values()
    )
    return {"rate_bound_s": rate, "app_concurrency_s": len(keys) * LATENCY / concurrency}


# --- parent ------------------------------------------------------------------------------------
def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _cpu() -> tuple[float, float]:
    """CPU seconds so far of this process (the simulator) and of its ended children (the app)."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def measure(display: str | None, keychain: str, size: int) -> dict[str, Any]:
    from gui.okx.simulator import Fault, Simulator
    from gui.okx.simulator_scenario import fleet_scenario

    accounts = SIZES[size]
    keys = fleet_keys(accounts)
    env = child_env(display)
    service = f"okx-km-bench-check-{uuid.uuid4().hex[:8]}"
    runs: list[dict[str, Any]] = []
    codes: list[dict[str, int]] = []
    cpu: list[dict[str, float]] = []
    with Simulator(fleet_scenario(accounts, KEYS_PER_ACCOUNT)) as sim:
        assert sim.rate_limits
        urls = json.dumps({r.value: u for r, u in sim.base_urls.items()})
        with tempfile.TemporaryDirectory(prefix="okx-km-bench-") as tmp:
            saved, data_dir = Path(tmp) / "saved", Path(tmp) / "data"
            backend = None
            if keychain == "secret-service":
                import keyring

                backend = keyring.get_keyring()
                began = time.monotonic()
                save_connections(saved, backend, service, keys)
                print(f"fixture: {size} keys saved ({time.monotonic() - began:.0f} s)")
            saved.mkdir(exist_ok=True)
            figures: dict[str, Any] = {"load_before": load()}
            print(f"load before: {figures['load_before']}")
            loads: list[float] = []
            try:
                for number in range(RUNS):
                    shutil.rmtree(data_dir, ignore_errors=True)
                    shutil.copytree(saved, data_dir)  # the same stored state for every run
                    sim.reset()  # request log, rate-limit counters, faults
                    time.sleep(2.5)  # every window of the limits has passed
                    sim.inject(Fault(latency=LATENCY))
                    args = [str(data_dir), service, keychain, urls]
                    if keychain == "memory":
                        args.append(json.dumps(keys))
                    sim_before, app_before = _cpu()
                    values = run_child(Path(__file__), args, env, 600)
                    sim_after, app_after = _cpu()
                    loads.append(os.getloadavg()[0])
                    run = json.loads(values["figures"])
                    requests = sim.requests
                    limited = sum(r.status == 429 or r.code == "50011" for r in requests)
                    paths: dict[str, int] = {}
                    for r in requests:
                        path = r.target.split("?")[0]
                        paths[path] = paths.get(path, 0) + 1
                    codes.append({"rate_limited": limited, "requests": len(requests), **paths})
                    cpu.append(
                        {
                            "simulator_cpu_s": round(sim_after - sim_before, 2),
                            "app_cpu_s": round(app_after - app_before, 2),
                        }
                    )
                    runs.append(run)
                    print(
                        f"run {number + 1}: {run['total_ms'] / 1000:.2f} s, "
                        f"{run['connected']} connected, {run['problem']} problem, "
                        f"{limited} answers 429/50011 of {len(requests)} requests, "
                        f"stall {run['stall_ms']} ms (the call {run['check_all_call_ms']:.0f} ms), "
                        f"index writes {run['index_writes']}, "
                        f"cache writes {run['cache_writes']}; CPU: simulator "
                        f"{cpu[-1]['simulator_cpu_s']:.2f} s, app (the child, its check helper "
                        f"included) {cpu[-1]['app_cpu_s']:.2f} s of which the helper "
                        f"{run['helper_cpu_s']:.2f} s; load {loads[-1]:.2f}"
                    )
            finally:
                if backend is not None:
                    from benchmarks.startup import delete_items

                    delete_items(backend, service)
            figures["load_after"] = load()
            figures["load_1min_range"] = [round(min(loads), 2), round(max(loads), 2)]
    bound = bounds(keys, runs[0]["concurrency"])
    total = statistics.median(r["total_ms"] for r in runs) / 1000
    ratio = total / bound["rate_bound_s"]
    figures |= {
        "connections": len(keys),
        "accounts": accounts,
        "latency_s": LATENCY,
        "keychain": keychain,
        "runs": RUNS,
        "concurrency": runs[0]["concurrency"],
        "total_s": round(total, 2),
        "total_runs_s": [round(r["total_ms"] / 1000, 2) for r in runs],
        **{k: round(v, 2) for k, v in bound.items()},
        "ratio": round(ratio, 2),
        "target_ratio": TARGETS[size],
        "rate_limited_answers": statistics.median(c["rate_limited"] for c in codes),
        "rate_limited_runs": [c["rate_limited"] for c in codes],
        "requests": codes[0]["requests"],
        "time_requests": codes[0].get("/api/v5/public/time", 0),
        "stall_ms": statistics.median(r["stall_ms"] for r in runs),
        "stall_runs_ms": [r["stall_ms"] for r in runs],
        "index_writes": statistics.median(r["index_writes"] for r in runs),
        "cache_writes": statistics.median(r["cache_writes"] for r in runs),
        "check_all_call_ms": statistics.median(r["check_all_call_ms"] for r in runs),
        "pacer_waited_s": statistics.median(r["pacer_waited_s"] for r in runs),
        "simulator_cpu_s": statistics.median(c["simulator_cpu_s"] for c in cpu),
        "app_cpu_s": statistics.median(c["app_cpu_s"] for c in cpu),
        "helper": all(r["helper"] for r in runs),
        "helper_cpu_s": statistics.median(r["helper_cpu_s"] for r in runs),
        "connected": runs[0]["connected"],
    }
    ratio_met = ratio <= TARGETS[size]
    stall_met = figures["stall_ms"] <= 50
    met = ratio_met and stall_met and figures["rate_limited_answers"] == 0
    figures["targets_met"] = met
    print(
        f"Check all of {len(keys)} connections over {accounts} accounts, {LATENCY * 1000:.0f} ms "
        f"latency, the simulator's rate limits on ({keychain} keychain), median of {RUNS}:"
    )
    print(f"total until every row has its final status: {total:.2f} s")
    print(
        f"bound: OKX's per-user rate limit plus one round trip {bound['rate_bound_s']:.2f} s; "
        f"ratio {ratio:.2f} (target <= {TARGETS[size]:g}) -> {'met' if ratio_met else 'MISSED'}"
    )
    print(
        f"  beside it, the app's own concurrency assumption: {len(keys)} x {LATENCY} s / "
        f"{figures['concurrency']} checks in flight at most = {bound['app_concurrency_s']:.2f} s"
    )
    print(
        f"429 / 50011 answers: {figures['rate_limited_answers']:g} (target 0; per run "
        f"{figures['rate_limited_runs']}); {figures['requests']} requests, "
        f"{figures['time_requests']} of them /public/time"
    )
    print(
        f"longest GUI-thread stall ({HEARTBEAT_MS} ms heartbeat): {figures['stall_ms']:g} ms "
        f"(target <= 50; per run {figures['stall_runs_ms']}) -> {'met' if stall_met else 'MISSED'}"
    )
    print(
        f"CPU during a run: simulator {figures['simulator_cpu_s']:.2f} s, app (the whole child, "
        f"its start and its check helper included) {figures['app_cpu_s']:.2f} s, of which the "
        f"helper process {figures['helper_cpu_s']:.2f} s, on {os.cpu_count()} CPUs shared "
        f"with other work"
    )
    print(f"all targets (ratio, 0 x 429, stall): {'MET' if met else 'MISSED'}")
    print(
        f"writes: index {figures['index_writes']:g}, balances.json {figures['cache_writes']:g} "
        f"(for {len(keys)} checks)"
    )
    print(
        f"load before / after: {figures['load_before']} / {figures['load_after']}; 1-minute "
        f"load after each run {figures['load_1min_range']}"
    )
    return figures


def main() -> None:
    in_secret_service = os.environ.get("OKX_KM_TEST_SECRET_SERVICE") == "1"
    keychain = "memory" if "--memory" in sys.argv or not in_secret_service else "secret-service"
    sizes = tuple(SIZES)
    if "--size" in sys.argv:
        sizes = (int(sys.argv[sys.argv.index("--size") + 1]),)
    results: dict[str, Any] = {"cpus": os.cpu_count()}
    for size in sizes:
        if "--offscreen" in sys.argv:
            figures = measure(None, keychain, size) | {"platform": "offscreen"}
        else:
            with xvfb() as display:
                figures = measure(display, keychain, size) | {"platform": "xcb (Xvfb)"}
        results[str(size)] = figures
    print(json.dumps(results, sort_keys=True))


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(sys.argv[2:-1])
    else:
        main()
