"""Check all: within OKX's limits (the simulator's are on), batched writes, cancel, races."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from gui.connections.cache import BalanceCache
from gui.connections.checkall import CheckAll, CheckResult
from gui.connections.environment import OkxTarget
from gui.okx.signing import Credentials
from gui.okx.simulator import Fault, Simulator
from gui.vault.keychain import KeychainStore
from gui.vault.memory import MemoryKeyring
from gui.vault.model import Facts
from tests.connections.conftest import ACCOUNTS, KEYS, Started, know_accounts


def counting_writer(counts: list[int]):  # type: ignore[no-untyped-def]
    from gui.vault.atomic import atomic_write

    def write(path: Path, data: bytes) -> None:
        counts.append(1)
        atomic_write(path, data)

    return write


def saved_store(
    sim: Simulator, tmp_path: Path, *, known_uids: bool, writes: list[int]
) -> KeychainStore:
    store = KeychainStore(tmp_path, MemoryKeyring(), service="okx-km-test")
    for key in sim.keys:
        store.add(key.name, key.region, key.environment, key.credentials)
    if known_uids:  # the stored statuses of earlier checks
        know_accounts(store, sim)
    return KeychainStore(
        tmp_path, store.backend, service="okx-km-test", index_writer=counting_writer(writes)
    )


@pytest.mark.slow
def test_check_all_receives_no_rate_limit_answer(sim: Simulator, tmp_path: Path) -> None:
    writes: list[int] = []
    store = saved_store(sim, tmp_path, known_uids=True, writes=writes)
    cache_writes: list[int] = []
    cache = BalanceCache(tmp_path / "balances.json", writer=counting_writer(cache_writes))
    sim.inject(Fault(latency=0.05))
    results: list[CheckResult] = []
    run = CheckAll(store, OkxTarget(sim.base_urls), cache=cache, on_result=results.append)
    assert run.add(store.list()) and run.wait(60)
    codes = [(r.status, r.code) for r in sim.requests]
    assert (429, "50011") not in codes and all(code == "0" for _s, code in codes)
    assert len(results) == ACCOUNTS * KEYS and all(r.outcome.report.ok for r in results)
    # one server-time request for the host, not one per check
    assert sum(r.target.startswith("/api/v5/public/time") for r in sim.requests) == 1
    # every finding stored, in batches
    assert all(c.facts.last_check and c.facts.permissions for c in store.list())
    assert 1 <= run.writes == len(writes) < len(results) / 2
    assert 1 <= len(cache_writes) < len(results) / 2
    assert set(BalanceCache(tmp_path / "balances.json").load()) == {c.id for c in store.list()}
    # each account's keys were paced apart: at least one wait for the config limit (5 / 2 s)
    assert run.pacer.waited > 0


def test_the_run_reads_its_keys_in_one_batch(sim: Simulator, tmp_path: Path) -> None:
    store = saved_store(sim, tmp_path, known_uids=True, writes=[])
    backend = store.backend
    assert isinstance(backend, MemoryKeyring)
    backend.calls.clear()
    started: list[str] = []
    results: list[CheckResult] = []
    run = CheckAll(
        store, OkxTarget(sim.base_urls), on_started=started.append, on_result=results.append
    )
    assert run.add(store.list()) and run.wait(60)
    assert len(results) == ACCOUNTS * KEYS and all(r.outcome.report.ok for r in results)
    reads = [call for call in backend.calls if call[0] in ("get", "read_secrets")]
    assert reads == [("read_secrets", "okx-km-test")]  # one batch, no read per key
    assert run._secrets == {}  # no key is kept once its check has it


def test_keys_of_unknown_accounts_learn_their_uid(sim: Simulator, tmp_path: Path) -> None:
    store = saved_store(sim, tmp_path, known_uids=False, writes=[])
    run = CheckAll(store, OkxTarget(sim.base_urls), concurrency=4)
    run.add(store.list()[:4])
    assert run.wait(60)
    uids = {c.facts.uid for c in store.list()[:4]}
    assert "" not in uids


def test_cancel_stops_queued_and_running_checks(sim: Simulator, tmp_path: Path) -> None:
    store = saved_store(sim, tmp_path, known_uids=True, writes=[])
    sim.inject(Fault(latency=30.0))
    results: list[CheckResult] = []
    finished = threading.Event()
    started = Started(4)  # the four workers have each taken a check

    run = CheckAll(
        store,
        OkxTarget(sim.base_urls),
        concurrency=4,
        on_started=started,
        on_result=results.append,
        on_finished=finished.set,
    )
    run.add(store.list())
    assert started.reached.wait(10) and sim.wait_for_arrivals(1, timeout=10)
    dropped = run.cancel()
    assert len(dropped) == ACCOUNTS * KEYS - 4  # queued checks never start
    assert run.wait(10) and finished.is_set()
    assert all(r.outcome.report.cancelled for r in results)
    assert all(
        c.facts == Facts(uid=c.facts.uid, key_created_on=c.facts.key_created_on)
        for c in store.list()
    )
    assert run.add(store.list()) == []  # a finished run takes nothing more


def test_a_connection_deleted_during_its_check_is_skipped(
    sim: Simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = saved_store(sim, tmp_path, known_uids=True, writes=[])
    first, second = store.list()[:2]
    sim.inject(Fault(latency=0.5))
    read = threading.Event()  # the first check has its key: it is under way
    get_many_credentials = store.get_many_credentials

    def reading(connection_ids: list[str]) -> dict[str, Credentials]:
        keys = get_many_credentials(connection_ids)  # the run's one batch
        if first.id in keys:
            read.set()
        return keys

    monkeypatch.setattr(store, "get_many_credentials", reading)
    errors: list[tuple[str, Exception]] = []
    run = CheckAll(store, OkxTarget(sim.base_urls), on_error=lambda i, e: errors.append((i, e)))
    run.add([first, second])
    assert read.wait(10) and sim.wait_for_arrivals(1, timeout=10)
    store.delete(first.id)
    assert run.wait(30)
    assert errors == []
    assert [c.id for c in store.list() if c.facts.last_check] == [second.id]


def test_a_missing_secret_is_that_rows_error(sim: Simulator, tmp_path: Path) -> None:
    store = saved_store(sim, tmp_path, known_uids=True, writes=[])
    gone = store.list()[0]
    store.backend.delete_password(store.service, gone.id)
    errors: list[str] = []
    results: list[CheckResult] = []
    run = CheckAll(
        store,
        OkxTarget(sim.base_urls),
        on_result=results.append,
        on_error=lambda i, e: errors.append(f"{i} {type(e).__name__}"),
    )
    run.add(store.list()[:3])
    assert run.wait(30)
    assert errors == [f"{gone.id} SecretMissing"]
    assert len(results) == 2


@pytest.mark.slow
def test_the_caller_starts_one_thread_not_one_per_check(
    sim: Simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Thread.start waits until the new thread runs: twelve starts on the GUI thread held it
    # up to ~60 ms when Check all began (benchmarks/check_all.py).
    store = saved_store(sim, tmp_path, known_uids=True, writes=[])
    starts: list[tuple[str, str]] = []
    start = threading.Thread.start

    def recording(thread: threading.Thread) -> None:
        starts.append((threading.current_thread().name, thread.name))
        start(thread)

    monkeypatch.setattr(threading.Thread, "start", recording)
    caller = threading.current_thread().name
    run = CheckAll(store, OkxTarget(sim.base_urls), concurrency=8)
    run.add(store.list())
    from_caller = [name for starter, name in starts if starter == caller]
    assert run.wait(60)
    assert len(from_caller) == 1
    assert sum(name == "okx-check" for _starter, name in starts) == 8
