"""Random and mutated input at the three readers: the index, the vault file, backups.

Each must answer with a clean, specific VaultError (or a valid result), never another exception,
and never change anything on failure. Keys use near-free KDF parameters, derived once per module.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui.okx.regions import Environment, Region
from gui.vault import crypto
from gui.vault.backup import FORMAT as BACKUP_FORMAT
from gui.vault.backup import import_backup, read_backup
from gui.vault.crypto import INSECURE_TEST_POLICY, ContainerKind
from gui.vault.errors import IndexCorrupt, IndexTooNew, VaultError
from gui.vault.filevault import FORMAT as VAULT_FORMAT
from gui.vault.filevault import FileVaultStore
from gui.vault.index import IndexData, IndexFile, decode, encode
from gui.vault.keychain import KeychainStore
from gui.vault.model import dumps
from gui.vault.payload import Entry, encode_entries
from tests.vault.contract import FACTS, KEY_A, KEY_B
from tests.vault.crypto_helpers import CHEAP_KDF, PASSWORD
from tests.vault.fakes import MemoryKeyring

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
KEY = crypto.derive(PASSWORD, bytes(16), CHEAP_KDF)  # once per module
PARAMS_BYTES = range(9, 21)  # KDF parameters in the header: mutating them only costs time


def sample_index() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        store = KeychainStore(Path(folder), MemoryKeyring())
        store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A, FACTS)
        store.add("Other", Region.EEA, Environment.DEMO, KEY_B)
        return store.index.path.read_bytes()


INDEX = sample_index()
INDEX_DOC = json.loads(INDEX)
ENTRIES = [
    Entry(c, KEY_A if c.label == "Main" else KEY_B) for c in decode(INDEX, Path("x")).connections
]
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=10,
)


def mutate(data: bytes, edits: list[tuple[int, int, int]], skip: range | None = None) -> bytes:
    """Applies (kind, position, value) edits: 0 = flip bits, 1 = delete, 2 = insert a byte."""
    out = bytearray(data)
    for kind, position, value in edits:
        if not out:
            out.append(value)
            continue
        at = position % len(out)
        if skip is not None and at in skip:
            continue
        if kind == 0:
            out[at] ^= value or 1
        elif kind == 1:
            del out[at]
        else:
            out.insert(at, value)
    return bytes(out)


edits = st.lists(
    st.tuples(st.integers(0, 2), st.integers(0, 10**6), st.integers(0, 255)),
    min_size=1,
    max_size=4,
)


def replace_at(doc: Any, path: list[int], value: Any) -> Any:
    """``doc`` with the node picked by ``path`` (indices into keys / items) set to ``value``."""
    if not path or not isinstance(doc, dict | list) or not doc:
        return value
    if isinstance(doc, dict):
        key = sorted(doc)[path[0] % len(doc)]
        return {**doc, key: replace_at(doc[key], path[1:], value)}
    index = path[0] % len(doc)
    return [replace_at(v, path[1:], value) if i == index else v for i, v in enumerate(doc)]


paths = st.lists(st.integers(0, 50), min_size=1, max_size=5)


def load_index_bytes(raw: bytes) -> None:
    try:
        result = decode(raw, Path("connections.json"))
    except (IndexCorrupt, IndexTooNew) as exc:
        assert str(exc.message)
        return
    assert isinstance(result, IndexData)
    assert decode(encode(result), Path("x")) == result  # what loads, saves back the same


@FUZZ
@given(st.binary(max_size=400))
def test_index_random_bytes(raw: bytes) -> None:
    load_index_bytes(raw)


@FUZZ
@given(edits)
def test_index_mutated_bytes(changes: list[tuple[int, int, int]]) -> None:
    load_index_bytes(mutate(INDEX, changes))


@pytest.mark.slow
@FUZZ
@given(paths, json_values)
def test_index_mutated_structure(path: list[int], value: Any) -> None:
    load_index_bytes(json.dumps(replace_at(INDEX_DOC, path, value)).encode())


@FUZZ
@given(edits)
def test_index_file_on_disk_mutated(changes: list[tuple[int, int, int]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        index = IndexFile(Path(folder))
        index.path.write_bytes(mutate(INDEX, changes))
        try:
            loaded = index.load()
        except (IndexCorrupt, IndexTooNew):
            return
        assert isinstance(loaded, IndexData)


def sealed(document: Any, kind: ContainerKind) -> bytes:
    return crypto.seal(dumps(document), KEY, kind, policy=INSECURE_TEST_POLICY)


VAULT = sealed(encode_entries(VAULT_FORMAT, ENTRIES, FACTS.last_check.at), ContainerKind.VAULT)  # type: ignore[union-attr]
BACKUP_DOC = encode_entries(BACKUP_FORMAT, ENTRIES, FACTS.last_check.at)  # type: ignore[union-attr]


def open_vault_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "vault"
        path.write_bytes(data)
        store = FileVaultStore(path, policy=INSECURE_TEST_POLICY)
        try:
            store.unlock(PASSWORD)
        except VaultError as exc:
            assert str(exc.message)
            assert store.locked
            assert path.read_bytes() == data
            return
        store.list()


def test_the_unmutated_vault_opens() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "vault"
        path.write_bytes(VAULT)
        store = FileVaultStore(path, policy=INSECURE_TEST_POLICY)
        store.unlock(PASSWORD)
        assert {c.label for c in store.list()} == {"Main", "Other"}


@FUZZ
@given(st.binary(max_size=300))
def test_vault_random_bytes(raw: bytes) -> None:
    open_vault_bytes(raw)


@pytest.mark.slow
@FUZZ
@given(edits)
def test_vault_mutated_bytes(changes: list[tuple[int, int, int]]) -> None:
    open_vault_bytes(mutate(VAULT, changes, skip=PARAMS_BYTES))


@pytest.mark.slow
@FUZZ
@given(paths, json_values)
def test_vault_mutated_payload(path: list[int], value: Any) -> None:
    document = replace_at(encode_entries(VAULT_FORMAT, ENTRIES, FACTS.last_check.at), path, value)  # type: ignore[union-attr]
    open_vault_bytes(sealed(document, ContainerKind.VAULT))


def import_backup_bytes(data: bytes) -> None:
    """Reads the file and imports what it holds into a store: whole, or nothing at all."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "backup"
        path.write_bytes(data)
        store = KeychainStore(Path(folder) / "data", MemoryKeyring())
        store.add("Existing", Region.US, Environment.LIVE, KEY_B)
        before = store.list()
        try:
            contents = read_backup(path, PASSWORD, policy=INSECURE_TEST_POLICY)
        except VaultError as exc:
            assert str(exc.message)
            assert store.list() == before
            return
        try:
            result = import_backup(store, contents)
        except VaultError:
            assert store.list() == before
            return
        assert len(store.list()) == len(before) + len(result.added)
        assert len(result.added) + len(result.skipped) == len(contents.entries)


@pytest.mark.slow
@FUZZ
@given(st.binary(max_size=300))
def test_backup_random_bytes(raw: bytes) -> None:
    import_backup_bytes(raw)


@pytest.mark.slow
@FUZZ
@given(edits)
def test_backup_mutated_bytes(changes: list[tuple[int, int, int]]) -> None:
    import_backup_bytes(mutate(sealed(BACKUP_DOC, ContainerKind.BACKUP), changes, PARAMS_BYTES))


@pytest.mark.slow
@FUZZ
@given(paths, json_values)
def test_backup_mutated_payload(path: list[int], value: Any) -> None:
    import_backup_bytes(sealed(replace_at(BACKUP_DOC, path, value), ContainerKind.BACKUP))
