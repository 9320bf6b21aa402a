"""FileVaultStore: the shared contract, plus locking, passwords and file faults.

Files here use near-free KDF parameters (CHEAP_KDF with INSECURE_TEST_POLICY) so each unlock
costs microseconds; one test checks that the default, strict reader refuses such a file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.connections.stores import open_default_store
from gui.okx.regions import Environment, Region
from gui.vault import crypto
from gui.vault.crypto import INSECURE_TEST_POLICY, ContainerKind, read_header
from gui.vault.errors import (
    FileMissing,
    FileUnreadable,
    PasswordRejected,
    PasswordTooWeak,
    ReadOnlyDataDir,
    VaultExists,
    VaultLocked,
)
from gui.vault.filevault import FileVaultStore
from gui.vault.model import Facts
from gui.vault.store import VAULT_FILE_NAME
from tests.vault.contract import KEY_A, KEY_B, Opener, StoreContract
from tests.vault.crypto_helpers import CHEAP_KDF, PASSWORD
from tests.vault.fakes import FlakyWriter, MemoryKeyring


def new_vault(path: Path, **kwargs: object) -> FileVaultStore:
    return FileVaultStore.create(
        path,
        PASSWORD,
        params=CHEAP_KDF,
        policy=INSECURE_TEST_POLICY,
        **kwargs,  # type: ignore[arg-type]
    )


def reopen(path: Path, **kwargs: object) -> FileVaultStore:
    store = FileVaultStore(path, params=CHEAP_KDF, policy=INSECURE_TEST_POLICY, **kwargs)  # type: ignore[arg-type]
    store.unlock(PASSWORD)
    return store


class TestFileVault(StoreContract):
    @pytest.fixture
    def opener(self, tmp_path: Path) -> Opener:
        path = tmp_path / "data" / VAULT_FILE_NAME
        new_vault(path).lock()
        return lambda: reopen(path)


@pytest.fixture
def vault(tmp_path: Path) -> FileVaultStore:
    return new_vault(tmp_path / VAULT_FILE_NAME)


def test_starts_locked_and_lock_wipes_the_key(vault: FileVaultStore) -> None:
    added = vault.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    key = vault._key
    assert key is not None and not key.wiped
    vault.lock()
    assert vault.locked and key.wiped
    for action in (vault.list, lambda: vault.get_credentials(added.id), vault.problems):
        with pytest.raises(VaultLocked):
            action()
    fresh = FileVaultStore(vault.path, policy=INSECURE_TEST_POLICY)
    assert fresh.locked
    assert "locked" in repr(fresh)
    fresh.unlock(PASSWORD)
    assert fresh.get_credentials(added.id) == KEY_A


def test_one_argon2id_run_per_unlock(
    vault: FileVaultStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    runs: list[object] = []
    real = crypto.derive

    def counting(*args: object, **kwargs: object) -> crypto.UnlockedKey:
        runs.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(crypto, "derive", counting)
    store = reopen(vault.path)
    added = store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    store.rename(added.id, "Renamed")
    store.rotate(added.id, KEY_B, Facts())
    store.list()
    assert len(runs) == 1


def test_every_write_uses_a_fresh_nonce(vault: FileVaultStore) -> None:
    nonces = set()
    for n in range(5):
        vault.add(f"c{n}", Region.GLOBAL, Environment.LIVE, KEY_A)
        header = read_header(
            vault.path.read_bytes(), ContainerKind.VAULT, policy=INSECURE_TEST_POLICY
        )
        nonces.add(header.nonce)
    assert len(nonces) == 5


def test_wrong_password_is_refused_specifically(vault: FileVaultStore) -> None:
    store = FileVaultStore(vault.path, policy=INSECURE_TEST_POLICY)
    with pytest.raises(PasswordRejected) as caught:
        store.unlock("not the password at all 99")
    assert isinstance(caught.value.container_error, crypto.WrongPassword)
    assert "password is wrong" in str(caught.value)
    assert store.locked


def test_strict_reader_refuses_a_cheap_file(vault: FileVaultStore) -> None:
    with pytest.raises(FileUnreadable) as caught:
        FileVaultStore(vault.path).unlock(PASSWORD)
    assert isinstance(caught.value.container_error, crypto.UnsafeParameters)


@pytest.mark.parametrize("cut", [0, 10, 57, -1])
def test_truncated_file_is_refused_and_left_alone(vault: FileVaultStore, cut: int) -> None:
    vault.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    data = vault.path.read_bytes()
    vault.path.write_bytes(data[:cut])
    store = FileVaultStore(vault.path, policy=INSECURE_TEST_POLICY)
    with pytest.raises(FileUnreadable) as caught:
        store.unlock(PASSWORD)
    assert isinstance(caught.value.container_error, crypto.TruncatedFile)
    assert vault.path.read_bytes() == data[:cut]


def test_foreign_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "vault"
    path.write_bytes(b"PK\x03\x04 a zip file, not a vault" * 3)
    with pytest.raises(FileUnreadable) as caught:
        FileVaultStore(path, policy=INSECURE_TEST_POLICY).unlock(PASSWORD)
    assert isinstance(caught.value.container_error, crypto.ForeignFile)


def test_backup_is_not_a_vault(tmp_path: Path) -> None:
    path = tmp_path / "vault"
    path.write_bytes(
        crypto.seal_with_password(
            b"{}", PASSWORD, ContainerKind.BACKUP, CHEAP_KDF, policy=INSECURE_TEST_POLICY
        )
    )
    with pytest.raises(FileUnreadable):
        FileVaultStore(path, policy=INSECURE_TEST_POLICY).unlock(PASSWORD)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileMissing, match="No such file"):
        FileVaultStore(tmp_path / "nope").unlock(PASSWORD)


def test_weak_password_is_refused_with_advice(tmp_path: Path) -> None:
    with pytest.raises(PasswordTooWeak) as caught:
        FileVaultStore.create(tmp_path / "v", "password1")
    assert str(caught.value)
    assert not (tmp_path / "v").exists()


def test_create_never_overwrites(vault: FileVaultStore) -> None:
    before = vault.path.read_bytes()
    with pytest.raises(VaultExists):
        new_vault(vault.path)
    assert vault.path.read_bytes() == before


def test_change_password(vault: FileVaultStore) -> None:
    added = vault.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    vault.change_password("An0ther long & strong phrase")
    with pytest.raises(PasswordRejected):
        reopen(vault.path)
    store = FileVaultStore(vault.path, policy=INSECURE_TEST_POLICY)
    store.unlock("An0ther long & strong phrase")
    assert store.get_credentials(added.id) == KEY_A


def test_failed_write_leaves_the_old_file(tmp_path: Path) -> None:
    writer = FlakyWriter()
    store = new_vault(tmp_path / "v", writer=writer)
    added = store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    before = store.path.read_bytes()
    writer.fail_at = writer.count
    with pytest.raises(ReadOnlyDataDir, match="No space left"):
        store.rotate(added.id, KEY_B, Facts())
    assert store.path.read_bytes() == before
    assert reopen(store.path).get_credentials(added.id) == KEY_A


def test_default_store_is_the_vault_file_when_one_exists(tmp_path: Path) -> None:
    new_vault(tmp_path / VAULT_FILE_NAME).lock()
    store = open_default_store(tmp_path, backend=MemoryKeyring())
    assert isinstance(store, FileVaultStore)
    assert store.locked
