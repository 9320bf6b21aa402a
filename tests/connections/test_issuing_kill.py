"""The app killed between "created on OKX" and "saved", and between "saved" and "old key
deleted": the next start finds and reports the leftover key, and cleaning up removes it."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

from gui.connections.drift import DriftState, clean_up, drift
from gui.connections.issuing import IssueRequest, issue_key
from gui.connections.leftovers import LeftoverKind, leftovers
from gui.connections.manager_key import find_manager
from gui.okx.simulator import Simulator
from gui.vault.keychain import KeychainStore
from tests.connections.issuing_helpers import marked_manager, target_of
from tests.vault.fakes import DirKeyring

DRIVER = Path(__file__).with_name("issuing_kill_driver.py")


def open_store(data_dir: Path) -> KeychainStore:
    return KeychainStore(data_dir, DirKeyring(data_dir / "keyring"), service="kill")


def run_killed(mode: str, data_dir: Path, sim: Simulator) -> None:
    sim.rate_limits = False  # two processes write for one master UID within a second here
    urls = json.dumps({r.value: u for r, u in sim.base_urls.items()})
    done = subprocess.run(
        [sys.executable, str(DRIVER), mode, str(data_dir), urls],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == -signal.SIGKILL, done.stdout + done.stderr


def test_killed_between_created_and_saved(tmp_path: Path, simulator: Simulator) -> None:
    target = target_of(simulator)
    marked_manager(open_store(tmp_path), simulator, target)
    before = {k.credentials.api_key for k in simulator.sub_account_keys("botalpha01")}
    run_killed("created", tmp_path, simulator)
    created = [
        k for k in simulator.sub_account_keys("botalpha01") if k.credentials.api_key not in before
    ]
    assert len(created) == 1  # on OKX, and no app holds its secret
    store = open_store(tmp_path)  # the next start
    assert [c.label for c in store.list()] == ["the manager"]
    (leftover,) = leftovers(store)
    assert leftover.kind is LeftoverKind.UNSAVED and leftover.okx_label == created[0].label
    assert "botalpha01" in str(leftover.message) and "--clean-up" in str(leftover.message)
    manager = find_manager(store, "the manager")
    states = {r.okx_label: r.state for r in drift(store, manager, target)}
    assert states[created[0].label] is DriftState.LEFTOVER
    clean_up(store, manager, target)
    assert leftovers(store) == []
    assert {k.credentials.api_key for k in simulator.sub_account_keys("botalpha01")} == before


def test_killed_between_saved_and_old_deleted(tmp_path: Path, simulator: Simulator) -> None:
    target = target_of(simulator)
    store = open_store(tmp_path)
    manager = marked_manager(store, simulator, target)
    old = issue_key(store, manager, IssueRequest("botalpha01", ("127.0.0.1",), "bot"), target)
    old_key = store.get_credentials(old.connection.id).api_key
    run_killed("saved", tmp_path, simulator)
    store = open_store(tmp_path)  # the next start
    (bot,) = [c for c in store.list() if c.label == "bot"]
    assert store.get_credentials(bot.id).api_key != old_key  # the successor is saved
    on_okx = {k.credentials.api_key for k in simulator.sub_account_keys("botalpha01")}
    assert old_key in on_okx
    (leftover,) = leftovers(store)
    assert leftover.kind is LeftoverKind.NOT_DELETED and "bot" in str(leftover.message)
    clean_up(store, find_manager(store, "the manager"), target)
    assert leftovers(store) == []
    assert old_key not in {k.credentials.api_key for k in simulator.sub_account_keys("botalpha01")}
