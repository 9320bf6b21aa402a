"""Screenshots of the window's Bot keys parts: the "New bot key" dialog and "Keys on OKX" (drift),
in English and 简体中文, beside the list with a manager key and issued keys.

Run under X: ``xvfb-run -a .venv/bin/python docs/screenshots/make_bot_keys_screenshots.py``.
Against the local simulator, with an in-memory keyring: nothing touches the real keychain.
Writes ``docs/screenshots/manager/bot-keys-<lang>-{window,new,drift}.png``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QSpinBox, QTableWidget

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_manager_screenshots import shoot, wait  # noqa: E402

from gui.app import create_application  # noqa: E402
from gui.connections.environment import AppEnvironment, OkxTarget  # noqa: E402
from gui.connections.issuing import IssueRequest, issue_key  # noqa: E402
from gui.connections.manager_key import find_manager, mark_manager  # noqa: E402
from gui.i18n import Translations  # noqa: E402
from gui.manager.services import ManagerServices  # noqa: E402
from gui.manager.settings import AppSettings  # noqa: E402
from gui.manager.window import ManagerWindow, Page  # noqa: E402
from gui.okx.simulator import Simulator  # noqa: E402
from gui.vault.keychain import KeychainStore  # noqa: E402
from gui.vault.memory import MemoryKeyring  # noqa: E402

OUT = Path(__file__).resolve().parent / "manager"


def shoot_language(language: str, sim: Simulator, tmp: Path) -> None:
    sim.reset()
    sim.rate_limits = False
    translations = Translations()
    translations.set_language(language)
    store = KeychainStore(tmp / language, MemoryKeyring(), service="okx-km-screenshots")
    target = OkxTarget(sim.base_urls, timeout=5.0)
    key = sim.key("manager")
    manager_id = store.add("Master (manager)", key.region, key.environment, key.credentials).id
    mark_manager(store, manager_id, target)
    manager = find_manager(store, "Master (manager)")
    issue_key(store, manager, IssueRequest("botalpha01", ("127.0.0.1",), "Grid bot"), target)
    issue_key(
        store,
        manager,
        IssueRequest("botbeta02", ("203.0.113.9",), "DCA bot (server)", rotation_days=30),
        target,
    )
    settings = AppSettings(QSettings(str(tmp / f"{language}.ini"), QSettings.Format.IniFormat))
    env = AppEnvironment(target, lambda: store, simulator=True, data_dir=tmp / f"{language}-d")
    window = ManagerWindow(ManagerServices(settings, translations), env=env)
    window.show()
    window.start()
    wait(lambda: window.page is Page.LIST)
    window.content.select(next(r.connection.id for r in window.content.model.rows))
    shoot(window, OUT / f"bot-keys-{language}-window.png")

    dialog = window.bot_keys.new_bot_key()
    assert dialog is not None
    combo = dialog.findChild(QComboBox, "subAccountCombo")
    wait(lambda: combo.count() > 0)
    combo.setEditText("botbeta02")
    dialog.findChild(QLineEdit, "ipsEdit").setText("203.0.113.7, 198.51.100.2")
    dialog.findChild(QLineEdit, "labelEdit").setText("Arbitrage bot")
    dialog.findChild(QSpinBox, "rotateDaysSpin").setValue(30)
    shoot(dialog, OUT / f"bot-keys-{language}-new.png")
    dialog.reject()

    drift = window.bot_keys.drift()
    assert drift is not None
    table = drift.findChild(QTableWidget, "driftTable")
    wait(lambda: table.rowCount() > 0)
    shoot(drift, OUT / f"bot-keys-{language}-drift.png")
    drift.reject()
    window.close()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog):
            widget.close()
    translations.set_language("en")


def main() -> int:
    app = create_application()
    app.setStyle("Fusion")
    app.setPalette(app.style().standardPalette())
    with Simulator() as sim, tempfile.TemporaryDirectory() as tmp:
        for language in ("en", "zh_CN"):
            shoot_language(language, sim, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
