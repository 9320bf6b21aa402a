"""Backups: some or all connections in one encrypted file with its own password.

The file is a :mod:`gui.vault.crypto` container of kind BACKUP holding the JSON of
:mod:`gui.vault.payload` with format ``okx-key-manager/backup``.

- :func:`export_backup` refuses a weak password with the strength check's advice.
- :func:`read_backup` opens the file and returns a preview (:class:`BackupContents`: labels,
  regions, environments, masked keys, dates); it changes nothing. Any fault of the file (wrong
  password, truncated, tampered, foreign, newer version) is a specific :class:`VaultError`.
- :func:`import_backup` adds the chosen entries to a store; a label that already exists is
  skipped, replaced (a rotation of the existing connection) or kept as ``label (2)``. Import is
  all-or-nothing: on a failure, what it already did is undone, in reverse order. An imported
  connection's last check is marked ``elsewhere``: its status is the exporting computer's.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from functools import partial
from pathlib import Path

from gui.vault import crypto
from gui.vault.atomic import atomic_write
from gui.vault.crypto import ContainerKind, KdfParams, KdfPolicy
from gui.vault.errors import NoConnectionsChosen, ReadOnlyDataDir, UnlockCancelled, VaultError
from gui.vault.filevault import (
    check_new_password,
    container_refused,
    decode_document,
    read_container,
)
from gui.vault.index import Writer
from gui.vault.model import Connection, Facts, dumps, label_key, unique_label
from gui.vault.payload import Entry, encode_entries
from gui.vault.store import ConnectionStore, utc_now

log = logging.getLogger(__name__)

FORMAT = "okx-key-manager/backup"
FILE_SUFFIX = ".okxbackup"


class ClashPolicy(StrEnum):
    """What to do with a backup entry whose label is already used."""

    SKIP = "skip"
    REPLACE = "replace"  # the existing connection gets the backup's key (a rotation)
    KEEP_BOTH = "keep-both"  # imported as "label (2)"


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds. ``entries`` carry the secrets (never in repr)."""

    path: Path
    created_at: datetime
    entries: tuple[Entry, ...]

    @property
    def connections(self) -> tuple[Connection, ...]:
        """The preview: labels, regions, environments, masked keys, dates; no secrets."""
        return tuple(e.connection for e in self.entries)

    def clashes(self, store: ConnectionStore) -> tuple[Connection, ...]:
        """Backup entries whose label the store already uses."""
        taken = {label_key(c.label) for c in store.list()}
        return tuple(c for c in self.connections if label_key(c.label) in taken)


@dataclass(frozen=True)
class ImportResult:
    added: tuple[Connection, ...] = ()
    replaced: tuple[Connection, ...] = ()
    skipped: tuple[Connection, ...] = ()  # the backup's entries that were not imported


def export_backup(
    store: ConnectionStore,
    path: Path,
    password: str,
    connection_ids: Iterable[str] | None = None,
    *,
    params: KdfParams = crypto.DEFAULT_KDF,
    policy: KdfPolicy = crypto.STRICT_POLICY,
    clock: Callable[[], datetime] = utc_now,
    writer: Writer = atomic_write,
) -> int:
    """Writes the chosen connections (all when ``connection_ids`` is None); returns how many."""
    check_new_password(password)
    ids = [c.id for c in store.list()] if connection_ids is None else list(connection_ids)
    if not ids:
        raise NoConnectionsChosen()
    entries = [Entry(store.get(i), store.get_credentials(i)) for i in ids]
    document = encode_entries(FORMAT, entries, clock(), app="okx-key-manager")
    sealed = crypto.seal_with_password(
        dumps(document), password, ContainerKind.BACKUP, params, policy=policy
    )
    try:
        writer(path, sealed)
    except OSError as exc:
        raise ReadOnlyDataDir(path.parent, exc.strerror or type(exc).__name__) from None
    log.info("exported %d connections to %s", len(entries), path)
    return len(entries)


def read_backup(
    path: Path,
    password: str,
    *,
    policy: KdfPolicy = crypto.STRICT_POLICY,
    cancel: threading.Event | None = None,
) -> BackupContents:
    """Opens a backup for preview (one Argon2id run, cancellable with ``cancel``: then
    :class:`UnlockCancelled`); changes nothing anywhere."""
    data = read_container(path)
    try:
        plaintext, key = crypto.open_with_password(
            data, password, ContainerKind.BACKUP, policy=policy, cancel=cancel
        )
    except crypto.Cancelled:
        raise UnlockCancelled() from None
    except crypto.ContainerError as exc:
        log.info("backup refused: %s", type(exc).__name__)
        raise container_refused(path, exc) from None
    key.wipe()
    created_at, entries = decode_document(plaintext, FORMAT, path)
    return BackupContents(path, created_at, entries)


def imported_facts(facts: Facts) -> Facts:
    """The facts as this computer keeps them: the last check is the exporting computer's."""
    check = facts.last_check
    if check is None or check.elsewhere:
        return facts
    return replace(facts, last_check=replace(check, elsewhere=True))


def import_backup(
    store: ConnectionStore,
    contents: BackupContents,
    policy: ClashPolicy = ClashPolicy.SKIP,
    *,
    choices: Mapping[str, ClashPolicy] | None = None,
    only: Iterable[str] | None = None,
) -> ImportResult:
    """Imports the backup's entries (``only``: their ids) into ``store``; all or nothing.

    ``choices`` maps a backup entry's id to what to do on a label clash; others use ``policy``.
    """
    wanted = None if only is None else set(only)
    existing = {label_key(c.label): c for c in store.list()}
    taken = set(existing)
    added: list[Connection] = []
    replaced: list[Connection] = []
    skipped: list[Connection] = []
    undo: list[Callable[[], object]] = []
    try:
        for entry in contents.entries:
            source = entry.connection
            if wanted is not None and source.id not in wanted:
                skipped.append(source)
                continue
            clash = existing.get(label_key(source.label))
            choice = (choices or {}).get(source.id, policy) if clash else None
            if clash is not None and choice is ClashPolicy.SKIP:
                skipped.append(source)
            elif clash is not None and choice is ClashPolicy.REPLACE:
                old_credentials = store.get_credentials(clash.id)
                new = store.rotate(
                    clash.id,
                    entry.credentials,
                    imported_facts(source.facts),
                    region=source.region,
                    environment=source.environment,
                )
                undo.append(
                    partial(
                        store.rotate,
                        new.id,
                        old_credentials,
                        clash.facts,
                        region=clash.region,
                        environment=clash.environment,
                    )
                )
                existing[label_key(new.label)] = new
                replaced.append(new)
            else:
                label = unique_label(source.label, taken)
                new = store.add(
                    label,
                    source.region,
                    source.environment,
                    entry.credentials,
                    imported_facts(source.facts),
                    added_on=source.added_on,
                )
                undo.append(partial(store.delete, new.id))
                taken.add(label_key(label))
                added.append(new)
    except BaseException:
        log.warning("import failed after %d changes; undoing them", len(undo))
        for action in reversed(undo):
            with contextlib.suppress(VaultError):
                action()
        raise
    log.info("imported %d, replaced %d, skipped %d", len(added), len(replaced), len(skipped))
    return ImportResult(tuple(added), tuple(replaced), tuple(skipped))
