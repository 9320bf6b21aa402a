"""What OKX answers, as frozen dataclasses with ``Decimal`` amounts, and strict parsers.

Every parser takes the ``data`` list of OKX's envelope and raises
:func:`~gui.okx.errors.unexpected_error` (kind ``BAD_RESPONSE``) when the shape is not the
documented one, naming the field. Empty numeric strings (OKX sends ``""`` for "none") read as 0.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum, StrEnum
from typing import Any

from gui.okx.errors import unexpected_error


class AccountMode(Enum):
    """OKX's ``acctLv``, by the docs' current names. The guide recommends :attr:`FUTURES`."""

    SPOT = 1  # Spot mode
    FUTURES = 2  # Spot and futures mode (older guides: "single-currency margin")
    MULTI_CURRENCY = 3  # Multi-currency margin mode
    PORTFOLIO = 4  # Portfolio margin mode

    @property
    def api_value(self) -> str:
        return str(self.value)


SINGLE_CURRENCY_MARGIN = AccountMode.FUTURES


class PositionMode(StrEnum):
    """OKX's ``posMode``. The guide recommends :attr:`ONE_WAY`."""

    ONE_WAY = "net_mode"
    LONG_SHORT = "long_short_mode"


class Permission(StrEnum):
    """One token of OKX's ``perm`` list."""

    READ = "read_only"
    TRADE = "trade"
    WITHDRAW = "withdraw"


@dataclass(frozen=True)
class ServerTime:
    """OKX's clock, from ``GET /api/v5/public/time``."""

    epoch_ms: int

    @property
    def seconds(self) -> float:
        return self.epoch_ms / 1000

    @property
    def moment(self) -> datetime:
        return datetime.fromtimestamp(self.seconds, tz=UTC)


@dataclass(frozen=True)
class AccountConfig:
    """The key's account and settings, from ``GET /api/v5/account/config``."""

    uid: str
    main_uid: str
    account_mode: AccountMode
    position_mode: PositionMode
    permissions: frozenset[Permission]
    bound_ips: tuple[str, ...]
    label: str
    kyc_level: str

    @property
    def is_sub_account(self) -> bool:
        return bool(self.main_uid) and self.uid != self.main_uid


@dataclass(frozen=True)
class CurrencyBalance:
    """One currency of the trading account."""

    ccy: str
    equity: Decimal
    available: Decimal
    frozen: Decimal
    usd_value: Decimal


@dataclass(frozen=True)
class TradingBalance:
    """The trading account, from ``GET /api/v5/account/balance``."""

    total_equity_usd: Decimal
    updated_at: datetime | None
    details: tuple[CurrencyBalance, ...]


@dataclass(frozen=True)
class FundingCurrency:
    """One currency of the funding account."""

    ccy: str
    balance: Decimal
    available: Decimal
    frozen: Decimal


@dataclass(frozen=True)
class FundingBalance:
    """The funding account, from ``GET /api/v5/asset/balances``."""

    details: tuple[FundingCurrency, ...]


# --- parsing helpers ----------------------------------------------------------------------------


def _items(data: object, what: str, *, at_least_one: bool = True) -> list[Mapping[str, Any]]:
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise unexpected_error(f"{what}: data")
    if at_least_one and not data:
        raise unexpected_error(f"{what}: empty data")
    return data


def _str(item: Mapping[str, Any], key: str, what: str, *, required: bool = True) -> str:
    value = item.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise unexpected_error(f"{what}.{key}")
    return value


def _decimal(item: Mapping[str, Any], key: str, what: str) -> Decimal:
    text = _str(item, key, what, required=False).strip()
    if not text:
        return Decimal(0)
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise unexpected_error(f"{what}.{key}") from None
    if not value.is_finite():
        raise unexpected_error(f"{what}.{key}")
    return value


def _epoch_ms(item: Mapping[str, Any], key: str, what: str) -> int:
    text = _str(item, key, what)
    # ASCII digits only ("²".isdigit() is True, int("²") fails), and a length any real time has
    if not (text.isascii() and text.isdigit() and len(text) <= 16):
        raise unexpected_error(f"{what}.{key}")
    return int(text)


def _moment(item: Mapping[str, Any], key: str, what: str) -> datetime | None:
    if not item.get(key):
        return None
    try:
        return datetime.fromtimestamp(_epoch_ms(item, key, what) / 1000, tz=UTC)
    except (OverflowError, OSError, ValueError):  # beyond the years a datetime holds
        raise unexpected_error(f"{what}.{key}") from None


# --- parsers ------------------------------------------------------------------------------------


def parse_server_time(data: object) -> ServerTime:
    item = _items(data, "public/time")[0]
    return ServerTime(_epoch_ms(item, "ts", "public/time"))


def parse_account_config(data: object) -> AccountConfig:
    what = "account/config"
    item = _items(data, what)[0]
    try:
        mode = AccountMode(int(_str(item, "acctLv", what)))
    except ValueError:
        raise unexpected_error(f"{what}.acctLv") from None
    try:
        position_mode = PositionMode(_str(item, "posMode", what))
    except ValueError:
        raise unexpected_error(f"{what}.posMode") from None
    known = {p.value for p in Permission}
    tokens = {t.strip() for t in _str(item, "perm", what).split(",")}
    raw_ips = _str(item, "ip", what, required=False).split(",")
    ips = tuple(ip.strip() for ip in raw_ips if ip.strip())
    return AccountConfig(
        uid=_str(item, "uid", what),
        main_uid=_str(item, "mainUid", what, required=False),
        account_mode=mode,
        position_mode=position_mode,
        permissions=frozenset(Permission(t) for t in tokens if t in known),
        bound_ips=ips,
        label=_str(item, "label", what, required=False),
        kyc_level=_str(item, "kycLv", what, required=False),
    )


def parse_trading_balance(data: object) -> TradingBalance:
    what = "account/balance"
    item = _items(data, what)[0]
    raw_details = item.get("details", [])
    details = _items(raw_details, f"{what}.details", at_least_one=False)
    return TradingBalance(
        total_equity_usd=_decimal(item, "totalEq", what),
        updated_at=_moment(item, "uTime", what),
        details=tuple(
            CurrencyBalance(
                ccy=_str(d, "ccy", f"{what}.details"),
                equity=_decimal(d, "eq", f"{what}.details"),
                available=_decimal(d, "availBal", f"{what}.details"),
                frozen=_decimal(d, "frozenBal", f"{what}.details"),
                usd_value=_decimal(d, "eqUsd", f"{what}.details"),
            )
            for d in details
        ),
    )


def parse_funding_balance(data: object) -> FundingBalance:
    what = "asset/balances"
    items: Sequence[Mapping[str, Any]] = _items(data, what, at_least_one=False)
    return FundingBalance(
        tuple(
            FundingCurrency(
                ccy=_str(d, "ccy", what),
                balance=_decimal(d, "bal", what),
                available=_decimal(d, "availBal", what),
                frozen=_decimal(d, "frozenBal", what),
            )
            for d in items
        )
    )
