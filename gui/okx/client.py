"""A small OKX v5 REST client: signed requests, every answer checked, errors explained.

Collaborators are passed in: the ``requests`` session (default:
:func:`~gui.okx.transport.make_session`) and the clock. Safe to share between threads (the
check runs four requests at once).

Logging: one ``DEBUG`` line per request with method, path (no query), HTTP status, OKX code and
elapsed time. Headers, bodies and OKX messages are never logged.
"""

from __future__ import annotations

import base64
import logging
import string
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any
from urllib.parse import quote, quote_plus

import requests

from gui.okx import errors, models, transport
from gui.okx.errors import OkxError
from gui.okx.models import (
    AccountConfig,
    AccountMode,
    FundingBalance,
    PositionMode,
    ServerTime,
    TradingBalance,
)
from gui.okx.regions import REGIONS, Environment, Region
from gui.okx.signing import Credentials, build_request, format_timestamp
from gui.okx.urls import BadUrlError, BaseUrl, parse_base_url

log = logging.getLogger(__name__)

PATH_TIME = "/api/v5/public/time"
PATH_CONFIG = "/api/v5/account/config"
PATH_BALANCE = "/api/v5/account/balance"
PATH_FUNDING = "/api/v5/asset/balances"
PATH_SET_POSITION_MODE = "/api/v5/account/set-position-mode"
PATH_SET_ACCOUNT_LEVEL = "/api/v5/account/set-account-level"

# Body codes that mean "slow down": a GET answered so is retried once (see transport docs).
_BODY_RATE_LIMIT_CODES = frozenset({"50011", "50013"})


def credential_problem(credentials: Credentials) -> OkxError | None:
    """Catches paste mistakes that would break the request before it reaches OKX.

    The API key and passphrase travel as HTTP headers (printable ASCII only); no credential
    starts or ends with whitespace. The error names the field, never its value.
    """
    for name in ("api_key", "secret_key", "passphrase"):
        value: str = getattr(credentials, name)
        if value != value.strip() or not value:
            return errors.format_error(name)
        if name != "secret_key" and not all(" " <= ch <= "~" for ch in value):
            return errors.format_error(name)
    return None


