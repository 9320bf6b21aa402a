"""KeychainStore: the shared contract (in-memory keyring and the real Secret Service) plus what
only the keychain does: one small item per connection, never rewritten, readable by others."""

from __future__ import annotations

import json
import os
import subprocess
import threading
from contextlib import closing
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from keyring.errors import InitError, KeyringLocked, NoKeyringError

from gui.connections.stores import open_default_store
from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.vault.errors import (
    KeychainFault,
    KeychainUnavailable,
    SecretCorrupt,
    SecretMissing,
    SecretTooLarge,
)
from gui.vault.keychain import KeychainStore, encode_secret, probe_keychain
from gui.vault.keychain_items import FoundItem
from gui.vault.model import Facts
from gui.vault.store import ProblemKind
from tests.vault.contract import FACTS, KEY_A, KEY_B, Opener, StoreContract
from tests.vault.fakes import Crash, FlakyKeyring, MemoryKeyring

SECRET_SERVICE = os.environ.get("OKX_KM_TEST_SECRET_SERVICE") == "1"
needs_secret_service = pytest.mark.skipif(
    not SECRET_SERVICE,
    reason="no private Secret Service: run `make test` (tests/with-secret-service) to include it",
)


class TestMemoryKeychain(StoreContract):
    @pytest.fixture
    def opener(self, tmp_path: Path) -> Opener:
        backend = MemoryKeyring()
        return lambda: KeychainStore(tmp_path / "data", backend, service="test")


@pytest.mark.keychain
@needs_secret_service
class TestSecretServiceKeychain(StoreContract):
    @pytest.fixture
    def opener(self, tmp_path: Path, secret_service: tuple[object, str]) -> Opener:
        backend, service = secret_service
        return lambda: KeychainStore(tmp_path / "data", backend, service=service)  # type: ignore[arg-type]


@pytest.mark.keychain
@needs_secret_service
def test_other_programs_read_the_item(tmp_path: Path, secret_service: tuple[object, str]) -> None:
    backend, service = secret_service
    store = KeychainStore(tmp_path, backend, service=service)  # type: ignore[arg-type]
    added = store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    out = subprocess.run(
        ["secret-tool", "lookup", "service", service, "username", added.id],
        capture_output=True,
        text=True,
        check=True,
        timeout=10,
    )
    item = json.loads(out.stdout)
    assert (item["api_key"], item["secret_key"], item["passphrase"]) == (
        KEY_A.api_key,
        KEY_A.secret_key,
        KEY_A.passphrase,
    )
    store.delete(added.id)
    gone = subprocess.run(
        ["secret-tool", "lookup", "service", service, "username", added.id],
        capture_output=True,
        text=True,
        timeout=10,
    )
    assert gone.stdout == ""


@pytest.mark.keychain
@needs_secret_service
def test_default_store_uses_the_secret_service(
    tmp_path: Path, secret_service: tuple[object, str]
) -> None:
    _, service = secret_service
    store = open_default_store(tmp_path, service=service)
    assert isinstance(store, KeychainStore)
    added = store.add("Main", Region.EEA, Environment.DEMO, KEY_B)
    assert open_default_store(tmp_path, service=service).get_credentials(added.id) == KEY_B


def test_item_stays_far_below_the_windows_limit() -> None:
    longest = Credentials("a" * 36, "B" * 32, "ü" * 32 + "\U0001f511" * 0)
    blob = encode_secret(longest)
    utf16_units = len(blob.encode("utf-16-le")) // 2
    assert utf16_units < 1280 // 2, utf16_units
    with pytest.raises(SecretTooLarge):
        encode_secret(Credentials("a" * 36, "b" * 32, "c" * 1000))


