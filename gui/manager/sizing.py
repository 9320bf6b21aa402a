"""Window sizes from the screen's free area: a window opens at its preferred size, or smaller
on a small (or highly scaled) screen, so that every button stays on the screen.

At ``QT_SCALE_FACTOR=2`` a 1600×1000 screen is 800×500 logical pixels: a fixed 1000×680 window
would run off it. Layouts then scroll or elide instead.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

# The share of the free area a window may take (room for the title bar and the frame).
SCREEN_SHARE = 0.92


def room(widget: QWidget) -> QSize:
    """The free area of the widget's screen (the primary one before it is shown), shrunk by
    :data:`SCREEN_SHARE`."""
    screen = widget.screen()
    return screen.availableGeometry().size() * SCREEN_SHARE


def fitted(widget: QWidget, width: int, height: int) -> QSize:
    """``width``×``height`` bounded by :func:`room`, and at least the widget's minimum size
    where the screen has room for it."""
    free = room(widget)
    wanted = QSize(width, height).boundedTo(free)
    return wanted.expandedTo(widget.minimumSizeHint().boundedTo(free))


# The manager's preferred size; wider when the toolbar needs it.
MANAGER_SIZE = (1000, 680)
TOOLBAR_SLACK = 16  # the toolbar's own margins and the window frame


def manager_size(window: QWidget, toolbar: QWidget) -> QSize:
    """1000×680, wider if the toolbar needs it with every action shown (call it before Lock is
    hidden: it comes with a vault file, and Settings must not fall into the overflow), within
    the screen's free area."""
    width = max(MANAGER_SIZE[0], toolbar.sizeHint().width() + TOOLBAR_SLACK)
    return fitted(window, width, MANAGER_SIZE[1])
