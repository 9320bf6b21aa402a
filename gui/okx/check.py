"""The connection check: one call that tells a trader whether a key works, and what to fix.

:func:`check_connection` sends OKX's time, the account config and both balances *concurrently*
(a full check costs about one round trip), then turns the answers into an ordered list of
:class:`CheckItem`. Details that matter to callers:

* **Clock.** The skew to OKX's clock is measured from ``/public/time`` (midpoint of the request).
  Requests refused as expired (50102) are re-signed with the corrected time and sent again
  (50112, a malformed timestamp, is the app's fault: no retry); the skew is then reported as a
  ``CLOCK`` warning instead of a failure.
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

The steps themselves live in :mod:`gui.okx.check_run`; import every public name from here.
"""

from __future__ import annotations

import concurrent.futures as cf
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from threading import Event

import requests

from gui.okx import transport
from gui.okx.check_items import (
    CANCELLED,
    NOT_CHECKED,
    RECOMMENDED_ACCOUNT_MODE,
    RECOMMENDED_POSITION_MODE,
    CheckId,
    CheckItem,
    CheckStatus,
    FixAction,
)
from gui.okx.check_run import (
    CheckCancelledError,
    CheckRun,
    HostClock,
    base_url_for,
    read_host_clock,
)
from gui.okx.client import OkxClient
from gui.okx.errors import OkxError
from gui.okx.models import AccountConfig, FundingBalance, ServerTime, TradingBalance
from gui.okx.regions import Environment, Region, is_official_base_url
from gui.okx.signing import Credentials

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


def fix_action(item: CheckItem) -> FixAction | None:
    """The fix the app can apply for ``item`` (only WARN items have one)."""
    return item.action if item.status is CheckStatus.WARN else None


def apply_fix(client: OkxClient, action: FixAction) -> None:
    """Applies ``action`` through ``client``; OKX's refusals (59000, 51010) raise OkxError."""
    if action is FixAction.SET_POSITION_MODE:
        client.set_position_mode(RECOMMENDED_POSITION_MODE)
    else:
        client.set_account_mode(RECOMMENDED_ACCOUNT_MODE)


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
    base_url = base_url_for(region, base_urls)
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
    run = CheckRun(
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
    except CheckCancelledError:
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
