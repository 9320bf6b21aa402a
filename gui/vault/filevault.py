"""Connections in one encrypted vault file, protected by a master password.

Used when no system keychain works, or when the user wants a portable vault. The file is a
:mod:`gui.vault.crypto` container of kind VAULT holding the JSON of :mod:`gui.vault.payload`,
version 2: each entry's secrets are sealed again on their own.

- Unlocking runs Argon2id ONCE; the :class:`~gui.vault.crypto.UnlockedKey` is kept until
  :meth:`FileVaultStore.lock`, which wipes it.
- Listing and status reads (``list``, ``get``, ``problems``) decrypt the container but no
  entry's secrets; only :meth:`FileVaultStore.get_credentials` opens ONE entry.
- Every change reads the file, decrypts it with the kept key, changes it, seals it again with a
  fresh nonce and replaces the file atomically: each change is all-or-nothing, so a vault file
  never has problems to report. Unchanged entries keep their sealed secrets as they are.
- A version-1 file (secrets inline) is read as well and rewritten as version 2 when unlocked (if
  the folder cannot be written, it keeps working as version 1).
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
from gui.paths import read_regular_file
from gui.vault import crypto
from gui.vault.atomic import atomic_write, remove_stale_temps
from gui.vault.crypto import ContainerKind, KdfParams, KdfPolicy, UnlockedKey
from gui.vault.errors import (
    FileMissing,
    FileTooNew,
    FileUnreadable,
    NotFound,
    PasswordRejected,
    PasswordTooWeak,
    PayloadCorrupt,
    ReadOnlyDataDir,
    UnlockCancelled,
    VaultExists,
    VaultLocked,
)
from gui.vault.filelock import ChangeLock
from gui.vault.index import Writer
from gui.vault.keychain import new_connection_id
from gui.vault.model import (
    Connection,
    Facts,
    Malformed,
    check_credentials,
    check_format,
    dated,
    dumps,
    free_label,
    label_key,
    loads_object,
    masked,
    new_connection,
)
from gui.vault.payload import (
    SEALED_VERSION,
    VERSION,
    Entry,
    SealedEntry,
    decode_entries,
    decode_sealed_entries,
    encode_sealed_entries,
    open_credentials,
    seal_credentials,
)
from gui.vault.store import (
    FactsChange,
    LockableStore,
    Problem,
    StoreKind,
    StoreScan,
    utc_now,
)

log = logging.getLogger(__name__)

FORMAT = "okx-key-manager/vault"
MAX_FILE_BYTES = 64 * 1024 * 1024


def read_container(path: Path) -> bytes:
    """The raw bytes of a vault or backup file; raises FileMissing."""
    try:
        return read_regular_file(path, MAX_FILE_BYTES)  # a FIFO or device refused, unread
    except OSError as exc:
        raise FileMissing(path, exc.strerror or type(exc).__name__) from None


def container_refused(path: Path, exc: crypto.ContainerError) -> FileUnreadable:
    """The vault error for a container error (the container's specific message kept)."""
    if isinstance(exc, crypto.WrongPassword):
        return PasswordRejected(path, exc)
    return FileUnreadable(path, exc)


def check_new_password(password: str) -> None:
    try:
        crypto.check_password_strength(password)
    except crypto.WeakPassword as exc:
        raise PasswordTooWeak(exc.message) from None


def decode_document(plaintext: bytes, fmt: str, path: Path) -> tuple[datetime, tuple[Entry, ...]]:
    """Validates decrypted version-1 JSON of ``fmt`` (backups); raises PayloadCorrupt or
    FileTooNew."""
    try:
        doc = loads_object(plaintext, "the contents")
        version = check_format(doc, fmt, "the contents")
        if version > VERSION:
            raise FileTooNew(path, version)
        return decode_entries(doc, "the contents")
    except Malformed as exc:
        raise PayloadCorrupt(path, str(exc)) from None


def decode_vault(
    plaintext: bytes, path: Path, key: UnlockedKey
) -> tuple[int, tuple[SealedEntry, ...]]:
    """The entries of a decrypted vault file and its payload version. Version 2 decrypts no
    secret; version 1 (secrets inline) is sealed entry by entry with ``key`` on the way in."""
    try:
        doc = loads_object(plaintext, "the contents")
        version = check_format(doc, FORMAT, "the contents")
        if version > SEALED_VERSION:
            raise FileTooNew(path, version)
        if version == SEALED_VERSION:
            return version, decode_sealed_entries(doc, "the contents")[1]
        entries = decode_entries(doc, "the contents")[1]
    except Malformed as exc:
        raise PayloadCorrupt(path, str(exc)) from None
    return version, tuple(
        SealedEntry(e.connection, seal_credentials(key, e.connection, e.credentials))
        for e in entries
    )


class FileVaultStore:
    """A :class:`~gui.vault.store.ConnectionStore` in one encrypted file. Starts locked."""

    def __init__(
        self,
        path: Path,
        *,
        clock: Callable[[], datetime] = utc_now,
        new_id: Callable[[], str] = new_connection_id,
        params: KdfParams = crypto.DEFAULT_KDF,
        policy: KdfPolicy = crypto.STRICT_POLICY,
        writer: Writer = atomic_write,
    ) -> None:
        self.path = path
        self._clock = clock
        self._new_id = new_id
        self._params = params
        self._policy = policy
        self._writer = writer
        self._key: UnlockedKey | None = None
        self._lock = threading.RLock()
        self._changing = ChangeLock(path.with_name(path.name + ".lock"), self._lock)

    def __repr__(self) -> str:
        state = "locked" if self.locked else "unlocked"
        return f"FileVaultStore({str(self.path)!r}, {state})"

    @classmethod
    def create(
        cls,
        path: Path,
        password: str,
        *,
        clock: Callable[[], datetime] = utc_now,
        new_id: Callable[[], str] = new_connection_id,
        params: KdfParams = crypto.DEFAULT_KDF,
        policy: KdfPolicy = crypto.STRICT_POLICY,
        writer: Writer = atomic_write,
    ) -> FileVaultStore:
        """A new, empty, unlocked vault file. Refuses a weak password or an existing file."""
        check_new_password(password)
        if path.exists():
            raise VaultExists(path)
        store = cls(path, clock=clock, new_id=new_id, params=params, policy=policy, writer=writer)
        store._key = crypto.new_key(password, params)
        try:
            with store._changing():
                if path.exists():
                    raise VaultExists(path)
                store._write(())
        except BaseException:
            store.lock()
            raise
        log.info("created vault file %s", path)
        return store

    # -- locking ------------------------------------------------------------------------------

    @property
    def kind(self) -> StoreKind:
        return StoreKind.VAULT_FILE

    @property
    def locked(self) -> bool:
        return self._key is None

    def as_lockable(self) -> LockableStore:
        return self

    def unlock(self, password: str, *, cancel: threading.Event | None = None) -> None:
        """One Argon2id run. Raises PasswordRejected, FileUnreadable, PayloadCorrupt...

        ``cancel``: setting it makes this raise :class:`UnlockCancelled` within ~50 ms, the vault
        staying locked (the hashing finishes unseen in a daemon thread; see crypto.derive)."""
        with self._lock:
            data = read_container(self.path)
            try:
                plaintext, key = crypto.open_with_password(
                    data, password, ContainerKind.VAULT, policy=self._policy, cancel=cancel
                )
            except crypto.Cancelled:
                log.info("vault unlock cancelled")
                raise UnlockCancelled() from None
            except crypto.ContainerError as exc:
                log.info("vault file refused: %s", type(exc).__name__)
                raise container_refused(self.path, exc) from None
            try:
                version, _entries = decode_vault(plaintext, self.path, key)
            except BaseException:
                key.wipe()
                raise
            finally:
                del plaintext
            self.lock()
            self._key = key
            with contextlib.suppress(ReadOnlyDataDir), self._changing():
                remove_stale_temps(self.path.parent, self.path.name)  # left by a killed writer
                if version < SEALED_VERSION:
                    self._write(self._read())  # rewritten as version 2
                    log.info("vault file rewritten in format version %d", SEALED_VERSION)
            log.info("vault file unlocked")

    def lock(self) -> None:
        with self._lock:
            if self._key is not None:
                self._key.wipe()
                self._key = None

    def change_password(self, new_password: str) -> None:
        """Re-seals the vault under a new password (fresh salt; one Argon2id run); each entry's
        secrets are opened and sealed again one at a time."""
        check_new_password(new_password)
        with self._changing():
            entries = self._read()
            old = self._unlocked_key()
            new = crypto.new_key(new_password, self._params)
            try:
                resealed = tuple(_reseal(e, old, new) for e in entries)
                self._key = new
                self._write(resealed)
            except BaseException:
                new.wipe()
                self._key = old
                raise
            old.wipe()

    # -- file I/O -----------------------------------------------------------------------------

    def _unlocked_key(self) -> UnlockedKey:
        if self._key is None:
            raise VaultLocked()
        return self._key

    def _read(self) -> tuple[SealedEntry, ...]:
        key = self._unlocked_key()
        data = read_container(self.path)
        try:
            plaintext = crypto.open_sealed(data, key, ContainerKind.VAULT, policy=self._policy)
        except crypto.ContainerError as exc:
            raise container_refused(self.path, exc) from None
        return decode_vault(plaintext, self.path, key)[1]

    def _seal(self, connection: Connection, credentials: Credentials) -> SealedEntry:
        return SealedEntry(
            connection, seal_credentials(self._unlocked_key(), connection, credentials)
        )

    def _write(self, entries: tuple[SealedEntry, ...]) -> None:
        key = self._unlocked_key()
        document = encode_sealed_entries(FORMAT, entries, self._clock())
        sealed = crypto.seal(dumps(document), key, ContainerKind.VAULT, policy=self._policy)
        try:
            self._writer(self.path, sealed)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise ReadOnlyDataDir(self.path.parent, reason) from None

    # -- ConnectionStore ----------------------------------------------------------------------

    def list(self) -> builtins.list[Connection]:
        with self._lock:
            return sorted((e.connection for e in self._read()), key=lambda c: label_key(c.label))

    def get(self, connection_id: str) -> Connection:
        with self._lock:
            return _find(self._read(), connection_id).connection

    def get_credentials(self, connection_id: str) -> Credentials:
        """Decrypts the secrets of this ONE connection (no other entry's)."""
        with self._lock:
            entry = _find(self._read(), connection_id)
            try:
                return open_credentials(self._unlocked_key(), entry)
            except (crypto.ContainerError, Malformed):
                detail = f"the secrets of “{entry.connection.label}” cannot be decrypted"
                raise PayloadCorrupt(self.path, detail) from None

    def get_many_credentials(self, connection_ids: Iterable[str]) -> dict[str, Credentials]:
        """One read of the vault file, then each wanted entry's secrets decrypted."""
        wanted = set(connection_ids)
        found: dict[str, Credentials] = {}
        with self._lock:
            key = self._unlocked_key()
            for entry in self._read():
                if entry.connection.id in wanted:
                    with contextlib.suppress(crypto.ContainerError, Malformed):
                        found[entry.connection.id] = open_credentials(key, entry)
        return found

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
            entries = self._read()
            connection = new_connection(
                self._new_id(),
                free_label(label, _labels(entries)),
                region,
                environment,
                credentials,
                facts,
                added_on or self._clock().date(),
            )
            self._write((*entries, self._seal(connection, credentials)))
            log.info("added connection %s (%s)", connection.id, connection.masked_api_key)
            return connection

    def update_facts(self, connection_id: str, facts: Facts) -> Connection:
        with self._changing():
            entries = self._read()
            old = _find(entries, connection_id)
            new = replace(old.connection, facts=dated(facts, old.connection.key_created_on))
            if new != old.connection:
                self._write(_swap(entries, old, SealedEntry(new, old.sealed)))
            return new

    def change_facts(self, changes: Mapping[str, FactsChange]) -> builtins.list[Connection]:
        with self._changing():
            entries = self._read()
            updated: builtins.list[Connection] = []
            changed = []
            for entry in entries:
                change = changes.get(entry.connection.id)
                if change is not None:
                    old = entry.connection
                    new = replace(old, facts=dated(change(old.facts), old.key_created_on))
                    updated.append(new)
                    entry = SealedEntry(new, entry.sealed)
                changed.append(entry)
            if tuple(changed) != entries:
                self._write(tuple(changed))
            return updated

    def rename(self, connection_id: str, label: str) -> Connection:
        with self._changing():
            entries = self._read()
            old = _find(entries, connection_id)
            label = free_label(label, _labels(entries, except_id=connection_id))
            new = replace(old.connection, label=label)
            if new != old.connection:
                self._write(_swap(entries, old, SealedEntry(new, old.sealed)))
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
            entries = self._read()
            old = _find(entries, connection_id).connection
            new = Connection(
                id=self._new_id(),
                label=old.label,
                region=Region(region or old.region),
                environment=Environment(environment or old.environment),
                masked_api_key=masked(credentials),
                added_on=old.added_on,
                facts=dated(facts, self._clock().date()),
            )
            self._write(_swap(entries, _find(entries, old.id), self._seal(new, credentials)))
            log.info("rotated connection %s -> %s (%s)", old.id, new.id, new.masked_api_key)
            return new

    def delete(self, connection_id: str) -> None:
        with self._changing():
            entries = self._read()
            _find(entries, connection_id)
            self._write(tuple(e for e in entries if e.connection.id != connection_id))
            log.info("deleted connection %s", connection_id)

    def problems(self) -> builtins.list[Problem]:
        """A vault file changes all-or-nothing: there is never a half-saved connection."""
        with self._lock:
            self._read()
            return []

    def scan(self) -> StoreScan:
        """A vault file has no problems and no unlisted secrets (one all-or-nothing file)."""
        return StoreScan(tuple(self.problems()))

    def restore_unlisted(self, ids: Iterable[str] | None = None) -> builtins.list[Connection]:
        return []

    def repair(self, problem: Problem, credentials: Credentials | None = None) -> Connection:
        raise NotFound(problem.connection.id)

    def remove(self, problem: Problem) -> None:
        raise NotFound(problem.connection.id)


def _reseal(entry: SealedEntry, old: UnlockedKey, new: UnlockedKey) -> SealedEntry:
    """The entry's secrets sealed under ``new`` (a changed password): opened one at a time."""
    return SealedEntry(
        entry.connection, seal_credentials(new, entry.connection, open_credentials(old, entry))
    )


def _find(entries: tuple[SealedEntry, ...], connection_id: str) -> SealedEntry:
    for entry in entries:
        if entry.connection.id == connection_id:
            return entry
    raise NotFound(connection_id)


def _labels(entries: tuple[SealedEntry, ...], *, except_id: str | None = None) -> set[str]:
    return {label_key(e.connection.label) for e in entries if e.connection.id != except_id}


def _swap(
    entries: tuple[SealedEntry, ...], old: SealedEntry, new: SealedEntry
) -> tuple[SealedEntry, ...]:
    return tuple(new if e is old else e for e in entries)
