"""Keyboard-only use, accessible names, prefill, saving problems and log hygiene."""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gui.okx.regions import Environment, Region
from gui.okx.simulator import Simulator
from gui.vault.keychain import KeychainStore
from gui.wizard.connection import StoreSaver
from gui.wizard.dialog import WizardDialog
from gui.wizard.flow import Flow, Prefill, Step
from gui.wizard.pages.create_key import CreateKeyPage
from gui.wizard.pages.start import StartPage
from gui.wizard.services import WizardServices
from tests.qt_helpers import child, focused
from tests.wizard.helpers import click, enter_keys, next_to, page, wait_checked

MakeWizard = Callable[..., WizardDialog]
ROOT = Path(__file__).resolve().parents[2]


def press(qtbot: QtBot, key: Qt.Key) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key)


def test_keyboard_only_reaches_a_verified_key(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator
) -> None:
    dialog = make_wizard()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    for step in (Step.PREPARE, Step.CREATE_KEY, Step.ENTER_KEYS):
        press(qtbot, Qt.Key.Key_Return)
        assert dialog.flow.current is step
    creds = simulator.key("healthy").credentials
    # The name is pre-filled, so the cursor waits in the API key field; Tab walks the page.
    assert focused().objectName() == "apiKeyEdit"
    qtbot.keyClicks(focused(), creds.api_key)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "apiKeyReveal"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "secretKeyEdit"
    qtbot.keyClicks(focused(), creds.secret_key)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "passphraseEdit"
    qtbot.keyClicks(focused(), creds.passphrase)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.flow.current is Step.VERIFY
    wait_checked(qtbot, dialog)
    assert dialog.next_button.isEnabled()


DOCUMENTED = [
    "regionCombo",
    "environmentCombo",
    "languageCombo",
    "spotOnlyCheck",
    "openSettingsButton",
    "openApiPageButton",
    "generatePassphraseButton",
    "labelEdit",
    "apiKeyEdit",
    "secretKeyEdit",
    "passphraseEdit",
    "apiKeyReveal",
    "acceptWarningsCheck",
    "verifyButton",
    "stopButton",
    "fixButton",
    "fixForMeButton",
    "checkList",
    "tradingTable",
    "fundingTable",
    "copyIpButton",
    "lookupIpButton",
    "deleteOldKeyButton",
]


