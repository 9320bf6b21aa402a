"""The baseline of ``benchmarks/startup.py`` and ``benchmarks/bundle.py``: a bare PySide6 window.

Standalone on purpose: it imports nothing but PySide6 (and the standard library's ``os``,
``sys``, ``time``) before its window, so a ratio against it is the app's cost over Qt's own.
``benchmarks/bare_window.spec`` freezes it as the app is frozen.

- ``--started T`` (startup.py): prints ``first-paint <seconds>`` at its first paint, the time
  since ``T`` on the machine's monotonic clock (the parent reads that clock just before it
  starts this process), and quits;
- ``OKX_KM_REPORT_FIRST_PAINT=1`` (bundle.py): prints ``first-paint-ms <ms since the process
  started>`` at its first paint and quits, as the app does (``gui/firstpaint.py``).

The window is the app's size (1000 x 680) with one line of text, so it draws a font as the app's
first frame does.
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
    def __init__(self, parent: QObject, started: float | None) -> None:
        super().__init__(parent)
        self.reported = False
        self.started = started

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.reported and event.type() == QEvent.Type.Paint:
            self.reported = True
            if self.started is None:
                print(f"first-paint-ms {process_uptime_ms():.1f}", flush=True)
            else:
                elapsed = time.clock_gettime(time.CLOCK_MONOTONIC) - self.started
                print(f"first-paint {elapsed:.4f}", flush=True)
                print(f"cpu {time.process_time():.4f}", flush=True)  # all threads, since start
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    started = float(sys.argv[2]) if sys.argv[1:2] == ["--started"] else None
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare window"))
    window.resize(1000, 680)
    if started is not None or os.environ.get("OKX_KM_REPORT_FIRST_PAINT") == "1":
        window.installEventFilter(Reporter(window, started))
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
