"""Typed errors of the credential vault.

Every error carries ``message``: a translatable :class:`~gui.text.Text` saying what happened and
how to fix it. No error ever holds a secret: only labels, ids, paths and exception class names.
"""

# ruff: noqa: N818 - error names read as the condition (LabelTaken), like keyring's

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from gui.text import QT_TRANSLATE_NOOP, Text

CONTEXT = "vault"


def vault_text(source: str, **args: object) -> Text:
    """A ``Text`` in the "vault" context (``source`` must be a QT_TRANSLATE_NOOP literal)."""
    return Text(source, args, CONTEXT)


class VaultError(Exception):
    """Base of every vault error; ``str()`` is the English message."""

    def __init__(self, message: Text) -> None:
        super().__init__(str(message))
        self.message = message


class KeychainFault(StrEnum):
    """Why the system keychain cannot be used, as the user is told (never an exception name)."""

    MISSING = "missing"  # no keychain on this system (keyring found no usable backend)
    LOCKED = "locked"  # locked, or the unlock prompt was dismissed
    TIMEOUT = "timeout"  # it did not answer in time (a Secret Service that cannot start)
    FAILED = "failed"  # any other error the keychain or its D-Bus / Windows layer raised


_KEYCHAIN_MESSAGES = {
    KeychainFault.MISSING: QT_TRANSLATE_NOOP(
        "vault",
        "No system keychain was found on this computer. Keep your keys in an encrypted vault "
        "file protected by a master password instead.",
    ),
    KeychainFault.LOCKED: QT_TRANSLATE_NOOP(
        "vault",
        "The system keychain is locked, or unlocking it was cancelled. Unlock it and try "
        "again, or keep your keys in an encrypted vault file protected by a master password.",
    ),
    KeychainFault.TIMEOUT: QT_TRANSLATE_NOOP(
        "vault",
        "The system keychain did not answer within {seconds} seconds. Try again later, or "
        "keep your keys in an encrypted vault file protected by a master password.",
    ),
    KeychainFault.FAILED: QT_TRANSLATE_NOOP(
        "vault",
        "The system keychain reported an error. Unlock it or restart it and try again, or "
        "keep your keys in an encrypted vault file protected by a master password.",
    ),
}


class KeychainUnavailable(VaultError):
    """The system keychain refused, failed or did not answer a call.

    ``reason`` is the exception class name for logs only: the message never shows it.
    """

    def __init__(
        self, reason: str = "", *, fault: KeychainFault = KeychainFault.FAILED, seconds: float = 0
    ) -> None:
        super().__init__(
            vault_text(_KEYCHAIN_MESSAGES[fault], seconds=f"{seconds:g}")
            if fault is KeychainFault.TIMEOUT
            else vault_text(_KEYCHAIN_MESSAGES[fault])
        )
        self.reason = reason
        self.fault = fault


class InvalidLabel(VaultError):
    """A label is empty, too long or holds control characters."""

    def __init__(self) -> None:
        super().__init__(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault",
                    "Give the connection a name of 1 to 64 characters, without line breaks.",
                )
            )
        )


class LabelTaken(VaultError):
    """Another connection already uses this label (compared trimmed, ignoring case)."""

    def __init__(self, label: str) -> None:
        super().__init__(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault", "A connection named “{label}” already exists. Choose another name."
                ),
                label=label,
            )
        )
        self.label = label


class NotFound(VaultError):
    """No connection has this id (it was deleted or replaced)."""

    def __init__(self, connection_id: str) -> None:
        super().__init__(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault", "This connection no longer exists. Refresh the list and try again."
                )
            )
        )
        self.connection_id = connection_id


class SecretMissing(VaultError):
    """The index lists a connection whose secret is gone from the keychain."""

    def __init__(self, label: str) -> None:
        super().__init__(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault",
                    "The keys of “{label}” are missing from the system keychain. "
                    "Enter them again, or remove the connection.",
                ),
                label=label,
            )
        )
        self.label = label


class SecretCorrupt(VaultError):
    """The keychain item of a connection is not one this app wrote."""

    def __init__(self, label: str) -> None:
        super().__init__(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault",
                    "The keychain item of “{label}” is damaged. Enter the keys again, "
                    "or remove the connection.",
                ),
                label=label,
            )
        )
        self.label = label


