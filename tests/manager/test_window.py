"""The key manager window against the local OKX simulator."""

from __future__ import annotations

import gc
import json
import os
import signal
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QTableView
from pytestqt.qtbot import QtBot

from gui.clipboard import KDE_HINT
from gui.connections.cache import FILE_NAME, BalanceCache, BalanceRow, Snapshot
from gui.connections.checkall import HELPER_MIN_BATCH
from gui.connections.repairs import Resolution
from gui.manager.actions import Act
from gui.manager.frame import Page
from gui.manager.models import ConnectionsModel
from gui.manager.settings import AppSettings
from gui.okx.regions import Region
from gui.okx.signing import Credentials
from gui.okx.simulator import Fault, Simulator
from gui.vault.filevault import FileVaultStore
from gui.vault.keychain import KeychainStore
from gui.vault.model import Facts
from gui.wizard.flow import Step
from tests.manager.conftest import Make, PromptRecorder, save_sim_key
from tests.manager.helpers import (
    cell,
    click_status,
    labels,
    select,
    status,
    wait_checks,
    wait_idle,
)
from tests.qt_helpers import child
from tests.wizard.helpers import click, enter_keys, next_to, wait_checked

STRONG = "correct horse battery staple 42!"


def test_nothing_saved_opens_the_wizard(qtbot: QtBot, make_window: Make) -> None:
    window = make_window(wait=False)
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.isVisible())
    assert window.page is Page.EMPTY
    assert child(window, QLabel, "notOkxBadge").isVisible()
    assert not window.acts[Act.CHECK_ALL].isEnabled()


def test_message_and_its_button_are_centred_and_shortcuts_set(
    qtbot: QtBot, make_window: Make
) -> None:
    # Made without Qt's enums before the first paint (style sheet, stretches, setShortcuts).
    window = make_window(wait=False)
    qtbot.waitUntil(lambda: window.page is Page.EMPTY and window.frame.add_button.isVisible())
    assert window.frame.message.alignment() == Qt.AlignmentFlag.AlignCenter
    page = window.frame.add_button.parentWidget()
    assert page is not None
    button = window.frame.add_button.geometry()
    assert abs(button.center().x() - page.rect().center().x()) <= 1
    assert button.width() == window.frame.add_button.sizeHint().width()  # not stretched
    shortcuts = {
        window.acts[Act.ADD]: QKeySequence(QKeySequence.StandardKey.New),
        window.acts[Act.CHECK]: QKeySequence("F5"),
        window.acts[Act.CHECK_ALL]: QKeySequence("Ctrl+F5"),
        window.acts[Act.EDIT]: QKeySequence("F2"),
        window.acts[Act.DELETE]: QKeySequence(QKeySequence.StandardKey.Delete),
        window.acts[Act.LOCK]: QKeySequence("Ctrl+L"),
    }
    for action, sequence in shortcuts.items():
        assert action.shortcuts() == [sequence]
    assert window.acts[Act.ROTATE].shortcuts() == []


def test_several_saved_list_check_all_and_balances(
    qtbot: QtBot, make_window: Make, store: KeychainStore, simulator: Simulator
) -> None:
    save_sim_key(store, simulator, "healthy", "Main")
    save_sim_key(store, simulator, "demo", "Paper")
    save_sim_key(store, simulator, "withdraw", "Risky")
    window = make_window()
    assert labels(window) == ["Main", "Paper", "Risky"]
    assert not window.idle.filtering  # the keychain has no lock: no app-wide input filter
    assert status(window, "Main") == "Not checked"
    assert cell(window, "Paper", ConnectionsModel.ENVIRONMENT) == "DEMO"
    window.check_all()
    assert window.checks.progress.isVisible() and window.checks.stop.isVisible()
    assert gc.get_freeze_count() > 0  # the collector leaves the list alone during the run
    wait_checks(qtbot, window)
    assert gc.get_freeze_count() == 0  # and takes it back after
    assert status(window, "Main") == "Connected"
    assert status(window, "Paper") == "Connected"
    assert status(window, "Risky") == "Problem"
    assert "Withdraw" in str(cell(window, "Risky", ConnectionsModel.PERMISSIONS))
    assert cell(window, "Risky", ConnectionsModel.STATUS, Qt.ItemDataRole.ToolTipRole)
    assert not window.checks.progress.isVisible()
    # the results are stored (non-secret facts) and the balances shown for the selection
    saved = {c.label: c for c in store.list()}
    assert saved["Main"].facts.last_check is not None
    assert "trade" in saved["Main"].facts.permissions
    select(window, "Main")
    assert "USD" in child(window, QLabel, "totalLabel").text()
    trading = child(window, QTableView, "tradingTable")
    assert trading.model().rowCount() > 0
    assert "UID" in child(window, QLabel, "accountLabel").text()
    assert "Fetched" in child(window, QLabel, "fetchedLabel").text()
    # clicking the status of a problem shows cause and fix
    select(window, "Risky")
    click_status(qtbot, window, "Risky")
    prompts = window.services.prompts
    assert isinstance(prompts, PromptRecorder) and prompts.informed
    assert "What to do" in prompts.informed[-1]


