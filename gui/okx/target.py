"""Where OKX is, as one value passed whole: OKX's official hosts, or base URLs the caller gives
per region (the simulator, a proxy), and how long each request may take.

Every layer takes an :class:`OkxTarget` — the check, "Check all", the wizard, the command line —
so there is one answer to "which server for this region?": :meth:`OkxTarget.base_url`, which
raises :class:`NoServer` (a ``KeyError``) when the target serves no such region, and
:meth:`OkxTarget.serves` to ask first. URL safety (HTTPS, loopback-only plain HTTP) is checked
where requests are made (:mod:`gui.okx.transport`), not here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from gui.okx.regions import REGIONS, Region, is_official_base_url

DEFAULT_TIMEOUT = 10.0  # seconds per request


class NoServer(KeyError):  # noqa: N818 - reads as the condition
    """The target has no server for this region (a simulator or proxy given for others)."""


@dataclass(frozen=True)
class OkxTarget:
    """Where requests go. ``base_urls`` None means OKX's official hosts."""

    base_urls: Mapping[Region, str] | None = None
    timeout: float = DEFAULT_TIMEOUT

    def __post_init__(self) -> None:
        if self.base_urls is not None:  # a copy nobody can change under the target
            object.__setattr__(self, "base_urls", MappingProxyType(dict(self.base_urls)))

    @classmethod
    def at(
        cls, region: Region, base_url: str | None, timeout: float = DEFAULT_TIMEOUT
    ) -> OkxTarget:
        """``base_url`` for ``region`` (the command line's ``--base-url``); None: OKX's own."""
        return cls({region: base_url} if base_url else None, timeout)

    def serves(self, region: Region) -> bool:
        return self.base_urls is None or region in self.base_urls

    def base_url(self, region: Region) -> str:
        """The REST base URL for ``region``; :class:`NoServer` when the target has none."""
        if self.base_urls is None:
            return REGIONS[region].rest_base_url
        try:
            return self.base_urls[region]
        except KeyError:
            raise NoServer(region) from None

    @property
    def official(self) -> bool:
        """True when every request goes to OKX's own HTTPS hosts."""
        urls = self.base_urls
        return urls is None or all(is_official_base_url(u) for u in urls.values())

    def __hash__(self) -> int:
        urls = None if self.base_urls is None else tuple(sorted(self.base_urls.items()))
        return hash((urls, self.timeout))
