"""Where a request goes: one parse of a base URL, with the HTTP library's own parser.

A URL the app checks ("is this OKX? plain HTTP only to this computer") must be the URL the HTTP
library connects to. Two parsers reading one string can disagree (``https://evil.example\\@www.
okx.com`` was ``www.okx.com`` to :func:`urllib.parse.urlsplit` and ``evil.example`` to urllib3),
so the app parses once, with urllib3's :func:`~urllib3.util.parse_url` (what ``requests`` uses),
refuses every spelling OKX's hosts never need, and keeps the parts (:class:`BaseUrl`). The string
handed on is rebuilt from those parts, and :func:`gui.okx.transport.send` checks that ``requests``
reads the same host and port back from every URL it sends.

Refused, each with a message naming the problem: a backslash; whitespace or a control character;
a character outside ASCII (an international name must be written in its ``xn--`` form); a ``%``
(percent-encoded hosts decode differently in different parsers); user information (``user@``);
a path, query or fragment after the host; a host ending in a dot; a scheme other than
``https``/``http``; port 0.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from urllib3.exceptions import LocationParseError
from urllib3.util import parse_url

from gui.text import QT_TRANSLATE_NOOP, Text

OKX_HOSTS = frozenset(
    {"www.okx.com", "openapi.okx.com", "eea.okx.com", "us.okx.com", "my.okx.com", "app.okx.com"}
)


class BadUrlError(ValueError):
    """A base URL the app will not use; ``message`` says why in the user's terms."""

    def __init__(self, url: str, message: Text) -> None:
        super().__init__(str(message))
        self.url = url
        self.message = message


def _bad(url: str, problem: str) -> BadUrlError:
    return BadUrlError(url, Text(problem, {"url": _shown(url)}))


def _shown(url: str) -> str:
    """The URL as it may be printed: control and non-ASCII characters escaped."""
    return "".join(
        ch if ch.isascii() and ch.isprintable() else ch.encode("unicode_escape").decode("ascii")
        for ch in url[:200]
    )


@dataclass(frozen=True)
class BaseUrl:
    """A parsed base URL: scheme (``https``/``http``), host (lower case; an IPv6 literal keeps
    its brackets) and port (None: the scheme's)."""

    scheme: str
    host: str
    port: int | None

    @property
    def url(self) -> str:
        """The base URL rebuilt from the parts, with no trailing slash."""
        return f"{self.scheme}://{self.netloc}"

    @property
    def netloc(self) -> str:
        return self.host if self.port is None else f"{self.host}:{self.port}"

    @property
    def effective_port(self) -> int:
        return self.port if self.port is not None else (443 if self.scheme == "https" else 80)

    @property
    def is_loopback(self) -> bool:
        """The host is this computer: 127.0.0.0/8, ::1 or ``localhost``."""
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host.strip("[]")).is_loopback
        except ValueError:
            return False

    @property
    def is_official(self) -> bool:
        """One of OKX's own REST hosts, over HTTPS on port 443."""
        return self.scheme == "https" and self.host in OKX_HOSTS and self.effective_port == 443

    @property
    def may_sign(self) -> bool:
        """A signed request may go here: HTTPS, or plain HTTP to this computer."""
        return self.scheme == "https" or (self.scheme == "http" and self.is_loopback)


def parse_base_url(text: str) -> BaseUrl:
    """``text`` as a :class:`BaseUrl`, or :class:`BadUrlError` naming what is wrong with it."""
    if any(ch.isspace() or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in text):
        raise _bad(text, QT_TRANSLATE_NOOP("okx", "{url} contains a space or a control character."))
    if not text.isascii():
        raise _bad(
            text,
            QT_TRANSLATE_NOOP(
                "okx",
                "{url} contains a character outside plain ASCII: write an international host "
                "name in its xn-- form.",
            ),
        )
    if "\\" in text:
        raise _bad(
            text,
            QT_TRANSLATE_NOOP(
                "okx", "{url} contains a backslash (\\), which programs read in different ways."
            ),
        )
    if "%" in text:
        raise _bad(
            text,
            QT_TRANSLATE_NOOP(
                "okx", "{url} contains a percent-encoded (%) part: write it plainly."
            ),
        )
    try:
        parts = parse_url(text)
    except LocationParseError:
        raise _bad(text, QT_TRANSLATE_NOOP("okx", "{url} is not a web address.")) from None
    if parts.scheme not in ("https", "http") or "://" not in text:
        raise _bad(
            text,
            QT_TRANSLATE_NOOP(
                "okx", "{url} must start with https:// (or http:// to this computer)."
            ),
        )
    if parts.auth is not None or "@" in text:
        raise _bad(
            text,
            QT_TRANSLATE_NOOP(
                "okx", "{url} has user information (user@) before the host: leave it out."
            ),
        )
    if not parts.host:
        raise _bad(text, QT_TRANSLATE_NOOP("okx", "{url} has no host."))
    if parts.path not in (None, "", "/") or parts.query is not None or parts.fragment is not None:
        raise _bad(
            text,
            QT_TRANSLATE_NOOP(
                "okx",
                "{url} has a path, query or fragment after the host: give only "
                "https://HOST or https://HOST:PORT.",
            ),
        )
    if parts.host.endswith("."):
        raise _bad(text, QT_TRANSLATE_NOOP("okx", "{url} has a host ending in a dot: remove it."))
    if parts.port == 0:
        raise _bad(text, QT_TRANSLATE_NOOP("okx", "{url} names port 0."))
    base = BaseUrl(parts.scheme, parts.host.lower(), parts.port)
    again = parse_url(base.url)
    if (again.scheme, again.host, again.port) != (base.scheme, base.host, base.port):
        raise _bad(text, QT_TRANSLATE_NOOP("okx", "{url} is not a web address."))
    return base


def try_parse(text: str) -> BaseUrl | None:
    """:func:`parse_base_url`, or None for a refused URL."""
    try:
        return parse_base_url(text)
    except BadUrlError:
        return None