def test_check_all_with_one_failing_key(
    qtbot: QtBot, make_window: Make, store: KeychainStore, simulator: Simulator
) -> None:
    save_sim_key(store, simulator, "healthy", "Good")
    good = simulator.key("unbound").credentials
    store.add(
        "Broken",
        Region.GLOBAL,
        simulator.key("unbound").environment,
        Credentials(good.api_key, good.secret_key, "wrong-passphrase-1"),
    )
    save_sim_key(store, simulator, "eea", "Europe")
    window = make_window()
    window.check_all()
    wait_checks(qtbot, window)
    assert status(window, "Good") == "Connected"
    assert status(window, "Europe") == "Connected"
    assert status(window, "Broken") == "Problem"
    tip = str(cell(window, "Broken", ConnectionsModel.STATUS, Qt.ItemDataRole.ToolTipRole))
    assert "passphrase" in tip.lower()
    broken = next(c for c in store.list() if c.label == "Broken")
    assert broken.facts.last_check is not None
    assert broken.facts.last_check.status.value == "problem"


def test_check_all_can_be_stopped(
    qtbot: QtBot, make_window: Make, store: KeychainStore, simulator: Simulator
) -> None:
    for name in ("healthy", "unbound", "demo", "eea", "us", "sub-account"):
        save_sim_key(store, simulator, name)
    window = make_window()
    simulator.inject(Fault(latency=30.0))
    window.check_all()
    assert window.checks.run is not None and window.checks.run.concurrency >= 4
    assert simulator.wait_for_arrivals(1, timeout=10)
    assert all(status(window, label) == "Checking…" for label in labels(window))
    window.cancel_checks()
    wait_checks(qtbot, window)
    assert all(status(window, label) == "Not checked" for label in labels(window))
    simulator.reset()  # ends the held requests


def replace_uid(uid: str, facts: Facts) -> Facts:
    return replace(facts, uid=uid)


def test_check_all_of_many_runs_in_the_helper_and_survives_its_end(
    qtbot: QtBot, make_window: Make, store: KeychainStore, simulator: Simulator
) -> None:
    saved = [save_sim_key(store, simulator, "healthy", f"Bot {n:02d}") for n in range(10)]
    assert len(saved) >= HELPER_MIN_BATCH
    # one account, known from earlier checks: the run paces its keys within OKX's limits
    uid = simulator.scenario.accounts[simulator.key("healthy").account].uid
    store.change_facts({c.id: partial(replace_uid, uid) for c in saved})
    window = make_window()
    window.check_all()
    wait_checks(qtbot, window)
    run = window.checks.run
    assert run is not None and run.helper_pid is not None  # checked in the helper process
    assert all(status(window, label) == "Connected" for label in labels(window))
    # a helper that dies mid-run: each of its rows says so, and nothing hangs
    simulator.reset()  # counts arrivals from here
    simulator.inject(Fault(latency=30.0))
    window.check_all()
    assert simulator.wait_for_arrivals(1, timeout=20)
    run = window.checks.run
    assert run is not None and run.helper_pid is not None
    os.kill(run.helper_pid, signal.SIGKILL)
    wait_checks(qtbot, window)
    assert all(status(window, label) == "Problem" for label in labels(window))
    tip = str(cell(window, "Bot 00", ConnectionsModel.STATUS, Qt.ItemDataRole.ToolTipRole))
    assert "checking process ended" in tip
    simulator.reset()  # ends the held requests


