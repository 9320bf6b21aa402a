"""Opening the user's store, and finding a connection by the name the user gave it.

The app keeps its connections in the system keychain (facts in ``connections.json``) unless a
vault file exists in the data folder, or the user names one (``--vault FILE`` on the command
line). Every call here may touch the keychain or the disk: run it off the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from gui.text import QT_TRANSLATE_NOOP, Text
from gui.vault.errors import VaultError
from gui.vault.index import FILE_NAME as INDEX_FILE
from gui.vault.keychain import KeychainStore
from gui.vault.keychain_backend import (
    PROBE_TIMEOUT,
    open_system_keychain,
    probe_keychain,
)
from gui.vault.keychain_backend import KeyringLike as KeyringLike  # the door's name for it
from gui.vault.model import Connection, label_key
from gui.vault.store import SERVICE, VAULT_FILE_NAME, ConnectionStore, default_data_dir


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


class NoVaultFile(VaultError):  # noqa: N818 - reads as the condition, like the vault's
    """The vault file the user named does not exist (and was not to be created)."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            Text(
                QT_TRANSLATE_NOOP("connections", "There is no vault file at {path}."),
                {"path": str(path)},
                "connections",
            )
        )
        self.path = path


# Asks for a vault file's password: the file, and whether it is a new one (typed twice).
AskPassword = Callable[[Path, bool], str]


def unlock_store(
    store: ConnectionStore, password: str, cancel: threading.Event | None = None
) -> ConnectionStore:
    """Unlocks a vault file with its master password (PasswordRejected when wrong); a store
    without a password is returned as it is."""
    lockable = store.as_lockable()
    if lockable is not None:
        lockable.unlock(password, cancel=cancel)
    return store


def quick_keychain_store(data_dir: Path) -> ConnectionStore:
    """The keychain store without a probe (the command line's ``run``: its first read fails
    the same way, sooner); KeychainUnavailable at once when keyring found no keychain."""
    from gui.vault.errors import KeychainFault, KeychainUnavailable

    backend = system_keyring()
    if type(backend).__module__.startswith("keyring.backends.fail"):  # no call needed
        raise KeychainUnavailable("NoKeyringError", fault=KeychainFault.MISSING)
    return KeychainStore(data_dir, backend)


def open_store(
    vault: Path | None,
    ask_password: AskPassword,
    *,
    data_dir: Path | None = None,
    create: bool = False,
    probe: bool = True,
    created: Callable[[Path], None] | None = None,
) -> ConnectionStore:
    """The store to use, unlocked: the vault file ``vault`` when given (made when missing and
    ``create``, then ``created(path)`` is called; else :class:`NoVaultFile`), otherwise the
    user's default store in ``data_dir`` (:func:`open_default_store`; ``probe=False``: the
    keychain without its test call). ``ask_password(path, new)`` gives a vault file's
    password, asked only when one is needed. The vault file's code (its cryptography) is
    imported only for a vault file: ``run`` from the keychain was ~15 ms slower with it."""
    folder = data_dir or default_data_dir()
    if vault is None:
        if not probe and not (folder / VAULT_FILE_NAME).exists():
            return quick_keychain_store(folder)
        store = open_default_store(folder)
    elif not vault.exists():
        from gui.vault.filevault import FileVaultStore

        if not create:
            raise NoVaultFile(vault)
        new = FileVaultStore.create(vault, ask_password(vault, True))
        if created is not None:
            created(vault)
        return new
    else:
        from gui.vault.filevault import FileVaultStore

        store = FileVaultStore(vault)
    if store.locked:
        unlock_store(store, ask_password(getattr(store, "path", folder / VAULT_FILE_NAME), False))
    return store


def check_new_password(password: str) -> None:
    """The stores' own rule for a new vault or backup password: PasswordTooWeak says why."""
    from gui.vault.filevault import check_new_password as check

    check(password)
