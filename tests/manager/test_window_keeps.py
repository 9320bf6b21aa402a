"""The window keeps what the user is looking at, and offers back what the store found:
the selection follows the connection, the wizard's balances stay, a lost list is restored,
bots' tools are one click away, and a vault file's balances never sit in a plain file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from gui.manager.actions import Act
from gui.manager.find_keys import FindKeysDialog
from gui.manager.frame import Page
from gui.manager.models import ConnectionsModel
from gui.manager.window import ManagerWindow
from gui.okx.simulator import Simulator
from gui.vault.crypto import INSECURE_TEST_POLICY
from gui.vault.filevault import FileVaultStore
from gui.vault.index import FILE_NAME as INDEX_FILE
from gui.vault.keychain import KeychainStore
from gui.wizard.flow import Step
from tests.manager.conftest import Make, PromptRecorder, save_sim_key
from tests.manager.helpers import labels, select, status, wait_checks
from tests.qt_helpers import child
from tests.vault.crypto_helpers import CHEAP_KDF
from tests.wizard.helpers import click, enter_keys, next_to, wait_checked

STRONG = "correct horse battery staple 42!"


def selected_label(window: ManagerWindow) -> str | None:
    connection = window.selected()
    return None if connection is None else connection.label


def balances_text(window: ManagerWindow) -> str:
    return window.content.details.total_label.text()


def test_selection_follows_the_connection_across_reload_rotate_and_delete(
    qtbot: QtBot, make_window: Make, store: KeychainStore, simulator: Simulator
) -> None:
    for name, label in (("healthy", "Alpha"), ("unbound", "Main"), ("eea", "Zulu")):
        save_sim_key(store, simulator, name, label)
    window = make_window()
    select(window, "Main")
    window.reload()
    qtbot.wait(50)
    assert selected_label(window) == "Main"
    # rotate Main: the new key (a new id) is still the selected row, and Copy copies its secret
    wizard = window.rotate_selected()
    assert wizard is not None
    next_to(qtbot, wizard, Step.ENTER_KEYS)
    enter_keys(qtbot, wizard, simulator.key("demo").credentials)
    wizard.flow.state.environment = simulator.key("demo").environment
    click(qtbot, wizard, "nextButton")
    wait_checked(qtbot, wizard)
    if wizard.next_button.isEnabled():
        click(qtbot, wizard, "nextButton")
        qtbot.waitUntil(lambda: wizard.flow.state.saved_id is not None, timeout=10_000)
        rotated = wizard.flow.state.saved_id
        click(qtbot, wizard, "finishButton")
        qtbot.waitUntil(lambda: window.content.selected_id() == rotated, timeout=10_000)
        assert selected_label(window) == "Main"
    else:  # the demo key is refused for a live connection: close it, Main stays selected
        wizard.discard()
        qtbot.waitUntil(lambda: window.wizard is None)
        assert selected_label(window) == "Main"
    # delete Main: the selection moves to the row after it, never back to the first row
    window.acts[Act.DELETE].trigger()
    qtbot.waitUntil(lambda: labels(window) == ["Alpha", "Zulu"])
    assert selected_label(window) == "Zulu"
    window.acts[Act.DELETE].trigger()  # the last row: the one before it
    qtbot.waitUntil(lambda: labels(window) == ["Alpha"])
    assert selected_label(window) == "Alpha"


def test_the_wizards_balances_are_the_connections_cached_balances(
    qtbot: QtBot, make_window: Make, simulator: Simulator
) -> None:
    window = make_window(wait=False)
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.isVisible())
    wizard = window.wizard
    assert wizard is not None
    next_to(qtbot, wizard, Step.ENTER_KEYS)
    enter_keys(qtbot, wizard, simulator.key("healthy").credentials)
    click(qtbot, wizard, "nextButton")
    wait_checked(qtbot, wizard)
    click(qtbot, wizard, "nextButton")
    qtbot.waitUntil(lambda: wizard.finish_button.isEnabled(), timeout=10_000)
    shown = child(wizard, QLabel, "totalLabel").text()
    click(qtbot, wizard, "finishButton")
    qtbot.waitUntil(lambda: window.page is Page.LIST)
    assert status(window, "OKX Global") == "Connected"
    assert "No balances yet" not in balances_text(window)
    assert "USD" in balances_text(window) and shown.split()[-2] in balances_text(window)


def test_connections_found_in_the_keychain_are_offered_back(
    qtbot: QtBot,
    make_window: Make,
    store: KeychainStore,
    simulator: Simulator,
    prompts: PromptRecorder,
    tmp_path: Path,
) -> None:
    for name in ("healthy", "eea", "demo"):
        save_sim_key(store, simulator, name)
    (tmp_path / "data" / INDEX_FILE).unlink()  # the list is lost; the keychain items are not
    window = make_window(wait=False)
    qtbot.waitUntil(lambda: labels(window) == ["demo", "eea", "healthy"], timeout=10_000)
    assert "3 connection(s)" in prompts.questions[-1]
    assert "healthy" in prompts.questions[-1]
    window.check_all()
    wait_checks(qtbot, window)
    assert {status(window, name) for name in ("demo", "eea", "healthy")} == {"Connected"}


def test_use_with_and_find_keys_in_files_from_the_window(
    qtbot: QtBot,
    make_window: Make,
    store: KeychainStore,
    simulator: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_sim_key(store, simulator, "healthy", "Main")
    window = make_window()
    select(window, "Main")
    window.acts[Act.USE_WITH].trigger()
    use_with = child(window, QDialog, "useWithDialog")
    assert use_with is not None and use_with.isVisible()
    command = child(use_with, QLineEdit, "commandEdit")
    assert command is not None
    secret = simulator.key("healthy").credentials.secret_key
    combo = child(use_with, QComboBox, "toolCombo")
    for n in range(combo.count()):
        combo.setCurrentIndex(n)
        assert secret not in command.text()
    use_with.reject()
    # a bot's .env in the home folder (the scan starts there, never in the working folder)
    home = tmp_path / "home"
    project = home / "bot"
    project.mkdir(parents=True)
    key = simulator.key("unbound").credentials
    env_file = home / ".env"
    env_file.write_text(
        f"# my bot\nOKX_API_KEY={key.api_key}\nOKX_SECRET_KEY={key.secret_key}\n"
        f"OKX_PASSPHRASE={key.passphrase}\nLOG_LEVEL=info\n"
    )
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(project)
    window.acts[Act.FIND_KEYS].trigger()
    finder = child(window, FindKeysDialog, "findKeysDialog")
    migrate = child(finder, QPushButton, "migrateButton")
    qtbot.waitUntil(lambda: migrate.isEnabled(), timeout=20_000)
    migrate.click()
    qtbot.waitUntil(lambda: key.secret_key not in env_file.read_text(), timeout=20_000)
    assert "LOG_LEVEL=info" in env_file.read_text()
    qtbot.waitUntil(lambda: migrate.isEnabled() or not finder.busy, timeout=20_000)
    finder.accept()
    qtbot.waitUntil(lambda: len(labels(window)) == 2, timeout=10_000)
    saved = {c.label: c for c in store.list()}
    assert len(saved) == 2 and "Main" in saved


def test_a_vault_files_balances_stay_in_memory_only(
    qtbot: QtBot, make_window: Make, simulator: Simulator, prompts: PromptRecorder, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    path = data / "vault.okxvault"
    vault = FileVaultStore.create(path, STRONG, params=CHEAP_KDF, policy=INSECURE_TEST_POLICY)
    save_sim_key(vault, simulator, "healthy", "Main")
    vault.lock()
    window = make_window(
        open_store=lambda: FileVaultStore(path, params=CHEAP_KDF, policy=INSECURE_TEST_POLICY),
        wait=False,
    )
    qtbot.waitUntil(lambda: window.page is Page.LOCKED)
    prompts.passwords = [STRONG]
    window.frame.unlock_button.click()
    qtbot.waitUntil(lambda: window.page is Page.LIST, timeout=10_000)
    window.check_all()
    wait_checks(qtbot, window)
    select(window, "Main")
    assert "USD" in balances_text(window)
    assert sorted(p.name for p in data.iterdir() if not p.name.startswith(".")) == [
        "vault.okxvault",
        "vault.okxvault.lock",
    ]  # no balances.json beside the encrypted file
    window.acts[Act.LOCK].trigger()
    prompts.passwords = [STRONG]
    window.frame.unlock_button.click()
    qtbot.waitUntil(lambda: window.page is Page.LIST, timeout=10_000)
    select(window, "Main")
    assert "No balances yet" in balances_text(window)  # gone with the session


def test_rows_are_one_line_high_and_long_names_elided(
    qtbot: QtBot, make_window: Make, store: KeychainStore, simulator: Simulator
) -> None:
    long_name = "Grid bot on BTC-USDT for the main account, started spring 2026"
    save_sim_key(store, simulator, "healthy", long_name)
    save_sim_key(store, simulator, "eea", "EEA")
    window = make_window()
    window.check_all()
    wait_checks(qtbot, window)
    table = window.content.table
    line = table.fontMetrics().height()
    heights = {table.rowHeight(n) for n in range(window.content.model.rowCount())}
    assert len(heights) == 1 and heights.pop() < 2 * line  # one line each
    assert not table.wordWrap()
    header = table.horizontalHeader()
    name_width = header.sectionSize(ConnectionsModel.NAME)
    assert name_width < table.fontMetrics().horizontalAdvance(long_name)  # elided, not wrapped
    assert header.sectionSize(ConnectionsModel.REMINDER) <= 320
    assert not header.stretchLastSection()
    fits = table.viewport().height() // table.verticalHeader().defaultSectionSize()
    assert fits >= 8  # about 6 fitted before


def test_an_unlock_in_progress_can_be_cancelled(
    qtbot: QtBot, make_window: Make, simulator: Simulator, prompts: PromptRecorder, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    path = data / "vault.okxvault"
    vault = FileVaultStore.create(path, STRONG)  # the app's own KDF: long enough to cancel
    save_sim_key(vault, simulator, "healthy", "Main")
    vault.lock()
    window = make_window(open_store=lambda: FileVaultStore(path), wait=False)
    qtbot.waitUntil(lambda: window.page is Page.LOCKED)
    prompts.passwords = [STRONG]
    window.frame.unlock_button.click()
    cancel = window.frame.cancel_button
    assert cancel.isVisible() and not window.frame.unlock_button.isVisible()
    cancel.click()
    qtbot.waitUntil(lambda: window.frame.unlock_button.isVisible(), timeout=5_000)
    assert window.controller.session is None and window.controller.store is not None
    assert window.controller.store.locked
    prompts.passwords = [STRONG]  # and it still opens afterwards
    window.frame.unlock_button.click()
    qtbot.waitUntil(lambda: window.page is Page.LIST, timeout=20_000)
    assert labels(window) == ["Main"]


def test_the_list_sorts_by_any_column_and_keeps_the_selection(
    qtbot: QtBot, make_window: Make, store: KeychainStore, simulator: Simulator
) -> None:
    save_sim_key(store, simulator, "healthy", "main")
    save_sim_key(store, simulator, "withdraw", "Bot")
    save_sim_key(store, simulator, "eea", "zulu")
    window = make_window()
    assert labels(window) == ["Bot", "main", "zulu"]  # by name, ignoring case
    window.check_all()
    wait_checks(qtbot, window)
    select(window, "main")
    table = window.content.table
    table.sortByColumn(ConnectionsModel.STATUS, Qt.SortOrder.AscendingOrder)
    assert labels(window) == ["main", "zulu", "Bot"]  # Connected, Connected, Problem
    assert selected_label(window) == "main"
    table.sortByColumn(ConnectionsModel.REGION, Qt.SortOrder.DescendingOrder)
    assert labels(window)[-1] == "zulu"  # EEA last, descending
    assert selected_label(window) == "main"
    window.reload()
    qtbot.waitUntil(lambda: labels(window)[-1] == "zulu")  # a reload keeps the sort
    assert selected_label(window) == "main"


def test_the_stored_listing_gives_way_to_the_sessions_balances_without_a_reset(
    qtbot: QtBot, make_window: Make, store: KeychainStore, simulator: Simulator, tmp_path: Path
) -> None:
    # The first frame shows the stored listing (its snapshots parsed as they are shown); when
    # the store opens with the same rows, the balances the session read replace them in place.
    from datetime import UTC, datetime
    from decimal import Decimal

    from gui.connections.cache import FILE_NAME, BalanceCache, Snapshot
    from gui.connections.session import stored_listing

    alpha = save_sim_key(store, simulator, "healthy", "Alpha")
    beta = save_sim_key(store, simulator, "unbound", "Beta")
    folder = tmp_path / "data"
    at = datetime(2026, 1, 2, tzinfo=UTC)
    cache = BalanceCache(folder / FILE_NAME)
    cache.put_many({c.id: Snapshot(at, Decimal(111), (), ()) for c in (alpha, beta)})
    listing = stored_listing(folder, True)
    assert listing is not None
    cache.put(alpha.id, Snapshot(at, Decimal(222), (), ()))  # newer, read by the session
    window = make_window(listing=listing, wait=False)
    assert labels(window) == ["Alpha", "Beta"] and "111" in balances_text(window)
    resets: list[None] = []
    window.content.model.modelReset.connect(lambda: resets.append(None))
    qtbot.waitUntil(lambda: "222" in balances_text(window), timeout=10_000)
    assert resets == [] and labels(window) == ["Alpha", "Beta"]
    select(window, "Beta")
    assert "111" in balances_text(window)
