"""Vault timings: unlocking, sealing, loading the index of 200 connections, keychain calls.

Run with ``.venv/bin/python benchmarks/vault.py``. Each section is a function that prints its
own lines; add a section by writing one and listing it in ``SECTIONS``. Prints figures, never
asserts them.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gui.vault.crypto import (
    DEFAULT_KDF,
    ContainerKind,
    derive,
    open_sealed,
    seal,
)

RUNS = 5


def median_seconds(action: Callable[[], object], runs: int = RUNS) -> float:
    """The median wall time of ``runs`` calls of ``action``."""
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def unlock_time() -> None:
    """One Argon2id run with the default parameters: what every unlock costs."""
    salt = os.urandom(16)
    seconds = median_seconds(lambda: derive("benchmark password 1234", salt, DEFAULT_KDF).wipe())
    print(f"unlock (Argon2id {DEFAULT_KDF}), median of {RUNS}: {seconds * 1000:.0f} ms")


def seal_and_open_time() -> None:
    """AES-256-GCM on a 1 MiB body with an unlocked key: the part that is not the KDF."""
    key = derive("benchmark password 1234", os.urandom(16), DEFAULT_KDF)
    body = os.urandom(1024 * 1024)
    sealed = seal(body, key, ContainerKind.VAULT)
    seal_s = median_seconds(lambda: seal(body, key, ContainerKind.VAULT))
    open_s = median_seconds(lambda: open_sealed(sealed, key, ContainerKind.VAULT))
    key.wipe()
    print(f"seal 1 MiB, median of {RUNS}: {seal_s * 1000:.1f} ms")
    print(f"open 1 MiB, median of {RUNS}: {open_s * 1000:.1f} ms")


def index_load_time() -> None:
    """Loading (parsing and validating) the index of 200 connections; and one keychain read
    under a real Secret Service when OKX_KM_TEST_SECRET_SERVICE=1 (tests/with-secret-service)."""
    import tempfile

    import keyring

    from gui.okx.regions import Environment, Region
    from gui.okx.signing import Credentials
    from gui.vault.index import IndexData, IndexFile
    from gui.vault.keychain import KeychainStore
    from gui.vault.model import Facts

    class NullKeyring:
        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            pass

        def delete_password(self, service: str, username: str) -> None:
            pass

    with tempfile.TemporaryDirectory() as folder:
        store = KeychainStore(Path(folder), NullKeyring())
        facts = Facts(uid="44123456789", permissions=("read_only", "trade"), notes="bot")
        for n in range(200):
            creds = Credentials(f"{n:08d}-aaaa-bbbb-cccc-dddddddddddd", "S" * 32, "passphrase")
            store.add(f"connection {n}", Region.GLOBAL, Environment.LIVE, creds, facts)
        index = IndexFile(Path(folder))
        size = index.path.stat().st_size
        load_s = median_seconds(index.load, 20)
        save_s = median_seconds(lambda: index.save(IndexData(index.load().connections)), 20)
    print(
        f"index with 200 connections ({size / 1024:.0f} KiB): load {load_s * 1000:.1f} ms, ", end=""
    )
    print(f"atomic save {save_s * 1000:.1f} ms (median of 20)")
    if os.environ.get("OKX_KM_TEST_SECRET_SERVICE") != "1":
        print("keychain get: skipped (run inside tests/with-secret-service)")
        return
    backend = keyring.get_keyring()
    service = f"okx-key-manager-bench-{os.getpid()}"
    with tempfile.TemporaryDirectory() as folder:
        store = KeychainStore(Path(folder), backend, service=service)
        creds = Credentials("0000-aaaa-bbbb-cccc-dddddddddddd", "S" * 32, "passphrase")
        added = store.add("bench", Region.GLOBAL, Environment.LIVE, creds)
        get_s = median_seconds(lambda: store.get_credentials(added.id), 20)
        add_s = median_seconds(
            lambda: store.delete(store.add("x", Region.GLOBAL, Environment.LIVE, creds).id), 5
        )
        store.delete(added.id)
    print(
        f"Secret Service: get_credentials {get_s * 1000:.1f} ms, add+delete {add_s * 1000:.1f} ms"
    )


SECTIONS: list[Callable[[], None]] = [unlock_time, seal_and_open_time, index_load_time]


def main() -> None:
    print(f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    for section in SECTIONS:
        section()


if __name__ == "__main__":
    main()
