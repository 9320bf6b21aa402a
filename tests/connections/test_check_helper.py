"""The check helper: the checks of a big batch run in a process of their own, the window's
process only waits for their reports (gui/connections/check_helper.py)."""

from __future__ import annotations

import os
import signal
import sys
import threading
from functools import partial
from pathlib import Path

import pytest

from gui.connections.check_helper import CheckHelper, CheckHelperError, start_helper
from gui.connections.checkall import HELPER_MIN_BATCH, CheckAll, CheckResult
from gui.connections.environment import OkxTarget
from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.okx.simulator import Fault, Simulator
from gui.vault.keychain import KeychainStore
from gui.vault.memory import MemoryKeyring
from tests.connections.conftest import ACCOUNTS, KEYS, Started, know_accounts


def saved_store(sim: Simulator, folder: Path) -> KeychainStore:
    store = KeychainStore(folder, MemoryKeyring(), service="okx-km-test")
    for key in sim.keys:
        store.add(key.name, key.region, key.environment, key.credentials)
    know_accounts(store, sim)  # the pacer counts each account's keys together
    return store


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_a_big_batch_is_checked_in_the_helper(sim: Simulator, tmp_path: Path) -> None:
    store = saved_store(sim, tmp_path)
    results: list[CheckResult] = []
    run = CheckAll(store, OkxTarget(sim.base_urls), helper=start_helper, on_result=results.append)
    assert run.add(store.list()) and run.wait(60)
    pid = run.helper_pid
    assert pid is not None and pid != os.getpid()
    assert not alive(pid)  # it ended with its run
    assert len(results) == ACCOUNTS * KEYS and all(r.outcome.report.ok for r in results)
    # what the checks found is stored here, as for checks made in this process
    assert all(c.facts.last_check and c.facts.permissions for c in store.list())
    # the helper paced each account's keys within OKX's limit (5 config requests / 2 s)
    assert run.pacer_waited > 0
    assert not any(r.status == 429 or r.code == "50011" for r in sim.requests)
    # no request thread of the checks ran in this process
    assert not [t for t in threading.enumerate() if t.name.startswith("okx-check-request")]


def test_a_few_checks_are_made_here(sim: Simulator, tmp_path: Path) -> None:
    store = saved_store(sim, tmp_path)
    results: list[CheckResult] = []
    run = CheckAll(store, OkxTarget(sim.base_urls), helper=start_helper, on_result=results.append)
    few = store.list()[: HELPER_MIN_BATCH - 1]
    assert run.add(few) and run.wait(30)
    assert run.helper_pid is None  # starting a process costs more than these checks
    assert len(results) == len(few) and all(r.outcome.report.ok for r in results)


def test_no_helper_program_means_the_checks_are_made_here(sim: Simulator, tmp_path: Path) -> None:
    store = saved_store(sim, tmp_path)
    results: list[CheckResult] = []
    missing = partial(CheckHelper, command=[str(tmp_path / "no-such-program")])
    run = CheckAll(
        store,
        OkxTarget(sim.base_urls),
        helper=lambda target, concurrency: missing(target, concurrency),
        on_result=results.append,
    )
    assert run.add(store.list()) and run.wait(60)
    assert run.helper_pid is None
    assert len(results) == ACCOUNTS * KEYS and all(r.outcome.report.ok for r in results)


def test_cancel_reaches_the_helper(sim: Simulator, tmp_path: Path) -> None:
    store = saved_store(sim, tmp_path)
    sim.inject(Fault(latency=30.0))
    results: list[CheckResult] = []
    started = Started(4)  # the four workers have each taken a check

    run = CheckAll(
        store,
        OkxTarget(sim.base_urls),
        concurrency=4,
        helper=start_helper,
        on_started=started,
        on_result=results.append,
    )
    run.add(store.list())
    assert started.reached.wait(20) and sim.wait_for_arrivals(4, timeout=20)
    assert run.helper_pid is not None
    dropped = run.cancel()
    assert len(dropped) == ACCOUNTS * KEYS - 4
    assert run.wait(15)  # the helper's checks came back at once, not after 30 s
    assert len(results) == 4 and all(r.outcome.report.cancelled for r in results)
    assert not any(c.facts.last_check for c in store.list())  # nothing cancelled is stored


