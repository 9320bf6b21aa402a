"""The check queue as the window sees it: a :class:`~gui.connections.checkall.CheckAll` in the
current session, its callbacks brought to the GUI thread, and its progress.

Results of a run that belongs to an ended session are dropped on arrival (the run was also
cancelled when the session ended). "Check" while a run is going adds to it.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar

from gui.connections.errors import CheckHelperError, VaultError
from gui.connections.model import Connection
from gui.connections.session import Session, SessionEnded
from gui.connections.status import Diagnosis, Status
from gui.manager.content import ConnectionList

if TYPE_CHECKING:  # the OKX client (and requests) load at the first check
    from gui.connections.checkall import CheckAll, CheckResult
    from gui.connections.environment import OkxTarget

log = logging.getLogger(__name__)

# After the list is filled: by then it has been painted.
LOAD_CLIENT_AFTER_MS = 250
# The longest the GUI thread spends on check results before it lets the window repaint.
BATCH_SECONDS = 0.008


def _load_client_in_background() -> None:
    def load() -> None:
        import gui.connections.checkall  # noqa: F401 - imported for later

    threading.Thread(target=load, name="load-okx-client", daemon=True).start()


class CheckQueue(QObject):
    """Checks of saved connections as the window shows them: each row's status, the balances,
    and "Checked 3 of 20" with a Stop button in the status bar."""

    # Calls from a run's threads wait in ``_pending``; this wakes the GUI thread, which then
    # makes every call waiting (one wake-up and one progress update for many results: ~300 a
    # second in a "Check all" of 1,000 keys).
    _call = Signal()

    def __init__(
        self,
        content: ConnectionList,
        status_bar: QStatusBar,
        changed: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        """``changed`` runs when checking starts or ends (the window updates its actions)."""
        super().__init__(parent)
        self.content = content
        # A label, not a QProgressBar: QProgressBar.setValue repaints the window synchronously.
        self.progress = QLabel(status_bar)
        self.progress.setObjectName("checkProgress")
        self.stop = QPushButton(status_bar)
        self.stop.setObjectName("cancelCheckButton")
        for number, widget in enumerate((self.progress, self.stop)):
            status_bar.insertPermanentWidget(number, widget)
            widget.hide()
        self._changed = changed
        self.run: CheckAll | None = None
        self.session: Session | None = None
        self._running = False
        self._runs = 0  # runs started: only the latest one's end counts
        self.stop.clicked.connect(self.cancel)
        self._pending: deque[tuple[Session, Callable[[], None]]] = deque()
        self._pending_lock = threading.Lock()
        self._call.connect(self._called)
        self._client_loading = False
        content.model.modelReset.connect(self._load_client_soon)

    def _load_client_soon(self) -> None:
        """Once the list is on screen, the OKX client (requests, ~75 ms) loads in the
        background, so the first "Check all" does not import it on the GUI thread."""
        if not self._client_loading:
            self._client_loading = True
            QTimer.singleShot(LOAD_CLIENT_AFTER_MS, _load_client_in_background)

    @property
    def done(self) -> int:
        return 0 if self.run is None else self.run.done

    @property
    def total(self) -> int:
        return 0 if self.run is None else self.run.total

    def checking(self) -> bool:
        """True from queuing until the run's end has reached the GUI thread."""
        return self._running

    def is_checking(self, connection_id: str) -> bool:
        return self.run is not None and self.run.is_checking(connection_id)

    def check(
        self, session: Session, target: OkxTarget, connections: Sequence[Connection]
    ) -> list[str]:
        """Queues ``connections`` (those not being checked); returns the ids queued."""
        run = self.run
        if run is None or run.finished or run.cancel_event.is_set() or self.session is not session:
            self._runs += 1
            run_id = self._runs
            try:
                run = session.check_run(
                    target,
                    on_result=lambda r: self._post(session, partial(self._result, r)),
                    on_error=lambda i, e: self._post(session, partial(self._error, i, e)),
                    on_finished=lambda: self._post(session, partial(self._finished, run_id)),
                    in_helper=True,
                )
            except SessionEnded:
                return []
            self.run, self.session = run, session
            # What exists now (the rows, the listing, the window) is left out of the
            # collections the run's results set off: a full one walked it all, 15-25 ms on
            # the GUI thread, several times a run of 1,000 (benchmarks/check_all.py). Frozen
            # objects are still freed when nothing refers to them; the run's end unfreezes
            # them, so garbage in cycles is not kept for good.
            gc.freeze()
        added = run.add(connections)
        self._running = self._running or bool(added)
        self.content.set_status(set(added), Diagnosis(Status.CHECKING))
        self.show_progress()
        return added

    def cancel(self) -> None:
        """Stops the run: queued checks never start, running ones come back cancelled."""
        if self.run is not None:
            for connection_id in self.run.cancel():
                self.content.restore_status(connection_id)
        self.show_progress()

    def forget(self) -> None:
        """The session ended: drop the run (it was cancelled with the session)."""
        if self.run is not None:
            self.run.cancel()
        self.run = self.session = None
        self._running = False
        self.show_progress()

    def shutdown(self, seconds: float = 10.0) -> None:
        """Cancels the run and waits for its threads (closing the window)."""
        run = self.run
        if run is not None:
            run.cancel()
            run.wait(seconds)

    def show_progress(self) -> None:
        running = self.checking()
        self.progress.setVisible(running)
        self.stop.setVisible(running)
        self.stop.setText(self.tr("Stop"))
        if running:
            self.progress.setText(
                self.tr("Checked {done} of {total}").format(done=self.done, total=self.total)
            )
        self._changed()

    # --- from the run's threads ------------------------------------------------------------------
    def _post(self, session: Session, call: Callable[[], None]) -> None:
        with self._pending_lock:
            self._pending.append((session, call))
            wake = len(self._pending) == 1  # else a wake-up is on its way already
        if wake:
            self._call.emit()

    @Slot()
    def _called(self) -> None:
        """Makes the waiting calls for at most :data:`BATCH_SECONDS`; the rest on the next turn
        of the event loop (a burst of ~100 results at once would hold the window ~100 ms)."""
        deadline = time.monotonic() + BATCH_SECONDS
        made = 0
        while time.monotonic() < deadline or not made:
            with self._pending_lock:
                if not self._pending:
                    break
                session, call = self._pending.popleft()
            made += 1
            current = self.session
            if session is current and current is not None and not current.ended:
                call()
        else:
            QTimer.singleShot(0, self, self._called)  # more are waiting: after the repaint
        if made:
            self.show_progress()

    def _finished(self, run_id: int) -> None:
        if run_id == self._runs:
            self._running = False
            gc.unfreeze()

    def _result(self, result: CheckResult) -> None:
        if result.outcome.report.cancelled:
            self.content.restore_status(result.connection.id)
        else:
            self.content.checked(result.connection, result.outcome.diagnosis, result.snapshot)

    def _error(self, connection_id: str, error: Exception) -> None:
        cause = error.message if isinstance(error, VaultError | CheckHelperError) else None
        self.content.diagnoses[connection_id] = Diagnosis(Status.PROBLEM, cause)
        self.content.restore_status(connection_id)
