"""Vault timings: unlocking, the KDF caps, sealing, the index, the keychain scan, vault reads.

Run with ``.venv/bin/python benchmarks/vault.py``; inside the private Secret Service
(``tests/with-secret-service .venv/bin/python benchmarks/vault.py``) the keychain sections run
too (``--quick`` skips the 1,000-connection keychain run). Each section is a function that prints
its own lines and returns its figures; the script ends with one line of JSON holding them all.
Prints figures, never asserts them.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.vault.crypto import (
    DEFAULT_KDF,
    MAXIMUM_KDF,
    ContainerKind,
    KdfParams,
    derive,
    open_sealed,
    seal,
)
from gui.vault.model import Facts

RUNS = 5
Figures = dict[str, Any]


def median_seconds(action: Callable[[], object], runs: int = RUNS) -> float:
    """The median wall time of ``runs`` calls of ``action``."""
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def kdf_limits() -> Figures:
    """The default unlock (one Argon2id run) against the costliest header a reader accepts.

    Runs alternate (default, costliest, default, ...) so a busy machine slows both alike; the
    costliest header is the caps with each parallelism a file may ask for (4 to 16 lanes): the
    slower one counts."""
    salt = os.urandom(16)
    costliest = [
        KdfParams(MAXIMUM_KDF.time_cost, MAXIMUM_KDF.memory_kib, lanes)
        for lanes in (DEFAULT_KDF.parallelism, MAXIMUM_KDF.parallelism)
    ]
    timings: dict[KdfParams, list[float]] = {p: [] for p in (DEFAULT_KDF, *costliest)}
    for _ in range(RUNS):
        for params in timings:
            start = time.perf_counter()
            derive("benchmark password 1234", salt, params).wipe()
            timings[params].append(time.perf_counter() - start)
    default_s = statistics.median(timings[DEFAULT_KDF])
    worst = max(costliest, key=lambda p: statistics.median(timings[p]))
    worst_s = statistics.median(timings[worst])
    ratio = worst_s / default_s
    print(f"unlock (Argon2id {DEFAULT_KDF}), median of {RUNS}: {default_s * 1000:.0f} ms")
    print(f"costliest accepted header (Argon2id {worst}): {worst_s * 1000:.0f} ms")
    print(f"costliest / default unlock: {ratio:.2f} (promise: at most 10)")
    return {
        "unlock_default_ms": round(default_s * 1000, 1),
        "unlock_costliest_ms": round(worst_s * 1000, 1),
        "costliest_params": str(worst),
        "costliest_ratio": round(ratio, 2),
    }


def seal_and_open_time() -> Figures:
    """AES-256-GCM on a 1 MiB body with an unlocked key: the part that is not the KDF."""
    key = derive("benchmark password 1234", os.urandom(16), DEFAULT_KDF)
    body = os.urandom(1024 * 1024)
    sealed = seal(body, key, ContainerKind.VAULT)
    seal_s = median_seconds(lambda: seal(body, key, ContainerKind.VAULT))
    open_s = median_seconds(lambda: open_sealed(sealed, key, ContainerKind.VAULT))
    key.wipe()
    print(f"seal 1 MiB, median of {RUNS}: {seal_s * 1000:.1f} ms")
    print(f"open 1 MiB, median of {RUNS}: {open_s * 1000:.1f} ms")
    return {"seal_1mib_ms": round(seal_s * 1000, 2), "open_1mib_ms": round(open_s * 1000, 2)}


def _creds(n: int) -> Credentials:
    return Credentials(f"{n:08d}-aaaa-bbbb-cccc-dddddddddddd", f"{n:032X}", f"Pass-{n}#x")


def index_load_time() -> Figures:
    """Loading (parsing and validating) the index of 200 connections."""
    from gui.vault.index import IndexData, IndexFile
    from gui.vault.keychain import KeychainStore
    from gui.vault.memory import MemoryKeyring

    with tempfile.TemporaryDirectory() as folder:
        store = KeychainStore(Path(folder), MemoryKeyring())
        facts = Facts(uid="44123456789", permissions=("read_only", "trade"), notes="bot")
        for n in range(200):
            store.add(f"connection {n}", Region.GLOBAL, Environment.LIVE, _creds(n), facts)
        index = IndexFile(Path(folder))
        size = index.path.stat().st_size
        load_s = median_seconds(index.load, 20)
        save_s = median_seconds(lambda: index.save(IndexData(index.load().connections)), 20)
    print(
        f"index with 200 connections ({size / 1024:.0f} KiB): load {load_s * 1000:.1f} ms, ", end=""
    )
    print(f"atomic save {save_s * 1000:.1f} ms (median of 20)")
    return {
        "index_200_load_ms": round(load_s * 1000, 2),
        "index_200_save_ms": round(save_s * 1000, 2),
    }


def vault_reads() -> Figures:
    """A vault file of 200 connections: list() and get() (no secret decrypted), and one
    get_credentials() (one entry's secrets decrypted)."""
    from gui.vault.filevault import FileVaultStore

    with tempfile.TemporaryDirectory() as folder:
        store = FileVaultStore.create(Path(folder) / "v", "benchmark password 1234!")
        ids = [
            store.add(f"connection {n}", Region.GLOBAL, Environment.LIVE, _creds(n)).id
            for n in range(200)
        ]
        list_s = median_seconds(store.list, 20)
        get_s = median_seconds(lambda: store.get(ids[100]), 20)
        creds_s = median_seconds(lambda: store.get_credentials(ids[100]), 20)
        add_s = median_seconds(
            lambda: store.delete(store.add("x", Region.GLOBAL, Environment.LIVE, _creds(999)).id), 5
        )
    print(
        f"vault file, 200 connections: list {list_s * 1000:.1f} ms, get {get_s * 1000:.1f} ms, "
        f"get_credentials {creds_s * 1000:.1f} ms, add+delete {add_s * 1000:.1f} ms"
    )
    return {
        "vault_200_list_ms": round(list_s * 1000, 2),
        "vault_200_get_ms": round(get_s * 1000, 2),
        "vault_200_get_credentials_ms": round(creds_s * 1000, 2),
        "vault_200_add_delete_ms": round(add_s * 1000, 1),
    }


def keychain_calls() -> Figures:
    """One Secret Service read and write, and problems() at 200 and 1,000 connections: one
    search (this version) against one read per connection (what it did before)."""
    if os.environ.get("OKX_KM_TEST_SECRET_SERVICE") != "1":
        print("keychain: skipped (run inside tests/with-secret-service)")
        return {}
    import keyring

    from gui.vault.keychain import KeychainStore

    backend = keyring.get_keyring()
    service = f"okx-key-manager-bench-{os.getpid()}"
    figures: Figures = {}
    sizes = (200,) if "--quick" in sys.argv else (200, 1000)
    with tempfile.TemporaryDirectory() as folder:
        store = KeychainStore(Path(folder), backend, service=service)
        try:
            added = store.add("bench", Region.GLOBAL, Environment.LIVE, _creds(0))
            get_s = median_seconds(lambda: store.get_credentials(added.id), 20)
            add_s = median_seconds(
                lambda: store.delete(store.add("x", Region.GLOBAL, Environment.LIVE, _creds(1)).id),
                5,
            )
            print(
                f"Secret Service: get_credentials {get_s * 1000:.1f} ms, "
                f"add+delete {add_s * 1000:.1f} ms"
            )
            figures |= {
                "ss_get_ms": round(get_s * 1000, 1),
                "ss_add_delete_ms": round(add_s * 1000, 1),
            }
            count = 1
            for size in sizes:
                while count < size:
                    store.add(f"bench {count}", Region.GLOBAL, Environment.LIVE, _creds(count))
                    count += 1
                search_s = median_seconds(store.problems, RUNS)
                reading = KeychainStore(Path(folder), backend, service=service)
                reading.items = None  # the per-connection reads of the previous version
                read_s = median_seconds(reading.problems, 3 if size <= 200 else 1)
                print(
                    f"problems() with {size} connections: one search {search_s * 1000:.0f} ms "
                    f"({search_s / size * 1000:.2f} ms per connection); one read per "
                    f"connection {read_s * 1000:.0f} ms ({read_s / size * 1000:.1f} ms each)"
                )
                figures |= {
                    f"problems_{size}_search_ms": round(search_s * 1000, 1),
                    f"problems_{size}_reads_ms": round(read_s * 1000, 1),
                }
        finally:
            collection = backend.get_preferred_collection()
            from contextlib import closing

            with closing(collection.connection):
                for item in collection.search_items({"service": service}):
                    item.delete()
    return figures


SECTIONS: list[Callable[[], Figures]] = [
    kdf_limits,
    seal_and_open_time,
    index_load_time,
    vault_reads,
    keychain_calls,
]


def main() -> None:
    print(f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    figures: Figures = {"cpus": os.cpu_count()}
    for section in SECTIONS:
        figures |= section()
    print(json.dumps(figures, sort_keys=True))


if __name__ == "__main__":
    main()
