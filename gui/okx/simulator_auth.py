"""How the simulator authenticates a private request, in the order OKX plausibly checks.

:func:`authenticate` is pure: it gets the request as received (method, raw target, headers, body
bytes, client address), the keys of the listener's region and the server time, and returns the
matching :class:`SimKey` or the :class:`Refusal` OKX would send. The order is documented in
``docs/simulator.md``:

1. header ``OK-ACCESS-KEY`` present (50103), ``OK-ACCESS-PASSPHRASE`` (50104),
   ``OK-ACCESS-SIGN`` (50106), ``OK-ACCESS-TIMESTAMP`` (50107);
2. timestamp format (50112), then within 30 s of server time (50102);
3. API key shaped like a key (50111), known in this region (50119);
4. environment: ``x-simulated-trading: 1`` exactly for demo keys (50101);
5. passphrase (50105); 6. signature over the bytes received (50113);
7. key frozen (50100); 8. client address in the key's bound IPs (50110).

Rate limits (50011) and permissions (50120) come after, in the server.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass

from gui.okx.regions import Environment
from gui.okx.signing import (
    HEADER_KEY,
    HEADER_PASSPHRASE,
    HEADER_SIGN,
    HEADER_SIMULATED,
    HEADER_TIMESTAMP,
    parse_timestamp,
)
from gui.okx.simulator_scenario import API_KEY_PATTERN, SimKey

TIMESTAMP_WINDOW_MS = 30_000


@dataclass(frozen=True)
class Refusal:
    """An error answer: HTTP status, OKX code and message. Auth errors carry no ``data``."""

    status: int
    code: str
    msg: str
    with_data: bool = True


def auth_refusal(code: str, msg: str, status: int = 401) -> Refusal:
    return Refusal(status=status, code=code, msg=msg, with_data=False)


MISSING_HEADERS = (
    (HEADER_KEY, "50103"),
    (HEADER_PASSPHRASE, "50104"),
    (HEADER_SIGN, "50106"),
    (HEADER_TIMESTAMP, "50107"),
)


@dataclass(frozen=True)
class Incoming:
    """A request as the server received it. ``headers`` keys are lower-case."""

    method: str
    target: str  # path + raw query, exactly as on the request line
    headers: Mapping[str, str]
    body: bytes
    client_ip: str

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    @property
    def query(self) -> str:
        return self.target.split("?", 1)[1] if "?" in self.target else ""

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")


def expected_signature(timestamp: str, request: Incoming, secret_key: str) -> str:
    """OKX's signature over the exact bytes received (target not re-encoded, body as sent)."""
    prehash = f"{timestamp}{request.method.upper()}{request.target}".encode() + request.body
    digest = hmac.new(secret_key.encode(), prehash, hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def authenticate(
    request: Incoming, keys_in_region: Mapping[str, SimKey], now_ms: int
) -> SimKey | Refusal:
    """The key that signed ``request``, or the refusal OKX would answer with."""
    for header, code in MISSING_HEADERS:
        if not request.header(header):
            return auth_refusal(code, f"Request header {header} cannot be empty.")
    timestamp = request.header(HEADER_TIMESTAMP)
    try:
        sent_ms = parse_timestamp(timestamp)
    except ValueError:
        return auth_refusal("50112", f"Invalid {HEADER_TIMESTAMP}.")
    if abs(now_ms - sent_ms) > TIMESTAMP_WINDOW_MS:
        return auth_refusal("50102", "Timestamp request expired.")
    api_key = request.header(HEADER_KEY)
    if not API_KEY_PATTERN.fullmatch(api_key):
        return auth_refusal("50111", f"Invalid {HEADER_KEY}.")
    key = keys_in_region.get(api_key)
    if key is None:
        return auth_refusal("50119", "API key doesn't exist")
    demo_header = request.header(HEADER_SIMULATED) == "1"
    if demo_header != (key.environment is Environment.DEMO):
        return auth_refusal("50101", "APIKey does not match current environment.")
    if not hmac.compare_digest(
        request.header(HEADER_PASSPHRASE).encode(), key.credentials.passphrase.encode()
    ):
        return auth_refusal("50105", f"Request header {HEADER_PASSPHRASE} incorrect.")
    signature = expected_signature(timestamp, request, key.credentials.secret_key)
    if not hmac.compare_digest(request.header(HEADER_SIGN).encode(), signature.encode()):
        return auth_refusal("50113", "Invalid Sign")
    if key.frozen:
        return auth_refusal("50100", "API frozen, please contact customer service.", status=400)
    if key.ips and request.client_ip not in key.ips:
        return auth_refusal(
            "50110",
            f"Your IP {request.client_ip} is not included in your API key's IP whitelist.",
        )
    return key
