"""A master account's sub-accounts and their API keys, through the master's own key.

:class:`SubAccountApi` wraps an :class:`~gui.okx.client.OkxClient` signed with the master
account's key (the "manager key") and returns typed results; OKX's refusals come as
:class:`~gui.okx.errors.OkxError` with cause and fix (59500 not a master account, 50035 the key
is not bound to an IP, 59510 no such sub-account, 50011 rate limit...). Facts: ``shared/okx/
SUBACCOUNTS.md``. The secret key of a new key is in OKX's answer once: :meth:`create_key`
returns it inside :class:`Credentials` (whose ``repr`` shows only the masked API key).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from gui.okx.client import OkxClient
from gui.okx.errors import unexpected_error
from gui.okx.models import Permission
from gui.okx.pacing import Limit, Pacer
from gui.okx.signing import Credentials, mask

PATH_SUB_LIST = "/api/v5/users/subaccount/list"
PATH_SUB_CREATE = "/api/v5/users/subaccount/create-subaccount"
PATH_SUB_APIKEY = "/api/v5/users/subaccount/apikey"
PATH_SUB_MODIFY = "/api/v5/users/subaccount/modify-apikey"
PATH_SUB_DELETE = "/api/v5/users/subaccount/delete-apikey"

# OKX's limits per master UID (SUBACCOUNTS.md), for pacing: (requests, seconds).
LIMITS = {
    ("GET", PATH_SUB_LIST): (2, 2.0),
    ("POST", PATH_SUB_CREATE): (1, 1.0),
    ("POST", PATH_SUB_APIKEY): (1, 1.0),
    ("GET", PATH_SUB_APIKEY): (20, 2.0),
    ("POST", PATH_SUB_MODIFY): (1, 1.0),
    ("POST", PATH_SUB_DELETE): (1, 1.0),
}
# One pacer per process: every manager key of one master account shares OKX's limits.
SHARED_PACER = Pacer({f"{m} {p}": Limit(n, w) for (m, p), (n, w) in LIMITS.items()})
MAX_BOUND_IPS = 20
STANDARD = "1"  # subaccount/list ``type``: 1 standard; 2 managed trading; 5, 9, 12 custody


@dataclass(frozen=True)
class SubAccount:
    """One sub-account of the master account."""

    name: str  # ``subAcct``
    uid: str
    label: str
    type: str
    enabled: bool

    @property
    def standard(self) -> bool:
        """Only standard sub-accounts are the user's to issue keys for."""
        return self.type == STANDARD


@dataclass(frozen=True)
class SubAccountKey:
    """A sub-account's API key as OKX lists it (never its secret)."""

    sub_account: str
    label: str  # the key's note on OKX
    api_key: str = field(repr=False)
    permissions: frozenset[Permission]
    ips: tuple[str, ...]
    created_ms: int

    @property
    def masked(self) -> str:
        return mask(self.api_key)

    def __repr__(self) -> str:
        return f"SubAccountKey({self.sub_account!r}, {self.label!r}, {self.masked!r})"


@dataclass(frozen=True)
class NewKey:
    """A key OKX has just created: what it lists, and the credentials it gave once."""

    key: SubAccountKey
    credentials: Credentials


def perm_field(permissions: Iterable[Permission]) -> str:
    """``read_only,trade`` as OKX wants it; Withdraw is never requested."""
    wanted = set(permissions)
    if Permission.WITHDRAW in wanted:
        raise ValueError("keys issued by the app never get the Withdraw permission")
    return ",".join(p.value for p in (Permission.READ, Permission.TRADE) if p in wanted)


def _items(data: object, what: str) -> list[Mapping[str, Any]]:
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise unexpected_error(f"{what}: data")
    return data


def _str(item: Mapping[str, Any], key: str, what: str, required: bool = True) -> str:
    value = item.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise unexpected_error(f"{what}.{key}")
    return value


def _key(item: Mapping[str, Any], sub_account: str, what: str) -> SubAccountKey:
    tokens = {t.strip() for t in _str(item, "perm", what).split(",") if t.strip()}
    known = {p.value for p in Permission}
    ts = _str(item, "ts", what, required=False)
    return SubAccountKey(
        sub_account=_str(item, "subAcct", what, required=False) or sub_account,
        label=_str(item, "label", what, required=False),
        api_key=_str(item, "apiKey", what),
        permissions=frozenset(Permission(t) for t in tokens if t in known),
        ips=tuple(ip.strip() for ip in _str(item, "ip", what, False).split(",") if ip.strip()),
        created_ms=int(ts) if ts.isascii() and ts.isdigit() and len(ts) <= 16 else 0,
    )


