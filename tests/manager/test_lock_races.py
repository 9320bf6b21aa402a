"""Lock is final: whatever was in flight when the user locked — a reload, a copy, a check,
"Check all", a backup, a move — nothing from it is shown or copied afterwards, and nothing is
lost. Each kind of work races the lock for 100 rounds with random timing
(``OKX_KM_LOCK_ROUNDS``: `make test-fast` runs 10)."""

from __future__ import annotations

import os
import random
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from gui.manager.actions import Act
from gui.manager.controller import StoreState
from gui.manager.frame import Page
from gui.manager.window import ManagerWindow
from gui.okx.simulator import Fault, Simulator
from gui.vault.crypto import INSECURE_TEST_POLICY
from gui.vault.filevault import FileVaultStore
from tests.manager.conftest import Make, PromptRecorder, save_sim_key
from tests.vault.crypto_helpers import CHEAP_KDF

ROUNDS = int(os.environ.get("OKX_KM_LOCK_ROUNDS", "100"))
STRONG = "correct horse battery staple 42!"
NAMES = ("healthy", "demo", "eea", "unbound")


def cheap_vault(path: Path) -> FileVaultStore:
    return FileVaultStore(path, params=CHEAP_KDF, policy=INSECURE_TEST_POLICY)


@pytest.fixture
def vault_window(
    qtbot: QtBot, make_window: Make, simulator: Simulator, tmp_path: Path
) -> ManagerWindow:
    data = tmp_path / "data"
    data.mkdir()
    path = data / "vault.okxvault"
    vault = FileVaultStore.create(path, STRONG, params=CHEAP_KDF, policy=INSECURE_TEST_POLICY)
    for name in NAMES:
        save_sim_key(vault, simulator, name)
    vault.lock()
    window = make_window(
        open_store=lambda: cheap_vault(path),
        wait=False,
        new_vault=lambda p, password: FileVaultStore.create(
            p, password, params=CHEAP_KDF, policy=INSECURE_TEST_POLICY
        ),
    )
    qtbot.waitUntil(lambda: window.page is Page.LOCKED)
    return window


def secrets(simulator: Simulator) -> set[str]:
    return {
        value
        for name in NAMES
        for value in (
            simulator.key(name).credentials.secret_key,
            simulator.key(name).credentials.passphrase,
        )
    }


def unlock(qtbot: QtBot, window: ManagerWindow, prompts: PromptRecorder) -> None:
    if window.controller.lockable:
        prompts.passwords = [STRONG]
    window.frame.unlock_button.click()
    qtbot.waitUntil(lambda: window.page is Page.LIST, timeout=10_000)


def settle(qtbot: QtBot, window: ManagerWindow) -> None:
    """Until every thread the window started has returned and its results were delivered."""

    def quiet() -> bool:
        busy = any(t.name.startswith("okx-check") for t in threading.enumerate())
        return not busy and window.controller.runner.active_count == 0

    qtbot.waitUntil(quiet, timeout=20_000)
    qtbot.wait(5)


def assert_nothing_after_lock(window: ManagerWindow, hidden: set[str]) -> None:
    assert window.page is Page.LOCKED
    assert window.controller.state is StoreState.LOCKED
    assert window.controller.session is None
    assert window.content.model.rows == []
    assert window.content.details.connection is None
    assert window.content.snapshots == {} and window.content.diagnoses == {}
    assert window.wizard is None
    assert QGuiApplication.clipboard().text() not in hidden
    assert "Copied" not in window.statusBar().currentMessage()
    store = window.controller.store
    assert store is not None
    assert store.locked or store.as_lockable() is None  # a vault file's key is wiped


def start_backup(window: ManagerWindow, prompts: PromptRecorder, tmp_path: Path, n: int) -> None:
    prompts.passwords = [STRONG]
    prompts.path = tmp_path / f"backup-{n}.okxbackup"
    window.acts[Act.EXPORT].trigger()


def start_move(qtbot: QtBot, window: ManagerWindow, prompts: PromptRecorder) -> None:
    """From a vault file to the keychain (only a vault file can be locked). After such a
    round the keys are in the keychain: first they move back (not raced)."""
    prompts.confirm_answer = True
    if not window.controller.lockable:
        prompts.passwords = [STRONG]
        window.move_storage()
        qtbot.waitUntil(
            lambda: window.controller.lockable and window.page is Page.LIST, timeout=10_000
        )
        qtbot.waitUntil(lambda: len(window.content.model.rows) == len(NAMES))
    window.move_storage()


Start = Callable[[QtBot, ManagerWindow, PromptRecorder, Path, int], None]
KINDS: dict[str, Start] = {
    "reload": lambda q, w, p, t, n: w.reload(),
    "copy": lambda q, w, p, t, n: w.acts[Act.COPY_SECRET_KEY].trigger(),
    "check": lambda q, w, p, t, n: w.acts[Act.CHECK].trigger(),
    "check all": lambda q, w, p, t, n: w.acts[Act.CHECK_ALL].trigger(),
    "backup": lambda q, w, p, t, n: start_backup(w, p, t, n),
    "move": lambda q, w, p, t, n: start_move(q, w, p),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_lock_racing_work_in_flight_shows_and_copies_nothing_after(
    qtbot: QtBot,
    vault_window: ManagerWindow,
    simulator: Simulator,
    prompts: PromptRecorder,
    tmp_path: Path,
    kind: str,
) -> None:
    window = vault_window
    hidden = secrets(simulator)
    seed = random.randrange(1 << 30)
    chance = random.Random(seed)
    start = KINDS[kind]
    raced = 0
    for n in range(ROUNDS):
        simulator.clear_faults()
        simulator.inject(Fault(latency=chance.uniform(0, 0.03)))
        unlock(qtbot, window, prompts)
        assert len(window.content.model.rows) == len(NAMES), f"round {n}, seed {seed}"
        start(qtbot, window, prompts, tmp_path, n)
        delay = chance.choice((0, 0, 1, 2, 5, 10, 20, 40))
        if delay:
            qtbot.wait(delay)
        if not window.acts[Act.LOCK].isEnabled():
            assert kind == "move" and not window.controller.lockable  # moved before the lock
            settle(qtbot, window)
            continue
        raced += 1
        window.acts[Act.LOCK].trigger()
        assert window.page is Page.LOCKED, f"round {n}, seed {seed}"
        settle(qtbot, window)
        assert_nothing_after_lock(window, hidden)
    assert raced >= ROUNDS // 2  # most rounds locked while the work was in flight
    # nothing was lost on the way
    if window.page is not Page.LIST:
        unlock(qtbot, window, prompts)
    store = window.controller.store
    assert store is not None
    saved = {c.label: store.get_credentials(c.id) for c in store.list()}
    assert saved == {name: simulator.key(name).credentials for name in NAMES}
