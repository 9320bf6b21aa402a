"""Errors the OKX client raises, each with a plain-language cause and a concrete fix.

OKX's error *codes* are mapped by :data:`CATALOGUE` (never by message text: the live wording differs
from the documented one). Transport problems (DNS, refused connection, TLS, timeout, 5xx, HTML or
malformed JSON, redirects) have their own constructors below. ``str(error)`` is the English cause
plus the OKX code; the views show ``error.cause`` and ``error.fix`` translated.

No secret ever enters an :class:`OkxError`: the client scrubs OKX's message of the credentials it
sent before building the error (see ``gui.okx.client``).
"""

from __future__ import annotations

import ipaddress
import re
from typing import Any

from gui.okx.error_catalogue import CATALOGUE as CATALOGUE
from gui.okx.error_catalogue import RETRY_LATER, WITH_IP
from gui.okx.error_catalogue import TRANSPORT_KINDS as TRANSPORT_KINDS
from gui.okx.error_catalogue import CatalogueEntry as CatalogueEntry
from gui.okx.error_catalogue import ErrorKind as ErrorKind
from gui.text import QT_TRANSLATE_NOOP, Text


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

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled whole (a report the check helper sends back, gui/connections/
        check_helper.py): Exception's own pickling passes only the English text."""
        fields = {"code": self.code, "okx_message": self.okx_message}
        return (_rebuild, (self.kind, self.cause, self.fix, fields, self.http_status))

    def __repr__(self) -> str:
        return (
            f"OkxError(kind={self.kind.name}, code={self.code!r}, "
            f"http_status={self.http_status!r}, cause={str(self.cause)!r})"
        )


def _rebuild(
    kind: ErrorKind, cause: Text, fix: Text, fields: dict[str, Any], http_status: int | None
) -> OkxError:
    return OkxError(kind, cause, fix, http_status=http_status, **fields)


_OKX_MESSAGE_LIMIT = 200
# OKX names the caller's address in these refusals: 50110 "Your IP 203.0.113.7 is not in linking
# trusted IP addresses", 50121 "You can't access our services through the IP address (203.0.113.7)".
_NAMES_CALLER_IP = frozenset({"50110", "50121"})
_IP_CANDIDATE = re.compile(r"[0-9A-Fa-f:.]*[:.][0-9A-Fa-f:.]+")


def ip_in_message(code: str | None, okx_message: str) -> str | None:
    """The address OKX saw the caller at, when its refusal names it (50110, 50121)."""
    if code not in _NAMES_CALLER_IP:
        return None
    for candidate in _IP_CANDIDATE.findall(okx_message):
        try:
            return str(ipaddress.ip_address(candidate.strip(".:")))
        except ValueError:
            continue
    return None


def caller_ip(error: OkxError) -> str | None:
    """The address OKX saw this computer at, when ``error`` names it (50110, 50121)."""
    return ip_in_message(error.code, error.okx_message)


def from_code(code: str, okx_message: str = "", http_status: int | None = None) -> OkxError:
    """The error for an OKX answer with a non-zero ``code``; unknown codes get a generic entry."""
    okx_message = okx_message[:_OKX_MESSAGE_LIMIT]
    entry = CATALOGUE.get(code)
    if entry is not None:
        cause, fix = Text(entry.cause), Text(entry.fix)
        ip = ip_in_message(code, okx_message)
        if ip is not None:
            cause = Text(WITH_IP[code][0], {"ip": ip})
            fix = Text(WITH_IP[code][1], {"ip": ip})
        return OkxError(
            entry.kind,
            cause,
            fix,
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
        Text(RETRY_LATER),
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
