"""The connection check: one call that tells a trader whether a key works, and what to fix.

:func:`check_connection` sends OKX's time, the account config and both balances *concurrently*
(a full check costs about one round trip), then turns the answers into an ordered list of
:class:`CheckItem`. Details that matter to callers:

* **Clock.** The skew to OKX's clock is measured from ``/public/time`` (midpoint of the request).
  Requests refused for their timestamp (50102/50112) are re-signed with the corrected time and
  sent again; the skew is then reported as a ``CLOCK`` warning instead of a failure.
* **Region / environment.** On 50119 or 50111 the same key is tried (account config only) in the
  other regions: ``base_urls`` when given (only those regions), otherwise OKX's official hosts.
  On 50101 it is tried in the other environment. ``report.detected_region`` /
  ``report.detected_environment`` then name where the key belongs.
* **Withdraw permission** is a ``WARN`` item with ``severe=True``: the key works (``report.ok``
  stays true), but the views must show it as loudly as a failure and advise a new key.
* **Threads.** ``on_item`` is called once per item, in report order, as soon as the item is
  decided (REACHABLE and CLOCK after the first round trip, the rest after the analysis). It runs
  on the thread that called :func:`check_connection` — never the GUI thread when the views run the
  check in the background — so a Qt caller must forward it with a queued signal.
* **Cancel.** ``cancel`` is polled every 50 ms while requests are in flight and between steps.
  When it is set, :func:`check_connection` returns promptly a report with ``cancelled=True``
  (undecided items ``SKIPPED``, ``ok`` false; ``on_item`` is not called for them). Requests
  already in flight finish on their own worker threads, bounded by ``timeout`` per attempt (a GET
  may be retried once after a read timeout); their results are discarded.
"""

from __future__ import annotations

import concurrent.futures as cf
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from functools import partial
from threading import Event
from typing import Any
from urllib.parse import urlsplit

import requests

from gui.okx import pacing, transport
from gui.okx.check_items import (
    CANCELLED,
    NOT_CHECKED,
    PASSPHRASE_OK,
    RECOMMENDED_ACCOUNT_MODE,
    RECOMMENDED_POSITION_MODE,
    SIGNATURE_OK,
    CheckId,
    CheckItem,
    CheckStatus,
    FixAction,
    account_mode_item,
    environment_error,
    ip_item,
    item_for,
    permissions_item,
    position_mode_item,
    region_error,
    sub_account_item,
)
from gui.okx.client import OkxClient
from gui.okx.errors import TRANSPORT_KINDS, ErrorKind, OkxError
from gui.okx.models import (
    AccountConfig,
    FundingBalance,
    ServerTime,
    TradingBalance,
)
from gui.okx.regions import REGIONS, Environment, Region, is_official_base_url, region_name
from gui.okx.signing import Credentials
from gui.text import QT_TRANSLATE_NOOP, Text

__all__ = [
    "CheckId",
    "CheckItem",
    "CheckStatus",
    "ConnectionReport",
    "FixAction",
    "HostClock",
    "apply_fix",
    "check_connection",
    "fix_action",
    "read_host_clock",
]

# Skew (seconds) above which the CLOCK item warns; OKX itself refuses beyond 30 s.
CLOCK_WARN_SECONDS = 5.0
_POLL = 0.05


@dataclass(frozen=True)
class ConnectionReport:
    items: tuple[CheckItem, ...]
    region: Region
    environment: Environment
    base_url: str
    is_official: bool
    checked_at: datetime
    config: AccountConfig | None = None
    trading: TradingBalance | None = None
    funding: FundingBalance | None = None
    server_time: ServerTime | None = None
    clock_skew_seconds: float | None = None  # OKX's time minus local time
    error: OkxError | None = None  # the error behind the first failed item
    detected_region: Region | None = None
    detected_environment: Environment | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        """True when the key works: nothing failed, nothing skipped by cancellation."""
        return not self.cancelled and all(i.status is not CheckStatus.FAIL for i in self.items)

    @property
    def severe_warnings(self) -> tuple[CheckItem, ...]:
        return tuple(i for i in self.items if i.severe)

    def item(self, check_id: CheckId) -> CheckItem:
        return next(i for i in self.items if i.id is check_id)


@dataclass(frozen=True)
class HostClock:
    """OKX's clock as one host told it, and how far the local clock is from it. Checks of many
    keys on one host share it ("Check all" reads ``/public/time`` once per host: the clock
    belongs to the host, and the endpoint's limit is per IP)."""

    server_time: ServerTime
    skew: float  # seconds: OKX's time minus local time


