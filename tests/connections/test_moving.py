"""Moving connections between stores: copy all, verify, then remove from the old place."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from gui.connections.moving import move_connections
from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.vault.errors import LabelTaken
from gui.vault.filevault import FileVaultStore
from gui.vault.keychain import KeychainStore
from gui.vault.model import CheckStatus, CheckSummary, Facts
from tests.vault.fakes import MemoryKeyring

PASSWORD = "correct horse battery staple 42!"
CREDS = [Credentials(f"api-key-{n}-0000000000", f"secret-{n}", f"Pass-{n}!x") for n in range(3)]


def keychain(tmp_path: Path) -> KeychainStore:
    return KeychainStore(tmp_path / "kc", MemoryKeyring(), service="okx-km-move-test")


def fill(store: KeychainStore | FileVaultStore) -> None:
    check = CheckSummary(datetime(2026, 1, 2, tzinfo=UTC), CheckStatus.CONNECTED, "Connected")
    for n, creds in enumerate(CREDS):
        store.add(
            f"key {n}",
            Region.GLOBAL if n else Region.EEA,
            Environment.DEMO if n == 2 else Environment.LIVE,
            creds,
            Facts(uid=str(n), notes="n", key_created_on=date(2025, 5, n + 1), last_check=check),
            added_on=date(2025, 6, n + 1),
        )


def snapshot(store: KeychainStore | FileVaultStore) -> list[tuple[object, ...]]:
    return [
        (c.label, c.region, c.environment, c.added_on, c.facts, store.get_credentials(c.id))
        for c in store.list()
    ]


def test_keychain_to_vault_file_and_back_loses_nothing(tmp_path: Path) -> None:
    source = keychain(tmp_path)
    fill(source)
    before = snapshot(source)
    vault = FileVaultStore.create(tmp_path / "v.okxvault", PASSWORD)
    steps: list[tuple[int, int]] = []
    assert move_connections(source, vault, lambda n, total: steps.append((n, total))) == 3
    assert steps == [(1, 3), (2, 3), (3, 3)]
    assert snapshot(vault) == before
    assert source.list() == [] and source.problems() == []
    back = keychain(tmp_path / "again")
    move_connections(vault, back)
    assert snapshot(back) == before
    assert vault.list() == []


def test_a_failed_copy_leaves_the_old_store_untouched(tmp_path: Path) -> None:
    source = keychain(tmp_path)
    fill(source)
    before = snapshot(source)
    target = keychain(tmp_path / "target")
    target.add("key 2", Region.US, Environment.LIVE, Credentials("a" * 20, "b", "c"))
    with pytest.raises(LabelTaken):
        move_connections(source, target)
    assert snapshot(source) == before
    assert [c.label for c in target.list()] == ["key 2"]  # the partial copies were removed
