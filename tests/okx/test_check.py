"""check_connection against the simulator: every diagnosis a trader can meet."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from gui.okx import transport
from gui.okx.check import (
    CheckId,
    CheckItem,
    CheckStatus,
    ConnectionReport,
    FixAction,
    apply_fix,
    check_connection,
    fix_action,
)
from gui.okx.client import PATH_BALANCE, PATH_CONFIG, OkxClient
from gui.okx.errors import ErrorKind
from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.okx.simulator import Fault, Simulator
from tests.okx.client_helpers import assert_no_secrets, closed_port, expect_error, secrets_of

PASS, WARN, FAIL, SKIPPED = (
    CheckStatus.PASS,
    CheckStatus.WARN,
    CheckStatus.FAIL,
    CheckStatus.SKIPPED,
)


@pytest.fixture(autouse=True)
def no_check_threads_left() -> Iterator[None]:
    """Every test ends with the check's worker threads gone (in-flight ones given 5 s)."""
    yield
    for thread in threading.enumerate():
        if thread.name.startswith("okx-check"):
            thread.join(timeout=5)
            assert not thread.is_alive(), thread.name


@pytest.fixture
def session() -> Iterator[requests.Session]:
    with transport.make_session() as http:
        yield http


def run(
    sim: Simulator,
    key_name: str,
    session: requests.Session | None = None,
    *,
    credentials: Credentials | None = None,
    **kwargs: Any,
) -> ConnectionReport:
    key = sim.key(key_name)
    options: dict[str, Any] = {
        "region": Region.GLOBAL,
        "environment": Environment.LIVE,
        "base_urls": sim.base_urls,
        "session": session,
        "timeout": 5.0,
    }
    options.update(kwargs)
    creds = credentials or key.credentials
    report = check_connection(creds, **options)
    assert_report_has_no_secrets(sim, report, creds)
    assert [item.id for item in report.items] == list(CheckId)
    return report


def assert_report_has_no_secrets(
    sim: Simulator, report: ConnectionReport, creds: Credentials
) -> None:
    secrets = secrets_of(sim, creds)
    texts = [repr(report)] + [str(i.message) + str(i.fix) for i in report.items]
    for secret in secrets:
        for text in texts:
            assert secret not in text
    if report.error is not None:
        assert_no_secrets(report.error, secrets)


def statuses(report: ConnectionReport) -> dict[CheckId, CheckStatus]:
    return {item.id: item.status for item in report.items}


def not_passing(report: ConnectionReport) -> dict[CheckId, CheckStatus]:
    return {i.id: i.status for i in report.items if i.status is not PASS}


def test_healthy_key_passes_everything(simulator: Simulator, session: requests.Session) -> None:
    report = run(simulator, "healthy", session)
    assert report.ok
    assert not_passing(report) == {}
    assert report.error is None
    assert report.config is not None and report.config.uid == "448215730917392384"
    assert report.trading is not None and report.trading.total_equity_usd > 0
    assert report.funding is not None
    assert report.server_time is not None
    assert report.clock_skew_seconds is not None and abs(report.clock_skew_seconds) < 5
    assert report.base_url == simulator.base_url
    assert not report.is_official  # the simulator is not OKX: the app shows a badge
    assert (report.detected_region, report.detected_environment) == (None, None)
    assert "main account" in str(report.item(CheckId.SUB_ACCOUNT).message)
    assert not report.cancelled


def test_check_sends_its_four_requests_at_once(simulator: Simulator) -> None:
    simulator.inject(Fault(latency=1.0))
    result: list[ConnectionReport] = []
    worker = threading.Thread(target=lambda: result.append(run(simulator, "healthy")))
    worker.start()
    try:
        # All four arrive while the first is still held for 1 s: they were sent concurrently.
        assert simulator.wait_for_arrivals(4, timeout=0.8)
    finally:
        worker.join(timeout=10)
    assert result and result[0].ok
    assert len(simulator.requests) == 4


def test_unbound_trade_key_warns_about_expiry(simulator: Simulator) -> None:
    report = run(simulator, "unbound")
    assert report.ok
    assert not_passing(report) == {CheckId.IP_BINDING: WARN}
    item = report.item(CheckId.IP_BINDING)
    assert "14 days" in str(item.message)
    assert item.fix is not None and "IP address" in str(item.fix)


