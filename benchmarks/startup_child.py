"""The app's side of ``benchmarks/startup.py``: ``gui.app.run()`` itself, timed to useful.

    python -m benchmarks.startup_child app DATA_DIR SERVICE SIZE STARTED

Run as a module by startup.py (as ``benchmarks/bare_window.py`` is), so both children load
compiled bytecode as an installed app does. What it imports before the app starts is only what
it measures with (``os``, ``sys``, ``time``): the parent's statistics, fixtures and subprocess
code stay in the parent, and the loopback guard (``benchmarks.common.loopback_only``) is put in
place when the app makes its environment, after its first paint and before anything in it can
open a connection (the window opens none before it). Prints ``first-paint``, ``useful``,
``cpu`` (and with ``BENCH_TRACE=1`` the app's milestones) as ``name seconds`` lines.

Time to useful: the list holds all N rows with their stored statuses AND the details panel
shows the selected row's cached balances AND the balance total has been painted since — in the
same frame as the list's rows, which are painted before it (the list sits above the details):
the rows' own viewport is looked at only after that frame, since PySide6 answers ``viewport()``
by creating the enums of every widget class (~11 ms, which the app itself no longer spends
before its first paint).
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any


def now() -> float:
    """The machine's monotonic clock (``benchmarks.common.now``, which the parent reads)."""
    return time.clock_gettime(time.CLOCK_MONOTONIC)


def _say(name: str, started: float, extra: str = "") -> None:
    sys.stdout.write(f"{name} {now() - started:.4f}{extra}\n")  # one write: threads print too
    sys.stdout.flush()


def child_app(started: float, data_dir: str, service: str, size: int) -> None:
    """``gui.app.run()`` itself, with the preferences of a first start (a new, empty
    ``XDG_CONFIG_HOME``), ``data_dir`` as the user's data folder (``XDG_DATA_HOME`` its parent)
    and, for the user's store, ``real_environment(data_dir)`` whose store is opened under the
    keychain service ``service``. Quits once useful."""
    import atexit
    import tempfile  # (PySide6 imports it too)
    from pathlib import Path

    os.environ["XDG_DATA_HOME"] = str(Path(data_dir).parent)
    os.environ["XDG_CONFIG_HOME"] = config = tempfile.mkdtemp(prefix="okx-km-bench-config-")

    def remove_config() -> None:
        import shutil

        shutil.rmtree(config, True)

    atexit.register(remove_config)
    profiler = _profiler()
    import contextlib
    from collections.abc import Iterator
    from dataclasses import replace

    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

    import gui.app
    from gui.manager.frame import Page

    trace = bool(os.environ.get("BENCH_TRACE"))
    painted: dict[str, float] = {}
    watched: dict[QObject, str] = {}  # the window and the balance total
    windows: list[Any] = []

    def useful() -> bool:
        window = windows[0]
        if window.page is not Page.LIST:
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

    def rows_were_painted() -> None:
        """After the frame: the list's rows were on screen in it (the viewport shown, with all
        N rows): then the balance total's paint time is the time to useful."""
        content = windows[0].content
        if content.table.viewport().isVisible() and content.model.rowCount() == size:
            useful_at = painted["totalLabel"] - started
            print(f"useful {useful_at:.4f} rows={size}", flush=True)
            print(f"cpu {cpu:.4f}", flush=True)  # all threads, since start: at the useful paint
            print(f"useful-total {painted['totalLabel'] - started:.4f}", flush=True)
            if profiler is not None:
                profiler.stop()
                Path(os.environ["BENCH_PROFILE"]).write_text(
                    profiler.output_text(unicode=True, show_all=False)
                )
            QTimer.singleShot(0, QCoreApplication.quit)
        else:
            painted.pop("totalLabel", None)  # not useful yet: wait for a later frame

    cpu = 0.0

    class Watcher(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            nonlocal cpu
            if event.type() != QEvent.Type.Paint:
                return False
            name = watched.get(obj, "")
            if name == "window" and "window" not in painted:
                painted["window"] = now()
                _say("first-paint", started, f" {int(useful())}")
            elif name == "totalLabel" and name not in painted and useful():
                painted[name] = now()
                cpu = time.process_time()
                QTimer.singleShot(0, rows_were_painted)
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
        total = window.content.details.total_label
        watched[total] = "totalLabel"
        total.installEventFilter(watcher)
        if trace:
            _say("t-started", started)
            window.controller.state_changed.connect(lambda: _say("t-state", started))
            window.content.model.modelReset.connect(lambda: _say("t-rows", started))
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

        store.list = timed_list  # type: ignore[method-assign]
        return store

    def use_this_environment() -> None:
        # The real environment talks to OKX's hosts: nothing may leave this computer. Before
        # the app makes it (its first paint opened no connection), the guard is in place.
        from benchmarks.common import loopback_only

        loopback_only()
        import gui.connections.environment as environment

        @contextlib.contextmanager
        def app_environment(simulator: bool) -> Iterator[Any]:
            if trace:
                _say("t-begin", started)
            yield replace(environment.real_environment(folder), open_store=open_store)

        environment.app_environment = app_environment

    gui.app.create_window = watched_window
    gui.app.run()


def _profiler() -> Any:
    """``BENCH_PROFILE=FILE``: the GUI thread's profile up to the useful paint (the shared
    helper is imported only then, so an unprofiled start imports nothing of the parent's)."""
    if not os.environ.get("BENCH_PROFILE"):
        return None
    from benchmarks.common import gui_profiler

    return gui_profiler(0.0005)


if __name__ == "__main__":
    kind, data, service, size, started_at = sys.argv[1:6]
    assert kind == "app", kind
    child_app(float(started_at), data, service, int(size))
