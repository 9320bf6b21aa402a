"""The store controller: the manager's one owner of the open store and its session.

It opens the store, unlocks and locks it, switches it (a move between the keychain and a vault
file) and runs every use case of :mod:`gui.connections` on a :class:`~gui.tasks.TaskRunner`,
tied to the current :class:`~gui.connections.session.Session`. A result that arrives after the
session ended (lock, switch, close) is dropped by the task itself, so no view ever shows or copies
something from a session that is gone. The views only call these methods and show what returns.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from gui.tasks import Progress, Task, TaskRunner

if TYPE_CHECKING:
    from pathlib import Path

    from gui.connections.environment import AppEnvironment
    from gui.connections.session import Listing, Session
    from gui.connections.storage import ConnectionStore, StoreScan

log = logging.getLogger(__name__)

T = TypeVar("T")


class StoreState(Enum):
    """Where the store is; the window shows one page per state."""

    OPENING = "opening"  # being opened, or a failure to open is shown
    LOCKED = "locked"  # a vault file waiting for its password
    OPEN = "open"  # a session is running


class Event(Enum):
    """What changes the store's lifecycle."""

    LOCK = "lock"  # the user locked
    BEGIN = "begin"  # a session began (opened, unlocked, or moved while not locked)
    UNLOCK = "unlock"  # an unlock was started
    UNLOCK_ENDED = "unlock-ended"  # it returned (unlocked or refused)
    MOVE = "move"  # a move was started
    MOVE_ENDED = "move-ended"  # it returned


class Lifecycle(Enum):
    """Whether the user locked (held: no session until an unlock; a vault file's key is wiped
    as soon as the store work running has returned), and what is in flight: a move (it runs to
    its end; the new store stays locked if the user locked meanwhile) and an unlock (the key is
    not wiped under it). Each value is (held, moving, unlocking); :meth:`after` is the one
    transition."""

    OPEN = (False, False, False)
    MOVING = (False, True, False)
    UNLOCKING = (False, False, True)
    MOVING_UNLOCKING = (False, True, True)
    HELD = (True, False, False)
    HELD_MOVING = (True, True, False)
    HELD_UNLOCKING = (True, False, True)
    HELD_MOVING_UNLOCKING = (True, True, True)

    @property
    def held(self) -> bool:
        return bool(self.value[0])

    @property
    def moving(self) -> bool:
        return bool(self.value[1])

    @property
    def unlocking(self) -> bool:
        return bool(self.value[2])

    def after(self, event: Event) -> Lifecycle:
        held, moving, unlocking = self.value
        if event in (Event.LOCK, Event.BEGIN):
            held = event is Event.LOCK
        elif event in (Event.MOVE, Event.MOVE_ENDED):
            moving = event is Event.MOVE
        else:
            unlocking = event is Event.UNLOCK
        return Lifecycle((held, moving, unlocking))


@dataclass(frozen=True)
class Opened:
    """What opening found: the store, and unless it is locked its session and listing."""

    store: ConnectionStore
    session: Session | None = None
    listing: Listing | None = None


