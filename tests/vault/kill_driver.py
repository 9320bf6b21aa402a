"""Kills a process saving connections at random moments, then checks what it left behind.

Run by tests/vault/test_kill.py as ``python kill_driver.py DATA_DIR ROUNDS SEED``. Each round
forks a worker (imports are paid once) that adds, rotates, renames, updates and deletes
connections forever on a KeychainStore over a DirKeyring (a keyring whose items are files, so
they survive the kill). Before each operation the worker reports the state it is about to make
("N"), after it the state now committed ("S"). The driver SIGKILLs it at a random moment, then
opens the data directory afresh and checks: the index loads; the connections are exactly the last
committed state or the one being made; any leftover is an orphan secret (never a missing one),
and removing the leftovers leaves the keychain holding exactly the listed connections.
Prints one JSON summary line.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.vault.keychain import KeychainStore
from gui.vault.model import Facts
from gui.vault.store import ProblemKind
from tests.vault.fakes import DirKeyring

State = dict[str, list[str]]


def open_store(data_dir: Path) -> KeychainStore:
    return KeychainStore(data_dir, DirKeyring(data_dir / "keyring"), service="kill")


def snapshot(store: KeychainStore) -> State:
    result: State = {}
    for c in store.list():
        creds = store.get_credentials(c.id)
        result[c.label] = [creds.api_key, creds.secret_key, creds.passphrase]
    return result


def emit(fd: int, tag: str, state: State) -> None:
    os.write(fd, (tag + " " + json.dumps(state, sort_keys=True) + "\n").encode())


def worker(data_dir: Path, fd: int, seed: int) -> None:
    rng = random.Random(seed)
    store = open_store(data_dir)
    state = snapshot(store)
    emit(fd, "S", state)
    n = 0
    while True:
        n += 1
        connections = store.list()
        by_label = {c.label: c for c in connections}
        roll = rng.random()
        new = dict(state)
        if len(connections) < 3 or roll < 0.3:
            label = f"c{seed}-{n}"
            creds = Credentials(f"api-{seed}-{n}", f"secret-{seed}-{n}", f"pass-{seed}-{n}")
            new[label] = [creds.api_key, creds.secret_key, creds.passphrase]
            emit(fd, "N", new)
            store.add(label, Region.GLOBAL, Environment.DEMO, creds)
        elif roll < 0.55:
            label = rng.choice(sorted(by_label))
            creds = Credentials(f"api-{seed}-{n}", f"secret-{seed}-{n}", f"pass-{seed}-{n}")
            new[label] = [creds.api_key, creds.secret_key, creds.passphrase]
            emit(fd, "N", new)
            store.rotate(by_label[label].id, creds, Facts(notes=str(n)))
        elif roll < 0.8 and len(connections) > 3:
            label = rng.choice(sorted(by_label))
            del new[label]
            emit(fd, "N", new)
            store.delete(by_label[label].id)
        elif roll < 0.9:
            label = rng.choice(sorted(by_label))
            new[f"r{seed}-{n}"] = new.pop(label)
            emit(fd, "N", new)
            store.rename(by_label[label].id, f"r{seed}-{n}")
        else:
            label = rng.choice(sorted(by_label))
            emit(fd, "N", new)
            store.update_facts(by_label[label].id, Facts(notes=f"note {n}"))
        state = new
        emit(fd, "S", state)


def read_line(fd: int) -> bytes:
    """One line from the worker (b"" once it has exited)."""
    line = b""
    while not line.endswith(b"\n"):
        chunk = os.read(fd, 1)
        if not chunk:
            break
        line += chunk
    return line


def read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks)


def one_round(data_dir: Path, seed: int, rng: random.Random) -> dict[str, Any]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker: never returns
        os.close(read_end)
        try:
            worker(data_dir, write_end, seed)
        finally:
            os._exit(3)
    os.close(write_end)
    # Let the worker commit 1 or 2 operations and start the next (progress, not wall time, so a
    # busy machine still exercises as many operations), then kill it at a random moment.
    seen = b"".join(read_line(read_end) for _ in range(1 + 2 * rng.randint(1, 2) + 1))
    time.sleep(rng.uniform(0, 0.025))  # the random moment of death, not a wait for anything
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    text = (seen + read_all(read_end)).decode()
    os.close(read_end)
    lines = text.split("\n")[:-1]  # the last piece is unterminated (or empty)
    committed: State | None = None
    making: State | None = None
    ops = 0
    for line in lines:
        tag, _, payload = line.partition(" ")
        if tag == "S":
            committed, making = json.loads(payload), None
            ops += 1
        elif tag == "N":
            making = json.loads(payload)
    if committed is None:
        return {"error": "worker never reported", "output": text[-500:]}
    store = open_store(data_dir)  # the index must load
    problems = store.problems()
    found = snapshot(store)
    allowed = [committed] + ([making] if making is not None else [])
    if found not in allowed:
        return {"error": "state lost", "found": found, "allowed": allowed}
    if any(p.kind is not ProblemKind.ORPHAN_SECRET for p in problems):
        return {"error": "a listed connection lost its secret"}
    for problem in problems:
        store.remove(problem)
    # Temporary files of the fake keyring's own atomic writes are not items.
    items = sum(1 for f in (data_dir / "keyring").iterdir() if not f.name.startswith("."))
    if any(f.name.startswith(".") for f in data_dir.iterdir()):
        return {"error": "a temporary index file survived reopening"}
    if store.problems() or snapshot(store) != found or items != len(found):
        return {"error": "leftovers after cleanup", "items": items, "listed": len(found)}
    return {"mid_op": making is not None, "ops": ops - 1, "orphans": len(problems)}


def main() -> None:
    data_dir, rounds, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    results = [one_round(data_dir, seed * 100_000 + n, rng) for n in range(rounds)]
    failures = [r for r in results if "error" in r]
    print(
        json.dumps(
            {
                "rounds": len(results),
                "failures": len(failures),
                "first_failures": failures[:3],
                "killed_mid_operation": sum(1 for r in results if r.get("mid_op")),
                "operations_committed": sum(r.get("ops", 0) for r in results),
                "orphans_reported": sum(r.get("orphans", 0) for r in results),
            }
        )
    )


if __name__ == "__main__":
    main()
