"""Saved connections: what the app knows about each OKX API key, secrets apart.

A :class:`Connection` holds only non-secret facts (the API key appears masked). The three secrets
travel separately as :class:`gui.okx.signing.Credentials`. This module also (de)serialises both to
the JSON shapes shared by the index file, the vault file and backups, with strict validation:
anything unexpected raises :class:`Malformed` (a ``ValueError``) naming the field, never the value.
"""

# ruff: noqa: N818 - error names read as the condition (LabelTaken), like keyring's

from __future__ import annotations

import json
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials, mask
from gui.vault.errors import InvalidLabel

E = TypeVar("E", bound=StrEnum)

MAX_LABEL = 64
MAX_TEXT = 2000  # notes, messages
MAX_SECRET = 256  # each secret field; OKX's are 36, 32 and at most 32 characters


class Malformed(ValueError):
    """A stored document does not have the expected shape. The text names fields, not values."""


class CheckStatus(StrEnum):
    CONNECTED = "connected"
    PROBLEM = "problem"


@dataclass(frozen=True)
class CheckSummary:
    """The outcome of the last connection check: short, English, no secrets."""

    at: datetime
    status: CheckStatus
    message: str
    code: str | None = None
    # True when the check ran on another computer (imported from a backup): its status is that
    # computer's, not yet confirmed here. Stored only when true, so older files read unchanged.
    elsewhere: bool = False


@dataclass(frozen=True)
class Issued:
    """A sub-account's key the app issued through a manager key (``gui.connections.issuing``).

    ``okx_label`` is the key's note on OKX (unique within the sub-account), how the app finds
    it in OKX's listing without keeping the API key outside the secrets. ``retired`` lists the
    notes of keys this one replaced that may still exist on OKX (a rotation cut short).
    """

    sub_account: str
    okx_label: str
    master_uid: str
    rotation_days: int = 0  # 0: no interval of its own
    retired: tuple[str, ...] = ()


@dataclass(frozen=True)
class PendingIssue:
    """Kept on the manager key's connection while a key is being created on OKX: if the app
    stops before the key is saved, the next start finds this and reports the leftover key."""

    sub_account: str
    okx_label: str
    at: datetime


@dataclass(frozen=True)
class Facts:
    """What OKX or the user told us about a key. All optional, all non-secret.

    ``key_created_on`` is the date the key was created on OKX (user-editable); ``None`` when
    adding means "today".
    """

    uid: str = ""
    sub_account: bool | None = None
    permissions: tuple[str, ...] = ()
    bound_ips: tuple[str, ...] = ()
    notes: str = ""
    key_created_on: date | None = None
    last_check: CheckSummary | None = None
    # Issued keys (stored only when set, so older files read unchanged and older apps ignore
    # them): this connection is the master account's manager key; it was issued by one; keys
    # being created through it.
    manager: bool = False
    issued: Issued | None = None
    pending: tuple[PendingIssue, ...] = ()


@dataclass(frozen=True)
class Connection:
    """One saved connection. ``id`` is random and stable for the life of one key."""

    id: str
    label: str
    region: Region
    environment: Environment
    masked_api_key: str
    added_on: date
    facts: Facts = field(default_factory=Facts)

    @property
    def key_created_on(self) -> date:
        return self.facts.key_created_on or self.added_on


def clean_label(label: str) -> str:
    """The label as stored: trimmed, NFC-normalised; raises :class:`InvalidLabel`."""
    text = unicodedata.normalize("NFC", label.strip())
    if not text or len(text) > MAX_LABEL:
        raise InvalidLabel()
    # A printable text has no control or format character: the per-character look (~10 us a
    # label, 1,000 labels read before the first paint) only for the rest.
    if not text.isprintable() and any(unicodedata.category(c)[0] == "C" for c in text):
        raise InvalidLabel()
    return text


def label_key(label: str) -> str:
    """What makes two labels "the same": trimmed, normalised, case-folded."""
    return unicodedata.normalize("NFC", label.strip()).casefold()


