"""What the wizard's pages need from the rest of the app, passed in (no global singletons).

Tests hand in the real runner and clipboard, a checker bound to the simulator's URLs, an in-memory
store and recorders for ``open_url`` and ``confirm``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from gui.clipboard import SecretClipboard
from gui.i18n import Translations
from gui.okx.check import CheckItem, ConnectionReport, FixAction
from gui.okx.signing import Credentials
from gui.tasks import TaskRunner
from gui.wizard.flow import WizardState
from gui.wizard.public_ip import PublicIpService

# Each runs on a worker thread (never the GUI thread) and gets a copy of the wizard state.
# Runs the connection check (``KeyChecker.check``), reporting each item as it completes.
Checker = Callable[[WizardState, threading.Event, Callable[[CheckItem], None]], ConnectionReport]
# Stores a verified connection and returns its id (``StoreSaver``).
Saver = Callable[[WizardState], str]
# Applies "Fix it for me" with the wizard's key (``KeyChecker.fix``): one action, or several in
# order (every differing setting, confirmed at once); stops at OKX's first refusal.
Fixer = Callable[[WizardState, FixAction | tuple[FixAction, ...]], None]


def open_in_browser(url: str) -> None:
    QDesktopServices.openUrl(QUrl(url))


def ask_confirmation(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


@dataclass
class WizardServices:
    runner: TaskRunner
    clipboard: SecretClipboard
    check: Checker
    save: Saver
    fix: Fixer | None = None
    translations: Translations | None = None
    open_url: Callable[[str], None] = open_in_browser
    confirm: Callable[[QWidget, str, str], bool] = ask_confirmation
    simulator: bool = False
    # Simulator runs only: its fake keys by name, offered on the Enter-keys page.
    sample_keys: dict[str, Credentials] = field(default_factory=dict)
    # The opt-in lookup of this computer's public IP address (a third party: named to the user).
    lookup_ip: PublicIpService | None = field(default_factory=PublicIpService)
    # Where the key is saved: None finds out from ``save`` (its ``store``).
    vault_file: bool | None = None

    def saves_to_vault_file(self) -> bool:
        """True when keys go to the encrypted vault file rather than the system keychain."""
        if self.vault_file is not None:
            return self.vault_file
        store = getattr(self.save, "store", None)
        return store is not None and store.as_lockable() is not None
