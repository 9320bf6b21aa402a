"""The "Use with…" and "Find keys in files…" dialogs, with real widgets, a real task runner, the
simulator and an in-memory store."""

from __future__ import annotations

import getpass
import json
import shlex
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from gui.bots.findings import Finding
from gui.bots.migrate import FileOutcome, migrate_findings
from gui.bots.presets import Tool
from gui.bots.snippets import command_line, this_program
from gui.connections.checking import check_key
from gui.connections.environment import OkxTarget
from gui.manager.find_keys import FindKeysDialog
from gui.manager.use_with import UseWithDialog
from gui.okx.regions import Environment, Region
from gui.okx.simulator import Simulator
from gui.tasks import TaskRunner
from gui.vault.keychain import KeychainStore
from gui.vault.memory import MemoryKeyring
from gui.vault.model import Connection
from tests.bots import samples
from tests.bots.conftest import wrong


def _connection(environment: Environment = Environment.LIVE) -> Connection:
    return Connection("c1", "grid bot", Region.EEA, environment, "••••1a2b", date(2026, 1, 2))


def test_use_with_shows_the_run_command_and_copies_it(qtbot: QtBot) -> None:
    dialog = UseWithDialog(_connection(), vault_path=Path("/srv/keys.okxvault"))
    qtbot.addWidget(dialog)
    dialog.select_tool(Tool.FREQTRADE)
    assert dialog.run_text.toPlainText() == command_line(
        "grid bot", Tool.FREQTRADE, vault=Path("/srv/keys.okxvault"), program=this_program()
    )
    unit = dialog.unit_text.toPlainText()
    assert "LoadCredentialEncrypted=" in unit
    # This installation and this user, not a made-up /home/trader and /usr/bin.
    assert f"ExecStart={this_program()} run" in unit and f"User={getpass.getuser()}\n" in unit
    assert f"WorkingDirectory={Path.home()}\n" in unit and "/home/trader" not in unit
    assert not dialog.mcp_text.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.copy_buttons["run"], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.run_text.toPlainText()
    dialog.command.setText("freqtrade trade --strategy 'My Strategy'")
    dialog.command.textEdited.emit(dialog.command.text())
    assert dialog.run_text.toPlainText().endswith("-- freqtrade trade --strategy 'My Strategy'")


def test_use_with_commands_work_when_pasted(
    qtbot: QtBot, tmp_path: Path, simulator: Simulator
) -> None:
    from gui.vault.filevault import FileVaultStore
    from tests.bots.conftest import VAULT_PASSWORD, headless_env

    vault = tmp_path / "keys.okxvault"
    store = FileVaultStore.create(vault, VAULT_PASSWORD)
    key = simulator.key("eea").credentials
    store.add("grid bot", Region.EEA, Environment.LIVE, key)
    store.lock()
    password = tmp_path / "password"
    password.write_text(VAULT_PASSWORD)
    password.chmod(0o600)
    dialog = UseWithDialog(_connection(), vault_path=vault)
    qtbot.addWidget(dialog)
    for tool in (Tool.OKX, Tool.CCXT):
        dialog.select_tool(tool)
        script = "import os; print(os.environ.get('OKX_API_KEY') or os.environ['MYOKX_APIKEY'])"
        dialog.command.setText(shlex.join([sys.executable, "-c", script]))
        dialog.command.textEdited.emit(dialog.command.text())
        line = dialog.run_text.toPlainText()
        pasted = subprocess.run(  # as pasted into a shell on a server
            ["sh", "-c", line],
            capture_output=True,
            text=True,
            timeout=120,
            env=headless_env(tmp_path, OKX_KM_PASSWORD_FILE=str(password)),
        )
        assert pasted.returncode == 0, pasted.stderr
        assert pasted.stdout.strip() == key.api_key


