"""Keeping within OKX's rate limits: the published limits, and a pacer that spaces requests.

OKX limits each endpoint per user (the account's UID) or, for public endpoints, per IP address
(``shared/okx/FACTS.md``). :class:`Pacer` lets a request go only when OKX will count it within
the limit — whatever time it spends on the network, since OKX counts arrivals and we only see
departures and answers. A normal "Check all" then receives no 429 / 50011 at all. Thread-safe;
waits can be cancelled.
"""

from __future__ import annotations

import heapq
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

PATH_TIME = "/api/v5/public/time"


@dataclass(frozen=True)
class Limit:
    requests: int
    window: float  # seconds
    per_ip: bool = False  # else per user


# Published limits of the endpoints the app calls (FACTS: "Endpoints the app uses").
LIMITS: dict[str, Limit] = {
    PATH_TIME: Limit(10, 2.0, per_ip=True),
    "/api/v5/account/config": Limit(5, 2.0),
    "/api/v5/account/balance": Limit(10, 2.0),
    "/api/v5/asset/balances": Limit(6, 1.0),
    "/api/v5/account/set-position-mode": Limit(5, 2.0),
    "/api/v5/account/set-account-level": Limit(5, 2.0),
}

# Added to every window (clock granularity between us and OKX).
MARGIN_SECONDS = 0.05

# Returned by :meth:`Pacer.acquire`: call it when the answer (or the failure) has arrived.
Release = Callable[[], None]


class Cancelled(Exception):  # noqa: N818 - reads as the condition
    """The wait for a send slot was cancelled."""


def _no_release() -> None:
    """Nothing to give back: the endpoint has no known limit."""


class Pacer:
    """Send slots per (who, endpoint), so OKX never counts more than its limit in a window.

    Each (who, endpoint) has ``limit`` tokens. A request takes one and gives it back when its
    answer arrives; the token is usable again ``window`` seconds later. OKX counted the request
    on arrival, which is before the answer, so two requests on one token arrive at least a
    window apart whatever the network did — and no window holds more than ``limit`` arrivals.
    """

    def __init__(
        self,
        limits: dict[str, Limit] = LIMITS,
        *,
        margin: float = MARGIN_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._limits = limits
        self._margin = margin
        self._clock = clock
        self._changed = threading.Condition()
        self._tokens: dict[tuple[str, str], list[float]] = {}  # heaps of "usable from" times
        self.waited = 0.0  # seconds requests spent waiting for a token (a figure)

    def acquire(self, who: str, path: str, cancel: threading.Event | None = None) -> Release:
        """Blocks until ``who`` may send to ``path``; returns the release to call when the
        answer arrives. Raises :class:`Cancelled` (the token is kept for others)."""
        limit = self._limits.get(path)
        if limit is None:
            return _no_release
        key = ("ip" if limit.per_ip else who, path)
        asked = self._clock()
        with self._changed:
            tokens = self._tokens.setdefault(key, [asked] * limit.requests)
            while not tokens:  # all in flight: wait for an answer
                if cancel is not None and cancel.is_set():
                    raise Cancelled
                self._changed.wait(0.05)
            usable = heapq.heappop(tokens)
        try:
            while (left := usable - self._clock()) > 0:
                if cancel is not None:
                    if cancel.wait(left):
                        raise Cancelled
                else:
                    time.sleep(left)
            if cancel is not None and cancel.is_set():
                raise Cancelled
        except Cancelled:
            self._give_back(tokens, usable)
            raise
        window = limit.window + self._margin
        with self._changed:
            self.waited += self._clock() - asked

        def release() -> None:
            self._give_back(tokens, self._clock() + window)

        return release

    def _give_back(self, tokens: list[float], usable: float) -> None:
        with self._changed:
            heapq.heappush(tokens, usable)
            self._changed.notify_all()

    def for_user(self, who: str, cancel: threading.Event | None = None) -> Callable[[str], Release]:
        """A ``pace`` callable for :class:`~gui.okx.client.OkxClient` bound to one user."""

        def pace(path: str) -> Release:
            return self.acquire(who, path, cancel)

        return pace
