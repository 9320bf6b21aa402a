"""The JSON inside an encrypted container: connections with their secrets.

Version 1, backups (``okx-key-manager/backup``) and vault files written before version 2
(``okx-key-manager/vault``), secrets inline:

    {"format": ..., "version": 1, "created_at": "2026-...Z",
     "connections": [{"connection": {...non-secret...},
                      "secrets": {"api_key": ..., "secret_key": ..., "passphrase": ...}}]}

Version 2, vault files: each entry's secrets sealed on their own (:class:`SealedEntry`), so
reading the list decrypts no secret; only :func:`open_credentials` of one entry does:

    {"format": "okx-key-manager/vault", "version": 2, "created_at": ...,
     "connections": [{"connection": {...non-secret...}, "sealed": "<base64>"}]}

``sealed`` = nonce (12 bytes) + AES-256-GCM ciphertext + tag (16 bytes) of the compact JSON
``{"api_key","passphrase","secret_key"}`` under the entry subkey of the unlocked key
(:meth:`~gui.vault.crypto.UnlockedKey.seal_entry`), with the associated data
:func:`entry_associated_data` (binds the secrets to their connection id). docs/vault-format.md
describes it byte by byte.

The decoders validate everything and raise :class:`~gui.vault.model.Malformed` naming the field,
never a value.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from gui.okx.signing import Credentials
from gui.vault.crypto import UnlockedKey
from gui.vault.model import (
    Connection,
    Malformed,
    connection_from_json,
    connection_to_json,
    credentials_from_json,
    credentials_to_json,
    dumps,
    label_key,
    loads_object,
    masked,
)

VERSION = 1
"""Secrets inline: backups, and vault files of earlier versions (read, then rewritten as 2)."""
SEALED_VERSION = 2
"""Each entry's secrets sealed on their own: vault files."""
MAX_ENTRIES = 10_000
MAX_SEALED_BYTES = 4096
ENTRY_AAD_PREFIX = b"okx-key-manager/vault entry\x00"


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
    created_at, items = _created_and_items(doc, where)
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
    _check_unique([e.connection for e in entries], where)
    return created_at, tuple(entries)


@dataclass(frozen=True)
class SealedEntry:
    """One connection with its secrets still sealed (version 2). ``repr`` hides the blob."""

    connection: Connection
    sealed: bytes = field(repr=False)


def entry_associated_data(connection_id: str) -> bytes:
    """What binds a sealed entry to its connection: moved to another id, it does not open."""
    return ENTRY_AAD_PREFIX + connection_id.encode("utf-8")


def seal_credentials(key: UnlockedKey, connection: Connection, credentials: Credentials) -> bytes:
    plaintext = dumps(credentials_to_json(credentials))
    return key.seal_entry(plaintext, entry_associated_data(connection.id))


def open_credentials(key: UnlockedKey, entry: SealedEntry) -> Credentials:
    """Decrypts ONE entry's secrets. Raises a crypto ContainerError if they do not open, or
    :class:`Malformed` if what opens is not this entry's secrets."""
    where = f"the secrets of “{entry.connection.label}”"
    plaintext = key.open_entry(entry.sealed, entry_associated_data(entry.connection.id))
    credentials = credentials_from_json(loads_object(plaintext, where), where)
    if masked(credentials) != entry.connection.masked_api_key:
        raise Malformed(f"{where}: the API key does not match its masked form")
    return credentials


def encode_sealed_entries(
    fmt: str, entries: Iterable[SealedEntry], created_at: datetime
) -> dict[str, Any]:
    return {
        "format": fmt,
        "version": SEALED_VERSION,
        "created_at": created_at.isoformat(),
        "connections": [
            {
                "connection": connection_to_json(e.connection),
                "sealed": base64.b64encode(e.sealed).decode("ascii"),
            }
            for e in entries
        ],
    }


def decode_sealed_entries(
    doc: Mapping[str, Any], where: str
) -> tuple[datetime, tuple[SealedEntry, ...]]:
    """Entries of a version-2 document (the caller checked format and version). Nothing is
    decrypted: the sealed blobs are only checked for their shape."""
    created_at, items = _created_and_items(doc, where)
    entries: list[SealedEntry] = []
    for n, item in enumerate(items):
        at = f"{where}, connection {n + 1}"
        if not isinstance(item, dict):
            raise Malformed(f"{at} is not an object")
        connection = connection_from_json(item.get("connection"), at)
        text = item.get("sealed")
        if not isinstance(text, str) or len(text) > MAX_SEALED_BYTES * 2:
            raise Malformed(f"{at}: 'sealed' is missing or too long")
        try:
            sealed = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            raise Malformed(f"{at}: 'sealed' is not base64") from None
        if not 12 + 16 < len(sealed) <= MAX_SEALED_BYTES:
            raise Malformed(f"{at}: 'sealed' has the wrong length")
        entries.append(SealedEntry(connection, sealed))
    _check_unique([e.connection for e in entries], where)
    return created_at, tuple(entries)


def _created_and_items(doc: Mapping[str, Any], where: str) -> tuple[datetime, list[Any]]:
    try:
        created_at = datetime.fromisoformat(str(doc.get("created_at")))
    except ValueError:
        raise Malformed(f"{where}: 'created_at' is not a time") from None
    items = doc.get("connections")
    if not isinstance(items, list) or len(items) > MAX_ENTRIES:
        raise Malformed(f"{where}: 'connections' is not a list")
    return created_at, items


def _check_unique(connections: list[Connection], where: str) -> None:
    if len({c.id for c in connections}) != len(connections):
        raise Malformed(f"{where} lists one id twice")
    if len({label_key(c.label) for c in connections}) != len(connections):
        raise Malformed(f"{where} lists one name twice")