class StoreController(QObject):
    """Owns the store, the session, the store's runner and the environment (where OKX and the
    store are: set once, by :meth:`ManagerWindow.set_environment` or at construction); views
    call it."""

    # The state changed (opened, locked, unlocked, switched); read :attr:`state`.
    state_changed = Signal()

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.env: AppEnvironment | None = None
        self.store: ConnectionStore | None = None
        self.session: Session | None = None
        self.cache_enabled = True
        self.lifecycle = Lifecycle.OPEN
        runner.became_idle.connect(self._wipe_if_held)

    # --- state -----------------------------------------------------------------------------------
    @property
    def state(self) -> StoreState:
        if self.session is not None:
            return StoreState.OPEN
        if self.store is not None and (self.store.locked or self.lifecycle.held):
            return StoreState.LOCKED
        return StoreState.OPENING

    @property
    def lockable(self) -> bool:
        return self.store is not None and self.store.as_lockable() is not None

    @property
    def data_dir(self) -> Path | None:
        """Where the index, the balance cache and a vault file live (None: nothing written, or
        the environment is not set yet)."""
        return None if self.env is None else self.env.data_dir

    @property
    def environment(self) -> AppEnvironment:
        if self.env is None:
            raise RuntimeError("the environment is not set yet")
        return self.env

    def new_session(self, store: ConnectionStore) -> Session:
        """A session on ``store`` with its balance cache (not started yet)."""
        from gui.connections.session import Session, cache_for

        return Session(store, cache_for(store, self.environment.data_dir, self.cache_enabled))

    def _begin(self, store: ConnectionStore, session: Session | None = None) -> Session:
        """Starts ``session`` (a new one by default) on ``store``, ending the one before."""
        self.end_session()
        self._on(Event.BEGIN)
        self.store = store
        self.session = session or self.new_session(store)
        self.state_changed.emit()
        return self.session

    def end_session(self) -> None:
        session, self.session = self.session, None
        if session is not None:
            session.end()

    # --- opening, locking ------------------------------------------------------------------------
    def open(self) -> Task[Opened]:
        """Opens the store in the background; its listing comes without any secret read."""
        open_store = self.environment.open_store

        def work(cancel: threading.Event, progress: Progress) -> Opened:
            store = open_store()
            if store.locked:
                return Opened(store)
            session = self.new_session(store)
            return Opened(store, session, session.listing())

        return self.runner.submit(work).then(self._opened)

    def _opened(self, opened: Opened) -> None:
        if opened.session is None:
            self.end_session()
            self.store = opened.store
            self.state_changed.emit()
        else:
            self._begin(opened.store, opened.session)

    def unlock(self, password: str) -> Task[Opened]:
        """Unlocks the vault file (or, for a store that has no password, just reopens it) and
        starts a session with its listing."""
        store = self.store
        if store is None:
            raise RuntimeError("nothing to unlock")

        def work(cancel: threading.Event, progress: Progress) -> Opened:
            from gui.connections.stores import unlock_store

            unlock_store(store, password, cancel)  # always: the old key may not be wiped yet
            session = self.new_session(store)
            return Opened(store, session, session.listing())

        self._on(Event.UNLOCK)
        return self.runner.submit(work).then(self._opened, finished=self._unlock_ended)

    def _on(self, event: Event) -> None:
        self.lifecycle = self.lifecycle.after(event)

    def _unlock_ended(self) -> None:
        self._on(Event.UNLOCK_ENDED)
        self._wipe_if_held()  # a wrong password: the key of before the lock goes now

    def lock(self) -> bool:
        """Ends the session at once: nothing started in it will be shown or copied, and no
        new work starts until the user unlocks. The vault file's key is wiped as soon as the
        store work already running has returned (a write is never cut in half). False when
        there is nothing to lock (the system keychain locks with the login)."""
        if self.session is None or not (self.lockable or self.lifecycle.moving):
            return False
        self.end_session()
        self._on(Event.LOCK)
        self.state_changed.emit()
        self._wipe_if_held()
        return True

    def _wipe_if_held(self) -> None:
        store, now = self.store, self.lifecycle
        if not now.held or store is None or self.runner.active_count or now.moving:
            return
        if now.unlocking:
            return
        lockable = store.as_lockable()
        if lockable is not None and not lockable.locked:
            lockable.lock()  # wipes the unlocked key; no disk, keychain or network

    def create_vault(self, password: str) -> Task[Opened]:
        """A new, empty vault file in the data folder (no keychain works), then a session."""
        data_dir, new_vault = self.environment.data_dir, self.environment.new_vault
        if data_dir is None:
            raise RuntimeError("no data folder")

        def work(cancel: threading.Event, progress: Progress) -> Opened:
            from gui.connections.storage import VAULT_FILE_NAME

            store = new_vault(data_dir / VAULT_FILE_NAME, password)
            session = self.new_session(store)
            return Opened(store, session, session.listing())

        return self.runner.submit(work).then(self._opened)

    def move(self, work: Callable[[Session], ConnectionStore]) -> Task[ConnectionStore] | None:
        """Moves the session's store elsewhere (``work`` returns the new store). A move runs
        to its end even if the user locks meanwhile; the new store then stays locked."""
        session = self.session
        if session is None:
            return None

        def job(cancel: threading.Event, progress: Progress) -> ConnectionStore:
            return work(session)

        self._on(Event.MOVE)
        return self.runner.submit(job).then(self._moved, finished=self._move_ended)

    def _moved(self, store: ConnectionStore) -> None:
        if not self.lifecycle.held:
            self._begin(store)
            return
        self.store = store  # the user locked during the move: it stays locked
        self._on(Event.MOVE_ENDED)
        self._wipe_if_held()
        self.state_changed.emit()

    def _move_ended(self) -> None:
        self._on(Event.MOVE_ENDED)
        self._wipe_if_held()

    # --- work in the session ---------------------------------------------------------------------
    def run(self, work: Callable[[Session], T]) -> Task[T] | None:
        """Runs ``work(session)`` in the background; its result is dropped if the session
        ends first. None when no session is open."""
        session = self.session
        if session is None:
            return None

        def job(cancel: threading.Event, progress: Progress) -> T:
            return work(session)

        return self.runner.submit(job, valid=session.is_current)

    def run_then(
        self,
        work: Callable[[Session], T],
        ok: Callable[[T], object],
        error: Callable[[BaseException], object],
    ) -> None:
        """:meth:`run`, its result to ``ok`` and its failure to ``error``; nothing at all when
        no session is open."""
        task = self.run(work)
        if task is not None:
            task.then(ok, error)

    def listing(self) -> Task[Listing] | None:
        return self.run(lambda session: session.listing())

    def scan(self) -> Task[StoreScan] | None:
        """The consistency scan after the list is shown: half-done changes and secrets the
        list does not show (one keychain search)."""
        from gui.connections.repairs import scan_store

        return self.run(lambda session: scan_store(session.store))
