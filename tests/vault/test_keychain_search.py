"""Keys the list lost are found again: the keychain is searched, never read key by key.

Each keychain item carries the connection's non-secret facts, so after ``connections.json`` is
lost ``find_unlisted`` shows every key and ``restore_unlisted`` lists them again. ``problems()``
asks the keychain ONE search instead of one read per connection. Run over the in-memory keyring,
the real Secret Service (every restored key then passes a real check against the simulator),
and keyring's own Windows backend over a stand-in for the Windows credential API.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from gui.okx.check import OkxTarget, check_connection
from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.okx.simulator import Simulator
from gui.vault.keychain import KeychainStore
from gui.vault.keychain_items import UNNAMED_LABEL, ItemFacts, items_for
from gui.vault.model import Facts
from gui.vault.store import ProblemKind
from tests.vault.contract import FACTS, KEY_A, KEY_B, KEY_C
from tests.vault.fakes import MemoryKeyring
from tests.vault.test_keychain_store import needs_secret_service


def three_saved(store: KeychainStore) -> dict[str, Credentials]:
    store.add("Main", Region.EEA, Environment.LIVE, KEY_A, FACTS)
    store.add("Bot", Region.US, Environment.DEMO, KEY_B, added_on=date(2025, 4, 5))
    store.add("Spare", Region.GLOBAL, Environment.LIVE, KEY_C)
    return {"Main": KEY_A, "Bot": KEY_B, "Spare": KEY_C}


def lose_index_and_restore(store: KeychainStore, data_dir: Path) -> KeychainStore:
    before = {c.id: c for c in store.list()}
    (data_dir / "connections.json").unlink()
    fresh = KeychainStore(data_dir, store.backend, service=store.service)
    assert fresh.list() == []
    assert fresh.problems() == []  # nothing half-done: they are unlisted, not problems
    found = fresh.find_unlisted()
    assert {c.id for c in found} == set(before)
    for connection in found:
        old = before[connection.id]
        assert (connection.label, connection.region, connection.environment) == (
            old.label,
            old.region,
            old.environment,
        )
        assert connection.masked_api_key == old.masked_api_key
        assert connection.added_on == old.added_on
        assert connection.key_created_on == old.key_created_on
    restored = fresh.restore_unlisted()
    assert sorted(c.id for c in restored) == sorted(before)
    assert fresh.find_unlisted() == []
    assert fresh.problems() == []
    return fresh


def test_lost_index_is_rebuilt_from_the_keychain(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    store = KeychainStore(tmp_path, backend)
    keys = three_saved(store)
    fresh = lose_index_and_restore(store, tmp_path)
    assert {c.label: fresh.get_credentials(c.id) for c in fresh.list()} == keys
    # The facts are the non-secret ones only: no secret in any attribute.
    for attributes in backend.attributes.values():
        text = json.dumps(attributes)
        for key in keys.values():
            assert key.secret_key not in text
            assert key.passphrase not in text
            assert key.api_key not in text


def test_problems_is_one_search_not_one_read_per_connection(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    store = KeychainStore(tmp_path, backend)
    for n in range(30):
        store.add(f"bot {n}", Region.GLOBAL, Environment.DEMO, Credentials(f"k{n}", "s", "p"))
    gone = store.add("gone", Region.GLOBAL, Environment.LIVE, KEY_A)
    del backend.items[("okx-key-manager", gone.id)]
    backend.calls.clear()
    [problem] = store.problems()
    assert problem.kind is ProblemKind.MISSING_SECRET
    assert problem.connection.id == gone.id
    assert backend.calls == [("search", "okx-key-manager")]


def test_a_keychain_that_cannot_search_reads_each_connection(tmp_path: Path) -> None:
    """macOS and unknown backends: problems() still works, one read per connection, and
    nothing can be found that the list and journal do not know."""
    from tests.vault.fakes import FlakyKeyring

    inner = MemoryKeyring()
    backend = FlakyKeyring(inner)  # no search: a keyring with only keyring's three calls
    assert items_for(backend) is None
    store = KeychainStore(tmp_path, backend)
    store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    inner.calls.clear()
    assert store.problems() == []
    assert [c[0] for c in inner.calls] == ["get"]
    (tmp_path / "connections.json").unlink()
    assert KeychainStore(tmp_path, backend).find_unlisted() == []


def test_restored_labels_never_clash(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    store = KeychainStore(tmp_path, backend)
    three_saved(store)
    (tmp_path / "connections.json").unlink()
    fresh = KeychainStore(tmp_path, backend)
    fresh.add("main", Region.GLOBAL, Environment.LIVE, Credentials("new", "key", "here"))
    found = {c.masked_api_key: c.label for c in fresh.find_unlisted()}
    assert found["••••0aaa"] == "Main (2)"
    restored = fresh.restore_unlisted()
    assert [c.label for c in fresh.list()] == ["Bot", "main", "Main (2)", "Spare"]
    # The item's facts follow the new name, so a second loss restores the same names.
    (tmp_path / "connections.json").unlink()
    again = KeychainStore(tmp_path, backend)
    assert {c.label for c in again.find_unlisted()} == {"Bot", "main", "Main (2)", "Spare"}
    assert len(restored) == 3


def test_rename_and_key_date_follow_into_the_keychain(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    store = KeychainStore(tmp_path, backend)
    added = store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    store.rename(added.id, "Savings")
    store.update_facts(added.id, Facts(key_created_on=date(2024, 2, 3)))
    (tmp_path / "connections.json").unlink()
    [found] = KeychainStore(tmp_path, backend).find_unlisted()
    assert (found.label, found.key_created_on) == ("Savings", date(2024, 2, 3))


def test_only_chosen_items_are_restored(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    store = KeychainStore(tmp_path, backend)
    three_saved(store)
    (tmp_path / "connections.json").unlink()
    fresh = KeychainStore(tmp_path, backend)
    bot = next(c for c in fresh.find_unlisted() if c.label == "Bot")
    assert [c.label for c in fresh.restore_unlisted([bot.id])] == ["Bot"]
    assert fresh.get_credentials(bot.id) == KEY_B
    assert sorted(c.label for c in fresh.find_unlisted()) == ["Main", "Spare"]


def test_items_without_facts_and_foreign_items(tmp_path: Path) -> None:
    """An item written by an older version (keyring's set_password, no facts) is restored under
    a neutral name with its real masked key; an item under our service that is not ours (not our
    JSON) is shown but never listed; an id the index could not hold is ignored."""
    backend = MemoryKeyring()
    backend.set_password("okx-key-manager", "0123abcd" * 4, item_blob(KEY_A))
    backend.set_password("okx-key-manager", "feedbeef" * 4, "someone else's password")
    backend.set_password("okx-key-manager", "not an id!", item_blob(KEY_B))
    store = KeychainStore(tmp_path, backend)
    found = store.find_unlisted()
    assert sorted(c.label for c in found) == [UNNAMED_LABEL, UNNAMED_LABEL + " (2)"]
    assert all(c.masked_api_key == "" for c in found)
    [restored] = store.restore_unlisted()
    assert restored.masked_api_key == "••••0aaa"
    assert store.get_credentials(restored.id) == KEY_A
    assert [c.id for c in store.find_unlisted()] == ["feedbeef" * 4]  # left where it is
    assert backend.get_password("okx-key-manager", "feedbeef" * 4) == "someone else's password"


def item_blob(credentials: Credentials) -> str:
    from gui.vault.keychain import encode_secret

    return encode_secret(credentials)


def test_journal_records_stay_problems_not_unlisted(tmp_path: Path) -> None:
    from tests.vault.fakes import Crash, FlakyWriter

    backend = MemoryKeyring()
    writer = FlakyWriter(fail_at=1, crash=True)  # dies after the secret, before the index
    store = KeychainStore(tmp_path, backend, index_writer=writer)
    with pytest.raises(Crash):
        store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    fresh = KeychainStore(tmp_path, backend)
    scan = fresh.scan()
    assert [p.kind for p in scan.problems] == [ProblemKind.ORPHAN_SECRET]
    assert scan.unlisted == ()


def test_item_facts_round_trip_and_refuse_nonsense() -> None:
    facts = ItemFacts(
        'Main “ü” \\ "q"',
        Region.EEA,
        Environment.DEMO,
        date(2025, 1, 2),
        date(2024, 12, 31),
        "••••0aaa",
    )
    assert ItemFacts.from_attributes(facts.attributes()) == facts
    assert ItemFacts.from_comment(facts.comment()) == facts
    long = ItemFacts('"' * 64, Region.US, Environment.LIVE, date.today(), date.today(), "••••1234")
    assert len(long.comment()) <= 256
    assert ItemFacts.from_comment(long.comment()) == long  # the worst label still fits
    for bad in (
        {},
        {**facts.attributes(), "okx-km-v": "9"},
        {**facts.attributes(), "okx-km-region": "mars"},
        {**facts.attributes(), "okx-km-added": "yesterday"},
        {**facts.attributes(), "okx-km-label": "a\nb"},
        {**facts.attributes(), "okx-km-masked": "x" * 17},
    ):
        assert ItemFacts.from_attributes(bad) is None
    for comment in (None, 5, "", "[]", "{", "x" * 300, '{"v": "1"}'):
        assert ItemFacts.from_comment(comment) is None


# -- the real Secret Service -------------------------------------------------------------------


@pytest.fixture(scope="module")
def simulator() -> Iterator[Simulator]:
    with Simulator() as sim:
        yield sim


@pytest.mark.keychain
@needs_secret_service
def test_secret_service_orphans_come_back_checkable(
    tmp_path: Path,
    secret_service: tuple[Any, str],
    simulator: Simulator,
) -> None:
    backend, service = secret_service
    store = KeychainStore(tmp_path, backend, service=service)
    saved = {
        "Healthy": (simulator.key("healthy").credentials, Region.GLOBAL, Environment.LIVE),
        "EEA": (simulator.key("eea").credentials, Region.EEA, Environment.LIVE),
        "Demo": (simulator.key("demo").credentials, Region.GLOBAL, Environment.DEMO),
    }
    for label, (credentials, region, environment) in saved.items():
        store.add(label, region, environment, credentials)
    # Other programs see the facts next to keyring's own attributes.
    out = subprocess.run(
        ["secret-tool", "search", "--all", "service", service],
        capture_output=True,
        text=True,
        check=True,
        timeout=10,
    )
    shown = out.stdout + out.stderr  # secret-tool prints the attributes on stderr
    assert shown.count("attribute.okx-km-label = ") == 3
    assert shown.count("attribute.application = Python keyring library") == 3
    fresh = lose_index_and_restore(store, tmp_path)
    for connection in fresh.list():
        credentials, region, environment = saved[connection.label]
        assert fresh.get_credentials(connection.id) == credentials
        report = check_connection(
            fresh.get_credentials(connection.id),
            region=connection.region,
            environment=connection.environment,
            target=OkxTarget(simulator.base_urls, 5.0),
        )
        assert report.ok, connection.label


@pytest.mark.keychain
@needs_secret_service
def test_secret_service_problems_reads_no_secret(
    tmp_path: Path,
    secret_service: tuple[Any, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backend, service = secret_service
    store = KeychainStore(tmp_path, backend, service=service)
    kept = store.add("Kept", Region.GLOBAL, Environment.LIVE, KEY_A)
    gone = store.add("Gone", Region.GLOBAL, Environment.LIVE, KEY_B)
    backend.delete_password(service, gone.id)
    reads: list[str] = []
    real_get = backend.get_password

    def reading(service: str, username: str) -> str | None:
        reads.append(username)
        value: str | None = real_get(service, username)
        return value

    monkeypatch.setattr(backend, "get_password", reading)
    [problem] = store.problems()
    assert (problem.kind, problem.connection.id) == (ProblemKind.MISSING_SECRET, gone.id)
    assert reads == []  # one search, no item read
    assert store.get_credentials(kept.id) == KEY_A


# -- Windows: keyring's own backend over a stand-in credential API ----------------------------


class WinError(Exception):
    def __init__(self, winerror: int, funcname: str) -> None:
        super().__init__(winerror, funcname)
        self.winerror = winerror
        self.funcname = funcname


class FakeWin32Cred:
    """Generic credentials in a dict, as pywin32-ctypes' win32cred presents them: blobs are
    written as text and read back as UTF-16-LE bytes; a missing target raises error 1168."""

    CRED_TYPE_GENERIC = 1
    CRED_PERSIST_ENTERPRISE = 3

    def __init__(self) -> None:
        self.store: dict[str, dict[str, Any]] = {}

    def CredWrite(self, credential: dict[str, Any], flags: int = 0) -> None:
        assert set(credential) <= {
            "Type",
            "TargetName",
            "UserName",
            "CredentialBlob",
            "Comment",
            "Persist",
        }
        blob = credential["CredentialBlob"].encode("utf-16-le")
        assert len(blob) <= 2560
        self.store[credential["TargetName"]] = {**credential, "CredentialBlob": blob}

    def CredRead(self, TargetName: str, Type: int, Flags: int = 0) -> dict[str, Any]:  # noqa: N803
        if TargetName not in self.store:
            raise WinError(1168, "CredRead")
        return dict(self.store[TargetName])

    def CredDelete(self, TargetName: str, Type: int, Flags: int = 0) -> None:  # noqa: N803
        if self.store.pop(TargetName, None) is None:
            raise WinError(1168, "CredDelete")

    def CredEnumerate(self, Filter: str | None = None, Flags: int = 0) -> list[dict[str, Any]]:  # noqa: N803
        if not self.store:
            raise WinError(1168, "CredEnumerate")
        return [dict(c) for c in self.store.values()]


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> tuple[Any, FakeWin32Cred]:
    from types import SimpleNamespace

    from keyring.backends import Windows

    api = FakeWin32Cred()
    monkeypatch.setattr(Windows, "win32cred", api, raising=False)
    monkeypatch.setattr(Windows, "pywintypes", SimpleNamespace(error=WinError), raising=False)
    return Windows.WinVaultKeyring(), api


def test_windows_items_are_keyrings_and_carry_facts(
    tmp_path: Path, windows: tuple[Any, FakeWin32Cred]
) -> None:
    backend, api = windows
    assert items_for(backend) is not None
    store = KeychainStore(tmp_path, backend)
    keys = three_saved(store)
    ids = {c.label: c.id for c in store.list()}
    assert set(api.store) == {f"{i}@okx-key-manager" for i in ids.values()}
    for label, connection_id in ids.items():
        assert backend.get_password("okx-key-manager", connection_id) is not None  # keyring reads
        assert store.get_credentials(connection_id) == keys[label]
        comment = api.store[f"{connection_id}@okx-key-manager"]["Comment"]
        assert ItemFacts.from_comment(comment) is not None
    store.rename(ids["Bot"], "Bot 2")
    fresh = lose_index_and_restore(store, tmp_path)
    assert {c.label: fresh.get_credentials(c.id) for c in fresh.list()} == {
        "Main": KEY_A,
        "Bot 2": KEY_B,
        "Spare": KEY_C,
    }
    for connection in fresh.list():
        fresh.delete(connection.id)  # keyring's delete_password finds the compound target
    assert api.store == {}
    assert fresh.find_unlisted() == []  # CredEnumerate's "nothing at all" is no error


def test_windows_finds_items_an_older_version_wrote(
    tmp_path: Path, windows: tuple[Any, FakeWin32Cred]
) -> None:
    backend, api = windows
    backend.set_password("okx-key-manager", "aa" * 16, item_blob(KEY_A))
    backend.set_password("okx-key-manager", "bb" * 16, item_blob(KEY_B))  # moves aa
    backend.set_password("other-app", "x", "not ours")
    assert set(api.store) == {"okx-key-manager", f"{'aa' * 16}@okx-key-manager", "other-app"}
    store = KeychainStore(tmp_path, backend)
    assert sorted(c.id for c in store.find_unlisted()) == ["aa" * 16, "bb" * 16]
    restored = store.restore_unlisted()
    assert {store.get_credentials(c.id) for c in restored} == {KEY_A, KEY_B}


def test_windows_without_cred_enumerate_falls_back_to_reads(
    tmp_path: Path, windows: tuple[Any, FakeWin32Cred], monkeypatch: pytest.MonkeyPatch
) -> None:
    """pywin32-ctypes 0.2.0 (which keyring accepts) has no CredEnumerate: no search, but the
    store works, reading each connection's item."""
    backend, api = windows
    monkeypatch.delattr(FakeWin32Cred, "CredEnumerate")
    assert items_for(backend) is None
    store = KeychainStore(tmp_path, backend)
    added = store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    assert store.problems() == []
    assert store.get_credentials(added.id) == KEY_A
    assert list(api.store) == ["okx-key-manager"]  # keyring's own scheme, no facts