def test_widgets_have_stable_names_and_accessible_names(make_wizard: MakeWizard) -> None:
    dialog = make_wizard()
    for name in DOCUMENTED:
        widget = child(dialog, QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    for step, shown in dialog.pages.items():
        assert (
            shown.objectName()
            == {
                Step.START: "startPage",
                Step.PREPARE: "preparePage",
                Step.CREATE_KEY: "createKeyPage",
                Step.ENTER_KEYS: "enterKeysPage",
                Step.VERIFY: "verifyPage",
                Step.DONE: "donePage",
            }[step]
        )
    buttons = dialog.findChildren(QAbstractButton)
    assert all(b.objectName() for b in buttons if b.text())
    docs = (ROOT / "docs/wizard.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in docs for name in DOCUMENTED)


def test_prefilled_rotation_starts_after_start(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator
) -> None:
    flow = Flow(prefill=Prefill(Region.GLOBAL, Environment.LIVE, label="Bot 2"))
    dialog = make_wizard(flow)
    assert dialog.flow.current is Step.PREPARE
    assert dialog.step_label.text() == "Step 1 of 5"
    assert not dialog.back_button.isEnabled()
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    assert child(dialog, QLineEdit, "labelEdit").text() == "Bot 2"


def test_a_key_already_saved_is_not_saved_twice(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator, store: KeychainStore
) -> None:
    """The same rule as add and migrate (save_checked_key): the wizard names the connection
    that holds the key, offers neither a retry nor a rename, and saves nothing."""
    key = simulator.key("healthy").credentials
    store.add("Main bot", Region.GLOBAL, Environment.LIVE, key)
    dialog = make_wizard()
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    enter_keys(qtbot, dialog, key)
    click(qtbot, dialog, "nextButton")
    wait_checked(qtbot, dialog)
    click(qtbot, dialog, "nextButton")
    assert dialog.flow.current is Step.DONE
    qtbot.waitUntil(lambda: "already saved" in dialog.error_label.text(), timeout=10_000)
    assert "“Main bot”" in dialog.error_label.text()
    assert dialog.flow.state.saved_id is None and not dialog.finish_button.isEnabled()
    assert not child(dialog, QPushButton, "retrySaveButton").isVisible()
    assert not child(dialog, QPushButton, "renameButton").isVisible()
    assert child(dialog, QLabel, "connectedLabel").text() == "The key was not saved."
    assert [c.label for c in store.list()] == ["Main bot"]


def test_a_name_already_used_sends_back_to_rename(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator, store: KeychainStore
) -> None:
    store.add("OKX Global", Region.GLOBAL, Environment.LIVE, simulator.key("demo").credentials)
    dialog = make_wizard()
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    enter_keys(qtbot, dialog, simulator.key("healthy").credentials)
    click(qtbot, dialog, "nextButton")
    wait_checked(qtbot, dialog)
    click(qtbot, dialog, "nextButton")
    wait_checked(qtbot, dialog)
    assert "already exists" in dialog.error_label.text()
    assert not dialog.finish_button.isEnabled()
    click(qtbot, dialog, "renameButton")
    assert dialog.flow.current is Step.ENTER_KEYS
    edit = child(dialog, QLineEdit, "labelEdit")
    edit.selectAll()
    qtbot.keyClicks(edit, "Second")
    click(qtbot, dialog, "nextButton")
    wait_checked(qtbot, dialog)
    click(qtbot, dialog, "nextButton")
    qtbot.waitUntil(lambda: dialog.flow.state.saved_id is not None, timeout=10_000)
    assert sorted(c.label for c in store.list()) == ["OKX Global", "Second"]


def test_an_unexpected_checker_error_is_shown_not_lost(
    qtbot: QtBot, make_wizard: MakeWizard, simulator: Simulator
) -> None:
    dialog = make_wizard()

    def broken(*_args: object) -> object:
        raise RuntimeError("boom")

    dialog.services.check = broken  # type: ignore[assignment]
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    enter_keys(qtbot, dialog, simulator.key("healthy").credentials)
    click(qtbot, dialog, "nextButton")
    wait_checked(qtbot, dialog)
    assert "RuntimeError" in dialog.error_label.text()
    assert not dialog.next_button.isEnabled()


def test_no_secret_reaches_the_logs(
    qtbot: QtBot,
    make_wizard: MakeWizard,
    simulator: Simulator,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    dialog = make_wizard()
    creds = simulator.key("healthy").credentials
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    enter_keys(qtbot, dialog, creds)
    click(qtbot, dialog, "nextButton")
    wait_checked(qtbot, dialog)
    click(qtbot, dialog, "nextButton")
    qtbot.waitUntil(lambda: dialog.flow.state.saved_id is not None, timeout=10_000)
    text = caplog.text + repr(dialog.flow.state) + dialog.flow.state.describe()
    for secret in (creds.api_key, creds.secret_key, creds.passphrase):
        assert secret not in text


def test_environment_combo_changes_the_create_key_page(
    qtbot: QtBot, make_wizard: MakeWizard
) -> None:
    dialog = make_wizard()
    box = child(dialog, QComboBox, "environmentCombo")
    box.setCurrentIndex(box.findData(Environment.DEMO))
    spot = page(dialog, StartPage).spot_only
    spot.setChecked(True)
    click(qtbot, dialog, "nextButton")
    assert dialog.flow.current is Step.CREATE_KEY  # spot only: PREPARE skipped
    assert "Demo keys never expire." in page(dialog, CreateKeyPage).steps.text()
    assert dialog.step_label.text() == "Step 2 of 5"


@pytest.fixture
def secret_service_store(tmp_path: Path) -> Iterator[KeychainStore]:
    if os.environ.get("OKX_KM_TEST_SECRET_SERVICE") != "1":
        pytest.skip("no private Secret Service: run `make test` (tests/with-secret-service)")
    import keyring

    backend: Any = keyring.get_keyring()  # the Secret Service's (its collections are used)
    service = f"okx-key-manager-wizard-{uuid.uuid4().hex[:12]}"
    yield KeychainStore(tmp_path / "data", backend, service=service)
    collection = backend.get_preferred_collection()
    with closing(collection.connection):
        for item in collection.search_items({"service": service}):
            item.delete()


@pytest.mark.keychain
def test_done_saves_into_the_real_secret_service(
    qtbot: QtBot,
    make_wizard: MakeWizard,
    services: WizardServices,
    simulator: Simulator,
    secret_service_store: KeychainStore,
) -> None:
    services.save = StoreSaver(secret_service_store)
    dialog = make_wizard()
    creds = simulator.key("healthy").credentials
    next_to(qtbot, dialog, Step.ENTER_KEYS)
    enter_keys(qtbot, dialog, creds)
    click(qtbot, dialog, "nextButton")
    wait_checked(qtbot, dialog)
    click(qtbot, dialog, "nextButton")
    qtbot.waitUntil(lambda: dialog.flow.state.saved_id is not None, timeout=10_000)
    saved_id = dialog.flow.state.saved_id
    assert saved_id is not None
    # A fresh store over the same keychain reads the key back.
    again = KeychainStore(
        secret_service_store.index.directory,
        secret_service_store.backend,
        service=secret_service_store.service,
    )
    assert again.get_credentials(saved_id) == creds
