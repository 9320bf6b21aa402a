"""This computer's public IP address, asked of a third-party service — only when the user asks.

Binding a key to an IP address needs the address OKX sees. When OKX refuses a key for its IP
(50110) it names the address itself (:func:`gui.okx.errors.caller_ip`); for a key not bound yet
nothing names it, so the wizard offers this lookup, naming the service, as an explicit opt-in:
asking a third party reveals the address to it. No Qt; runs on a worker thread.

Rules as for OKX, through the same transport (:func:`gui.okx.transport.send`): a timeout, TLS
verification on against the app's own CA bundle (certifi; ``REQUESTS_CA_BUNDLE`` and
``CURL_CA_BUNDLE`` change nothing, so a substituted CA cannot make the wizard advise binding an
attacker's address), no redirect followed, no proxy for plain HTTP, the answer checked.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from gui.okx import transport
from gui.okx.errors import OkxError
from gui.okx.signing import PreparedRequest
from gui.text import QT_TRANSLATE_NOOP, Text

# ipify answers with the caller's address as plain text (https://www.ipify.org).
IPIFY_URL = "https://api.ipify.org"
_MAX_ANSWER = 64


class IpLookupError(Exception):
    """The lookup failed; ``message`` says why in the user's terms."""

    def __init__(self, message: Text) -> None:
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True)
class PublicIpService:
    """Where the lookup goes; tests pass a local server's URL."""

    url: str = IPIFY_URL
    timeout: float = 5.0
    # The CA bundle trusted: None is the app's (certifi). Chosen in code (tests), never by the
    # environment.
    ca_bundle: str | None = None

    @property
    def host(self) -> str:
        """The name shown to the user before they agree to ask it."""
        return urlsplit(self.url).hostname or self.url

    def __call__(self) -> str:
        failed = Text(
            QT_TRANSLATE_NOOP(
                "wizard", "{host} could not be asked for this computer's public IP address."
            ),
            {"host": self.host},
            context="wizard",
        )
        request = PreparedRequest(method="GET", url=self.url, headers={}, body="")
        try:
            with transport.make_session(transport.make_retry(1), ca_bundle=self.ca_bundle) as http:
                response = transport.send(http, request, self.timeout)
                answer = response.content[:_MAX_ANSWER]
        except (OkxError, OSError, ValueError):
            raise IpLookupError(failed) from None
        text = answer.decode("ascii", errors="replace").strip()
        try:
            if response.status_code != 200:
                raise ValueError(response.status_code)
            return str(ipaddress.ip_address(text))
        except ValueError:
            raise IpLookupError(
                Text(
                    QT_TRANSLATE_NOOP("wizard", "{host} did not answer with an IP address."),
                    {"host": self.host},
                    context="wizard",
                )
            ) from None
