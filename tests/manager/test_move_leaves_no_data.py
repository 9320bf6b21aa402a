"""Moving to a vault file through the window leaves no plain-text account data beside it
(issue 17): the keychain mode's balance cache is overwritten, then removed, when the move
completes; what stays in the data folder holds no label, balance or account mode."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from gui.connections.cache import FILE_NAME
from gui.manager.settings import AppSettings
from gui.okx.simulator import Simulator
from gui.vault.keychain import KeychainStore
from tests.manager.conftest import Make, PromptRecorder, save_sim_key
from tests.manager.helpers import status, wait_checks, wait_idle

STRONG = "correct horse battery staple 42!"


def test_after_a_move_to_a_vault_file_no_account_data_stays_in_the_data_folder(
    qtbot: QtBot,
    make_window: Make,
    store: KeychainStore,
    simulator: Simulator,
    prompts: PromptRecorder,
    settings: AppSettings,
    tmp_path: Path,
) -> None:
    save_sim_key(store, simulator, "healthy", "Main account")
    save_sim_key(store, simulator, "demo", "Paper bot")
    settings.check_on_start = True
    window = make_window()
    qtbot.waitUntil(lambda: status(window, "Main account") == "Connected", timeout=10_000)
    wait_checks(qtbot, window)
    data = tmp_path / "data"
    cache = data / FILE_NAME
    qtbot.waitUntil(cache.exists)
    assert b"totalEq" in cache.read_bytes() or b"equity" in cache.read_bytes()

    prompts.passwords = [STRONG]
    window.move_storage()
    qtbot.waitUntil(
        lambda: window.controller.lockable and len(window.content.model.rows) == 2, timeout=10_000
    )
    window.check_all()  # checks after the move keep their balances in memory only
    wait_checks(qtbot, window)
    wait_idle(qtbot, window)

    left = sorted(p.name for p in data.iterdir())
    assert FILE_NAME not in left, left
    assert "vault.okxvault" in left
    for path in data.iterdir():
        if path.is_file() and path.name != "vault.okxvault":
            text = path.read_bytes()
            for word in (b"Main account", b"Paper bot", b"equity", b"totalEq", b"net_mode"):
                assert word not in text, (path.name, word)
