"""The app's one background-work mechanism: run a callable off the GUI thread.

``TaskRunner.submit(work)`` runs ``work(cancel, progress)`` on the runner's own ``QThreadPool``:
``cancel`` is a ``threading.Event`` the work should check (and pass to network calls), ``progress``
reports intermediate results. The returned :class:`Task` emits ``progressed``, then exactly one of
``succeeded`` / ``failed`` / ``cancelled``, then ``finished`` — always on the GUI thread, so
handlers may touch widgets. ``shutdown()`` cancels everything, waits for the threads and drops
results still queued, so closing a window mid-task is clean. No network or keychain call belongs
on the GUI thread: it goes through a runner.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Progress = Callable[[Any], None]
Work = Callable[[threading.Event, Progress], Any]


class Task(QObject):
    """One submitted piece of work; its signals arrive on the GUI thread."""

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()

    # Emitted from the worker thread; queued to this object's (the GUI) thread. Payloads travel
    # boxed in a list: PySide6 mis-counts references of a bare ``None`` sent through a queued
    # ``Signal(object)`` (seen as "Fatal Python error: none_dealloc" at exit).
    _progress_raw = Signal(list)
    _done_raw = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.running = True
        self.detached = False  # set by shutdown: queued results are dropped
        self._progress_raw.connect(self._on_progress)
        self._done_raw.connect(self._on_done)

    def cancel(self) -> None:
        """Asks the work to stop; ``cancelled`` follows once it has."""
        self.cancel_event.set()

    def report_progress(self, value: object) -> None:
        """Called by the work, on its thread."""
        self._progress_raw.emit([value])

    @Slot(list)
    def _on_progress(self, box: list[object]) -> None:
        if not self.detached and not self.cancel_event.is_set():
            self.progressed.emit(box[0])

    @Slot(list)
    def _on_done(self, box: list[object]) -> None:
        outcome, value = box
        self.running = False
        if self.detached:
            return
        if outcome == "ok":
            self.succeeded.emit(value)
        elif outcome == "error":
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task, work: Work, done: Callable[[Task], None]) -> None:
        super().__init__()
        self._task, self._work, self._done = task, work, done

    def run(self) -> None:
        task = self._task
        try:
            result = self._work(task.cancel_event, task.report_progress)
        except Exception as error:  # delivered to the GUI thread, never lost
            outcome, value = ("cancelled", None) if task.cancel_event.is_set() else ("error", error)
        else:
            outcome, value = ("cancelled", None) if task.cancel_event.is_set() else ("ok", result)
        finally:
            self._done(task)
        task._done_raw.emit([outcome, value])


class TaskRunner(QObject):
    """Runs :data:`Work` on a private thread pool and tracks what is still running."""

    def __init__(self, max_threads: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._lock = threading.Lock()
        self._active: set[Task] = set()

    def submit(self, work: Work) -> Task:
        task = Task(self)
        with self._lock:
            self._active.add(task)
        self._pool.start(_Runnable(task, work, self._forget))
        return task

    def _forget(self, task: Task) -> None:
        with self._lock:
            self._active.discard(task)

    @property
    def active_count(self) -> int:
        """Tasks whose work has not returned yet."""
        with self._lock:
            return len(self._active)

    def is_idle(self) -> bool:
        return self.active_count == 0 and self._pool.activeThreadCount() == 0

    def cancel_all(self) -> None:
        with self._lock:
            tasks = list(self._active)
        for task in tasks:
            task.cancel()

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Blocks until every task's work has returned (or ``msecs`` passed); True if idle."""
        return bool(self._pool.waitForDone(msecs))

    def shutdown(self, msecs: int = 10_000) -> bool:
        """Cancels all work, waits for it and drops results not yet delivered."""
        with self._lock:
            tasks = list(self._active)
        for task in tasks:
            task.detached = True
            task.cancel()
        idle = self.wait_for_done(msecs)
        if not idle:
            log.warning("background work still running after %d ms", msecs)
        return idle
