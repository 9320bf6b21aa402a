"""Connections kept in the system keychain, with their facts in an index file.

Each connection's three secrets are ONE keychain item (service ``okx-key-manager``, username = the
connection's random id), a compact JSON blob far below Windows' 1,280-character limit. The item is
written once and never rewritten (macOS would ask again for access); labels and facts live only
in the index.

Transactions (the index journal is described in :mod:`gui.vault.index`):

- add: journal "add" → write secret → index lists it (journal cleared). A failure undoes what was
  done; a crash leaves a journal record, reported by :meth:`KeychainStore.problems`.
- rotate: journal "add" for the NEW id → write new secret → index swaps old for new (journal
  "replaced" for the old id) → delete the old secret → clear the journal.
- delete: index drops it (journal "delete") → delete secret → clear the journal. A keychain failure
  puts the connection back.
"""

from __future__ import annotations

import builtins
import contextlib
import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.vault.atomic import atomic_write
from gui.vault.errors import (
    NotFound,
    SecretCorrupt,
    SecretMissing,
    VaultError,
)
from gui.vault.filelock import ChangeLock
from gui.vault.index import IndexData, IndexFile, Pending, PendingReason, Writer
from gui.vault.keychain_backend import KeyringLike, keychain_failure, probe_keychain
from gui.vault.keychain_batch import read_credentials
from gui.vault.keychain_items import (
    FoundItem,
    decode_secret,
    encode_secret,
    item_facts,
    items_for,
    new_connection_id,
    unlisted_connections,
)
from gui.vault.model import (
    Connection,
    Facts,
    check_credentials,
    dated,
    free_label,
    label_key,
    masked,
    new_connection,
    unique_label,
)
from gui.vault.store import (
    SERVICE,
    FactsChange,
    LockableStore,
    Problem,
    ProblemKind,
    StoreKind,
    StoreScan,
    missing_problem,
    orphan_problem,
    utc_now,
)

__all__ = [
    "KeychainScan",
    "KeychainStore",
    "KeyringLike",
    "decode_secret",
    "encode_secret",
    "new_connection_id",
    "probe_keychain",
]

log = logging.getLogger(__name__)

LOCK_FILE_NAME = "connections.lock"


KeychainScan = StoreScan  # the keychain's scan is the store's


