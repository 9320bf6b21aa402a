"""The app's window opens."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from gui.app import MainWindow


def test_main_window_shows_title(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "OKX Key Manager"
    assert window.centralWidget().objectName() == "placeholderLabel"
