"""Starts the Qt application and shows its main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from gui import __app_id__, __app_name__, __version__


class MainWindow(QMainWindow):
    """Placeholder main window until the key manager window lands."""

    def __init__(self, simulator: bool = False) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        title = self.tr("OKX Key Manager")
        self.setWindowTitle(f"{title} — SIMULATOR" if simulator else title)
        label = QLabel(self.tr("No connections yet."), self)
        label.setObjectName("placeholderLabel")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        self.setCentralWidget(label)
        self.connect_action = QAction(self.tr("&Connect an account…"), self)
        self.connect_action.setObjectName("connectAction")
        toolbar = self.addToolBar(self.tr("Connections"))
        toolbar.setObjectName("mainToolBar")
        toolbar.addAction(self.connect_action)
        if simulator:
            badge = QLabel("SIMULATOR", self)
            badge.setObjectName("simulatorBadge")
            badge.setStyleSheet("background: #c62828; color: white; font-weight: bold;")
            self.statusBar().addPermanentWidget(badge)
        self.resize(720, 480)

    def show_message(self, text: str) -> None:
        label = self.centralWidget()
        if isinstance(label, QLabel):
            label.setText(text)


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setApplicationName(__app_id__)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setApplicationDisplayName(__app_name__)
    QApplication.setDesktopFileName(__app_id__)  # Wayland: match resources/okx-key-manager.desktop
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The app icon from the PNGs in resources/icons (empty when they are missing)."""
    from gui.paths import icons_dir

    icon = QIcon()
    for png in sorted(icons_dir().glob(f"{__app_id__}-*.png")):
        icon.addFile(str(png))
    return icon


def run(simulator: bool = False) -> int:
    from PySide6.QtCore import QSettings

    from gui import firstpaint
    from gui.i18n import Translations
    from gui.launcher import Launcher, app_environment
    from gui.tasks import TaskRunner

    app = create_application()
    translations = Translations(settings=QSettings("okx-key-manager", "okx-key-manager"))
    translations.restore()
    with app_environment(simulator) as env:
        window = MainWindow(simulator=simulator)
        runner = TaskRunner(parent=window)
        launcher = Launcher(window, env, runner, translations, window.show_message)
        window.connect_action.triggered.connect(launcher.open_wizard)
        firstpaint.install(window)
        window.show()
        launcher.start()
        try:
            return app.exec()
        finally:
            launcher.shutdown()
