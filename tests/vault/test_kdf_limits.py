"""What a vault or backup file may cost to open, and cancelling an unlock in progress.

The caps (``MAXIMUM_KDF``) keep the costliest accepted file at about 5x the default unlock
(``benchmarks/vault.py`` measures it; the promise is at most 10x); anything above is refused
before any hashing (test_crypto_corruption.py). An unlock can be cancelled: it returns at once
with ``UnlockCancelled`` while Argon2id, which cannot be interrupted, finishes unseen.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from gui.okx.regions import Environment, Region
from gui.vault import crypto
from gui.vault.backup import export_backup, read_backup
from gui.vault.crypto import DEFAULT_KDF, MAXIMUM_KDF, MINIMUM_KDF
from gui.vault.errors import UnlockCancelled
from gui.vault.filevault import FileVaultStore
from tests.vault.contract import KEY_A
from tests.vault.crypto_helpers import PASSWORD, SALT

COSTLY_PASSWORD = "Costly unlock password 42!"


def _argon2_running() -> bool:
    return any(t.name == "argon2id" and t.is_alive() for t in threading.enumerate())


def _wait_for_argon2_to_end() -> None:
    for thread in threading.enumerate():
        if thread.name == "argon2id":
            thread.join(timeout=30)


def test_the_caps_sit_between_the_default_and_ten_times_its_work() -> None:
    assert MINIMUM_KDF == DEFAULT_KDF
    work = MAXIMUM_KDF.time_cost * MAXIMUM_KDF.memory_kib
    default_work = DEFAULT_KDF.time_cost * DEFAULT_KDF.memory_kib
    assert default_work < work <= 10 * default_work


def test_cancel_set_before_hashing_costs_nothing() -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(crypto.Cancelled):
        crypto.derive(PASSWORD, SALT, DEFAULT_KDF, cancel=cancel)
    assert not _argon2_running()


def test_a_cancellable_derive_gives_the_same_key() -> None:
    plain = crypto.derive(PASSWORD, SALT, DEFAULT_KDF)
    cancellable = crypto.derive(PASSWORD, SALT, DEFAULT_KDF, cancel=threading.Event())
    sealed = crypto.seal(b"same", plain, crypto.ContainerKind.VAULT)
    assert crypto.open_sealed(sealed, cancellable, crypto.ContainerKind.VAULT) == b"same"


@pytest.fixture(scope="module")
def costly_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault whose header asks for the costliest accepted parameters (~1 s per unlock)."""
    path = tmp_path_factory.mktemp("costly") / "vault.okxvault"
    store = FileVaultStore.create(path, COSTLY_PASSWORD, params=MAXIMUM_KDF)
    store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    store.lock()
    return path


@pytest.mark.slow
def test_an_unlock_in_progress_is_cancelled_at_once(costly_vault: Path) -> None:
    _wait_for_argon2_to_end()
    store = FileVaultStore(costly_vault)
    cancel = threading.Event()
    outcome: list[BaseException | None] = []
    hashing = threading.Event()

    def unlock() -> None:
        try:
            store.unlock(COSTLY_PASSWORD, cancel=cancel)
            outcome.append(None)
        except BaseException as exc:  # checked below
            outcome.append(exc)

    worker = threading.Thread(target=unlock)
    worker.start()
    while not _argon2_running() and worker.is_alive():
        hashing.wait(0.005)
    cancel.set()
    worker.join(timeout=30)
    still_hashing = _argon2_running()
    assert len(outcome) == 1 and isinstance(outcome[0], UnlockCancelled), outcome
    assert still_hashing, "unlock waited for Argon2id to finish instead of returning"
    assert "cancelled" in str(outcome[0])
    assert store.locked
    _wait_for_argon2_to_end()
    store.unlock(COSTLY_PASSWORD)  # a later unlock is unaffected
    assert [c.label for c in store.list()] == ["Main"]


@pytest.mark.slow
def test_opening_a_backup_can_be_cancelled(costly_vault: Path, tmp_path: Path) -> None:
    store = FileVaultStore(costly_vault)
    store.unlock(COSTLY_PASSWORD)
    backup = tmp_path / "b.okxbackup"
    export_backup(store, backup, COSTLY_PASSWORD)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(UnlockCancelled):
        read_backup(backup, COSTLY_PASSWORD, cancel=cancel)
    assert [c.label for c in read_backup(backup, COSTLY_PASSWORD).connections] == ["Main"]
