"""Opening the user's store, and finding a connection by the name the user gave it.

The app keeps its connections in the system keychain (facts in ``connections.json``) unless a
vault file exists in the data folder, or the user names one (``--vault FILE`` on the command
line). Every call here may touch the keychain or the disk: run it off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from gui.text import QT_TRANSLATE_NOOP, Text
from gui.vault.errors import VaultError
from gui.vault.keychain import KeychainStore, KeyringLike, probe_keychain
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
    """keyring's backend for this system (loads keyring's backends: ~50 ms)."""
    import keyring

    backend: KeyringLike = keyring.get_keyring()
    return backend


def open_keychain_store(
    data_dir: Path, *, backend: KeyringLike | None = None, service: str = SERVICE
) -> KeychainStore:
    """The system keychain store; raises KeychainUnavailable when no keychain works."""
    backend = backend if backend is not None else system_keyring()
    probe_keychain(backend, service)
    return KeychainStore(data_dir, backend, service=service)


def open_default_store(
    data_dir: Path, *, backend: KeyringLike | None = None, service: str = SERVICE
) -> ConnectionStore:
    """The store the user chose: the vault file when one exists in ``data_dir`` (still
    locked), else the system keychain. Raises :class:`~gui.vault.errors.KeychainUnavailable`
    (whose message says to use a vault file) when no keychain works; the caller then offers
    ``FileVaultStore.create``."""
    vault_path = data_dir / VAULT_FILE_NAME
    if vault_path.exists():
        from gui.vault.filevault import FileVaultStore

        return FileVaultStore(vault_path)
    return open_keychain_store(data_dir, backend=backend, service=service)


def find_by_label(store: ConnectionStore, label: str) -> Connection:
    """The connection called ``label`` (case and spacing as the store compares them)."""
    wanted = label_key(label)
    for connection in store.list():
        if label_key(connection.label) == wanted:
            return connection
    raise LabelNotFound(label)
