"""The application object the entry point creates."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui import __app_id__, __version__
from gui.app import WINDOW_ICON_SIZES, app_icon, create_application


def test_create_application_reuses_the_running_one(qtbot: QtBot) -> None:
    assert create_application() is QApplication.instance()


def test_a_new_application_is_named_and_has_the_icon() -> None:
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "from gui.app import create_application\n"
        "app = create_application()\n"
        "print(QApplication.applicationName(), QApplication.applicationVersion(),\n"
        "      QApplication.desktopFileName(), len(app.windowIcon().availableSizes()))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    expected = f"{__app_id__} {__version__} {__app_id__} {len(WINDOW_ICON_SIZES)}"
    assert result.stdout.split("\n")[0] == expected


def test_app_icon_has_every_window_size() -> None:
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert sizes == set(WINDOW_ICON_SIZES)