def unique_label(label: str, taken: set[str]) -> str:
    """``label`` if free, else ``label (2)``, ``label (3)``...; ``taken`` holds label_key()s."""
    base = clean_label(label)
    if label_key(base) not in taken:
        return base
    n = 2
    while True:
        suffix = f" ({n})"
        candidate = base[: MAX_LABEL - len(suffix)].rstrip() + suffix
        if label_key(candidate) not in taken:
            return candidate
        n += 1


def check_credentials(credentials: Credentials) -> None:
    """Refuses empty or absurdly long secrets (they could not be OKX's)."""
    from gui.vault.errors import SecretTooLarge

    for value in (credentials.api_key, credentials.secret_key, credentials.passphrase):
        if not isinstance(value, str) or not value or len(value) > MAX_SECRET:
            raise SecretTooLarge()


def free_label(label: str, taken: Collection[str]) -> str:
    r"""``label`` cleaned (InvalidLabel when empty or too long); LabelTaken when ``taken`` (the
    other connections' :func:`label_key`\ s) has it. Both stores' rule for add and rename."""
    from gui.vault.errors import LabelTaken

    label = clean_label(label)
    if label_key(label) in taken:
        raise LabelTaken(label)
    return label


def new_connection(
    connection_id: str,
    label: str,
    region: Region,
    environment: Environment,
    credentials: Credentials,
    facts: Facts,
    added_on: date,
) -> Connection:
    """A connection about to be added (``label`` already checked by :func:`free_label`): the
    secrets refused when they could not be OKX's, the key's creation date ``added_on`` unless
    the facts tell it. Both stores' rule for add."""
    check_credentials(credentials)
    return Connection(
        id=connection_id,
        label=label,
        region=Region(region),
        environment=Environment(environment),
        masked_api_key=masked(credentials),
        added_on=added_on,
        facts=dated(facts, added_on),
    )


def dated(facts: Facts, default: date | None) -> Facts:
    """``facts`` with the key's creation date, ``default`` unless they tell it."""
    return facts if facts.key_created_on else replace(facts, key_created_on=default)


# -- JSON shapes -------------------------------------------------------------------------------


# The readers below take the common case first (the value there, of exactly its type): the
# window's first frame decodes the whole index, ~20 us a connection before, ~10 now.
_MISSING = object()