def test_offline_start_shows_saved_balances_with_their_age(
    qtbot: QtBot, make_window: Make, store: KeychainStore, simulator: Simulator, tmp_path: Path
) -> None:
    connection = save_sim_key(store, simulator, "healthy", "Main")
    cache = BalanceCache(tmp_path / "data" / FILE_NAME)
    fetched = datetime.now(UTC) - timedelta(hours=3, minutes=5)
    cache.put(
        connection.id,
        Snapshot(
            fetched,
            Decimal("1234.5"),
            (BalanceRow("BTC", Decimal("0.01"), Decimal("0.01"), Decimal(0), Decimal("600")),),
            (BalanceRow("USDT", Decimal("10"), Decimal("10"), Decimal(0)),),
            uid="42",
        ),
    )
    closed = {region: "http://127.0.0.1:9" for region in Region}
    window = make_window(base_urls=closed)
    select(window, "Main")
    assert "1,234.50 USD" in child(window, QLabel, "totalLabel").text()
    fetched_text = child(window, QLabel, "fetchedLabel").text()
    assert "Saved balances" in fetched_text and "3 hour(s) ago" in fetched_text
    window.check_selected()
    wait_checks(qtbot, window)
    assert status(window, "Main") == "Offline"
    # the saved balances stay visible
    assert child(window, QTableView, "tradingTable").model().rowCount() == 1


def test_balance_cache_holds_no_secret(
    qtbot: QtBot, make_window: Make, store: KeychainStore, simulator: Simulator, tmp_path: Path
) -> None:
    save_sim_key(store, simulator, "healthy", "Main")
    window = make_window()
    window.check_all()
    wait_checks(qtbot, window)
    text = (tmp_path / "data" / FILE_NAME).read_text()
    creds = simulator.key("healthy").credentials
    assert json.loads(text)["format"] == "okx-key-manager/balance-cache"
    for secret in (creds.api_key, creds.secret_key, creds.passphrase):
        assert secret not in text


def test_rename_notes_copy_and_settings_hold_no_secret(
    qtbot: QtBot,
    make_window: Make,
    store: KeychainStore,
    simulator: Simulator,
    prompts: PromptRecorder,
    settings_file: Path,
) -> None:
    save_sim_key(store, simulator, "healthy", "Main")
    window = make_window()
    prompts.edit_answer = ("Main account", "the bot's key")
    window.acts[Act.EDIT].trigger()
    qtbot.waitUntil(lambda: labels(window) == ["Main account"])
    assert store.list()[0].facts.notes == "the bot's key"
    creds = simulator.key("healthy").credentials
    clipboard = QGuiApplication.clipboard()
    for action, secret in (
        (window.acts[Act.COPY_API_KEY], creds.api_key),
        (window.acts[Act.COPY_SECRET_KEY], creds.secret_key),
        (window.acts[Act.COPY_PASSPHRASE], creds.passphrase),
    ):
        action.trigger()
        qtbot.waitUntil(partial(_holds, clipboard, secret))
        assert clipboard.mimeData().data(KDE_HINT) == b"secret"
    assert window.clipboard.clear_after_ms == 30_000
    window.acts[Act.OPEN_OKX].trigger()
    assert window.opened_urls == ["https://www.okx.com/account/my-api"]  # type: ignore[attr-defined]
    window.close()
    window.clipboard.clear_if_ours()
    text = settings_file.read_bytes()
    assert b"geometry" in text
    for secret in (creds.api_key, creds.secret_key, creds.passphrase):
        assert secret.encode() not in text


def test_delete_names_the_label_and_the_okx_page(
    qtbot: QtBot,
    make_window: Make,
    store: KeychainStore,
    simulator: Simulator,
    prompts: PromptRecorder,
) -> None:
    save_sim_key(store, simulator, "demo", "Paper")
    save_sim_key(store, simulator, "healthy", "Main")
    window = make_window()
    select(window, "Paper")
    prompts.confirm_answer = False
    window.acts[Act.DELETE].trigger()
    assert "Paper" in prompts.questions[-1]
    # No confirmed address for the demo API page: the site and OKX's click path from there.
    assert 'href="https://www.okx.com"' in prompts.questions[-1]
    assert "Demo Trading > Personal Center > Demo Trading API" in prompts.questions[-1]
    assert len(store.list()) == 2
    prompts.confirm_answer = True
    window.acts[Act.DELETE].trigger()
    qtbot.waitUntil(lambda: labels(window) == ["Main"])
    assert [c.label for c in store.list()] == ["Main"]
    select(window, "Main")
    window.acts[Act.DELETE].trigger()
    qtbot.waitUntil(lambda: window.page is Page.EMPTY)
    assert store.list() == []