def test_item_is_one_entry_under_the_service_and_a_random_id(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    store = KeychainStore(tmp_path, backend)
    added = store.add("My main account", Region.GLOBAL, Environment.LIVE, KEY_A)
    assert list(backend.items) == [("okx-key-manager", added.id)]
    assert "My main" not in added.id


def test_unchanged_items_are_never_rewritten(tmp_path: Path) -> None:
    """The secret is written once; a rename or a new key date only updates the item's facts
    (attributes), and only where the keychain can search (macOS cannot: nothing at all there)."""
    backend = MemoryKeyring()
    store = KeychainStore(tmp_path, backend)
    added = store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    backend.calls.clear()
    store.rename(added.id, "Renamed")
    store.update_facts(added.id, FACTS)
    store.update_facts(added.id, FACTS)  # unchanged: no keychain call at all
    store.get_credentials(added.id)
    store.list()
    assert [c for c in backend.calls if c[0] != "get"] == [("update", added.id)] * 2


def test_secret_gone_from_keychain_is_reported_and_repairable(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    store = KeychainStore(tmp_path, backend)
    added = store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    backend.items.clear()  # e.g. the user deleted it in Keychain Access
    with pytest.raises(SecretMissing) as caught:
        store.get_credentials(added.id)
    assert "Main" in str(caught.value)
    [problem] = store.problems()
    assert problem.connection == added
    assert "Enter the keys again" in str(problem.message)
    repaired = store.repair(problem, KEY_B)
    assert repaired.id == added.id
    assert store.get_credentials(added.id) == KEY_B
    assert store.problems() == []


def test_listed_without_secret_can_be_removed(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    store = KeychainStore(tmp_path, backend)
    added = store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    backend.items.clear()
    [problem] = store.problems()
    store.remove(problem)
    assert store.list() == []
    assert store.problems() == []
    assert store.get_credentials(store.add("Main", "global", "live", KEY_B).id) == KEY_B  # type: ignore[arg-type]
    assert added.id not in {c.id for c in store.list()}


def test_damaged_item_is_a_specific_error(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    store = KeychainStore(tmp_path, backend)
    added = store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    backend.items[("okx-key-manager", added.id)] = "not json"
    with pytest.raises(SecretCorrupt) as caught:
        store.get_credentials(added.id)
    assert "damaged" in str(caught.value)


class _Broken:
    def __init__(self, error: Exception) -> None:
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


class _StrangeError(Exception):
    """An exception class no one expects, raised by a backend."""


def _dbus_error() -> Exception:
    """jeepney's real DBusErrorResponse, as a Secret Service that cannot start answers."""
    from jeepney import DBusAddress, new_error, new_method_call
    from jeepney.wrappers import DBusErrorResponse

    address = DBusAddress("/", "org.freedesktop.secrets", "org.freedesktop.Secret.Service")
    call = new_method_call(address, "OpenSession")
    reply = new_error(call, "org.freedesktop.DBus.Error.Spawn.ChildExited", "s", ("status 1",))
    error: Exception = DBusErrorResponse(reply)
    return error


@pytest.mark.parametrize(
    ("error", "says"),
    [
        (NoKeyringError("none"), "No system keychain was found"),
        (InitError("Prompt dismissed"), "reported an error"),
        (KeyringLocked("locked"), "is locked, or unlocking it was cancelled"),
        (RuntimeError(), "reported an error"),
        (_dbus_error(), "reported an error"),
        (_StrangeError("boom"), "reported an error"),
        (ValueError("x"), "reported an error"),
        (OSError(5, "I/O error"), "reported an error"),
    ],
)
def test_unusable_keychain_explains_the_vault_file(
    tmp_path: Path, error: Exception, says: str
) -> None:
    with pytest.raises(KeychainUnavailable) as caught:
        open_default_store(tmp_path, backend=_Broken(error))
    text = str(caught.value)
    assert says in text
    assert type(error).__name__ not in text  # never a raw exception name
    assert "encrypted vault file" in text
    assert caught.value.reason == type(error).__name__  # for the log only
    store = KeychainStore(tmp_path, _Broken(error))
    with pytest.raises(KeychainUnavailable) as again:
        store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    assert type(error).__name__ not in str(again.value)
    assert store.list() == []
    assert not (tmp_path / "connections.json").exists() or store.index.load().pending == ()
    searching = _BrokenSearch(error)
    store = KeychainStore(tmp_path / "search", searching)
    store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    searching.broken = True
    for action in (store.problems, store.find_unlisted, store.restore_unlisted):
        with pytest.raises(KeychainUnavailable) as again:
            action()
        assert type(error).__name__ not in str(again.value)
    assert [c.label for c in store.list()] == ["Main"]


class _BrokenSearch(MemoryKeyring):
    """A keychain that can search, until its search starts raising ``error``."""

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error
        self.broken = False

    def search(self, service: str) -> list[FoundItem]:
        if self.broken:
            raise self.error
        return super().search(service)


def test_fail_backend_is_unavailable() -> None:
    with pytest.raises(KeychainUnavailable) as caught:
        probe_keychain(keyring.backends.fail.Keyring(), "okx-key-manager")
    assert caught.value.fault is KeychainFault.MISSING
    assert "NoKeyringError" not in str(caught.value)
    assert "No system keychain was found" in str(caught.value)


class _Silent(MemoryKeyring):
    """A keychain that does not answer until released (a Secret Service that cannot start)."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(60)
        return None


def test_a_keychain_that_does_not_answer_is_unavailable(tmp_path: Path) -> None:
    backend = _Silent()
    try:
        with pytest.raises(KeychainUnavailable) as caught:
            open_default_store(tmp_path, backend=backend, timeout=0.2)
    finally:
        backend.release.set()
    assert caught.value.fault is KeychainFault.TIMEOUT
    assert "did not answer within 0.2 seconds" in str(caught.value)
    assert "encrypted vault file" in str(caught.value)


def test_facts_defaults(tmp_path: Path) -> None:
    store = KeychainStore(tmp_path, MemoryKeyring())
    added = store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A, Facts(uid="1"))
    assert added.facts.uid == "1"
    assert added.facts.last_check is None


def _items(backend: object, service: str) -> set[str]:
    """Usernames of the items under ``service``, asked of the Secret Service directly."""
    collection = backend.get_preferred_collection()  # type: ignore[attr-defined]
    with closing(collection.connection):
        return {
            item.get_attributes()["username"]
            for item in collection.search_items({"service": service})
        }


@pytest.mark.keychain
@needs_secret_service
@pytest.mark.parametrize("operation", ["add", "rotate", "delete"])
def test_secret_service_crash_at_each_step(
    tmp_path: Path, secret_service: tuple[object, str], operation: str
) -> None:
    """The fault test of test_keychain_faults.py against the real Secret Service: the process
    "dies" at each keychain call; a fresh store then holds the old or new state, and after the
    reported orphans are removed the keychain holds exactly the listed connections."""
    backend, base_service = secret_service
    n = 0
    while True:
        service = f"{base_service}-{n}"
        flaky = FlakyKeyring(backend, crash=True)  # type: ignore[arg-type]
        store = KeychainStore(tmp_path / str(n), flaky, service=service)
        try:
            main = store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
            flaky.count, flaky.fail_at = 0, n
            try:
                if operation == "add":
                    store.add("New", Region.EEA, Environment.LIVE, KEY_B)
                elif operation == "rotate":
                    store.rotate(main.id, KEY_B, Facts())
                else:
                    store.delete(main.id)
            except Crash:
                pass
            fresh = KeychainStore(tmp_path / str(n), backend, service=service)  # type: ignore[arg-type]
            problems = fresh.problems()
            assert all(p.kind is ProblemKind.ORPHAN_SECRET for p in problems)
            found = {c.label: fresh.get_credentials(c.id) for c in fresh.list()}
            old, new = (
                {"Main": KEY_A},
                {
                    "add": {"Main": KEY_A, "New": KEY_B},
                    "rotate": {"Main": KEY_B},
                    "delete": {},
                }[operation],
            )
            assert found in (old, new)
            for problem in problems:
                fresh.remove(problem)
            assert _items(backend, service) == {c.id for c in fresh.list()}
        finally:
            for username in _items(backend, service):
                backend.delete_password(service, username)  # type: ignore[attr-defined]
        if not flaky.failed:
            break
        n += 1
    assert n >= 1
