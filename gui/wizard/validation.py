"""Checks of the pasted key fields, run as the user types. Pure functions, no Qt.

OKX does not specify key formats; real keys are UUID-style API keys (8-4-4-4-12 hex) and
32-character hex secret keys. A format problem is therefore a *warning* the user may override; a
missing field is an *error* that blocks. Each message says what is wrong and what to do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from gui.text import QT_TRANSLATE_NOOP, Text

UUID_LENGTH = 36
SECRET_LENGTH = 32
PASSPHRASE_MIN = 8
PASSPHRASE_MAX = 32
LABEL_MAX = 64  # the vault's limit

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)
_UUID_PREFIX = re.compile(r"[0-9a-f-]+", re.IGNORECASE)
_HEX = re.compile(r"[0-9a-f]+", re.IGNORECASE)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", re.IGNORECASE)
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_SPECIALS = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


class Severity(Enum):
    ERROR = "error"  # blocks Next
    WARNING = "warning"  # blocks Next until the user accepts format warnings


class Field(Enum):
    LABEL = "label"
    API_KEY = "api_key"
    SECRET_KEY = "secret_key"  # noqa: S105 - a field name
    PASSPHRASE = "passphrase"  # noqa: S105 - a field name


@dataclass(frozen=True)
class Issue:
    field: Field
    severity: Severity
    message: Text


def _w(source: str, **args: object) -> Text:
    return Text(source, args, context="wizard")


def clean(value: str) -> str:
    """The value as it should be stored: surrounding whitespace and invisible characters removed."""
    return value.strip().strip(_INVISIBLE).strip()


def _has_inner_space(value: str) -> bool:
    return any(ch.isspace() or ch in _INVISIBLE for ch in value)


def looks_like_api_key(value: str) -> bool:
    return _UUID.fullmatch(value) is not None


def looks_like_secret_key(value: str) -> bool:
    return len(value) == SECRET_LENGTH and _HEX.fullmatch(value) is not None


def check_label(label: str) -> list[Issue]:
    label = clean(label)
    if not label:
        msg = _w(QT_TRANSLATE_NOOP("wizard", "Give this connection a name, e.g. “Main account”."))
        return [Issue(Field.LABEL, Severity.ERROR, msg)]
    if len(label) > LABEL_MAX:
        msg = _w(
            QT_TRANSLATE_NOOP("wizard", "Keep the name under {max} characters."), max=LABEL_MAX
        )
        return [Issue(Field.LABEL, Severity.ERROR, msg)]
    return []


def check_api_key(api_key: str, secret_key: str = "") -> list[Issue]:
    value, other = clean(api_key), clean(secret_key)
    sev, f = Severity.WARNING, Field.API_KEY
    if not value:
        msg = _w(QT_TRANSLATE_NOOP("wizard", "Paste the API key OKX showed you."))
        return [Issue(f, Severity.ERROR, msg)]
    if looks_like_api_key(value):
        return []
    if looks_like_secret_key(value):
        if looks_like_api_key(other):
            text = QT_TRANSLATE_NOOP(
                "wizard", "The API key and the secret key look swapped: swap them back."
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "wizard", "This looks like a secret key. The API key has dashes (8-4-4-4-12)."
            )
        return [Issue(f, sev, _w(text))]
    if _has_inner_space(value):
        msg = _w(QT_TRANSLATE_NOOP("wizard", "The API key contains spaces: paste it again."))
        return [Issue(f, sev, msg)]
    if _UUID_PREFIX.fullmatch(value) and len(value) < UUID_LENGTH:
        msg = _w(
            QT_TRANSLATE_NOOP(
                "wizard",
                "The API key looks cut off: {length} of {expected} characters. Copy all of it.",
            ),
            length=len(value),
            expected=UUID_LENGTH,
        )
        return [Issue(f, sev, msg)]
    if len(value) > UUID_LENGTH and _UUID.match(value):
        msg = _w(
            QT_TRANSLATE_NOOP(
                "wizard", "The API key has extra characters at the end: was it pasted twice?"
            )
        )
        return [Issue(f, sev, msg)]
    msg = _w(
        QT_TRANSLATE_NOOP(
            "wizard",
            "This does not look like an OKX API key (usually 36 characters like "
            "1a2b3c4d-…-…). Check you copied the right field.",
        )
    )
    return [Issue(f, sev, msg)]


def check_secret_key(secret_key: str, api_key: str = "") -> list[Issue]:
    value, other = clean(secret_key), clean(api_key)
    sev, f = Severity.WARNING, Field.SECRET_KEY
    if not value:
        msg = _w(
            QT_TRANSLATE_NOOP(
                "wizard",
                "Paste the secret key. OKX shows it only once, when the key is created; "
                "if you lost it, create a new key.",
            )
        )
        return [Issue(f, Severity.ERROR, msg)]
    if looks_like_secret_key(value):
        if value == other:
            msg = _w(QT_TRANSLATE_NOOP("wizard", "The secret key is the same as the API key."))
            return [Issue(f, sev, msg)]
        return []
    if looks_like_api_key(value):
        if looks_like_secret_key(other):
            text = QT_TRANSLATE_NOOP(
                "wizard", "The API key and the secret key look swapped: swap them back."
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "wizard", "This looks like an API key. The secret key has 32 characters, no dashes."
            )
        return [Issue(f, sev, _w(text))]
    if _has_inner_space(value):
        msg = _w(QT_TRANSLATE_NOOP("wizard", "The secret key contains spaces: paste it again."))
        return [Issue(f, sev, msg)]
    if _HEX.fullmatch(value) and len(value) < SECRET_LENGTH:
        msg = _w(
            QT_TRANSLATE_NOOP(
                "wizard",
                "The secret key looks cut off: {length} of {expected} characters. Copy all of it.",
            ),
            length=len(value),
            expected=SECRET_LENGTH,
        )
        return [Issue(f, sev, msg)]
    if _HEX.fullmatch(value) and len(value) > SECRET_LENGTH:
        msg = _w(
            QT_TRANSLATE_NOOP(
                "wizard",
                "The secret key is longer than {expected} characters: was it pasted twice?",
            ),
            expected=SECRET_LENGTH,
        )
        return [Issue(f, sev, msg)]
    msg = _w(
        QT_TRANSLATE_NOOP(
            "wizard",
            "This does not look like an OKX secret key (usually 32 characters, 0–9 and A–F).",
        )
    )
    return [Issue(f, sev, msg)]


def passphrase_rule_problems(passphrase: str) -> list[str]:
    """The parts of OKX's rule for keys made through its API (8–32 chars, digit, upper, lower,
    special) not met. Used for the passphrases this app generates, never to judge a user's."""
    missing = []
    if not PASSPHRASE_MIN <= len(passphrase) <= PASSPHRASE_MAX:
        missing.append("length")
    if not any(c.isdigit() for c in passphrase):
        missing.append("digit")
    if not any(c.isupper() for c in passphrase):
        missing.append("upper")
    if not any(c.islower() for c in passphrase):
        missing.append("lower")
    if not any(c in _SPECIALS for c in passphrase):
        missing.append("special")
    return missing


