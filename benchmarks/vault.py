"""Vault timings: how long unlocking takes (and later, loading the index).

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


SECTIONS: list[Callable[[], None]] = [unlock_time, seal_and_open_time]


def main() -> None:
    print(f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    for section in SECTIONS:
        section()


if __name__ == "__main__":
    main()
