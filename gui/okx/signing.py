"""OKX v5 request signing: pure functions, no I/O, no clock.

The prehash is ``timestamp + METHOD + requestPath + body`` where ``requestPath`` includes the
query string exactly as sent and ``body`` is the exact JSON text sent (empty for GET). The
signature is Base64(HMAC-SHA256(secret key as UTF-8, prehash)).
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

HEADER_KEY = "OK-ACCESS-KEY"
HEADER_SIGN = "OK-ACCESS-SIGN"
HEADER_TIMESTAMP = "OK-ACCESS-TIMESTAMP"
HEADER_PASSPHRASE = "OK-ACCESS-PASSPHRASE"  # noqa: S105 - a header name
HEADER_SIMULATED = "x-simulated-trading"


def mask(value: str, keep: int = 4) -> str:
    """``••••1234``: enough to recognise a key, never enough to use it."""
    if len(value) <= keep:
        return "•" * len(value)
    return "•" * 4 + value[-keep:]


@dataclass(frozen=True)
class Credentials:
    """An OKX API key with its secret key and passphrase.

    ``repr`` shows only the masked API key: secrets never reach a log line or a traceback.
    """

    api_key: str = field(repr=False)
    secret_key: str = field(repr=False)
    passphrase: str = field(repr=False)

    def __repr__(self) -> str:
        return f"Credentials(api_key={mask(self.api_key)!r})"

    __str__ = __repr__


def format_timestamp(epoch_ms: int) -> str:
    """OKX's timestamp format: ISO-8601 UTC with milliseconds, e.g. ``2020-12-08T09:08:57.715Z``."""
    moment = datetime.fromtimestamp(epoch_ms / 1000, tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{epoch_ms % 1000:03d}Z"


def parse_timestamp(text: str) -> int:
    """Inverse of :func:`format_timestamp`; raises ``ValueError`` on anything else."""
    problem = ValueError("timestamp is not ISO-8601 UTC with milliseconds")
    millis = text[20:23]
    if len(text) != 24 or not text.endswith("Z") or text[19] != "." or not millis.isdigit():
        raise problem
    try:
        moment = datetime.strptime(text[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        raise problem from None
    return int(moment.timestamp()) * 1000 + int(millis)


def sign(timestamp: str, method: str, request_path: str, body: str, secret_key: str) -> str:
    """The ``OK-ACCESS-SIGN`` value for one request."""
    import hashlib  # here: the window's first frame imports this module, not OpenSSL (~3 ms)
    import hmac

    prehash = f"{timestamp}{method.upper()}{request_path}{body}"
    digest = hmac.new(secret_key.encode(), prehash.encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def request_target(path: str, params: dict[str, str] | None = None) -> str:
    """Path plus query string, exactly as sent and signed (commas stay unencoded)."""
    if not params:
        return path
    return f"{path}?{urlencode(params, safe=',')}"


def encode_body(payload: dict[str, Any] | None) -> str:
    """Compact JSON, the exact text that is sent and signed."""
    if payload is None:
        return ""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True)
class PreparedRequest:
    """A fully signed request, ready to send. ``repr`` hides the signature and passphrase."""

    method: str
    url: str
    headers: dict[str, str] = field(repr=False)
    body: str

    def __repr__(self) -> str:
        return f"PreparedRequest(method={self.method!r}, url={self.url!r})"


def build_request(
    *,
    base_url: str,
    method: str,
    path: str,
    params: dict[str, str] | None = None,
    payload: dict[str, Any] | None = None,
    credentials: Credentials | None = None,
    timestamp: str,
    simulated: bool = False,
) -> PreparedRequest:
    """Builds (and, given credentials, signs) one request. Pure: same input, same output."""
    method = method.upper()
    target = request_target(path, params)
    body = encode_body(payload) if method != "GET" else ""
    headers = {"Accept": "application/json"}
    if body:
        headers["Content-Type"] = "application/json"
    if simulated:
        headers[HEADER_SIMULATED] = "1"
    if credentials is not None:
        headers[HEADER_KEY] = credentials.api_key
        headers[HEADER_PASSPHRASE] = credentials.passphrase
        headers[HEADER_TIMESTAMP] = timestamp
        headers[HEADER_SIGN] = sign(timestamp, method, target, body, credentials.secret_key)
    return PreparedRequest(
        method=method, url=base_url.rstrip("/") + target, headers=headers, body=body
    )
