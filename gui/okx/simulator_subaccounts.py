"""The simulator's master account: its sub-accounts and their API keys (SUBACCOUNTS.md).

:class:`SubAccounts` holds what these endpoints change (sub-accounts created, keys created,
modified and deleted) and answers them once the simulator has authenticated the request, counted
it against the rate limit and checked the key's permission. What it checks, in order:

1. the key belongs to a master account, else 59500 (a sub-account's key);
2. a writing endpoint needs the master key bound to IP addresses, else HTTP 403 50035;
3. the endpoint's own rules: the sub-account's name (6–20 letters and digits, 51000; unknown
   or another master's, 59510), its type (managed and custody: 59614), the passphrase rule
   (59505), at most 20 IPs (59503), no withdraw (59504), a note used twice (59502), a key the
   sub-account does not have (59506).

A key is usable the moment it is created and refused (50119) the moment it is deleted: the
simulator's key registry is changed through the two callables it passes in.
"""

from __future__ import annotations

import ipaddress
import json
import re
import secrets
import string
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import parse_qs

from gui.okx.signing import Credentials
from gui.okx.simulator_auth import Incoming, Refusal
from gui.okx.simulator_scenario import (
    MAX_BOUND_IPS,
    PERM_FIELD,
    Account,
    Permission,
    Scenario,
    SimKey,
)

PATH_SUB_LIST = "/api/v5/users/subaccount/list"
PATH_SUB_CREATE = "/api/v5/users/subaccount/create-subaccount"
PATH_SUB_APIKEY = "/api/v5/users/subaccount/apikey"
PATH_SUB_MODIFY = "/api/v5/users/subaccount/modify-apikey"
PATH_SUB_DELETE = "/api/v5/users/subaccount/delete-apikey"
PATH_SUB_TRADING = "/api/v5/account/subaccount/balances"
PATH_SUB_FUNDING = "/api/v5/asset/subaccount/balances"


@dataclass(frozen=True)
class SubRoute:
    """One endpoint: its limit per master UID, the permission it needs, whether it writes."""

    limit: int
    window: float
    permission: Permission
    writes: bool = False


# (method, path): GET and POST of ``…/apikey`` are two endpoints with their own limits.
SUB_ROUTES: dict[tuple[str, str], SubRoute] = {
    ("GET", PATH_SUB_LIST): SubRoute(2, 2.0, Permission.READ),
    ("POST", PATH_SUB_CREATE): SubRoute(1, 1.0, Permission.TRADE, writes=True),
    ("POST", PATH_SUB_APIKEY): SubRoute(1, 1.0, Permission.TRADE, writes=True),
    ("GET", PATH_SUB_APIKEY): SubRoute(20, 2.0, Permission.READ),
    ("POST", PATH_SUB_MODIFY): SubRoute(1, 1.0, Permission.TRADE, writes=True),
    ("POST", PATH_SUB_DELETE): SubRoute(1, 1.0, Permission.TRADE, writes=True),
    ("GET", PATH_SUB_TRADING): SubRoute(6, 2.0, Permission.READ),
    ("GET", PATH_SUB_FUNDING): SubRoute(6, 2.0, Permission.READ),
}
SUB_PATHS = frozenset(path for _, path in SUB_ROUTES)

SUB_NAME = re.compile(r"[A-Za-z0-9]{6,20}")
SPECIALS = frozenset(string.punctuation)
ISSUABLE_TYPES = frozenset({"1"})  # standard; 2 managed trading, 5/9/12 custody are not
FIELD_OF_PERM = {value: perm for perm, value in PERM_FIELD.items()}

