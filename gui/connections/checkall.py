"""Checking many saved connections at once, within OKX's limits ("Check all").

One :class:`CheckAll` shares what the checks can share: one kept-alive HTTP session, one pool
of request threads, one reading of each host's clock (``/public/time`` is limited per IP, and
the clock belongs to the host), and one :class:`~gui.okx.pacing.Pacer` that spaces each user's
requests within OKX's per-user limits — so a normal run receives no 429 / 50011. Checks of
different accounts run side by side (they do not share a user limit): the queue is served
round-robin by account, ``concurrency`` checks in flight.

What the checks find is written in batches (one index write and one cache write every
``flush_interval`` seconds and at the end), not one whole-file rewrite per check. Callbacks run
on worker threads; a Qt view forwards them to the GUI thread. Cancelling stops queued checks at
once and running ones within a poll (their reports come back cancelled, and are not stored).
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from gui.connections.cache import BalanceCache, Snapshot, snapshot_from_report
from gui.connections.checking import CheckOutcome, facts_from_report, outcome_of, record_outcomes
from gui.okx import transport
from gui.okx.check import (
    CheckResources,
    ConnectionReport,
    HostClock,
    check_connection,
    read_host_clock,
)
from gui.okx.client import OkxClient
from gui.okx.errors import OkxError
from gui.okx.pacing import LIMITS, PATH_TIME, Pacer
from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.okx.target import OkxTarget
from gui.vault.errors import VaultError
from gui.vault.model import Connection
from gui.vault.store import ConnectionStore

if TYPE_CHECKING:
    from gui.connections.check_helper import CheckHelper

log = logging.getLogger(__name__)

# Checks in flight at most. Each sends three requests at once; keys of one account are paced
# apart. Within this cap the run follows the pacer: as many checks as OKX's per-user limits let
# start at once (:func:`startable`), so 200 keys of 20 accounts take about the limits' own time
# (benchmarks/check_all.py), not 200 x one round trip / 12.
DEFAULT_CONCURRENCY = 100
# A batch of at least this many checks is made in the helper process, when the run has one
# (``helper``): dozens of threads parsing answers in the window's process held its GUI thread
# up to ~0.5 s (benchmarks/check_all.py). Fewer are made here: starting the helper costs more
# than they do.
HELPER_MIN_BATCH = 10
HELPER_END_SECONDS = 5.0  # the run waits this long for its helper to end
MIN_CONCURRENCY = 4
FLUSH_INTERVAL = 0.5
# A check's endpoints (gui.okx.check: config, balance, funding balances), whose per-user
# limits decide how many of one account's keys may be checked at once.
CHECK_PATHS = ("/api/v5/account/config", "/api/v5/account/balance", "/api/v5/asset/balances")


def per_account_burst() -> int:
    """How many checks of one account OKX's per-user limits let go in one window: the tightest
    limit among a check's endpoints (``account/config``: 5 per 2 s)."""
    return min(LIMITS[path].requests for path in CHECK_PATHS)


@dataclass(frozen=True)
class CheckResult:
    """One finished check: the outcome, the connection with the facts it found (as they are
    being stored), and the balances it fetched."""

    outcome: CheckOutcome
    connection: Connection
    snapshot: Snapshot | None


def pacing_identity(connection: Connection) -> str:
    """Who OKX counts a request against: the account's UID in its environment, when a check
    has told us; otherwise the key itself (checked separately until its UID is known)."""
    uid = connection.facts.uid
    return f"{connection.environment.value}:{uid}" if uid else f"key:{connection.id}"


class _RoundRobin:
    """Queued connections by account; :meth:`pop` serves the accounts in turn."""

    def __init__(self) -> None:
        self._queues: OrderedDict[str, deque[Connection]] = OrderedDict()

    def push(self, connection: Connection) -> None:
        self._queues.setdefault(pacing_identity(connection), deque()).append(connection)

    def pop(self) -> Connection | None:
        if not self._queues:
            return None
        who, queue = next(iter(self._queues.items()))
        connection = queue.popleft()
        del self._queues[who]
        if queue:
            self._queues[who] = queue  # to the back of the line
        return connection

    def drain(self) -> list[Connection]:
        left = [c for queue in self._queues.values() for c in queue]
        self._queues.clear()
        return left

    def __len__(self) -> int:
        return sum(len(q) for q in self._queues.values())

    def startable(self, burst: int) -> int:
        """Queued checks that could start now if each account may have ``burst`` at once."""
        return sum(min(len(q), burst) for q in self._queues.values())


