"""Parsing OKX answers into typed models; wrong shapes are BAD_RESPONSE errors naming the field."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gui.okx import models
from gui.okx.errors import ErrorKind, OkxError
from gui.okx.models import AccountMode, Permission, PositionMode

# The docs' example account/config item (shared/okx/FACTS.md).
DOCS_CONFIG = {
    "uid": "44705892343619584",
    "mainUid": "44705892343619584",
    "acctLv": "2",
    "posMode": "long_short_mode",
    "perm": "read_only,withdraw,trade",
    "ip": "",
    "label": "v5 test",
    "kycLv": "3",
    "roleType": "0",
    "level": "Lv1",
    "autoLoan": False,
    "greeksType": "PA",
}


def test_docs_config_example() -> None:
    config = models.parse_account_config([DOCS_CONFIG])
    assert config.uid == "44705892343619584"
    assert not config.is_sub_account
    assert config.account_mode is AccountMode.FUTURES
    assert config.account_mode is models.SINGLE_CURRENCY_MARGIN
    assert config.position_mode is PositionMode.LONG_SHORT
    assert config.permissions == {Permission.READ, Permission.WITHDRAW, Permission.TRADE}
    assert config.bound_ips == ()
    assert config.label == "v5 test"
    assert config.kyc_level == "3"


def test_sub_account_and_bound_ips() -> None:
    item = DOCS_CONFIG | {"mainUid": "1", "ip": "1.2.3.4, 5.6.7.8", "perm": "read_only,future"}
    config = models.parse_account_config([item])
    assert config.is_sub_account
    assert config.bound_ips == ("1.2.3.4", "5.6.7.8")
    assert config.permissions == {Permission.READ}  # unknown tokens are ignored


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"acctLv": "9"}, "acctLv"),
        ({"acctLv": "two"}, "acctLv"),
        ({"posMode": "hedge"}, "posMode"),
        ({"uid": 123}, "uid"),
        ({"perm": None}, "perm"),
    ],
)
def test_bad_config_fields_are_named(change: dict[str, Any], field: str) -> None:
    with pytest.raises(OkxError) as caught:
        models.parse_account_config([DOCS_CONFIG | change])
    assert caught.value.kind is ErrorKind.BAD_RESPONSE
    assert field in str(caught.value)


@pytest.mark.parametrize("data", [None, {}, [], ["x"], "data"])
def test_bad_data_shapes(data: object) -> None:
    for parse in (models.parse_account_config, models.parse_server_time):
        with pytest.raises(OkxError) as caught:
            parse(data)
        assert caught.value.kind is ErrorKind.BAD_RESPONSE


def test_server_time() -> None:
    parsed = models.parse_server_time([{"ts": "1597026383085"}])
    assert parsed.epoch_ms == 1597026383085
    assert parsed.seconds == pytest.approx(1597026383.085)
    assert parsed.moment == datetime(2020, 8, 10, 2, 26, 23, 85000, tzinfo=UTC)
    with pytest.raises(OkxError):
        models.parse_server_time([{"ts": "-5"}])


def test_trading_balance_uses_decimals() -> None:
    data = [
        {
            "totalEq": "41624.32",
            "uTime": "1705474164160",
            "details": [
                {
                    "ccy": "USDT",
                    "eq": "4992.890093622894",
                    "availBal": "4834.317093622894",
                    "frozenBal": "158.573",
                    "eqUsd": "4991.542013297616",
                },
                {"ccy": "BTC", "eq": "0.1", "availBal": "", "frozenBal": "0", "eqUsd": "3660"},
            ],
        }
    ]
    balance = models.parse_trading_balance(data)
    assert balance.total_equity_usd == Decimal("41624.32")
    assert balance.updated_at == datetime.fromtimestamp(1705474164.160, tz=UTC)
    usdt, btc = balance.details
    assert usdt.equity == Decimal("4992.890093622894")
    assert isinstance(usdt.available, Decimal)
    assert usdt.frozen == Decimal("158.573")
    assert btc.available == 0  # "" means none
    assert btc.usd_value == Decimal(3660)


def test_empty_trading_account() -> None:
    balance = models.parse_trading_balance([{"totalEq": "", "uTime": "", "details": []}])
    assert balance.total_equity_usd == 0
    assert balance.updated_at is None
    assert balance.details == ()


@pytest.mark.parametrize("bad", ["abc", "NaN", "Infinity"])
def test_non_numbers_are_refused(bad: str) -> None:
    with pytest.raises(OkxError, match="totalEq"):
        models.parse_trading_balance([{"totalEq": bad, "details": []}])


def test_funding_balance() -> None:
    data = [{"availBal": "37.11827078", "bal": "37.11827078", "ccy": "ETH", "frozenBal": "0"}]
    funding = models.parse_funding_balance(data)
    (eth,) = funding.details
    assert eth.ccy == "ETH"
    assert eth.balance == eth.available == Decimal("37.11827078")
    assert eth.frozen == 0
    assert models.parse_funding_balance([]).details == ()
    with pytest.raises(OkxError, match="ccy"):
        models.parse_funding_balance([{"bal": "1"}])


def test_enums_match_okx_values() -> None:
    assert [m.api_value for m in AccountMode] == ["1", "2", "3", "4"]
    assert PositionMode.ONE_WAY == "net_mode"
    assert Permission.READ == "read_only"


@given(
    st.decimals(allow_nan=False, allow_infinity=False, places=8, min_value=-1e12, max_value=1e12)
)
def test_amounts_parse_exactly(amount: Decimal) -> None:
    text = str(amount)
    (item,) = models.parse_funding_balance(
        [{"ccy": "BTC", "bal": text, "availBal": text, "frozenBal": "0"}]
    ).details
    assert item.balance == amount
    assert str(item.available) == text  # no float rounding anywhere
