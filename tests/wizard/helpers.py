"""Driving the wizard the way a user does: keyboard and clicks."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from gui.okx.signing import Credentials
from gui.wizard.dialog import WizardDialog
from gui.wizard.flow import Step
from gui.wizard.pages.base import Page


def click(qtbot: QtBot, dialog: WizardDialog, name: str) -> None:
    button = dialog.findChild(QAbstractButton, name)
    assert button is not None, name
    assert button.isVisible() and button.isEnabled(), f"{name} cannot be pressed"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def next_to(qtbot: QtBot, dialog: WizardDialog, step: Step) -> None:
    while dialog.flow.current is not step:
        click(qtbot, dialog, "nextButton")


def type_into(qtbot: QtBot, dialog: WizardDialog, name: str, text: str) -> None:
    edit = dialog.findChild(QLineEdit, name)
    assert edit is not None, name
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def enter_keys(qtbot: QtBot, dialog: WizardDialog, creds: Credentials) -> None:
    type_into(qtbot, dialog, "apiKeyEdit", creds.api_key)
    type_into(qtbot, dialog, "secretKeyEdit", creds.secret_key)
    type_into(qtbot, dialog, "passphraseEdit", creds.passphrase)


def wait_checked(qtbot: QtBot, dialog: WizardDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.page.busy, timeout=20_000)


def check_texts(dialog: WizardDialog) -> list[str]:
    items = dialog.findChild(QListWidget, "checkList")
    assert items is not None
    return [items.item(i).text() for i in range(items.count())]


def visible(dialog: WizardDialog, name: str) -> bool:
    button = dialog.findChild(QPushButton, name)
    return button is not None and button.isVisible()


P = TypeVar("P", bound=Page)


def page(dialog: WizardDialog, kind: type[P]) -> P:
    """The wizard's page of ``kind`` (its own attributes typed)."""
    found = next(p for p in dialog.pages.values() if isinstance(p, kind))
    return found
