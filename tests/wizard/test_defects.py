"""Issue 12: the wizard as a first-time user met it — one test per defect, driving real widgets.

Defect 14 (the manager's list columns) belongs to the manager window; defect 12 (imported
statuses) is tested in tests/manager/test_window.py; defect 7 (QT_SCALE_FACTOR=2) in
tests/wizard/test_scale.py, which needs its own process.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gui.okx.regions import Environment, Region
from gui.okx.simulator import Simulator
from gui.vault.keychain import KeychainStore
from gui.wizard import colours
from gui.wizard.colours import Tone
from gui.wizard.connection import StoreSaver
from gui.wizard.dialog import WizardDialog
from gui.wizard.flow import Flow, Prefill, Step
from gui.wizard.public_ip import PublicIpService
from tests.wizard.conftest import Recorder
from tests.wizard.helpers import (
    check_texts,
    click,
    enter_keys,
    next_to,
    type_into,
    visible,
    wait_checked,
)

MakeWizard = Callable[..., WizardDialog]


def text_of(dialog: WizardDialog, name: str) -> str:
    widget = dialog.findChild(QLineEdit, name)
    assert widget is not None, name
    return widget.text()


def choose(dialog: WizardDialog, combo: str, value: object) -> None:
    box = dialog.findChild(QComboBox, combo)
    assert box is not None
    box.setCurrentIndex(box.findData(value))


def label(dialog: WizardDialog, name: str) -> QLabel:
    widget = dialog.findChild(QLabel, name)
    assert widget is not None, name
    return widget


# --- 1. Back erases the keys ---------------------------------------------------------------------


def test_1_back_and_a_detour_to_step_one_keep_what_was_typed(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator
) -> None:
    dialog = make_wizard()
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    creds = simulator.key("healthy").credentials
    type_into(qtbot, dialog, "labelEdit", "My bot")
    enter_keys(qtbot, dialog, creds)
    typed = (creds.api_key, creds.secret_key, creds.passphrase)
    fields = ("apiKeyEdit", "secretKeyEdit", "passphraseEdit")
    click(qtbot, dialog, "backButton")
    click(qtbot, dialog, "nextButton")
    assert tuple(text_of(dialog, f) for f in fields) == typed
    assert text_of(dialog, "labelEdit") == "My bot"
    # Back to step 1, change the region and come back: still there.
    while dialog.flow.current is not Step.START:
        click(qtbot, dialog, "backButton")
    choose(dialog, "regionCombo", Region.EEA)
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    assert tuple(text_of(dialog, f) for f in fields) == typed
    assert text_of(dialog, "labelEdit") == "My bot"  # a name the user typed stays


def test_1_a_generated_passphrase_never_replaces_a_typed_one(
    qtbot: QtBot, make_wizard: MakeWizard
) -> None:
    dialog = make_wizard()
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    type_into(qtbot, dialog, "passphraseEdit", "Typed-by-me-1")
    click(qtbot, dialog, "backButton")
    assert dialog.flow.current is Step.CREATE_KEY
    click(qtbot, dialog, "generatePassphraseButton")
    click(qtbot, dialog, "nextButton")
    assert text_of(dialog, "passphraseEdit") == "Typed-by-me-1"
    dialog.services.clipboard.clear_if_ours()


# --- 2. "I trade spot only" is ignored by the check ------------------------------------------


def test_2_spot_only_checks_offer_no_margin_switch(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator
) -> None:
    dialog = make_wizard()
    dialog.pages[Step.START].spot_only.setChecked(True)
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    enter_keys(qtbot, dialog, simulator.key("other-mode").credentials)  # Multi-currency, long/short
    click(qtbot, dialog, "nextButton")
    wait_checked(qtbot, dialog)
    assert not visible(dialog, "fixForMeButton")
    assert not [t for t in check_texts(dialog) if t.startswith("⚠")], check_texts(dialog)
    assert any("Every account mode allows spot trading" in t for t in check_texts(dialog))


def test_2_okx_us_is_spot_only_whatever_the_box_says(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator
) -> None:
    dialog = make_wizard()
    spot = dialog.findChild(QCheckBox, "spotOnlyCheck")
    choose(dialog, "regionCombo", Region.US)
    assert spot.isChecked() and not spot.isEnabled()
    click(qtbot, dialog, "nextButton")
    assert dialog.flow.current is Step.CREATE_KEY  # no futures settings page
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    enter_keys(qtbot, dialog, simulator.key("us").credentials)
    click(qtbot, dialog, "nextButton")
    wait_checked(qtbot, dialog)
    assert dialog.next_button.isEnabled(), dialog.error_label.text()
    assert not visible(dialog, "fixForMeButton")
    # Back on step 1 with another region, the user's own choice (not ticked) comes back.
    while dialog.flow.current is not Step.START:
        click(qtbot, dialog, "backButton")
    choose(dialog, "regionCombo", Region.GLOBAL)
    assert spot.isEnabled() and not spot.isChecked()


# --- 3. Rotate accepts a key from another account ----------------------------------------------


def rotation(make_wizard: MakeWizard, simulator: Simulator, old_key: str) -> WizardDialog:
    old_uid = simulator.scenario.accounts[simulator.key(old_key).account].uid
    prefill = Prefill(Region.GLOBAL, Environment.LIVE, "Main", rotation=True, old_uid=old_uid)
    return make_wizard(Flow(prefill=prefill))


def test_3_rotating_to_another_accounts_key_asks_first(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator, recorder: Recorder
) -> None:
    dialog = rotation(make_wizard, simulator, "healthy")
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    enter_keys(qtbot, dialog, simulator.key("sub-account").credentials)
    click(qtbot, dialog, "nextButton")
    wait_checked(qtbot, dialog)
    warning = label(dialog, "accountChangeLabel")
    assert warning.isVisible() and "sub-account (UID 539117624081240064)" in warning.text()
    recorder.answer = False
    click(qtbot, dialog, "nextButton")
    assert dialog.flow.current is Step.VERIFY  # not saved
    assert "every bot using this connection" in recorder.questions[-1]
    recorder.answer = True
    click(qtbot, dialog, "nextButton")
    assert dialog.flow.current is Step.DONE
    qtbot.waitUntil(lambda: dialog.flow.state.saved_id is not None, timeout=10_000)
    # Saved: the old key still works on OKX until deleted there.
    reminder = label(dialog, "deleteOldKeyLabel")
    assert reminder.isVisible() and "delete the old key on OKX" in reminder.text()
    click(qtbot, dialog, "deleteOldKeyButton")
    assert recorder.urls[-1] == "https://www.okx.com/account/my-api"


def test_3_rotating_within_the_same_account_asks_nothing(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator, recorder: Recorder
) -> None:
    dialog = rotation(make_wizard, simulator, "unbound")  # same account as "healthy"
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    enter_keys(qtbot, dialog, simulator.key("healthy").credentials)
    click(qtbot, dialog, "nextButton")
    wait_checked(qtbot, dialog)
    assert not label(dialog, "accountChangeLabel").isVisible()
    click(qtbot, dialog, "nextButton")
    assert dialog.flow.current is Step.DONE and recorder.questions == []
    qtbot.waitUntil(lambda: dialog.flow.state.saved_id is not None, timeout=10_000)
    assert label(dialog, "deleteOldKeyLabel").isVisible()


# --- 4. Cancel and Escape discard typed keys without asking -----------------------------------


def test_4_cancel_and_escape_ask_before_dropping_typed_keys(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator, recorder: Recorder
) -> None:
    dialog = make_wizard()
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    type_into(qtbot, dialog, "secretKeyEdit", simulator.key("healthy").credentials.secret_key)
    recorder.answer = False
    qtbot.keyClick(dialog.findChild(QLineEdit, "secretKeyEdit"), Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(recorder.questions) == 1
    assert "secret key only once" in recorder.questions[0]
    click(qtbot, dialog, "cancelButton")
    assert dialog.isVisible() and len(recorder.questions) == 2
    dialog.close()  # the window's close button
    assert dialog.isVisible() and len(recorder.questions) == 3
    assert text_of(dialog, "secretKeyEdit")  # nothing lost
    recorder.answer = True
    with qtbot.waitSignal(dialog.rejected):
        click(qtbot, dialog, "cancelButton")
    assert not dialog.isVisible()


def test_4_nothing_typed_nothing_asked(
    qtbot: QtBot, make_wizard: MakeWizard, recorder: Recorder
) -> None:
    dialog = make_wizard()
    with qtbot.waitSignal(dialog.rejected):
        click(qtbot, dialog, "cancelButton")
    assert recorder.questions == []


# --- 5. Password dialogs clip their text --------------------------------------------------------


def clipped_labels(dialog: QWidget) -> list[str]:
    return [
        label.objectName() or label.text()[:30]
        for label in dialog.findChildren(QLabel)
        if label.isVisible()
        and label.wordWrap()
        and label.height() < label.heightForWidth(label.width())
    ]


@pytest.mark.parametrize("new", [True, False])
def test_5_password_dialogs_show_all_their_text(qtbot: QtBot, new: bool) -> None:
    from gui.manager.prompts import PasswordDialog

    prompt = (
        "Choose a password for the backup file. Without it the backup cannot be opened: keep "
        "it somewhere safe. It protects every key in the file, so make it long."
    )
    dialog = PasswordDialog(None, "Export backup", prompt, new=new)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.edit.setText("short")  # the strength message appears (a long one)
    QApplication.processEvents()
    assert clipped_labels(dialog) == []
    prompt_label = dialog.findChild(QLabel, "promptLabel")
    assert prompt_label is not None and prompt_label.text() == prompt
    if new:
        assert dialog.strength.isVisible() and dialog.strength.text()


# --- 6. No-keychain wording ----------------------------------------------------------------


def test_6_a_vault_file_is_named_as_the_keys_destination(
    make_wizard: MakeWizard, tmp_path: Path
) -> None:
    from gui.vault.filevault import FileVaultStore

    keychain = make_wizard()
    assert "keychain" in label(keychain, "startIntro").text()
    keychain.services.save = StoreSaver(FileVaultStore(tmp_path / "vault.okxvault"))
    vault = make_wizard()
    intro = label(vault, "startIntro").text()
    assert "vault file" in intro and "keychain" not in intro


# --- 8. Dark palettes ---------------------------------------------------------------------------


def dark_palette() -> QPalette:
    from PySide6.QtGui import QColor

    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qtbot: QtBot) -> Iterator[QPalette]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    chosen = app.style().standardPalette() if request.param == "light" else dark_palette()
    app.setPalette(chosen)
    yield chosen
    app.setPalette(before)


def test_8_colours_read_well_on_light_and_dark_palettes(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator, palette: QPalette
) -> None:
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    for tone in Tone:
        shade = colours.colour(tone, palette)
        assert colours.contrast(shade, window) >= 4.5, (tone, shade.name())
        assert colours.contrast(shade, base) >= 4.5, (tone, shade.name())
    background, text = colours.panel_colours(palette)
    assert colours.contrast(text, background) >= 4.5
    dialog = make_wizard()
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    type_into(qtbot, dialog, "apiKeyEdit", "not-a-key")  # a warning and the checkbox
    accept = dialog.findChild(QCheckBox, "acceptWarningsCheck")
    assert accept.isVisible()
    for box in dialog.findChildren(QCheckBox):  # "continue anyway", "I trade spot only"
        frame = colours.check_box_frame(box.palette())
        assert colours.contrast(frame, window) >= colours.FRAME_CONTRAST, box.objectName()
    message = label(dialog, "apiKeyMessage")
    assert colours.colour(Tone.WARN, palette).name() in message.styleSheet()
    # The check list's items, on the list's own background.
    type_into(qtbot, dialog, "apiKeyEdit", simulator.key("withdraw").credentials.api_key)
    enter_keys(qtbot, dialog, simulator.key("withdraw").credentials)
    click(qtbot, dialog, "nextButton")
    wait_checked(qtbot, dialog)
    items = dialog.pages[Step.VERIFY].items
    list_base = items.palette().color(QPalette.ColorRole.Base)
    for row in range(items.count()):
        foreground = items.item(row).foreground().color()
        assert colours.contrast(foreground, list_base) >= 4.5, items.item(row).text()


# --- 9. "Fix it for me" changes one setting per click --------------------------------------


def test_9_fix_it_for_me_names_and_changes_every_setting_at_once(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator, recorder: Recorder
) -> None:
    dialog = make_wizard()
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    enter_keys(qtbot, dialog, simulator.key("other-mode").credentials)
    click(qtbot, dialog, "nextButton")
    wait_checked(qtbot, dialog)
    intro = label(dialog, "verifyIntro")
    assert "Nothing in your account is changed" in intro.text()
    recorder.answer = False
    click(qtbot, dialog, "fixForMeButton")
    [question] = recorder.questions
    assert "Account mode: Multi-currency margin mode → Spot and futures mode" in question
    assert "Position mode: long/short → one-way" in question
    assert not [r for r in simulator.requests if r.method == "POST"]  # declined: nothing sent
    assert "Nothing in your account is changed" in intro.text()
    recorder.answer = True
    click(qtbot, dialog, "fixForMeButton")
    wait_checked(qtbot, dialog)
    assert simulator.settings("other-mode") == {"acctLv": "2", "posMode": "net_mode"}
    assert len(recorder.questions) == 2  # one confirmation for both
    assert not visible(dialog, "fixForMeButton")
    assert "Nothing in your account is changed" not in intro.text()


# --- 10. IP binding ---------------------------------------------------------------------------


class _Ipify(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.server.asked += 1  # type: ignore[attr-defined]
        body = b"203.0.113.9"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def ip_service() -> Iterator[tuple[PublicIpService, ThreadingHTTPServer]]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Ipify)
    server.asked = 0  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield PublicIpService(f"http://127.0.0.1:{server.server_address[1]}"), server
    server.shutdown()
    server.server_close()
    thread.join()


def test_10_a_wrong_ip_shows_the_address_okx_saw(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator, recorder: Recorder
) -> None:
    dialog = make_wizard()
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    enter_keys(qtbot, dialog, simulator.key("wrong-ip").credentials)
    click(qtbot, dialog, "nextButton")
    wait_checked(qtbot, dialog)
    assert "127.0.0.1" in label(dialog, "ipLabel").text()
    assert "127.0.0.1" in dialog.error_label.text()
    click(qtbot, dialog, "copyIpButton")
    assert QGuiApplication.clipboard().text() == "127.0.0.1"
    fix = dialog.findChild(QPushButton, "fixButton")
    assert fix.text() == "Open OKX's API page"  # not "Create a new key": the key is fine
    click(qtbot, dialog, "fixButton")
    assert recorder.urls == ["https://www.okx.com/account/my-api"]
    assert dialog.flow.current is Step.VERIFY and dialog.flow.state.api_key  # nothing cleared
    assert not visible(dialog, "lookupIpButton")  # OKX named it: no third party asked


def test_10_an_unbound_key_offers_an_opt_in_lookup_naming_the_service(
    qtbot: QtBot,
    make_wizard: MakeWizard,
    simulator: Simulator,
    ip_service: tuple[PublicIpService, ThreadingHTTPServer],
) -> None:
    service, server = ip_service
    dialog = make_wizard()
    dialog.services.lookup_ip = service
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    enter_keys(qtbot, dialog, simulator.key("unbound").credentials)
    click(qtbot, dialog, "nextButton")
    wait_checked(qtbot, dialog)
    lookup = dialog.findChild(QPushButton, "lookupIpButton")
    assert lookup.isVisible() and "127.0.0.1" in lookup.text()  # the service's name
    assert "that service then sees your address" in label(dialog, "ipLabel").text()
    assert server.asked == 0  # nothing asked before the click
    click(qtbot, dialog, "lookupIpButton")
    qtbot.waitUntil(lambda: "203.0.113.9" in label(dialog, "ipLabel").text(), timeout=10_000)
    assert server.asked == 1
    assert visible(dialog, "copyIpButton") and not lookup.isVisible()


# --- 11. After "Change the region" ---------------------------------------------------------


def test_11_change_the_region_returns_to_the_check_with_the_name_following(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator
) -> None:
    dialog = make_wizard()
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    assert text_of(dialog, "labelEdit") == "OKX Global"
    enter_keys(qtbot, dialog, simulator.key("eea").credentials)
    click(qtbot, dialog, "nextButton")
    wait_checked(qtbot, dialog)
    assert dialog.findChild(QPushButton, "fixButton").text() == "Change the region"
    click(qtbot, dialog, "fixButton")
    click(qtbot, dialog, "useDetectedButton")
    click(qtbot, dialog, "nextButton")
    assert dialog.flow.current is Step.VERIFY  # straight back, no unchanged pages
    wait_checked(qtbot, dialog)
    assert dialog.next_button.isEnabled(), dialog.error_label.text()
    assert dialog.flow.state.label == "OKX EEA"  # the default name follows the region
    click(qtbot, dialog, "backButton")
    assert dialog.flow.current is Step.ENTER_KEYS and text_of(dialog, "labelEdit") == "OKX EEA"


# --- 13. Keyboard -------------------------------------------------------------------------


def mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


def test_13_focus_starts_on_the_first_field_and_show_buttons_have_mnemonics(
    qtbot: QtBot, make_wizard: MakeWizard
) -> None:
    dialog = make_wizard()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget().objectName() == "languageCombo"
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    page = dialog.pages[Step.ENTER_KEYS]
    reveals = [b for b in page.findChildren(QToolButton) if b.objectName().endswith("Reveal")]
    assert len(reveals) == 3
    keys = [mnemonic(b.text()) for b in reveals]
    assert None not in keys and len(set(keys)) == 3
    # No other control of the page or the dialog's buttons uses the same letter.
    others = [w.text() for w in page.findChildren(QLabel) if w.buddy() is not None]
    others += [b.text() for b in dialog.findChildren(QPushButton) if b.isVisible()]
    others += [page.accept_warnings.text()]
    assert not set(keys) & {mnemonic(t) for t in others}
    edit = dialog.findChild(QLineEdit, "apiKeyEdit")
    assert edit.echoMode() is QLineEdit.EchoMode.Password
    edit.setFocus()
    key = {"k": Qt.Key.Key_K, "e": Qt.Key.Key_E, "h": Qt.Key.Key_H}[str(keys[0])]
    qtbot.keyClick(edit, key, Qt.KeyboardModifier.AltModifier)
    # A mnemonic "animates" the click: the button goes down and up over 100 ms.
    qtbot.waitUntil(lambda: edit.echoMode() is QLineEdit.EchoMode.Normal)


# --- OKX as it is: the passphrase rule is documented for API-made keys only ------------------


def test_a_web_keys_simple_passphrase_is_not_called_wrong(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator
) -> None:
    dialog = make_wizard()
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    creds = simulator.key("healthy").credentials
    enter_keys(qtbot, dialog, creds)
    type_into(qtbot, dialog, "passphraseEdit", "123456")  # OKX's docs' own example
    assert not label(dialog, "passphraseMessage").isVisible()
    assert not dialog.findChild(QCheckBox, "acceptWarningsCheck").isVisible()
    assert dialog.next_button.isEnabled()


def test_19_a_key_bound_to_a_server_is_saved_unchecked_when_the_user_says_so(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator, store: KeychainStore
) -> None:
    from PySide6.QtWidgets import QCheckBox

    from gui.connections.status import Status, diagnose_stored

    dialog = make_wizard()
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    enter_keys(qtbot, dialog, simulator.key("wrong-ip").credentials)
    click(qtbot, dialog, "nextButton")
    wait_checked(qtbot, dialog)
    # VERIFY's (CREATE_KEY has an IP panel too, whose box never shows: OKX named no address).
    [box] = [b for b in dialog.findChildren(QCheckBox, "checkFromServerBox") if b.isVisible()]
    assert box.isVisible() and "check it from the server" in box.text()
    assert not dialog.findChild(QPushButton, "nextButton").isEnabled()  # not saved unasked
    box.setChecked(True)
    [next_step] = [w for w in dialog.findChildren(QLabel, "onServerLabel") if w.isVisible()]
    assert next_step.text().endswith("okx-key-manager check 'OKX Global'")  # quoted for a shell

    click(qtbot, dialog, "nextButton")
    qtbot.waitUntil(lambda: dialog.flow.state.saved_id is not None, timeout=10_000)
    [saved] = store.list()
    assert diagnose_stored(saved).status is Status.NOT_CHECKED
    assert store.get_credentials(saved.id) == simulator.key("wrong-ip").credentials