def test_demo_key_in_demo_never_expires(simulator: Simulator) -> None:
    report = run(simulator, "demo", environment=Environment.DEMO)
    assert report.ok
    assert not_passing(report) == {}
    assert "never expire" in str(report.item(CheckId.IP_BINDING).message)
    assert "demo" in str(report.item(CheckId.ENVIRONMENT).message)


def test_demo_key_used_as_live_is_diagnosed(simulator: Simulator) -> None:
    report = run(simulator, "demo", environment=Environment.LIVE)
    assert not report.ok
    assert report.detected_environment is Environment.DEMO
    assert statuses(report)[CheckId.KEY] is PASS
    assert statuses(report)[CheckId.ENVIRONMENT] is FAIL
    assert "demo trading key" in str(report.item(CheckId.ENVIRONMENT).message)
    assert report.error is not None and report.error.code == "50101"
    assert report.config is None


def test_live_key_used_as_demo_is_diagnosed(simulator: Simulator) -> None:
    report = run(simulator, "healthy", environment=Environment.DEMO)
    assert report.detected_environment is Environment.LIVE
    assert "live trading key" in str(report.item(CheckId.ENVIRONMENT).message)


@pytest.mark.parametrize(
    ("key_name", "region", "name"), [("eea", Region.EEA, "EEA"), ("us", Region.US, "US")]
)
def test_key_from_another_region_is_found(
    simulator: Simulator, key_name: str, region: Region, name: str
) -> None:
    report = run(simulator, key_name)
    assert not report.ok
    assert report.detected_region is region
    item = report.item(CheckId.REGION)
    assert item.status is FAIL
    assert f"OKX {name}" in str(item.message)
    assert item.fix is not None and name in str(item.fix)
    assert report.error is not None and report.error.kind is ErrorKind.REGION
    probed = {r.region for r in simulator.requests if r.target == PATH_CONFIG}
    assert probed == set(Region)


def test_demo_key_in_the_wrong_region_and_environment(simulator: Simulator) -> None:
    report = run(simulator, "demo", region=Region.EEA, environment=Environment.LIVE)
    assert report.detected_region is Region.GLOBAL
    assert report.detected_environment is Environment.DEMO
    assert report.item(CheckId.REGION).status is FAIL


def test_region_probe_stays_within_the_given_hosts(simulator: Simulator) -> None:
    urls = {Region.GLOBAL: simulator.base_url, Region.US: simulator.base_urls[Region.US]}
    report = run(simulator, "eea", base_urls=urls)
    assert report.detected_region is None
    assert report.item(CheckId.KEY).status is FAIL
    assert report.error is not None and report.error.code == "50119"
    assert {r.region for r in simulator.requests} == {Region.GLOBAL, Region.US}


def test_wrong_passphrase(simulator: Simulator) -> None:
    good = simulator.key("healthy").credentials
    bad = Credentials(good.api_key, good.secret_key, "Wrong#Passphrase1")
    report = run(simulator, "healthy", credentials=bad)
    assert statuses(report)[CheckId.KEY] is PASS
    assert statuses(report)[CheckId.PASSPHRASE] is FAIL
    assert statuses(report)[CheckId.PERMISSIONS] is SKIPPED
    assert "passphrase" in str(report.item(CheckId.PASSPHRASE).message)


def test_wrong_secret_key(simulator: Simulator) -> None:
    good = simulator.key("healthy").credentials
    bad = Credentials(good.api_key, "A" * 32, good.passphrase)
    report = run(simulator, "healthy", credentials=bad)
    assert statuses(report)[CheckId.SIGNATURE] is FAIL
    assert report.error is not None and report.error.code == "50113"


def test_swapped_key_and_secret(simulator: Simulator) -> None:
    good = simulator.key("healthy").credentials
    swapped = Credentials(good.secret_key, good.api_key, good.passphrase)
    report = run(simulator, "healthy", credentials=swapped)
    assert report.detected_region is None  # looked for in every region, found nowhere
    assert statuses(report)[CheckId.KEY] is FAIL
    assert report.error is not None and report.error.code == "50111"


@pytest.mark.parametrize(
    ("key_name", "failed", "code"),
    [("wrong-ip", CheckId.IP_BINDING, "50110"), ("frozen", CheckId.KEY, "50100")],
)
def test_ip_and_frozen(simulator: Simulator, key_name: str, failed: CheckId, code: str) -> None:
    report = run(simulator, key_name)
    assert statuses(report)[failed] is FAIL
    assert report.error is not None and report.error.code == code
    assert report.trading is None and report.funding is None


