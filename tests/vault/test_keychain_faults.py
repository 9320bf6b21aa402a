"""Faults during add / rotate / delete never lose a committed key.

For every keychain call and every index write an operation makes, the test makes exactly that
step fail (an error), fail for good (that step and all later ones), or "crash" (a BaseException
the store never catches: what a killed process leaves behind). Afterwards a fresh store over the
same keychain and data directory must hold either the old state or the new one, whole; anything
half-done must show up in ``problems()`` as an orphan secret, and resolving it must restore a
clean state. A missing secret (a listed connection without keys) would be a lost key: never.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.vault.errors import ReadOnlyDataDir, VaultError
from gui.vault.keychain import KeychainStore
from gui.vault.model import Facts
from gui.vault.store import ProblemKind
from tests.vault.contract import KEY_A, KEY_B, KEY_C
from tests.vault.fakes import Crash, FlakyKeyring, FlakyWriter, MemoryKeyring

State = dict[str, tuple[Credentials, Region, Environment]]
Operation = Callable[[KeychainStore, str], object]


def snapshot(store: KeychainStore) -> State:
    return {c.label: (store.get_credentials(c.id), c.region, c.environment) for c in store.list()}


OPERATIONS: dict[str, tuple[Operation, Callable[[State], State]]] = {
    "add": (
        lambda s, main: s.add("New", Region.US, Environment.DEMO, KEY_C),
        lambda st: {**st, "New": (KEY_C, Region.US, Environment.DEMO)},
    ),
    "rotate": (
        lambda s, main: s.rotate(main, KEY_C, Facts(notes="new")),
        lambda st: {**st, "Main": (KEY_C, Region.GLOBAL, Environment.LIVE)},
    ),
    "delete": (
        lambda s, main: s.delete(main),
        lambda st: {k: v for k, v in st.items() if k != "Main"},
    ),
}


@dataclass
class Rig:
    inner: MemoryKeyring
    keyring: FlakyKeyring
    writer: FlakyWriter
    store: KeychainStore
    main_id: str
    before: State
    data_dir: Path

    def reopen(self) -> KeychainStore:
        return KeychainStore(self.data_dir, self.inner, service="t")


def rig(tmp_path: Path) -> Rig:
    inner = MemoryKeyring()
    keyring = FlakyKeyring(inner)
    writer = FlakyWriter()
    store = KeychainStore(tmp_path, keyring, service="t", index_writer=writer)
    main = store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    store.add("Other", Region.EEA, Environment.DEMO, KEY_B)
    before = snapshot(store)
    keyring.count = writer.count = 0
    return Rig(inner, keyring, writer, store, main.id, before, tmp_path)


def steps(tmp_path: Path, name: str) -> tuple[int, int]:
    """How many keychain calls and index writes the operation makes when nothing fails."""
    r = rig(tmp_path / "count")
    OPERATIONS[name][0](r.store, r.main_id)
    return r.keyring.count, r.writer.count


def check_outcome(r: Rig, name: str, raised: bool) -> None:
    expected_after = OPERATIONS[name][1](r.before)
    fresh = r.reopen()
    problems = fresh.problems()
    assert all(p.kind is ProblemKind.ORPHAN_SECRET for p in problems), problems
    state = snapshot(fresh)
    if raised:
        assert state in (r.before, expected_after)
    else:
        assert state == expected_after
    # Restoring every orphan loses nothing; removing every orphan leaves a clean store.
    for problem in problems:
        restored = fresh.repair(problem)
        assert fresh.get_credentials(restored.id) in (KEY_A, KEY_B, KEY_C)
        fresh.delete(restored.id)
    assert fresh.problems() == []
    assert snapshot(fresh) == state
    # Nothing hidden is left behind: the keychain holds exactly the listed connections.
    assert {user for _, user in r.inner.items} == {c.id for c in fresh.list()}
    assert not list(r.data_dir.glob(".*.tmp"))


@pytest.mark.parametrize("name", list(OPERATIONS))
@pytest.mark.parametrize("mode", ["once", "sticky", "crash"])
def test_keychain_failing_at_each_step(tmp_path: Path, name: str, mode: str) -> None:
    calls, _ = steps(tmp_path, name)
    assert calls >= 1
    for n in range(calls):
        r = rig(tmp_path / f"{mode}-{n}")
        r.keyring.fail_at = n
        r.keyring.sticky = mode == "sticky"
        r.keyring.crash = mode == "crash"
        raised = False
        try:
            OPERATIONS[name][0](r.store, r.main_id)
        except (VaultError, Crash):
            raised = True
        assert r.keyring.failed, f"step {n} was never reached"
        check_outcome(r, name, raised)
        if mode == "once" and raised:  # undo worked: nothing at all is left over
            assert snapshot(r.reopen()) == r.before
            assert r.reopen().problems() == []


@pytest.mark.parametrize("name", list(OPERATIONS))
@pytest.mark.parametrize("mode", ["once", "sticky", "crash"])
def test_index_write_failing_at_each_step(tmp_path: Path, name: str, mode: str) -> None:
    _, writes = steps(tmp_path, name)
    assert writes >= 2
    for n in range(writes):
        r = rig(tmp_path / f"{mode}-{n}")
        r.writer.fail_at = n
        r.writer.sticky = mode == "sticky"
        r.writer.crash = mode == "crash"
        raised = False
        try:
            OPERATIONS[name][0](r.store, r.main_id)
        except (VaultError, Crash) as exc:
            raised = True
            if isinstance(exc, VaultError):
                assert isinstance(exc, ReadOnlyDataDir)
                assert "No space left on device" in str(exc)
        check_outcome(r, name, raised)


def test_failed_index_write_leaves_the_old_file(tmp_path: Path) -> None:
    r = rig(tmp_path)
    old_bytes = r.store.index.path.read_bytes()
    r.writer.fail_at = 0
    with pytest.raises(ReadOnlyDataDir):
        r.store.add("New", Region.GLOBAL, Environment.LIVE, KEY_C)
    assert r.store.index.path.read_bytes() == old_bytes
    assert len(r.inner.items) == 2
    assert not list(tmp_path.glob(".*.tmp"))


def test_data_dir_that_cannot_be_written_is_a_clear_error(tmp_path: Path) -> None:
    """Tests run as root, which ignores file modes, so the honest failure used here is a data
    directory whose parent is a regular file (ENOTDIR) — what a user gets with a mistyped path or
    a stray file where the folder should be. EACCES/EROFS take the same code path (OSError)."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    data_dir = blocker / "okx-key-manager"
    backend = MemoryKeyring()
    store = KeychainStore(data_dir, backend)
    assert store.list() == []
    with pytest.raises(ReadOnlyDataDir) as caught:
        store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    text = str(caught.value)
    assert str(data_dir) in text
    assert "Not a directory" in text
    assert "make the folder writable" in text
    assert caught.value.reason == "Not a directory"
    assert backend.items == {}  # refused before the keychain was touched
    assert caught.value.directory == data_dir


