"""Small typed helpers for tests that drive real widgets."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

T = TypeVar("T", bound=QObject)


def child(parent: QObject, kind: type[T], name: str) -> T:
    """``parent``'s descendant of ``kind`` called ``name``; the test fails when there is none."""
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} called {name!r}"
    return found


def focused() -> QWidget:
    """The widget that has the keyboard focus; the test fails when none has."""
    from PySide6.QtWidgets import QApplication

    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the focus"
    return widget
