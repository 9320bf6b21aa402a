"""The store's errors the views and the command line show, re-exported by the door: each has
a translatable ``message`` (``str()`` is the English one) that names the fix."""

from __future__ import annotations

from gui.text import QT_TRANSLATE_NOOP, Text
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
    "CheckHelperError",
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


class CheckHelperError(Exception):
    """The check helper (gui/connections/check_helper.py) could not make a check: it stopped,
    or the check raised ``name`` there. ``message`` is what the row's status says."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name
        self.message = Text(
            QT_TRANSLATE_NOOP(
                "connections",
                "The check stopped before it finished: the app's checking process ended. "
                "Check the connection again.",
            )
        )
