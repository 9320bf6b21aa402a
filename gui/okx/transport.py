"""HTTP transport for the OKX client: a retrying session, one send function, response decoding.

Policy (the project's promises):

* every request has a ``(connect, read)`` timeout, TLS verification on, redirects never followed
  (a 3xx becomes :func:`~gui.okx.errors.redirect_error` naming the target);
* the certificates trusted are chosen by the app: certifi's Mozilla bundle (:func:`trusted_cas`),
  passed to every request as a path, so ``REQUESTS_CA_BUNDLE`` / ``CURL_CA_BUNDLE`` (which
  ``requests`` honours only when ``verify`` is ``True``) and ``SSL_CERT_FILE`` (read only with the
  system's default paths) change nothing;
* proxies: an HTTPS request follows the environment's proxy settings (``HTTPS_PROXY``,
  ``ALL_PROXY``, ``NO_PROXY``...; the proxy sees only an encrypted tunnel to the host,
  :func:`proxy_for`); a plain-HTTP request never goes through a proxy, whatever the environment
  says: it goes to this computer (the simulator) directly, or nowhere. ``~/.netrc`` is never read;
* a signed request goes only over HTTPS, or plain HTTP to a loopback address (the local
  simulator): :func:`may_sign`, checked again in :func:`send` on the URL actually sent, with the
  same parser the library connects with (:mod:`gui.okx.urls`);
* only ``GET`` is retried: on connection errors, dropped connections, HTTP 429 and 5xx, with
  exponential backoff, honouring ``Retry-After`` (capped at :data:`RETRY_AFTER_MAX` seconds).
  ``POST`` (the two settings changes) is never retried, not even after a connection error;
* OKX's rate limit may arrive as HTTP 200 with body code ``50011``. urllib3's ``Retry`` sees only
  the status line, never the body, so it cannot retry that. :class:`gui.okx.client.OkxClient`
  retries such a ``GET`` itself, once, after :data:`BODY_RATE_LIMIT_DELAY` seconds.
"""

from __future__ import annotations

import json
import socket
import ssl
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Self, cast

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import LocationParseError, MaxRetryError, NameResolutionError
from urllib3.util import parse_url
from urllib3.util.retry import Retry

from gui.okx import errors
from gui.okx.errors import ErrorKind, OkxError
from gui.okx.signing import HEADER_KEY, PreparedRequest
from gui.okx.urls import BadUrlError, BaseUrl, parse_base_url
from gui.text import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from urllib3.connectionpool import ConnectionPool

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
RETRY_AFTER_MAX = 5
BODY_RATE_LIMIT_DELAY = 0.5
CONNECT_TIMEOUT_MAX = 5.0


