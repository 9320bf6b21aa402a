"""The wizard end to end against the local OKX simulator (offscreen Qt, real threads)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from gui.okx.regions import Environment, Region
from gui.okx.simulator import Fault, Simulator
from gui.vault.keychain import KeychainStore
from gui.wizard.dialog import WizardDialog
from gui.wizard.flow import Step
from gui.wizard.pages.enter_keys import EnterKeysPage
from gui.wizard.pages.verify import VerifyPage
from tests.qt_helpers import child
from tests.wizard.conftest import Recorder
from tests.wizard.helpers import (
    check_texts,
    click,
    enter_keys,
    next_to,
    page,
    type_into,
    visible,
    wait_checked,
)

MakeWizard = Callable[..., WizardDialog]


def choose(dialog: WizardDialog, combo: str, value: object) -> None:
    box = child(dialog, QComboBox, combo)
    assert box is not None
    box.setCurrentIndex(box.findData(value))


def verify_with(qtbot: QtBot, dialog: WizardDialog, key: str, sim: Simulator) -> None:
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    enter_keys(qtbot, dialog, sim.key(key).credentials)
    click(qtbot, dialog, "nextButton")
    assert dialog.flow.current is Step.VERIFY
    wait_checked(qtbot, dialog)


def test_happy_path_saves_the_connection(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator, store: KeychainStore
) -> None:
    dialog = make_wizard()
    assert child(dialog, QLabel, "simulatorBadge").isVisible()
    verify_with(qtbot, dialog, "healthy", simulator)
    assert dialog.page.valid
    assert check_texts(dialog)[0].startswith("✔")
    assert not dialog.error_label.isVisible()
    click(qtbot, dialog, "nextButton")
    assert dialog.flow.current is Step.DONE
    qtbot.waitUntil(lambda: dialog.flow.state.saved_id is not None, timeout=10_000)
    qtbot.waitUntil(lambda: visible(dialog, "finishButton") and dialog.finish_button.isEnabled())
    assert not dialog.back_button.isVisible()
    saved = store.list()
    assert [(c.label, c.region, c.environment) for c in saved] == [
        ("OKX Global", Region.GLOBAL, Environment.LIVE)
    ]
    assert store.get_credentials(saved[0].id) == simulator.key("healthy").credentials
    assert saved[0].facts.permissions == ("read_only", "trade")
    total = child(dialog, QLabel, "totalLabel").text()
    assert "USD" in total
    assert child(dialog, QLabel, "connectedLabel").text().startswith("✔ Connected")
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog, "finishButton")


def test_wrong_passphrase_then_fixed(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator
) -> None:
    dialog = make_wizard()
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    creds = simulator.key("healthy").credentials
    enter_keys(qtbot, dialog, creds)
    type_into(qtbot, dialog, "passphraseEdit", "Wrong-Pass-123")
    click(qtbot, dialog, "nextButton")
    wait_checked(qtbot, dialog)
    assert not dialog.next_button.isEnabled()
    assert "passphrase" in dialog.error_label.text().lower()
    click(qtbot, dialog, "fixButton")
    assert dialog.flow.current is Step.ENTER_KEYS
    type_into(qtbot, dialog, "passphraseEdit", creds.passphrase)
    click(qtbot, dialog, "nextButton")
    wait_checked(qtbot, dialog)
    assert dialog.next_button.isEnabled()
    assert not dialog.error_label.isVisible()


def test_swapped_key_and_secret_warn_before_any_request(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator
) -> None:
    dialog = make_wizard()
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    creds = simulator.key("healthy").credentials
    type_into(qtbot, dialog, "apiKeyEdit", creds.secret_key)
    type_into(qtbot, dialog, "secretKeyEdit", creds.api_key)
    type_into(qtbot, dialog, "passphraseEdit", creds.passphrase)
    message = child(dialog, QLabel, "apiKeyMessage")
    assert message.isVisible() and "swapped" in message.text()
    assert not dialog.next_button.isEnabled()
    accept = page(dialog, EnterKeysPage).accept_warnings
    assert accept.isVisible()
    # Swapping them back clears the warning without the override.
    type_into(qtbot, dialog, "apiKeyEdit", creds.api_key)
    type_into(qtbot, dialog, "secretKeyEdit", creds.secret_key)
    assert not message.isVisible() and not accept.isVisible()
    assert dialog.next_button.isEnabled()
    assert simulator.requests == []


def test_a_format_warning_can_be_overridden_but_not_a_missing_field(
    qtbot: QtBot, make_wizard: MakeWizard
) -> None:
    dialog = make_wizard()
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    type_into(qtbot, dialog, "apiKeyEdit", "not-a-uuid")
    type_into(qtbot, dialog, "secretKeyEdit", "0123456789ABCDEF0123456789ABCDEF")
    accept = page(dialog, EnterKeysPage).accept_warnings
    accept.setChecked(True)
    assert not dialog.next_button.isEnabled()  # the passphrase is still missing
    type_into(qtbot, dialog, "passphraseEdit", "Good-Pass-123")
    assert dialog.next_button.isEnabled()
    edit = child(dialog, QLineEdit, "passphraseEdit")
    assert edit.echoMode() is QLineEdit.EchoMode.Password
    click(qtbot, dialog, "passphraseReveal")
    assert edit.echoMode() is QLineEdit.EchoMode.Normal


def test_withdraw_permission_sends_back_to_create_key(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator
) -> None:
    dialog = make_wizard()
    verify_with(qtbot, dialog, "withdraw", simulator)
    assert not dialog.next_button.isEnabled()
    assert "withdraw" in dialog.error_label.text().lower()
    click(qtbot, dialog, "fixButton")
    assert dialog.flow.current is Step.CREATE_KEY
    assert dialog.flow.state.api_key == ""
    assert dialog.flow.resolve_prev() is Step.PREPARE


def test_wrong_region_is_detected_and_offered(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator
) -> None:
    dialog = make_wizard()
    verify_with(qtbot, dialog, "eea", simulator)
    assert "EEA" in dialog.error_label.text()
    click(qtbot, dialog, "fixButton")
    assert dialog.flow.current is Step.START
    offer = child(dialog, QLabel, "offerLabel")
    assert offer.isVisible() and "my.okx.com" in offer.text()
    click(qtbot, dialog, "useDetectedButton")
    region = child(dialog, QComboBox, "regionCombo")
    assert region.currentData() == Region.EEA
    next_to(qtbot, dialog, Step.VERIFY)
    wait_checked(qtbot, dialog)
    assert dialog.next_button.isEnabled(), dialog.error_label.text()
    assert dialog.flow.state.region is Region.EEA


def test_demo_key_used_as_live(qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator) -> None:
    dialog = make_wizard()
    verify_with(qtbot, dialog, "demo", simulator)
    assert "demo" in dialog.error_label.text().lower()
    click(qtbot, dialog, "fixButton")
    assert dialog.flow.current is Step.START
    click(qtbot, dialog, "useDetectedButton")
    env = child(dialog, QComboBox, "environmentCombo")
    assert env.currentData() == Environment.DEMO
    next_to(qtbot, dialog, Step.VERIFY)
    wait_checked(qtbot, dialog)
    assert dialog.next_button.isEnabled(), dialog.error_label.text()


def test_clock_off_by_minutes(qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator) -> None:
    simulator.clock_offset = 180.0
    dialog = make_wizard()
    verify_with(qtbot, dialog, "healthy", simulator)
    clock = [t for t in check_texts(dialog) if "clock" in t.lower()]
    assert clock and clock[0].startswith("⚠"), check_texts(dialog)
    assert "180 s behind" in clock[0]
    assert "automatic date and time" in clock[0]  # the fix is shown under the item
    assert dialog.next_button.isEnabled()  # the app corrects for the skew: a warning only


def test_network_down(qtbot: QtBot, make_wizard: MakeWizard) -> None:
    import socket

    from gui.okx.target import OkxTarget
    from gui.wizard.connection import KeyChecker

    with socket.socket() as sock:  # a port nobody listens on: connections are refused
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    dialog = make_wizard()
    access = KeyChecker(OkxTarget({r: f"http://127.0.0.1:{port}" for r in Region}, 2.0))
    dialog.services.check = access.check
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    type_into(qtbot, dialog, "apiKeyEdit", "1a2b3c4d-5e6f-4a1b-9c2d-0123456789ab")
    type_into(qtbot, dialog, "secretKeyEdit", "0123456789ABCDEF0123456789ABCDEF")
    type_into(qtbot, dialog, "passphraseEdit", "Good-Pass-123")
    click(qtbot, dialog, "nextButton")
    wait_checked(qtbot, dialog)
    assert not dialog.next_button.isEnabled()
    assert dialog.error_label.isVisible()
    assert check_texts(dialog)[0].startswith("✖")
    assert child(dialog, QLabel, "resultLabel").text()
    assert visible(dialog, "verifyButton") and not visible(dialog, "fixButton")


def test_cancel_during_verify(qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator) -> None:
    simulator.inject(Fault(latency=1.0))
    dialog = make_wizard()
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    enter_keys(qtbot, dialog, simulator.key("healthy").credentials)
    click(qtbot, dialog, "nextButton")
    assert simulator.wait_for_arrivals(1, 5)
    assert dialog.page.busy and not dialog.next_button.isEnabled()
    click(qtbot, dialog, "stopButton")
    wait_checked(qtbot, dialog)
    assert "stopped" in child(dialog, QLabel, "resultLabel").text()
    assert not dialog.next_button.isEnabled()
    assert dialog.back_button.isEnabled()


def test_closing_mid_check_cancels_and_waits(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator
) -> None:
    simulator.inject(Fault(latency=1.0))
    dialog = make_wizard()
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    enter_keys(qtbot, dialog, simulator.key("healthy").credentials)
    click(qtbot, dialog, "nextButton")
    assert simulator.wait_for_arrivals(1, 5)
    dialog.reject()
    assert dialog.services.runner.is_idle()


def test_fix_it_for_me_asks_first_then_changes_the_setting(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator, recorder: Recorder
) -> None:
    dialog = make_wizard()
    verify_with(qtbot, dialog, "other-mode", simulator)
    assert dialog.next_button.isEnabled()  # a setting that differs is a warning
    recorder.answer = False
    click(qtbot, dialog, "fixForMeButton")
    assert len(recorder.questions) == 1
    assert simulator.settings("other-mode")["posMode"] == "long_short_mode"
    recorder.answer = True
    before = simulator.settings("other-mode")
    click(qtbot, dialog, "fixForMeButton")
    wait_checked(qtbot, dialog)
    after = simulator.settings("other-mode")
    assert after != before
    assert len(recorder.questions) == 2


def test_buttons_open_the_region_pages(
    qtbot: QtBot, make_wizard: MakeWizard, recorder: Recorder
) -> None:
    dialog = make_wizard()
    choose(dialog, "regionCombo", Region.EEA)
    choose(dialog, "environmentCombo", Environment.DEMO)
    click(qtbot, dialog, "nextButton")
    click(qtbot, dialog, "openSettingsButton")
    click(qtbot, dialog, "nextButton")
    assert dialog.heading.text() == "Create a demo API key"
    click(qtbot, dialog, "openApiPageButton")
    # Only confirmed pages are linked: for these two, the site (the page gives the click path).
    assert recorder.urls == ["https://my.okx.com", "https://my.okx.com"]


def test_generate_passphrase_copies_and_prefills(qtbot: QtBot, make_wizard: MakeWizard) -> None:
    from PySide6.QtGui import QGuiApplication

    from gui.wizard.validation import passphrase_rule_problems

    dialog = make_wizard()
    next_to(qtbot, dialog, Step.CREATE_KEY)
    click(qtbot, dialog, "generatePassphraseButton")
    value = child(dialog, QLineEdit, "generatedPassphraseEdit").text()
    assert passphrase_rule_problems(value) == []
    assert QGuiApplication.clipboard().text() == value
    click(qtbot, dialog, "nextButton")
    assert child(dialog, QLineEdit, "passphraseEdit").text() == value
    dialog.services.clipboard.clear_if_ours()


def test_language_choice_retranslates_the_open_wizard(
    qtbot: QtBot, make_wizard: MakeWizard
) -> None:
    from gui.i18n import Translations

    dialog = make_wizard()
    dialog.services.translations = Translations()
    try:
        choose(dialog, "languageCombo", "zh_CN")
        # Qt posts the LanguageChange events: they arrive with the next event-loop turn.
        qtbot.waitUntil(lambda: dialog.next_button.text() == "下一步(&N) >")
        assert dialog.heading.text() == "连接您的 OKX 账户"
        assert dialog.flow.state.language == "zh_CN"
        click(qtbot, dialog, "nextButton")
        assert dialog.heading.text() == "准备交易账户"
    finally:
        dialog.services.translations.set_language("en")
    qtbot.waitUntil(lambda: dialog.heading.text() == "Prepare your trading account")


def test_fix_it_for_me_refused_by_okx_explains_why(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator
) -> None:
    dialog = make_wizard()
    verify_with(qtbot, dialog, "open-positions", simulator)
    assert visible(dialog, "fixForMeButton")
    click(qtbot, dialog, "fixForMeButton")
    wait_checked(qtbot, dialog)
    assert simulator.settings("open-positions")["posMode"] == "long_short_mode"
    assert "open positions" in dialog.error_label.text()
    assert check_texts(dialog)  # the fresh check is shown again
    assert dialog.next_button.isEnabled()  # a setting that differs does not block


def test_a_replaced_check_cannot_overwrite_the_new_one(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator
) -> None:
    simulator.inject(Fault(latency=0.5), count=4)  # only the first check is slow
    dialog = make_wizard()
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    enter_keys(qtbot, dialog, simulator.key("healthy").credentials)
    click(qtbot, dialog, "nextButton")
    assert simulator.wait_for_arrivals(1, 5)
    verify = page(dialog, VerifyPage)
    first = verify.task
    verify.start_check()  # replaces (and cancels) the slow one
    assert verify.task is not first
    wait_checked(qtbot, dialog)
    qtbot.waitUntil(lambda: first is not None and not first.running, timeout=10_000)
    result = child(dialog, QLabel, "resultLabel").text()
    assert result.startswith("Connected"), result
    assert not verify.busy and dialog.next_button.isEnabled()


@pytest.mark.parametrize(("key", "step"), [("frozen", Step.CREATE_KEY)])
def test_keys_that_cannot_work_send_back_to_create_key(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator, key: str, step: Step
) -> None:
    dialog = make_wizard()
    verify_with(qtbot, dialog, key, simulator)
    assert not dialog.next_button.isEnabled()
    assert dialog.error_label.isVisible()
    click(qtbot, dialog, "fixButton")
    assert dialog.flow.current is step


def test_us_key_with_global_chosen_is_offered_us(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator
) -> None:
    dialog = make_wizard()
    verify_with(qtbot, dialog, "us", simulator)
    click(qtbot, dialog, "fixButton")
    assert "app.okx.com" in child(dialog, QLabel, "offerLabel").text()
