"""Starts the Qt application and shows its main window."""

from __future__ import annotations

import sys
from contextlib import ExitStack
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from gui import __app_id__, __app_name__, __version__

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from gui.manager.window import ManagerWindow


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


# Window-icon sizes. Larger ones cost ~10 ms at the first show on X11, where every size is sent
# to the window manager; menus and docks take the big icons from the installed theme instead.
WINDOW_ICON_SIZES = (16, 24, 32, 48, 64, 128)


def app_icon() -> QIcon:
    """The app icon from the PNGs in resources/icons (empty when they are missing)."""
    from gui.paths import icons_dir

    icon = QIcon()
    for size in WINDOW_ICON_SIZES:
        png = icons_dir() / f"{__app_id__}-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    return icon


def create_window(qsettings: QSettings, simulator: bool = False) -> ManagerWindow:
    """The key manager window with the user's preferences and language and, in its list, the
    connections and cached balances of the last run (the non-secret index and balance cache in
    the user's data folder), nothing else loaded yet (no store, keychain, OKX client or wizard).
    ``run`` and benchmarks/startup.py both start with it."""
    from gui.connections.session import stored_listing
    from gui.i18n import Translations
    from gui.manager.services import ManagerServices
    from gui.manager.settings import AppSettings
    from gui.manager.window import ManagerWindow
    from gui.paths import user_data_dir

    translations = Translations(settings=qsettings)
    translations.restore()
    settings = AppSettings(qsettings)
    services = ManagerServices(settings, translations, simulator=simulator)
    listing = None if simulator else stored_listing(user_data_dir(), settings.balance_cache)
    return ManagerWindow(services, listing)


def freeze_after_start(window: ManagerWindow) -> None:
    """Once the first session opens, what start-up made is moved out of the collector's way
    (``gc.freeze``): a full collection then walks only what came later, so it no longer stalls
    the window for 25–40 ms every few seconds during Check all (benchmarks/check_all.py). Nothing
    secret exists yet at that moment; frozen objects are still freed when unreferenced."""
    import gc

    def frozen() -> None:
        if window.controller.session is not None:
            window.controller.state_changed.disconnect(frozen)
            gc.freeze()

    window.controller.state_changed.connect(frozen)


FIRST_PAINT_GC_MS = 3000  # the garbage collector is back on by then, painted or not


def run(simulator: bool = False) -> int:
    """Shows the key manager window first; once it has painted, loads the OKX client and the
    keychain libraries and opens the store in the background (so the window appears about as
    fast as a bare Qt window: benchmarks/startup.py, benchmarks/bundle.py). The wizard opens by
    itself when nothing is saved yet."""
    import gc

    from PySide6.QtCore import QSettings, QTimer

    from gui import firstpaint
    from gui.hardening import harden_process

    # No garbage collection until the first paint: start-up makes little garbage, and the
    # collections its allocations set off cost ~4 ms at 20 connections, ~9 ms at 1,000
    # (benchmarks/startup.py). Enabled again at the paint, or after FIRST_PAINT_GC_MS at most.
    gc.disable()
    harden_process()  # before any secret exists: no core file, no same-user memory reads
    app = create_application()
    QTimer.singleShot(FIRST_PAINT_GC_MS, gc.enable)  # a window that is never painted
    from gui.paths import user_data_dir
    from gui.single_instance import SingleInstance, may_be_running, server_name

    name = server_name(user_data_dir(), simulator)
    instances: list[SingleInstance] = []
    if may_be_running(name):  # else claimed after the first paint (QtNetwork loads then)
        instance = SingleInstance.claim(name)
        if instance is None:
            gc.enable()
            return 0  # the running window was asked to come to the front
        instances.append(instance)
    window = create_window(QSettings(__app_id__, __app_id__), simulator)
    for instance in instances:
        instance.activated.connect(window.bring_to_front)
    firstpaint.install(window, window.first_frame_shows)
    resources = ExitStack()

    def begin() -> None:
        gc.enable()
        if not instances:
            instance = SingleInstance.claim(name)
            if instance is None:  # a launch at the same moment won: it was asked to show
                window.hide()
                app.quit()
                return
            instances.append(instance)
            instance.activated.connect(window.bring_to_front)
        from gui.connections.environment import app_environment

        env = resources.enter_context(app_environment(simulator))
        window.set_environment(env)
        window.start()

    window.first_painted.connect(begin)
    freeze_after_start(window)
    # A thread holding the GIL gives it up after 1 ms instead of 5 when another waits: with a
    # "Check all" of many keys, dozens of threads parse answers, and the window waited for
    # its turn up to ~200 ms (benchmarks/check_all.py).
    sys.setswitchinterval(0.001)
    window.show()
    with resources:
        try:
            return app.exec()
        finally:
            gc.enable()
            window.shutdown()
            for instance in instances:
                instance.close()