def read_host_clock(client: OkxClient) -> HostClock:
    """Reads ``client``'s host clock (the skew is measured at the request's midpoint)."""
    before = client.local_time()
    server = client.server_time()
    after = client.local_time()
    return HostClock(server, server.seconds - (before + after) / 2)


def fix_action(item: CheckItem) -> FixAction | None:
    """The fix the app can apply for ``item`` (only WARN items have one)."""
    return item.action if item.status is CheckStatus.WARN else None


def apply_fix(client: OkxClient, action: FixAction) -> None:
    """Applies ``action`` through ``client``; OKX's refusals (59000, 51010) raise OkxError."""
    if action is FixAction.SET_POSITION_MODE:
        client.set_position_mode(RECOMMENDED_POSITION_MODE)
    else:
        client.set_account_mode(RECOMMENDED_ACCOUNT_MODE)


class _CancelledError(Exception):
    pass


_UNVERIFIED_KINDS = TRANSPORT_KINDS | {ErrorKind.RATE_LIMIT}
_CLOCK_CODES = frozenset({"50102", "50112"})
# Error kinds that prove the key exists where it was sent (it got past the key lookup).
_KEY_EXISTS_KINDS = frozenset(
    {
        ErrorKind.PASSPHRASE,
        ErrorKind.SIGNATURE,
        ErrorKind.IP,
        ErrorKind.PERMISSION,
        ErrorKind.FROZEN,
    }
)


class _Found(Enum):
    """What probing one host with the key showed."""

    HERE = "here"
    OTHER_ENVIRONMENT = "other_environment"  # 50101: the key is there, for the other environment
    ABSENT = "absent"
    UNKNOWN = "unknown"


def _other(environment: Environment) -> Environment:
    return Environment.DEMO if environment is Environment.LIVE else Environment.LIVE


def _base_url(region: Region, base_urls: Mapping[Region, str] | None) -> str | None:
    if base_urls is None:
        return REGIONS[region].rest_base_url
    return base_urls.get(region)


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


