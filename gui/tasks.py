"""The app's one background-work mechanism: run a callable off the GUI thread.

``runner.submit(work)`` runs ``work(cancel, progress)`` on the runner's own ``QThreadPool`` and
returns a :class:`Task` typed by what ``work`` returns. ``cancel`` is a ``threading.Event`` the
work should check (and pass to network calls), ``progress`` reports intermediate results.

A task reports — always on the GUI thread, so handlers may touch widgets — progress, then exactly
one of success / failure / cancellation, then "finished". Handlers are registered with the typed
:meth:`Task.then` (``then(lambda result: ...)`` sees the work's return type) or, for older code,
the Qt signals ``progressed``, ``succeeded``, ``failed``, ``cancelled``, ``finished``.

``submit(work, valid=...)`` ties a task to a state that can end — the open store's session: when
``valid()`` is false by the time the result arrives, nothing is reported and the task's
``dropped`` signal fires instead. So a list read before a lock never reaches the screen after it.

``shutdown()`` cancels everything, waits for the threads and drops results still queued, so
closing a window mid-task is clean. :class:`ImmediateRunner` runs work synchronously, for unit
tests. No network or keychain call belongs on the GUI thread: it goes through a runner.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")
Progress = Callable[[Any], None]
Work = Callable[[threading.Event, Progress], T]
Valid = Callable[[], bool]

_OK, _ERROR, _CANCELLED = "ok", "error", "cancelled"


class Task(QObject, Generic[T]):
    """One submitted piece of work; everything it reports arrives on the GUI thread."""

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()
    dropped = Signal()  # the result arrived after ``valid()`` turned false: nothing reported

    # Emitted from the worker thread; queued to this object's (the GUI) thread. Payloads travel
    # boxed in a list: PySide6 mis-counts references of a bare ``None`` sent through a queued
    # ``Signal(object)`` (seen as "Fatal Python error: none_dealloc" at exit).
    _progress_raw = Signal(list)
    _done_raw = Signal(list)

    def __init__(
        self, parent: QObject | None = None, valid: Valid | None = None, keep: bool = False
    ) -> None:
        """``keep``: remember the result for handlers registered later (ImmediateRunner);
        otherwise nothing of it outlives the handlers (it may be a secret being copied)."""
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.running = True
        self.detached = False  # set by shutdown: queued results are dropped
        self._valid = valid
        self._keep = keep
        self._outcome: tuple[str, Any] | None = None
        self._on_ok: list[Callable[[T], object]] = []
        self._on_error: list[Callable[[BaseException], object]] = []
        self._on_finished: list[Callable[[], object]] = []
        self._progress_raw.connect(self._on_progress)
        self._done_raw.connect(self._on_done)

    def then(
        self,
        ok: Callable[[T], object] | None = None,
        error: Callable[[BaseException], object] | None = None,
        finished: Callable[[], object] | None = None,
    ) -> Task[T]:
        """Registers typed handlers; a handler registered after the outcome runs at once."""
        if ok is not None:
            self._on_ok.append(ok)
        if error is not None:
            self._on_error.append(error)
        if finished is not None:
            self._on_finished.append(finished)
        if self._outcome is not None:
            self._call(self._outcome, ok, error, finished)
        return self

    def cancel(self) -> None:
        """Asks the work to stop; ``cancelled`` follows once it has."""
        self.cancel_event.set()

    def still_valid(self) -> bool:
        return not self.detached and (self._valid is None or self._valid())

    def report_progress(self, value: object) -> None:
        """Called by the work, on its thread."""
        self._progress_raw.emit([value])

    @Slot(list)
    def _on_progress(self, box: list[object]) -> None:
        if self.still_valid() and not self.cancel_event.is_set():
            self.progressed.emit(box[0])

    @Slot(list)
    def _on_done(self, box: list[object]) -> None:
        outcome, value = box
        self.deliver(str(outcome), value)

    def deliver(self, outcome: str, value: Any) -> None:
        """Reports the outcome (on the GUI thread), unless the task's state has ended."""
        self.running = False
        if self.detached:
            return
        if not self.still_valid():
            self.dropped.emit()
            self._release()
            return
        if self._keep:
            self._outcome = (outcome, value)
        if outcome == _OK:
            self.succeeded.emit(value)
        elif outcome == _ERROR:
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        if outcome == _OK:
            for ok in list(self._on_ok):
                ok(value)
        elif outcome == _ERROR:
            for error in list(self._on_error):
                error(value)
        for finished in list(self._on_finished):
            finished()
        self.finished.emit()
        self._release()

    def _release(self) -> None:
        """Forgets the handlers and leaves the runner: nothing keeps the task (or what its
        handlers hold) alive once its callers drop it."""
        self._on_ok.clear()
        self._on_error.clear()
        self._on_finished.clear()
        if not self._keep:
            self.setParent(None)

    @staticmethod
    def _call(
        outcome: tuple[str, Any],
        ok: Callable[[T], object] | None,
        error: Callable[[BaseException], object] | None,
        finished: Callable[[], object] | None,
    ) -> None:
        kind, value = outcome
        if kind == _OK and ok is not None:
            ok(value)
        elif kind == _ERROR and error is not None:
            error(value)
        if finished is not None:
            finished()


