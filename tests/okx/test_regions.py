from __future__ import annotations

import pytest

from gui.okx.regions import REGIONS, Environment, Region, is_official_base_url


def test_every_region_has_distinct_hosts() -> None:
    assert set(REGIONS) == set(Region)
    assert len({info.rest_base_url for info in REGIONS.values()}) == 3
    assert REGIONS[Region.EEA].rest_base_url == "https://eea.okx.com"
    assert REGIONS[Region.EEA].web_host == "my.okx.com"


def test_api_page_depends_on_environment() -> None:
    info = REGIONS[Region.GLOBAL]
    assert info.api_page(Environment.LIVE) == "https://www.okx.com/account/my-api"
    assert info.api_page_is_direct(Environment.LIVE)
    # No source confirms a demo API page: the site, and a click path to follow from there.
    assert info.api_page(Environment.DEMO) == "https://www.okx.com"
    assert not info.api_page_is_direct(Environment.DEMO)


def test_only_confirmed_pages_are_linked() -> None:
    import dataclasses

    from gui.okx import regions

    for info in REGIONS.values():
        urls = [v for v in dataclasses.asdict(info).values() if str(v).startswith("https://")]
        pages = {u.removeprefix(f"https://{info.web_host}") for u in urls if info.web_host in u}
        assert pages <= {"", "/account/my-api"}, pages  # never /trade-swap/settings and the like
    assert str(regions.DEMO_API_PATH).endswith("Demo Trading API")
    assert "gear" in str(regions.FUTURES_SETTINGS_PATH)


def test_region_names_are_translated_with_their_sentence() -> None:
    from gui.okx.regions import region_name
    from gui.text import Text

    text = Text("OKX {region}", {"region": region_name(Region.EEA)})
    assert str(text) == "OKX EEA"
    assert text.translated(lambda _c, s: {"EEA": "欧洲经济区"}.get(s, s)) == "OKX 欧洲经济区"


@pytest.mark.parametrize(
    ("url", "official"),
    [
        ("https://www.okx.com", True),
        ("https://eea.okx.com/", True),
        ("http://www.okx.com", False),
        ("https://www.okx.com:8443", False),
        ("http://127.0.0.1:8080", False),
        ("https://www.okx.com.evil.example", False),
    ],
)
def test_official_base_url(url: str, official: bool) -> None:
    assert is_official_base_url(url) is official


def test_the_unverified_us_api_page_is_not_linked() -> None:
    """Issue 21, item 22: no source confirms app.okx.com/account/my-api: the site and a path."""
    from gui.okx.regions import DEMO_API_PATH, LIVE_API_PATH

    us = REGIONS[Region.US]
    assert us.api_page(Environment.LIVE) == "https://app.okx.com"
    assert not us.api_page_is_direct(Environment.LIVE)
    assert us.api_path(Environment.LIVE) is LIVE_API_PATH
    assert us.api_path(Environment.DEMO) is DEMO_API_PATH
    assert REGIONS[Region.EEA].api_path(Environment.LIVE) is None
    assert str(LIVE_API_PATH) == "Profile > API and connections"