def test_paste_mistake_fails_the_key_item(simulator: Simulator) -> None:
    good = simulator.key("healthy").credentials
    bad = Credentials(good.api_key, good.secret_key, good.passphrase + " ")
    report = run(simulator, "healthy", credentials=bad)
    assert not_passing(report)[CheckId.KEY] is FAIL
    assert statuses(report)[CheckId.REACHABLE] is PASS
    assert str(report.item(CheckId.KEY).message).startswith("The passphrase is empty, or contains")
    assert [r.target for r in simulator.requests] == ["/api/v5/public/time"]


def test_read_only_key_warns(simulator: Simulator) -> None:
    report = run(simulator, "read-only")
    assert report.ok
    item = report.item(CheckId.PERMISSIONS)
    assert (item.status, item.severe) == (WARN, False)
    assert "only read" in str(item.message)
    assert report.item(CheckId.IP_BINDING).status is PASS


def test_withdraw_permission_is_a_severe_warning(simulator: Simulator) -> None:
    report = run(simulator, "withdraw")
    item = report.item(CheckId.PERMISSIONS)
    assert (item.status, item.severe) == (WARN, True)
    assert "WITHDRAW" in str(item.message)
    assert report.severe_warnings == (item,)
    assert report.ok  # the key works; the views show the severe warning like a failure


def test_sub_account_is_reported(simulator: Simulator) -> None:
    report = run(simulator, "sub-account")
    assert report.ok
    item = report.item(CheckId.SUB_ACCOUNT)
    assert item.status is PASS
    assert "sub-account" in str(item.message)
    assert "448215730917392384" in str(item.message)


def test_other_modes_warn_with_fix_actions_that_work(
    simulator: Simulator, session: requests.Session
) -> None:
    report = run(simulator, "other-mode", session)
    assert report.ok
    assert not_passing(report) == {CheckId.ACCOUNT_MODE: WARN, CheckId.POSITION_MODE: WARN}
    actions = [fix_action(item) for item in report.items]
    assert [a for a in actions if a] == [FixAction.SET_ACCOUNT_MODE, FixAction.SET_POSITION_MODE]
    assert "Multi-currency margin mode" in str(report.item(CheckId.ACCOUNT_MODE).message)
    client = OkxClient(
        simulator.key("other-mode").credentials, base_url=simulator.base_url, session=session
    )
    for action in (FixAction.SET_POSITION_MODE, FixAction.SET_ACCOUNT_MODE):
        apply_fix(client, action)
    assert not_passing(run(simulator, "other-mode", session)) == {}


def test_open_positions_block_the_fix_with_an_explanation(simulator: Simulator) -> None:
    report = run(simulator, "open-positions")
    item = report.item(CheckId.POSITION_MODE)
    assert fix_action(item) is FixAction.SET_POSITION_MODE
    client = OkxClient(simulator.key("open-positions").credentials, base_url=simulator.base_url)
    error = expect_error(simulator, lambda: apply_fix(client, FixAction.SET_POSITION_MODE))
    assert (error.kind, error.code) == (ErrorKind.OPEN_POSITIONS, "59000")
    assert "open positions" in str(error.cause)


def test_passing_items_have_no_fix_action(simulator: Simulator) -> None:
    report = run(simulator, "healthy")
    assert all(fix_action(item) is None for item in report.items)


@pytest.mark.parametrize(("offset", "word"), [(300.0, "behind"), (-120.0, "ahead of")])
def test_clock_minutes_off_is_a_warning_not_a_failure(
    simulator: Simulator, offset: float, word: str
) -> None:
    simulator.clock_offset = offset
    report = run(simulator, "healthy")
    assert report.ok
    assert not_passing(report) == {CheckId.CLOCK: WARN}
    assert report.clock_skew_seconds == pytest.approx(offset, abs=3)
    item = report.item(CheckId.CLOCK)
    assert f"{abs(offset):.0f} s {word}" in str(item.message)
    assert item.fix is not None and "automatic date and time" in str(item.fix)
    codes = [r.code for r in simulator.requests if r.target == PATH_CONFIG]
    assert codes == ["50102", "0"]  # refused once, then re-signed with OKX's time


