"""The baseline for ``benchmarks/bundle.py``: a bare PySide6 window, frozen like the app.

With ``OKX_KM_REPORT_FIRST_PAINT=1`` it prints ``first-paint-ms <ms since process start>`` at its
first paint and quits, exactly as the app does (``gui/firstpaint.py``, copied here so the
baseline imports nothing of the app).
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

_IMPORTED_AT = time.monotonic()


def process_uptime_ms() -> float:
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000.0
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.monotonic() - _IMPORTED_AT) * 1000.0


class Reporter(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.reported = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.reported and event.type() == QEvent.Type.Paint:
            self.reported = True
            print(f"first-paint-ms {process_uptime_ms():.1f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare window"))
    window.resize(720, 480)
    if os.environ.get("OKX_KM_REPORT_FIRST_PAINT") == "1":
        window.installEventFilter(Reporter(window))
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