def test_use_with_okx_kit_offers_the_mcp_configuration(qtbot: QtBot) -> None:
    dialog = UseWithDialog(_connection())
    qtbot.addWidget(dialog)
    dialog.select_tool(Tool.OKX)
    assert dialog.mcp_text.isVisibleTo(dialog)
    config = json.loads(dialog.mcp_text.toPlainText())
    assert config["mcpServers"]["okx"]["args"][:4] == ["run", "grid bot", "--as", "okx"]
    assert "WantedBy=default.target" in dialog.unit_text.toPlainText()  # keychain: user unit


def test_use_with_explains_a_tool_that_cannot_use_the_key(qtbot: QtBot) -> None:
    dialog = UseWithDialog(_connection(Environment.DEMO))
    qtbot.addWidget(dialog)
    dialog.select_tool(Tool.FREQTRADE)
    assert dialog.refusal.isVisibleTo(dialog)
    assert "demo-trading key" in dialog.refusal.text()
    assert not dialog.copy_buttons["run"].isEnabled()
    dialog.select_tool(Tool.PYTHON_OKX)
    assert not dialog.refusal.isVisibleTo(dialog) and dialog.copy_buttons["run"].isEnabled()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def test_find_keys_scans_off_the_gui_thread_and_migrates_the_checked_ones(
    qtbot: QtBot, tmp_path: Path, simulator: Simulator, runner: TaskRunner
) -> None:
    good, bad = simulator.key("healthy").credentials, wrong(simulator.key("unbound").credentials)
    (tmp_path / ".env").write_text(samples.dotenv(good))
    (tmp_path / "config.json").write_text(samples.freqtrade_config(bad))
    (tmp_path / "notes.txt").write_text(f"{good.api_key}\n{good.secret_key}\n")
    store = KeychainStore(tmp_path / "data", MemoryKeyring(), service="dialog-test")
    target = OkxTarget(simulator.base_urls, timeout=5.0)
    threads: list[bool] = []

    def migrate(findings: Sequence[Finding], cancel: threading.Event) -> list[FileOutcome]:
        threads.append(threading.current_thread() is threading.main_thread())
        return migrate_findings(
            findings, store, lambda c, r, e: check_key(c, r, e, target), cancel=cancel
        )

    dialog = FindKeysDialog(runner, migrate, places=[tmp_path])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.findings), timeout=10_000)
    assert len(dialog.findings) == 3
    assert dialog.tree.topLevelItemCount() == 3
    rows = [dialog.tree.topLevelItem(i) for i in range(3)]
    low = next(r for r in rows if r is not None and r.text(0).endswith("notes.txt"))
    assert not (low.flags() & Qt.ItemFlag.ItemIsUserCheckable)  # shown, never acted on
    assert good.secret_key not in "".join(r.text(4) for r in rows if r is not None)
    assert {f.path.name for f in dialog.checked()} == {".env", "config.json"}
    qtbot.mouseClick(dialog.migrate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.results.isVisibleTo(dialog), timeout=20_000)
    assert threads == [False]
    text = dialog.results.toPlainText()
    assert "checked and saved as" in text and "did not pass the check" in text
    assert good.secret_key not in (tmp_path / ".env").read_text()
    assert bad.secret_key in (tmp_path / "config.json").read_text()
    assert [c.label for c in store.list()] == ["okx " + tmp_path.name]


def test_find_keys_reports_an_empty_folder(
    qtbot: QtBot, tmp_path: Path, runner: TaskRunner
) -> None:
    dialog = FindKeysDialog(runner, lambda findings, cancel: [], places=[tmp_path])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.status.text() == "No OKX key found in 0 files."
    assert not dialog.migrate_button.isEnabled()


def test_find_keys_names_the_files_it_could_not_read(
    qtbot: QtBot, tmp_path: Path, runner: TaskRunner
) -> None:
    import os

    os.mkfifo(tmp_path / ".env")  # would hang a plain read; refused unread, and said
    dialog = FindKeysDialog(runner, lambda findings, cancel: [], places=[tmp_path])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert "1 files were not read" in dialog.status.text()
    assert f"{tmp_path / '.env'}: not a regular file" in dialog.status.toolTip()
