"""Guards against a broken Qt binding: PySide6-Essentials 6.12.0 drops a reference to ``None``
on every void method call under CPython 3.11 (``None`` is not immortal before 3.12), so an app
dies with "Fatal Python error: none_dealloc" after a few thousand widget updates."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    button = QPushButton()
    qtbot.addWidget(button)
    before = sys.getrefcount(None)
    for i in range(1000):
        button.setText("x")
        button.setEnabled(i % 2 == 0)
    assert abs(sys.getrefcount(None) - before) < 50
