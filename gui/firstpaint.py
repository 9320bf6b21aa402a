"""The app's first paint: :func:`after_first_paint` defers start-up work until the main window
is on screen, and an opt-in probe, ``OKX_KM_REPORT_FIRST_PAINT=1``, makes the app print
``first-paint-ms <ms>`` (milliseconds since the process started) at that moment — followed, on
the same line, by what that frame showed (``rows=N balances=0|1``: the list's rows, and whether
the selected row's balances were in it) — then quit. ``benchmarks/bundle.py`` uses the probe to
time the frozen app's first frame, useful when it holds the list, against a bare Qt window.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

ENV = "OKX_KM_REPORT_FIRST_PAINT"
MARKER = "first-paint-ms"
_IMPORTED_AT = time.monotonic()


def process_uptime_ms() -> float:
    """Milliseconds since this process started (Linux: from /proc; elsewhere: since import)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: starttime in ticks
        return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000.0
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.monotonic() - _IMPORTED_AT) * 1000.0


class FirstPaintReporter(QObject):
    """Prints the marker at the watched widget's first paint event and quits the app."""

    def __init__(self, parent: QObject, describe: Callable[[], str] | None = None) -> None:
        super().__init__(parent)
        self.reported = False
        self.describe = describe

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.reported and event.type() == QEvent.Type.Paint:
            self.reported = True
            shown = f" {self.describe()}" if self.describe is not None else ""
            print(f"{MARKER} {process_uptime_ms():.1f}{shown}", flush=True)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


def install(
    window: QObject, describe: Callable[[], str] | None = None
) -> FirstPaintReporter | None:
    """Watches ``window`` when ``OKX_KM_REPORT_FIRST_PAINT=1``; call before showing it.
    ``describe()``: what the first frame shows, printed after the time."""
    if os.environ.get(ENV) != "1":
        return None
    reporter = FirstPaintReporter(window, describe)
    window.installEventFilter(reporter)
    sys.stdout.flush()
    return reporter


class _AfterFirstPaint(QObject):
    """Runs ``callback`` once, on the event loop turn after ``watched``'s first paint (its
    pixels are flushed by then), or after ``fallback_ms`` if it is never painted."""

    def __init__(self, watched: QObject, callback: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(watched)
        self._callback: Callable[[], None] | None = callback
        watched.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._callback is not None and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


def after_first_paint(
    window: QObject, callback: Callable[[], None], fallback_ms: int = 1000
) -> QObject:
    """Calls ``callback`` once ``window`` has been painted (or after ``fallback_ms``)."""
    return _AfterFirstPaint(window, callback, fallback_ms)
