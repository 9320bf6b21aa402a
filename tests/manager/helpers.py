"""Reading the manager window the way a user sees it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.manager.models import ConnectionsModel
from gui.manager.window import ManagerWindow


def cell(window: ManagerWindow, label: str, column: int, role: int = 0) -> object:
    model = window.content.model
    for number, row in enumerate(model.rows):
        if row.connection.label == label:
            return model.data(model.index(number, column), Qt.ItemDataRole(role))
    raise AssertionError(f"no row {label!r}")


def status(window: ManagerWindow, label: str) -> str:
    return str(cell(window, label, ConnectionsModel.STATUS))


def labels(window: ManagerWindow) -> list[str]:
    return [row.connection.label for row in window.content.model.rows]


def select(window: ManagerWindow, label: str) -> None:
    for row in window.content.model.rows:
        if row.connection.label == label:
            window.content.select(row.connection.id)
            return
    raise AssertionError(f"no row {label!r}")


def wait_checks(qtbot: QtBot, window: ManagerWindow) -> None:
    qtbot.waitUntil(lambda: not window.checking(), timeout=20_000)


def wait_idle(qtbot: QtBot, window: ManagerWindow) -> None:
    qtbot.waitUntil(lambda: window.controller.runner.active_count == 0, timeout=20_000)


def click_status(qtbot: QtBot, window: ManagerWindow, label: str) -> None:
    """Clicks the status cell of the row ``label`` with the mouse."""
    from PySide6.QtCore import QPoint

    model, content = window.content.model, window.content
    number = next(n for n, r in enumerate(model.rows) if r.connection.label == label)
    index = model.index(number, ConnectionsModel.STATUS)
    rect = content.table.visualRect(index)
    qtbot.mouseClick(content.table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))