def secret_forms(secret: str) -> set[str]:
    """The ways a server could echo ``secret``: as is, URL-encoded (``quote``, ``quote_plus``,
    twice), and base64 (standard and URL-safe, whole, and the part that does not depend on where
    it sits inside a longer base64 text). Matched ignoring letter case."""
    if not secret:
        return set()
    forms = {secret}
    for once in (quote(secret, safe=""), quote(secret), quote_plus(secret), quote_plus(secret, "")):
        forms.update((once, quote(once, safe="")))
    raw = secret.encode("utf-8")
    for encode in (base64.b64encode, base64.urlsafe_b64encode):
        whole = encode(raw).decode("ascii")
        forms.update((whole, whole.rstrip("=")))
        for offset in range(3):  # the secret after 0, 1 or 2 other bytes
            text = encode(bytes(offset) + raw).decode("ascii")
            first = -(-8 * offset // 6)  # the first character made only of the secret's bits
            last = (8 * (offset + len(raw)) - 6) // 6  # the last one
            core = text[first : last + 1]
            if len(core) >= _MIN_BASE64_CORE:
                forms.add(core)
    return forms


_MIN_BASE64_CORE = 6  # shorter fragments would blank innocent text


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


class Scrubber:
    """Replaces every form of the given secrets (:func:`secret_forms`) by ``***`` in any text
    or decoded JSON value that came from a server, ignoring letter case. Built once per client.

    No regular expression: ``re`` keeps compiled patterns in a module-wide cache, which would
    keep the secrets alive after the client is gone (and after a lock). Secrets that travel in
    headers are printable ASCII (:func:`credential_problem`), so ASCII case is all there is."""

    def __init__(self, secrets: Iterable[str]) -> None:
        forms = {f.translate(_ASCII_LOWER) for s in secrets for f in secret_forms(s)}
        self._forms = sorted(forms, key=len, reverse=True)

    def text(self, text: str) -> str:
        if not self._forms:
            return text
        low = text.translate(_ASCII_LOWER)  # the same length as text
        hidden = bytearray(len(text))
        for form in self._forms:
            start = low.find(form)
            while start >= 0:
                hidden[start : start + len(form)] = b"\x01" * len(form)
                start = low.find(form, start + 1)
        if not any(hidden):
            return text
        parts: list[str] = []
        for i, char in enumerate(text):
            if not hidden[i]:
                parts.append(char)
            elif i == 0 or not hidden[i - 1]:
                parts.append("***")
        return "".join(parts)

    def json(self, value: Any) -> Any:
        """``value`` (decoded JSON) with every string, keys included, scrubbed."""
        if not self._forms:
            return value
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {self.text(str(k)): self.json(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.json(v) for v in value]
        return value


def scrub(text: str, credentials: Credentials | None) -> str:
    """``text`` with every credential value, in any letter case, URL-encoded or base64, replaced
    by ``***`` (a server could echo them)."""
    if credentials is None:
        return text
    return _scrubber(credentials).text(text)


def _scrubber(credentials: Credentials | None) -> Scrubber:
    if credentials is None:
        return Scrubber(())
    return Scrubber((credentials.secret_key, credentials.passphrase, credentials.api_key))


class OkxClient:
    """OKX's REST API for one key, region and environment.

    ``credentials=None`` allows only public calls (:meth:`server_time`). ``base_url`` overrides the
    region's official host (the simulator, a proxy): :attr:`is_official` is then ``False`` and the
    app must show it. The two settings changes (:meth:`set_position_mode`,
    :meth:`set_account_mode`) run only when called; they are never retried.
    """

    def __init__(
        self,
        credentials: Credentials | None,
        *,
        region: Region = Region.GLOBAL,
        environment: Environment = Environment.LIVE,
        base_url: str | None = None,
        session: requests.Session | None = None,
        timeout: float = 10.0,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        pace: Callable[[str], Callable[[], None]] | None = None,
    ) -> None:
        self._credentials = credentials
        self._scrub = _scrubber(credentials)
        self.region = region
        self.environment = environment
        raw = base_url or REGIONS[region].rest_base_url
        try:
            self._base: BaseUrl | BadUrlError = parse_base_url(raw)
            self.base_url = self._base.url
        except BadUrlError as exc:  # refused when a request is made: nothing is sent
            self._base = exc
            self.base_url = raw.rstrip("/")
        self._owns_session = session is None
        self._session = session if session is not None else transport.make_session()
        self.timeout = timeout
        self._clock = clock
        self._sleep = sleep
        # Called with a signed request's path before it is sent; what it returns, once the
        # answer has arrived (gui.okx.pacing.Pacer.acquire).
        self._pace = pace
        self._offset = 0.0
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return (
            f"OkxClient(credentials={self._credentials!r}, region={self.region.value}, "
            f"environment={self.environment.value}, base_url={self.base_url!r})"
        )

    def close(self) -> None:
        """Closes the session if this client created it (a passed-in session stays open)."""
        if self._owns_session:
            self._session.close()

    def __enter__(self) -> OkxClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def credentials(self) -> Credentials | None:
        return self._credentials

    @property
    def is_official(self) -> bool:
        """``False`` when requests go anywhere but OKX's own HTTPS hosts."""
        return isinstance(self._base, BaseUrl) and self._base.is_official

    @property
    def clock_offset(self) -> float:
        """Seconds added to the local clock when signing (server time minus local time)."""
        with self._lock:
            return self._offset

    @clock_offset.setter
    def clock_offset(self, seconds: float) -> None:
        with self._lock:
            self._offset = seconds

    def now(self) -> float:
        """The corrected time used to sign requests, in seconds since the epoch."""
        return self._clock() + self.clock_offset

    def local_time(self) -> float:
        """The local clock, uncorrected, in seconds since the epoch."""
        return self._clock()

    # --- requests ---------------------------------------------------------------------------

    def _request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        payload: dict[str, Any] | None = None,
        signed: bool = True,
    ) -> Any:
        if signed and self._credentials is None:
            raise ValueError("this call needs credentials")
        attempts = 2 if method == "GET" else 1
        for attempt in range(attempts):
            try:
                return self._request_once(method, path, params, payload, signed)
            except OkxError as exc:
                # HTTP 429 was already retried by the transport; only a 200 needs it here.
                retry = (
                    exc.code in _BODY_RATE_LIMIT_CODES
                    and exc.http_status == 200
                    and attempt + 1 < attempts
                )
                if not retry:
                    raise
                self._sleep(transport.BODY_RATE_LIMIT_DELAY)
        raise AssertionError("unreachable")  # pragma: no cover

    def _request_once(
        self,
        method: str,
        path: str,
        params: dict[str, str] | None,
        payload: dict[str, Any] | None,
        signed: bool,
    ) -> Any:
        if isinstance(self._base, BadUrlError):
            raise transport.url_error(self._base)
        if signed and self._credentials is not None:
            problem = credential_problem(self._credentials)
            if problem is not None:
                raise problem
            if not self._base.may_sign:
                raise transport.insecure_error(self._base.netloc)
        release = self._pace(path) if signed and self._pace is not None else None
        prepared = build_request(
            base_url=self.base_url,
            method=method,
            path=path,
            params=params,
            payload=payload,
            credentials=self._credentials if signed else None,
            timestamp=format_timestamp(int(self.now() * 1000)),
            simulated=self.environment is Environment.DEMO,
        )
        started = time.monotonic()
        status: int | str = "-"
        code: str | None = None
        try:
            try:
                response = transport.send(
                    self._session, prepared, self.timeout, scrub=self._scrub.text
                )
            finally:
                if release is not None:
                    release()  # the answer (or the failure) is here: OKX counted it before
            status = response.status_code
            body = self._scrub.json(transport.decode(response))  # everything the server said
            code = body.get("code") if isinstance(body.get("code"), str) else None
            return self._check(body, response.status_code)
        except OkxError as exc:
            code = code or exc.kind.name
            raise
        finally:
            elapsed = (time.monotonic() - started) * 1000
            log.debug("%s %s -> %s code=%s %.0f ms", method, path, status, code, elapsed)

    def _check(self, body: dict[str, Any], status: int) -> Any:
        code = body.get("code")
        if isinstance(code, int):
            code = str(code)
        if code is None:
            if status >= 500:
                raise errors.server_error(status)
            if status == 429:
                raise errors.rate_limit_error(status)
            raise errors.malformed_error(status)
        if not isinstance(code, str):
            raise errors.malformed_error(status)
        if code != "0":
            message = body.get("msg")  # already scrubbed with the whole body
            raise errors.from_code(code, message if isinstance(message, str) else "", status)
        if status != 200:
            raise errors.server_error(status) if status >= 500 else errors.malformed_error(status)
        return body.get("data")

    # --- public API -------------------------------------------------------------------------

    def server_time(self) -> ServerTime:
        """OKX's clock (public, unsigned)."""
        return models.parse_server_time(self._request("GET", PATH_TIME, signed=False))

    def sync_clock(self) -> float:
        """Measures the offset to OKX's clock (midpoint of the request); later requests use it."""
        before = self._clock()
        server = self.server_time()
        after = self._clock()
        offset = server.seconds - (before + after) / 2
        self.clock_offset = offset
        return offset

    def account_config(self) -> AccountConfig:
        return models.parse_account_config(self._request("GET", PATH_CONFIG))

    def trading_balance(self, ccy: Sequence[str] = ()) -> TradingBalance:
        params = {"ccy": ",".join(ccy)} if ccy else None
        return models.parse_trading_balance(self._request("GET", PATH_BALANCE, params=params))

    def funding_balance(self, ccy: Sequence[str] = ()) -> FundingBalance:
        params = {"ccy": ",".join(ccy)} if ccy else None
        return models.parse_funding_balance(self._request("GET", PATH_FUNDING, params=params))

    def set_position_mode(self, mode: PositionMode) -> None:
        """Fix action: switches one-way / long-short. OKX refuses (59000) with open positions."""
        self._request("POST", PATH_SET_POSITION_MODE, payload={"posMode": mode.value})

    def set_account_mode(self, mode: AccountMode) -> None:
        """Fix action: switches ``acctLv``. 51010 if the mode was never enabled on the web site."""
        self._request("POST", PATH_SET_ACCOUNT_LEVEL, payload={"acctLv": mode.api_value})
