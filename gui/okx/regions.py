"""OKX regions and environments, with each region's REST host and web pages.

A key works only in the region that issued it. Demo trading uses the same host as live, with the
``x-simulated-trading: 1`` header and separate keys.

Sources: ``shared/okx/FACTS.md``. The US REST host and all the US pages, and every region's demo-API
and trading-settings page paths are not confirmed by OKX's documentation (marked ``unverified``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Region(StrEnum):
    GLOBAL = "global"
    EEA = "eea"
    US = "us"


class Environment(StrEnum):
    LIVE = "live"
    DEMO = "demo"


@dataclass(frozen=True)
class RegionInfo:
    region: Region
    name: str  # English name; views translate it
    web_host: str  # the site a user logs in to: how to tell which region they use
    rest_base_url: str
    api_management_url: str
    demo_api_management_url: str  # unverified path
    trading_settings_url: str  # unverified path

    def api_page(self, environment: Environment) -> str:
        """The page where a key for this region and environment is created or deleted."""
        if environment is Environment.DEMO:
            return self.demo_api_management_url
        return self.api_management_url


def _info(region: Region, name: str, web_host: str, rest_base_url: str) -> RegionInfo:
    site = f"https://{web_host}"
    return RegionInfo(
        region=region,
        name=name,
        web_host=web_host,
        rest_base_url=rest_base_url,
        api_management_url=f"{site}/account/my-api",
        demo_api_management_url=f"{site}/demo-trading/account/my-api",
        trading_settings_url=f"{site}/trade-swap/settings",
    )


REGIONS: dict[Region, RegionInfo] = {
    Region.GLOBAL: _info(Region.GLOBAL, "Global", "www.okx.com", "https://www.okx.com"),
    Region.EEA: _info(Region.EEA, "EEA", "my.okx.com", "https://eea.okx.com"),
    Region.US: _info(Region.US, "US", "app.okx.com", "https://us.okx.com"),
}

OKX_HOSTS = frozenset(
    {"www.okx.com", "openapi.okx.com", "eea.okx.com", "us.okx.com", "my.okx.com", "app.okx.com"}
)


def is_official_base_url(base_url: str) -> bool:
    """True only for OKX's own REST hosts over HTTPS; anything else must be shown to the user."""
    from urllib.parse import urlsplit

    parts = urlsplit(base_url)
    return parts.scheme == "https" and parts.hostname in OKX_HOSTS and parts.port in (None, 443)
