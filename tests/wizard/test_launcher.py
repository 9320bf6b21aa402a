"""``okx-key-manager --simulator``: the app wired to an embedded simulator, in-memory store.

(The case of an unusable keychain at start is in tests/manager/test_window.py.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from gui.cli import build_parser
from gui.connections.environment import app_environment
from gui.i18n import Translations
from gui.manager.services import ManagerServices
from gui.manager.settings import AppSettings
from gui.manager.window import ManagerWindow
from gui.wizard.flow import Step
from tests.qt_helpers import child
from tests.wizard.helpers import click, next_to, wait_checked


def test_simulator_flag_is_parsed() -> None:
    assert build_parser().parse_args(["--simulator"]).simulator is True
    assert build_parser().parse_args([]).simulator is False


def test_simulator_run_opens_the_wizard_and_saves_in_memory(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    qsettings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    with app_environment(simulator=True) as env:
        services = ManagerServices(AppSettings(qsettings), Translations(), simulator=True)
        window = ManagerWindow(services, env=env)
        qtbot.addWidget(window)
        window.show()
        window.start()
        qtbot.waitUntil(lambda: window.wizard is not None, timeout=10_000)
        dialog = window.wizard
        assert dialog is not None
        assert dialog.badge.isVisible()
        next_to(qtbot, dialog, Step.ENTER_KEYS)
        samples = child(dialog, QComboBox, "simulatorKeyCombo")
        assert samples.isVisible()
        samples.setCurrentIndex(samples.findData("healthy"))
        samples.activated.emit(samples.currentIndex())
        click(qtbot, dialog, "nextButton")
        wait_checked(qtbot, dialog)
        click(qtbot, dialog, "nextButton")
        qtbot.waitUntil(lambda: dialog.flow.state.saved_id is not None, timeout=10_000)
        store = window.controller.store
        assert store is not None
        assert [c.label for c in store.list()] == ["OKX Global"]
        click(qtbot, dialog, "finishButton")
        window.shutdown()
    assert window.controller.runner.is_idle() and dialog.services.runner.is_idle()
    out = capsys.readouterr()
    secrets = env.sample_keys["healthy"]
    for value in (secrets.api_key, secrets.secret_key, secrets.passphrase):
        assert value not in out.out + out.err


@pytest.mark.slow
def test_the_real_entry_point_with_simulator_opens_the_wizard_and_prints_nothing() -> None:
    import os
    import subprocess
    import sys

    code = (
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from gui.app import create_application, run\n"
        "app = create_application()\n"
        "def report():\n"
        "    if any(w.objectName() == 'connectionWizard' and w.isVisible()\n"
        "           for w in QApplication.topLevelWidgets()):\n"
        "        print('WIZARD-OPEN', flush=True)\n"
        "        app.quit()\n"
        "timer = QTimer(); timer.timeout.connect(report); timer.start(50)\n"
        "QTimer.singleShot(20000, app.quit)\n"
        "raise SystemExit(run(simulator=True))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "WIZARD-OPEN\n"
    assert "Traceback" not in result.stderr