class SecretTooLarge(VaultError):
    """The secrets would not fit in one keychain item (Windows holds 1,280 characters)."""

    def __init__(self) -> None:
        super().__init__(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault",
                    "These keys are too long to be an OKX API key. Copy them again from OKX.",
                )
            )
        )


class ReadOnlyDataDir(VaultError):
    """The data directory cannot be written."""

    def __init__(self, directory: Path, reason: str) -> None:
        super().__init__(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault",
                    "Cannot write to {directory}: {reason}. Free some disk space or make the "
                    "folder writable for your user account, then try again.",
                ),
                directory=str(directory),
                reason=reason,
            )
        )
        self.directory = directory
        self.reason = reason


class IndexCorrupt(VaultError):
    """The index file exists but cannot be read as this app's index."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault",
                    "The list of saved connections in {path} is damaged ({detail}). Your keys are "
                    "still in the keychain: restore the file from a backup, or move it away to "
                    "start a new list.",
                ),
                path=str(path),
                detail=detail,
            )
        )
        self.path = path
        self.detail = detail


class IndexTooNew(VaultError):
    """The index was written by a newer version of the app."""

    def __init__(self, path: Path, version: int) -> None:
        super().__init__(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault",
                    "{path} was written by a newer version of OKX Key Manager (format {version}). "
                    "Update the app to open it.",
                ),
                path=str(path),
                version=version,
            )
        )
        self.path = path
        self.version = version


class VaultLocked(VaultError):
    """The vault file is locked: unlock it with the master password first."""

    def __init__(self) -> None:
        super().__init__(
            vault_text(
                QT_TRANSLATE_NOOP("vault", "The vault is locked. Enter your master password.")
            )
        )


class FileUnreadable(VaultError):
    """A vault or backup file was refused (truncated, tampered, foreign, future version...).

    ``message`` is the specific message of the container error, kept in ``container_error``.
    """

    def __init__(self, path: Path, container_error: Exception) -> None:
        message = getattr(container_error, "message", None)
        if not isinstance(message, Text):
            message = vault_text(
                QT_TRANSLATE_NOOP("vault", "{path} could not be read."), path=str(path)
            )
        super().__init__(message)
        self.path = path
        self.container_error = container_error


class PasswordRejected(FileUnreadable):
    """The password does not open this vault or backup file (or the file was changed)."""


class FileMissing(VaultError):
    """A vault or backup file does not exist or cannot be opened."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            vault_text(
                QT_TRANSLATE_NOOP("vault", "Cannot open {path}: {reason}."),
                path=str(path),
                reason=reason,
            )
        )
        self.path = path
        self.reason = reason


class FileTooNew(VaultError):
    """A vault or backup file's contents come from a newer version of the app."""

    def __init__(self, path: Path, version: int) -> None:
        super().__init__(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault",
                    "{path} holds data of a newer version of OKX Key Manager (format {version}). "
                    "Update the app to open it. Nothing was changed.",
                ),
                path=str(path),
                version=version,
            )
        )
        self.path = path
        self.version = version


class VaultExists(VaultError):
    """A new vault file would overwrite an existing one."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault", "A vault file already exists at {path}. Open it instead."
                ),
                path=str(path),
            )
        )
        self.path = path


class PayloadCorrupt(VaultError):
    """A decrypted vault or backup holds data this version cannot understand."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault",
                    "{path} opened, but its contents are not valid ({detail}). "
                    "Nothing was changed.",
                ),
                path=str(path),
                detail=detail,
            )
        )
        self.path = path
        self.detail = detail


class PasswordTooWeak(VaultError):
    """A new vault or backup password is too weak; ``message`` is the strength check's advice."""


class UnlockCancelled(VaultError):
    """The user cancelled unlocking a vault file or opening a backup: nothing changed."""

    def __init__(self) -> None:
        super().__init__(
            vault_text(QT_TRANSLATE_NOOP("vault", "Unlocking was cancelled. Nothing was changed."))
        )


class NoConnectionsChosen(VaultError):
    """An export was asked for with nothing in it."""

    def __init__(self) -> None:
        super().__init__(
            vault_text(QT_TRANSLATE_NOOP("vault", "Choose at least one connection to back up."))
        )
