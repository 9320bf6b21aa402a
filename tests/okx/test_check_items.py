"""The pure item rules of the check, from an account config (no network)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from gui.okx.check_items import (
    CheckId,
    CheckStatus,
    FixAction,
    account_mode_item,
    environment_error,
    ip_item,
    item_for,
    permissions_item,
    position_mode_item,
    region_error,
    sub_account_item,
)
from gui.okx.errors import ErrorKind, from_code
from gui.okx.models import AccountConfig, AccountMode, Permission, PositionMode
from gui.okx.regions import Environment, Region

READ, TRADE, WITHDRAW = Permission.READ, Permission.TRADE, Permission.WITHDRAW

GUIDE = AccountConfig(
    uid="1",
    main_uid="1",
    account_mode=AccountMode.FUTURES,
    position_mode=PositionMode.ONE_WAY,
    permissions=frozenset({READ, TRADE}),
    bound_ips=("198.51.100.4",),
    label="bot",
    kyc_level="2",
)


@pytest.mark.parametrize(
    ("perms", "status", "severe"),
    [
        ({READ, TRADE}, CheckStatus.PASS, False),
        ({READ}, CheckStatus.WARN, False),
        ({READ, TRADE, WITHDRAW}, CheckStatus.WARN, True),
        ({READ, WITHDRAW}, CheckStatus.WARN, True),
        ({TRADE}, CheckStatus.FAIL, False),
    ],
)
def test_permissions(perms: set[Permission], status: CheckStatus, severe: bool) -> None:
    item = permissions_item(replace(GUIDE, permissions=frozenset(perms)))
    assert (item.id, item.status, item.severe) == (CheckId.PERMISSIONS, status, severe)
    assert (item.fix is None) == (status is CheckStatus.PASS)


@pytest.mark.parametrize(
    ("ips", "perms", "environment", "status", "words"),
    [
        (("198.51.100.4", "2001:db8::1"), {READ, TRADE}, Environment.LIVE, "PASS", "2001:db8::1"),
        ((), {READ, TRADE}, Environment.LIVE, "WARN", "14 days"),
        ((), {READ, WITHDRAW}, Environment.LIVE, "WARN", "14 days"),
        ((), {READ}, Environment.LIVE, "PASS", "does not apply to read-only keys"),
        ((), {READ, TRADE}, Environment.DEMO, "PASS", "Demo keys never expire"),
    ],
)
def test_ip_binding(
    ips: tuple[str, ...],
    perms: set[Permission],
    environment: Environment,
    status: str,
    words: str,
) -> None:
    config = replace(GUIDE, bound_ips=ips, permissions=frozenset(perms))
    item = ip_item(config, environment)
    assert item.status is CheckStatus[status]
    assert words in str(item.message)


def test_the_14_day_rule_is_worded_as_okx_documents_it() -> None:
    item = ip_item(replace(GUIDE, bound_ips=()), Environment.LIVE)
    message = str(item.message)
    assert "OKX's documentation says" in message and "may have changed" in message
    assert "Trade or Withdraw" in message


@pytest.mark.parametrize(
    ("mode", "name"),
    [
        (AccountMode.SPOT, "Spot mode"),
        (AccountMode.FUTURES, "Spot and futures mode"),
        (AccountMode.MULTI_CURRENCY, "Multi-currency margin mode"),
        (AccountMode.PORTFOLIO, "Portfolio margin mode"),
    ],
)
def test_account_mode(mode: AccountMode, name: str) -> None:
    item = account_mode_item(replace(GUIDE, account_mode=mode))
    assert f"Account mode: {name}" in str(item.message)
    if mode is AccountMode.FUTURES:
        assert (item.status, item.action, item.fix) == (CheckStatus.PASS, None, None)
    else:
        assert item.status is CheckStatus.WARN
        assert item.action is FixAction.SET_ACCOUNT_MODE
        assert item.fix is not None and "web site or app" in str(item.fix)
        # "single-currency margin" only as the older name of Spot and futures mode.
        assert "older guides call single-currency margin" in str(item.message)
        assert "single-currency" not in str(item.fix)


def test_position_mode() -> None:
    assert position_mode_item(GUIDE).status is CheckStatus.PASS
    item = position_mode_item(replace(GUIDE, position_mode=PositionMode.LONG_SHORT))
    assert (item.status, item.action) == (CheckStatus.WARN, FixAction.SET_POSITION_MODE)


@pytest.mark.parametrize("mode", list(AccountMode))
def test_spot_only_accepts_every_mode_and_offers_no_fix(mode: AccountMode) -> None:
    config = replace(GUIDE, account_mode=mode, position_mode=PositionMode.LONG_SHORT)
    for item in (
        account_mode_item(config, spot_only=True),
        position_mode_item(config, spot_only=True),
    ):
        assert (item.status, item.action, item.fix) == (CheckStatus.PASS, None, None)


def test_sub_account() -> None:
    assert "main account (UID 1)" in str(sub_account_item(GUIDE).message)
    sub = sub_account_item(replace(GUIDE, uid="2"))
    assert sub.status is CheckStatus.PASS
    assert "sub-account (UID 2) of main account 1" in str(sub.message)


def test_errors_belong_to_items() -> None:
    assert item_for(ErrorKind.PASSPHRASE) is CheckId.PASSPHRASE
    assert item_for(ErrorKind.IP) is CheckId.IP_BINDING
    assert item_for(ErrorKind.FROZEN) is CheckId.KEY
    assert item_for(ErrorKind.UNKNOWN) is CheckId.KEY


def test_region_and_environment_errors_keep_okx_details() -> None:
    original = from_code("50119", "API key doesn't exist", 401)
    error = region_error(Region.EEA, Region.GLOBAL, original)
    assert error.kind is ErrorKind.REGION
    assert (error.code, error.http_status) == ("50119", 401)
    assert "OKX EEA (my.okx.com), not to OKX Global" in str(error.cause)
    env = environment_error(Environment.LIVE, from_code("50101"))
    assert env.kind is ErrorKind.ENVIRONMENT
    assert "live trading key" in str(env.cause)
