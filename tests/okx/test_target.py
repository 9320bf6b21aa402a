"""OkxTarget: one value for where OKX is, with one answer for a region it does not serve."""

from __future__ import annotations

import pytest

from gui.okx.regions import REGIONS, Region
from gui.okx.target import NoServer, OkxTarget


def test_the_default_target_is_okx_itself() -> None:
    target = OkxTarget()
    assert target.official and all(target.serves(r) for r in Region)
    assert target.base_url(Region.EEA) == REGIONS[Region.EEA].rest_base_url


def test_a_custom_target_serves_only_its_regions() -> None:
    target = OkxTarget.at(Region.US, "http://127.0.0.1:8080", timeout=3.0)
    assert target.serves(Region.US) and not target.serves(Region.GLOBAL)
    assert target.base_url(Region.US) == "http://127.0.0.1:8080" and target.timeout == 3.0
    assert not target.official
    with pytest.raises(NoServer):
        target.base_url(Region.GLOBAL)


def test_no_base_url_means_okx_and_a_target_cannot_change_under_its_user() -> None:
    assert OkxTarget.at(Region.GLOBAL, None) == OkxTarget()
    urls = {Region.GLOBAL: "http://127.0.0.1:1"}
    target = OkxTarget(urls)
    urls[Region.GLOBAL] = "http://127.0.0.1:2"
    assert target.base_url(Region.GLOBAL) == "http://127.0.0.1:1"
    assert target == OkxTarget({Region.GLOBAL: "http://127.0.0.1:1"})
    assert hash(target) == hash(OkxTarget({Region.GLOBAL: "http://127.0.0.1:1"}))
