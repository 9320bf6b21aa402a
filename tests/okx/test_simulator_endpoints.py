"""The simulator's endpoints answer with OKX's shapes and apply OKX's rules to settings."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from decimal import Decimal

import pytest
import requests

from gui.okx.simulator import Simulator, default_scenario
from tests.okx.sim_helpers import TIMEOUT, call, refused

CONFIG = "/api/v5/account/config"
BALANCE = "/api/v5/account/balance"
FUNDING = "/api/v5/asset/balances"
POSITION_MODE = "/api/v5/account/set-position-mode"
ACCOUNT_LEVEL = "/api/v5/account/set-account-level"
CONFIG_FIELDS = {"uid", "mainUid", "acctLv", "posMode", "perm", "ip", "label", "kycLv", "roleType"}
DETAIL_FIELDS = {"ccy", "eq", "eqUsd", "cashBal", "availBal", "frozenBal", "ordFrozen", "uTime"}


def _data(response: requests.Response) -> list[dict[str, object]]:
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["code"] == "0", body
    assert body["msg"] == ""
    data: list[dict[str, object]] = body["data"]
    return data


def _all_strings(item: dict[str, object]) -> bool:
    return all(isinstance(v, str) for k, v in item.items() if k not in {"details", "autoLoan"})


def test_public_time_needs_no_key_and_follows_the_server_clock(simulator: Simulator) -> None:
    before = int(time.time() * 1000)
    [item] = _data(requests.get(simulator.base_url + "/api/v5/public/time", timeout=TIMEOUT))
    after = int(time.time() * 1000)
    assert isinstance(item["ts"], str)
    assert before <= int(item["ts"]) <= after
    simulator.clock_offset = -120.0
    [shifted] = _data(requests.get(simulator.base_url + "/api/v5/public/time", timeout=TIMEOUT))
    assert int(shifted["ts"]) < before - 100_000


def test_config_has_okx_fields_as_strings(simulator: Simulator) -> None:
    [config] = _data(call(simulator, "healthy", "GET", CONFIG))
    assert CONFIG_FIELDS | {"level"} <= set(config)
    assert _all_strings(config)
    assert config["label"] == "sim healthy"


def test_unbound_key_reports_empty_ip(simulator: Simulator) -> None:
    [config] = _data(call(simulator, "unbound", "GET", CONFIG))
    assert config["ip"] == ""


def test_sub_account_main_uid_differs(simulator: Simulator) -> None:
    [config] = _data(call(simulator, "sub-account", "GET", CONFIG))
    [main] = _data(call(simulator, "healthy", "GET", CONFIG))
    assert config["uid"] != config["mainUid"]
    assert config["mainUid"] == main["uid"]


def test_balance_lists_only_non_zero_currencies(simulator: Simulator) -> None:
    [balance] = _data(call(simulator, "healthy", "GET", BALANCE))
    details = balance["details"]
    assert isinstance(details, list)
    assert [d["ccy"] for d in details] == ["BTC", "USDT", "ETH"]  # OKB is 0 in the scenario
    for detail in details:
        assert set(detail) >= DETAIL_FIELDS
        assert _all_strings(detail)
    assert _all_strings(balance)
    total = sum(Decimal(d["eqUsd"]) for d in details)
    assert Decimal(str(balance["totalEq"])) == total
    btc = details[0]
    assert Decimal(btc["availBal"]) == Decimal(btc["cashBal"]) - Decimal(btc["frozenBal"])


@pytest.mark.parametrize("query", ["ccy=USDT", "ccy=USDT,OKB", "ccy=USDT%2COKB", "ccy=%20USDT"])
def test_balance_filter_keeps_account_total(simulator: Simulator, query: str) -> None:
    [whole] = _data(call(simulator, "healthy", "GET", BALANCE))
    [some] = _data(call(simulator, "healthy", "GET", f"{BALANCE}?{query}"))
    assert [d["ccy"] for d in some["details"]] == ["USDT"]  # type: ignore[attr-defined]
    assert some["totalEq"] == whole["totalEq"]


def test_funding_balances_have_okx_fields(simulator: Simulator) -> None:
    funding = _data(call(simulator, "healthy", "GET", FUNDING))
    assert [f["ccy"] for f in funding] == ["USDT", "BTC"]  # ETH is 0
    for item in funding:
        assert set(item) == {"ccy", "bal", "availBal", "frozenBal"}
        assert _all_strings(item)


@pytest.mark.parametrize("query", ["ccy=BTC", "ccy=BTC,DOGE", "ccy=BTC%2CDOGE"])
def test_funding_filter(simulator: Simulator, query: str) -> None:
    funding = _data(call(simulator, "healthy", "GET", f"{FUNDING}?{query}"))
    assert [f["ccy"] for f in funding] == ["BTC"]


def test_demo_account_has_its_own_balances(simulator: Simulator) -> None:
    [live] = _data(call(simulator, "healthy", "GET", BALANCE))
    [demo] = _data(call(simulator, "demo", "GET", BALANCE))
    assert live["totalEq"] != demo["totalEq"]


def test_regional_accounts_answer_from_their_listener(simulator: Simulator) -> None:
    [eea] = _data(call(simulator, "eea", "GET", BALANCE))
    assert {d["ccy"] for d in eea["details"]} == {"EUR", "USDC"}  # type: ignore[attr-defined]


def test_position_mode_change_persists(simulator: Simulator) -> None:
    answer = _data(call(simulator, "other-mode", "POST", POSITION_MODE, '{"posMode":"net_mode"}'))
    assert answer == [{"posMode": "net_mode"}]
    [config] = _data(call(simulator, "other-mode", "GET", CONFIG))
    assert config["posMode"] == "net_mode"
    assert simulator.settings("other-mode") == {"acctLv": "3", "posMode": "net_mode"}


def test_account_level_change_persists(simulator: Simulator) -> None:
    assert _data(call(simulator, "other-mode", "POST", ACCOUNT_LEVEL, '{"acctLv":"2"}')) == [
        {"acctLv": "2"}
    ]
    [config] = _data(call(simulator, "other-mode", "GET", CONFIG))
    assert config["acctLv"] == "2"


def test_reset_restores_the_scenario_settings(simulator: Simulator) -> None:
    _data(call(simulator, "other-mode", "POST", ACCOUNT_LEVEL, '{"acctLv":"2"}'))
    simulator.reset()
    assert simulator.settings("other-mode") == {"acctLv": "3", "posMode": "long_short_mode"}


@pytest.mark.parametrize(
    ("path", "body"),
    [(POSITION_MODE, '{"posMode":"net_mode"}'), (ACCOUNT_LEVEL, '{"acctLv":"3"}')],
)
def test_open_positions_block_changes_with_59000(
    simulator: Simulator, path: str, body: str
) -> None:
    response = call(simulator, "open-positions", "POST", path, body)
    assert response.status_code == 200
    assert response.json()["code"] == "59000"
    assert response.json()["data"] == []
    assert simulator.settings("open-positions") == {"acctLv": "2", "posMode": "long_short_mode"}


def test_setting_the_current_value_succeeds_even_with_open_positions(
    simulator: Simulator,
) -> None:
    body = '{"posMode":"long_short_mode"}'
    assert _data(call(simulator, "open-positions", "POST", POSITION_MODE, body))


def test_mode_never_switched_on_web_is_51010() -> None:
    scenario = default_scenario()
    account = replace(scenario.accounts["other-mode"], modes_enabled_on_web=frozenset({"3"}))
    custom = replace(scenario, accounts={**scenario.accounts, "other-mode": account})
    with Simulator(custom) as sim:
        response = call(sim, "other-mode", "POST", ACCOUNT_LEVEL, '{"acctLv":"2"}')
        assert response.status_code == 200
        assert response.json()["code"] == "51010"
        assert sim.settings("other-mode")["acctLv"] == "3"


@pytest.mark.parametrize(
    ("path", "body", "code"),
    [
        (POSITION_MODE, "{}", "50014"),
        (POSITION_MODE, '{"posMode":""}', "50014"),
        (POSITION_MODE, '{"posMode":"hedge"}', "51000"),
        (POSITION_MODE, '{"posMode":1}', "51000"),
        (POSITION_MODE, '{"posMode":', "50002"),
        (POSITION_MODE, '["net_mode"]', "50002"),
        (POSITION_MODE, "", "50000"),
        (ACCOUNT_LEVEL, '{"acctLv":"9"}', "51000"),
        (ACCOUNT_LEVEL, '{"acctLv":2}', "51000"),
        (ACCOUNT_LEVEL, '{"lvl":"2"}', "50014"),
    ],
)
def test_bad_bodies_get_okx_parameter_errors(
    simulator: Simulator, path: str, body: str, code: str
) -> None:
    response = call(simulator, "other-mode", "POST", path, body)
    assert refused(response) == (400, code)
    assert response.json()["data"] == []
    assert simulator.settings("other-mode") == {"acctLv": "3", "posMode": "long_short_mode"}


def test_unknown_path_is_404_with_json_body(simulator: Simulator) -> None:
    response = call(simulator, "healthy", "GET", "/api/v5/account/positions")
    assert response.status_code == 404
    assert response.headers["Content-Type"] == "application/json"
    assert response.json()["code"] == "404"


def test_wrong_method_is_50115(simulator: Simulator) -> None:
    response = call(simulator, "healthy", "POST", CONFIG, json.dumps({}))
    assert refused(response) == (405, "50115")
