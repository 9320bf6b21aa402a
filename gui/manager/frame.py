"""The window's message page — "Opening…", "The vault file is locked.", "No connections yet.",
or why the store could not be opened — with the one button that moves on from there.

Built before the first paint, so it uses no Qt enum (``qproperty-alignment`` in a style sheet
and stretches centre it instead: the first use of ``PySide6.QtCore.Qt`` builds all of Qt's
enums, ~20 ms).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import Enum

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def window_title(name: str, simulator: bool) -> str:
    """The title to set: X11 and Windows append the application's display name to any other
    title ("SIMULATOR — OKX Key Manager"); macOS shows the title as set."""
    if not simulator:
        return name
    if sys.platform != "darwin" and QGuiApplication.applicationDisplayName() == name:
        return "SIMULATOR"
    return f"{name} — SIMULATOR"


class Page(Enum):
    """What the window shows."""

    OPENING = "opening"
    LOCKED = "locked"
    EMPTY = "empty"
    LIST = "list"


class MessagePage(QWidget):
    """A message and the buttons Unlock, Connect an OKX account, Create a vault file."""

    def __init__(
        self,
        unlock: Callable[[], object],
        add: Callable[[], object],
        create_vault: Callable[[], object],
        cancel: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.page = Page.OPENING
        self.error = ""  # why the store could not be opened (shown on the OPENING page)
        self.message = QLabel(self)
        self.message.setObjectName("messageLabel")
        self.message.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.message.setWordWrap(True)
        self.unlock_button = self._button("unlockButton", unlock)
        self.add_button = self._button("addButton", add)
        self.create_vault_button = self._button("createVaultButton", create_vault)
        self.cancel_button = self._button("cancelUnlockButton", cancel)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        buttons = (
            self.unlock_button,
            self.add_button,
            self.create_vault_button,
            self.cancel_button,
        )
        for button in buttons:
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(1)

    def _button(self, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        button.hide()
        return button

    def show_page(self, page: Page, error: str = "", offer_vault: bool = False) -> None:
        self.page, self.error = page, error
        self.unlock_button.setVisible(page is Page.LOCKED)
        self.add_button.setVisible(page is Page.EMPTY)
        self.create_vault_button.setVisible(offer_vault and page is Page.OPENING)
        self.cancel_button.hide()
        self.retranslate()

    def working(self, text: str) -> None:
        """Work the user can stop ("Unlocking…"): the message and Cancel, until the next page."""
        self.message.setText(text)
        self.unlock_button.hide()
        self.cancel_button.show()

    def retranslate(self) -> None:
        texts = {
            Page.OPENING: self.tr("Opening your saved connections…"),
            Page.LOCKED: self.tr("The vault file is locked."),
            Page.EMPTY: self.tr("No connections yet."),
            Page.LIST: "",
        }
        self.message.setText(self.error if self.error else texts[self.page])
        self.unlock_button.setText(self.tr("&Unlock…"))
        self.add_button.setText(self.tr("&Connect an OKX account…"))
        self.create_vault_button.setText(self.tr("Create a &vault file…"))
        self.cancel_button.setText(self.tr("Cancel"))


class Badge(QLabel):
    """The red badge in the status bar when the app talks to anything but OKX."""

    STYLE = "background: #c62828; color: white; font-weight: bold; padding: 2px 8px;"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notOkxBadge")
        self.setStyleSheet(self.STYLE)

    def retranslate(self, simulator: bool) -> None:
        if simulator:
            self.setText(self.tr("SIMULATOR"))
            self.setToolTip(self.tr("Connected to the built-in simulator, not to OKX."))
        else:
            self.setText(self.tr("NOT OKX"))
            self.setToolTip(self.tr("This app is set to talk to a server that is not OKX."))
