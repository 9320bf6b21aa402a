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


# account/config fields that are not strings, in the docs' example.
NOT_STRINGS = {
    "details", "autoLoan", "enableSpotBorrow", "spotBorrowAutoRepay", "traderInsts",
    "spotTraderInsts", "settleCcyList",
}  # fmt: skip
# Every field of the docs' account/config example (shared/okx/FACTS.md: about 25, with `type`).
DOCS_CONFIG_FIELDS = {
    "acctLv", "acctStpMode", "autoLoan", "ctIsoMode", "enableSpotBorrow", "feeType",
    "greeksType", "ip", "type", "kycLv", "label", "level", "levelTmp", "liquidationGear",
    "mainUid", "mgnIsoMode", "opAuth", "perm", "posMode", "roleType", "settleCcy",
    "settleCcyList", "spotBorrowAutoRepay", "spotOffsetType", "spotRoleType", "spotTraderInsts",
    "stgyType", "traderInsts", "uid",
}  # fmt: skip


def _all_strings(item: dict[str, object]) -> bool:
    return all(isinstance(v, str) for k, v in item.items() if k not in NOT_STRINGS)


def test_public_time_needs_no_key_and_follows_the_server_clock(simulator: Simulator) -> None:
    before = int(time.time() * 1000)
    [item] = _data(requests.get(simulator.base_url + "/api/v5/public/time", timeout=TIMEOUT))
    after = int(time.time() * 1000)
    assert isinstance(item["ts"], str)
    assert before <= int(item["ts"]) <= after
    simulator.clock_offset = -120.0
    [shifted] = _data(requests.get(simulator.base_url + "/api/v5/public/time", timeout=TIMEOUT))
    assert isinstance(shifted["ts"], str) and int(shifted["ts"]) < before - 100_000


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


def test_config_has_the_docs_full_field_set_with_the_account_type(simulator: Simulator) -> None:
    [main] = _data(call(simulator, "healthy", "GET", CONFIG))
    [sub] = _data(call(simulator, "sub-account", "GET", CONFIG))
    assert set(main) == DOCS_CONFIG_FIELDS and len(DOCS_CONFIG_FIELDS) >= 25
    assert (main["type"], sub["type"]) == ("0", "1")  # main account, standard sub-account
    assert isinstance(main["traderInsts"], list) and isinstance(main["autoLoan"], bool)
    # The app's parser takes what it needs and ignores the rest.
    from gui.okx.models import parse_account_config

    assert parse_account_config([main]).uid == main["uid"]


def test_avail_eq_is_absent_in_spot_mode_only(simulator: Simulator) -> None:
    [margin] = _data(call(simulator, "healthy", "GET", BALANCE))
    details = margin["details"]
    assert isinstance(details, list)
    assert all("availEq" in d for d in details)
    _data(call(simulator, "other-mode", "POST", ACCOUNT_LEVEL, '{"acctLv":"1"}'))
    [spot] = _data(call(simulator, "other-mode", "GET", BALANCE))
    details = spot["details"]
    assert isinstance(details, list) and details
    assert all("availEq" not in d and "availBal" in d for d in details)


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded"])
def test_a_post_without_json_content_type_is_50006(
    simulator: Simulator, content_type: str | None
) -> None:
    from tests.okx.sim_helpers import send, signed_headers

    body = '{"posMode":"net_mode"}'
    headers = signed_headers(simulator.key("other-mode"), "POST", POSITION_MODE, body)
    del headers["Content-Type"]
    if content_type is not None:
        headers["Content-Type"] = content_type
    response = send(simulator, "POST", POSITION_MODE, headers, body)
    assert refused(response) == (400, "50006")
    assert simulator.settings("other-mode")["posMode"] == "long_short_mode"
    headers["Content-Type"] = "application/json; charset=utf-8"
    assert _data(send(simulator, "POST", POSITION_MODE, headers, body)) == [{"posMode": "net_mode"}]


def test_portfolio_margin_refuses_long_short_mode(simulator: Simulator) -> None:
    _data(call(simulator, "demo", "POST", POSITION_MODE, '{"posMode":"net_mode"}'))
    _data(call(simulator, "demo", "POST", ACCOUNT_LEVEL, '{"acctLv":"4"}'))
    response = call(simulator, "demo", "POST", POSITION_MODE, '{"posMode":"long_short_mode"}')
    assert refused(response) == (200, "51010")
    assert simulator.settings("demo") == {"acctLv": "4", "posMode": "net_mode"}
    assert _data(call(simulator, "demo", "POST", POSITION_MODE, '{"posMode":"net_mode"}'))


def test_a_scenario_cannot_hold_portfolio_margin_in_long_short_mode() -> None:
    from gui.okx.simulator import ScenarioError, parse_scenario

    account = {"uid": "1", "acctLv": "4", "posMode": "long_short_mode"}
    with pytest.raises(ScenarioError, match=r"accounts\.a\.posMode: Portfolio margin"):
        parse_scenario({"accounts": {"a": account}, "keys": []})


def test_a_blocked_address_gets_50121_naming_it(simulator: Simulator) -> None:
    from gui.okx.errors import ErrorKind, caller_ip, from_code
    from gui.okx.simulator import Fault

    simulator.inject(Fault(blocked=True))
    response = call(simulator, "healthy", "GET", CONFIG)
    body = response.json()
    assert refused(response) == (200, "50121")
    error = from_code(body["code"], body["msg"], response.status_code)
    assert error.kind is ErrorKind.BLOCKED and caller_ip(error) == "127.0.0.1"
