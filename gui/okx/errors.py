"""Errors the OKX client raises, each with a plain-language cause and a concrete fix.

OKX's error *codes* are mapped by :data:`CATALOGUE` (never by message text: the live wording differs
from the documented one). Transport problems (DNS, refused connection, TLS, timeout, 5xx, HTML or
malformed JSON, redirects) have their own constructors below. ``str(error)`` is the English cause
plus the OKX code; the views show ``error.cause`` and ``error.fix`` translated.

No secret ever enters an :class:`OkxError`: the client scrubs OKX's message of the credentials it
sent before building the error (see ``gui.okx.client``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from gui.text import QT_TRANSLATE_NOOP, Text


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
    UNKNOWN = "unknown"  # an OKX code this app does not know


#: Kinds that mean "OKX was not reached or did not answer sensibly".
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


class OkxError(Exception):
    """A failed OKX request, explained for a trader.

    ``code`` is OKX's code (``None`` for transport errors), ``okx_message`` OKX's own ``msg``
    (scrubbed of secrets), ``http_status`` the HTTP status when a response arrived.
    """

    def __init__(
        self,
        kind: ErrorKind,
        cause: Text,
        fix: Text,
        *,
        code: str | None = None,
        okx_message: str = "",
        http_status: int | None = None,
    ) -> None:
        self.kind = kind
        self.cause = cause
        self.fix = fix
        self.code = code
        self.okx_message = okx_message
        self.http_status = http_status
        super().__init__(self._english())

    def _english(self) -> str:
        text = str(self.cause)
        return f"{text} (OKX code {self.code})" if self.code else text

    def __str__(self) -> str:
        return self._english()

    def __repr__(self) -> str:
        return (
            f"OkxError(kind={self.kind.name}, code={self.code!r}, "
            f"http_status={self.http_status!r}, cause={str(self.cause)!r})"
        )


@dataclass(frozen=True)
class CatalogueEntry:
    """How one OKX code is explained: its kind, cause and fix (English source texts)."""

    kind: ErrorKind
    cause: str
    fix: str


def _e(kind: ErrorKind, cause: str, fix: str) -> CatalogueEntry:
    return CatalogueEntry(kind, cause, fix)


_RETRY_LATER = QT_TRANSLATE_NOOP("okx", "Wait a minute and try again.")
_APP_BUG = QT_TRANSLATE_NOOP(
    "okx",
    "This is a fault in the app, not in your key. Please report it to the app's developers.",
)

#: Every OKX code the app explains (shared/okx/FACTS.md, "Errors"), keyed by code.
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
        _RETRY_LATER,
    ),
    "50011": _e(
        ErrorKind.RATE_LIMIT,
        QT_TRANSLATE_NOOP("okx", "Too many requests were sent to OKX in a short time."),
        QT_TRANSLATE_NOOP(
            "okx",
            "Wait a few seconds and try again. Other programs using the same key "
            "count towards the same limit.",
        ),
    ),
    "50013": _e(
        ErrorKind.SERVER,
        QT_TRANSLATE_NOOP("okx", "OKX's systems are busy right now."),
        _RETRY_LATER,
    ),
    "50026": _e(
        ErrorKind.SERVER,
        QT_TRANSLATE_NOOP("okx", "OKX reported an internal system error."),
        _RETRY_LATER,
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
            "okx", "Your computer's clock is more than 30 seconds away from OKX's time."
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
        ErrorKind.CLOCK,
        QT_TRANSLATE_NOOP("okx", "OKX refused the request's timestamp."),
        QT_TRANSLATE_NOOP(
            "okx", "Turn on automatic date and time in your system settings, then try again."
        ),
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
    "51010": _e(
        ErrorKind.ACCOUNT_MODE,
        QT_TRANSLATE_NOOP("okx", "This is not possible in your account's current trading mode."),
        QT_TRANSLATE_NOOP(
            "okx",
            "The first switch to an account mode must be made once on OKX's web site or app "
            "(Trade > Settings > Account mode). After that, the app can switch for you.",
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

_OKX_MESSAGE_LIMIT = 200


def from_code(code: str, okx_message: str = "", http_status: int | None = None) -> OkxError:
    """The error for an OKX answer with a non-zero ``code``; unknown codes get a generic entry."""
    okx_message = okx_message[:_OKX_MESSAGE_LIMIT]
    entry = CATALOGUE.get(code)
    if entry is not None:
        return OkxError(
            entry.kind,
            Text(entry.cause),
            Text(entry.fix),
            code=code,
            okx_message=okx_message,
            http_status=http_status,
        )
    return OkxError(
        ErrorKind.UNKNOWN,
        Text(
            QT_TRANSLATE_NOOP("okx", "OKX refused the request: {message}"),
            {"message": okx_message or "(no message)"},
        ),
        Text(
            QT_TRANSLATE_NOOP(
                "okx",
                "Try again later. If it keeps happening, look up OKX code {code} in OKX's API "
                "documentation or ask OKX support.",
            ),
            {"code": code},
        ),
        code=code,
        okx_message=okx_message,
        http_status=http_status,
    )


# --- transport problems -------------------------------------------------------------------------

_CHECK_CONNECTION = QT_TRANSLATE_NOOP(
    "okx",
    "Check that this computer is online. A firewall, VPN or proxy may be blocking the connection.",
)


def dns_error(host: str) -> OkxError:
    return OkxError(
        ErrorKind.DNS,
        Text(QT_TRANSLATE_NOOP("okx", "The address {host} could not be found."), {"host": host}),
        Text(
            QT_TRANSLATE_NOOP(
                "okx",
                "Check that this computer is online and that the server address is spelled "
                "correctly. Some networks block OKX's addresses.",
            )
        ),
    )


def refused_error(host: str) -> OkxError:
    return OkxError(
        ErrorKind.REFUSED,
        Text(QT_TRANSLATE_NOOP("okx", "{host} refused the connection."), {"host": host}),
        Text(_CHECK_CONNECTION),
    )


def tls_error(host: str) -> OkxError:
    return OkxError(
        ErrorKind.TLS,
        Text(
            QT_TRANSLATE_NOOP(
                "okx", "The secure connection to {host} failed: its identity could not be checked."
            ),
            {"host": host},
        ),
        Text(
            QT_TRANSLATE_NOOP(
                "okx",
                "Check your computer's date and time. On a company or school network, a proxy may "
                "be intercepting secure connections: try another network. Never enter your key "
                "on a network you do not trust.",
            )
        ),
    )


def timeout_error(host: str, seconds: float) -> OkxError:
    return OkxError(
        ErrorKind.TIMEOUT,
        Text(
            QT_TRANSLATE_NOOP("okx", "{host} did not answer within {seconds} seconds."),
            {"host": host, "seconds": f"{seconds:g}"},
        ),
        Text(QT_TRANSLATE_NOOP("okx", "Check your internet connection and try again in a moment.")),
    )


def network_error(host: str) -> OkxError:
    return OkxError(
        ErrorKind.NETWORK,
        Text(QT_TRANSLATE_NOOP("okx", "The connection to {host} failed."), {"host": host}),
        Text(_CHECK_CONNECTION),
    )


def server_error(status: int) -> OkxError:
    return OkxError(
        ErrorKind.SERVER,
        Text(
            QT_TRANSLATE_NOOP("okx", "OKX's server had a problem (HTTP {status})."),
            {"status": status},
        ),
        Text(_RETRY_LATER),
        http_status=status,
    )


def rate_limit_error(status: int) -> OkxError:
    entry = CATALOGUE["50011"]
    return OkxError(entry.kind, Text(entry.cause), Text(entry.fix), http_status=status)


def html_error(status: int) -> OkxError:
    return OkxError(
        ErrorKind.BAD_RESPONSE,
        Text(
            QT_TRANSLATE_NOOP(
                "okx",
                "The server answered with a web page instead of OKX data (HTTP {status}).",
            ),
            {"status": status},
        ),
        Text(
            QT_TRANSLATE_NOOP(
                "okx",
                "A captive portal (hotel or café Wi-Fi login), proxy or firewall may be in the "
                "way. Open a web page in your browser to check, then try again.",
            )
        ),
        http_status=status,
    )


def malformed_error(status: int) -> OkxError:
    return OkxError(
        ErrorKind.BAD_RESPONSE,
        Text(
            QT_TRANSLATE_NOOP("okx", "OKX's answer could not be read (HTTP {status})."),
            {"status": status},
        ),
        Text(
            QT_TRANSLATE_NOOP(
                "okx",
                "Try again in a moment. If it keeps happening, a proxy may be altering the "
                "connection, or OKX changed its API: check for an app update.",
            )
        ),
        http_status=status,
    )


def unexpected_error(what: str, http_status: int | None = None) -> OkxError:
    """OKX's JSON arrived but not in the documented shape (``what`` names the field)."""
    return OkxError(
        ErrorKind.BAD_RESPONSE,
        Text(
            QT_TRANSLATE_NOOP("okx", "OKX's answer was not in the expected form ({what})."),
            {"what": what},
        ),
        Text(
            QT_TRANSLATE_NOOP(
                "okx",
                "OKX may have changed its API: check for an app update. If you use a custom "
                "server address, check that it is really OKX.",
            )
        ),
        http_status=http_status,
    )