def _need(obj: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    value = obj.get(key, _MISSING)
    if type(value) is kind:  # (bool is not int here)
        return value
    if value is _MISSING:
        raise Malformed(f"{where}: '{key}' is missing")
    if isinstance(value, bool) and kind is int:
        raise Malformed(f"{where}: '{key}' has the wrong type")
    if not isinstance(value, kind):
        raise Malformed(f"{where}: '{key}' has the wrong type")
    return value


def _text(obj: Mapping[str, Any], key: str, where: str, limit: int = MAX_TEXT) -> str:
    value = obj.get(key)
    if type(value) is str and len(value) <= limit:
        return value
    value = _need(obj, key, str, where)
    if len(value) > limit:
        raise Malformed(f"{where}: '{key}' is too long")
    return str(value)


def _strings(obj: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    items = _need(obj, key, list, where)
    if len(items) > 100 or not all(isinstance(i, str) and len(i) <= 200 for i in items):
        raise Malformed(f"{where}: '{key}' must be a short list of short strings")
    return tuple(items)


def _date(obj: Mapping[str, Any], key: str, where: str) -> date:
    try:
        return date.fromisoformat(_text(obj, key, where, 10))
    except ValueError:
        raise Malformed(f"{where}: '{key}' is not a date") from None


def _datetime(obj: Mapping[str, Any], key: str, where: str) -> datetime:
    try:
        moment = datetime.fromisoformat(_text(obj, key, where, 40))
    except ValueError:
        raise Malformed(f"{where}: '{key}' is not a time") from None
    if moment.tzinfo is None:
        raise Malformed(f"{where}: '{key}' has no time zone")
    return moment


_MEMBERS: dict[type, dict[str, Any]] = {}  # an enum's members by value (StrEnum: str values)


def _enum(obj: Mapping[str, Any], key: str, kind: type[E], where: str) -> E:
    members = _MEMBERS.get(kind)
    if members is None:
        members = _MEMBERS[kind] = {str(m.value): m for m in kind}
    member = members.get(_text(obj, key, where, 20))
    if member is None:
        raise Malformed(f"{where}: '{key}' is not a known value")
    return member  # type: ignore[no-any-return]


def _object(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise Malformed(f"{where} is not an object")
    return value


def check_to_json(check: CheckSummary) -> dict[str, Any]:
    document: dict[str, Any] = {
        "at": check.at.astimezone(UTC).isoformat(),
        "status": check.status.value,
        "message": check.message,
        "code": check.code,
    }
    if check.elsewhere:
        document["elsewhere"] = True
    return document


def check_from_json(value: Any, where: str) -> CheckSummary:
    obj = _object(value, where)
    code = obj.get("code")
    if code is not None and not (isinstance(code, str) and len(code) <= 20):
        raise Malformed(f"{where}: 'code' has the wrong type")
    elsewhere = obj.get("elsewhere", False)
    if not isinstance(elsewhere, bool):
        raise Malformed(f"{where}: 'elsewhere' has the wrong type")
    return CheckSummary(
        at=_datetime(obj, "at", where),
        status=_enum(obj, "status", CheckStatus, where),
        message=_text(obj, "message", where),
        code=code,
        elsewhere=elsewhere,
    )


def issued_to_json(issued: Issued) -> dict[str, Any]:
    return {
        "sub_account": issued.sub_account,
        "okx_label": issued.okx_label,
        "master_uid": issued.master_uid,
        "rotation_days": issued.rotation_days,
        "retired": list(issued.retired),
    }


def issued_from_json(value: Any, where: str) -> Issued:
    obj = _object(value, where)
    days = obj.get("rotation_days", 0)
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 36500:
        raise Malformed(f"{where}: 'rotation_days' is not a number of days")
    return Issued(
        sub_account=_text(obj, "sub_account", where, 64),
        okx_label=_text(obj, "okx_label", where, 64),
        master_uid=_text(obj, "master_uid", where, 40),
        rotation_days=days,
        retired=_strings(obj, "retired", where) if "retired" in obj else (),
    )


def pending_from_json(value: Any, where: str) -> PendingIssue:
    obj = _object(value, where)
    return PendingIssue(
        sub_account=_text(obj, "sub_account", where, 64),
        okx_label=_text(obj, "okx_label", where, 64),
        at=_datetime(obj, "at", where),
    )


def _issuing_to_json(facts: Facts) -> dict[str, Any]:
    """The issued-key facts, only those that are set."""
    document: dict[str, Any] = {}
    if facts.manager:
        document["manager"] = True
    if facts.issued is not None:
        document["issued"] = issued_to_json(facts.issued)
    if facts.pending:
        document["pending"] = [
            {
                "sub_account": p.sub_account,
                "okx_label": p.okx_label,
                "at": p.at.astimezone(UTC).isoformat(),
            }
            for p in facts.pending
        ]
    return document


def _issuing_from_json(obj: Mapping[str, Any], where: str) -> dict[str, Any]:
    manager = obj.get("manager", False)
    if not isinstance(manager, bool):
        raise Malformed(f"{where}: 'manager' has the wrong type")
    issued = obj.get("issued")
    pending = obj.get("pending", [])
    if not isinstance(pending, list) or len(pending) > 100:
        raise Malformed(f"{where}: 'pending' must be a short list")
    return {
        "manager": manager,
        "issued": None if issued is None else issued_from_json(issued, f"{where}.issued"),
        "pending": tuple(pending_from_json(p, f"{where}.pending") for p in pending),
    }


def connection_to_json(connection: Connection) -> dict[str, Any]:
    """The non-secret shape stored in the index, the vault file and backups."""
    facts = connection.facts
    return _issuing_to_json(facts) | {
        "id": connection.id,
        "label": connection.label,
        "region": connection.region.value,
        "environment": connection.environment.value,
        "masked_api_key": connection.masked_api_key,
        "added_on": connection.added_on.isoformat(),
        "key_created_on": connection.key_created_on.isoformat(),
        "uid": facts.uid,
        "sub_account": facts.sub_account,
        "permissions": list(facts.permissions),
        "bound_ips": list(facts.bound_ips),
        "notes": facts.notes,
        "last_check": None if facts.last_check is None else check_to_json(facts.last_check),
    }


def connection_from_json(value: Any, where: str = "connection") -> Connection:
    obj = _object(value, where)
    connection_id = _text(obj, "id", where, 64)
    plain = connection_id.replace("-", "").replace("_", "")  # letters and digits, "-", "_"
    if not connection_id or (plain and not plain.isalnum()):
        raise Malformed(f"{where}: 'id' is not a valid id")
    try:
        label = clean_label(_text(obj, "label", where, MAX_LABEL + 10))
    except InvalidLabel:
        raise Malformed(f"{where}: 'label' is not a valid label") from None
    sub_account = obj.get("sub_account")
    if sub_account is not None and not isinstance(sub_account, bool):
        raise Malformed(f"{where}: 'sub_account' has the wrong type")
    last_check = obj.get("last_check")
    return Connection(
        id=connection_id,
        label=label,
        region=_enum(obj, "region", Region, where),
        environment=_enum(obj, "environment", Environment, where),
        masked_api_key=_text(obj, "masked_api_key", where, 16),
        added_on=_date(obj, "added_on", where),
        facts=Facts(
            uid=_text(obj, "uid", where, 40),
            sub_account=sub_account,
            permissions=_strings(obj, "permissions", where),
            bound_ips=_strings(obj, "bound_ips", where),
            notes=_text(obj, "notes", where),
            key_created_on=_date(obj, "key_created_on", where),
            last_check=None if last_check is None else check_from_json(last_check, where),
            **_issuing_from_json(obj, where),
        ),
    )


def credentials_to_json(credentials: Credentials) -> dict[str, str]:
    return {
        "api_key": credentials.api_key,
        "secret_key": credentials.secret_key,
        "passphrase": credentials.passphrase,
    }


def credentials_from_json(value: Any, where: str = "secrets") -> Credentials:
    obj = _object(value, where)
    parts = [_text(obj, key, where, MAX_SECRET) for key in ("api_key", "secret_key", "passphrase")]
    if not all(parts):
        raise Malformed(f"{where}: a secret is empty")
    return Credentials(*parts)


def masked(credentials: Credentials) -> str:
    """The API key as the UI shows it (last 4 characters)."""
    return mask(credentials.api_key)


def dumps(document: Mapping[str, Any]) -> bytes:
    """Compact, stable JSON bytes (UTF-8)."""
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def loads_object(data: bytes, where: str) -> Mapping[str, Any]:
    """Parses JSON bytes that must hold an object; raises :class:`Malformed`."""
    try:
        value = json.loads(data.decode("utf-8"))
    except RecursionError:
        raise Malformed(f"{where} is too deeply nested to be one of this app's files") from None
    except (UnicodeDecodeError, ValueError):
        raise Malformed(f"{where} is not valid JSON") from None
    return _object(value, where)


def check_format(doc: Mapping[str, Any], fmt: str, where: str) -> int:
    """Checks ``format`` and returns ``version`` (an int >= 1)."""
    if doc.get("format") != fmt:
        raise Malformed(f"{where} is not a {fmt} document")
    version = _need(doc, "version", int, where)
    if version < 1:
        raise Malformed(f"{where}: 'version' is not valid")
    return int(version)