def test_clock_off_and_time_unreadable_fails_the_clock(simulator: Simulator) -> None:
    simulator.clock_offset = 300
    simulator.inject(Fault(status=500), path="/api/v5/public/time")
    report = run(simulator, "healthy")
    assert statuses(report)[CheckId.CLOCK] is FAIL
    assert "too far from OKX's time" in str(report.item(CheckId.CLOCK).message)
    assert report.clock_skew_seconds is None
    assert statuses(report)[CheckId.KEY] is SKIPPED


def test_time_endpoint_down_only_skips_the_clock(simulator: Simulator) -> None:
    simulator.inject(Fault(status=503), path="/api/v5/public/time")
    report = run(simulator, "healthy")
    assert report.ok
    assert not_passing(report) == {CheckId.CLOCK: SKIPPED}
    assert report.clock_skew_seconds is None


def test_paste_mistake_and_unreachable_host_fail_reachability(simulator: Simulator) -> None:
    good = simulator.key("healthy").credentials
    bad = Credentials(good.api_key + " ", good.secret_key, good.passphrase)
    url = f"http://127.0.0.1:{closed_port()}"
    report = run(simulator, "healthy", credentials=bad, base_urls={Region.GLOBAL: url})
    assert statuses(report)[CheckId.REACHABLE] is FAIL
    assert report.error is not None and report.error.kind is ErrorKind.REFUSED
    assert statuses(report)[CheckId.KEY] is FAIL  # the paste mistake is still pointed out


def test_rate_limit_during_check_is_retried(simulator: Simulator) -> None:
    simulator.inject(Fault(rate_limit=True), path=PATH_CONFIG, count=1)
    assert run(simulator, "healthy").ok


def test_failing_balance_fails_reachability_but_keeps_the_config(simulator: Simulator) -> None:
    simulator.inject(Fault(status=500), path=PATH_BALANCE)
    report = run(simulator, "healthy")
    assert not report.ok
    assert statuses(report)[CheckId.REACHABLE] is FAIL
    assert report.error is not None and report.error.kind is ErrorKind.SERVER
    assert report.config is not None and report.funding is not None
    assert report.trading is None
    assert statuses(report)[CheckId.PERMISSIONS] is PASS


@pytest.mark.parametrize(
    ("url", "kind"),
    [("https://nonexistent.invalid", ErrorKind.DNS), ("closed", ErrorKind.REFUSED)],
)
def test_unreachable_host(simulator: Simulator, url: str, kind: ErrorKind) -> None:
    if url == "closed":
        url = f"http://127.0.0.1:{closed_port()}"
    report = run(simulator, "healthy", base_urls={Region.GLOBAL: url}, timeout=3.0)
    assert not report.ok
    assert statuses(report)[CheckId.REACHABLE] is FAIL
    assert report.error is not None and report.error.kind is kind
    assert all(s is SKIPPED for i, s in statuses(report).items() if i is not CheckId.REACHABLE)
    assert report.item(CheckId.KEY).message != report.item(CheckId.CLOCK).message


def test_on_item_hears_every_item_in_order_on_the_calling_thread(simulator: Simulator) -> None:
    heard: list[tuple[CheckItem, int]] = []

    def listen(item: CheckItem) -> None:
        heard.append((item, threading.get_ident()))

    report = run(simulator, "other-mode", on_item=listen)
    assert tuple(item for item, _ in heard) == report.items
    assert {ident for _, ident in heard} == {threading.get_ident()}


def test_on_item_hears_failures_and_skips_too(simulator: Simulator) -> None:
    heard: list[CheckItem] = []
    report = run(simulator, "wrong-ip", on_item=heard.append)
    assert tuple(heard) == report.items


def test_cancel_returns_promptly_while_requests_are_in_flight(simulator: Simulator) -> None:
    simulator.inject(Fault(latency=2.0))
    cancel = threading.Event()
    heard: list[CheckItem] = []
    result: list[ConnectionReport] = []
    worker = threading.Thread(
        target=lambda: result.append(run(simulator, "healthy", cancel=cancel, on_item=heard.append))
    )
    worker.start()
    assert simulator.wait_for_arrivals(4, timeout=5)
    cancel.set()
    worker.join(timeout=0.5)  # well before the 2 s latency ends
    assert not worker.is_alive()
    (report,) = result
    assert report.cancelled and not report.ok
    assert all(item.status is SKIPPED for item in report.items)
    assert "cancelled" in str(report.items[0].message)
    assert heard == []
    # The requests still in flight end with the latency; no_check_threads_left joins them.
    assert any(t.name.startswith("okx-check") for t in threading.enumerate())


