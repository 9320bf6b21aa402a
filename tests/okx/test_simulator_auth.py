"""The simulator authenticates like OKX: every refusal code, over real HTTP."""

from __future__ import annotations

import time

import pytest

from gui.okx.regions import Region
from gui.okx.signing import (
    HEADER_KEY,
    HEADER_PASSPHRASE,
    HEADER_SIGN,
    HEADER_SIMULATED,
    HEADER_TIMESTAMP,
    format_timestamp,
)
from gui.okx.simulator import Simulator
from tests.okx.sim_helpers import call, refused, send, signed_headers

CONFIG = "/api/v5/account/config"
BALANCE = "/api/v5/account/balance"
POSITION_MODE = "/api/v5/account/set-position-mode"


def test_healthy_key_reads_its_config(simulator: Simulator) -> None:
    response = call(simulator, "healthy", "GET", CONFIG)
    assert response.status_code == 200
    body = response.json()
    assert body["code"] == "0" and body["msg"] == ""
    [config] = body["data"]
    assert config["perm"] == "read_only,trade"
    assert config["ip"] == "127.0.0.1"
    assert config["uid"] == config["mainUid"]
    assert (config["acctLv"], config["posMode"]) == ("2", "net_mode")


@pytest.mark.parametrize(
    ("header", "code"),
    [
        (HEADER_KEY, "50103"),
        (HEADER_PASSPHRASE, "50104"),
        (HEADER_SIGN, "50106"),
        (HEADER_TIMESTAMP, "50107"),
    ],
)
@pytest.mark.parametrize("empty", [False, True], ids=["absent", "empty"])
def test_missing_header_is_refused(
    simulator: Simulator, header: str, code: str, empty: bool
) -> None:
    headers = signed_headers(simulator.key("healthy"), "GET", CONFIG)
    if empty:
        headers[header] = ""
    else:
        del headers[header]
    response = send(simulator, "GET", CONFIG, headers)
    assert refused(response) == (401, code)
    assert "data" not in response.json()


def test_missing_headers_are_reported_key_first(simulator: Simulator) -> None:
    assert refused(send(simulator, "GET", CONFIG, {})) == (401, "50103")


@pytest.mark.parametrize(
    "timestamp",
    ["1700000000", "2026-11-24T05:00:00Z", "2026-11-24 05:00:00.000Z", "yesterday"],
)
def test_malformed_timestamp_is_50112(simulator: Simulator, timestamp: str) -> None:
    response = call(simulator, "healthy", "GET", CONFIG, timestamp=timestamp)
    assert refused(response) == (401, "50112")


@pytest.mark.parametrize(
    ("age", "ok"), [(-29.0, True), (29.0, True), (31.0, False), (-31.0, False)]
)
def test_timestamp_window_is_30_seconds(simulator: Simulator, age: float, ok: bool) -> None:
    clock = ManualOffset(-age)
    response = call(simulator, "healthy", "GET", CONFIG, clock=clock)
    if ok:
        assert response.status_code == 200
    else:
        assert refused(response) == (401, "50102")


