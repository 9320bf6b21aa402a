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
import json
import logging
import secrets
import threading
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from keyring.errors import KeyringError, PasswordDeleteError

from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.vault.atomic import atomic_write
from gui.vault.errors import (
    KeychainUnavailable,
    LabelTaken,
    NotFound,
    SecretCorrupt,
    SecretMissing,
    SecretTooLarge,
    VaultError,
)
from gui.vault.filelock import ChangeLock
from gui.vault.index import IndexData, IndexFile, Pending, PendingReason, Writer
from gui.vault.model import (
    Connection,
    Facts,
    Malformed,
    check_credentials,
    clean_label,
    credentials_from_json,
    credentials_to_json,
    label_key,
    loads_object,
    masked,
    unique_label,
)
from gui.vault.store import (
    SERVICE,
    FactsChange,
    LockableStore,
    Problem,
    ProblemKind,
    StoreKind,
    missing_problem,
    orphan_problem,
    utc_now,
)

log = logging.getLogger(__name__)

LOCK_FILE_NAME = "connections.lock"
MAX_ITEM_CHARS = 1000  # Windows Credential Manager: 1,280 characters; keep a margin
SECRET_FORMAT_VERSION = 1
# keyring's own errors (NoKeyringError, InitError, KeyringLocked, PasswordSetError...), and what
# D-Bus or Windows calls raise under them.
KEYCHAIN_ERRORS: tuple[type[BaseException], ...] = (KeyringError, RuntimeError, OSError)


class KeyringLike(Protocol):
    """The three calls of a ``keyring`` backend this store uses."""

    def get_password(self, service: str, username: str) -> str | None: ...

    def set_password(self, service: str, username: str, password: str) -> None: ...

    def delete_password(self, service: str, username: str) -> None: ...


def new_connection_id() -> str:
    """A random id (never the label): 128 bits, hex."""
    return secrets.token_hex(16)


def encode_secret(credentials: Credentials) -> str:
    """The keychain item: compact JSON; raises SecretTooLarge beyond MAX_ITEM_CHARS."""
    blob = json.dumps(
        {"v": SECRET_FORMAT_VERSION, **credentials_to_json(credentials)}, separators=(",", ":")
    )
    if len(blob) > MAX_ITEM_CHARS:
        raise SecretTooLarge()
    return blob


def decode_secret(blob: str, label: str) -> Credentials:
    try:
        doc = loads_object(blob.encode("utf-8", "surrogatepass"), "the keychain item")
        if doc.get("v") != SECRET_FORMAT_VERSION:
            raise Malformed("unknown keychain item version")
        return credentials_from_json(doc, "the keychain item")
    except (Malformed, UnicodeError):
        raise SecretCorrupt(label) from None


def probe_keychain(backend: KeyringLike, service: str = SERVICE) -> None:
    """Raises KeychainUnavailable unless ``backend`` answers a harmless lookup."""
    module = type(backend).__module__
    if module.startswith("keyring.backends.fail"):
        raise KeychainUnavailable("NoKeyringError")
    try:
        backend.get_password(service, "probe-" + secrets.token_hex(4))
    except KEYCHAIN_ERRORS as exc:
        log.info("system keychain unusable: %s", type(exc).__name__)
        raise KeychainUnavailable(type(exc).__name__) from None


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
        except KEYCHAIN_ERRORS as exc:
            raise self._unavailable("read", exc) from None

    def _set(self, connection_id: str, blob: str) -> None:
        try:
            self.backend.set_password(self.service, connection_id, blob)
        except KEYCHAIN_ERRORS as exc:
            raise self._unavailable("write", exc) from None

    def _delete(self, connection_id: str) -> None:
        """Deletes the item; an item that is already gone counts as deleted."""
        try:
            self.backend.delete_password(self.service, connection_id)
        except KEYCHAIN_ERRORS as exc:
            if isinstance(exc, PasswordDeleteError) and self._get(connection_id) is None:
                return
            raise self._unavailable("delete", exc) from None

    def _unavailable(self, action: str, exc: BaseException) -> KeychainUnavailable:
        log.warning("keychain %s failed: %s", action, type(exc).__name__)
        return KeychainUnavailable(type(exc).__name__)

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
            label = clean_label(label)
            check_credentials(credentials)
            blob = encode_secret(credentials)
            data = self.index.load()
            if label_key(label) in data.labels():
                raise LabelTaken(label)
            today = self._clock().date()
            connection = Connection(
                id=self._new_id(),
                label=label,
                region=Region(region),
                environment=Environment(environment),
                masked_api_key=masked(credentials),
                added_on=added_on or today,
                facts=_dated(facts, added_on or today),
            )
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
            self._set(connection.id, blob)
        except VaultError:
            self._undo_secret(connection.id)
            self._undo_index(data)
            raise

    def update_facts(self, connection_id: str, facts: Facts) -> Connection:
        with self._changing():
            data = self.index.load()
            old = self._find(data, connection_id)
            new = replace(old, facts=_dated(facts, old.key_created_on))
            if new != old:
                self.index.save(_swap(data, old, new))
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
                    new = replace(old, facts=_dated(change(old.facts), old.key_created_on))
                    updated.append(new)
                connections.append(new)
            if tuple(connections) != data.connections:
                self.index.save(replace(data, connections=tuple(connections)))
            return updated

    def rename(self, connection_id: str, label: str) -> Connection:
        with self._changing():
            label = clean_label(label)
            data = self.index.load()
            old = self._find(data, connection_id)
            if label_key(label) in data.labels(except_id=connection_id):
                raise LabelTaken(label)
            new = replace(old, label=label)
            if new != old:
                self.index.save(_swap(data, old, new))
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
                facts=_dated(facts, self._clock().date()),
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
        with self._changing():
            self.index.clean_temps()  # left by a killed writer; safe while holding the lock
            data = self.index.load()
            found: builtins.list[Problem] = []
            kept: builtins.list[Pending] = []
            for record in data.pending:
                connection = record.connection
                if data.find(connection.id) is not None or self._get(connection.id) is None:
                    continue  # nothing was left behind: forget the record
                kept.append(record)
                found.append(orphan_problem(connection, record.reason))
            if len(kept) != len(data.pending):
                self._undo_index(replace(data, pending=tuple(kept)))
            for connection in data.connections:
                if self._get(connection.id) is None:
                    found.append(missing_problem(connection))
            return found

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
            self._set(old.id, encode_secret(credentials))
            new = replace(old, masked_api_key=masked(credentials))
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


def _dated(facts: Facts, default: date) -> Facts:
    return facts if facts.key_created_on else replace(facts, key_created_on=default)


def _swap(data: IndexData, old: Connection, new: Connection) -> IndexData:
    return replace(data, connections=tuple(new if c is old else c for c in data.connections))
