"""What the app says about each OKX error code: the kinds of error, and a cause and a fix per code.

Data only (no I/O, no Qt): :mod:`gui.okx.errors` builds the errors from it and re-exports
:class:`ErrorKind` and :data:`CATALOGUE`. Codes and meanings: ``shared/okx/FACTS.md``, "Errors".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from gui.text import QT_TRANSLATE_NOOP


class ErrorKind(Enum):
    """What went wrong, coarsely: the check maps each kind to one of its items."""

    NETWORK = "network"  # any other connection problem
    DNS = "dns"
    REFUSED = "refused"
    TLS = "tls"
    TIMEOUT = "timeout"
    SERVER = "server"  # 5xx, maintenance, OKX busy
    BAD_RESPONSE = "bad_response"  # HTML, malformed JSON, unexpected shape
    REDIRECT = "redirect"
    RATE_LIMIT = "rate_limit"
    KEY = "key"  # key unknown, invalid, deleted
    PASSPHRASE = "passphrase"  # noqa: S105 - a kind, not a password
    SIGNATURE = "signature"  # wrong secret key
    AUTH = "auth"  # other authentication failure (missing headers: a bug)
    FROZEN = "frozen"
    PERMISSION = "permission"
    ENVIRONMENT = "environment"  # demo key on live or the reverse
    REGION = "region"  # key belongs to another region (found by the check's probe)
    CLOCK = "clock"
    IP = "ip"
    ACCOUNT_MODE = "account_mode"
    OPEN_POSITIONS = "open_positions"  # 59000: a setting cannot change while positions are open
    DEMO_UNSUPPORTED = "demo_unsupported"
    FORMAT = "format"  # a credential cannot be sent as typed (space, line break, symbol)
    BLOCKED = "blocked"  # 50121: this IP address or its country may not use this OKX site
    REQUEST = "request"  # 50006: the app sent a request OKX cannot read (a bug)
    BROKER = "broker"  # 50116, 50118: rules of keys made for or linked to a third-party app
    UNKNOWN = "unknown"  # an OKX code this app does not know


# Kinds that mean "OKX was not reached or did not answer sensibly".
TRANSPORT_KINDS = frozenset(
    {
        ErrorKind.NETWORK,
        ErrorKind.DNS,
        ErrorKind.REFUSED,
        ErrorKind.TLS,
        ErrorKind.TIMEOUT,
        ErrorKind.SERVER,
        ErrorKind.BAD_RESPONSE,
        ErrorKind.REDIRECT,
    }
)


@dataclass(frozen=True)
class CatalogueEntry:
    """How one OKX code is explained: its kind, cause and fix (English source texts)."""

    kind: ErrorKind
    cause: str
    fix: str


def _e(kind: ErrorKind, cause: str, fix: str) -> CatalogueEntry:
    return CatalogueEntry(kind, cause, fix)


RETRY_LATER = QT_TRANSLATE_NOOP("okx", "Wait a minute and try again.")
_APP_BUG = QT_TRANSLATE_NOOP(
    "okx",
    "This is a fault in the app, not in your key. Please report it to the app's developers.",
)

# Every OKX code the app explains (shared/okx/FACTS.md, "Errors"), keyed by code.
CATALOGUE: dict[str, CatalogueEntry] = {
    "50001": _e(
        ErrorKind.SERVER,
        QT_TRANSLATE_NOOP("okx", "OKX is temporarily unavailable, probably for maintenance."),
        QT_TRANSLATE_NOOP(
            "okx", "Wait a few minutes and try again. OKX announces maintenance on its status page."
        ),
    ),
    "50004": _e(
        ErrorKind.TIMEOUT,
        QT_TRANSLATE_NOOP("okx", "OKX took too long to answer this request."),
        RETRY_LATER,
    ),
    "50006": _e(
        ErrorKind.REQUEST,
        QT_TRANSLATE_NOOP(
            "okx", "OKX could not read the request: it was not sent as JSON (Content-Type)."
        ),
        _APP_BUG,
    ),
    "50011": _e(
        ErrorKind.RATE_LIMIT,
        QT_TRANSLATE_NOOP("okx", "Too many requests were sent to OKX in a short time."),
        QT_TRANSLATE_NOOP(
            "okx",
            "Wait a few seconds and try again. OKX counts some limits per account (User ID): "
            "requests made with every key of this account, by any program, count together.",
        ),
    ),
    "50013": _e(
        ErrorKind.SERVER,
        QT_TRANSLATE_NOOP("okx", "OKX's systems are busy right now."),
        RETRY_LATER,
    ),
    "50026": _e(
        ErrorKind.SERVER,
        QT_TRANSLATE_NOOP("okx", "OKX reported an internal system error."),
        RETRY_LATER,
    ),
    "50035": _e(
        ErrorKind.IP,
        QT_TRANSLATE_NOOP("okx", "This request needs an API key that is bound to an IP address."),
        QT_TRANSLATE_NOOP(
            "okx",
            "On OKX, edit the key and add this computer's public IP address, "
            "or create a new key bound to it.",
        ),
    ),
    "50038": _e(
        ErrorKind.DEMO_UNSUPPORTED,
        QT_TRANSLATE_NOOP("okx", "This feature is not available in demo trading."),
        QT_TRANSLATE_NOOP("okx", "Use a live trading key for this feature."),
    ),
    "50100": _e(
        ErrorKind.FROZEN,
        QT_TRANSLATE_NOOP("okx", "OKX has frozen this API key."),
        QT_TRANSLATE_NOOP(
            "okx",
            "Open the API page on OKX to see why, or contact OKX support. "
            "You can also delete the key and create a new one.",
        ),
    ),
    "50101": _e(
        ErrorKind.ENVIRONMENT,
        QT_TRANSLATE_NOOP(
            "okx", "This key belongs to the other trading environment (demo versus live)."
        ),
        QT_TRANSLATE_NOOP(
            "okx",
            "Demo trading keys only work in demo mode and live keys only in live mode: "
            "choose the environment the key was created in.",
        ),
    ),
    "50102": _e(
        ErrorKind.CLOCK,
        QT_TRANSLATE_NOOP(
            "okx",
            "OKX refused the request as expired: your computer's clock is too far from OKX's time.",
        ),
        QT_TRANSLATE_NOOP(
            "okx",
            "Turn on automatic date and time in your system settings, then try again.",
        ),
    ),
    "50103": _e(
        ErrorKind.AUTH,
        QT_TRANSLATE_NOOP("okx", "The request reached OKX without the API key."),
        _APP_BUG,
    ),
    "50104": _e(
        ErrorKind.AUTH,
        QT_TRANSLATE_NOOP("okx", "The request reached OKX without the passphrase."),
        _APP_BUG,
    ),
    "50105": _e(
        ErrorKind.PASSPHRASE,
        QT_TRANSLATE_NOOP("okx", "The passphrase does not match this API key."),
        QT_TRANSLATE_NOOP(
            "okx",
            "Enter the passphrase you set when you created this key on OKX. OKX cannot show it "
            "again: if it is lost, create a new key.",
        ),
    ),
    "50106": _e(
        ErrorKind.AUTH,
        QT_TRANSLATE_NOOP("okx", "The request reached OKX without its signature."),
        _APP_BUG,
    ),
    "50107": _e(
        ErrorKind.AUTH,
        QT_TRANSLATE_NOOP("okx", "The request reached OKX without its timestamp."),
        _APP_BUG,
    ),
    "50110": _e(
        ErrorKind.IP,
        QT_TRANSLATE_NOOP(
            "okx", "This computer's IP address is not in the list of addresses bound to the key."
        ),
        QT_TRANSLATE_NOOP(
            "okx",
            "On OKX, edit the key and add this computer's public IP address. If your address "
            "changes often (home internet, travel), create a key bound to an address you keep.",
        ),
    ),
    "50111": _e(
        ErrorKind.KEY,
        QT_TRANSLATE_NOOP("okx", "OKX does not recognise this API key."),
        QT_TRANSLATE_NOOP(
            "okx",
            "Copy the API key again from OKX's API page. Check that it was not pasted into the "
            "secret key field by mistake and that no character is missing.",
        ),
    ),
    "50112": _e(
        # FACTS: a malformed OK-ACCESS-TIMESTAMP (the program's fault), not a clock off by seconds
        ErrorKind.REQUEST,
        QT_TRANSLATE_NOOP(
            "okx", "OKX could not read the request's timestamp: it was not in OKX's format."
        ),
        _APP_BUG,
    ),
    "50113": _e(
        ErrorKind.SIGNATURE,
        QT_TRANSLATE_NOOP(
            "okx", "The request's signature is wrong: the secret key does not match this API key."
        ),
        QT_TRANSLATE_NOOP(
            "okx",
            "Copy the secret key again from the note you made when creating the key. OKX shows "
            "it only once: if it is lost, create a new key.",
        ),
    ),
    "50114": _e(
        ErrorKind.AUTH,
        QT_TRANSLATE_NOOP("okx", "OKX refused the request's authorisation."),
        QT_TRANSLATE_NOOP(
            "okx", "Enter the API key, secret key and passphrase again, exactly as OKX gave them."
        ),
    ),
    "50116": _e(
        ErrorKind.BROKER,
        QT_TRANSLATE_NOOP(
            "okx",
            "A third-party app connected through OKX's Fast API may create only one API key "
            "for your account, and it already has one.",
        ),
        QT_TRANSLATE_NOOP(
            "okx",
            "Delete the key that app created on OKX's API page, or create a key yourself "
            "with “API trading”.",
        ),
    ),
    "50118": _e(
        ErrorKind.BROKER,
        QT_TRANSLATE_NOOP(
            "okx",
            "This key is linked to a third-party app that has not shared its server IP "
            "addresses with OKX, so OKX refuses the link.",
        ),
        QT_TRANSLATE_NOOP(
            "okx",
            "For this app, create a key with “API trading”, not “Link a third-party app”: "
            "this app runs on your computer, not on an app's servers.",
        ),
    ),
    "50119": _e(
        ErrorKind.KEY,
        QT_TRANSLATE_NOOP(
            "okx",
            "OKX does not know this API key here: it was deleted, or it belongs to another OKX "
            "region (Global, EEA or US).",
        ),
        QT_TRANSLATE_NOOP(
            "okx",
            "Choose the region of the OKX site you log in to (www.okx.com, my.okx.com or "
            "app.okx.com). If the key was deleted, create a new one.",
        ),
    ),
    "50120": _e(
        ErrorKind.PERMISSION,
        QT_TRANSLATE_NOOP("okx", "This API key does not have the permission this request needs."),
        QT_TRANSLATE_NOOP(
            "okx",
            "On OKX, edit the key and tick the Read permission (and Trade to place orders). "
            "Never tick Withdraw.",
        ),
    ),
    "50121": _e(
        ErrorKind.BLOCKED,
        QT_TRANSLATE_NOOP(
            "okx",
            "OKX refuses connections from this computer's IP address or its country on this "
            "site: a question of region, not of the key.",
        ),
        QT_TRANSLATE_NOOP(
            "okx",
            "Choose the region of the OKX site you log in to (www.okx.com, my.okx.com or "
            "app.okx.com): OKX serves each country from one site. A VPN or proxy can also make "
            "you appear to be elsewhere.",
        ),
    ),
    "51010": _e(
        ErrorKind.ACCOUNT_MODE,
        QT_TRANSLATE_NOOP("okx", "This is not possible in your account's current trading mode."),
        QT_TRANSLATE_NOOP(
            "okx",
            "The first switch to an account mode must be made once on OKX's web site or app "
            "(Trade > Futures, then the settings (gear) icon). After that, the app can switch "
            "for you.",
        ),
    ),
    "59000": _e(
        ErrorKind.OPEN_POSITIONS,
        QT_TRANSLATE_NOOP(
            "okx",
            "OKX cannot change this setting while you have open positions or open orders.",
        ),
        QT_TRANSLATE_NOOP(
            "okx",
            "Close your open positions and cancel your open orders on OKX, then try again. "
            "Nothing was changed.",
        ),
    ),
}


# The same explanations, naming the address.
WITH_IP: dict[str, tuple[str, str]] = {
    "50110": (
        QT_TRANSLATE_NOOP(
            "okx",
            "OKX saw this computer at {ip}, which is not among the IP addresses bound to the key.",
        ),
        QT_TRANSLATE_NOOP(
            "okx",
            "On OKX, edit the key and add {ip} to its IP addresses. If your address changes "
            "often (home internet, travel), create a key bound to an address you keep.",
        ),
    ),
    "50121": (
        QT_TRANSLATE_NOOP(
            "okx",
            "OKX refuses connections from {ip} (this computer) or its country on this site: a "
            "question of region, not of the key.",
        ),
        CATALOGUE["50121"].fix,
    ),
}