def test_oserror_from_the_writer_names_the_reason(tmp_path: Path) -> None:
    def read_only(path: Path, data: bytes) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    store = KeychainStore(tmp_path, MemoryKeyring(), index_writer=read_only)
    with pytest.raises(ReadOnlyDataDir, match="Read-only file system"):
        store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)


def test_index_file_is_private(tmp_path: Path) -> None:
    store = KeychainStore(tmp_path / "data", MemoryKeyring())
    store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    assert store.index.path.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "data").stat().st_mode & 0o777 == 0o700


def test_temporary_files_of_a_killed_writer_are_cleaned(tmp_path: Path) -> None:
    store = KeychainStore(tmp_path, MemoryKeyring())
    store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
    stale = tmp_path / ".connections.json.0123456789ab.tmp"
    stale.write_bytes(b'{"half": ')
    assert [c.label for c in store.list()] == ["Main"]  # never read as the index
    assert store.problems() == []
    assert not stale.exists()


def test_damaged_or_newer_index_is_never_overwritten(tmp_path: Path) -> None:
    from gui.vault.errors import IndexCorrupt, IndexTooNew

    backend = MemoryKeyring()
    store = KeychainStore(tmp_path, backend)
    cases = {
        b'{"connections": [': IndexCorrupt,
        b'{"format": "okx-key-manager/index", "version": 9, "connections": []}': IndexTooNew,
        b'{"format": "something-else", "version": 1}': IndexCorrupt,
    }
    for raw, error in cases.items():
        store.index.path.write_bytes(raw)
        with pytest.raises(error) as caught:
            store.list()
        assert str(store.index.path) in str(caught.value)
        with pytest.raises(error):
            store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
        assert store.index.path.read_bytes() == raw
        assert backend.items == {}
    assert "newer version" in str(IndexTooNew(store.index.path, 9))
