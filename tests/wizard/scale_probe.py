"""Walks every wizard page and prints, as one JSON line, what a user on this screen would see cut.

Run by tests/wizard/test_scale.py in its own process, since QT_SCALE_FACTOR and the offscreen
screen's size (QT_QPA_PLATFORM=offscreen:configfile=...) must be set before Qt starts. Uses the
local simulator and an in-memory keyring; nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QScrollArea, QWidget

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from gui.clipboard import SecretClipboard  # noqa: E402
from gui.okx.simulator import Simulator  # noqa: E402
from gui.okx.target import OkxTarget  # noqa: E402
from gui.tasks import TaskRunner  # noqa: E402
from gui.vault.keychain import KeychainStore  # noqa: E402
from gui.vault.memory import MemoryKeyring  # noqa: E402
from gui.wizard.connection import KeyChecker, StoreSaver  # noqa: E402
from gui.wizard.dialog import WizardDialog  # noqa: E402
from gui.wizard.flow import Step  # noqa: E402
from gui.wizard.services import WizardServices  # noqa: E402
from tests.qt_helpers import child  # noqa: E402


def wait_until(condition: object, seconds: float = 15.0) -> None:
    for _ in range(int(seconds * 100)):
        if callable(condition) and condition():
            return
        QTest.qWait(10)
    raise TimeoutError("the wizard did not get there in time")


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def problems_on(dialog: WizardDialog, screen: QRect) -> list[str]:
    found = []
    if not screen.contains(dialog.frameGeometry()):
        found.append(f"dialog {dialog.frameGeometry()} outside {screen}")
    for button in dialog.findChildren(QPushButton):
        shown = button.isVisible() and button.parent() is dialog
        if shown and not screen.contains(global_rect(button)):
            found.append(f"button {button.objectName()} off screen")
    page = dialog.page
    scroll = page.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    if isinstance(scroll, QScrollArea) and scroll.horizontalScrollBar().maximum() > 0:
        found.append(f"{page.objectName()} scrolls sideways")
    for label in page.findChildren(QLabel):
        wrapped = label.isVisible() and label.wordWrap()
        if wrapped and label.height() < label.heightForWidth(label.width()):
            found.append(f"{label.objectName()} cut off")
    return found


def main() -> int:
    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    screen = app.primaryScreen().availableGeometry()
    report: dict[str, object] = {"screen": [screen.width(), screen.height()], "pages": {}}
    pages: dict[str, list[str]] = {}
    with Simulator() as sim, tempfile.TemporaryDirectory() as tmp:
        store = KeychainStore(Path(tmp), MemoryKeyring(), service="okx-km-scale-probe")
        access = KeyChecker(OkxTarget(sim.base_urls, timeout=5.0))
        runner = TaskRunner()
        services = WizardServices(
            runner=runner,
            clipboard=SecretClipboard(),
            check=access.check,
            save=StoreSaver(store),
            fix=access.fix,
            open_url=lambda _url: None,
            simulator=True,
        )
        dialog = WizardDialog(services)
        dialog.show()
        QTest.qWait(100)
        report["size"] = [dialog.width(), dialog.height()]
        creds = sim.key("other-mode").credentials
        while True:
            step = dialog.flow.current
            if step is Step.ENTER_KEYS:
                for name, value in (
                    ("apiKeyEdit", creds.api_key),
                    ("secretKeyEdit", creds.secret_key),
                    ("passphraseEdit", creds.passphrase),
                ):
                    edit = child(dialog, QLineEdit, name)
                    edit.setText(value)
                    edit.textEdited.emit(value)
            wait_until(lambda: not dialog.page.busy)
            QTest.qWait(100)
            pages[step.value] = problems_on(dialog, screen)
            if dialog.flow.is_last():
                break
            dialog.go_next()
        report["pages"] = pages
        dialog.done(0)
        runner.shutdown()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