def test_rotate_replaces_the_key_only_after_it_verifies(
    qtbot: QtBot, make_window: Make, store: KeychainStore, simulator: Simulator
) -> None:
    old = save_sim_key(store, simulator, "unbound", "Bot")
    window = make_window()
    wizard = window.rotate_selected()
    assert wizard is not None
    assert wizard.flow.state.label == "Bot"
    assert wizard.flow.current is not Step.START
    next_to(qtbot, wizard, Step.ENTER_KEYS)
    enter_keys(qtbot, wizard, simulator.key("healthy").credentials)
    click(qtbot, wizard, "nextButton")
    wait_checked(qtbot, wizard)
    assert [c.id for c in store.list()] == [old.id]  # verified, not saved yet
    click(qtbot, wizard, "nextButton")
    qtbot.waitUntil(lambda: wizard.flow.state.saved_id is not None, timeout=10_000)
    qtbot.waitUntil(lambda: wizard.finish_button.isEnabled())
    click(qtbot, wizard, "finishButton")
    qtbot.waitUntil(
        lambda: (
            bool(window.content.model.rows) and window.content.model.rows[0].connection.id != old.id
        )
    )
    (new,) = store.list()
    assert new.label == "Bot"
    assert store.get_credentials(new.id) == simulator.key("healthy").credentials
    assert store.problems() == []


def test_export_and_import_round_trip(
    qtbot: QtBot,
    make_window: Make,
    store: KeychainStore,
    simulator: Simulator,
    prompts: PromptRecorder,
    tmp_path: Path,
) -> None:
    save_sim_key(store, simulator, "healthy", "Main")
    save_sim_key(store, simulator, "eea", "Europe")
    window = make_window()
    prompts.passwords = [STRONG]
    prompts.path = tmp_path / "keys.okxbackup"
    window.acts[Act.EXPORT].trigger()
    qtbot.waitUntil(lambda: prompts.path is not None and prompts.path.exists(), timeout=10_000)
    wait_idle(qtbot, window)
    # import into the same store: both names clash; keep both
    prompts.passwords = [STRONG]
    window.acts[Act.IMPORT].trigger()
    qtbot.waitUntil(lambda: len(labels(window)) == 4, timeout=10_000)
    (preview, clashes) = prompts.previews[-1]
    assert sorted(c.label for c in preview) == ["Europe", "Main"]
    assert len(clashes) == 2
    assert labels(window) == ["Europe", "Europe (2)", "Main", "Main (2)"]
    by_label = {c.label: c for c in store.list()}
    assert store.get_credentials(by_label["Main (2)"].id) == simulator.key("healthy").credentials
    # a wrong password is refused with a message, nothing changes
    prompts.passwords = ["not the password"]
    window.acts[Act.IMPORT].trigger()
    qtbot.waitUntil(lambda: bool(prompts.informed), timeout=10_000)
    assert len(store.list()) == 4


@pytest.mark.slow
def test_lock_and_unlock_a_vault_file(
    qtbot: QtBot,
    make_window: Make,
    simulator: Simulator,
    prompts: PromptRecorder,
    tmp_path: Path,
) -> None:
    path = tmp_path / "vault.okxvault"
    vault = FileVaultStore.create(path, STRONG)
    save_sim_key(vault, simulator, "healthy", "Main")
    vault.lock()
    window = make_window(open_store=lambda: FileVaultStore(path), wait=False)
    qtbot.waitUntil(lambda: window.page is Page.LOCKED)
    assert window.frame.unlock_button.isVisible()
    prompts.passwords = ["wrong password"]
    window.frame.unlock_button.click()
    qtbot.waitUntil(
        lambda: "password" in window.frame.message.text().lower() and window.page is Page.LOCKED
    )
    prompts.passwords = [STRONG]
    window.frame.unlock_button.click()
    qtbot.waitUntil(lambda: window.page is Page.LIST, timeout=10_000)
    assert labels(window) == ["Main"]
    assert window.acts[Act.LOCK].isEnabled()
    assert window.idle.timer.isActive() and window.idle.filtering  # idle time counts now
    window.acts[Act.LOCK].trigger()
    assert window.page is Page.LOCKED
    assert window.content.model.rows == []
    # the key is wiped once the store work still running (e.g. the scan after the unlock)
    # has returned: at once when none runs, a moment later under load
    store = window.controller.store
    assert store is not None
    qtbot.waitUntil(lambda: store.locked, timeout=10_000)
    assert not window.idle.filtering
    # idle time locks too
    prompts.passwords = [STRONG]
    window.frame.unlock_button.click()
    qtbot.waitUntil(lambda: window.page is Page.LIST, timeout=10_000)
    window.idle.idle.emit()
    assert window.page is Page.LOCKED


