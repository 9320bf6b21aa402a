"""Vault files of format 2: listing reads no secret; one entry's secrets open at a time.

``tests/data/vault-v1.okxvault`` is a vault file written in format 1 (secrets inline), exactly as
earlier versions wrote it (password below): it must keep opening, and is rewritten as format 2
when unlocked.
"""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from gui.okx.regions import Environment, Region
from gui.vault import crypto
from gui.vault.crypto import ContainerKind, UnlockedKey
from gui.vault.errors import FileTooNew, PayloadCorrupt
from gui.vault.filevault import FileVaultStore
from gui.vault.model import dumps
from tests.vault.contract import FACTS, KEY_A, KEY_B, KEY_C

V1_FILE = Path(__file__).resolve().parents[1] / "data" / "vault-v1.okxvault"
V1_PASSWORD = "Version-1 vault password 2026!"
PASSWORD = "Format two vault password 99!"
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le")


def outer_document(store: FileVaultStore) -> dict[str, Any]:
    """The decrypted container of the store's file, as the key opens it."""
    key = store._unlocked_key()
    plaintext = crypto.open_sealed(store.path.read_bytes(), key, ContainerKind.VAULT)
    document: dict[str, Any] = json.loads(plaintext)
    return document


def contains_a_secret(data: bytes) -> list[str]:
    secrets = [s for k in (KEY_A, KEY_B, KEY_C) for s in (k.api_key, k.secret_key, k.passphrase)]
    return [s for s in secrets for e in ENCODINGS if s.encode(e) in data]


@pytest.fixture
def store(tmp_path: Path) -> FileVaultStore:
    created = FileVaultStore.create(tmp_path / "vault.okxvault", PASSWORD)
    created.add("Main", Region.EEA, Environment.LIVE, KEY_A, FACTS)
    created.add("Bot", Region.US, Environment.DEMO, KEY_B)
    return created


class OpenCounter:
    """Counts UnlockedKey.open_entry calls: each is one entry's secrets decrypted."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        real = UnlockedKey.open_entry

        def counted(key: UnlockedKey, sealed: bytes, associated: bytes) -> bytes:
            self.calls += 1
            return real(key, sealed, associated)

        monkeypatch.setattr(UnlockedKey, "open_entry", counted)


def test_listing_and_status_reads_decrypt_no_secret(
    store: FileVaultStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = OpenCounter(monkeypatch)
    connections = store.list()
    for connection in connections:
        store.get(connection.id)
    assert store.problems() == []
    store.rename(connections[0].id, "Renamed")
    store.update_facts(connections[1].id, FACTS)
    assert opened.calls == 0
    main = next(c for c in store.list() if c.masked_api_key.endswith("0aaa"))
    assert store.get_credentials(main.id) == KEY_A
    assert opened.calls == 1  # one entry, not the whole vault


def test_the_container_holds_no_secret_in_clear(store: FileVaultStore) -> None:
    document = outer_document(store)
    assert document["version"] == 2
    assert all(set(item) == {"connection", "sealed"} for item in document["connections"])
    assert contains_a_secret(dumps(document)) == []


def test_secrets_are_bound_to_their_connection(store: FileVaultStore) -> None:
    """Swapping two entries' sealed secrets (inside a validly re-sealed container) is caught."""
    document = outer_document(store)
    items = document["connections"]
    items[0]["sealed"], items[1]["sealed"] = items[1]["sealed"], items[0]["sealed"]
    key = store._unlocked_key()
    store.path.write_bytes(crypto.seal(dumps(document), key, ContainerKind.VAULT))
    assert {c.label for c in store.list()} == {"Main", "Bot"}  # the list still reads
    for connection in store.list():
        with pytest.raises(PayloadCorrupt) as caught:
            store.get_credentials(connection.id)
        assert f"the secrets of “{connection.label}” cannot be decrypted" in str(caught.value)


def test_a_damaged_entry_spoils_only_itself(store: FileVaultStore) -> None:
    document = outer_document(store)
    sealed = bytearray(base64.b64decode(document["connections"][0]["sealed"]))
    sealed[-1] ^= 1
    document["connections"][0]["sealed"] = base64.b64encode(bytes(sealed)).decode()
    damaged_label = document["connections"][0]["connection"]["label"]
    store.path.write_bytes(crypto.seal(dumps(document), store._unlocked_key(), ContainerKind.VAULT))
    for connection in store.list():
        if connection.label == damaged_label:
            with pytest.raises(PayloadCorrupt):
                store.get_credentials(connection.id)
        else:
            assert store.get_credentials(connection.id) in (KEY_A, KEY_B)


@pytest.mark.slow
def test_changing_the_password_reseals_every_entry(store: FileVaultStore) -> None:
    before = outer_document(store)
    store.change_password("A different strong password 7!")
    after = outer_document(store)
    assert [i["sealed"] for i in before["connections"]] != [
        i["sealed"] for i in after["connections"]
    ]
    again = FileVaultStore(store.path)
    again.unlock("A different strong password 7!")
    assert sorted(again.get_credentials(c.id).api_key for c in again.list()) == sorted(
        [KEY_A.api_key, KEY_B.api_key]
    )


def test_a_newer_payload_version_is_refused(store: FileVaultStore) -> None:
    document = {**outer_document(store), "version": 3}
    store.path.write_bytes(crypto.seal(dumps(document), store._unlocked_key(), ContainerKind.VAULT))
    before = store.path.read_bytes()
    fresh = FileVaultStore(store.path)
    with pytest.raises(FileTooNew):
        fresh.unlock(PASSWORD)
    assert fresh.locked
    assert store.path.read_bytes() == before


@pytest.mark.slow
def test_a_version_1_file_opens_and_is_rewritten_as_version_2(tmp_path: Path) -> None:
    path = tmp_path / "vault.okxvault"
    shutil.copyfile(V1_FILE, path)
    store = FileVaultStore(path)
    store.unlock(V1_PASSWORD)
    assert [(c.label, c.region, c.environment) for c in store.list()] == [
        ("Bot", Region.US, Environment.DEMO),
        ("Main", Region.EEA, Environment.LIVE),
    ]
    main = next(c for c in store.list() if c.label == "Main")
    assert main.facts == FACTS
    assert store.get_credentials(main.id) == KEY_A
    document = outer_document(store)
    assert document["version"] == 2
    assert contains_a_secret(dumps(document)) == []
    again = FileVaultStore(path)
    again.unlock(V1_PASSWORD)  # same password, same salt: only the payload changed
    assert {again.get_credentials(c.id) for c in again.list()} == {KEY_A, KEY_B}


def test_a_version_1_file_in_a_read_only_place_keeps_working(tmp_path: Path) -> None:
    path = tmp_path / "vault.okxvault"
    shutil.copyfile(V1_FILE, path)
    before = path.read_bytes()

    def read_only(target: Path, data: bytes) -> None:
        raise OSError(30, "Read-only file system")

    store = FileVaultStore(path, writer=read_only)
    store.unlock(V1_PASSWORD)
    assert path.read_bytes() == before  # still version 1
    assert {store.get_credentials(c.id) for c in store.list()} == {KEY_A, KEY_B}
