"""OkxClient over real HTTP against the local simulator: answers, OKX errors, fix actions."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
import requests

from gui.okx import transport
from gui.okx.client import OkxClient, scrub
from gui.okx.errors import ErrorKind
from gui.okx.models import AccountMode, Permission, PositionMode
from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.okx.simulator import Simulator
from tests.okx.client_helpers import expect_error

TIMEOUT = 5.0


@pytest.fixture
def session() -> Iterator[requests.Session]:
    with transport.make_session() as http:
        yield http


def client_for(
    sim: Simulator,
    key_name: str,
    session: requests.Session,
    *,
    region: Region | None = None,
    environment: Environment | None = None,
    credentials: Credentials | None = None,
) -> OkxClient:
    key = sim.key(key_name)
    region = region or key.region
    return OkxClient(
        credentials or key.credentials,
        region=region,
        environment=environment or key.environment,
        base_url=sim.base_urls[region],
        session=session,
        timeout=TIMEOUT,
    )


def test_healthy_key_reads_everything(simulator: Simulator, session: requests.Session) -> None:
    client = client_for(simulator, "healthy", session)
    assert abs(client.server_time().seconds - time.time()) < 5
    config = client.account_config()
    assert config.uid == "448215730917392384"
    assert not config.is_sub_account
    assert config.account_mode is AccountMode.FUTURES
    assert config.position_mode is PositionMode.ONE_WAY
    assert config.permissions == {Permission.READ, Permission.TRADE}
    assert config.bound_ips == ("127.0.0.1",)
    trading = client.trading_balance()
    assert trading.total_equity_usd > 0
    assert all(isinstance(d.equity, Decimal) for d in trading.details)
    funding = client.funding_balance()
    assert funding.details


def test_currency_filter_is_sent_with_raw_commas(
    simulator: Simulator, session: requests.Session
) -> None:
    client = client_for(simulator, "healthy", session)
    trading = client.trading_balance(["BTC", "USDT"])
    assert {d.ccy for d in trading.details} <= {"BTC", "USDT"}
    client.funding_balance(["ETH"])
    targets = [r.target for r in simulator.requests]
    assert "/api/v5/account/balance?ccy=BTC,USDT" in targets
    assert "/api/v5/asset/balances?ccy=ETH" in targets


def test_sub_account_is_recognised(simulator: Simulator, session: requests.Session) -> None:
    config = client_for(simulator, "sub-account", session).account_config()
    assert config.is_sub_account
    assert config.main_uid == "448215730917392384"


def test_official_badge_and_defaults(simulator: Simulator) -> None:
    assert OkxClient(None).base_url == "https://www.okx.com"
    assert OkxClient(None).is_official
    assert OkxClient(None, region=Region.EEA).base_url == "https://eea.okx.com"
    assert not OkxClient(None, base_url=simulator.base_url).is_official
    assert not OkxClient(None, base_url="https://www.okx.com.evil.example").is_official


def test_private_call_without_credentials_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="credentials"):
        OkxClient(None).account_config()


# --- authentication failures, each diagnosed by code -----------------------------------------


def test_wrong_passphrase(simulator: Simulator, session: requests.Session) -> None:
    good = simulator.key("healthy").credentials
    bad = Credentials(good.api_key, good.secret_key, "Wrong#Passphrase1")
    error = expect_error(simulator, client_for(simulator, "healthy", session, credentials=bad)
                         .account_config, bad)  # fmt: skip
    assert (error.kind, error.code, error.http_status) == (ErrorKind.PASSPHRASE, "50105", 401)
    assert str(error.cause) == "The passphrase does not match this API key."


def test_wrong_secret_is_a_signature_error(simulator: Simulator, session: requests.Session) -> None:
    good = simulator.key("healthy").credentials
    bad = Credentials(good.api_key, "0" * 32, good.passphrase)
    client = client_for(simulator, "healthy", session, credentials=bad)
    error = expect_error(simulator, client.account_config, bad)
    assert (error.kind, error.code) == (ErrorKind.SIGNATURE, "50113")
    assert "secret key" in str(error.cause)


def test_swapped_key_and_secret(simulator: Simulator, session: requests.Session) -> None:
    good = simulator.key("healthy").credentials
    swapped = Credentials(good.secret_key, good.api_key, good.passphrase)
    client = client_for(simulator, "healthy", session, credentials=swapped)
    error = expect_error(simulator, client.account_config, swapped)
    assert (error.kind, error.code) == (ErrorKind.KEY, "50111")
    assert "secret key field" in str(error.fix)


def test_demo_key_used_as_live(simulator: Simulator, session: requests.Session) -> None:
    client = client_for(simulator, "demo", session, environment=Environment.LIVE)
    error = expect_error(simulator, client.account_config)
    assert (error.kind, error.code) == (ErrorKind.ENVIRONMENT, "50101")
    assert client_for(simulator, "demo", session).account_config().uid


def test_eea_key_on_global_host(simulator: Simulator, session: requests.Session) -> None:
    client = client_for(simulator, "eea", session, region=Region.GLOBAL)
    error = expect_error(simulator, client.account_config)
    assert (error.kind, error.code) == (ErrorKind.KEY, "50119")
    assert "EEA" in str(error.cause)
    assert client_for(simulator, "eea", session).account_config().uid == "702385561927471104"


@pytest.mark.parametrize(
    ("key_name", "kind", "code"),
    [("wrong-ip", ErrorKind.IP, "50110"), ("frozen", ErrorKind.FROZEN, "50100")],
)
def test_ip_and_frozen(
    simulator: Simulator, session: requests.Session, key_name: str, kind: ErrorKind, code: str
) -> None:
    error = expect_error(simulator, client_for(simulator, key_name, session).account_config)
    assert (error.kind, error.code) == (kind, code)


def test_clock_far_off_is_refused_then_corrected(
    simulator: Simulator, session: requests.Session
) -> None:
    simulator.clock_offset = 300
    client = client_for(simulator, "healthy", session)
    error = expect_error(simulator, client.account_config)
    assert (error.kind, error.code) == (ErrorKind.CLOCK, "50102")
    offset = client.sync_clock()
    assert offset == pytest.approx(300, abs=2)
    assert client.clock_offset == offset
    assert client.account_config().uid


def test_sync_clock_uses_the_request_midpoint(simulator: Simulator) -> None:
    # before, the request's own timestamp, after: the request "took" 10 s by this clock
    ticks = iter([1000.0, 1005.0, 1010.0])
    client = OkxClient(None, base_url=simulator.base_url, clock=lambda: next(ticks))
    offset = client.sync_clock()
    server_now = time.time()
    assert offset == pytest.approx(server_now - 1005.0, abs=2)


# --- fix actions ---------------------------------------------------------------------------


def test_fix_actions_change_the_settings(simulator: Simulator, session: requests.Session) -> None:
    client = client_for(simulator, "other-mode", session)
    client.set_position_mode(PositionMode.ONE_WAY)
    client.set_account_mode(AccountMode.FUTURES)
    assert simulator.settings("other-mode") == {"acctLv": "2", "posMode": "net_mode"}
    config = client.account_config()
    assert config.account_mode is AccountMode.FUTURES
    assert config.position_mode is PositionMode.ONE_WAY


def test_open_positions_block_the_position_mode_fix(
    simulator: Simulator, session: requests.Session
) -> None:
    client = client_for(simulator, "open-positions", session)
    error = expect_error(simulator, lambda: client.set_position_mode(PositionMode.ONE_WAY))
    assert (error.kind, error.code) == (ErrorKind.OPEN_POSITIONS, "59000")
    assert "Close your open positions" in str(error.fix)
    assert simulator.settings("open-positions")["posMode"] == "long_short_mode"


def test_mode_never_enabled_on_the_web_is_51010(
    simulator: Simulator, session: requests.Session
) -> None:
    client = client_for(simulator, "healthy", session)
    error = expect_error(simulator, lambda: client.set_account_mode(AccountMode.PORTFOLIO))
    assert (error.kind, error.code) == (ErrorKind.ACCOUNT_MODE, "51010")


def test_read_only_key_cannot_change_settings(
    simulator: Simulator, session: requests.Session
) -> None:
    client = client_for(simulator, "read-only", session)
    error = expect_error(simulator, lambda: client.set_position_mode(PositionMode.ONE_WAY))
    assert (error.kind, error.code) == (ErrorKind.PERMISSION, "50120")


# --- logging and secrets -------------------------------------------------------------------


def test_debug_log_has_no_headers_or_secrets(
    simulator: Simulator, session: requests.Session, caplog: pytest.LogCaptureFixture
) -> None:
    client = client_for(simulator, "healthy", session)
    with caplog.at_level(logging.DEBUG, logger="gui.okx.client"):
        client.account_config()
        client.trading_balance(["BTC"])
        bad = client_for(simulator, "wrong-ip", session)
        expect_error(simulator, bad.account_config)
    lines = [r.getMessage() for r in caplog.records if r.name == "gui.okx.client"]
    assert any(line.startswith("GET /api/v5/account/config -> 200 code=0") for line in lines)
    assert any("-> 401 code=50110" in line for line in lines)
    assert not any("?ccy" in line for line in lines)
    creds = [k.credentials for k in simulator.keys]
    for line in lines:
        assert "OK-ACCESS" not in line
        for c in creds:
            assert c.secret_key not in line
            assert c.passphrase not in line
            assert c.api_key not in line


def test_repr_and_scrub_hide_secrets(simulator: Simulator) -> None:
    creds = simulator.key("healthy").credentials
    client = OkxClient(creds, base_url=simulator.base_url)
    assert creds.secret_key not in repr(client)
    assert creds.api_key not in repr(client)
    echoed = f"bad header {creds.passphrase} for {creds.api_key}"
    assert scrub(echoed, creds) == "bad header *** for ***"
    assert scrub("x", None) == "x"


@pytest.mark.parametrize(
    ("field", "change"),
    [
        ("passphrase", lambda c: Credentials(c.api_key, c.secret_key, c.passphrase + "\n")),
        ("API key", lambda c: Credentials(" " + c.api_key, c.secret_key, c.passphrase)),
        ("API key", lambda c: Credentials(c.api_key[:-1] + "€", c.secret_key, c.passphrase)),
        ("secret key", lambda c: Credentials(c.api_key, c.secret_key + " ", c.passphrase)),
        ("passphrase", lambda c: Credentials(c.api_key, c.secret_key, "")),
    ],
)
def test_paste_mistakes_are_caught_before_sending(
    simulator: Simulator,
    session: requests.Session,
    field: str,
    change: Callable[[Credentials], Credentials],
) -> None:
    bad = change(simulator.key("healthy").credentials)
    client = client_for(simulator, "healthy", session, credentials=bad)
    error = expect_error(simulator, client.account_config, bad)
    assert error.kind is ErrorKind.FORMAT
    assert str(error).startswith(f"The {field} ")
    assert simulator.requests == []  # nothing was sent


def test_client_closes_only_its_own_session(simulator: Simulator) -> None:
    with transport.make_session() as shared:
        with OkxClient(None, base_url=simulator.base_url, session=shared) as client:
            client.server_time()
        assert shared.adapters  # still usable
        assert OkxClient(None, base_url=simulator.base_url, session=shared).server_time()
    with OkxClient(None, base_url=simulator.base_url) as own:
        assert own.server_time().epoch_ms > 0
