"""OKX regions and environments, with each region's REST host, web site and API page.

A key works only in the region that issued it. Demo trading uses the same host as live, with the
``x-simulated-trading: 1`` header and separate keys.

Sources: ``shared/okx/FACTS.md``. Only pages a source confirms are linked: the API-key page of
Global and EEA. Where no address is confirmed (the US API page, the demo API page, the futures
settings) the views give OKX's click path instead (:meth:`RegionInfo.api_path`,
:data:`FUTURES_SETTINGS_PATH`) and link the site itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from gui.text import QT_TRANSLATE_NOOP, Text


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
    name: str  # English name; views show region_name(region), translated
    web_host: str  # the site a user logs in to: how to tell which region they use
    rest_base_url: str
    api_management_url: str | None  # the live API-key page; None where no source confirms it

    @property
    def web_url(self) -> str:
        return f"https://{self.web_host}"

    def api_page(self, environment: Environment) -> str:
        """The page where a key for this region and environment is created or deleted.

        Where no source confirms the page's address (demo keys, the US site) the site is
        returned and :meth:`api_path` tells the way from there.
        """
        if environment is Environment.DEMO or self.api_management_url is None:
            return self.web_url
        return self.api_management_url

    def api_page_is_direct(self, environment: Environment) -> bool:
        """False when :meth:`api_page` is only the site and a click path must go with it."""
        return environment is Environment.LIVE and self.api_management_url is not None

    def api_path(self, environment: Environment) -> Text | None:
        """OKX's click path to the API-key page from the site, or None when it is linked."""
        if environment is Environment.DEMO:
            return DEMO_API_PATH
        return None if self.api_page_is_direct(environment) else LIVE_API_PATH


def _info(
    region: Region, name: str, web_host: str, rest_base_url: str, *, page_confirmed: bool = True
) -> RegionInfo:
    return RegionInfo(
        region=region,
        name=name,
        web_host=web_host,
        rest_base_url=rest_base_url,
        api_management_url=f"https://{web_host}/account/my-api" if page_confirmed else None,
    )


REGIONS: dict[Region, RegionInfo] = {
    Region.GLOBAL: _info(Region.GLOBAL, "Global", "www.okx.com", "https://www.okx.com"),
    Region.EEA: _info(Region.EEA, "EEA", "my.okx.com", "https://eea.okx.com"),
    # FACTS: app.okx.com/account/my-api is unverified: the site and the click path instead.
    Region.US: _info(Region.US, "US", "app.okx.com", "https://us.okx.com", page_confirmed=False),
}

_REGION_NAMES = {
    Region.GLOBAL: QT_TRANSLATE_NOOP("okx", "Global"),
    Region.EEA: QT_TRANSLATE_NOOP("okx", "EEA"),
    Region.US: QT_TRANSLATE_NOOP("okx", "US"),
}


def region_name(region: Region) -> Text:
    """The region's name as a message argument: translated with the sentence it is put in."""
    return Text(_REGION_NAMES[region])


# OKX's own menu names (FACTS: the docs' "Demo Trading Services"; OKX help (api-faq) for the API
# page; Bitsgap's guide for the gear).
LIVE_API_PATH = Text(QT_TRANSLATE_NOOP("okx", "Profile > API and connections"))
DEMO_API_PATH = Text(
    QT_TRANSLATE_NOOP("okx", "Trade > Demo Trading > Personal Center > Demo Trading API")
)
FUTURES_SETTINGS_PATH = Text(
    QT_TRANSLATE_NOOP("okx", "Trade > Futures, then the settings (gear) icon at the top right")
)


def is_official_base_url(base_url: str) -> bool:
    """True only for OKX's own REST hosts over HTTPS; anything else must be shown to the user.
    One parse, the HTTP library's (:mod:`gui.okx.urls`): a URL it refuses is not OKX's."""
    from gui.okx.urls import try_parse

    parsed = try_parse(base_url)
    return parsed is not None and parsed.is_official