@dataclass
class _Run:
    """One check in progress: the collaborators and what is decided so far."""

    credentials: Credentials
    region: Region
    environment: Environment
    base_urls: Mapping[Region, str] | None
    session: requests.Session
    timeout: float
    clock: Callable[[], float]
    cancel: Event | None
    on_item: Callable[[CheckItem], None] | None
    pool: cf.ThreadPoolExecutor
    client: OkxClient
    host_clock: HostClock | Callable[[], HostClock] | None = None
    pace: Callable[[str], Callable[[], None]] | None = None
    spot_only: bool = False  # the futures settings (account and position mode) do not matter
    items: dict[CheckId, CheckItem] = field(default_factory=dict)
    results: dict[str, Any] = field(default_factory=dict)
    report: dict[str, Any] = field(default_factory=dict)
    errors: dict[CheckId, OkxError] = field(default_factory=dict)
    flushed: int = 0

    # --- plumbing -------------------------------------------------------------------------

    def check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise _CancelledError

    def gather(self, calls: Mapping[str, Callable[[], Any]]) -> dict[str, Any]:
        """Runs ``calls`` concurrently; each result is a value or the OkxError it raised."""
        futures = {self.pool.submit(fn): name for name, fn in calls.items()}
        pending = set(futures)
        while pending:
            self.check_cancel()
            _done, pending = cf.wait(pending, timeout=_POLL, return_when=cf.FIRST_COMPLETED)
        self.check_cancel()
        out: dict[str, Any] = {}
        for future, name in futures.items():
            try:
                out[name] = future.result()
            except OkxError as exc:
                out[name] = exc
            except pacing.Cancelled:
                raise _CancelledError from None
        return out

    def emit(self, item: CheckItem) -> None:
        """Decides ``item``; ``on_item`` hears decided items in report order."""
        self.items[item.id] = item
        self.flush()

    def flush(self) -> None:
        order = list(CheckId)
        while self.flushed < len(order) and order[self.flushed] in self.items:
            if self.on_item is not None:
                self.on_item(self.items[order[self.flushed]])
            self.flushed += 1

    def pass_(self, check_id: CheckId, message: Text) -> None:
        self.emit(CheckItem(check_id, CheckStatus.PASS, message))

    def fail(self, check_id: CheckId, error: OkxError) -> None:
        self.errors[check_id] = error
        self.emit(CheckItem(check_id, CheckStatus.FAIL, error.cause, error.fix))

    def error_of(self, name: str) -> OkxError | None:
        value = self.results.get(name)
        return value if isinstance(value, OkxError) else None

    # --- steps ----------------------------------------------------------------------------

    def timed_server_time(self) -> HostClock:
        return read_host_clock(self.client)

    def first_round(self) -> None:
        client = self.client
        started = time.monotonic()
        calls: dict[str, Callable[[], Any]] = {
            "config": client.account_config,
            "trading": client.trading_balance,
            "funding": client.funding_balance,
        }
        if isinstance(self.host_clock, HostClock):
            client.clock_offset = self.host_clock.skew  # signed right the first time
        else:
            calls["time"] = self.host_clock or self.timed_server_time
        self.results = self.gather(calls)
        if isinstance(self.host_clock, HostClock):
            self.results["time"] = self.host_clock
        elapsed_ms = round((time.monotonic() - started) * 1000)
        timed = self.results["time"]
        if not isinstance(timed, OkxError):
            server, skew = timed.server_time, timed.skew
            self.report["server_time"] = server
            self.report["clock_skew_seconds"] = skew
            refused = [
                name
                for name in ("config", "trading", "funding")
                if (err := self.error_of(name)) is not None and err.code in _CLOCK_CODES
            ]
            if refused:
                client.clock_offset = skew
                self.results.update(self.gather({n: calls[n] for n in refused}))
        self.reachable(elapsed_ms)
        self.clock_item()

    def reachable(self, elapsed_ms: int) -> None:
        """FAIL when a private request got no usable answer. A failed ``/public/time`` alone
        only skips the clock item, unless no private request was sent at all."""
        private = ("config", "trading", "funding")
        for name in private:
            error = self.error_of(name)
            if error is not None and error.kind in _UNVERIFIED_KINDS:
                self.fail(CheckId.REACHABLE, error)
                return
        time_error = self.error_of("time")
        if (
            time_error is not None
            and time_error.kind is ErrorKind.RATE_LIMIT
            and self.clock_refused()
        ):
            # OKX's time was rate-limited, so the skew that would correct a refused timestamp is
            # unknown: the rate limit, not the clock, is what to report.
            self.fail(CheckId.REACHABLE, time_error)
            return
        nothing_sent = all(
            (e := self.error_of(n)) is not None and e.kind is ErrorKind.FORMAT for n in private
        )
        if time_error is not None and time_error.kind in _UNVERIFIED_KINDS and nothing_sent:
            self.fail(CheckId.REACHABLE, time_error)
            return
        self.pass_(
            CheckId.REACHABLE,
            Text(
                QT_TRANSLATE_NOOP("okx", "OKX answered from {host} in {ms} ms."),
                {"host": _host(self.client.base_url), "ms": elapsed_ms},
            ),
        )

    def clock_refused(self) -> bool:
        """True when a private request was refused for its timestamp (50102/50112)."""
        private = ("config", "trading", "funding")
        return any((e := self.error_of(n)) is not None and e.code in _CLOCK_CODES for n in private)

    def clock_item(self) -> None:
        skew = self.report.get("clock_skew_seconds")
        config_error = self.error_of("config")
        time_error = self.error_of("time")
        time_limited = time_error is not None and time_error.kind is ErrorKind.RATE_LIMIT
        if config_error is not None and config_error.kind is ErrorKind.CLOCK and not time_limited:
            self.fail(CheckId.CLOCK, config_error)
        elif skew is None:
            self.emit(
                CheckItem(
                    CheckId.CLOCK,
                    CheckStatus.SKIPPED,
                    Text(QT_TRANSLATE_NOOP("okx", "OKX's time could not be read.")),
                )
            )
        elif abs(skew) <= CLOCK_WARN_SECONDS:
            self.pass_(
                CheckId.CLOCK,
                Text(
                    QT_TRANSLATE_NOOP("okx", "Your clock is within {seconds} s of OKX's time."),
                    {"seconds": f"{abs(skew):.1f}"},
                ),
            )
        else:
            ahead = QT_TRANSLATE_NOOP(
                "okx",
                "Your computer's clock is {seconds} s ahead of OKX's time. The app corrects "
                "for this, but OKX refuses requests more than 30 s off, so other trading "
                "tools may fail.",
            )
            behind = QT_TRANSLATE_NOOP(
                "okx",
                "Your computer's clock is {seconds} s behind OKX's time. The app corrects "
                "for this, but OKX refuses requests more than 30 s off, so other trading "
                "tools may fail.",
            )
            self.emit(
                CheckItem(
                    CheckId.CLOCK,
                    CheckStatus.WARN,
                    Text(behind if skew > 0 else ahead, {"seconds": f"{abs(skew):.0f}"}),
                    Text(
                        QT_TRANSLATE_NOOP(
                            "okx",
                            "Turn on automatic date and time in your system settings.",
                        )
                    ),
                )
            )

    def key_failure(self, error: OkxError) -> None:
        """The account config failed: say which part of the key is wrong."""
        kind = error.kind
        if kind in _UNVERIFIED_KINDS or kind is ErrorKind.CLOCK:
            return  # already reported by REACHABLE / CLOCK; the rest is skipped
        if kind is ErrorKind.KEY and error.code in {"50119", "50111"}:
            found = self.probe_regions()
            if found is not None:
                region, environment = found
                self.report["detected_region"] = region
                if environment is not self.environment:
                    self.report["detected_environment"] = environment
                self.key_exists()
                self.fail(CheckId.REGION, region_error(region, self.region, error))
                return
        if kind is ErrorKind.ENVIRONMENT:
            found_env = self.probe_environment()
            self.key_exists()
            if found_env is not None:
                self.report["detected_environment"] = found_env
                self.fail(CheckId.ENVIRONMENT, environment_error(found_env, error))
            else:
                self.fail(CheckId.ENVIRONMENT, error)
            return
        if kind in _KEY_EXISTS_KINDS and kind is not ErrorKind.FROZEN:
            self.key_exists()
        if kind is ErrorKind.PERMISSION:
            self.pass_(CheckId.PASSPHRASE, PASSPHRASE_OK)
            self.pass_(CheckId.SIGNATURE, SIGNATURE_OK)
        self.fail(item_for(kind), error)

    def key_exists(self) -> None:
        self.pass_(CheckId.KEY, Text(QT_TRANSLATE_NOOP("okx", "OKX knows this API key.")))

    def _probe(self, client: OkxClient) -> _Found:
        """Where the key stands at ``client``'s host and environment (account config only)."""
        try:
            client.account_config()
        except OkxError as exc:
            if exc.kind in _KEY_EXISTS_KINDS:
                return _Found.HERE
            if exc.kind is ErrorKind.ENVIRONMENT:
                return _Found.OTHER_ENVIRONMENT
            if exc.kind is ErrorKind.KEY:
                return _Found.ABSENT
            return _Found.UNKNOWN
        return _Found.HERE

    def _client(self, region: Region, environment: Environment, base_url: str) -> OkxClient:
        client = OkxClient(
            self.credentials,
            region=region,
            environment=environment,
            base_url=base_url,
            session=self.session,
            timeout=self.timeout,
            clock=self.clock,
            pace=self.pace,
        )
        client.clock_offset = self.client.clock_offset
        return client

    def probe_regions(self) -> tuple[Region, Environment] | None:
        """The region (and environment) where the key exists, among the other regions."""
        calls: dict[str, Callable[[], _Found]] = {}
        for region in Region:
            url = _base_url(region, self.base_urls)
            if region is self.region or url is None:
                continue
            calls[region.value] = partial(self._probe, self._client(region, self.environment, url))
        found = self.gather(calls)
        for region in Region:
            if found.get(region.value) is _Found.HERE:
                return region, self.environment
        for region in Region:
            if found.get(region.value) is _Found.OTHER_ENVIRONMENT:
                return region, _other(self.environment)
        return None

    def probe_environment(self) -> Environment | None:
        other = _other(self.environment)
        probe = partial(self._probe, self._client(self.region, other, self.client.base_url))
        return other if self.gather({"probe": probe})["probe"] is _Found.HERE else None

    def config_items(self, config: AccountConfig) -> None:
        """Items from a working config; a failed balance (e.g. 50120) fails its item instead."""
        if self.environment is Environment.DEMO:
            env = QT_TRANSLATE_NOOP("okx", "This is a demo trading key: it trades virtual funds.")
        else:
            env = QT_TRANSLATE_NOOP("okx", "This is a live trading key: it trades real funds.")
        info = REGIONS[self.region]
        items = [
            CheckItem(
                CheckId.KEY,
                CheckStatus.PASS,
                Text(QT_TRANSLATE_NOOP("okx", "OKX knows this API key.")),
            ),
            CheckItem(CheckId.PASSPHRASE, CheckStatus.PASS, PASSPHRASE_OK),
            CheckItem(CheckId.SIGNATURE, CheckStatus.PASS, SIGNATURE_OK),
            CheckItem(CheckId.ENVIRONMENT, CheckStatus.PASS, Text(env)),
            CheckItem(
                CheckId.REGION,
                CheckStatus.PASS,
                Text(
                    QT_TRANSLATE_NOOP("okx", "The key belongs to OKX {region} ({site})."),
                    {"region": region_name(self.region), "site": info.web_host},
                ),
            ),
            permissions_item(config),
            ip_item(config, self.environment),
            account_mode_item(config, spot_only=self.spot_only),
            position_mode_item(config, spot_only=self.spot_only),
            sub_account_item(config),
        ]
        balance_error = next(
            (
                err
                for name in ("trading", "funding")
                if (err := self.error_of(name)) is not None and err.kind not in _UNVERIFIED_KINDS
            ),
            None,
        )
        for item in items:
            if balance_error is not None and item_for(balance_error.kind) is item.id:
                self.fail(item.id, balance_error)
            else:
                self.emit(item)


