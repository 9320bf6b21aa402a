"""Issue 21: what a new user met in the wizard on the second pass, one test per item, through the
real widgets (offscreen Qt, the local simulator)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from gui.okx.simulator import Simulator
from gui.wizard.dialog import WizardDialog
from gui.wizard.flow import Step
from tests.wizard.conftest import Recorder
from tests.wizard.helpers import check_texts, click, enter_keys, next_to, wait_checked

MakeWizard = Callable[..., WizardDialog]


def text_of(dialog: WizardDialog, name: str) -> str:
    widget = dialog.findChild(QLineEdit, name)
    assert widget is not None, name
    return widget.text()


def verify_with(qtbot: QtBot, dialog: WizardDialog, key: str, sim: Simulator) -> None:
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    enter_keys(qtbot, dialog, sim.key(key).credentials)
    click(qtbot, dialog, "nextButton")
    assert dialog.flow.current is Step.VERIFY
    wait_checked(qtbot, dialog)


def test_1_a_new_key_gets_the_passphrase_generated_for_it(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator
) -> None:
    dialog = make_wizard()
    verify_with(qtbot, dialog, "withdraw", simulator)
    old = simulator.key("withdraw").credentials
    assert dialog.findChild(QPushButton, "fixButton").text() == "Create a new key"
    click(qtbot, dialog, "fixButton")
    assert dialog.flow.current is Step.CREATE_KEY
    click(qtbot, dialog, "generatePassphraseButton")
    generated = text_of(dialog, "generatedPassphraseEdit")
    assert generated and generated != old.passphrase
    click(qtbot, dialog, "nextButton")
    assert dialog.flow.current is Step.ENTER_KEYS
    assert text_of(dialog, "passphraseEdit") == generated  # not the old key's passphrase
    assert text_of(dialog, "apiKeyEdit") == text_of(dialog, "secretKeyEdit") == ""
    # kept through Back and Next again
    click(qtbot, dialog, "backButton")
    assert text_of(dialog, "generatedPassphraseEdit") == generated
    click(qtbot, dialog, "nextButton")
    assert text_of(dialog, "passphraseEdit") == generated
    dialog.services.clipboard.clear_if_ours()


def test_1_a_new_key_shows_no_passphrase_of_the_old_one(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator
) -> None:
    dialog = make_wizard()
    next_to(qtbot, dialog, Step.CREATE_KEY)
    click(qtbot, dialog, "generatePassphraseButton")
    first = text_of(dialog, "generatedPassphraseEdit")
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    assert text_of(dialog, "passphraseEdit") == first
    creds = simulator.key("frozen").credentials
    enter_keys(qtbot, dialog, creds)  # the user typed the old key's own passphrase over it
    click(qtbot, dialog, "nextButton")
    wait_checked(qtbot, dialog)
    click(qtbot, dialog, "fixButton")
    assert dialog.flow.current is Step.CREATE_KEY
    assert text_of(dialog, "generatedPassphraseEdit") == ""  # the old one is not offered again
    click(qtbot, dialog, "nextButton")
    assert text_of(dialog, "passphraseEdit") == ""
    dialog.services.clipboard.clear_if_ours()


def test_5_a_read_only_key_is_edited_on_okx_not_replaced(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator, recorder: Recorder
) -> None:
    dialog = make_wizard()
    verify_with(qtbot, dialog, "read-only", simulator)
    fix = dialog.findChild(QPushButton, "fixButton")
    assert fix.isVisible() and fix.text() == "Open OKX's API page"
    click(qtbot, dialog, "fixButton")
    assert recorder.urls == ["https://www.okx.com/account/my-api"]
    assert dialog.flow.current is Step.VERIFY
    assert dialog.flow.state.api_key == simulator.key("read-only").credentials.api_key
    assert any("edit the key on OKX and tick Trade" in t for t in check_texts(dialog))
