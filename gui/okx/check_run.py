"""The steps of one connection check, run by :func:`gui.okx.check.check_connection`.

:class:`CheckRun` holds one check in progress: it sends the first round of requests concurrently
(re-signing those refused for their timestamp), decides the REACHABLE and CLOCK items, then either
the items of a working account config or, when the config failed, which part of the key is wrong,
probing the other regions (50119/50111) or the other environment (50101) for where the key
belongs. :class:`HostClock` and :func:`read_host_clock` measure the skew to OKX's clock; callers
import them, like every public name, from :mod:`gui.okx.check`.
"""

from __future__ import annotations

import concurrent.futures as cf
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from functools import partial
from threading import Event
from typing import Any
from urllib.parse import urlsplit

import requests

from gui.okx import pacing
from gui.okx.check_items import (
    PASSPHRASE_OK,
    SIGNATURE_OK,
    CheckId,
    CheckItem,
    CheckStatus,
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
from gui.okx.models import AccountConfig, ServerTime
from gui.okx.regions import REGIONS, Environment, Region, region_name
from gui.okx.signing import Credentials
from gui.text import QT_TRANSLATE_NOOP, Text

__all__ = ["CheckCancelledError", "CheckRun", "HostClock", "base_url_for", "read_host_clock"]

# Skew (seconds) above which the CLOCK item warns; OKX refuses requests too far off (50102;
# the docs state 30 s only for WebSocket login: docs/okx-client.md).
CLOCK_WARN_SECONDS = 5.0
_POLL = 0.05


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


class CheckCancelledError(Exception):
    """Raised inside a run when its ``cancel`` event is set (or pacing was cancelled)."""


_UNVERIFIED_KINDS = TRANSPORT_KINDS | {ErrorKind.RATE_LIMIT}
_CLOCK_CODES = frozenset({"50102"})  # 50112 is a malformed timestamp: re-signing cannot help
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


def base_url_for(region: Region, base_urls: Mapping[Region, str] | None) -> str | None:
    """``region``'s host: from ``base_urls`` when given (None when it has no entry), else OKX's."""
    if base_urls is None:
        return REGIONS[region].rest_base_url
    return base_urls.get(region)


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


@dataclass
class CheckRun:
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
            raise CheckCancelledError

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
                raise CheckCancelledError from None
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
        """True when a private request was refused as expired (50102)."""
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
                "for this, but OKX refuses requests whose time is too far off, so other "
                "trading tools may fail.",
            )
            behind = QT_TRANSLATE_NOOP(
                "okx",
                "Your computer's clock is {seconds} s behind OKX's time. The app corrects "
                "for this, but OKX refuses requests whose time is too far off, so other "
                "trading tools may fail.",
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
            url = base_url_for(region, self.base_urls)
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
