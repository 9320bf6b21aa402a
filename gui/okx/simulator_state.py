"""The simulator's mutable state and its endpoints' answers.

:class:`AccountState` holds what a request may change (account level, position mode); the
``*_data`` functions render OKX's answer shapes with numbers as strings; :class:`RateLimiter`
counts requests per user (or per IP) and endpoint in a sliding window on an injected clock.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any
from urllib.parse import unquote

from gui.okx.simulator_auth import Refusal
from gui.okx.simulator_scenario import ACCOUNT_LEVELS, POSITION_MODES, Account, Scenario, SimKey

Clock = Callable[[], float]


@dataclass
class AccountState:
    """The part of an account that requests change; starts as the scenario says."""

    account: Account
    acct_lv: str
    pos_mode: str
    u_time_ms: int

    @classmethod
    def from_account(cls, account: Account, now_ms: int) -> AccountState:
        return cls(account, account.acct_lv, account.pos_mode, now_ms)


def number(value: Decimal) -> str:
    """OKX's number strings: plain notation, no exponent, no trailing zeros."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def ccy_filter(query: str) -> set[str] | None:
    """The ``ccy`` parameter's currencies; commas may be raw or ``%2C``. None: no filter."""
    for part in query.split("&"):
        name, _, value = part.partition("=")
        if unquote(name) == "ccy":
            wanted = {c.strip() for c in unquote(value).split(",") if c.strip()}
            return wanted or None
    return None


def config_data(state: AccountState, key: SimKey) -> dict[str, Any]:
    """The docs' full field set (their example), values the scenario does not set as OKX's
    defaults; a client must ignore what it does not use."""
    account = state.account
    return {
        "acctLv": state.acct_lv,
        "acctStpMode": "cancel_maker",
        "autoLoan": False,
        "ctIsoMode": "automatic",
        "enableSpotBorrow": False,
        "feeType": "0",
        "greeksType": "PA",
        "ip": ",".join(key.ips),
        "type": account.type,
        "kycLv": account.kyc_lv,
        "label": key.label,
        "level": account.level,
        "levelTmp": "",
        "liquidationGear": "-1",
        "mainUid": account.main_uid,
        "mgnIsoMode": "automatic",
        "opAuth": "0",
        "perm": key.perm_field,
        "posMode": state.pos_mode,
        "roleType": account.role_type,
        "settleCcy": "USDT",
        "settleCcyList": ["USD", "USDC", "USDT"],
        "spotBorrowAutoRepay": False,
        "spotOffsetType": "",
        "spotRoleType": "0",
        "spotTraderInsts": [],
        "stgyType": "0",
        "traderInsts": [],
        "uid": account.uid,
    }


def balance_data(state: AccountState, prices: dict[str, Decimal], query: str) -> dict[str, Any]:
    wanted = ccy_filter(query)
    u_time = str(state.u_time_ms)
    spot_mode = state.acct_lv == "1"  # availEq does not apply in Spot mode: OKX leaves it out
    details = []
    total = Decimal(0)
    for item in state.account.trading:
        if item.cash_bal == 0:
            continue
        eq_usd = (item.cash_bal * prices.get(item.ccy, Decimal(0))).quantize(Decimal("0.00000001"))
        total += eq_usd
        if wanted is not None and item.ccy not in wanted:
            continue
        detail = {
            "ccy": item.ccy,
            "eq": number(item.cash_bal),
            "eqUsd": number(eq_usd),
            "cashBal": number(item.cash_bal),
            "availBal": number(item.cash_bal - item.frozen_bal),
            "availEq": number(item.cash_bal - item.frozen_bal),
            "frozenBal": number(item.frozen_bal),
            "ordFrozen": number(item.ord_frozen),
            "upl": "0",
            "uTime": u_time,
        }
        if spot_mode:
            del detail["availEq"]
        details.append(detail)
    return {"totalEq": number(total), "uTime": u_time, "details": details}


def funding_data(state: AccountState, query: str) -> list[dict[str, Any]]:
    wanted = ccy_filter(query)
    return [
        {
            "ccy": item.ccy,
            "bal": number(item.bal),
            "availBal": number(item.bal - item.frozen_bal),
            "frozenBal": number(item.frozen_bal),
        }
        for item in state.account.funding
        if item.bal != 0 and (wanted is None or item.ccy in wanted)
    ]


def _param_error(code: str, msg: str) -> Refusal:
    return Refusal(status=400, code=code, msg=msg)


def parse_body(body: bytes, field: str) -> Any | Refusal:
    """The value of ``field`` in a JSON object body, or OKX's parameter errors."""
    if not body.strip():
        return _param_error("50000", "Body for POST request cannot be empty.")
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return _param_error("50002", "JSON syntax error")
    if not isinstance(payload, dict):
        return _param_error("50002", "JSON syntax error")
    value = payload.get(field)
    if value is None or value == "":
        return _param_error("50014", f"Parameter {field} can not be empty.")
    return value


SETTINGS_FAILED = Refusal(
    status=200,
    code="59000",
    msg="Settings failed. Close any open positions or orders before modifying settings.",
)


# The docs: "Portfolio margin account only supports net mode". The code OKX answers with is not
# documented; 51010 ("not possible under the current account mode") is the documented one that fits.
PORTFOLIO_NET_ONLY = Refusal(
    status=200,
    code="51010",
    msg="You can't complete this request under your current account mode.",
)


def set_position_mode(state: AccountState, body: bytes) -> list[dict[str, Any]] | Refusal:
    value = parse_body(body, "posMode")
    if isinstance(value, Refusal):
        return value
    if value not in POSITION_MODES:
        return _param_error("51000", "Parameter posMode error")
    if value == "long_short_mode" and state.acct_lv == "4":
        return PORTFOLIO_NET_ONLY
    if value != state.pos_mode and state.account.open_positions:
        return SETTINGS_FAILED
    state.pos_mode = value
    return [{"posMode": value}]


def set_account_level(state: AccountState, body: bytes) -> list[dict[str, Any]] | Refusal:
    value = parse_body(body, "acctLv")
    if isinstance(value, Refusal):
        return value
    if value not in ACCOUNT_LEVELS:
        return _param_error("51000", "Parameter acctLv error")
    if value != state.acct_lv:
        if state.account.open_positions:
            return SETTINGS_FAILED
        if value not in state.account.modes_enabled_on_web:
            return Refusal(
                status=200,
                code="51010",
                msg="You can't complete this request under your current account mode.",
            )
    state.acct_lv = value
    return [{"acctLv": value}]


class RateLimiter:
    """At most ``limit`` requests per ``window`` seconds for each (who, endpoint), sliding."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._seen: dict[tuple[str, str], deque[float]] = {}

    def allow(self, who: str, endpoint: str, limit: int, window: float) -> bool:
        now = self._clock()
        with self._lock:
            times = self._seen.setdefault((who, endpoint), deque())
            while times and times[0] <= now - window:
                times.popleft()
            if len(times) >= limit:
                return False
            times.append(now)
            return True

    def clear(self) -> None:
        with self._lock:
            self._seen.clear()


def initial_states(scenario: Scenario, now_ms: int) -> dict[str, AccountState]:
    return {
        name: AccountState.from_account(replace(account), now_ms)
        for name, account in scenario.accounts.items()
    }
