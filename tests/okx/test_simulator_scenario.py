"""Scenario files: the shipped default, and clear errors for bad files."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from gui.okx.regions import Environment, Region
from gui.okx.simulator import (
    Permission,
    ScenarioError,
    Simulator,
    default_scenario,
    load_scenario,
    parse_scenario,
)

DEFAULT_FILE = Path(__file__).resolve().parents[2] / "gui" / "okx" / "simulator_scenario.json"
KEY_NAMES = [
    "healthy",
    "unbound",
    "demo",
    "read-only",
    "withdraw",
    "wrong-ip",
    "sub-account",
    "other-mode",
    "open-positions",
    "frozen",
    "eea",
    "us",
    "manager",
    "bot-a-web",
]
PASSPHRASE_RULE = re.compile(r"(?=.*\d)(?=.*[a-z])(?=.*[A-Z])(?=.*[^0-9A-Za-z]).{8,32}")


def test_default_scenario_has_the_named_keys() -> None:
    assert [k.name for k in default_scenario().keys] == KEY_NAMES


@pytest.mark.parametrize("name", KEY_NAMES)
def test_default_keys_look_like_real_okx_keys(name: str) -> None:
    creds = default_scenario().key(name).credentials
    assert re.fullmatch(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", creds.api_key)
    assert re.fullmatch(r"[0-9A-F]{32}", creds.secret_key)
    assert PASSPHRASE_RULE.fullmatch(creds.passphrase)


def test_default_keys_cover_each_situation() -> None:
    s = default_scenario()
    healthy = s.key("healthy")
    assert (healthy.region, healthy.environment) == (Region.GLOBAL, Environment.LIVE)
    assert healthy.permissions == {Permission.READ, Permission.TRADE}
    assert healthy.ips == ("127.0.0.1",)
    assert s.accounts[healthy.account].acct_lv == "2"
    assert s.key("unbound").ips == ()
    assert s.key("demo").environment is Environment.DEMO
    assert s.key("demo").account != healthy.account
    assert s.key("read-only").permissions == {Permission.READ}
    assert Permission.WITHDRAW in s.key("withdraw").permissions
    assert s.key("wrong-ip").ips == ("203.0.113.7",)
    sub = s.accounts[s.key("sub-account").account]
    assert sub.uid != sub.main_uid
    other = s.accounts[s.key("other-mode").account]
    assert (other.acct_lv, other.pos_mode, other.open_positions) == ("3", "long_short_mode", False)
    assert s.accounts[s.key("open-positions").account].open_positions
    assert s.key("frozen").frozen
    assert s.key("eea").region is Region.EEA
    assert s.key("us").region is Region.US


def test_default_scenario_file_loads_from_disk() -> None:
    assert load_scenario(DEFAULT_FILE) == default_scenario()


def test_credentials_repr_stays_masked() -> None:
    key = default_scenario().key("healthy")
    for secret in (key.credentials.secret_key, key.credentials.passphrase):
        assert secret not in repr(key)


def _minimal() -> dict[str, Any]:
    return {
        "accounts": {"a": {"uid": "1", "trading": [{"ccy": "USDT", "cashBal": "5"}]}},
        "keys": [
            {
                "name": "k",
                "account": "a",
                "api_key": "01234567-89ab-cdef-0123-456789abcdef",
                "secret_key": "0" * 32,
                "passphrase": "Pass#word1",
            }
        ],
    }


def test_minimal_scenario_runs() -> None:
    scenario = parse_scenario(_minimal())
    key = scenario.key("k")
    assert key.permissions == {Permission.READ}
    assert key.label == "k"
    with Simulator(scenario) as sim:
        assert sim.keys == [key]


def _broken(path: str, value: Any) -> dict[str, Any]:
    data = _minimal()
    *parents, last = path.split(".")
    node: Any = data
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if value is _DELETE:
        del node[last]
    else:
        node[last] = value
    return data


_DELETE = object()


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("accounts", [], "accounts: expected an object, got a list"),
        ("keys", _DELETE, "keys: missing"),
        ("keys.0.region", "mars", "keys[0].region: 'mars' is not one of global, eea, us"),
        ("keys.0.environment", "paper", "keys[0].environment: 'paper' is not one of live, demo"),
        ("keys.0.account", "nope", "keys[0].account: no account named 'nope'"),
        ("keys.0.api_key", "KEY", "keys[0].api_key: not a lower-case UUID"),
        ("keys.0.passphrase", "", "keys[0]: secret_key and passphrase must not be empty"),
        ("keys.0.permissions", ["trade"], "keys[0].permissions: every OKX key has the read"),
        ("keys.0.permissions", ["read", "admin"], "keys[0].permissions[1]: 'admin' is not one"),
        ("keys.0.ips", ["localhost"], "keys[0].ips[0]: 'localhost' is not an IP address"),
        ("keys.0.ips", ["10.0.0.1"] * 21, "keys[0].ips: OKX binds at most 20 addresses"),
        ("keys.0.frozen", "yes", "keys[0].frozen: expected true or false, got a string"),
        ("keys.0.colour", "red", "keys[0].colour: unknown field"),
        ("accounts.a.uid", "abc", "accounts.a.uid: 'abc' is not a string of digits"),
        ("accounts.a.acctLv", "5", "accounts.a.acctLv: '5' is not one of 1, 2, 3, 4"),
        ("accounts.a.posMode", "hedge", "accounts.a.posMode: 'hedge' is not one of"),
        ("accounts.a.modes_enabled_on_web", ["7"], "accounts.a.modes_enabled_on_web[0]"),
        ("accounts.a.trading.0.cashBal", "lots", "accounts.a.trading[0].cashBal: 'lots' is not"),
        ("accounts.a.trading.0.cashBal", "-1", "accounts.a.trading[0].cashBal: '-1' must be"),
        ("accounts.a.trading.0.cashBal", 5, "accounts.a.trading[0].cashBal: expected a string"),
        ("accounts.a.trading.0.frozenBal", "9", "accounts.a.trading[0].frozenBal: larger than"),
        ("prices", {"BTC": "x"}, "prices.BTC: 'x' is not a number"),
    ],
)
def test_bad_field_is_named(path: str, value: Any, message: str) -> None:
    with pytest.raises(ScenarioError) as caught:
        parse_scenario(_broken(path, value))
    assert str(caught.value).startswith(message)


def test_duplicate_key_names_are_refused() -> None:
    data = _minimal()
    second = dict(data["keys"][0], api_key="11111111-89ab-cdef-0123-456789abcdef")
    data["keys"].append(second)
    with pytest.raises(ScenarioError, match=r"keys\[1\]\.name: used by an earlier key too"):
        parse_scenario(data)


def test_duplicate_api_keys_are_refused() -> None:
    data = _minimal()
    data["keys"].append(dict(data["keys"][0], name="other"))
    with pytest.raises(ScenarioError, match=r"keys\[1\]\.api_key: used by an earlier key too"):
        parse_scenario(data)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{oops", "not JSON: Expecting property name"),
        (b"\xff\xfe", "not UTF-8 text"),
        (b"[]", "scenario: expected an object, got a list"),
    ],
)
def test_bad_file_is_named(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "s.json"
    path.write_bytes(content)
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert message in str(caught.value)


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError, match="cannot read"):
        load_scenario(tmp_path / "absent.json")


def test_scenario_from_file_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text(json.dumps(_minimal()))
    assert load_scenario(path) == parse_scenario(_minimal())
