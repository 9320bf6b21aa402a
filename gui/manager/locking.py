"""When a vault file locks itself: after an idle time, and when the screen locks.

Screen lock is reported on Linux through D-Bus (QtDBus): ``ActiveChanged(true)`` of
``org.freedesktop.ScreenSaver`` on the session bus (KDE, GNOME's compatibility interface, Xfce)
and the ``Lock`` signal of ``org.freedesktop.login1.Session`` on the system bus (``loginctl
lock-session``). Other platforms: the idle timer only; Windows and macOS have no such bus, so
the watcher does not even load QtDBus there (the bundles leave it out).
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import SLOT, QEvent, QObject, QTimer, Signal, Slot

log = logging.getLogger(__name__)

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` when no key or mouse input reached ``watched`` (the application, so
    every widget counts) for ``minutes``.

    The filter sees every event of the app, in Python: it is installed only while armed
    (``minutes`` > 0 and ``arm(True)``, i.e. a vault file is open), not for the keychain.
    """

    idle = Signal()

    def __init__(self, watched: QObject, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.restarts = 0  # input seen while armed (for tests and diagnostics)
        self.watched = watched
        self.armed = False
        self.filtering = False
        self.minutes = minutes

    def arm(self, armed: bool) -> None:
        """Starts (or stops) counting idle time; no change when already so."""
        if armed == self.armed:
            return
        self.armed = armed
        self.set_minutes(self.minutes)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        self.timer.stop()
        active = self.armed and minutes > 0
        if active:
            self.timer.setInterval(minutes * 60_000)
            self.timer.start()
        if active and not self.filtering:
            self.watched.installEventFilter(self)
        elif not active and self.filtering:
            self.watched.removeEventFilter(self)
        self.filtering = active

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self.timer.interval() > 0 and self.timer.isActive():
            self.timer.start()
            self.restarts += 1
        return False


class ScreenLockWatcher(QObject):
    """Emits ``locked`` when the desktop reports a screen lock (Linux D-Bus, when available)."""

    locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: list[str] = []
        if not sys.platform.startswith("linux"):
            return  # Windows, macOS: no desktop bus reports the lock; the idle timer applies
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus is part of PySide6-Essentials
            return
        session = QDBusConnection.sessionBus()
        if session.isConnected() and session.connect(
            "",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver",
            "ActiveChanged",
            self,
            SLOT("_screensaver(bool)"),  # type: ignore[call-overload]
        ):
            self.sources.append("org.freedesktop.ScreenSaver")
        system = QDBusConnection.systemBus()
        if system.isConnected() and system.connect(
            "org.freedesktop.login1",
            "",
            "org.freedesktop.login1.Session",
            "Lock",
            self,
            SLOT("_session_lock()"),  # type: ignore[call-overload]
        ):
            self.sources.append("org.freedesktop.login1.Session")
        log.debug("screen lock sources: %s", self.sources or "none")

    @Slot(bool)
    def _screensaver(self, active: bool) -> None:
        if active:
            self.locked.emit()

    @Slot()
    def _session_lock(self) -> None:
        self.locked.emit()
