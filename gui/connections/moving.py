"""Moving every connection between the system keychain and a vault file, losing nothing.

:func:`move_connections` copies all connections (facts, dates, last check and secrets), reads
each copy back and compares it, and only then deletes them from the old store. If anything fails
before the deletions, the copies are removed again and the old store is untouched. Qt-free; runs
on a worker thread.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from pathlib import Path

from gui.text import QT_TRANSLATE_NOOP, Text
from gui.vault.errors import VaultError
from gui.vault.keychain import KeyringLike
from gui.vault.model import Connection
from gui.vault.store import SERVICE, ConnectionStore, LockableStore

log = logging.getLogger(__name__)


class MoveNotVerified(VaultError):  # noqa: N818 - reads as the condition, like the vault's
    """A copy did not read back the same as its original: nothing was removed."""

    def __init__(self, label: str) -> None:
        super().__init__(
            Text(
                QT_TRANSLATE_NOOP(
                    "manager",
                    "The copy of “{label}” did not read back the same, so nothing was moved. Your "
                    "keys are still where they were.",
                ),
                {"label": label},
                "manager",
            )
        )


def _same(a: Connection, b: Connection) -> bool:
    return (a.label, a.region, a.environment, a.masked_api_key, a.added_on, a.facts) == (
        b.label,
        b.region,
        b.environment,
        b.masked_api_key,
        b.added_on,
        b.facts,
    )


def move_connections(
    source: ConnectionStore,
    target: ConnectionStore,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Copies, verifies, then removes from ``source``; returns how many moved."""
    originals = source.list()
    copies: list[tuple[Connection, Connection]] = []
    try:
        for number, original in enumerate(originals, 1):
            credentials = source.get_credentials(original.id)
            copy = target.add(
                original.label,
                original.region,
                original.environment,
                credentials,
                original.facts,
                added_on=original.added_on,
            )
            copies.append((original, copy))
            if progress is not None:
                progress(number, len(originals))
        for original, copy in copies:
            if not _same(original, target.get(copy.id)) or target.get_credentials(
                copy.id
            ) != source.get_credentials(original.id):
                raise MoveNotVerified(original.label)
    except BaseException:
        log.warning("moving connections failed after %d copies; removing the copies", len(copies))
        for _original, copy in reversed(copies):
            with contextlib.suppress(VaultError):
                target.delete(copy.id)
        raise
    for original, _copy in copies:
        source.delete(original.id)
    log.info("moved %d connections", len(copies))
    return len(copies)


def move_to_vault_file(
    source: ConnectionStore,
    data_dir: Path,
    password: str,
    create: Callable[[Path, str], LockableStore] | None = None,
) -> ConnectionStore:
    """Moves every connection into a new vault file in ``data_dir``; returns it (unlocked). On
    any failure the new file is removed, so the next start does not open a half-filled vault."""
    from gui.connections.environment import create_vault_file
    from gui.vault.store import VAULT_FILE_NAME

    path = data_dir / VAULT_FILE_NAME
    target = (create or create_vault_file)(path, password)
    try:
        move_connections(source, target)
    except BaseException:
        target.lock()
        path.unlink(missing_ok=True)
        raise
    # No account data beside the vault: the keychain mode's balance cache goes (overwritten).
    from gui.connections.cache import FILE_NAME as CACHE_FILE_NAME
    from gui.connections.cache import wipe_file

    wipe_file(data_dir / CACHE_FILE_NAME)
    return target


def move_to_keychain(
    source: ConnectionStore,
    data_dir: Path,
    *,
    backend: KeyringLike | None = None,
    service: str = SERVICE,
) -> ConnectionStore:
    """Moves every connection from the vault file into the system keychain, then deletes the
    vault file; returns the keychain store. Raises KeychainUnavailable before moving anything
    when no keychain works."""
    from gui.connections.stores import open_keychain_store
    from gui.vault.store import VAULT_FILE_NAME

    target = open_keychain_store(data_dir, backend=backend, service=service)
    move_connections(source, target)
    lockable = source.as_lockable()
    if lockable is not None:
        lockable.lock()
    (data_dir / VAULT_FILE_NAME).unlink(missing_ok=True)
    return target
