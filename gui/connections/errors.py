"""The store's errors the views and the command line show, re-exported by the door: each has
a translatable ``message`` (``str()`` is the English one) that names the fix."""

from __future__ import annotations

from gui.vault.errors import (
    FileMissing,
    FileUnreadable,
    InvalidLabel,
    KeychainUnavailable,
    LabelTaken,
    NotFound,
    PasswordRejected,
    PasswordTooWeak,
    UnlockCancelled,
    VaultError,
    VaultLocked,
)

__all__ = [
    "FileMissing",
    "FileUnreadable",
    "InvalidLabel",
    "KeychainUnavailable",
    "LabelTaken",
    "NotFound",
    "PasswordRejected",
    "PasswordTooWeak",
    "UnlockCancelled",
    "VaultError",
    "VaultLocked",
]