def test_store_problems_are_asked_about_never_removed_silently(
    qtbot: QtBot,
    make_window: Make,
    store: KeychainStore,
    simulator: Simulator,
    prompts: PromptRecorder,
) -> None:
    kept = save_sim_key(store, simulator, "healthy", "Main")
    gone = save_sim_key(store, simulator, "eea", "Europe")
    store.backend.delete_password(store.service, gone.id)  # deleted behind the app's back
    make_window()
    qtbot.waitUntil(lambda: bool(prompts.problems))
    assert "Europe" in str(prompts.problems[0].message)
    assert {c.id for c in store.list()} == {kept.id, gone.id}  # nothing removed without a yes


def test_move_to_a_vault_file_and_back_loses_nothing(
    qtbot: QtBot,
    make_window: Make,
    store: KeychainStore,
    simulator: Simulator,
    prompts: PromptRecorder,
    tmp_path: Path,
) -> None:
    save_sim_key(store, simulator, "healthy", "Main")
    save_sim_key(store, simulator, "demo", "Paper")
    window = make_window()
    vault_path = tmp_path / "data" / "vault.okxvault"
    prompts.passwords = [STRONG]
    window.move_storage()
    qtbot.waitUntil(
        lambda: window.controller.lockable and len(window.content.model.rows) == 2, timeout=10_000
    )
    assert vault_path.exists()
    assert store.list() == []  # removed from the keychain only after the copies verified
    assert window.acts[Act.LOCK].isVisible()
    window.move_storage()  # back; prompts.confirm_answer is True
    qtbot.waitUntil(
        lambda: not window.controller.lockable and len(window.content.model.rows) == 2,
        timeout=10_000,
    )
    assert not vault_path.exists()
    moved = {c.label: c for c in store.list()}
    assert store.get_credentials(moved["Main"].id) == simulator.key("healthy").credentials
    assert moved["Paper"].environment.value == "demo"


def test_layout_persists_and_language_switches_at_run_time(
    qtbot: QtBot, make_window: Make, store: KeychainStore, simulator: Simulator
) -> None:
    from gui.i18n import Translations

    save_sim_key(store, simulator, "healthy", "Main")
    window = make_window()
    header = window.content.table.horizontalHeader()
    header.moveSection(ConnectionsModel.STATUS, 0)
    window.resize(700, 500)
    window.close()
    again = make_window()
    assert again.content.table.horizontalHeader().visualIndex(ConnectionsModel.STATUS) == 0
    assert again.size().width() == 700
    translations = Translations()
    try:
        translations.set_language("zh_CN")
        qtbot.waitUntil(lambda: again.acts[Act.CHECK_ALL].text() == "全部检查(&L)")
        assert status(again, "Main") == "未检查"
        translations.set_language("zh_TW")
        qtbot.waitUntil(lambda: again.acts[Act.CHECK_ALL].text() == "全部檢查(&L)")
    finally:
        translations.set_language("en")
    qtbot.waitUntil(lambda: again.acts[Act.CHECK_ALL].text() == "Check a&ll")


def test_check_on_start_and_turning_the_balance_cache_off(
    qtbot: QtBot,
    make_window: Make,
    store: KeychainStore,
    simulator: Simulator,
    settings: AppSettings,
    tmp_path: Path,
) -> None:
    save_sim_key(store, simulator, "healthy", "Main")
    settings.check_on_start = True
    window = make_window()
    qtbot.waitUntil(lambda: status(window, "Main") == "Connected", timeout=10_000)
    wait_checks(qtbot, window)
    cache_file = tmp_path / "data" / FILE_NAME
    qtbot.waitUntil(cache_file.exists)
    settings.balance_cache = False
    window.apply_settings()
    qtbot.waitUntil(lambda: not cache_file.exists())
    window.check_all()
    wait_checks(qtbot, window)
    wait_idle(qtbot, window)
    assert not cache_file.exists()


