"""The door's use cases without Qt: opening the store, backups out and in, repairs and restores,
and the choice of a move — each over real stores (a keychain store on an in-memory keyring, a
real vault file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.connections import backups, repairs, stores
from gui.connections.errors import PasswordRejected
from gui.connections.moving import MoveDirection, move_direction, move_store
from gui.connections.storage import ConnectionStore, ProblemKind
from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.vault.filevault import FileVaultStore
from gui.vault.index import FILE_NAME as INDEX_FILE
from gui.vault.keychain import KeychainStore
from gui.vault.memory import MemoryKeyring
from tests.vault.fakes import Crash, FlakyWriter

PASSWORD = "correct horse battery staple 42!"
KEY_A = Credentials("api-key-a-000000000000", "secret-a", "Pass-a!x")
KEY_B = Credentials("api-key-b-000000000000", "secret-b", "Pass-b!x")


def keychain(folder: Path, backend: MemoryKeyring | None = None) -> KeychainStore:
    return KeychainStore(folder, backend or MemoryKeyring(), service="door-test")


def contents(store: ConnectionStore) -> dict[str, Credentials]:
    return {c.label: store.get_credentials(c.id) for c in store.list()}


# --- opening ---------------------------------------------------------------------------------
def test_a_named_vault_file_is_created_only_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "keys.okxvault"
    asked: list[tuple[Path, bool]] = []

    def ask(where: Path, new: bool) -> str:
        asked.append((where, new))
        return PASSWORD

    with pytest.raises(stores.NoVaultFile) as missing:
        stores.open_store(path, ask, data_dir=tmp_path)
    assert missing.value.path == path and asked == [] and not path.exists()
    made: list[Path] = []
    store = stores.open_store(path, ask, data_dir=tmp_path, create=True, created=made.append)
    assert made == [path] and asked == [(path, True)] and not store.locked
    store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    store.lock()
    again = stores.open_store(path, ask, data_dir=tmp_path)
    assert asked[-1] == (path, False) and contents(again) == {"Main": KEY_A}


def test_a_wrong_password_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "keys.okxvault"
    FileVaultStore.create(path, PASSWORD).lock()
    with pytest.raises(PasswordRejected):
        stores.open_store(path, lambda _path, _new: "not the password at all", data_dir=tmp_path)


def test_the_default_store_is_the_vault_file_in_the_data_folder(tmp_path: Path) -> None:
    FileVaultStore.create(tmp_path / "vault.okxvault", PASSWORD).lock()
    store = stores.open_store(None, lambda _path, _new: PASSWORD, data_dir=tmp_path)
    assert store.as_lockable() is not None and not store.locked


# --- backups ---------------------------------------------------------------------------------
def test_a_backup_goes_out_and_comes_back_with_the_clashes_named(tmp_path: Path) -> None:
    source = keychain(tmp_path / "source")
    source.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    source.add("Demo", Region.EEA, Environment.DEMO, KEY_B)
    path = tmp_path / f"keys{backups.FILE_SUFFIX}"
    assert backups.export_backup(source, path, PASSWORD) == 2
    target = keychain(tmp_path / "target")
    target.add("main", Region.GLOBAL, Environment.LIVE, KEY_B)  # the same name, another key
    preview = backups.preview_backup(target, path, PASSWORD)
    assert sorted(c.label for c in preview.contents.connections) == ["Demo", "Main"]
    assert [c.label for c in preview.clashes] == ["Main"]
    chosen = {c.id for c in preview.contents.connections}
    result = backups.import_backup(
        target,
        preview.contents,
        {cid: backups.ClashPolicy.KEEP_BOTH for cid in preview.clashing_ids},
        chosen,
    )
    assert len(result.added) == 2
    assert contents(target) == {"main": KEY_B, "Main (2)": KEY_A, "Demo": KEY_B}


def test_a_backup_with_the_wrong_password_changes_nothing(tmp_path: Path) -> None:
    source = keychain(tmp_path / "source")
    source.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    path = tmp_path / "keys.okxbackup"
    backups.export_backup(source, path, PASSWORD)
    target = keychain(tmp_path / "target")
    with pytest.raises(PasswordRejected):
        backups.preview_backup(target, path, "a different long password 99")
    assert target.list() == []


# --- repairs ---------------------------------------------------------------------------------
def test_a_leftover_is_repaired_only_when_the_user_says_so(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    writer = FlakyWriter(fail_at=1, crash=True)  # dies after the secret, before the index
    broken = KeychainStore(tmp_path, backend, service="door-test", index_writer=writer)
    with pytest.raises(Crash):
        broken.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    store = keychain(tmp_path, backend)
    [problem] = repairs.scan_store(store).problems
    assert problem.kind is ProblemKind.ORPHAN_SECRET
    assert not repairs.resolve_problem(store, problem, repairs.Resolution.LATER)
    assert len(repairs.scan_store(store).problems) == 1  # asked again next time
    assert repairs.resolve_problem(store, problem, repairs.Resolution.REPAIR)
    assert contents(store) == {"Main": KEY_A} and repairs.scan_store(store).problems == ()


def test_secrets_the_list_lost_are_restored(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    store = keychain(tmp_path, backend)
    store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    (tmp_path / INDEX_FILE).unlink()  # the list file is lost
    fresh = keychain(tmp_path, backend)
    unlisted = repairs.scan_store(fresh).unlisted
    assert [c.label for c in unlisted] == ["Main"]
    restored = repairs.restore_unlisted(fresh, [c.id for c in unlisted])
    assert [c.label for c in restored] == ["Main"] and contents(fresh) == {"Main": KEY_A}


# --- moving ----------------------------------------------------------------------------------
def test_the_move_goes_to_the_other_kind_of_store_and_back(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    store: ConnectionStore = keychain(tmp_path, backend)
    store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    assert move_direction(store) is MoveDirection.TO_VAULT_FILE
    vault = move_store(store, tmp_path, password=PASSWORD)
    assert vault.as_lockable() is not None and contents(vault) == {"Main": KEY_A}
    assert (tmp_path / "vault.okxvault").exists() and store.list() == []
    assert move_direction(vault) is MoveDirection.TO_KEYCHAIN
    back = move_store(vault, tmp_path, backend=backend, service="door-test")
    assert back.as_lockable() is None and contents(back) == {"Main": KEY_A}
    assert not (tmp_path / "vault.okxvault").exists()
