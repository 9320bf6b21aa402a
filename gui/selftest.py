"""``okx-key-manager --self-test``: proves an installed copy works the way a user starts it.

Runs offscreen (sets ``QT_QPA_PLATFORM=offscreen`` unless a platform is chosen), then checks, one
report line each: Qt opens the key manager window and the wizard; the bundled translations load; the
system keychain stores, reads back and deletes a throw-away item under its own service name (or,
when no keychain works, an encrypted vault file in a temporary folder does); and a connection
check passes against the embedded OKX simulator. Exit status 0 when every check passed, 1 when
one failed (the last line names which). Nothing of the user's is read or written: only fake keys
and throw-away items are used, and no secret is printed.
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

# The keychain service of the throw-away item (never the app's own ``okx-key-manager``).
SELFTEST_SERVICE = "okx-key-manager-selftest"


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    status: str = ""  # shown instead of ok/FAILED when set

    def line(self) -> str:
        return f"{self.name}: {self.status or ('ok' if self.ok else 'FAILED')} ({self.detail})"


class CheckFailedError(Exception):
    """A check's own finding (the message is the report's detail)."""


def _failure(exc: BaseException) -> str:
    text = str(exc).splitlines()[0][:160] if str(exc) else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


@contextmanager
def _timed() -> Iterator[Callable[[], str]]:
    started = time.perf_counter()
    yield lambda: f"{(time.perf_counter() - started) * 1000:.0f} ms"


def check_qt() -> str:
    """Creates the QApplication and opens the key manager window as the app does (simulator
    mode, nothing saved), which opens the wizard by itself."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtGui import QGuiApplication, QIcon

    from gui.app import create_application
    from gui.connections.environment import app_environment
    from gui.i18n import Translations
    from gui.manager.services import ManagerServices
    from gui.manager.settings import AppSettings
    from gui.manager.window import ManagerWindow
    from gui.paths import icons_dir

    app = create_application([sys.argv[0] if sys.argv else "okx-key-manager"])
    with tempfile.TemporaryDirectory(prefix="okx-km-selftest-") as folder:
        # Settings in a throw-away INI file: the user's own settings are never read or written.
        qsettings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        with app_environment(simulator=True) as env:
            services = ManagerServices(AppSettings(qsettings), Translations(), simulator=True)
            window = ManagerWindow(services, env=env)

            def wizard_open() -> bool:
                return window.wizard is not None and window.wizard.isVisible()

            loop = QEventLoop()
            poll = QTimer()
            poll.timeout.connect(lambda: loop.quit() if wizard_open() else None)
            try:
                window.show()
                window.start()
                poll.start(20)
                QTimer.singleShot(15_000, loop.quit)
                loop.exec()
                poll.stop()
                if not window.isVisible() or not wizard_open():
                    raise CheckFailedError("the manager window or the wizard did not open")
                if app.windowIcon().isNull():
                    raise CheckFailedError("no app icon in resources/icons")
                if QIcon(str(icons_dir() / "connected.svg")).pixmap(16, 16).isNull():
                    raise CheckFailedError("SVG icons do not render (Qt's svg plugins missing)")
            finally:
                window.shutdown()
                window.close()
                window.deleteLater()
                app.processEvents()
    sizes = len(app.windowIcon().availableSizes())
    return (
        f"{QGuiApplication.platformName()}, PySide6 {pyside_version}, windows, {sizes} icon sizes"
    )


