"""Start-up time of the key manager window, and how responsive it stays during "Check all".

Run inside the private Secret Service so the 20 saved connections live in a real keychain:

    tests/with-secret-service .venv/bin/python benchmarks/startup.py

Prints, each measured in its own subprocess (median of several runs):

1. time to first paint of a bare PySide6 window (process start -> first Paint event);
2. the same for this app's window with 20 saved connections (store opened in a worker), the
   ratio of the two (target <= 1.3), and the time until the list is shown;
3. the longest GUI-thread stall during "Check all" of 20 connections with 300 ms simulator
   latency, measured with a 5 ms QTimer heartbeat (target <= 50 ms).
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from multiprocessing.connection import Connection
from multiprocessing.synchronize import Event
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5
CONNECTIONS = 20
SIM_KEYS = ("healthy", "unbound", "demo", "eea", "us", "sub-account", "other-mode", "read-only")


def now() -> float:
    return time.clock_gettime(time.CLOCK_MONOTONIC)


# --- children --------------------------------------------------------------------------------
def _first_paint(widget: object, started: float, on_paint: object = None) -> None:
    from PySide6.QtCore import QEvent, QObject

    class Watcher(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
                self.seen = True
                print(f"first-paint {now() - started:.4f}", flush=True)
                if on_paint is not None:
                    on_paint()  # type: ignore[operator]
            return False

    watcher = Watcher()
    widget.installEventFilter(watcher)  # type: ignore[attr-defined]
    widget._bench_watcher = watcher  # type: ignore[attr-defined]


def child_bare(started: float) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1000, 680)
    _first_paint(window, started, lambda: QTimer.singleShot(0, app.quit))
    window.show()
    app.exec()


def _fresh_settings() -> object:
    """Preferences in a new INI file, as at a first start."""
    from PySide6.QtCore import QSettings

    settings_dir = tempfile.mkdtemp(prefix="okx-km-bench-settings-")
    atexit.register(shutil.rmtree, settings_dir, True)
    return QSettings(f"{settings_dir}/s.ini", QSettings.Format.IniFormat)


def _services(env: object) -> object:
    from gui.i18n import Translations
    from gui.manager.services import ManagerServices
    from gui.manager.settings import AppSettings

    settings = AppSettings(_fresh_settings())  # type: ignore[arg-type]
    return ManagerServices(env, settings, Translations())  # type: ignore[arg-type]


def child_app(started: float, data_dir: str, service: str) -> None:
    """What ``gui.app.run`` does (the same ``create_window``), with the store in ``data_dir``
    under ``service`` and the preferences of a first start."""
    from PySide6.QtCore import QTimer

    from gui.app import create_application, create_window
    from gui.manager.window import LIST

    app = create_application()
    window = create_window(_fresh_settings())  # type: ignore[arg-type]
    _first_paint(window, started)

    def begin() -> None:
        import keyring

        from gui.connections.environment import AppEnvironment, OkxTarget
        from gui.vault.keychain import KeychainStore

        backend = keyring.get_keyring()

        def open_store() -> KeychainStore:
            return KeychainStore(Path(data_dir), backend, service=service)

        window.set_environment(AppEnvironment(OkxTarget(), open_store))
        window.start()

    window.first_painted.connect(begin)

    def listed() -> None:
        if window.page == LIST:
            print(f"listed {now() - started:.4f} rows={len(window.model.rows)}", flush=True)
            app.quit()

    poll = QTimer()
    poll.timeout.connect(listed)
    poll.start(1)
    window.show()
    app.exec()
    window.shutdown()


def serve_simulator(conn: Connection, stop: Event) -> None:
    """The simulator in its own process (as OKX would be): 300 ms latency, no rate limits."""
    from gui.okx.simulator import Fault, Simulator

    with Simulator() as sim:
        sim.rate_limits = False
        sim.inject(Fault(latency=0.3))
        keys = [sim.key(SIM_KEYS[n % len(SIM_KEYS)]) for n in range(CONNECTIONS)]
        conn.send(
            (
                {r.value: u for r, u in sim.base_urls.items()},
                [
                    (
                        k.region.value,
                        k.environment.value,
                        (k.credentials.api_key, k.credentials.secret_key, k.credentials.passphrase),
                    )
                    for k in keys
                ],
            )
        )
        stop.wait(300)


def child_check_all() -> None:
    from PySide6.QtCore import QElapsedTimer, QTimer

    from gui.app import create_application
    from gui.connections.environment import AppEnvironment, OkxTarget
    from gui.manager.window import LIST, ManagerWindow
    from gui.okx.regions import Environment, Region
    from gui.okx.signing import Credentials
    from gui.vault.keychain import KeychainStore
    from gui.vault.memory import MemoryKeyring

    app = create_application()
    ours, theirs = multiprocessing.Pipe()
    stop = multiprocessing.Event()
    server = multiprocessing.Process(target=serve_simulator, args=(theirs, stop))
    server.start()
    urls, keys = ours.recv()
    with tempfile.TemporaryDirectory() as tmp:
        store = KeychainStore(Path(tmp), MemoryKeyring(), service="okx-km-bench")
        for n, (region, environment, creds) in enumerate(keys):
            store.add(f"key {n:02d}", Region(region), Environment(environment), Credentials(*creds))
        base_urls = {Region(r): u for r, u in urls.items()}
        target = OkxTarget(base_urls, timeout=10.0)
        services = _services(AppEnvironment(target, lambda: store, simulator=True))
        window = ManagerWindow(services)  # type: ignore[arg-type]
        window.show()
        window.start()
        while window.page != LIST:
            app.processEvents()
        clock = QElapsedTimer()
        gaps: list[int] = []
        last = [0]

        def beat() -> None:
            elapsed = clock.elapsed()
            gaps.append(elapsed - last[0])
            if os.environ.get("BENCH_DEBUG") and elapsed - last[0] > 20:
                print(f"gap {elapsed - last[0]} at {elapsed}", file=sys.stderr)
            last[0] = elapsed

        heartbeat = QTimer()
        heartbeat.setInterval(5)
        heartbeat.timeout.connect(beat)
        done = [False]

        def check_done() -> None:
            if not window.checking() and not done[0]:
                done[0] = True
                app.quit()

        clock.start()
        heartbeat.start()
        t_call = now()
        window.check_all()
        if os.environ.get("BENCH_DEBUG"):
            print(f"check_all call {1000 * (now() - t_call):.1f} ms", file=sys.stderr)
        watcher = QTimer()
        watcher.timeout.connect(check_done)
        watcher.start(20)
        app.exec()
        took = clock.elapsed()
        heartbeat.stop()
        statuses = [row.diagnosis.status.value for row in window.model.rows]
        window.shutdown()
        stop.set()
        server.join(10)
        print(
            f"stall {max(gaps)} took {took} ticks {len(gaps)} "
            f"connected {statuses.count('connected')} problem {statuses.count('problem')}",
            flush=True,
        )


# --- parent ----------------------------------------------------------------------------------
PYCACHE = tempfile.mkdtemp(prefix="okx-km-bench-pycache-")
atexit.register(shutil.rmtree, PYCACHE, True)


def run_child(*args: str) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # An installed app has compiled bytecode; give the children a bytecode cache (outside the
    # worktree) even where PYTHONDONTWRITEBYTECODE is set, and warm it up before measuring.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = PYCACHE
    started = now()
    result = subprocess.run(
        [sys.executable, __file__, "--child", *args, f"{started:.6f}"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    if result.returncode != 0:
        raise SystemExit(f"child {args[0]} failed:\n{result.stderr[-2000:]}")
    values: dict[str, str] = {}
    for line in result.stdout.splitlines():
        name, _, rest = line.partition(" ")
        values[name] = rest
    return values


def main() -> None:
    import keyring

    from gui.okx.simulator import Simulator
    from gui.vault.keychain import KeychainStore

    backend = keyring.get_keyring()
    print(f"keyring backend: {type(backend).__module__}.{type(backend).__name__}")
    service = f"okx-km-bench-{uuid.uuid4().hex[:8]}"
    with tempfile.TemporaryDirectory() as data_dir, Simulator() as sim:
        store = KeychainStore(Path(data_dir), backend, service=service)
        for n in range(CONNECTIONS):
            key = sim.key(SIM_KEYS[n % len(SIM_KEYS)])
            store.add(f"key {n:02d}", key.region, key.environment, key.credentials)
        try:
            run_child("bare")  # warm-up: bytecode cache, font cache
            run_child("app", data_dir, service)
            bare = [float(run_child("bare")["first-paint"]) for _ in range(RUNS)]
            app_runs = [run_child("app", data_dir, service) for _ in range(RUNS)]
        finally:
            for connection in store.list():
                store.delete(connection.id)
    app_paint = [float(r["first-paint"]) for r in app_runs]
    listed = [float(r["listed"].split()[0]) for r in app_runs]
    b, a = statistics.median(bare), statistics.median(app_paint)
    print(f"first paint, bare PySide6 window:          {b * 1000:7.1f} ms (median of {RUNS})")
    print(f"first paint, app with {CONNECTIONS} connections:     {a * 1000:7.1f} ms")
    print(f"ratio app / bare:                          {a / b:7.2f}   (target <= 1.3)")
    print(
        f"list of {CONNECTIONS} shown (store opened in a worker): "
        f"{statistics.median(listed) * 1000:7.1f} ms"
    )
    stalls = [run_child("check-all")["stall"].split() for _ in range(3)]
    stall = stalls[0]
    print(
        f"check all {CONNECTIONS} at 300 ms latency: took {int(stall[2])} ms, "
        f"{stall[6]} connected, {stall[8]} problem (simulator in its own process)"
    )
    worst = [int(s[0]) for s in stalls]
    print(
        f"longest GUI-thread stall during it:        {statistics.median(worst):7.0f} ms "
        f"(median of 3; worst {max(worst)} ms; target <= 50 ms)"
    )


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        kind, started_at = sys.argv[2], float(sys.argv[-1])
        if kind == "bare":
            child_bare(started_at)
        elif kind == "app":
            child_app(started_at, sys.argv[3], sys.argv[4])
        else:
            child_check_all()
    else:
        main()
