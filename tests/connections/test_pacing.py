"""The pacer keeps each user's requests within OKX's limits, counted on arrival."""

from __future__ import annotations

import threading

import pytest

from gui.okx.pacing import LIMITS, PATH_TIME, Cancelled, Limit, Pacer

CONFIG = "/api/v5/account/config"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_published_limits() -> None:
    assert LIMITS[CONFIG] == Limit(5, 2.0)
    assert LIMITS["/api/v5/account/balance"] == Limit(10, 2.0)
    assert LIMITS["/api/v5/asset/balances"] == Limit(6, 1.0)
    assert LIMITS[PATH_TIME] == Limit(10, 2.0, per_ip=True)


@pytest.mark.slow
def test_a_token_is_usable_a_window_after_its_answer() -> None:
    clock = FakeClock()
    pacer = Pacer(margin=0.0, clock=clock)
    releases = [pacer.acquire("alice", CONFIG) for _ in range(5)]  # the limit, at once
    assert pacer.waited == 0
    got: list[float] = []

    def take_the_sixth() -> None:
        pacer.acquire("alice", CONFIG)
        got.append(clock())

    sixth = threading.Thread(target=take_the_sixth)
    sixth.start()
    sixth.join(0.2)
    assert sixth.is_alive()  # every token is in flight: it waits for an answer
    clock.now += 0.3  # the first answer arrives 0.3 s later
    releases[0]()
    sixth.join(0.2)
    assert sixth.is_alive()  # ... and its token is usable only a window later
    clock.now += 2.0
    sixth.join(5)
    assert got == [1002.3]


def test_users_do_not_share_a_limit_but_an_ip_limit_is_shared() -> None:
    clock = FakeClock()
    pacer = Pacer(margin=0.0, clock=clock)
    for who in ("alice", "bob"):
        for _ in range(5):
            pacer.acquire(who, CONFIG)
    for who in ("alice", "bob"):
        for _ in range(5):
            pacer.acquire(who, PATH_TIME)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):  # the 11th time request of this IP, whoever asks
        pacer.acquire("carol", PATH_TIME, cancel)
    assert pacer.acquire("carol", "/api/v5/unknown") is not None  # no known limit: no wait


def test_a_cancelled_wait_gives_its_token_back() -> None:
    clock = FakeClock()
    pacer = Pacer(margin=0.0, clock=clock)
    for _ in range(5):
        pacer.acquire("alice", CONFIG)()  # sent and answered at 1000.0: usable at 1002.0
    cancel = threading.Event()
    threading.Timer(0.1, cancel.set).start()
    with pytest.raises(Cancelled):
        pacer.acquire("alice", CONFIG, cancel)  # waits for 1002.0
    clock.now += 2.0
    for _ in range(5):  # all five tokens are there again
        pacer.acquire("alice", CONFIG)