NOT_MASTER = Refusal(200, "59500", "Only the APIKey of the main account has permission.")
NOT_IP_BOUND = Refusal(
    403, "50035", "This endpoint requires that APIKey must be bound to IP", with_data=False
)
NO_SUB_ACCOUNT = Refusal(200, "59510", "Sub-account does not exist")
MANAGED = Refusal(200, "59614", "Managed sub account do not support this operation")
BAD_PASSPHRASE = Refusal(200, "59505", "The passphrase format is incorrect.")
TOO_MANY_IPS = Refusal(200, "59503", "Each APIKey can bind up to 20 IP addresses.")
NO_WITHDRAW = Refusal(200, "59504", "The sub account does not support the withdrawal function.")
LABEL_TAKEN = Refusal(
    200, "59502", "Note name cannot be duplicate with the currently created APIKey note name."
)
NAME_TAKEN = Refusal(200, "59601", "This sub-account name already exists, try another name.")
NO_SUCH_KEY = Refusal(200, "59506", "APIKey does not exist.")


def _param(field: str, empty: bool = False) -> Refusal:
    if empty:
        return Refusal(400, "50014", f"Parameter {field} can not be empty.")
    return Refusal(400, "51000", f"Parameter {field} error")


def passphrase_ok(passphrase: str) -> bool:
    """OKX's rule for keys made through the API: 8–32 characters with a digit, an upper-case
    and a lower-case letter and a special character."""
    return (
        8 <= len(passphrase) <= 32
        and any(c.isdigit() for c in passphrase)
        and any(c.isupper() for c in passphrase)
        and any(c.islower() for c in passphrase)
        and any(c in SPECIALS for c in passphrase)
    )


@dataclass(frozen=True)
class SubKey:
    """A sub-account's key as the master sees it, with its creation time."""

    key: SimKey
    ts_ms: int