class GetOnlyRetry(Retry):
    """A ``Retry`` that never retries a method outside ``allowed_methods``, even on connect errors.

    Plain ``Retry`` retries connection errors for every method because nothing was sent; the
    project's rule is simpler and stricter: a ``POST`` is sent at most once.
    """

    def increment(
        self,
        method: str | None = None,
        url: str | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> Self:
        error = kwargs.get("error")
        if method is not None and not self._is_method_retryable(method):
            reason = error if isinstance(error, Exception) else None
            pool = cast("ConnectionPool", kwargs.get("_pool"))
            raise MaxRetryError(pool, url or "", reason) from reason
        return super().increment(method, url, *args, **kwargs)


def make_retry(total: int = 3) -> Retry:
    """The retry policy: GET only, backoff (0 s, 0.4 s, 0.8 s), no redirects."""
    return GetOnlyRetry(
        total=total,
        connect=2,
        read=1,
        status=2,
        other=0,
        redirect=0,
        allowed_methods=frozenset({"GET"}),
        status_forcelist=RETRY_STATUSES,
        backoff_factor=0.2,
        backoff_max=2.0,
        respect_retry_after_header=True,
        retry_after_max=RETRY_AFTER_MAX,
        raise_on_status=False,
        raise_on_redirect=False,
    )


def trusted_cas() -> str:
    """The CA bundle every request verifies against: certifi's (shipped with the app)."""
    import certifi

    return str(certifi.where())


def make_session(
    retry: Retry | None = None, *, pool_maxsize: int = 16, ca_bundle: str | None = None
) -> requests.Session:
    """A session whose adapter retries per :func:`make_retry`; ``trust_env`` stays on (proxies).
    ``pool_maxsize``: kept-alive connections per host (one per request in flight).

    ``ca_bundle`` replaces :func:`trusted_cas` (tests with their own CA): a choice made in code,
    never by the environment."""
    session = requests.Session()
    session.verify = ca_bundle or trusted_cas()
    adapter = HTTPAdapter(max_retries=retry or make_retry(), pool_maxsize=pool_maxsize)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session


def _verify(session: requests.Session) -> str:
    """The CA bundle path for a request: the session's own if it set one, else certifi's. Never
    ``True``, which would let ``requests`` take ``REQUESTS_CA_BUNDLE`` from the environment."""
    chosen = session.verify
    return chosen if isinstance(chosen, str) and chosen else trusted_cas()


def is_loopback_url(url: str) -> bool:
    """True when ``url`` is a valid base URL whose host is this computer (127.0.0.0/8, ::1,
    ``localhost``); anything :func:`gui.okx.urls.parse_base_url` refuses is not."""
    try:
        return parse_base_url(url).is_loopback
    except BadUrlError:
        return False


def insecure_error(host: str) -> OkxError:
    """A signed request would have gone over plain HTTP to another computer: refused, unsent."""
    return OkxError(
        ErrorKind.NETWORK,
        Text(
            QT_TRANSLATE_NOOP(
                "okx",
                "The app refused to send your key to {host}: the address starts with http://, "
                "so anyone on the way could read it.",
            ),
            {"host": host},
        ),
        Text(
            QT_TRANSLATE_NOOP(
                "okx",
                "Use OKX's https:// address. Plain http:// is only allowed to this computer "
                "(the built-in simulator).",
            )
        ),
    )


def may_sign(url: str) -> bool:
    """A signed request (API key, passphrase, signature) may go to ``url``: a valid base URL
    over HTTPS, or plain HTTP to a loopback address (the local simulator). Nothing else."""
    try:
        return parse_base_url(url).may_sign
    except BadUrlError:
        return False


def url_error(exc: BadUrlError) -> OkxError:
    """A base URL the app refuses to use: nothing was sent."""
    return OkxError(
        ErrorKind.NETWORK,
        exc.message,
        Text(
            QT_TRANSLATE_NOOP(
                "okx", "Give the server as https://HOST or https://HOST:PORT, nothing more."
            )
        ),
    )


# For a plain-HTTP request: no proxy, whatever the environment says.
NO_PROXIES: dict[str, str] = {}


def _no_netrc(request: requests.PreparedRequest) -> requests.PreparedRequest:
    """An "auth" that adds nothing: keeps ``requests`` from reading ``~/.netrc``."""
    return request


def proxy_for(url: str) -> str | None:
    """The proxy a request to ``url`` goes through (user information removed), or None.
    Plain HTTP never goes through one; HTTPS follows ``HTTPS_PROXY``/``ALL_PROXY``/``NO_PROXY``."""
    parts = parse_url(url)
    if parts.scheme != "https":
        return None
    proxy = requests.utils.select_proxy(url, requests.utils.get_environ_proxies(url))
    if not proxy:
        return None
    shown = parse_url(proxy)
    return shown._replace(auth=None, path=None, query=None, fragment=None).url


def timeouts(timeout: float) -> tuple[float, float]:
    """``(connect, read)``: connecting is given at most :data:`CONNECT_TIMEOUT_MAX` seconds."""
    return (min(timeout, CONNECT_TIMEOUT_MAX), timeout)


def send(
    session: requests.Session,
    request: PreparedRequest,
    timeout: float,
    *,
    scrub: Callable[[str], str] = str,
) -> requests.Response:
    """Sends one prepared request; transport failures become :class:`OkxError`. ``scrub`` cleans
    the text of a redirect's target (a server could put the secrets in it)."""
    try:
        parts = parse_url(request.url)
    except LocationParseError:
        raise insecure_error(request.url[:100]) from None
    host = parts.netloc or request.url
    proxies: dict[str, str] | None = None  # HTTPS: the environment's proxy, if any
    if parts.scheme == "http":
        proxies = NO_PROXIES
        signed = HEADER_KEY in request.headers
        if signed and not BaseUrl("http", parts.host or "", None).is_loopback:
            raise insecure_error(host)
    elif parts.scheme != "https":
        raise insecure_error(host)
    prepared = session.prepare_request(
        requests.Request(
            request.method,
            request.url,
            headers=request.headers,
            data=request.body.encode("utf-8") if request.body else None,
            auth=_no_netrc,
        )
    )
    if parse_url(prepared.url or "").netloc != parts.netloc:  # requests re-read another host
        raise insecure_error(host)
    options: dict[str, Any] = {
        "timeout": timeouts(timeout),
        "verify": _verify(session),
        "allow_redirects": False,
    }
    if proxies is not None:
        options["proxies"] = proxies
    try:
        response = session.send(prepared, **options)
    except requests.RequestException as exc:
        raise classify(exc, host, timeout) from None
    if response.is_redirect or 300 <= response.status_code < 400:
        location = scrub(response.headers.get("Location", ""))
        response.close()
        raise errors.redirect_error(response.status_code, location)
    return response


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception and all it wraps (``reason``, ``args``, ``__cause__``, ``__context__``)."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        item = todo.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        linked: list[object] = [
            getattr(item, "reason", None),
            item.__cause__,
            item.__context__,
            *item.args,
        ]
        todo.extend(x for x in linked if isinstance(x, BaseException))


def classify(exc: requests.RequestException, host: str, timeout: float) -> OkxError:
    """Maps a ``requests`` failure to DNS / refused / TLS / timeout / generic network."""
    chain = list(_chain(exc))
    if any(isinstance(x, requests.exceptions.SSLError | ssl.SSLError) for x in chain):
        return errors.tls_error(host)
    if any(isinstance(x, NameResolutionError | socket.gaierror) for x in chain):
        return errors.dns_error(host)
    if any(isinstance(x, ConnectionRefusedError) for x in chain):
        return errors.refused_error(host)
    if isinstance(exc, requests.Timeout) or any(isinstance(x, TimeoutError) for x in chain):
        return errors.timeout_error(host, timeout)
    return errors.network_error(host)


def decode(response: requests.Response) -> dict[str, Any]:
    """OKX's JSON envelope, or the transport error that explains why there is none.

    HTML (captive portals, proxies, error pages) and unreadable JSON are told apart from a plain
    5xx so the user gets the right advice. Envelope ``code`` checks happen in the client.
    """
    status = response.status_code
    content_type = response.headers.get("Content-Type", "").lower()
    text = response.content.decode("utf-8", errors="replace")  # JSON is UTF-8 (RFC 8259)
    if "html" in content_type or text.lstrip()[:1] == "<":
        raise errors.server_error(status) if status >= 500 else errors.html_error(status)
    try:
        body = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: nested deeper than Python parses
        if status >= 500:
            raise errors.server_error(status) from None
        if status == 429:
            raise errors.rate_limit_error(status) from None
        raise errors.malformed_error(status) from None
    if not isinstance(body, dict):
        raise errors.malformed_error(status)
    return body
