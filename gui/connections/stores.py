"""Opening the user's store, and finding a connection by the name the user gave it.

The app keeps its connections in the system keychain (facts in ``connections.json``) unless a
vault file exists in the data folder, or the user names one (``--vault FILE`` on the command
line). Every call here may touch the keychain or the disk: run it off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from gui.text import QT_TRANSLATE_NOOP, Text
from gui.vault.errors import VaultError
from gui.vault.index import FILE_NAME as INDEX_FILE
from gui.vault.keychain import KeychainStore
from gui.vault.keychain_backend import (
    PROBE_TIMEOUT,
    KeyringLike,
    open_system_keychain,
    probe_keychain,
)
from gui.vault.model import Connection, label_key
from gui.vault.store import SERVICE, VAULT_FILE_NAME, ConnectionStore


class LabelNotFound(VaultError):  # noqa: N818 - reads as the condition, like the vault's
    """No saved connection has this name."""

    def __init__(self, label: str) -> None:
        super().__init__(
            Text(
                QT_TRANSLATE_NOOP(
                    "connections",
                    "No saved connection is called “{label}”. See the names with "
                    "“okx-key-manager list”.",
                ),
                {"label": label},
                "connections",
            )
        )
        self.label = label


def system_keyring() -> KeyringLike:
    """keyring's backend for this system, without a probe (the command line's quick path: its
    first read fails the same way a probe would)."""
    from gui.vault.keychain_backend import system_keyring as chosen

    return chosen()


def open_keychain_store(
    data_dir: Path,
    *,
    backend: KeyringLike | None = None,
    service: str = SERVICE,
    timeout: float = PROBE_TIMEOUT,
) -> KeychainStore:
    """The system keychain store. Raises KeychainUnavailable when no keychain works or none
    answers within ``timeout`` seconds (any backend fault, never a raw exception)."""
    if backend is None:
        backend = open_system_keychain(service, timeout=timeout)
    else:
        probe_keychain(backend, service, timeout=timeout)
    return KeychainStore(data_dir, backend, service=service)


def open_default_store(
    data_dir: Path,
    *,
    backend: KeyringLike | None = None,
    service: str = SERVICE,
    timeout: float | None = None,
) -> ConnectionStore:
    """The store the user chose: the vault file when one exists in ``data_dir`` (still
    locked), else the system keychain — probed now when nothing was saved yet (a missing
    keychain is then known before the wizard opens), else at its first use. Raises
    :class:`~gui.vault.errors.KeychainUnavailable` (whose message says to use a vault file)
    when no keychain works or none answers within ``timeout`` seconds (default
    :data:`~gui.vault.keychain_backend.PROBE_TIMEOUT`); the caller then offers a vault file."""
    vault_path = data_dir / VAULT_FILE_NAME
    if vault_path.exists():
        from gui.vault.filevault import FileVaultStore

        return FileVaultStore(vault_path)
    seconds = PROBE_TIMEOUT if timeout is None else timeout
    if backend is None and (data_dir / INDEX_FILE).exists():
        # Connections were saved here: the list shows from the index at once, the keychain is
        # chosen and probed at its first use (the consistency scan right after the list).
        from gui.vault.keychain_deferred import DeferredKeychainStore

        return DeferredKeychainStore(
            data_dir, lambda: open_system_keychain(service, timeout=seconds), service=service
        )
    return open_keychain_store(data_dir, backend=backend, service=service, timeout=seconds)


def find_by_label(store: ConnectionStore, label: str) -> Connection:
    """The connection called ``label`` (case and spacing as the store compares them)."""
    wanted = label_key(label)
    for connection in store.list():
        if label_key(connection.label) == wanted:
            return connection
    raise LabelNotFound(label)
