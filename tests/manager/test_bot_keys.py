"""Issued keys in the window, with pytest-qt by the object names in docs/manager.md: mark the
manager key, "New bot key…", rotate, the keys on OKX, revoke — each asking first — and the
leftovers of an interrupted run reported after the list shows."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QPushButton, QTableWidget, QToolButton
from pytestqt.qtbot import QtBot

from gui.manager.actions import Act
from gui.okx.client import OkxClient
from gui.okx.errors import OkxError
from gui.okx.simulator import Simulator
from gui.vault.keychain import KeychainStore
from gui.vault.model import PendingIssue
from tests.manager.conftest import Make, PromptRecorder, save_sim_key
from tests.manager.helpers import labels, select, wait_idle

T = TypeVar("T", bound=QObject)


def child(parent: QObject, kind: type[T], name: str) -> T:
    found = parent.findChild(kind, name)
    assert isinstance(found, kind), name
    return found


def action(window: QObject, name: str) -> QAction:
    return child(window, QAction, name)


def refused(sim: Simulator, store: KeychainStore, api_key: str, secret: str, phrase: str) -> bool:
    from gui.okx.signing import Credentials

    with OkxClient(Credentials(api_key, secret, phrase), base_url=sim.base_url, timeout=5) as c:
        try:
            c.account_config()
        except OkxError as error:
            return error.code == "50119"
    return False


def test_issue_rotate_drift_and_revoke_in_the_window(
    qtbot: QtBot,
    make_window: Make,
    store: KeychainStore,
    simulator: Simulator,
    prompts: PromptRecorder,
) -> None:
    simulator.rate_limits = False  # the steps follow each other faster than OKX's 1 per second
    manager = save_sim_key(store, simulator, "manager", "the manager")
    window = make_window()
    assert child(window, QToolButton, "botKeysButton").isEnabled()
    assert not action(window, "newBotKeyAction").isEnabled()  # no manager key yet

    select(window, "the manager")
    action(window, "markManagerAction").trigger()
    assert "trade your master account" in prompts.questions[-1]
    qtbot.waitUntil(lambda: store.get(manager.id).facts.manager, timeout=10_000)
    qtbot.waitUntil(lambda: action(window, "newBotKeyAction").isEnabled(), timeout=10_000)

    action(window, "newBotKeyAction").trigger()
    dialog = child(window, QDialog, "newBotKeyDialog")
    combo = child(dialog, QComboBox, "subAccountCombo")
    qtbot.waitUntil(lambda: combo.count() >= 2, timeout=10_000)
    names = [combo.itemText(i) for i in range(combo.count())]
    assert "botalpha01" in names and "managed03" not in names  # standard ones only
    combo.setEditText("botalpha01")
    child(dialog, QLineEdit, "ipsEdit").setText("127.0.0.1")
    child(dialog, QLineEdit, "labelEdit").setText("grid")
    child(dialog, QPushButton, "issueButton").click()
    assert "botalpha01" in prompts.questions[-1] and "Withdraw" in prompts.questions[-1]
    qtbot.waitUntil(lambda: "grid" in labels(window), timeout=15_000)
    qtbot.waitUntil(lambda: any("Saved as “grid”" in t for t in prompts.informed), timeout=5_000)
    (grid,) = [c for c in store.list() if c.label == "grid"]
    first = store.get_credentials(grid.id)

    select(window, "grid")
    assert action(window, "revokeAction").isEnabled()
    window.acts[Act.ROTATE].trigger()  # an issued key rotates through OKX, not the wizard
    assert window.wizard is None and "same sub-account" in prompts.questions[-1]
    qtbot.waitUntil(
        lambda: next(c for c in store.list() if c.label == "grid").id != grid.id, timeout=15_000
    )
    wait_idle(qtbot, window)
    assert refused(simulator, store, first.api_key, first.secret_key, first.passphrase)

    action(window, "keysOnOkxAction").trigger()
    drift = child(window, QDialog, "driftDialog")
    table = child(drift, QTableWidget, "driftTable")
    qtbot.waitUntil(lambda: table.rowCount() >= 2, timeout=10_000)

    def text(row: int, column: int) -> str:
        item = table.item(row, column)
        assert item is not None
        return item.text()

    states = {text(r, 5): text(r, 4) for r in range(table.rowCount())}
    assert states["grid"] == "issued here"
    assert "unknown to the app" in states.values()
    drift.reject()

    wait_idle(qtbot, window)
    select(window, "grid")
    prompts.confirm_answer = False
    action(window, "revokeAction").trigger()  # declined: nothing changes
    wait_idle(qtbot, window)
    assert "grid" in labels(window)
    prompts.confirm_answer = True
    action(window, "revokeAction").trigger()
    qtbot.waitUntil(lambda: "grid" not in labels(window), timeout=15_000)
    assert [c.label for c in store.list()] == ["the manager"]


def test_leftovers_are_reported_after_the_list_shows(
    qtbot: QtBot,
    make_window: Make,
    store: KeychainStore,
    simulator: Simulator,
    prompts: PromptRecorder,
) -> None:
    manager = save_sim_key(store, simulator, "manager", "the manager")
    pending = PendingIssue("botalpha01", "okm0123456789", datetime.now(UTC))
    store.change_facts(
        {manager.id: lambda f: replace(f, manager=True, pending=(pending,), uid="1")}
    )
    make_window()
    qtbot.waitUntil(lambda: any("okm0123456789" in t for t in prompts.informed), timeout=10_000)