def check_connection(
    credentials: Credentials,
    *,
    region: Region = Region.GLOBAL,
    environment: Environment = Environment.LIVE,
    base_urls: Mapping[Region, str] | None = None,
    session: requests.Session | None = None,
    timeout: float = 10.0,
    clock: Callable[[], float] = time.time,
    cancel: Event | None = None,
    on_item: Callable[[CheckItem], None] | None = None,
    pool: cf.ThreadPoolExecutor | None = None,
    host_clock: HostClock | Callable[[], HostClock] | None = None,
    pace: Callable[[str], Callable[[], None]] | None = None,
    spot_only: bool = False,
) -> ConnectionReport:
    """Checks ``credentials`` against OKX and explains every problem (see the module docstring).

    ``base_urls`` replaces OKX's hosts per region (the simulator); without it the official hosts
    are used. ``spot_only`` (always so for OKX US, which offers spot only): the account and
    position modes pass whatever they are, with no fix offered. Never raises :class:`OkxError`:
    failures are items of the report.

    Many checks in one run share what they can: the HTTP ``session`` (kept-alive connections),
    the request ``pool`` (not shut down here), the ``host_clock`` — known, or a callable that
    reads it once for the whole run (raising :class:`OkxError` when it cannot), called beside
    the check's own requests — and ``pace``, called with each signed request's path before it
    is sent so the caller keeps within OKX's per-user limits.
    """
    base_url = _base_url(region, base_urls)
    if base_url is None:
        raise ValueError(f"base_urls has no entry for {region}")
    own_session = session is None
    http = session if session is not None else transport.make_session()
    own_pool = pool is None
    if pool is None:
        pool = cf.ThreadPoolExecutor(max_workers=4, thread_name_prefix="okx-check")
    client = OkxClient(
        credentials,
        region=region,
        environment=environment,
        base_url=base_url,
        session=http,
        timeout=timeout,
        clock=clock,
        pace=pace,
    )
    run = _Run(
        credentials=credentials,
        region=region,
        environment=environment,
        base_urls=base_urls,
        session=http,
        timeout=timeout,
        clock=clock,
        cancel=cancel,
        on_item=on_item,
        pool=pool,
        client=client,
        host_clock=host_clock,
        pace=pace,
        spot_only=spot_only or region is Region.US,
    )
    cancelled = False
    try:
        run.check_cancel()
        run.first_round()
        run.check_cancel()
        config = run.results.get("config")
        if isinstance(config, AccountConfig):
            run.config_items(config)
        elif isinstance(config, OkxError):
            run.key_failure(config)
    except _CancelledError:
        cancelled = True
    finally:
        if own_pool:
            pool.shutdown(wait=not cancelled, cancel_futures=True)
        if own_session:
            # Safe mid-flight: urllib3 closes a connection returned to a closed pool.
            http.close()
    if cancelled:
        run.on_item = None  # nothing more is reported after a cancel
    for check_id in CheckId:
        if check_id not in run.items:
            message = CANCELLED if cancelled else NOT_CHECKED
            run.emit(CheckItem(check_id, CheckStatus.SKIPPED, message))
    values = {k: v for k, v in run.results.items() if not isinstance(v, OkxError)}
    return ConnectionReport(
        items=tuple(run.items[c] for c in CheckId),
        region=region,
        environment=environment,
        base_url=client.base_url,
        is_official=is_official_base_url(client.base_url),
        checked_at=datetime.fromtimestamp(clock(), tz=UTC),
        config=values.get("config"),
        trading=values.get("trading"),
        funding=values.get("funding"),
        server_time=run.report.get("server_time"),
        clock_skew_seconds=run.report.get("clock_skew_seconds"),
        error=next((run.errors[c] for c in CheckId if c in run.errors), None),
        detected_region=run.report.get("detected_region"),
        detected_environment=run.report.get("detected_environment"),
        cancelled=cancelled,
    )