class SubAccountApi:
    """The sub-account endpoints, signed with the master account's key held by ``client``."""

    def __init__(self, client: OkxClient, pacer: Pacer | None = SHARED_PACER) -> None:
        """``pacer`` spaces the requests within OKX's limits (None: no pacing, for tests that
        provoke OKX's rate limit)."""
        self.client = client
        self._pacer = pacer

    def _call(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        payload: dict[str, Any] | None = None,
    ) -> Any:
        if self._pacer is None:
            return self.client.signed(method, path, params=params, payload=payload)
        release = self._pacer.acquire("master", f"{method} {path}")
        try:
            return self.client.signed(method, path, params=params, payload=payload)
        finally:
            release()

    def sub_accounts(self) -> list[SubAccount]:
        """Every sub-account (the first 100, as OKX pages them)."""
        what = "subaccount/list"
        data = self._call("GET", PATH_SUB_LIST, params={"limit": "100"})
        result = []
        for item in _items(data, what):
            enabled = item.get("enable", True)
            result.append(
                SubAccount(
                    name=_str(item, "subAcct", what),
                    uid=_str(item, "uid", what, required=False),
                    label=_str(item, "label", what, required=False),
                    type=_str(item, "type", what, required=False) or STANDARD,
                    enabled=enabled if isinstance(enabled, bool) else True,
                )
            )
        return result

    def create_sub_account(self, name: str, label: str = "") -> SubAccount:
        """A new standard sub-account (``label``: 6–32 characters, or none)."""
        payload = {"subAcct": name, "type": STANDARD}
        if label:
            payload["label"] = label
        what = "subaccount/create-subaccount"
        data = _items(self._call("POST", PATH_SUB_CREATE, payload=payload), what)
        if not data:
            raise unexpected_error(f"{what}: empty data")
        item = data[0]
        return SubAccount(
            name=_str(item, "subAcct", what, required=False) or name,
            uid=_str(item, "uid", what, required=False),
            label=_str(item, "label", what, required=False),
            type=STANDARD,
            enabled=True,
        )

    def create_key(
        self,
        sub_account: str,
        label: str,
        passphrase: str,
        permissions: Iterable[Permission],
        ips: Sequence[str],
    ) -> NewKey:
        """Creates a key for ``sub_account``; OKX's answer is the only time it gives the
        secret key."""
        payload = {
            "subAcct": sub_account,
            "label": label,
            "passphrase": passphrase,
            "perm": perm_field(permissions),
            "ip": ",".join(ips),
        }
        what = "subaccount/apikey"
        data = _items(self._call("POST", PATH_SUB_APIKEY, payload=payload), what)
        if not data:
            raise unexpected_error(f"{what}: empty data")
        item = data[0]
        key = _key(item, sub_account, what)
        secret = _str(item, "secretKey", what)
        answered = _str(item, "passphrase", what, required=False) or passphrase
        if not secret or answered != passphrase:
            raise unexpected_error(f"{what}.secretKey")
        return NewKey(key, Credentials(key.api_key, secret, passphrase))

    def keys(self, sub_account: str, api_key: str = "") -> list[SubAccountKey]:
        """The keys of ``sub_account`` (only ``api_key``'s when given: empty if it is gone)."""
        params = {"subAcct": sub_account}
        if api_key:
            params["apiKey"] = api_key
        data = self._call("GET", PATH_SUB_APIKEY, params=params)
        return [_key(item, sub_account, "subaccount/apikey") for item in _items(data, "apikey")]

    def modify_key(
        self,
        sub_account: str,
        api_key: str,
        *,
        permissions: Iterable[Permission] | None = None,
        ips: Sequence[str] | None = None,
    ) -> SubAccountKey:
        """Resets a key's permissions and/or bound IPs (``ips=()`` removes every binding)."""
        payload: dict[str, Any] = {"subAcct": sub_account, "apiKey": api_key}
        if permissions is not None:
            payload["perm"] = perm_field(permissions)
        if ips is not None:
            payload["ip"] = ",".join(ips)
        what = "subaccount/modify-apikey"
        data = _items(self._call("POST", PATH_SUB_MODIFY, payload=payload), what)
        if not data:
            raise unexpected_error(f"{what}: empty data")
        return _key(data[0], sub_account, what)

    def delete_key(self, sub_account: str, api_key: str) -> None:
        """Deletes a key on OKX; it stops working at once."""
        payload = {"subAcct": sub_account, "apiKey": api_key}
        self._call("POST", PATH_SUB_DELETE, payload=payload)