def check_passphrase(passphrase: str, api_key: str = "", secret_key: str = "") -> list[Issue]:
    # A passphrase may legitimately contain inner spaces, so only the ends are trimmed.
    value = clean(passphrase)
    sev, f = Severity.WARNING, Field.PASSPHRASE
    if not value:
        msg = _w(
            QT_TRANSLATE_NOOP(
                "wizard", "Enter the passphrase you chose when you created this API key."
            )
        )
        return [Issue(f, Severity.ERROR, msg)]
    if value in {clean(api_key), clean(secret_key)}:
        msg = _w(
            QT_TRANSLATE_NOOP(
                "wizard",
                "This is a key, not the passphrase. The passphrase is the one you typed "
                "yourself when creating the key.",
            )
        )
        return [Issue(f, sev, msg)]
    if _EMAIL.fullmatch(value):
        msg = _w(
            QT_TRANSLATE_NOOP(
                "wizard",
                "This looks like an e-mail address. Enter the API key's passphrase, "
                "not your login.",
            )
        )
        return [Issue(f, sev, msg)]
    # OKX documents a passphrase rule (8–32 characters, digit, upper, lower, symbol) only for keys
    # made through its API; its own examples use "123456", and a key made on the web with a
    # simpler passphrase may be valid. Nothing here judges a passphrase's length or strength:
    # only the paste mistakes above are pointed out, and OKX's answer settles the rest.
    return []


def check_keys(label: str, api_key: str, secret_key: str, passphrase: str) -> list[Issue]:
    """All issues of the Enter-keys page, in field order."""
    return [
        *check_label(label),
        *check_api_key(api_key, secret_key),
        *check_secret_key(secret_key, api_key),
        *check_passphrase(passphrase, api_key, secret_key),
    ]


def can_continue(issues: list[Issue], warnings_accepted: bool) -> bool:
    """Errors always block; warnings block until the user says the values are right."""
    if any(i.severity is Severity.ERROR for i in issues):
        return False
    return warnings_accepted or not issues
