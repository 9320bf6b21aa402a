"""Opens the manager (keys in a vault file, so Lock shows) and "Use with…" on the screen Qt was
given, and prints as one JSON line what falls off the screen or into the toolbar's overflow.

Run by tests/manager/test_scale.py in its own process: QT_SCALE_FACTOR and the offscreen screen's
size (QT_QPA_PLATFORM=offscreen:configfile=...) must be set before Qt starts. Uses the local
simulator; nothing leaves 127.0.0.1. ``argv[1]``: the language (en, zh_CN, zh_TW).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QToolBar, QWidget

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from gui.connections.environment import AppEnvironment, OkxTarget  # noqa: E402
from gui.i18n import Translations  # noqa: E402
from gui.manager.actions import Act  # noqa: E402
from gui.manager.frame import Page  # noqa: E402
from gui.manager.services import ManagerServices  # noqa: E402
from gui.manager.settings import AppSettings  # noqa: E402
from gui.manager.use_with import UseWithDialog  # noqa: E402
from gui.manager.window import ManagerWindow  # noqa: E402
from gui.okx.simulator import Simulator  # noqa: E402
from gui.vault.filevault import FileVaultStore  # noqa: E402
from tests.qt_helpers import child  # noqa: E402


def wait_until(condition: object, seconds: float = 15.0) -> None:
    for _ in range(int(seconds * 100)):
        if callable(condition) and condition():
            return
        QTest.qWait(10)
    raise TimeoutError("the window did not get there in time")


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    screen = app.primaryScreen().availableGeometry()
    report: dict[str, object] = {"screen": [screen.width(), screen.height()]}
    problems: list[str] = []
    translations = Translations()
    translations.set_language(language)
    with Simulator() as sim, tempfile.TemporaryDirectory() as tmp:
        vault = FileVaultStore.create(Path(tmp) / "vault.okxkm", "correct horse battery 42!")
        for name in ("healthy", "demo"):
            key = sim.key(name)
            vault.add(name, key.region, key.environment, key.credentials)
        settings = AppSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        env = AppEnvironment(
            OkxTarget(sim.base_urls, timeout=5.0),
            lambda: vault,
            simulator=True,
            data_dir=Path(tmp) / "data",
        )
        window = ManagerWindow(ManagerServices(settings, translations), env=env)
        window.show()
        window.start()
        wait_until(lambda: window.page is Page.LIST)
        QTest.qWait(100)
        report["size"] = [window.width(), window.height()]
        if not screen.contains(window.frameGeometry()):
            problems.append(f"manager {window.frameGeometry()} outside {screen}")
        toolbar = child(window, QToolBar, "mainToolBar")
        report["overflow"] = [
            act.name
            for act in (Act.LOCK, Act.SETTINGS)
            if not (button := toolbar.widgetForAction(window.acts[act])) or not button.isVisible()
        ]
        connection = window.content.model.rows[0].connection
        dialog = UseWithDialog(connection, window, vault_path=Path(tmp) / "vault.okxkm")
        dialog.show()
        QTest.qWait(100)
        report["use_with"] = [dialog.width(), dialog.height()]
        if not screen.contains(dialog.frameGeometry()):
            problems.append(f"use with {dialog.frameGeometry()} outside {screen}")
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        close = box.buttons()[0]
        if not screen.contains(global_rect(close)):
            problems.append("use with: Close off screen")
        dialog.close()
        window.close()
    report["problems"] = problems
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