def check_translations(directory: Path | None = None) -> str:
    """Loads every shipped language, translates one known string with it, and finds Qt's own
    ``qtbase`` translation of it (the buttons of Qt's standard dialogs)."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

    from gui.i18n import ENGLISH, LANGUAGES, TRANSLATIONS_DIR, Translations

    translations = Translations(directory if directory is not None else TRANSLATIONS_DIR)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = []
    try:
        for language in LANGUAGES:
            if language == ENGLISH:
                continue
            if translations.set_language(language) != language:
                raise CheckFailedError(f"{language} missing in {translations.directory}")
            if QCoreApplication.translate("ManagerWindow", "Create a vault file") == (
                "Create a vault file"
            ):
                raise CheckFailedError(f"{language} loaded but translates nothing")
            if not QTranslator().load(f"qtbase_{language}", qt_dir):
                raise CheckFailedError(f"Qt's qtbase_{language}.qm missing in {qt_dir}")
            loaded.append(language)
    finally:
        translations.set_language(ENGLISH)
    return ", ".join(loaded) + ", with Qt's own"


def check_keychain() -> str:
    """Stores, reads back and deletes a throw-away item in the system keychain."""
    import keyring

    backend = keyring.get_keyring()
    name = type(backend).__module__.rsplit(".", 1)[-1]
    if type(backend).__module__.startswith("keyring.backends.fail"):
        raise CheckFailedError("no keychain backend (keyring.backends.fail)")
    username = "selftest-" + secrets.token_hex(6)
    value = secrets.token_urlsafe(24)
    backend.set_password(SELFTEST_SERVICE, username, value)
    try:
        if backend.get_password(SELFTEST_SERVICE, username) != value:
            raise CheckFailedError(f"{name} read back something else")
    finally:
        backend.delete_password(SELFTEST_SERVICE, username)
    if backend.get_password(SELFTEST_SERVICE, username) is not None:
        raise CheckFailedError(f"{name} kept the deleted item")
    return name


def check_vault_file(directory: Path) -> str:
    """Creates, locks, unlocks and lists an encrypted vault file in ``directory``."""
    from gui.connections.environment import create_vault_file
    from gui.connections.storage import VAULT_FILE_NAME
    from gui.connections.stores import open_default_store, unlock_store

    password = secrets.token_urlsafe(24)
    create_vault_file(directory / VAULT_FILE_NAME, password).lock()
    reopened = unlock_store(open_default_store(directory), password)
    if reopened.list() != []:
        raise CheckFailedError("a new vault file is not empty")
    return "created, locked, unlocked"


def check_connection_against_simulator() -> str:
    """Runs the wizard's connection check against the embedded simulator with key "healthy"."""
    from gui.okx.check import OkxTarget, check_connection
    from gui.okx.simulator import Simulator

    with Simulator() as sim:
        key = next(k for k in sim.keys if k.name == "healthy")
        report = check_connection(key.credentials, target=OkxTarget(sim.base_urls, timeout=5.0))
    if not report.ok:
        failed = [str(item.id) for item in report.items if item.status.name == "FAIL"]
        raise CheckFailedError("failed items: " + ", ".join(failed))
    return f"{len(report.items)} items"


def check_helper_against_simulator() -> str:
    """The same check made by the check helper, the process "Check all" starts for a big
    batch (the frozen app starts itself for it): it starts, checks, and ends."""
    from gui.connections.check_helper import CheckHelper
    from gui.okx.check import OkxTarget
    from gui.okx.simulator import Simulator

    with Simulator() as sim:
        key = next(k for k in sim.keys if k.name == "healthy")
        helper = CheckHelper(OkxTarget(sim.base_urls, timeout=5.0), 4)
        try:
            report = helper.check(key.credentials, key.region, key.environment, "self-test")
        finally:
            helper.close()
        if not helper.wait(10):
            raise CheckFailedError(f"the helper (pid {helper.pid}) did not end")
    if not report.ok:
        raise CheckFailedError("its report failed")
    return f"pid {helper.pid}, {len(report.items)} items"


def _run(name: str, check: Callable[[], str]) -> CheckResult:
    with _timed() as elapsed:
        try:
            detail = check()
        except CheckFailedError as exc:
            return CheckResult(name, False, str(exc))
        except Exception as exc:  # the report names whatever broke
            return CheckResult(name, False, _failure(exc))
        return CheckResult(name, True, f"{detail}, {elapsed()}")


def storage_result() -> CheckResult:
    """The keychain line; when no keychain works, the vault-file check decides instead."""
    keychain = _run("keychain", check_keychain)
    if keychain.ok:
        return keychain

    def vault_in_temp_dir() -> str:
        with tempfile.TemporaryDirectory(prefix="okx-km-selftest-") as tmp:
            return check_vault_file(Path(tmp))

    vault = _run("vault file", vault_in_temp_dir)
    detail = f"{keychain.detail}) — {vault.line().removesuffix(')')}"
    return CheckResult("keychain", vault.ok, detail, status="unavailable")


def _quiet_offscreen_warnings() -> None:
    """Drops the offscreen platform's harmless "propagateSizeHints" warning; keeps the rest."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if "does not support propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def run_checks() -> list[CheckResult]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _quiet_offscreen_warnings()
    return [
        _run("qt", check_qt),
        _run("translations", check_translations),
        storage_result(),
        _run("connection check", check_connection_against_simulator),
        _run("check helper", check_helper_against_simulator),
    ]


def run_self_test(out: TextIO | None = None) -> int:
    """Prints one line per check and a verdict; returns the exit status (0: all passed)."""
    stream = out if out is not None else sys.stdout
    from gui import __app_name__, __version__
    from gui.paths import is_frozen

    print(
        f"{__app_name__} {__version__} self-test ({'frozen' if is_frozen() else 'source'})",
        file=stream,
    )
    results = run_checks()
    for result in results:
        print(result.line(), file=stream)
    failed = [result.name for result in results if not result.ok]
    print(f"self-test: {'FAILED (' + ', '.join(failed) + ')' if failed else 'ok'}", file=stream)
    stream.flush()
    return 1 if failed else 0
