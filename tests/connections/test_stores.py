"""Opening the user's store: the list shows from the index before the keychain is touched."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.connections.stores import LabelNotFound, find_by_label, open_default_store
from gui.okx.regions import Environment, Region
from gui.vault.errors import KeychainUnavailable
from gui.vault.keychain import KeychainStore
from gui.vault.keychain_deferred import DeferredKeychainStore
from gui.vault.memory import MemoryKeyring
from tests.vault.contract import KEY_A, KEY_B

SERVICE = "okx-km-stores-test"


def saved(tmp_path: Path) -> MemoryKeyring:
    backend = MemoryKeyring()
    store = KeychainStore(tmp_path, backend, service=SERVICE)
    store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    store.add("Bot", Region.EEA, Environment.DEMO, KEY_B)
    return backend


def test_with_saved_connections_the_keychain_waits_for_its_first_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = saved(tmp_path)
    opened: list[str] = []

    def open_system_keychain(service: str, *, timeout: float) -> MemoryKeyring:
        opened.append(service)
        return backend

    monkeypatch.setattr("gui.connections.stores.open_system_keychain", open_system_keychain)
    store = open_default_store(tmp_path, service=SERVICE)
    assert isinstance(store, DeferredKeychainStore) and not store.opened
    assert [c.label for c in store.list()] == ["Bot", "Main"]  # the index alone
    assert opened == [] and backend.calls[-1][0] != "search"
    calls = len(backend.calls)
    assert store.scan().problems == ()  # the first use: chosen, probed, ONE search
    assert opened == [SERVICE] and store.opened
    assert [op for op, _ in backend.calls[calls:]] == ["search"]
    assert store.get_credentials(find_by_label(store, "main").id) == KEY_A
    with pytest.raises(LabelNotFound):
        find_by_label(store, "nobody")


def test_a_keychain_that_fails_at_first_use_says_so_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved(tmp_path)

    def broken(service: str, *, timeout: float) -> MemoryKeyring:
        raise KeychainUnavailable("DBusErrorResponse")

    monkeypatch.setattr("gui.connections.stores.open_system_keychain", broken)
    store = open_default_store(tmp_path, service=SERVICE)
    assert [c.label for c in store.list()] == ["Bot", "Main"]  # still listed
    with pytest.raises(KeychainUnavailable):
        store.scan()


def test_with_nothing_saved_a_missing_keychain_is_known_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(service: str, *, timeout: float) -> MemoryKeyring:
        raise KeychainUnavailable("NoKeyringError")

    monkeypatch.setattr("gui.connections.stores.open_system_keychain", broken)
    with pytest.raises(KeychainUnavailable):  # before the wizard opens: a vault file is offered
        open_default_store(tmp_path, service=SERVICE)
