"""Issue 21: what a new user met in the wizard on the second pass, one test per item, through the
real widgets (offscreen Qt, the local simulator)."""

from __future__ import annotations

from collections.abc import Callable
from http.server import ThreadingHTTPServer

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from gui.okx.regions import Environment, Region
from gui.okx.simulator import Simulator
from gui.wizard.dialog import WizardDialog
from gui.wizard.flow import Step
from gui.wizard.public_ip import PublicIpService
from tests.wizard.conftest import Recorder
from tests.wizard.helpers import check_texts, click, enter_keys, next_to, wait_checked
from tests.wizard.test_defects import ip_service  # noqa: F401 - the local lookup service

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


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Clicks the box's indicator (its centre may lie right of the text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def step_text(dialog: WizardDialog) -> str:
    return dialog.findChild(QLabel, "stepLabel").text()


def test_2_the_step_count_follows_the_answers_on_start(
    qtbot: QtBot, make_wizard: MakeWizard
) -> None:
    dialog = make_wizard()
    assert step_text(dialog) == "Step 1 of 6"
    tick(qtbot, dialog.findChild(QCheckBox, "spotOnlyCheck"))
    assert step_text(dialog) == "Step 1 of 5"  # as the next page will say
    tick(qtbot, dialog.findChild(QCheckBox, "spotOnlyCheck"))
    assert step_text(dialog) == "Step 1 of 6"
    combo = dialog.findChild(QComboBox, "regionCombo")
    combo.setCurrentIndex(combo.findData(Region.US))
    assert step_text(dialog) == "Step 1 of 5"
    note = dialog.findChild(QLabel, "spotOnlyNote")
    assert note.isVisible() and "spot only" in note.text()  # why the box is ticked and grey
    click(qtbot, dialog, "nextButton")
    assert dialog.flow.current is Step.CREATE_KEY and step_text(dialog) == "Step 2 of 5"
    click(qtbot, dialog, "backButton")
    combo.setCurrentIndex(combo.findData(Region.GLOBAL))
    assert not note.isVisible() and step_text(dialog) == "Step 1 of 6"


def test_22_the_us_api_page_is_given_as_a_click_path(
    qtbot: QtBot, make_wizard: MakeWizard, recorder: Recorder
) -> None:
    dialog = make_wizard()
    combo = dialog.findChild(QComboBox, "regionCombo")
    combo.setCurrentIndex(combo.findData(Region.US))
    next_to(qtbot, dialog, Step.CREATE_KEY)
    steps = dialog.findChild(QLabel, "createKeySteps").text()
    assert "go to Profile &gt; API and connections" in steps or "Profile > API" in steps
    assert "my-api" not in dialog.findChild(QLabel, "apiPageUrlLabel").text()
    click(qtbot, dialog, "openApiPageButton")
    assert recorder.urls == ["https://app.okx.com"]


def test_13_a_cjk_font_opens_the_wizard_at_the_latin_width(
    qtbot: QtBot, make_wizard: MakeWizard
) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    latin = make_wizard().opening_size()
    cjk = QFont("WenQuanYi Micro Hei", QFont().pointSize())
    if QFontMetrics(cjk).averageCharWidth() <= QFontMetrics(QFont()).averageCharWidth():
        pytest.skip("no CJK font with wide average characters installed")
    dialog = make_wizard()
    dialog.setFont(cjk)
    size = dialog.opening_size()
    assert size.width() <= latin.width() * 1.1  # not sized from the ideographs' width
    assert size.width() >= latin.width() * 0.8


def test_4_the_create_key_page_shows_the_address_to_bind(
    qtbot: QtBot,
    make_wizard: MakeWizard,
    ip_service: tuple[PublicIpService, ThreadingHTTPServer],  # noqa: F811
) -> None:
    service, server = ip_service
    dialog = make_wizard()
    dialog.services.lookup_ip = service
    next_to(qtbot, dialog, Step.CREATE_KEY)
    label = dialog.findChild(QLabel, "createKeyIpLabel")
    assert label.isVisible() and "public IP address" in label.text()
    assert server.asked == 0  # nothing asked before the click
    click(qtbot, dialog, "createKeyLookupIpButton")
    qtbot.waitUntil(lambda: "203.0.113.9" in label.text(), timeout=10_000)
    assert server.asked == 1
    click(qtbot, dialog, "createKeyCopyIpButton")
    assert QGuiApplication.clipboard().text() == "203.0.113.9"
    # demo keys never expire: no address to bind
    click(qtbot, dialog, "backButton")
    click(qtbot, dialog, "backButton")
    combo = dialog.findChild(QComboBox, "environmentCombo")
    combo.setCurrentIndex(combo.findData(Environment.DEMO))
    next_to(qtbot, dialog, Step.CREATE_KEY)
    assert not dialog.findChild(QWidget, "createKeyIpPanel").isVisible()


def test_22_a_us_key_to_edit_gets_the_click_path(
    qtbot: QtBot, make_wizard: MakeWizard, recorder: Recorder
) -> None:
    """A read-only US key: "Open OKX's API page" opens the site (the page's address is
    unverified) and says where to go from there."""
    import dataclasses

    from gui.okx.signing import Credentials
    from gui.okx.simulator import default_scenario
    from gui.okx.simulator_scenario import Permission
    from gui.wizard.connection import OkxAccess

    scenario = default_scenario()
    read_only = dataclasses.replace(
        scenario.key("us"),
        name="us-read-only",
        credentials=Credentials(
            "0b6f6f2e-4a57-4d0c-9d1b-3c2a1e5f7a90",
            "6D3F1A2B9C8E7D6F5A4B3C2D1E0F9A8B",
            "UsRead#2026",
        ),
        permissions=frozenset({Permission.READ}),
    )
    scenario = dataclasses.replace(scenario, keys=(*scenario.keys, read_only))
    with Simulator(scenario) as sim:
        dialog = make_wizard()
        dialog.services.check = OkxAccess(sim.base_urls, timeout=5.0).check
        combo = dialog.findChild(QComboBox, "regionCombo")
        combo.setCurrentIndex(combo.findData(Region.US))
        verify_with(qtbot, dialog, "us-read-only", sim)
        assert dialog.findChild(QPushButton, "fixButton").text() == "Open OKX's API page", (
            check_texts(dialog)
        )
        click(qtbot, dialog, "fixButton")
        assert recorder.urls == ["https://app.okx.com"]
        result = dialog.findChild(QLabel, "resultLabel").text()
        assert result == "OKX's site is open: go to Profile > API and connections."