def redirect_error(status: int, location: str) -> OkxError:
    return OkxError(
        ErrorKind.REDIRECT,
        Text(
            QT_TRANSLATE_NOOP(
                "okx",
                "The server tried to send the app to another address ({location}). The app "
                "never follows redirects, so that your key is only ever sent to OKX.",
            ),
            {"location": location or "?"},
        ),
        Text(
            QT_TRANSLATE_NOOP(
                "okx",
                "Check the server address and your network: a captive portal or proxy may be "
                "redirecting traffic. Use one of OKX's official addresses.",
            )
        ),
        http_status=status,
    )


def format_error(field: str) -> OkxError:
    """A credential that cannot be sent: ``field`` is "api_key", "secret_key" or "passphrase"."""
    causes = {
        "api_key": QT_TRANSLATE_NOOP(
            "okx",
            "The API key contains a space, a line break or a character OKX does not use: it was "
            "probably copied with extra text.",
        ),
        "secret_key": QT_TRANSLATE_NOOP(
            "okx",
            "The secret key starts or ends with a space or a line break: it was probably copied "
            "with extra text.",
        ),
        "passphrase": QT_TRANSLATE_NOOP(
            "okx",
            "The passphrase is empty, or contains a space at either end, a line break or a "
            "character OKX does not use.",
        ),
    }
    return OkxError(
        ErrorKind.FORMAT,
        Text(causes[field]),
        Text(
            QT_TRANSLATE_NOOP(
                "okx",
                "Enter it again, copying only the value itself, without spaces before or after.",
            )
        ),
    )
