"""Scenarios for the local OKX simulator: accounts, their balances and settings, and API keys.

A scenario is a JSON file (schema in ``docs/simulator.md``). :func:`load_scenario` reads and checks
one and names the first problem it finds in a :class:`ScenarioError`; :func:`default_scenario`
loads the one shipped beside this module (``simulator_scenario.json``).
"""

from __future__ import annotations

import ipaddress
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from importlib import resources
from os import PathLike
from typing import Any

from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.paths import read_regular_file

ACCOUNT_LEVELS = ("1", "2", "3", "4")
POSITION_MODES = ("net_mode", "long_short_mode")
# account/config ``type``: 0 main, 1 standard sub-account, 2 managed trading sub-account,
# 5 / 9 / 12 custody trading sub-accounts.
ACCOUNT_TYPES = ("0", "1", "2", "5", "9", "12")
API_KEY_PATTERN = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
MAX_BOUND_IPS = 20
MAX_SCENARIO_BYTES = 4 * 1024 * 1024


class Permission(StrEnum):
    READ = "read"
    TRADE = "trade"
    WITHDRAW = "withdraw"


# How ``account/config`` spells each permission in its ``perm`` field.
PERM_FIELD = {
    Permission.READ: "read_only",
    Permission.TRADE: "trade",
    Permission.WITHDRAW: "withdraw",
}


class ScenarioError(ValueError):
    """A scenario file that cannot be used; the message names the field and the problem."""


@dataclass(frozen=True)
class TradingBalance:
    """One currency of the trading account; ``eq`` is ``cash_bal`` (the simulator has no PnL)."""

    ccy: str
    cash_bal: Decimal
    frozen_bal: Decimal = Decimal(0)
    ord_frozen: Decimal = Decimal(0)


@dataclass(frozen=True)
class FundingBalance:
    """One currency of the funding account."""

    ccy: str
    bal: Decimal
    frozen_bal: Decimal = Decimal(0)


@dataclass(frozen=True)
class Account:
    """An OKX (sub-)account in one environment, with the settings the app reads and changes."""

    id: str
    uid: str
    main_uid: str
    acct_lv: str = "2"
    pos_mode: str = "net_mode"
    kyc_lv: str = "2"
    role_type: str = "0"
    type: str = "0"  # account/config ``type``: 0 main account, 1 standard sub-account, ...
    level: str = "Lv1"
    open_positions: bool = False
    modes_enabled_on_web: frozenset[str] = frozenset({"1", "2"})
    trading: tuple[TradingBalance, ...] = ()
    funding: tuple[FundingBalance, ...] = ()


@dataclass(frozen=True)
class SimKey:
    """An API key the simulator knows. ``credentials`` are fake; printing them is intended."""

    name: str
    credentials: Credentials
    account: str
    region: Region = Region.GLOBAL
    environment: Environment = Environment.LIVE
    permissions: frozenset[Permission] = frozenset({Permission.READ})
    ips: tuple[str, ...] = ()
    label: str = ""
    frozen: bool = False

    @property
    def perm_field(self) -> str:
        """``read_only,trade,withdraw`` as ``account/config`` reports it."""
        return ",".join(PERM_FIELD[p] for p in Permission if p in self.permissions)


@dataclass(frozen=True)
class Scenario:
    """Everything a simulator starts from. Immutable: the simulator copies what may change."""

    accounts: Mapping[str, Account]
    keys: tuple[SimKey, ...]
    prices: Mapping[str, Decimal] = field(default_factory=dict)

    def key(self, name: str) -> SimKey:
        for key in self.keys:
            if key.name == name:
                return key
        raise KeyError(name)


# --- parsing -----------------------------------------------------------------------------------


class _Fields:
    """Reads one JSON object, refusing unknown fields and wrong types with the field's path."""

    def __init__(self, data: object, where: str) -> None:
        if not isinstance(data, dict):
            raise ScenarioError(f"{where or 'scenario'}: expected an object, got {_kind(data)}")
        self._data: dict[str, Any] = data
        self._where = where
        self._used: set[str] = set()

    def path(self, name: str) -> str:
        return f"{self._where}.{name}" if self._where else name

    def get(self, name: str, kind: type, default: Any = None, *, required: bool = False) -> Any:
        self._used.add(name)
        if name not in self._data:
            if required:
                raise ScenarioError(f"{self.path(name)}: missing")
            return default
        value = self._data[name]
        if kind is str and not isinstance(value, str):
            raise ScenarioError(f"{self.path(name)}: expected a string, got {_kind(value)}")
        if kind is bool and not isinstance(value, bool):
            raise ScenarioError(f"{self.path(name)}: expected true or false, got {_kind(value)}")
        if kind is list and not isinstance(value, list):
            raise ScenarioError(f"{self.path(name)}: expected a list, got {_kind(value)}")
        if kind is dict and not isinstance(value, dict):
            raise ScenarioError(f"{self.path(name)}: expected an object, got {_kind(value)}")
        return value

    def choice(self, name: str, choices: tuple[str, ...], default: str) -> str:
        value: str = self.get(name, str, default)
        if value not in choices:
            raise ScenarioError(f"{self.path(name)}: {value!r} is not one of {', '.join(choices)}")
        return value

    def amount(self, name: str, *, required: bool = False) -> Decimal:
        text: str = self.get(name, str, "0", required=required)
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise ScenarioError(f"{self.path(name)}: {text!r} is not a number") from None
        if not value.is_finite() or value < 0:
            raise ScenarioError(f"{self.path(name)}: {text!r} must be a number >= 0")
        return value

    def done(self) -> None:
        unknown = sorted(set(self._data) - self._used)
        if unknown:
            raise ScenarioError(f"{self.path(unknown[0])}: unknown field")