def _without_tracebacks(error: BaseException) -> BaseException:
    """``error`` without the frames it holds (a worker's locals may be credentials)."""
    seen: set[int] = set()
    item: BaseException | None = error
    while item is not None and id(item) not in seen:
        seen.add(id(item))
        item.__traceback__ = None
        item = item.__cause__ or item.__context__
    return error


def _run(task: Task[Any], work: Work[Any]) -> tuple[str, Any]:
    try:
        result = work(task.cancel_event, task.report_progress)
    except Exception as error:  # delivered to the GUI thread, never lost
        if task.cancel_event.is_set():
            return _CANCELLED, None
        log.debug("background work failed", exc_info=error)
        return _ERROR, _without_tracebacks(error)
    return (_CANCELLED, None) if task.cancel_event.is_set() else (_OK, result)


class _Runnable(QRunnable):
    def __init__(self, task: Task[Any], work: Work[Any], done: Callable[[Task[Any]], None]) -> None:
        super().__init__()
        self._task, self._work, self._done = task, work, done

    def run(self) -> None:
        task = self._task
        try:
            outcome, value = _run(task, self._work)
        finally:
            self._work = None  # type: ignore[assignment] # drop what the work held (secrets)
            self._done(task)
        task._done_raw.emit([outcome, value])


class Runner(Protocol):
    """What views need from a runner (a :class:`TaskRunner`, or :class:`ImmediateRunner`)."""

    def submit(self, work: Work[T], valid: Valid | None = None) -> Task[T]: ...

    def cancel_all(self) -> None: ...

    def shutdown(self, msecs: int = 10_000) -> bool: ...


class TaskRunner(QObject):
    """Runs :data:`Work` on a private thread pool and tracks what is still running."""

    # No work is running any more (emitted on the runner's thread).
    became_idle = Signal()

    def __init__(self, max_threads: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._lock = threading.Lock()
        self._active: set[Task[Any]] = set()

    @property
    def max_threads(self) -> int:
        return self._pool.maxThreadCount()

    def submit(self, work: Work[T], valid: Valid | None = None) -> Task[T]:
        task: Task[T] = Task(self, valid)
        with self._lock:
            self._active.add(task)
        self._pool.start(_Runnable(task, work, self._forget))
        return task

    def _forget(self, task: Task[Any]) -> None:
        with self._lock:
            self._active.discard(task)
            idle = not self._active
        if idle:
            self.became_idle.emit()  # from the worker: queued to the runner's thread

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


class ImmediateRunner(QObject):
    """Runs each work at once, on the calling thread (unit tests of views and controllers)."""

    def submit(self, work: Work[T], valid: Valid | None = None) -> Task[T]:
        task: Task[T] = Task(self, valid, keep=True)
        task.deliver(*_run(task, work))
        return task

    def cancel_all(self) -> None:
        """Nothing runs in the background."""

    def shutdown(self, msecs: int = 10_000) -> bool:
        return True
