"""Backups out and in: a password-protected file of chosen connections, and reading one back.

The window and (one day) a headless command call the same three steps: :func:`export_backup`,
:func:`preview_backup` (what the file holds and which names clash with saved ones) and
:func:`import_backup` (the chosen connections, each clash settled by a :class:`ClashPolicy`).
Run them off the GUI thread: they read the store and derive a key from the password.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

from gui.vault import backup
from gui.vault.backup import FILE_SUFFIX, BackupContents, ClashPolicy, ImportResult
from gui.vault.model import Connection
from gui.vault.store import ConnectionStore

__all__ = [
    "FILE_SUFFIX",
    "BackupContents",
    "BackupPreview",
    "ClashPolicy",
    "ImportResult",
    "export_backup",
    "import_backup",
    "preview_backup",
]


@dataclass(frozen=True)
class BackupPreview:
    """A backup file opened with its password: its connections, and the saved ones whose names
    they share (the user chooses what happens to each)."""

    contents: BackupContents
    clashes: tuple[Connection, ...]

    @property
    def clashing_ids(self) -> set[str]:
        return {c.id for c in self.clashes}


def export_backup(store: ConnectionStore, path: Path, password: str) -> int:
    """Writes every connection (with its secrets) to ``path``, encrypted with ``password``;
    returns how many."""
    return backup.export_backup(store, path, password)


def preview_backup(store: ConnectionStore, path: Path, password: str) -> BackupPreview:
    """Opens the backup at ``path``; raises PasswordRejected or FileUnreadable."""
    contents = backup.read_backup(path, password)
    return BackupPreview(contents, contents.clashes(store))


def import_backup(
    store: ConnectionStore,
    contents: BackupContents,
    choices: Mapping[str, ClashPolicy],
    only: Collection[str],
) -> ImportResult:
    """Adds the connections ``only`` names, each clash settled as ``choices`` says."""
    return backup.import_backup(store, contents, choices=dict(choices), only=set(only))
