"""Two processes (or threads, or store objects) changing the same store at once lose nothing.

Without the change lock, each writer would read the index, add its connection and write the
index back, erasing the other's new entry: a key left in the keychain with no record at all.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.vault.keychain import KeychainStore
from tests.vault.fakes import DirKeyring

ROOT = Path(__file__).resolve().parents[2]
PER_WRITER = 15

WRITER = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
from gui.okx.signing import Credentials
from gui.vault.keychain import KeychainStore
from tests.vault.fakes import DirKeyring
data = Path(sys.argv[1])
name = sys.argv[2]
store = KeychainStore(data, DirKeyring(data / "keyring"), service="c")
print("ready", flush=True)
sys.stdin.readline()
for n in range({count}):
    store.add(f"{{name}} {{n}}", "global", "demo", Credentials(f"{{name}}-{{n}}", "s", "p"))
"""


def check(data: Path, names: list[str]) -> None:
    store = KeychainStore(data, DirKeyring(data / "keyring"), service="c")
    found = {c.label: store.get_credentials(c.id).api_key for c in store.list()}
    expected = {f"{name} {n}": f"{name}-{n}" for name in names for n in range(PER_WRITER)}
    assert found == expected
    assert store.problems() == []
    items = [f for f in (data / "keyring").iterdir() if not f.name.startswith(".")]
    assert len(items) == len(expected)


@pytest.mark.slow
def test_two_processes_adding_at_once(tmp_path: Path) -> None:
    script = WRITER.format(root=str(ROOT), count=PER_WRITER)
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(tmp_path), name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for name in ("alpha", "beta")
    ]
    for writer in writers:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
    for writer in writers:  # both start together
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    for writer in writers:
        writer.communicate(timeout=60)
        assert writer.returncode == 0
    check(tmp_path, ["alpha", "beta"])


def test_threads_and_store_objects_adding_at_once(tmp_path: Path) -> None:
    shared = KeychainStore(tmp_path, DirKeyring(tmp_path / "keyring"), service="c")
    stores = [
        shared,
        shared,
        KeychainStore(tmp_path, DirKeyring(tmp_path / "keyring"), service="c"),
    ]
    names = ["t0", "t1", "t2"]
    start = threading.Barrier(len(stores))
    errors: list[BaseException] = []

    def run(store: KeychainStore, name: str) -> None:
        try:
            start.wait(timeout=10)
            for n in range(PER_WRITER):
                store.add(
                    f"{name} {n}",
                    Region.GLOBAL,
                    Environment.DEMO,
                    Credentials(f"{name}-{n}", "s", "p"),
                )
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=run, args=pair) for pair in zip(stores, names, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    assert errors == []
    check(tmp_path, names)


def test_two_vault_file_stores_adding_at_once(tmp_path: Path) -> None:
    from tests.vault.test_filevault import new_vault, reopen

    path = tmp_path / "vault.okxvault"
    new_vault(path).lock()
    stores = [reopen(path), reopen(path)]
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def run(store: object, name: str) -> None:
        try:
            start.wait(timeout=10)
            for n in range(PER_WRITER):
                store.add(  # type: ignore[attr-defined]
                    f"{name} {n}",
                    Region.GLOBAL,
                    Environment.DEMO,
                    Credentials(f"{name}-{n}", "s", "p"),
                )
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(s, f"v{i}")) for i, s in enumerate(stores)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert len(reopen(path).list()) == 2 * PER_WRITER
