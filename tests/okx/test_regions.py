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
    assert info.api_page(Environment.DEMO) != info.api_page(Environment.LIVE)


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