def test_cancel_set_before_the_check_sends_nothing_after(simulator: Simulator) -> None:
    cancel = threading.Event()
    cancel.set()
    report = run(simulator, "healthy", cancel=cancel)
    assert report.cancelled


def test_checked_at_uses_the_given_clock(simulator: Simulator) -> None:
    report = run(simulator, "healthy", clock=lambda: time.time() + 3600)
    assert report.clock_skew_seconds == pytest.approx(-3600, abs=3)
    assert report.ok  # the key still works: requests are re-signed with OKX's time
    assert report.checked_at.timestamp() == pytest.approx(time.time() + 3600, abs=5)


def test_region_without_a_base_url_is_a_programming_error(simulator: Simulator) -> None:
    with pytest.raises(ValueError, match="base_urls"):
        check_connection(
            simulator.key("healthy").credentials,
            region=Region.EEA,
            base_urls={Region.GLOBAL: simulator.base_url},
        )


def test_a_rate_limited_time_request_is_never_reported_as_a_clock_failure() -> None:
    # The cause of "CLOCK FAIL, everything else skipped" after a few quick checks: /public/time
    # (10 requests / 2 s per IP) was rate-limited, so the skew was unknown, and the account
    # config's timestamp refusal (a clock the check would otherwise correct) stood as the
    # diagnosis. Rate limits on, a frozen clock: the limiter's window never moves.
    from gui.okx.simulator import ManualClock

    clock = ManualClock()
    with Simulator(clock=clock) as sim:
        sim.clock_offset = 300.0  # a clock the check corrects when it can read OKX's time
        creds = sim.key("healthy").credentials
        reports = [
            check_connection(creds, base_urls=sim.base_urls, timeout=5.0, clock=clock)
            for _ in range(12)
        ]
        time_codes = [r.code for r in sim.requests if r.target == "/api/v5/public/time"]
    assert "50011" in time_codes  # the time requests were refused for the rate limit
    for report in reports:
        assert statuses(report)[CheckId.CLOCK] is not FAIL, not_passing(report)
        if not report.ok:
            assert statuses(report)[CheckId.REACHABLE] is FAIL
            assert report.error is not None and report.error.kind is ErrorKind.RATE_LIMIT
            assert "Too many requests" in str(report.item(CheckId.REACHABLE).message)
    assert reports[0].ok and not reports[-1].ok


def test_rate_limited_time_and_a_clock_refusal_report_the_rate_limit(
    simulator: Simulator,
) -> None:
    simulator.clock_offset = 300.0
    simulator.inject(Fault(rate_limit=True), path="/api/v5/public/time")
    report = run(simulator, "healthy")
    assert statuses(report)[CheckId.REACHABLE] is FAIL
    assert statuses(report)[CheckId.CLOCK] is SKIPPED
    assert report.error is not None and report.error.kind is ErrorKind.RATE_LIMIT
    assert report.error.code is None or report.error.code == "50011"


def test_a_blocked_address_is_a_region_failure_naming_the_address(simulator: Simulator) -> None:
    simulator.inject(Fault(blocked=True))
    report = run(simulator, "healthy")
    assert statuses(report)[CheckId.REGION] is FAIL
    assert statuses(report)[CheckId.KEY] is SKIPPED  # says nothing about the key
    assert report.error is not None and report.error.kind is ErrorKind.BLOCKED
    assert "127.0.0.1" in str(report.item(CheckId.REGION).message)


def test_spot_only_checks_leave_the_futures_settings_alone(simulator: Simulator) -> None:
    report = run(simulator, "other-mode", spot_only=True)
    assert report.ok and not_passing(report) == {}
    assert all(fix_action(item) is None for item in report.items)


def test_a_us_key_is_always_checked_as_spot_only(simulator: Simulator) -> None:
    # OKX US offers spot trading only: the account mode never calls for a margin mode there.
    report = run(simulator, "us", region=Region.US)
    mode = report.item(CheckId.ACCOUNT_MODE)
    assert mode.status is PASS and mode.action is None
    assert "Every account mode allows spot trading" in str(mode.message)
