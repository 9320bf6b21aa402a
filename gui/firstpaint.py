"""An opt-in start-up probe: ``OKX_KM_REPORT_FIRST_PAINT=1`` makes the app print
``first-paint-ms <ms>`` (milliseconds since the process started) when its first window is painted,
then quit. ``benchmarks/bundle.py`` uses it to time the frozen app against a bare Qt window.
"""

from __future__ import annotations

import os
import sys
import time

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

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.reported = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.reported and event.type() == QEvent.Type.Paint:
            self.reported = True
            print(f"{MARKER} {process_uptime_ms():.1f}", flush=True)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


def install(window: QObject) -> FirstPaintReporter | None:
    """Watches ``window`` when ``OKX_KM_REPORT_FIRST_PAINT=1``; call before showing it."""
    if os.environ.get(ENV) != "1":
        return None
    reporter = FirstPaintReporter(window)
    window.installEventFilter(reporter)
    sys.stdout.flush()
    return reporter
