"""Issue 21: what a new user met in the manager on the second pass, one test per item, through
the real widgets (offscreen Qt, the local simulator)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QTableView
from pytestqt.qtbot import QtBot

from gui.manager.content import NAME_MAX
from gui.manager.models import ConnectionsModel
from gui.okx.simulator import Simulator
from gui.vault.keychain import KeychainStore
from tests.manager.conftest import Make, save_sim_key
from tests.manager.helpers import select, status, wait_checks


def account_text(window: object) -> str:
    return window.findChild(QLabel, "accountLabel").text()  # type: ignore[attr-defined]


def test_3_spot_only_connections_are_not_told_the_futures_advice(
    qtbot: QtBot, make_window: Make, store: KeychainStore, simulator: Simulator
) -> None:
    save_sim_key(store, simulator, "us", "US spot")
    save_sim_key(store, simulator, "other-mode", "Hedge")
    save_sim_key(store, simulator, "healthy", "Main")
    window = make_window()
    window.check_all()
    wait_checks(qtbot, window)
    select(window, "US spot")
    text = account_text(window)
    assert "account mode: Spot mode" in text
    assert "recommend" not in text and "positions" not in text  # spot only: no futures advice
    select(window, "Hedge")
    text = account_text(window)
    # every mode allows spot trading: the advice says what it is for
    assert "(for futures the guide recommends Spot and futures mode)" in text
    assert "(for futures the guide recommends one-way)" in text
    select(window, "Main")
    assert "recommend" not in account_text(window)


def test_6_the_total_says_it_is_the_trading_account(
    qtbot: QtBot, make_window: Make, store: KeychainStore, simulator: Simulator
) -> None:
    save_sim_key(store, simulator, "healthy", "Main")
    window = make_window()
    window.check_all()
    wait_checks(qtbot, window)
    select(window, "Main")
    total = window.findChild(QLabel, "totalLabel").text()
    assert total.startswith("Trading account total: ") and total.endswith(" USD")
    assert "equity" not in total.lower()


def test_7_columns_follow_their_contents_and_the_name_takes_the_rest(
    qtbot: QtBot, make_window: Make, store: KeychainStore, simulator: Simulator
) -> None:
    save_sim_key(store, simulator, "healthy", "Laptop trading bot, the long-running one")
    save_sim_key(store, simulator, "demo", "Paper")
    window = make_window()
    table = window.findChild(QTableView, "connectionsTable")
    header = table.horizontalHeader()
    wide = table.fontMetrics().horizontalAdvance("Laptop trading bot, the long-running one")

    def fits() -> bool:
        cut = [
            column
            for column in range(ConnectionsModel.REMINDER + 1)
            if column != ConnectionsModel.NAME
            and header.sectionSize(column) < table.sizeHintForColumn(column)
        ]
        used = sum(header.sectionSize(c) for c in range(header.count()))
        name = header.sectionSize(ConnectionsModel.NAME)
        # nothing cut, no empty space beside the names, the whole name shown
        return not cut and used >= table.viewport().width() and name >= min(wide, NAME_MAX)

    assert fits()  # at once, for the first paint
    window.check_all()
    assert status(window, "Paper") == "Checking…"
    assert header.sectionSize(ConnectionsModel.STATUS) >= table.sizeHintForColumn(
        ConnectionsModel.STATUS
    )  # the longer status is never cut, not even for a moment
    wait_checks(qtbot, window)
    qtbot.waitUntil(fits)  # the new permissions, times and reminders
    window.resize(1400, 680)  # a wide window: the name column takes the room
    qtbot.waitUntil(lambda: table.viewport().width() > 1200)
    assert fits()
    assert sum(header.sectionSize(c) for c in range(header.count())) == table.viewport().width()


def test_10_the_simulator_title_names_the_app_once(
    qtbot: QtBot, make_window: Make, store: KeychainStore, simulator: Simulator
) -> None:
    save_sim_key(store, simulator, "healthy", "Main")
    before = QGuiApplication.applicationDisplayName()
    QGuiApplication.setApplicationDisplayName("OKX Key Manager")
    try:
        window = make_window()
        window.retranslate()
        title = window.windowTitle()
        # X11 and Windows append the display name to any other title
        shown = title if title == "OKX Key Manager" else f"{title} — OKX Key Manager"
        assert shown.count("OKX Key Manager") == 1 and "SIMULATOR" in shown
    finally:
        QGuiApplication.setApplicationDisplayName(before)


def test_9_check_boxes_have_a_visible_frame_on_a_dark_palette(
    qtbot: QtBot, make_window: Make, store: KeychainStore, simulator: Simulator
) -> None:
    from PySide6.QtWidgets import QApplication, QCheckBox

    from gui.manager.settings_dialog import SettingsDialog
    from gui.wizard import colours
    from tests.wizard.test_defects import dark_palette

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    save_sim_key(store, simulator, "healthy", "Main")
    window = make_window()
    try:
        for palette in (dark_palette(), app.style().standardPalette()):
            app.setPalette(palette)
            background = palette.color(palette.ColorRole.Window)
            settings = SettingsDialog(window.services.settings, window, storage="vault")
            qtbot.addWidget(settings)
            boxes = [window.findChild(QCheckBox, "hideSmallCheck")]
            boxes += settings.findChildren(QCheckBox)
            assert len(boxes) == 4
            for box in boxes:
                frame = colours.check_box_frame(box.palette())
                assert colours.contrast(frame, background) >= colours.FRAME_CONTRAST, box
    finally:
        app.setPalette(before)


def test_11_backup_dialogs_open_in_documents_and_the_preview_is_translated(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    from gui.i18n import Translations
    from gui.manager.prompts import ImportDialog, Prompts
    from gui.okx.regions import Environment, Region
    from gui.vault.model import Connection

    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    elsewhere = tmp_path / "checkout"
    elsewhere.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.chdir(elsewhere)
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, look)
            return
        seen.append(dialog.directory().absolutePath())
        dialog.reject()

    prompts = Prompts()
    for ask in (prompts.save_path, prompts.open_path):
        QTimer.singleShot(20, look)
        assert ask(None, "Backup") is None
    assert seen == [str(home / "Documents")] * 2

    connection = Connection("c1", "Paper", Region.GLOBAL, Environment.DEMO, "ab…cd", date.today())
    translations = Translations()
    try:
        translations.set_language("zh_CN")
        dialog = ImportDialog(None, [connection], set())
        qtbot.addWidget(dialog)
        text = dialog.checks["c1"].text()
        assert "GLOBAL" not in text and "demo" not in text
        assert "全球" in text and "模拟盘" in text
    finally:
        translations.set_language("en")


def test_12_find_keys_starts_from_home_and_keeps_file_names_visible(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, simulator: Simulator
) -> None:
    from PySide6.QtCore import Qt

    from gui.manager.find_keys import FindKeysDialog
    from gui.tasks import TaskRunner
    from tests.bots import samples

    creds = simulator.key("healthy").credentials
    home = tmp_path / "home"
    home.mkdir()
    (home / ".env").write_text(samples.dotenv(creds))
    checkout = tmp_path / "checkout"
    (checkout / "tests").mkdir(parents=True)
    (checkout / "tests" / ".env").write_text(samples.dotenv(creds))  # not the user's
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(checkout)
    runner = TaskRunner()
    try:
        dialog = FindKeysDialog(runner, lambda findings, cancel: [])
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
        assert [f.path for f in dialog.findings] == [home / ".env"]
        assert dialog.tree.textElideMode() == Qt.TextElideMode.ElideMiddle
        item = dialog.tree.topLevelItem(0)
        assert item.toolTip(0).startswith(str(home / ".env"))
    finally:
        runner.shutdown()


@pytest.mark.parametrize(("language", "button"), [("en", "Use with…"), ("zh_CN", "机器人…")])
def test_19_find_keys_names_the_use_with_button_as_it_reads(
    qtbot: QtBot, tmp_path: Path, language: str, button: str
) -> None:
    from gui.i18n import Translations
    from gui.manager.find_keys import FindKeysDialog
    from gui.tasks import TaskRunner

    translations = Translations()
    runner = TaskRunner()
    try:
        translations.set_language(language)
        dialog = FindKeysDialog(runner, lambda findings, cancel: [], places=[tmp_path])
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
        intro = dialog.findChild(QLabel, "findKeysIntro").text()
        assert f"“{button}”" in intro and "&" not in intro
    finally:
        translations.set_language("en")
        runner.shutdown()


def test_22_open_on_okx_gives_the_us_click_path(
    qtbot: QtBot, make_window: Make, store: KeychainStore, simulator: Simulator
) -> None:
    from gui.manager.actions import Act

    save_sim_key(store, simulator, "us", "US spot")
    window = make_window()
    select(window, "US spot")
    window.acts[Act.OPEN_OKX].trigger()
    assert window.opened_urls == ["https://app.okx.com"]  # type: ignore[attr-defined]
    shown = window.statusBar().currentMessage()
    assert "Profile > API and connections" in shown