def test_a_problem_is_removed_only_after_yes(
    qtbot: QtBot,
    make_window: Make,
    store: KeychainStore,
    simulator: Simulator,
    prompts: PromptRecorder,
) -> None:
    save_sim_key(store, simulator, "healthy", "Main")
    gone = save_sim_key(store, simulator, "eea", "Europe")
    store.backend.delete_password(store.service, gone.id)
    prompts.problem_answer = Resolution.REMOVE
    window = make_window()
    qtbot.waitUntil(lambda: labels(window) == ["Main"])
    assert [c.label for c in store.list()] == ["Main"]
    assert store.problems() == []


def test_screen_lock_signal_locks_a_vault_file(
    qtbot: QtBot, make_window: Make, simulator: Simulator, prompts: PromptRecorder, tmp_path: Path
) -> None:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        pytest.skip("no D-Bus session bus (run `make test`: tests/with-secret-service starts one)")
    path = tmp_path / "vault.okxvault"
    vault = FileVaultStore.create(path, STRONG)
    save_sim_key(vault, simulator, "healthy", "Main")
    vault.lock()
    window = make_window(open_store=lambda: FileVaultStore(path), wait=False)
    qtbot.waitUntil(lambda: window.page is Page.LOCKED)
    prompts.passwords = [STRONG]
    window.frame.unlock_button.click()
    qtbot.waitUntil(lambda: window.page is Page.LIST, timeout=10_000)
    assert window.screen_lock is not None  # started with the session, after the first paint
    assert "org.freedesktop.ScreenSaver" in window.screen_lock.sources
    signal = QDBusMessage.createSignal(
        "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"
    )
    signal.setArguments([True])
    assert bus.send(signal)
    qtbot.waitUntil(lambda: window.page is Page.LOCKED)
    assert window.controller.store is not None and window.controller.store.locked


def test_cancelled_rotation_changes_nothing(
    qtbot: QtBot, make_window: Make, store: KeychainStore, simulator: Simulator
) -> None:
    old = save_sim_key(store, simulator, "unbound", "Bot")
    window = make_window()
    wizard = window.rotate_selected()
    assert wizard is not None
    wizard.reject()
    assert [c.id for c in store.list()] == [old.id]
    assert store.get_credentials(old.id) == simulator.key("unbound").credentials


def test_no_keychain_at_start_offers_a_vault_file(
    qtbot: QtBot, make_window: Make, prompts: PromptRecorder, tmp_path: Path
) -> None:
    from gui.vault.errors import KeychainUnavailable

    def no_keychain() -> KeychainStore:
        raise KeychainUnavailable("NoKeyringError")

    window = make_window(open_store=no_keychain, wait=False)
    qtbot.waitUntil(lambda: window.frame.create_vault_button.isVisible())
    assert "vault file" in window.frame.message.text()
    prompts.passwords = [STRONG]
    window.frame.create_vault_button.click()
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.isVisible())
    assert (tmp_path / "data" / "vault.okxvault").exists()
    assert window.controller.lockable


def test_imported_connections_are_not_yet_checked_on_this_computer(
    qtbot: QtBot,
    make_window: Make,
    store: KeychainStore,
    simulator: Simulator,
    prompts: PromptRecorder,
    tmp_path: Path,
) -> None:
    # Issue 12, defect 12: an imported "Connected" was the exporting computer's.
    save_sim_key(store, simulator, "healthy", "Main")
    window = make_window()
    window.check_all()
    wait_checks(qtbot, window)
    qtbot.waitUntil(lambda: status(window, "Main") == "Connected", timeout=10_000)
    prompts.passwords = [STRONG]
    prompts.path = tmp_path / "keys.okxbackup"
    window.acts[Act.EXPORT].trigger()
    qtbot.waitUntil(lambda: prompts.path is not None and prompts.path.exists(), timeout=10_000)
    wait_idle(qtbot, window)
    prompts.passwords = [STRONG]
    window.acts[Act.IMPORT].trigger()  # the name clashes: kept as "Main (2)"
    qtbot.waitUntil(lambda: len(labels(window)) == 2, timeout=10_000)
    assert status(window, "Main") == "Connected"
    assert status(window, "Main (2)") == "Not checked"
    tip = str(cell(window, "Main (2)", ConnectionsModel.STATUS, Qt.ItemDataRole.ToolTipRole))
    assert "another computer" in tip
    select(window, "Main (2)")
    window.check_selected()
    wait_checks(qtbot, window)
    qtbot.waitUntil(lambda: status(window, "Main (2)") == "Connected", timeout=10_000)


def _holds(clipboard: QClipboard, text: str) -> bool:
    return clipboard.text() == text
