"""Starts the Qt application and shows its main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from gui import __app_id__, __app_name__, __version__


class MainWindow(QMainWindow):
    """Placeholder main window until the key manager window lands."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("OKX Key Manager"))
        label = QLabel(self.tr("No connections yet."), self)
        label.setObjectName("placeholderLabel")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(label)
        self.resize(720, 480)


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setApplicationName(__app_id__)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setApplicationDisplayName(__app_name__)
    return app


def run() -> int:
    app = create_application()
    window = MainWindow()
    window.show()
    return app.exec()