class KeychainStore:
    """A :class:`~gui.vault.store.ConnectionStore` over a keyring backend and an index file."""

    def __init__(
        self,
        data_dir: Path,
        backend: KeyringLike,
        *,
        service: str = SERVICE,
        clock: Callable[[], datetime] = utc_now,
        new_id: Callable[[], str] = new_connection_id,
        index_writer: Writer = atomic_write,
    ) -> None:
        self.index = IndexFile(data_dir, writer=index_writer)
        self.backend = backend
        self.items = items_for(backend)  # None: this keychain cannot search (macOS...)
        self.service = service
        self._clock = clock
        self._new_id = new_id
        self._lock = threading.RLock()
        self._changing = ChangeLock(data_dir / LOCK_FILE_NAME, self._lock)

    def __repr__(self) -> str:
        return f"KeychainStore({str(self.index.directory)!r}, service={self.service!r})"

    # -- keychain calls: every failure becomes KeychainUnavailable ---------------------------

    def _get(self, connection_id: str) -> str | None:
        try:
            return self.backend.get_password(self.service, connection_id)
        except Exception as exc:
            raise keychain_failure("read", exc) from None

    def _set(self, connection: Connection, blob: str) -> None:
        try:
            if self.items is None:
                self.backend.set_password(self.service, connection.id, blob)
            else:
                self.items.write(self.service, connection.id, blob, item_facts(connection))
        except Exception as exc:
            raise keychain_failure("write", exc) from None

    def _delete(self, connection_id: str) -> None:
        """Deletes the item; an item that is already gone counts as deleted."""
        try:
            self.backend.delete_password(self.service, connection_id)
        except Exception as exc:
            # keyring loads with the keychain (its import costs ~50 ms: not before the list)
            from keyring.errors import PasswordDeleteError

            if isinstance(exc, PasswordDeleteError) and self._get(connection_id) is None:
                return
            raise keychain_failure("delete", exc) from None

    def _search(self) -> builtins.list[FoundItem] | None:
        """Every item of the service in ONE keychain call, or None when it cannot search."""
        if self.items is None:
            return None
        try:
            return self.items.search(self.service)
        except Exception as exc:
            raise keychain_failure("search", exc) from None

    def _refresh_facts(self, connection: Connection) -> None:
        """Keeps the item's facts in step with a renamed or re-dated connection. Best effort:
        the index is what the app reads; the facts only help rebuild a lost index."""
        if self.items is None:
            return
        try:
            self.items.update(self.service, connection.id, item_facts(connection))
        except Exception as exc:
            log.warning("keychain facts of %s not updated: %s", connection.id, type(exc).__name__)

    def _undo_secret(self, connection_id: str) -> None:
        with contextlib.suppress(VaultError):
            self._delete(connection_id)

    def _undo_index(self, data: IndexData) -> None:
        with contextlib.suppress(VaultError):
            self.index.save(data)

    # -- ConnectionStore ----------------------------------------------------------------------

    @property
    def kind(self) -> StoreKind:
        return StoreKind.KEYCHAIN

    @property
    def locked(self) -> bool:
        return False

    def as_lockable(self) -> LockableStore | None:
        return None

    def lock(self) -> None:
        """The system keychain locks itself; nothing to forget here."""

    def list(self) -> list[Connection]:
        with self._lock:
            return sorted(self.index.load().connections, key=lambda c: label_key(c.label))

    def get(self, connection_id: str) -> Connection:
        with self._lock:
            return self._find(self.index.load(), connection_id)

    def get_credentials(self, connection_id: str) -> Credentials:
        with self._lock:
            connection = self._find(self.index.load(), connection_id)
            blob = self._get(connection_id)
            if blob is None:
                raise SecretMissing(connection.label)
            return decode_secret(blob, connection.label)

    def get_many_credentials(self, connection_ids: Iterable[str]) -> dict[str, Credentials]:
        """One index read and one keychain batch for every id (:mod:`.keychain_batch`)."""
        with self._lock:
            labels = {c.id: c.label for c in self.index.load().connections}
            wanted = {i: labels[i] for i in connection_ids if i in labels}
            return read_credentials(self.backend, self.items, self.service, wanted)

    def add(
        self,
        label: str,
        region: Region,
        environment: Environment,
        credentials: Credentials,
        facts: Facts = Facts(),  # noqa: B008 - frozen dataclass
        *,
        added_on: date | None = None,
    ) -> Connection:
        with self._changing():
            data = self.index.load()
            connection = new_connection(
                self._new_id(),
                free_label(label, data.labels()),
                region,
                environment,
                credentials,
                facts,
                added_on or self._clock().date(),
            )
            blob = encode_secret(credentials)
            self._write_new(data, connection, blob)
            try:
                self.index.save(replace(data, connections=(*data.connections, connection)))
            except VaultError:
                self._undo_secret(connection.id)
                self._undo_index(data)
                raise
            log.info("added connection %s (%s)", connection.id, connection.masked_api_key)
            return connection

    def _write_new(self, data: IndexData, connection: Connection, blob: str) -> None:
        """Journals the new id, then writes its secret; on failure undoes both and re-raises.

        The caller then commits the index, undoing both itself if that fails."""
        journal = replace(data, pending=(*data.pending, Pending(PendingReason.ADD, connection)))
        self.index.save(journal)
        try:
            self._set(connection, blob)
        except VaultError:
            self._undo_secret(connection.id)
            self._undo_index(data)
            raise

    def update_facts(self, connection_id: str, facts: Facts) -> Connection:
        with self._changing():
            data = self.index.load()
            old = self._find(data, connection_id)
            new = replace(old, facts=dated(facts, old.key_created_on))
            if new != old:
                self.index.save(_swap(data, old, new))
                if new.key_created_on != old.key_created_on:
                    self._refresh_facts(new)
            return new

    def change_facts(self, changes: Mapping[str, FactsChange]) -> builtins.list[Connection]:
        with self._changing():
            data = self.index.load()
            updated: builtins.list[Connection] = []
            connections = []
            for old in data.connections:
                change = changes.get(old.id)
                new = old
                if change is not None:
                    new = replace(old, facts=dated(change(old.facts), old.key_created_on))
                    updated.append(new)
                connections.append(new)
            if tuple(connections) != data.connections:
                self.index.save(replace(data, connections=tuple(connections)))
            return updated

    def rename(self, connection_id: str, label: str) -> Connection:
        with self._changing():
            data = self.index.load()
            old = self._find(data, connection_id)
            label = free_label(label, data.labels(except_id=connection_id))
            new = replace(old, label=label)
            if new != old:
                self.index.save(_swap(data, old, new))
                self._refresh_facts(new)
            log.info("renamed connection %s", connection_id)
            return new

    def rotate(
        self,
        connection_id: str,
        credentials: Credentials,
        facts: Facts,
        *,
        region: Region | None = None,
        environment: Environment | None = None,
    ) -> Connection:
        with self._changing():
            check_credentials(credentials)
            blob = encode_secret(credentials)
            data = self.index.load()
            old = self._find(data, connection_id)
            new = Connection(
                id=self._new_id(),
                label=old.label,
                region=Region(region or old.region),
                environment=Environment(environment or old.environment),
                masked_api_key=masked(credentials),
                added_on=old.added_on,
                facts=dated(facts, self._clock().date()),
            )
            self._write_new(data, new, blob)
            swapped = _swap(data, old, new)
            committed = replace(
                swapped, pending=(*swapped.pending, Pending(PendingReason.REPLACED, old))
            )
            try:
                self.index.save(committed)
            except VaultError:
                self._undo_secret(new.id)
                self._undo_index(data)
                raise
            log.info("rotated connection %s -> %s (%s)", old.id, new.id, new.masked_api_key)
            try:
                self._delete(old.id)
            except VaultError:
                log.warning("old key of %s stays in the keychain; reported as a problem", new.id)
                return new
            self._undo_index(swapped)  # clears the journal; a stale record is harmless
            return new

    def delete(self, connection_id: str) -> None:
        with self._changing():
            data = self.index.load()
            old = self._find(data, connection_id)
            remaining = tuple(c for c in data.connections if c.id != connection_id)
            dropped = IndexData(remaining, data.pending)
            self.index.save(
                replace(dropped, pending=(*data.pending, Pending(PendingReason.DELETE, old)))
            )
            try:
                self._delete(connection_id)
            except VaultError:
                self._undo_index(data)
                raise
            self._undo_index(dropped)  # clears the journal; a stale record is harmless
            log.info("deleted connection %s", connection_id)

    def problems(self) -> builtins.list[Problem]:
        """Half-done changes (journal records whose item exists) and listed connections whose item
        is gone: ONE keychain search where the keychain can search, else one read per connection."""
        return builtins.list(self.scan().problems)

    def find_unlisted(self) -> builtins.list[Connection]:
        """Items of this app in the keychain that the list does not show (e.g. after the index
        was lost), as connections built from the facts each item carries; no secret is read.
        Empty where the keychain cannot search (macOS: see docs/vault.md)."""
        return builtins.list(self.scan().unlisted)

    def scan(self) -> KeychainScan:
        """:meth:`problems` and :meth:`find_unlisted` from ONE keychain search."""
        with self._changing():
            self.index.clean_temps()  # left by a killed writer; safe while holding the lock
            data = self.index.load()
            found = self._search()
            present = None if found is None else {item.username for item in found}

            def exists(connection_id: str) -> bool:
                if present is not None:
                    return connection_id in present
                return self._get(connection_id) is not None

            problems: builtins.list[Problem] = []
            kept: builtins.list[Pending] = []
            for record in data.pending:
                connection = record.connection
                if data.find(connection.id) is not None or not exists(connection.id):
                    continue  # nothing was left behind: forget the record
                kept.append(record)
                problems.append(orphan_problem(connection, record.reason))
            if len(kept) != len(data.pending):
                self._undo_index(replace(data, pending=tuple(kept)))
            problems += [missing_problem(c) for c in data.connections if not exists(c.id)]
            unlisted = unlisted_connections(data, found or [], self._clock().date())
            return KeychainScan(tuple(problems), tuple(unlisted))

    def restore_unlisted(self, ids: Iterable[str] | None = None) -> builtins.list[Connection]:
        """Lists again the unlisted items (``ids``: only those; None: all), in ONE index write.

        Each item's secret is read once to check it and to show its masked API key; an item
        whose secret is unreadable or not this app's is left where it is. Labels already taken
        get `` (2)``. Returns the connections added to the list."""
        wanted = None if ids is None else set(ids)
        with self._changing():
            data = self.index.load()
            candidates = unlisted_connections(data, self._search() or [], self._clock().date())
            taken = data.labels()
            restored: builtins.list[Connection] = []
            for candidate in candidates:
                if wanted is not None and candidate.id not in wanted:
                    continue
                blob = self._get(candidate.id)
                if blob is None:
                    continue  # deleted in the meantime
                try:
                    credentials = decode_secret(blob, candidate.label)
                except SecretCorrupt:
                    log.warning("keychain item %s is not this app's; left as it is", candidate.id)
                    continue
                label = unique_label(candidate.label, taken)
                taken.add(label_key(label))
                restored.append(replace(candidate, label=label, masked_api_key=masked(credentials)))
            if restored:
                self.index.save(replace(data, connections=(*data.connections, *restored)))
                log.info("restored %d connections found in the keychain", len(restored))
            for connection in restored:  # its facts now match the list (new label, older item)
                self._refresh_facts(connection)
            return restored

    def repair(self, problem: Problem, credentials: Credentials | None = None) -> Connection:
        with self._changing():
            data = self.index.load()
            if problem.kind is ProblemKind.ORPHAN_SECRET:
                record = self._record(data, problem)
                connection = replace(
                    record.connection, label=unique_label(record.connection.label, data.labels())
                )
                self.index.save(
                    IndexData(
                        (*data.connections, connection),
                        tuple(p for p in data.pending if p is not record),
                    )
                )
                return connection
            if credentials is None:
                raise TypeError("repairing a missing secret needs the credentials")
            check_credentials(credentials)
            old = self._find(data, problem.connection.id)
            new = replace(old, masked_api_key=masked(credentials))
            self._set(new, encode_secret(credentials))
            if new != old:
                self.index.save(_swap(data, old, new))
            return new

    def remove(self, problem: Problem) -> None:
        with self._changing():
            data = self.index.load()
            if problem.kind is ProblemKind.ORPHAN_SECRET:
                record = self._record(data, problem)
                self._delete(record.connection.id)
                self.index.save(
                    replace(data, pending=tuple(p for p in data.pending if p is not record))
                )
                return
            old = self._find(data, problem.connection.id)
            self.index.save(
                replace(data, connections=tuple(c for c in data.connections if c is not old))
            )

    # -- helpers --------------------------------------------------------------------------

    @staticmethod
    def _find(data: IndexData, connection_id: str) -> Connection:
        connection = data.find(connection_id)
        if connection is None:
            raise NotFound(connection_id)
        return connection

    @staticmethod
    def _record(data: IndexData, problem: Problem) -> Pending:
        for record in data.pending:
            if record.connection.id == problem.connection.id:
                return record
        raise NotFound(problem.connection.id)


def _swap(data: IndexData, old: Connection, new: Connection) -> IndexData:
    return replace(data, connections=tuple(new if c is old else c for c in data.connections))