class CheckEngine:
    """What the checks of one run share, and the check itself: one kept-alive HTTP session,
    one pool of request threads, one reading of each host's clock (``/public/time`` is limited
    per IP, and the clock belongs to the host) and one :class:`~gui.okx.pacing.Pacer`. A
    :class:`CheckAll` has one for the checks it makes in its own process; the check helper
    (:mod:`gui.connections.check_helper`) has one for those it makes in its process."""

    def __init__(
        self, target: OkxTarget, concurrency: int, pacer: Pacer, cancel_event: threading.Event
    ) -> None:
        self.target = target
        self.pacer = pacer
        self.cancel_event = cancel_event
        self._lock = threading.Lock()
        self._http = transport.make_session(pool_maxsize=3 * concurrency)
        self._requests = cf.ThreadPoolExecutor(3 * concurrency, "okx-check-request")
        self._clocks: dict[str, HostClock | OkxError] = {}
        self._clock_locks: dict[str, threading.Lock] = {}

    def check(
        self,
        credentials: Credentials,
        region: Region,
        environment: Environment,
        identity: str,
    ) -> ConnectionReport:
        """Checks one key; ``identity`` is who OKX counts its requests against
        (:func:`pacing_identity`)."""
        shared = CheckResources(
            session=self._http,
            pool=self._requests,
            host_clock=self._host_clock(self.target.base_url(region)),
            pace=self.pacer.for_user(identity, self.cancel_event),
        )
        return check_connection(
            credentials, region, environment, self.target, shared, cancel=self.cancel_event
        )

    def close(self) -> None:
        self._requests.shutdown(wait=False, cancel_futures=True)
        self._http.close()

    def _host_clock(self, base_url: str) -> Callable[[], HostClock]:
        """Reads the host's clock once per run: the first check of a host sends the request
        (beside its own), the others wait for that answer; a failure is every check's."""

        def read() -> HostClock:
            with self._lock:
                lock = self._clock_locks.setdefault(base_url, threading.Lock())
            with lock:
                if base_url not in self._clocks:  # (a cancelled read raises, and is not kept)
                    self._clocks[base_url] = self._read_clock(base_url)
                known = self._clocks[base_url]
            if isinstance(known, OkxError):
                raise known
            return known

        return read

    def _read_clock(self, base_url: str) -> HostClock | OkxError:
        try:
            release = self.pacer.acquire("ip", PATH_TIME, self.cancel_event)
            client = OkxClient(
                None, base_url=base_url, session=self._http, timeout=self.target.timeout
            )
            try:
                return read_host_clock(client)
            finally:
                release()
        except OkxError as error:
            return error


