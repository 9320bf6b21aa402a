"""Transport over real sockets: retries, faults, redirects, DNS, refused, TLS, timeouts."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator

import pytest
import requests

from gui.okx import transport
from gui.okx.client import PATH_CONFIG, PATH_SET_POSITION_MODE, PATH_TIME, OkxClient
from gui.okx.errors import ErrorKind
from gui.okx.models import PositionMode
from gui.okx.regions import Region
from gui.okx.simulator import Fault, Simulator
from tests.okx.client_helpers import closed_port, expect_error, raises_okx, scripted_server


@pytest.fixture
def session() -> Iterator[requests.Session]:
    with transport.make_session() as http:
        yield http


def healthy(sim: Simulator, session: requests.Session, timeout: float = 5.0) -> OkxClient:
    return OkxClient(
        sim.key("healthy").credentials, base_url=sim.base_url, session=session, timeout=timeout
    )


def hits(sim: Simulator, path: str) -> list[tuple[int | None, str | None]]:
    return [(r.status, r.code) for r in sim.requests if r.target.split("?")[0] == path]


def test_rate_limited_get_is_retried(simulator: Simulator, session: requests.Session) -> None:
    simulator.inject(Fault(rate_limit=True), path=PATH_CONFIG, count=1)
    assert healthy(simulator, session).account_config().uid
    assert hits(simulator, PATH_CONFIG) == [(429, "50011"), (200, "0")]


def test_persistent_rate_limit_is_explained(
    simulator: Simulator, session: requests.Session
) -> None:
    simulator.inject(Fault(rate_limit=True), path=PATH_CONFIG)
    error = expect_error(simulator, healthy(simulator, session).account_config)
    assert (error.kind, error.code, error.http_status) == (ErrorKind.RATE_LIMIT, "50011", 429)
    assert len(hits(simulator, PATH_CONFIG)) == 3  # first try + 2 status retries, no more


def test_server_error_is_retried_then_succeeds(
    simulator: Simulator, session: requests.Session
) -> None:
    simulator.inject(Fault(status=500), path=PATH_TIME, count=1)
    assert healthy(simulator, session).server_time().epoch_ms > 0
    assert hits(simulator, PATH_TIME) == [(500, "50026"), (200, "0")]


def test_maintenance_is_explained_after_retries(
    simulator: Simulator, session: requests.Session
) -> None:
    simulator.inject(Fault(status=503), path=PATH_TIME)
    error = expect_error(simulator, healthy(simulator, session).server_time)
    assert (error.kind, error.code, error.http_status) == (ErrorKind.SERVER, "50001", 503)
    assert "maintenance" in str(error.cause)
    assert len(hits(simulator, PATH_TIME)) == 3


@pytest.mark.parametrize(
    "fault", [Fault(status=500), Fault(drop=True), Fault(rate_limit=True)], ids=repr
)
def test_post_is_never_retried(
    simulator: Simulator, session: requests.Session, fault: Fault
) -> None:
    simulator.inject(fault, path=PATH_SET_POSITION_MODE, count=1)
    client = OkxClient(
        simulator.key("other-mode").credentials, base_url=simulator.base_url, session=session
    )
    expect_error(simulator, lambda: client.set_position_mode(PositionMode.ONE_WAY))
    assert len(hits(simulator, PATH_SET_POSITION_MODE)) == 1
    assert simulator.settings("other-mode")["posMode"] == "long_short_mode"


def test_post_connection_error_is_not_retried(
    session: requests.Session, caplog: pytest.LogCaptureFixture
) -> None:
    client = OkxClient(
        None, base_url=f"http://127.0.0.1:{closed_port()}", session=session, timeout=2
    )
    with caplog.at_level(logging.DEBUG, logger="urllib3.util.retry"):
        error = raises_okx(lambda: client._request("POST", PATH_SET_POSITION_MODE, signed=False))
        assert error.kind is ErrorKind.REFUSED
        assert not [r for r in caplog.records if "Incremented Retry" in r.getMessage()]
        raises_okx(client.server_time)
        retried = [r for r in caplog.records if "Incremented Retry" in r.getMessage()]
        assert len(retried) == 2  # a GET is retried twice on connection errors


def test_html_page_is_not_taken_for_okx(simulator: Simulator, session: requests.Session) -> None:
    simulator.inject(Fault(html=True), path=PATH_CONFIG, count=1)
    error = expect_error(simulator, healthy(simulator, session).account_config)
    assert (error.kind, error.http_status) == (ErrorKind.BAD_RESPONSE, 200)
    assert "web page" in str(error.cause)
    assert "captive portal" in str(error.fix)


def test_html_error_page_is_a_server_error(simulator: Simulator, session: requests.Session) -> None:
    simulator.inject(Fault(html=True, status=502), path=PATH_TIME)
    error = expect_error(simulator, healthy(simulator, session).server_time)
    assert (error.kind, error.http_status) == (ErrorKind.SERVER, 502)


def test_malformed_json(simulator: Simulator, session: requests.Session) -> None:
    simulator.inject(Fault(malformed_json=True), path=PATH_CONFIG, count=1)
    error = expect_error(simulator, healthy(simulator, session).account_config)
    assert error.kind is ErrorKind.BAD_RESPONSE
    assert "could not be read" in str(error.cause)


def test_dropped_connection_is_retried_once_for_get(
    simulator: Simulator, session: requests.Session
) -> None:
    simulator.inject(Fault(drop=True), path=PATH_CONFIG, count=1)
    assert healthy(simulator, session).account_config().uid
    assert hits(simulator, PATH_CONFIG) == [(None, None), (200, "0")]


def test_dropped_connection_is_explained(simulator: Simulator, session: requests.Session) -> None:
    simulator.inject(Fault(drop=True), path=PATH_CONFIG)
    error = expect_error(simulator, healthy(simulator, session).account_config)
    assert error.kind is ErrorKind.NETWORK
    assert len(hits(simulator, PATH_CONFIG)) == 2


def test_redirect_is_refused_and_target_named(
    simulator: Simulator, session: requests.Session
) -> None:
    target = simulator.base_urls[Region.EEA] + PATH_CONFIG
    simulator.inject(Fault(redirect_to=target), path=PATH_CONFIG)
    error = expect_error(simulator, healthy(simulator, session).account_config)
    assert (error.kind, error.http_status) == (ErrorKind.REDIRECT, 302)
    assert target in str(error.cause)
    assert [r.region for r in simulator.requests] == [Region.GLOBAL]  # never followed


def test_timeout(simulator: Simulator, session: requests.Session) -> None:
    simulator.inject(Fault(latency=1.5), path=PATH_TIME, count=2)
    error = expect_error(simulator, healthy(simulator, session, timeout=0.3).server_time)
    assert error.kind is ErrorKind.TIMEOUT
    assert "0.3 seconds" in str(error.cause)


def test_dns_failure(session: requests.Session) -> None:
    client = OkxClient(None, base_url="http://nonexistent.invalid", session=session, timeout=3)
    error = raises_okx(client.server_time)
    assert error.kind is ErrorKind.DNS
    assert "nonexistent.invalid" in str(error)


def test_refused_connection(session: requests.Session) -> None:
    port = closed_port()
    client = OkxClient(None, base_url=f"http://127.0.0.1:{port}", session=session, timeout=3)
    error = raises_okx(client.server_time)
    assert error.kind is ErrorKind.REFUSED
    assert str(port) in str(error)


def test_tls_to_a_plain_http_port(simulator: Simulator, session: requests.Session) -> None:
    https_url = simulator.base_url.replace("http://", "https://")
    client = OkxClient(None, base_url=https_url, session=session, timeout=3)
    error = raises_okx(client.server_time)
    assert error.kind is ErrorKind.TLS


def test_body_level_rate_limit_is_retried_once(
    simulator: Simulator, session: requests.Session
) -> None:
    # OKX sends 50011 with HTTP 200 too: urllib3's Retry cannot see it, the client retries once.
    simulator.inject(Fault(rate_limit=True, status=200), path=PATH_TIME, count=1)
    delays: list[float] = []
    client = OkxClient(None, base_url=simulator.base_url, session=session, sleep=delays.append)
    assert client.server_time().epoch_ms > 0
    answers = [(r.target, r.status, r.code) for r in simulator.requests]
    assert answers == [(PATH_TIME, 200, "50011"), (PATH_TIME, 200, "0")]
    assert delays == [transport.BODY_RATE_LIMIT_DELAY]


@pytest.mark.slow
def test_retry_after_is_respected(session: requests.Session) -> None:
    limited = json.dumps({"code": "50011", "msg": "Too Many Requests"})
    ok = json.dumps({"code": "0", "msg": "", "data": [{"ts": "1700000000000"}]})
    with scripted_server([(429, limited), (200, ok)], {"Retry-After": "1"}) as server:
        client = OkxClient(None, base_url=server.base_url, session=session)
        started = time.monotonic()
        client.server_time()
        waited = time.monotonic() - started
    assert len(server.targets) == 2
    assert waited >= 0.9  # the first retry has no backoff of its own: the wait is Retry-After


def test_okx_message_echoing_a_secret_is_scrubbed(
    simulator: Simulator, session: requests.Session
) -> None:
    creds = simulator.key("healthy").credentials
    echo = json.dumps({"code": "50105", "msg": f"passphrase {creds.passphrase} is wrong"})
    with scripted_server([(401, echo)]) as server:
        client = OkxClient(creds, base_url=server.base_url, session=session)
        error = expect_error(simulator, client.account_config)
    assert error.okx_message == "passphrase *** is wrong"


@pytest.mark.parametrize(
    ("status", "body", "kind"),
    [
        (200, '{"msg":""}', ErrorKind.BAD_RESPONSE),
        (200, "[1, 2]", ErrorKind.BAD_RESPONSE),
        (200, '{"code":5}', ErrorKind.UNKNOWN),
        (404, '{"code":"0","data":[]}', ErrorKind.BAD_RESPONSE),
        (200, '{"code":"0","data":{}}', ErrorKind.BAD_RESPONSE),
    ],
)
def test_odd_envelopes(session: requests.Session, status: int, body: str, kind: ErrorKind) -> None:
    with scripted_server([(status, body)]) as server:
        client = OkxClient(None, base_url=server.base_url, session=session)
        error = raises_okx(client.server_time)
    assert error.kind is kind


def test_retry_policy() -> None:
    retry = transport.make_retry()
    assert retry.allowed_methods == frozenset({"GET"})
    assert retry.redirect == 0
    assert retry.respect_retry_after_header
    assert retry.status_forcelist == transport.RETRY_STATUSES
    assert transport.timeouts(30) == (transport.CONNECT_TIMEOUT_MAX, 30)
    assert transport.timeouts(2) == (2, 2)
