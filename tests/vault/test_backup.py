"""Backups: export, preview, import with clash choices, all-or-nothing, refused files."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.vault import crypto
from gui.vault.backup import ClashPolicy, export_backup, import_backup, read_backup
from gui.vault.crypto import INSECURE_TEST_POLICY, ContainerKind
from gui.vault.errors import (
    FileTooNew,
    FileUnreadable,
    NoConnectionsChosen,
    PasswordRejected,
    PasswordTooWeak,
    PayloadCorrupt,
    VaultError,
)
from gui.vault.keychain import KeychainStore
from gui.vault.model import dumps
from gui.vault.store import ConnectionStore
from tests.vault.contract import FACTS, KEY_A, KEY_B, KEY_C
from tests.vault.crypto_helpers import CHEAP_KDF
from tests.vault.fakes import FlakyKeyring, MemoryKeyring

BACKUP_PASSWORD = "Backup: 7 purple elephants dance!"
CHEAP = {"params": CHEAP_KDF, "policy": INSECURE_TEST_POLICY}


def keychain_store(path: Path, backend: object | None = None) -> KeychainStore:
    return KeychainStore(path, backend or MemoryKeyring(), service="t")  # type: ignore[arg-type]


def state(store: ConnectionStore) -> dict[str, tuple[Credentials, str, str]]:
    return {
        c.label: (store.get_credentials(c.id), c.region.value, c.environment.value)
        for c in store.list()
    }


@pytest.fixture
def source(tmp_path: Path) -> KeychainStore:
    store = keychain_store(tmp_path / "source")
    store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A, FACTS)
    store.add("Demo bot", Region.EEA, Environment.DEMO, KEY_B)
    return store


@pytest.fixture
def backup(tmp_path: Path, source: KeychainStore) -> Path:
    path = tmp_path / "keys.okxbackup"
    assert export_backup(source, path, BACKUP_PASSWORD, **CHEAP) == 2  # type: ignore[arg-type]
    return path


def test_preview_shows_what_the_file_holds(backup: Path, source: KeychainStore) -> None:
    contents = read_backup(backup, BACKUP_PASSWORD, policy=INSECURE_TEST_POLICY)
    assert contents.connections == tuple(source.list())
    shown = repr(contents) + repr(contents.connections)
    for secret in (KEY_A.secret_key, KEY_A.passphrase, KEY_A.api_key, KEY_B.secret_key):
        assert secret not in shown
    assert contents.connections[1].masked_api_key.endswith("0aaa")
    assert contents.connections[1].facts == FACTS


def test_export_some(tmp_path: Path, source: KeychainStore) -> None:
    main = next(c for c in source.list() if c.label == "Main")
    path = tmp_path / "one"
    export_backup(source, path, BACKUP_PASSWORD, [main.id], **CHEAP)  # type: ignore[arg-type]
    assert read_backup(path, BACKUP_PASSWORD, policy=INSECURE_TEST_POLICY).connections == (main,)
    with pytest.raises(NoConnectionsChosen):
        export_backup(source, path, BACKUP_PASSWORD, [], **CHEAP)  # type: ignore[arg-type]


def test_weak_backup_password_is_refused_clearly(tmp_path: Path, source: KeychainStore) -> None:
    with pytest.raises(PasswordTooWeak) as caught:
        export_backup(source, tmp_path / "b", "12345678", **CHEAP)  # type: ignore[arg-type]
    assert str(caught.value)
    assert not (tmp_path / "b").exists()


def test_import_into_an_empty_store(tmp_path: Path, backup: Path, source: KeychainStore) -> None:
    target = keychain_store(tmp_path / "target")
    contents = read_backup(backup, BACKUP_PASSWORD, policy=INSECURE_TEST_POLICY)
    result = import_backup(target, contents)
    assert len(result.added) == 2
    assert state(target) == state(source)
    main = next(c for c in target.list() if c.label == "Main")
    # Everything as exported, except that the last check ran on the other computer.
    assert FACTS.last_check is not None and not FACTS.last_check.elsewhere
    assert main.facts == replace(FACTS, last_check=replace(FACTS.last_check, elsewhere=True))


def test_imported_checks_are_marked_as_made_elsewhere_and_kept_so(tmp_path: Path) -> None:
    from gui.vault.backup import imported_facts
    from gui.vault.model import check_from_json, check_to_json

    target = keychain_store(tmp_path / "target")
    target.add("Main", Region.GLOBAL, Environment.LIVE, KEY_C)
    source = keychain_store(tmp_path / "source")
    source.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A, FACTS)
    path = tmp_path / "b"
    export_backup(source, path, BACKUP_PASSWORD, **CHEAP)  # type: ignore[arg-type]
    contents = read_backup(path, BACKUP_PASSWORD, policy=INSECURE_TEST_POLICY)
    [replaced] = import_backup(target, contents, ClashPolicy.REPLACE).replaced
    check = target.get(replaced.id).facts.last_check
    assert check is not None and check.elsewhere  # survives the index file
    assert imported_facts(imported_facts(FACTS)) == imported_facts(FACTS)
    # The stored shape only grows a key when it is true: older files read as before.
    assert FACTS.last_check is not None
    plain = check_to_json(FACTS.last_check)
    assert "elsewhere" not in plain and check_from_json(plain, "c") == FACTS.last_check
    assert check_to_json(check)["elsewhere"] is True


@pytest.mark.parametrize("policy", list(ClashPolicy))
def test_label_clashes(tmp_path: Path, backup: Path, policy: ClashPolicy) -> None:
    target = keychain_store(tmp_path / "target")
    target.add("main", Region.US, Environment.LIVE, KEY_C)
    contents = read_backup(backup, BACKUP_PASSWORD, policy=INSECURE_TEST_POLICY)
    assert [c.label for c in contents.clashes(target)] == ["Main"]
    result = import_backup(target, contents, policy)
    labels = state(target)
    assert labels["Demo bot"][0] == KEY_B
    if policy is ClashPolicy.SKIP:
        assert labels["main"][0] == KEY_C
        assert [c.label for c in result.skipped] == ["Main"]
    elif policy is ClashPolicy.REPLACE:
        assert labels["main"] == (KEY_A, "global", "live")
        assert len(result.replaced) == 1
        assert target.problems() == []
    else:
        assert labels["main"][0] == KEY_C
        assert labels["Main (2)"][0] == KEY_A


def test_choices_per_entry_and_only(tmp_path: Path, backup: Path) -> None:
    target = keychain_store(tmp_path / "target")
    target.add("Main", Region.US, Environment.LIVE, KEY_C)
    target.add("Demo bot", Region.US, Environment.LIVE, KEY_C)
    contents = read_backup(backup, BACKUP_PASSWORD, policy=INSECURE_TEST_POLICY)
    main_id = next(c.id for c in contents.connections if c.label == "Main")
    import_backup(target, contents, ClashPolicy.SKIP, choices={main_id: ClashPolicy.KEEP_BOTH})
    assert set(state(target)) == {"Main", "Main (2)", "Demo bot"}
    other = keychain_store(tmp_path / "other")
    import_backup(other, contents, only=[main_id])
    assert set(state(other)) == {"Main"}


@pytest.mark.parametrize("policy", [ClashPolicy.KEEP_BOTH, ClashPolicy.REPLACE])
def test_import_is_all_or_nothing(tmp_path: Path, policy: ClashPolicy) -> None:
    """A keychain failing at every possible step of an import leaves the store as it was."""
    source = keychain_store(tmp_path / "source")
    for n in range(4):
        source.add(f"bot {n}", Region.GLOBAL, Environment.DEMO, Credentials(f"k{n}", "s", "p"))
    path = tmp_path / "b"
    export_backup(source, path, BACKUP_PASSWORD, **CHEAP)  # type: ignore[arg-type]
    contents = read_backup(path, BACKUP_PASSWORD, policy=INSECURE_TEST_POLICY)
    expected = keychain_store(tmp_path / "expected")
    expected.add("bot 1", Region.US, Environment.LIVE, KEY_C)
    import_backup(expected, contents, policy)
    for n in range(50):
        inner = MemoryKeyring()
        flaky = FlakyKeyring(inner)
        target = keychain_store(tmp_path / f"t{policy}{n}", flaky)
        target.add("bot 1", Region.US, Environment.LIVE, KEY_C)
        before = state(target)
        flaky.count, flaky.fail_at = 0, n
        try:
            import_backup(target, contents, policy)
            outcome = state(expected)
        except VaultError:
            outcome = before
        after = keychain_store(target.index.directory, inner)
        assert state(after) == outcome
        for problem in after.problems():  # only leftovers of undone steps, never a loss
            after.remove(problem)
        assert state(after) == outcome
        assert {u for _, u in inner.items} == {c.id for c in after.list()}
        if not flaky.failed:
            break
    assert n >= 4


def test_wrong_password(backup: Path) -> None:
    with pytest.raises(PasswordRejected):
        read_backup(backup, "Not the backup password 1!", policy=INSECURE_TEST_POLICY)


def test_refused_files_change_nothing(tmp_path: Path, backup: Path) -> None:
    target = keychain_store(tmp_path / "target")
    target.add("Keep", Region.GLOBAL, Environment.LIVE, KEY_C)
    before = state(target)
    data = backup.read_bytes()
    cases: dict[str, tuple[bytes, type[crypto.ContainerError]]] = {
        "truncated": (data[:-5], crypto.TruncatedFile),
        "tampered": (data[:-1] + bytes([data[-1] ^ 1]), crypto.WrongPassword),
        "foreign": (b"%PDF-1.7\n" + data[9:], crypto.ForeignFile),
        "future": (data[:6] + bytes([2]) + data[7:], crypto.UnsupportedVersion),
        "vault file": (
            crypto.seal_with_password(
                b"{}", BACKUP_PASSWORD, ContainerKind.VAULT, CHEAP_KDF, policy=INSECURE_TEST_POLICY
            ),
            crypto.ForeignFile,
        ),
    }
    for name, (bad, error) in cases.items():
        path = tmp_path / name
        path.write_bytes(bad)
        with pytest.raises(FileUnreadable) as caught:
            read_backup(path, BACKUP_PASSWORD, policy=INSECURE_TEST_POLICY)
        assert isinstance(caught.value.container_error, error), name
        assert caught.value.message == caught.value.container_error.message
        assert state(target) == before
        assert path.read_bytes() == bad


def sealed_backup(tmp_path: Path, document: object) -> Path:
    path = tmp_path / "crafted"
    path.write_bytes(
        crypto.seal_with_password(
            dumps(document),  # type: ignore[arg-type]
            BACKUP_PASSWORD,
            ContainerKind.BACKUP,
            CHEAP_KDF,
            policy=INSECURE_TEST_POLICY,
        )
    )
    return path


def test_future_payload_version(tmp_path: Path) -> None:
    path = sealed_backup(tmp_path, {"format": "okx-key-manager/backup", "version": 2})
    with pytest.raises(FileTooNew, match="newer version"):
        read_backup(path, BACKUP_PASSWORD, policy=INSECURE_TEST_POLICY)


def test_vault_payload_is_not_a_backup(tmp_path: Path) -> None:
    path = sealed_backup(
        tmp_path, {"format": "okx-key-manager/vault", "version": 1, "connections": []}
    )
    with pytest.raises(PayloadCorrupt):
        read_backup(path, BACKUP_PASSWORD, policy=INSECURE_TEST_POLICY)


def test_duplicate_labels_in_a_crafted_backup(tmp_path: Path, backup: Path) -> None:
    contents = read_backup(backup, BACKUP_PASSWORD, policy=INSECURE_TEST_POLICY)
    from gui.vault.backup import FORMAT
    from gui.vault.payload import encode_entries

    twice = [contents.entries[0], replace(contents.entries[1])]
    twice[1] = replace(twice[1], connection=replace(twice[1].connection, label="MAIN"))
    twice[0] = replace(twice[0], connection=replace(twice[0].connection, label="Main"))
    path = sealed_backup(tmp_path, encode_entries(FORMAT, twice, contents.created_at))
    with pytest.raises(PayloadCorrupt, match="one name twice"):
        read_backup(path, BACKUP_PASSWORD, policy=INSECURE_TEST_POLICY)


def test_import_into_a_vault_file_is_all_or_nothing(tmp_path: Path, backup: Path) -> None:
    from tests.vault.fakes import FlakyWriter
    from tests.vault.test_filevault import new_vault, reopen

    contents = read_backup(backup, BACKUP_PASSWORD, policy=INSECURE_TEST_POLICY)
    for n in range(2):  # the import makes two writes: the replacement, then the addition
        writer = FlakyWriter()
        path = tmp_path / f"vault{n}"
        store = new_vault(path, writer=writer)
        store.add("Main", Region.US, Environment.LIVE, KEY_C)
        before = state(store)
        writer.fail_at = writer.count + n
        with pytest.raises(VaultError):
            import_backup(store, contents, ClashPolicy.REPLACE)
        assert state(reopen(path)) == before
    complete = reopen(tmp_path / "vault0")
    import_backup(complete, contents, ClashPolicy.REPLACE)
    assert state(complete)["Main"][0] == KEY_A
