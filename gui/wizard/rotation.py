"""Rotating a key: does the new key belong to the same OKX account as the one it replaces?

Pure (no Qt). The saved connection knows its account's UID (``Facts.uid``, from its last check);
the new key's ``account/config`` gives ``uid`` and ``mainUid``. A key of a sub-account, of the
main account when a sub-account's key was saved, or of someone else's account would silently
point the connection's bots at other funds: the wizard asks before saving such a key.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from gui.okx.models import AccountConfig
from gui.text import QT_TRANSLATE_NOOP, Text


class AccountChange(Enum):
    """How the new key's account relates to the saved one's."""

    SUB_OF_OLD = "sub_of_old"  # a sub-account of the saved (main) account
    OTHER = "other"  # another account: a stranger's, the main account of a saved sub-account
    # (the saved facts keep no main UID), a sibling sub-account


@dataclass(frozen=True)
class AccountMismatch:
    change: AccountChange
    old_uid: str
    new_uid: str
    new_main_uid: str

    def message(self) -> Text:
        args = {"old": self.old_uid, "new": self.new_uid, "main": self.new_main_uid}
        sources = {
            AccountChange.SUB_OF_OLD: QT_TRANSLATE_NOOP(
                "wizard",
                "This key belongs to a sub-account (UID {new}) of the account the saved key "
                "used (UID {old}).",
            ),
            AccountChange.OTHER: QT_TRANSLATE_NOOP(
                "wizard",
                "This key belongs to another OKX account (UID {new}) than the saved key (UID "
                "{old}).",
            ),
        }
        return Text(sources[self.change], args, context="wizard")


def account_mismatch(old_uid: str, config: AccountConfig | None) -> AccountMismatch | None:
    """None when the new key is of the saved account, or when either UID is unknown."""
    if not old_uid or config is None or not config.uid or config.uid == old_uid:
        return None
    main_uid = config.main_uid or config.uid
    sub_of_old = config.is_sub_account and main_uid == old_uid
    change = AccountChange.SUB_OF_OLD if sub_of_old else AccountChange.OTHER
    return AccountMismatch(change, old_uid, config.uid, main_uid)