def _kind(value: object) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "true/false"}.get(
        type(value), "a number" if isinstance(value, int | float) else "null"
    )


def _trading(data: object, where: str) -> TradingBalance:
    f = _Fields(data, where)
    item = TradingBalance(
        ccy=f.get("ccy", str, required=True),
        cash_bal=f.amount("cashBal", required=True),
        frozen_bal=f.amount("frozenBal"),
        ord_frozen=f.amount("ordFrozen"),
    )
    f.done()
    if item.frozen_bal > item.cash_bal:
        raise ScenarioError(f"{where}.frozenBal: larger than cashBal")
    return item


def _funding(data: object, where: str) -> FundingBalance:
    f = _Fields(data, where)
    item = FundingBalance(
        ccy=f.get("ccy", str, required=True),
        bal=f.amount("bal", required=True),
        frozen_bal=f.amount("frozenBal"),
    )
    f.done()
    if item.frozen_bal > item.bal:
        raise ScenarioError(f"{where}.frozenBal: larger than bal")
    return item


def _account(account_id: str, data: object, where: str) -> Account:
    f = _Fields(data, where)
    uid: str = f.get("uid", str, required=True)
    if not uid.isdigit():
        raise ScenarioError(f"{f.path('uid')}: {uid!r} is not a string of digits")
    modes = f.get("modes_enabled_on_web", list, ["1", "2"])
    for i, mode in enumerate(modes):
        if mode not in ACCOUNT_LEVELS:
            raise ScenarioError(
                f"{f.path('modes_enabled_on_web')}[{i}]: {mode!r} is not one of 1, 2, 3, 4"
            )
    trading = f.get("trading", list, [])
    funding = f.get("funding", list, [])
    main_uid: str = f.get("mainUid", str, uid)
    account = Account(
        id=account_id,
        uid=uid,
        main_uid=main_uid,
        type=f.choice("type", ACCOUNT_TYPES, "0" if main_uid == uid else "1"),
        acct_lv=f.choice("acctLv", ACCOUNT_LEVELS, "2"),
        pos_mode=f.choice("posMode", POSITION_MODES, "net_mode"),
        kyc_lv=f.get("kycLv", str, "2"),
        role_type=f.get("roleType", str, "0"),
        level=f.get("level", str, "Lv1"),
        open_positions=f.get("open_positions", bool, False),
        modes_enabled_on_web=frozenset(modes),
        trading=tuple(_trading(x, f"{f.path('trading')}[{i}]") for i, x in enumerate(trading)),
        funding=tuple(_funding(x, f"{f.path('funding')}[{i}]") for i, x in enumerate(funding)),
    )
    f.done()
    if account.acct_lv == "4" and account.pos_mode != "net_mode":
        raise ScenarioError(
            f"{f.path('posMode')}: Portfolio margin (acctLv 4) supports only net_mode"
        )
    return account


def _key(data: object, where: str, accounts: Mapping[str, Account]) -> SimKey:
    f = _Fields(data, where)
    name: str = f.get("name", str, required=True)
    api_key: str = f.get("api_key", str, required=True)
    if not API_KEY_PATTERN.fullmatch(api_key):
        raise ScenarioError(f"{f.path('api_key')}: not a lower-case UUID like OKX's API keys")
    secret: str = f.get("secret_key", str, required=True)
    passphrase: str = f.get("passphrase", str, required=True)
    if not secret or not passphrase:
        raise ScenarioError(f"{where}: secret_key and passphrase must not be empty")
    account: str = f.get("account", str, required=True)
    if account not in accounts:
        raise ScenarioError(f"{f.path('account')}: no account named {account!r}")
    region = f.choice("region", tuple(r.value for r in Region), Region.GLOBAL.value)
    environment = f.choice(
        "environment", tuple(e.value for e in Environment), Environment.LIVE.value
    )
    permissions = _permissions(f.get("permissions", list, ["read"]), f.path("permissions"))
    ips = _ips(f.get("ips", list, []), f.path("ips"))
    key = SimKey(
        name=name,
        credentials=Credentials(api_key, secret, passphrase),
        account=account,
        region=Region(region),
        environment=Environment(environment),
        permissions=permissions,
        ips=ips,
        label=f.get("label", str, name),
        frozen=f.get("frozen", bool, False),
    )
    f.done()
    return key