class SubAccounts:
    """Sub-accounts and their keys; every method runs under the simulator's lock."""

    def __init__(
        self,
        scenario: Scenario,
        now_ms: int,
        add_key: Callable[[SimKey], None],
        remove_key: Callable[[SimKey], None],
    ) -> None:
        self.accounts: dict[str, Account] = dict(scenario.accounts)
        self._created_ms: dict[str, int] = dict.fromkeys(self.accounts, now_ms)
        self._add_key = add_key
        self._remove_key = remove_key
        self.keys: dict[str, SubKey] = {
            k.credentials.api_key: SubKey(k, now_ms)
            for k in scenario.keys
            if self.accounts[k.account].sub_acct
        }

    # --- lookups -----------------------------------------------------------------------------

    def subs_of(self, master: Account) -> list[Account]:
        return [
            a
            for a in self.accounts.values()
            if a.sub_acct and a.main_uid == master.uid and a.uid != master.uid
        ]

    def _sub(self, master: Account, name: str) -> Account | Refusal:
        if not name:
            return _param("subAcct", empty=True)
        if not SUB_NAME.fullmatch(name):
            return _param("subAcct")
        for account in self.subs_of(master):
            if account.sub_acct == name:
                return account
        return NO_SUB_ACCOUNT

    def keys_of(self, account: Account) -> list[SubKey]:
        return sorted(
            (k for k in self.keys.values() if k.key.account == account.id), key=lambda k: k.ts_ms
        )

    def keys_of_name(self, sub_acct: str) -> list[SubKey]:
        for account in self.accounts.values():
            if account.sub_acct == sub_acct:
                return self.keys_of(account)
        raise KeyError(sub_acct)

    # --- answering ---------------------------------------------------------------------------

    def answer(
        self,
        request: Incoming,
        route: SubRoute,
        key: SimKey,
        now_ms: int,
        render: Callable[[Account, str, str], Any],
    ) -> list[Any] | Refusal:
        """The ``data`` of the answer, or OKX's refusal. ``render(account, path, query)``
        renders a sub-account's balances (the simulator owns the account states)."""
        master = self.accounts[key.account]
        if master.type != "0" or master.main_uid != master.uid:
            return NOT_MASTER
        if route.writes and not key.ips:
            return NOT_IP_BOUND
        if request.method == "GET":
            query = {k: v[-1] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
            return self._get(request.path, query, master, render)
        body = _body(request.body)
        if isinstance(body, Refusal):
            return body
        if request.path == PATH_SUB_CREATE:
            return self._create_sub(master, body, now_ms)
        sub = self._sub(master, _text(body.get("subAcct")))
        if isinstance(sub, Refusal):
            return sub
        if request.path == PATH_SUB_APIKEY:
            return self._create_key(sub, key, body, now_ms)
        found = self._key_of(sub, _text(body.get("apiKey")))
        if isinstance(found, Refusal):
            return found
        if request.path == PATH_SUB_DELETE:
            del self.keys[found.key.credentials.api_key]
            self._remove_key(found.key)
            return [{"subAcct": sub.sub_acct}]
        return self._modify_key(sub, found, body)

    def _get(
        self,
        path: str,
        query: dict[str, str],
        master: Account,
        render: Callable[[Account, str, str], Any],
    ) -> list[Any] | Refusal:
        if path == PATH_SUB_LIST:
            subs = self.subs_of(master)
            name = query.get("subAcct", "")
            if name:
                subs = [a for a in subs if a.sub_acct == name]
            enable = query.get("enable", "")
            if enable in ("true", "false"):
                subs = [a for a in subs if a.enable == (enable == "true")]
            limit = query.get("limit", "100")
            if not limit.isdigit() or not 1 <= int(limit) <= 100:
                return _param("limit")
            return [self._sub_data(a) for a in subs][: int(limit)]
        sub = self._sub(master, query.get("subAcct", ""))
        if isinstance(sub, Refusal):
            return sub
        if path == PATH_SUB_APIKEY:
            wanted = query.get("apiKey", "")
            return [
                _key_data(k)
                for k in self.keys_of(sub)
                if not wanted or k.key.credentials.api_key == wanted
            ]
        rendered: list[Any] = render(sub, path, "")
        return rendered

    def _sub_data(self, account: Account) -> dict[str, Any]:
        return {
            "type": account.type,
            "enable": account.enable,
            "subAcct": account.sub_acct,
            "uid": account.uid,
            "label": account.sub_label,
            "mobile": "",
            "gAuth": False,
            "frozenFunc": [],
            "canTransOut": True,
            "ts": str(self._created_ms.get(account.id, 0)),
            "subAcctLv": "1",
            "firstLvSubAcct": account.sub_acct,
            "ifDma": False,
        }

    def _create_sub(
        self, master: Account, body: dict[str, Any], now_ms: int
    ) -> list[Any] | Refusal:
        name = _text(body.get("subAcct"))
        if not name:
            return _param("subAcct", empty=True)
        if not SUB_NAME.fullmatch(name):
            return _param("subAcct")
        kind = _text(body.get("type"))
        if not kind:
            return _param("type", empty=True)
        if kind not in ISSUABLE_TYPES:
            return _param("type")
        label = _text(body.get("label"))
        if label and not 6 <= len(label) <= 32:
            return _param("label")
        if any(a.sub_acct == name for a in self.accounts.values()):
            return NAME_TAKEN
        uid = str(539_117_624_081_300_000 + len(self.accounts))
        account_id = f"sub:{name}"
        self.accounts[account_id] = Account(
            id=account_id,
            uid=uid,
            main_uid=master.uid,
            type="1",
            sub_acct=name,
            sub_label=label,
        )
        self._created_ms[account_id] = now_ms
        return [{"subAcct": name, "label": label, "uid": uid, "ts": str(now_ms)}]

    def _create_key(
        self, sub: Account, master_key: SimKey, body: dict[str, Any], now_ms: int
    ) -> list[Any] | Refusal:
        if sub.type not in ISSUABLE_TYPES:
            return MANAGED
        label = _text(body.get("label"))
        if not label:
            return _param("label", empty=True)
        passphrase = _text(body.get("passphrase"))
        if not passphrase:
            return _param("passphrase", empty=True)
        if not passphrase_ok(passphrase):
            return BAD_PASSPHRASE
        permissions = _permissions(_text(body.get("perm")) or "read_only")
        if isinstance(permissions, Refusal):
            return permissions
        ips = _ips(_text(body.get("ip")))
        if isinstance(ips, Refusal):
            return ips
        if any(k.key.label == label for k in self.keys_of(sub)):
            return LABEL_TAKEN
        credentials = Credentials(str(uuid.uuid4()), secrets.token_hex(16).upper(), passphrase)
        created = SimKey(
            name=f"{sub.sub_acct}/{label}",
            credentials=credentials,
            account=sub.id,
            region=master_key.region,
            environment=master_key.environment,
            permissions=permissions,
            ips=ips,
            label=label,
        )
        self.keys[credentials.api_key] = SubKey(created, now_ms)
        self._add_key(created)
        data = _key_data(self.keys[credentials.api_key])
        data.update(subAcct=sub.sub_acct, secretKey=credentials.secret_key, passphrase=passphrase)
        return [data]

    def _key_of(self, sub: Account, api_key: str) -> SubKey | Refusal:
        if not api_key:
            return _param("apiKey", empty=True)
        found = self.keys.get(api_key)
        if found is None or found.key.account != sub.id:
            return NO_SUCH_KEY
        return found

    def _modify_key(self, sub: Account, found: SubKey, body: dict[str, Any]) -> list[Any] | Refusal:
        changed = found.key
        if "label" in body:
            label = _text(body.get("label"))
            if not label:
                return _param("label")
            changed = replace(changed, label=label, name=f"{sub.sub_acct}/{label}")
        if "perm" in body:
            permissions = _permissions(_text(body.get("perm")))
            if isinstance(permissions, Refusal):
                return permissions
            changed = replace(changed, permissions=permissions)
        if "ip" in body:
            ips = _ips(_text(body.get("ip")))
            if isinstance(ips, Refusal):
                return ips
            changed = replace(changed, ips=ips)
        self.change_key(changed)
        data = _key_data(self.keys[changed.credentials.api_key])
        data["subAcct"] = sub.sub_acct
        return [data]

    def change_key(self, changed: SimKey) -> None:
        """Puts ``changed`` in place of the key with the same API key (web-site edits too)."""
        old = self.keys[changed.credentials.api_key]
        self._remove_key(old.key)
        self.keys[changed.credentials.api_key] = SubKey(changed, old.ts_ms)
        self._add_key(changed)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _body(body: bytes) -> dict[str, Any] | Refusal:
    if not body.strip():
        return Refusal(400, "50000", "Body for POST request cannot be empty.")
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return Refusal(400, "50002", "JSON syntax error")
    if not isinstance(payload, dict):
        return Refusal(400, "50002", "JSON syntax error")
    return payload


def _permissions(text: str) -> frozenset[Permission] | Refusal:
    names = [p.strip() for p in text.split(",") if p.strip()]
    if "withdraw" in names:
        return NO_WITHDRAW
    if not names or any(n not in FIELD_OF_PERM for n in names):
        return _param("perm")
    return frozenset({Permission.READ, *(FIELD_OF_PERM[n] for n in names)})


def _ips(text: str) -> tuple[str, ...] | Refusal:
    ips = tuple(ip.strip() for ip in text.split(",") if ip.strip())
    if len(ips) > MAX_BOUND_IPS:
        return TOO_MANY_IPS
    for ip in ips:
        try:
            ipaddress.ip_address(ip)
        except ValueError:
            return _param("ip")
    return ips


def _key_data(sub_key: SubKey) -> dict[str, Any]:
    key = sub_key.key
    return {
        "label": key.label,
        "apiKey": key.credentials.api_key,
        "perm": key.perm_field,
        "ip": ",".join(key.ips),
        "ts": str(sub_key.ts_ms),
    }
