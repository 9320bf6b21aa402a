"""A session: the time one store is open and usable, from opening or unlocking to lock,
switching stores or closing the app.

Work started in a session carries it. When the session ends, its check runs are cancelled, and
any result that arrives afterwards is recognised (:attr:`Session.ended`) and dropped wherever it
arrives — the list, the details, the clipboard, the statuses, the cache. A new session starts
with a new object, so "same session" is identity, not a flag that could be reset.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from gui.connections.cache import FILE_NAME, BalanceCache, Snapshot, StoredSnapshots, read_file
from gui.vault.errors import VaultError
from gui.vault.index import IndexFile
from gui.vault.model import Connection, label_key
from gui.vault.store import VAULT_FILE_NAME, ConnectionStore, StoreKind

if TYPE_CHECKING:  # the OKX client (and requests) load at the first check, not at the list
    from gui.connections.checkall import CheckAll, CheckResult
    from gui.connections.environment import OkxTarget


class SessionEnded(Exception):  # noqa: N818 - reads as the condition
    """Work was asked of a session that has ended (the store was locked or switched)."""


@dataclass(frozen=True)
class Listing:
    """What the list shows at once: the connections with their stored statuses, and the
    cached balances. Reading it touches the index (or the unlocked vault), never a secret."""

    connections: list[Connection]
    # By connection id; the stored listing's are parsed as they are asked for (StoredSnapshots).
    snapshots: Mapping[str, Snapshot] = field(default_factory=dict)


def stored_listing(data_dir: Path | None, cache_enabled: bool) -> Listing | None:
    """What the list showed at the last run, read at once from the non-secret index and balance
    cache in ``data_dir`` without opening the store (no keychain, no secret): the window paints
    it in its first frame. None when there is nothing to show before the store opens: no data
    folder, a vault file (encrypted: its list shows once unlocked), nothing saved, or an index
    that cannot be read (opening the store then says why). Small files (~2 ms for 200 entries):
    read on the GUI thread before the first paint."""
    if data_dir is None or (data_dir / VAULT_FILE_NAME).exists():
        return None
    try:
        index = IndexFile(data_dir).load()
    except VaultError:
        return None
    if not index.connections:
        return None
    connections = sorted(index.connections, key=lambda c: label_key(c.label))
    snapshots = StoredSnapshots(read_file(data_dir / FILE_NAME)) if cache_enabled else {}
    return Listing(connections, snapshots)


def cache_for(store: ConnectionStore, data_dir: Path | None, enabled: bool) -> BalanceCache:
    """The balance cache for ``store``: a file beside the keychain's index when enabled; in
    memory only for a vault file (its account data stays inside the encrypted file's session)
    or when the user turned the cache off."""
    keep_file = enabled and data_dir is not None and store.kind is StoreKind.KEYCHAIN
    return BalanceCache(data_dir / FILE_NAME if keep_file and data_dir else None)


class Session:
    """One open, usable store and what belongs to it: the balance cache and the check runs."""

    def __init__(self, store: ConnectionStore, cache: BalanceCache) -> None:
        self.store = store
        self.cache = cache
        self._ended = threading.Event()
        self._lock = threading.Lock()
        self._runs: list[CheckAll] = []

    def __repr__(self) -> str:
        return f"Session({self.store!r}, ended={self.ended})"

    @property
    def ended(self) -> bool:
        return self._ended.is_set()

    def is_current(self) -> bool:
        """True until the session ends (a task's validity guard)."""
        return not self._ended.is_set()

    def end(self) -> None:
        """Ends the session: check runs are cancelled, in-memory balances forgotten. The
        caller locks the store (a vault file) or switches to another."""
        with self._lock:
            self._ended.set()
            runs, self._runs = self._runs, []
        for run in runs:
            run.cancel()
        if self.cache.path is None:
            self.cache.forget(set(self.cache.snapshots()))

    def listing(self) -> Listing:
        """The list with stored statuses and cached balances (run off the GUI thread)."""
        if self.ended:
            raise SessionEnded
        connections = self.store.list()
        snapshots = self.cache.snapshots() or self.cache.load()
        return Listing(connections, snapshots)

    def check_run(
        self,
        target: OkxTarget,
        *,
        on_started: Callable[[str], None] | None = None,
        on_result: Callable[[CheckResult], None] | None = None,
        on_error: Callable[[str, Exception], None] | None = None,
        on_finished: Callable[[], None] | None = None,
        in_helper: bool = False,
    ) -> CheckAll:
        """A new check run in this session; cancelled when the session ends. ``in_helper``:
        its big batches are checked in a helper process (the window's runs: its GUI thread
        then never waits behind the checks' threads, gui/connections/check_helper.py)."""
        from gui.connections.check_helper import start_helper
        from gui.connections.checkall import CheckAll

        with self._lock:
            if self.ended:
                raise SessionEnded
            run = CheckAll(
                self.store,
                target,
                cache=self.cache,
                on_started=on_started,
                on_result=on_result,
                on_error=on_error,
                on_finished=on_finished,
                helper=start_helper if in_helper else None,
            )
            self._runs = [r for r in self._runs if not r.finished] + [run]
            return run