class CheckAll:
    """A batch of checks of saved connections; more may be added while it runs."""

    def __init__(
        self,
        store: ConnectionStore,
        target: OkxTarget,
        *,
        cache: BalanceCache | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        on_started: Callable[[str], None] | None = None,
        on_result: Callable[[CheckResult], None] | None = None,
        on_error: Callable[[str, Exception], None] | None = None,
        on_finished: Callable[[], None] | None = None,
        flush_interval: float = FLUSH_INTERVAL,
        pacer: Pacer | None = None,
        helper: Callable[[OkxTarget, int], CheckHelper] | None = None,
    ) -> None:
        self.store = store
        self.target = target
        self.cache = cache
        self.concurrency = max(MIN_CONCURRENCY, concurrency)
        self._on_started = on_started
        self._on_result = on_result
        self._on_error = on_error
        self._on_finished = on_finished
        self._flush_interval = flush_interval
        self.pacer = pacer or Pacer()
        self.cancel_event = threading.Event()
        self._lock = threading.Lock()
        self._queue = _RoundRobin()
        self._active: set[str] = set()  # queued or running ids
        self._workers = 0
        self._finished = threading.Event()
        self._finishing = False
        self._started = False
        self.total = 0
        self.done = 0
        # shared by the checks of the run made in this process
        self._engine = CheckEngine(target, self.concurrency, self.pacer, self.cancel_event)
        # checks made in the helper process (gui/connections/check_helper.py), once a batch
        # of at least HELPER_MIN_BATCH comes and ``helper`` can start one
        self._helper_factory = helper
        self._helper: CheckHelper | None = None
        self._helper_ids: set[str] = set()  # queued checks the helper is to make
        self._helper_started = False
        self._helper_ready = threading.Event()
        # the keys of the run, read in one batch by the first check; each check takes its own
        self._secrets: dict[str, Credentials] = {}
        self._secrets_read = False
        self._secrets_lock = threading.Lock()
        self._burst = per_account_burst()
        # batched writes
        self._pending: list[CheckResult] = []
        self._write_lock = threading.Lock()
        self._last_flush = time.monotonic()
        self.writes = 0  # index/vault writes made (a figure for benchmarks/check_all.py)

    # --- control -------------------------------------------------------------------------------
    def add(self, connections: Iterable[Connection]) -> list[str]:
        """Queues the connections not queued or running yet; returns their ids. A finished or
        cancelled run takes nothing (start a new one)."""
        added: list[str] = []
        with self._lock:
            if self._finishing or self.cancel_event.is_set():
                return added
            for connection in connections:
                if connection.id in self._active:
                    continue
                self._active.add(connection.id)
                self._queue.push(connection)
                added.append(connection.id)
            if self._helper_factory is not None and (
                len(added) >= HELPER_MIN_BATCH or self._helper_started
            ):
                self._helper_ids.update(added)
            start_helper = bool(self._helper_ids) and not self._helper_started
            self._helper_started = self._helper_started or start_helper
            self.total += len(added)
            self._started = self._started or bool(added)
            # as many workers as checks OKX lets start at once, up to the cap
            wanted = min(self.concurrency, self._queue.startable(self._burst)) - self._workers
            self._workers += max(0, wanted)
        if wanted > 0 or start_helper:  # one start here: Thread.start waits for the thread to
            # run, and twelve held the GUI thread up to ~60 ms when Check all began
            # (benchmarks/check_all.py); the helper's start (a new process) waits there too
            threading.Thread(
                target=self._start_workers,
                args=(max(0, wanted), start_helper),
                name="okx-check-start",
                daemon=True,
            ).start()
        if not added and not self._started:
            self._finish()
        return added

    def cancel(self) -> list[str]:
        """Stops the run: queued checks never start; returns their ids."""
        self.cancel_event.set()
        if self._helper is not None:
            self._helper.cancel()
        self._forget_secrets()
        with self._lock:
            dropped = [c.id for c in self._queue.drain()]
            self._active.difference_update(dropped)
            self.total -= len(dropped)
            idle = self._workers == 0
        if idle:
            self._finish()
        return dropped

    def wait(self, timeout: float | None = None) -> bool:
        """Blocks until the run has finished (and written what it found)."""
        return self._finished.wait(timeout)

    @property
    def finished(self) -> bool:
        return self._finished.is_set()

    @property
    def pacer_waited(self) -> float:
        """Seconds the run's requests waited for OKX's limits (here and in the helper)."""
        helper = self._helper
        return self.pacer.waited + (helper.waited if helper is not None else 0.0)

    @property
    def helper_pid(self) -> int | None:
        """The helper process making this run's big batches, if one started."""
        helper = self._helper
        return helper.pid if helper is not None else None

    def is_checking(self, connection_id: str) -> bool:
        with self._lock:
            return connection_id in self._active

    def _start_helper(self) -> None:
        """Starts the check helper for the checks queued for it; where it cannot start, they
        are made in this process."""
        factory = self._helper_factory
        helper = None
        if factory is not None:
            try:
                helper = factory(self.target, self.concurrency)
            except Exception as error:  # e.g. no such program: the checks are made here
                log.warning("check helper not started: %s", type(error).__name__)
        with self._lock:
            if helper is None:
                self._helper_ids.clear()
            else:
                self._helper = helper
            finished = self._finishing
        if helper is not None and (finished or self.cancel_event.is_set()):
            helper.cancel()
            if finished:
                helper.close()
        self._helper_ready.set()

    def _start_workers(self, count: int, start_helper: bool) -> None:
        if start_helper:
            self._start_helper()
        for _ in range(count):
            threading.Thread(target=self._work, name="okx-check", daemon=True).start()

    # --- workers -------------------------------------------------------------------------------
    def _work(self) -> None:
        while True:
            with self._lock:
                connection = None if self.cancel_event.is_set() else self._queue.pop()
                if connection is None:
                    self._workers -= 1
                    last = self._workers == 0
                    break
            if self._on_started is not None:
                self._on_started(connection.id)
            with self._lock:
                in_helper = connection.id in self._helper_ids
                self._helper_ids.discard(connection.id)
            self._check(connection, in_helper)
        if last:
            self._finish()

    def _check(self, connection: Connection, in_helper: bool) -> None:
        try:
            credentials = self._credentials(connection.id)
            if in_helper:
                self._helper_ready.wait()
            helper = self._helper
            checker = helper if in_helper and helper is not None else self._engine
            report = checker.check(
                credentials, connection.region, connection.environment, pacing_identity(connection)
            )
            del credentials
        except Exception as error:  # a missing secret, a locked store...: that row's problem
            log.warning("check failed: %s", type(error).__name__)
            self._count_done(connection.id)
            if self._on_error is not None:
                self._on_error(connection.id, error)
            return
        outcome = outcome_of(connection.id, report)
        result = CheckResult(
            outcome,
            replace(connection, facts=facts_from_report(report, connection.facts)),
            None if report.cancelled else snapshot_from_report(report),
        )
        if not report.cancelled:
            self._record(result)
        self._count_done(connection.id)
        if self._on_result is not None:
            self._on_result(result)

    def _credentials(self, connection_id: str) -> Credentials:
        """The key of ``connection_id``: the first check of the run reads every queued key in
        ONE batch of the store (one index read, one keychain call: a read per key cost ~25 ms of
        CPU at 1,000 keys, most of it not the network); a key the batch did not bring (added
        later, missing, unreadable) is read alone, which says why it fails."""
        with self._secrets_lock:
            if not self._secrets_read and not self.cancel_event.is_set():
                self._secrets_read = True
                with self._lock:
                    wanted = list(self._active)
                try:
                    self._secrets = self.store.get_many_credentials(wanted)
                except Exception as error:  # each check's own read reports it
                    log.warning("batched key read failed: %s", type(error).__name__)
            credentials = self._secrets.pop(connection_id, None)
        return credentials or self.store.get_credentials(connection_id)

    def _forget_secrets(self) -> None:
        with self._secrets_lock:
            self._secrets.clear()

    def _count_done(self, connection_id: str) -> None:
        with self._lock:
            self._active.discard(connection_id)
            self.done += 1

    # --- batched writes ------------------------------------------------------------------------
    def _record(self, result: CheckResult) -> None:
        with self._write_lock:
            self._pending.append(result)
            due = time.monotonic() - self._last_flush >= self._flush_interval
        if due:
            self.flush()

    def flush(self) -> None:
        """Writes what the finished checks found: one store write, one cache write."""
        with self._write_lock:
            batch, self._pending = self._pending, []
            self._last_flush = time.monotonic()
            if not batch:
                return
            try:
                record_outcomes(self.store, [r.outcome for r in batch])
                self.writes += 1
            except VaultError as error:  # locked or moved meanwhile: the results are only shown
                log.warning("check results not stored: %s", type(error).__name__)
            if self.cache is not None:
                snapshots = {r.outcome.connection_id: r.snapshot for r in batch if r.snapshot}
                self.cache.put_many(snapshots)

    def _finish(self) -> None:
        with self._lock:
            if self._finishing:
                return
            self._finishing = True
        self._forget_secrets()
        self.flush()
        self._engine.close()
        if self._helper is not None:
            self._helper.close()
            if not self._helper.wait(HELPER_END_SECONDS):
                log.warning("check helper still running after its run")
        with self._lock:
            self._finished.set()
        if self._on_finished is not None:
            self._on_finished()