def test_a_helper_that_dies_fails_its_checks_not_the_run(sim: Simulator, tmp_path: Path) -> None:
    store = saved_store(sim, tmp_path)
    sim.inject(Fault(latency=30.0))
    errors: list[tuple[str, str]] = []
    run = CheckAll(
        store,
        OkxTarget(sim.base_urls),
        concurrency=4,
        helper=start_helper,
        on_error=lambda i, e: errors.append((i, type(e).__name__)),
    )
    run.add(store.list())
    assert sim.wait_for_arrivals(4, timeout=20)
    pid = run.helper_pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    assert run.wait(15)
    # every check waiting on it, and every later one, is its row's problem; none hangs
    assert len(errors) == ACCOUNTS * KEYS
    assert {name for _id, name in errors} == {"CheckHelperError"}
    assert not any(c.facts.last_check for c in store.list())


def test_the_key_travels_only_through_the_pipe(
    sim: Simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = saved_store(sim, tmp_path)
    sim.inject(Fault(latency=30.0))
    secrets = {k.credentials.secret_key for k in sim.keys} | {
        k.credentials.passphrase for k in sim.keys
    }
    run = CheckAll(store, OkxTarget(sim.base_urls), concurrency=4, helper=start_helper)
    run.add(store.list())
    assert sim.wait_for_arrivals(4, timeout=20)
    pid = run.helper_pid
    assert pid is not None
    try:
        seen = {name: Path(f"/proc/{pid}/{name}").read_bytes() for name in ("cmdline", "environ")}
        limits = Path(f"/proc/{pid}/limits").read_text()
    finally:
        run.cancel()
        assert run.wait(15)
    for name, data in seen.items():
        assert not any(secret.encode() in data for secret in secrets), name
    # hardened before any key arrived: no core file
    core = next(line for line in limits.splitlines() if line.startswith("Max core file size"))
    assert core.split()[4:6] == ["0", "0"]


KEY = Credentials("k" * 36, "s" * 32, "Passphrase-1")


def test_a_broken_answer_fails_the_checks_waiting_for_it() -> None:
    # a helper that reads its first frame's length, answers nonsense, and waits for its end
    garbage = (
        "import sys; sys.stdin.buffer.read(4); sys.stdout.buffer.write(b'\\xff' * 8); "
        "sys.stdout.flush(); sys.stdin.buffer.read()"
    )
    helper = CheckHelper(OkxTarget(), 4, command=[sys.executable, "-c", garbage])
    try:
        with pytest.raises(CheckHelperError):
            helper.check(KEY, Region.GLOBAL, Environment.LIVE, "key:1")
    finally:
        helper.close()
        assert helper.wait(10)


def test_the_helper_ends_when_the_window_goes(sim: Simulator) -> None:
    sim.inject(Fault(latency=30.0))
    helper = start_helper(OkxTarget(sim.base_urls), 4)
    key = sim.keys[0]
    reports: list[object] = []
    checking = threading.Thread(
        target=lambda: reports.append(
            helper.check(key.credentials, key.region, key.environment, "key:1")
        )
    )
    checking.start()
    assert sim.wait_for_arrivals(1, timeout=20)
    helper._input.close()  # as when the window's process dies: its end of the pipe closes
    assert helper.wait(10)  # the helper stopped its check and ended, long before 30 s
    checking.join(10)
    assert not checking.is_alive() and len(reports) == 1


def test_a_helper_without_standard_streams_still_answers(sim: Simulator) -> None:
    # a windowed app (Windows, a macOS .app) may start without sys.stdout and sys.stderr
    code = (
        "import sys; sys.stdin = sys.stdout = sys.stderr = None; "
        "from gui.connections.check_helper import main; main()"
    )
    helper = CheckHelper(OkxTarget(sim.base_urls), 4, command=[sys.executable, "-c", code])
    key = sim.keys[0]
    try:
        report = helper.check(key.credentials, key.region, key.environment, "key:1")
    finally:
        helper.close()
    assert report.ok and helper.wait(10)
