"""The JSON inside an encrypted container: connections with their secrets.

Shared by the vault file (``okx-key-manager/vault``) and backups (``okx-key-manager/backup``):

    {"format": ..., "version": 1, "created_at": "2026-...Z",
     "connections": [{"connection": {...non-secret...},
                      "secrets": {"api_key": ..., "secret_key": ..., "passphrase": ...}}]}

:func:`decode_entries` validates everything and raises :class:`~gui.vault.model.Malformed` naming
the field, never a value.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from gui.okx.signing import Credentials
from gui.vault.model import (
    Connection,
    Malformed,
    connection_from_json,
    connection_to_json,
    credentials_from_json,
    credentials_to_json,
    label_key,
    masked,
)

VERSION = 1
MAX_ENTRIES = 10_000


@dataclass(frozen=True)
class Entry:
    """One connection with its secrets. ``repr`` shows only the non-secret part."""

    connection: Connection
    credentials: Credentials = field(repr=False)


def encode_entries(
    fmt: str, entries: Iterable[Entry], created_at: datetime, **extra: Any
) -> dict[str, Any]:
    return {
        "format": fmt,
        "version": VERSION,
        "created_at": created_at.isoformat(),
        "connections": [
            {
                "connection": connection_to_json(e.connection),
                "secrets": credentials_to_json(e.credentials),
            }
            for e in entries
        ],
        **extra,
    }


def decode_entries(doc: Mapping[str, Any], where: str) -> tuple[datetime, tuple[Entry, ...]]:
    """Entries of a version-1 document (the caller checked format and version)."""
    try:
        created_at = datetime.fromisoformat(str(doc.get("created_at")))
    except ValueError:
        raise Malformed(f"{where}: 'created_at' is not a time") from None
    items = doc.get("connections")
    if not isinstance(items, list) or len(items) > MAX_ENTRIES:
        raise Malformed(f"{where}: 'connections' is not a list")
    entries: list[Entry] = []
    for n, item in enumerate(items):
        at = f"{where}, connection {n + 1}"
        if not isinstance(item, dict):
            raise Malformed(f"{at} is not an object")
        connection = connection_from_json(item.get("connection"), at)
        credentials = credentials_from_json(item.get("secrets"), at)
        if connection.masked_api_key != masked(credentials):
            raise Malformed(f"{at}: the API key does not match its masked form")
        entries.append(Entry(connection, credentials))
    if len({e.connection.id for e in entries}) != len(entries):
        raise Malformed(f"{where} lists one id twice")
    if len({label_key(e.connection.label) for e in entries}) != len(entries):
        raise Malformed(f"{where} lists one name twice")
    return created_at, tuple(entries)
