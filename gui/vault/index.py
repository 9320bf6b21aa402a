"""The index file: non-secret facts about each connection kept in the keychain.

Versioned JSON in the user's data directory, replaced atomically (see :mod:`gui.vault.atomic`).
Besides the connections it holds a small journal, ``pending``: the non-secret record of a keychain
item being added, replaced or deleted. A journal entry outlives its operation only if the process
died or the keychain failed half-way; :class:`~gui.vault.keychain.KeychainStore` turns such
leftovers into problems the user resolves. Where the keychain can search (Secret Service,
Windows), an item that even the journal lost is found by the search too
(:meth:`~gui.vault.keychain.KeychainStore.find_unlisted`); on macOS the journal is the only way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from gui.paths import read_regular_file
from gui.vault.atomic import atomic_write, remove_stale_temps
from gui.vault.errors import IndexCorrupt, IndexTooNew, ReadOnlyDataDir
from gui.vault.model import (
    Connection,
    Malformed,
    check_format,
    connection_from_json,
    connection_to_json,
    dumps,
    label_key,
    loads_object,
)

log = logging.getLogger(__name__)

FORMAT = "okx-key-manager/index"
VERSION = 1
FILE_NAME = "connections.json"
MAX_BYTES = 16 * 1024 * 1024

Writer = Callable[[Path, bytes], None]


class PendingReason(StrEnum):
    ADD = "add"  # a secret is being written for this new connection
    REPLACED = "replaced"  # the connection got a new key; this old secret is being removed
    DELETE = "delete"  # the user deleted the connection; its secret is being removed


@dataclass(frozen=True)
class Pending:
    """A journal record: which keychain item may exist without an index entry, and why."""

    reason: PendingReason
    connection: Connection


@dataclass(frozen=True)
class IndexData:
    connections: tuple[Connection, ...] = ()
    pending: tuple[Pending, ...] = ()

    def find(self, connection_id: str) -> Connection | None:
        return next((c for c in self.connections if c.id == connection_id), None)

    def labels(self, *, except_id: str | None = None) -> set[str]:
        return {label_key(c.label) for c in self.connections if c.id != except_id}


def encode(data: IndexData) -> bytes:
    return dumps(
        {
            "format": FORMAT,
            "version": VERSION,
            "connections": [connection_to_json(c) for c in data.connections],
            "pending": [
                {"reason": p.reason.value, "connection": connection_to_json(p.connection)}
                for p in data.pending
            ],
        }
    )


def decode(raw: bytes, path: Path) -> IndexData:
    """Parses index bytes; raises IndexCorrupt or IndexTooNew, nothing else."""
    try:
        doc = loads_object(raw, "the index")
        version = check_format(doc, FORMAT, "the index")
        if version > VERSION:
            raise IndexTooNew(path, version)
        return _decode_v1(doc)
    except Malformed as exc:
        raise IndexCorrupt(path, str(exc)) from None


def _decode_v1(doc: Any) -> IndexData:
    connections = doc.get("connections")
    pending = doc.get("pending", [])
    if not isinstance(connections, list) or not isinstance(pending, list):
        raise Malformed("the index: 'connections' or 'pending' is not a list")
    items = tuple(connection_from_json(c, f"connection {n + 1}") for n, c in enumerate(connections))
    ids = [c.id for c in items]
    if len(set(ids)) != len(ids):
        raise Malformed("the index lists one id twice")
    if len({label_key(c.label) for c in items}) != len(items):
        raise Malformed("the index lists one label twice")
    records: list[Pending] = []
    for n, p in enumerate(pending):
        where = f"journal entry {n + 1}"
        if not isinstance(p, dict):
            raise Malformed(f"{where} is not an object")
        try:
            reason = PendingReason(str(p.get("reason")))
        except ValueError:
            raise Malformed(f"{where}: 'reason' is not a known value") from None
        records.append(Pending(reason, connection_from_json(p.get("connection"), where)))
    return IndexData(items, tuple(records))


class IndexFile:
    """Loads and atomically saves the index at ``directory/connections.json``."""

    def __init__(self, directory: Path, *, writer: Writer = atomic_write) -> None:
        self.directory = directory
        self.path = directory / FILE_NAME
        self._writer = writer

    def load(self) -> IndexData:
        """The saved index; empty when there is none yet."""
        try:
            raw = read_regular_file(self.path, MAX_BYTES + 1)  # a FIFO or device refused
        except FileNotFoundError:
            return IndexData()
        except NotADirectoryError:
            return IndexData()  # the data directory cannot exist yet; saving will explain
        except OSError as exc:
            raise IndexCorrupt(self.path, exc.strerror or type(exc).__name__) from None
        if len(raw) > MAX_BYTES:
            raise IndexCorrupt(self.path, "the file is too large")
        return decode(raw, self.path)

    def save(self, data: IndexData) -> None:
        """Replaces the index; on failure the old file stays as it was."""
        try:
            self._writer(self.path, encode(data))
        except ReadOnlyDataDir:
            raise
        except OSError as exc:
            raise ReadOnlyDataDir(self.directory, exc.strerror or type(exc).__name__) from None
        log.debug(
            "index saved: %d connections, %d pending", len(data.connections), len(data.pending)
        )

    def clean_temps(self) -> None:
        remove_stale_temps(self.directory, FILE_NAME)
