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

# Each runs on a worker thread (never the GUI thread) and gets a copy of the wizard state.
# Runs the connection check (``OkxAccess.check``), reporting each item as it completes.
Checker = Callable[[WizardState, threading.Event, Callable[[CheckItem], None]], ConnectionReport]
# Stores a verified connection and returns its id (``StoreSaver``).
Saver = Callable[[WizardState], str]
# Applies a "Fix it for me" action with the wizard's key (``OkxAccess.fix``).
Fixer = Callable[[WizardState, FixAction], None]


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
