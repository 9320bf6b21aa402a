"""Per-user and per-IP rate limits, on a hand-moved clock: no test sleeps."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests

from gui.okx.simulator import ManualClock, Simulator
from tests.okx.sim_helpers import TIMEOUT, call

TIME = "/api/v5/public/time"
CONFIG = "/api/v5/account/config"
BALANCE = "/api/v5/account/balance"
FUNDING = "/api/v5/asset/balances"
POSITION_MODE = "/api/v5/account/set-position-mode"
ACCOUNT_LEVEL = "/api/v5/account/set-account-level"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def sim(clock: ManualClock) -> Iterator[Simulator]:
    with Simulator(clock=clock) as running:
        yield running


def _get(sim: Simulator, clock: ManualClock, path: str, key: str = "healthy") -> int:
    if path == TIME:
        return requests.get(sim.base_url + TIME, timeout=TIMEOUT).status_code
    body = ""
    if path == POSITION_MODE:
        body = '{"posMode":"net_mode"}'
    elif path == ACCOUNT_LEVEL:
        body = '{"acctLv":"2"}'
    method = "POST" if body else "GET"
    return call(sim, key, method, path, body, clock=clock).status_code


@pytest.mark.parametrize(
    ("path", "limit", "window"),
    [
        (TIME, 10, 2.0),
        (CONFIG, 5, 2.0),
        (BALANCE, 10, 2.0),
        (FUNDING, 6, 1.0),
        (POSITION_MODE, 5, 2.0),
        (ACCOUNT_LEVEL, 5, 2.0),
    ],
)
def test_limit_then_429_then_window_reopens(
    sim: Simulator, clock: ManualClock, path: str, limit: int, window: float
) -> None:
    assert [_get(sim, clock, path) for _ in range(limit)] == [200] * limit
    response_status = _get(sim, clock, path)
    assert response_status == 429
    assert sim.requests[-1].code == "50011"
    clock.advance(window - 0.01)
    assert _get(sim, clock, path) == 429
    clock.advance(0.02)
    assert _get(sim, clock, path) == 200


def test_429_body_is_okx_s(sim: Simulator, clock: ManualClock) -> None:
    for _ in range(5):
        call(sim, "healthy", "GET", CONFIG, clock=clock)
    response = call(sim, "healthy", "GET", CONFIG, clock=clock)
    assert response.status_code == 429
    assert response.json() == {"msg": "Too Many Requests", "code": "50011"}


def test_keys_of_one_user_share_a_limit(sim: Simulator, clock: ManualClock) -> None:
    for name in ("healthy", "unbound", "read-only", "withdraw", "healthy"):
        assert _get(sim, clock, CONFIG, name) == 200
    assert _get(sim, clock, CONFIG, "unbound") == 429
    assert _get(sim, clock, CONFIG, "sub-account") == 200  # another uid
    assert _get(sim, clock, BALANCE, "healthy") == 200  # another endpoint


def test_refused_requests_do_not_count(sim: Simulator, clock: ManualClock) -> None:
    for _ in range(8):
        assert _get(sim, clock, CONFIG, "wrong-ip") == 401
    assert _get(sim, clock, CONFIG, "healthy") == 200


def test_reset_clears_the_counters(sim: Simulator, clock: ManualClock) -> None:
    for _ in range(5):
        _get(sim, clock, CONFIG)
    assert _get(sim, clock, CONFIG) == 429
    sim.reset()
    assert _get(sim, clock, CONFIG) == 200


def test_limits_can_be_turned_off(clock: ManualClock) -> None:
    with Simulator(clock=clock, rate_limits=False) as sim:
        assert {_get(sim, clock, CONFIG) for _ in range(12)} == {200}


def test_manual_clock_drives_server_time(sim: Simulator, clock: ManualClock) -> None:
    clock.advance(3600)
    [item] = requests.get(sim.base_url + TIME, timeout=TIMEOUT).json()["data"]
    assert int(item["ts"]) == int(clock() * 1000)


def test_switching_limits_off_lasts_until_reset(sim: Simulator, clock: ManualClock) -> None:
    sim.rate_limits = False
    assert {_get(sim, clock, CONFIG) for _ in range(7)} == {200}
    sim.reset()
    assert [_get(sim, clock, CONFIG) for _ in range(6)] == [200] * 5 + [429]