class ManualOffset:
    """The real clock shifted by ``seconds``: a client whose clock is wrong."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __call__(self) -> float:
        return time.time() + self.seconds


def test_clock_offset_makes_a_correct_client_look_wrong(simulator: Simulator) -> None:
    simulator.clock_offset = 45.0
    assert refused(call(simulator, "healthy", "GET", CONFIG)) == (401, "50102")
    ahead = call(simulator, "healthy", "GET", CONFIG, clock=ManualOffset(45.0))
    assert ahead.status_code == 200


@pytest.mark.parametrize(
    "api_key",
    ["not-a-key", "ABCDEF12-3456-7890-ABCD-EF1234567890", "6f1e2a3b-1111-2222-3333-44444444444"],
)
def test_malformed_api_key_is_50111(simulator: Simulator, api_key: str) -> None:
    headers = signed_headers(simulator.key("healthy"), "GET", CONFIG)
    headers[HEADER_KEY] = api_key
    assert refused(send(simulator, "GET", CONFIG, headers)) == (401, "50111")


def test_unknown_api_key_is_50119(simulator: Simulator) -> None:
    headers = signed_headers(simulator.key("healthy"), "GET", CONFIG)
    headers[HEADER_KEY] = "00000000-1111-2222-3333-444444444444"
    response = send(simulator, "GET", CONFIG, headers)
    assert refused(response) == (401, "50119")
    assert response.json() == {"msg": "API key doesn't exist", "code": "50119"}


@pytest.mark.parametrize(
    ("key_name", "listener"),
    [
        ("eea", Region.GLOBAL),
        ("eea", Region.US),
        ("us", Region.GLOBAL),
        ("us", Region.EEA),
        ("healthy", Region.EEA),
        ("healthy", Region.US),
    ],
)
def test_key_of_another_region_does_not_exist_here(
    simulator: Simulator, key_name: str, listener: Region
) -> None:
    response = call(simulator, key_name, "GET", CONFIG, region=listener)
    assert refused(response) == (401, "50119")


@pytest.mark.parametrize("key_name", ["eea", "us"])
def test_key_works_in_its_own_region(simulator: Simulator, key_name: str) -> None:
    response = call(simulator, key_name, "GET", CONFIG)
    assert response.status_code == 200
    assert simulator.requests[-1].region is simulator.key(key_name).region


def test_demo_key_needs_the_simulated_trading_header(simulator: Simulator) -> None:
    assert call(simulator, "demo", "GET", CONFIG).status_code == 200
    without = call(simulator, "demo", "GET", CONFIG, simulated=False)
    assert refused(without) == (401, "50101")


def test_live_key_with_simulated_trading_header_is_50101(simulator: Simulator) -> None:
    assert refused(call(simulator, "healthy", "GET", CONFIG, simulated=True)) == (401, "50101")


def test_simulated_trading_header_other_than_1_means_live(simulator: Simulator) -> None:
    headers = signed_headers(simulator.key("healthy"), "GET", CONFIG)
    headers[HEADER_SIMULATED] = "0"
    assert send(simulator, "GET", CONFIG, headers).status_code == 200


def test_wrong_passphrase_is_50105(simulator: Simulator) -> None:
    headers = signed_headers(simulator.key("healthy"), "GET", CONFIG)
    headers[HEADER_PASSPHRASE] += "x"
    assert refused(send(simulator, "GET", CONFIG, headers)) == (401, "50105")


def test_wrong_secret_is_50113_with_okx_body(simulator: Simulator) -> None:
    response = call(simulator, "healthy", "GET", CONFIG, secret_key="0" * 32)
    assert response.status_code == 401
    assert response.json() == {"msg": "Invalid Sign", "code": "50113"}


@pytest.mark.parametrize("target", [f"{BALANCE}?ccy=BTC,ETH", f"{BALANCE}?ccy=BTC%2CETH"])
def test_query_verifies_as_sent(simulator: Simulator, target: str) -> None:
    response = call(simulator, "healthy", "GET", target)
    assert response.status_code == 200
    assert simulator.requests[-1].target == target
    assert [d["ccy"] for d in response.json()["data"][0]["details"]] == ["BTC", "ETH"]


def test_query_signed_raw_but_sent_encoded_is_50113(simulator: Simulator) -> None:
    headers = signed_headers(simulator.key("healthy"), "GET", f"{BALANCE}?ccy=BTC,ETH")
    response = send(simulator, "GET", f"{BALANCE}?ccy=BTC%2CETH", headers)
    assert refused(response) == (401, "50113")


@pytest.mark.parametrize(
    "body", ['{"posMode":"net_mode"}', '{"posMode": "net_mode"}', '{ "posMode" : "net_mode" }\n']
)
def test_body_verifies_as_sent(simulator: Simulator, body: str) -> None:
    response = call(simulator, "healthy", "POST", POSITION_MODE, body)
    assert response.status_code == 200
    assert response.json()["data"] == [{"posMode": "net_mode"}]


def test_body_changed_after_signing_is_50113(simulator: Simulator) -> None:
    key = simulator.key("healthy")
    headers = signed_headers(key, "POST", POSITION_MODE, '{"posMode":"net_mode"}')
    response = send(simulator, "POST", POSITION_MODE, headers, '{"posMode": "net_mode"}')
    assert refused(response) == (401, "50113")


def test_method_is_part_of_the_signature(simulator: Simulator) -> None:
    headers = signed_headers(simulator.key("healthy"), "POST", CONFIG)
    assert refused(send(simulator, "GET", CONFIG, headers)) == (401, "50113")


def test_frozen_key_is_50100_with_http_400(simulator: Simulator) -> None:
    assert refused(call(simulator, "frozen", "GET", CONFIG)) == (400, "50100")


def test_key_bound_to_other_ip_is_50110(simulator: Simulator) -> None:
    response = call(simulator, "wrong-ip", "GET", CONFIG)
    assert refused(response) == (401, "50110")
    assert "127.0.0.1" in response.json()["msg"]


@pytest.mark.parametrize("key_name", ["healthy", "unbound"])
def test_bound_to_this_ip_or_unbound_is_accepted(simulator: Simulator, key_name: str) -> None:
    assert call(simulator, key_name, "GET", CONFIG).status_code == 200


def test_read_only_key_reads_but_cannot_change_settings(simulator: Simulator) -> None:
    assert call(simulator, "read-only", "GET", CONFIG).json()["data"][0]["perm"] == "read_only"
    response = call(simulator, "read-only", "POST", POSITION_MODE, '{"posMode":"net_mode"}')
    assert response.status_code == 200
    assert response.json()["code"] == "50120"
    assert response.json()["data"] == []


def test_withdraw_key_reports_all_three_permissions(simulator: Simulator) -> None:
    [config] = call(simulator, "withdraw", "GET", CONFIG).json()["data"]
    assert config["perm"] == "read_only,trade,withdraw"


@pytest.mark.parametrize(
    ("key_name", "spoil", "code"),
    [
        ("frozen", "secret", "50113"),  # signature before frozen
        ("wrong-ip", "passphrase", "50105"),  # passphrase before IP
        ("demo", "secret", "50101"),  # environment before signature (demo key, no header)
        ("eea", "secret", "50119"),  # region before everything key-specific
    ],
)
def test_checks_run_in_the_documented_order(
    simulator: Simulator, key_name: str, spoil: str, code: str
) -> None:
    key = simulator.key(key_name)
    headers = signed_headers(key, "GET", CONFIG, simulated=False, secret_key="0" * 32)
    if spoil == "passphrase":
        headers = signed_headers(key, "GET", CONFIG)
        headers[HEADER_PASSPHRASE] = "wrong"
    assert refused(send(simulator, "GET", CONFIG, headers))[1] == code


def test_stale_timestamp_is_reported_before_unknown_key(simulator: Simulator) -> None:
    headers = signed_headers(
        simulator.key("eea"), "GET", CONFIG, timestamp=format_timestamp(1_000_000_000_000)
    )
    assert refused(send(simulator, "GET", CONFIG, headers)) == (401, "50102")


def test_recorded_requests_hold_no_secret(simulator: Simulator) -> None:
    key = simulator.key("healthy")
    headers = signed_headers(key, "GET", CONFIG)
    send(simulator, "GET", CONFIG, headers)
    [record] = simulator.requests
    assert (record.method, record.target, record.region, record.key_name) == (
        "GET",
        CONFIG,
        Region.GLOBAL,
        "healthy",
    )
    assert (record.status, record.code) == (200, "0")
    text = repr(simulator.requests)
    for secret in (key.credentials.secret_key, key.credentials.passphrase, headers[HEADER_SIGN]):
        assert secret not in text
