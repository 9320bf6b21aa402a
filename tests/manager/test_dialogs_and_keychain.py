"""The real dialogs (password strength, import preview) and the window over the real keychain."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from gui.manager.actions import Act
from gui.manager.prompts import ImportDialog, PasswordDialog
from gui.okx.regions import Environment, Region
from gui.okx.simulator import Simulator
from gui.vault.backup import ClashPolicy
from gui.vault.keychain import KeychainStore
from gui.vault.model import Connection
from tests.manager.conftest import Make, save_sim_key
from tests.manager.helpers import labels, select, status, wait_checks, wait_idle


def test_password_dialog_wants_a_strong_password_typed_twice(qtbot: QtBot) -> None:
    dialog = PasswordDialog(None, "Export backup", "Choose a password", new=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.edit.setText("password")
    assert not ok.isEnabled() and dialog.strength.text()
    dialog.edit.setText("correct horse battery staple 42!")
    assert not ok.isEnabled() and dialog.strength.text() == "The two passwords differ."
    dialog.again.setText("correct horse battery staple 42!")
    assert ok.isEnabled() and dialog.strength.text() == "Strong enough."
    unlock = PasswordDialog(None, "Unlock", "Master password", new=False)
    qtbot.addWidget(unlock)
    assert not unlock.again.isVisibleTo(unlock)
    unlock.edit.setText("x")
    assert unlock.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_import_dialog_previews_and_asks_per_clash(qtbot: QtBot) -> None:
    connections = [
        Connection("a1", "Main", Region.GLOBAL, Environment.LIVE, "••••1a2b", date(2026, 1, 2)),
        Connection("b2", "Paper", Region.EEA, Environment.DEMO, "••••3c4d", date(2026, 1, 3)),
    ]
    dialog = ImportDialog(None, connections, {"a1"})
    qtbot.addWidget(dialog)
    assert "••••1a2b" in dialog.checks["a1"].text() and "2026-01-02" in dialog.checks["a1"].text()
    assert set(dialog.choices) == {"a1"}
    dialog.choices["a1"].setCurrentIndex(dialog.choices["a1"].findData("replace"))
    dialog.checks["b2"].setChecked(False)
    assert dialog.result_choices() == ({"a1"}, {"a1": ClashPolicy.REPLACE})


@pytest.fixture
def secret_service_store(tmp_path: Path) -> Iterator[KeychainStore]:
    if os.environ.get("OKX_KM_TEST_SECRET_SERVICE") != "1":
        pytest.skip("no private Secret Service: run `make test` (tests/with-secret-service)")
    import keyring

    backend = keyring.get_keyring()
    service = f"okx-key-manager-manager-{uuid.uuid4().hex[:12]}"
    yield KeychainStore(tmp_path / "data", backend, service=service)
    collection = backend.get_preferred_collection()  # type: ignore[attr-defined]
    with closing(collection.connection):
        for item in collection.search_items({"service": service}):
            item.delete()


@pytest.mark.keychain
def test_window_over_the_real_secret_service(
    qtbot: QtBot,
    make_window: Make,
    simulator: Simulator,
    secret_service_store: KeychainStore,
) -> None:
    store = secret_service_store
    save_sim_key(store, simulator, "healthy", "Main")
    save_sim_key(store, simulator, "eea", "Europe")
    window = make_window(open_store=lambda: store)
    window.check_all()
    wait_checks(qtbot, window)
    assert status(window, "Main") == status(window, "Europe") == "Connected"
    select(window, "Europe")
    window.acts[Act.COPY_SECRET_KEY].trigger()
    secret = simulator.key("eea").credentials.secret_key
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == secret)
    window.clipboard.clear_if_ours()
    window.acts[Act.DELETE].trigger()  # the recorder answers yes
    qtbot.waitUntil(lambda: labels(window) == ["Main"])
    wait_idle(qtbot, window)
    assert [c.label for c in store.list()] == ["Main"]
    assert store.problems() == []