def _permissions(values: list[Any], where: str) -> frozenset[Permission]:
    allowed = tuple(p.value for p in Permission)
    for i, value in enumerate(values):
        if value not in allowed:
            raise ScenarioError(f"{where}[{i}]: {value!r} is not one of {', '.join(allowed)}")
    if Permission.READ.value not in values:
        raise ScenarioError(f"{where}: every OKX key has the read permission")
    return frozenset(Permission(v) for v in values)


def _ips(values: list[Any], where: str) -> tuple[str, ...]:
    if len(values) > MAX_BOUND_IPS:
        raise ScenarioError(f"{where}: OKX binds at most {MAX_BOUND_IPS} addresses")
    for i, value in enumerate(values):
        try:
            ipaddress.ip_address(value)
        except ValueError:
            raise ScenarioError(f"{where}[{i}]: {value!r} is not an IP address") from None
    return tuple(values)


def parse_scenario(data: object) -> Scenario:
    """A :class:`Scenario` from decoded JSON; raises :class:`ScenarioError` naming the problem."""
    f = _Fields(data, "")
    raw_accounts = f.get("accounts", dict, required=True)
    accounts = {
        name: _account(name, value, f"accounts.{name}") for name, value in raw_accounts.items()
    }
    keys = tuple(
        _key(x, f"keys[{i}]", accounts) for i, x in enumerate(f.get("keys", list, required=True))
    )
    prices = {}
    price_fields = _Fields(f.get("prices", dict, {}), "prices")
    for ccy in list(price_fields._data):
        prices[ccy] = price_fields.amount(ccy)
    f.done()
    for what, values in (
        ("name", [k.name for k in keys]),
        ("api_key", [k.credentials.api_key for k in keys]),
    ):
        seen: set[str] = set()
        for i, value in enumerate(values):
            if value in seen:
                raise ScenarioError(f"keys[{i}].{what}: used by an earlier key too")
            seen.add(value)
    return Scenario(accounts=accounts, keys=keys, prices=prices)


def load_scenario(path: str | PathLike[str]) -> Scenario:
    """Reads a scenario file; any problem (unreadable, not JSON, bad field) is a ScenarioError."""
    try:
        text = read_regular_file(path, MAX_SCENARIO_BYTES).decode("utf-8")
    except OSError as error:
        raise ScenarioError(f"{path}: cannot read: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise ScenarioError(f"{path}: not UTF-8 text") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ScenarioError(
            f"{path}: not JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        ) from None
    except RecursionError:
        raise ScenarioError(f"{path}: too deeply nested to be a scenario file") from None
    try:
        return parse_scenario(data)
    except ScenarioError as error:
        raise ScenarioError(f"{path}: {error}") from None


def default_scenario() -> Scenario:
    """The scenario shipped with the package: one key for each situation the app handles."""
    text = resources.files("gui.okx").joinpath("simulator_scenario.json").read_text("utf-8")
    return parse_scenario(json.loads(text))


def fleet_scenario(accounts: int, keys_per_account: int) -> Scenario:
    """Many accounts with many keys each (a trader's bots, for load tests and benchmarks): key
    ``acct{a}-key{k}`` of account ``acct{a}``, Read + Trade, bound to 127.0.0.1, Global, live.
    Credentials are derived from the names, so every run has the same ones."""
    import hashlib

    def hexdigest(text: str) -> str:
        return hashlib.sha256(text.encode()).hexdigest()

    account_map: dict[str, Account] = {}
    keys: list[SimKey] = []
    for a in range(accounts):
        uid = str(500_000_000_000_000_000 + a)
        account_id = f"acct{a}"
        account_map[account_id] = Account(
            id=account_id,
            uid=uid,
            main_uid=uid,
            trading=(
                TradingBalance("USDT", Decimal(1000 + a)),
                TradingBalance("BTC", Decimal("0.5")),
            ),
            funding=(FundingBalance("USDT", Decimal(50)),),
        )
        for k in range(keys_per_account):
            name = f"{account_id}-key{k}"
            h = hexdigest(name)
            api_key = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
            keys.append(
                SimKey(
                    name=name,
                    credentials=Credentials(
                        api_key, hexdigest("s" + name)[:32].upper(), f"Pass#{k}{a}x"
                    ),
                    account=account_id,
                    permissions=frozenset({Permission.READ, Permission.TRADE}),
                    ips=("127.0.0.1",),
                    label=name,
                )
            )
    return Scenario(accounts=account_map, keys=tuple(keys), prices=default_scenario().prices)
