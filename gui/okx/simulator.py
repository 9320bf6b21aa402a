"""A local OKX for tests, demos and benchmarks: real HTTP on 127.0.0.1, one listener per region.

It accepts what OKX accepts and refuses what OKX refuses, with OKX's HTTP statuses and bodies::

    with Simulator() as sim:                      # the default scenario
        creds = sim.key("healthy").credentials
        requests.get(sim.base_url + "/api/v5/public/time", timeout=5)

Faults (latency, 5xx, HTML pages, broken JSON, dropped connections, 429, redirects) are injected
with :meth:`Simulator.inject`; ``clock_offset`` moves the server clock; ``reset`` restores the
scenario. See ``docs/simulator.md``.
"""

from __future__ import annotations

import dataclasses
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from gui.okx.regions import Region
from gui.okx.signing import HEADER_KEY
from gui.okx.simulator_auth import Incoming, Refusal, authenticate
from gui.okx.simulator_http import Listener, Reply
from gui.okx.simulator_scenario import (
    Permission,
    Scenario,
    ScenarioError,
    SimKey,
    default_scenario,
    load_scenario,
    parse_scenario,
)
from gui.okx.simulator_state import (
    AccountState,
    Clock,
    RateLimiter,
    balance_data,
    config_data,
    funding_data,
    initial_states,
    set_account_level,
    set_position_mode,
)

__all__ = [
    "Fault",
    "ManualClock",
    "Permission",
    "RecordedRequest",
    "Scenario",
    "ScenarioError",
    "SimKey",
    "Simulator",
    "default_scenario",
    "load_scenario",
    "parse_scenario",
]


@dataclass(frozen=True)
class Fault:
    """A misbehaviour to answer with instead of (or, for ``latency`` alone, before) the real answer.

    When several are set: ``latency`` first, then the first of ``drop``, ``blocked``,
    ``redirect_to``, ``rate_limit``, ``html``, ``status``, ``malformed_json``. With
    ``rate_limit``, ``status`` chooses the HTTP status of the 50011 answer (429 by default; OKX
    also uses 200).
    """

    latency: float = 0.0
    status: int | None = None
    html: bool = False
    malformed_json: bool = False
    drop: bool = False
    rate_limit: bool = False
    redirect_to: str | None = None
    blocked: bool = False  # 50121: OKX refuses the client's IP address (or its country)


@dataclass(frozen=True)
class RecordedRequest:
    """One request as received; never a secret header. ``key_name``: the scenario key named."""

    method: str
    target: str
    region: Region
    key_name: str | None
    status: int | None = None  # None: the connection was dropped
    code: str | None = None  # OKX code of a JSON answer


class ManualClock:
    """A clock tests move by hand: ``clock.advance(2.0)`` instead of sleeping."""

    def __init__(self, start: float | None = None) -> None:
        self._now = time.time() if start is None else start
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += seconds


@dataclass(frozen=True)
class _Route:
    method: str
    limit: int
    window: float
    permission: Permission | None  # None: public endpoint, limited per IP


ROUTES = {
    "/api/v5/public/time": _Route("GET", 10, 2.0, None),
    "/api/v5/account/config": _Route("GET", 5, 2.0, Permission.READ),
    "/api/v5/account/balance": _Route("GET", 10, 2.0, Permission.READ),
    "/api/v5/asset/balances": _Route("GET", 6, 1.0, Permission.READ),
    "/api/v5/account/set-position-mode": _Route("POST", 5, 2.0, Permission.TRADE),
    "/api/v5/account/set-account-level": _Route("POST", 5, 2.0, Permission.TRADE),
}

STATUS_CODES = {500: "50026", 503: "50001", 429: "50013", 400: "50004"}
STATUS_MESSAGES = {
    "50026": "System error, please try again later.",
    "50001": "Service temporarily unavailable, please try again later.",
    "50013": "Systems are busy. Please try again later.",
    "50004": "API endpoint request timeout.",
}
HTML_PAGE = (
    "<!DOCTYPE html><html><head><title>{status} Error</title></head><body>"
    "<h1>{status} Error</h1><p>The origin is unreachable. Please try again later.</p>"
    "<hr><center>cdn</center></body></html>"
)
MALFORMED_JSON = b'{"code":"0","msg":"","data":[{"ts":"17'
RATE_LIMITED = Refusal(status=429, code="50011", msg="Too Many Requests", with_data=False)


INVALID_CONTENT_TYPE = Refusal(
    status=400, code="50006", msg='Invalid Content-Type, please use "application/json" format.'
)


def blocked_refusal(client_ip: str) -> Refusal:
    """50121 as OKX words it, naming the address it saw."""
    return Refusal(
        status=200,
        code="50121",
        msg=f"You can't access our services through the IP address ({client_ip})",
    )


def _is_json(content_type: str) -> bool:
    return content_type.split(";", 1)[0].strip().lower() == "application/json"


def _json(status: int, payload: dict[str, Any]) -> Reply:
    return Reply(status=status, body=json.dumps(payload, separators=(",", ":")).encode())


def _ok(data: list[dict[str, Any]]) -> Reply:
    return _json(200, {"code": "0", "msg": "", "data": data})


def _refusal(refusal: Refusal) -> Reply:
    payload: dict[str, Any] = {"msg": refusal.msg, "code": refusal.code}
    if refusal.with_data:
        payload["data"] = []
    return _json(refusal.status, payload)


class _ActiveFault:
    def __init__(self, fault: Fault, path: str | None, count: int | None) -> None:
        self.fault, self.path, self.remaining = fault, path, count


class Simulator:
    """The local OKX. ``scenario`` None: the default scenario; ``port``: the GLOBAL listener's.

    ``clock`` (epoch seconds) drives server time and rate limits; tests pass a ManualClock.
    ``rate_limits=False`` turns limits off (benchmarks). ``log`` sees every recorded request.
    """

    def __init__(
        self,
        scenario: Scenario | None = None,
        *,
        port: int = 0,
        clock: Clock = time.time,
        rate_limits: bool = True,
        log: Callable[[RecordedRequest], None] | None = None,
    ) -> None:
        self.scenario = scenario if scenario is not None else default_scenario()
        self.rate_limits = rate_limits  # settable; reset() restores the constructor's value
        self._rate_limits_default = rate_limits
        self._port = port
        self._clock = clock
        self._log = log
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)
        self._arrivals = 0
        self._cancel = threading.Event()  # set by stop() and reset(): ends latency waits
        self._listeners: dict[Region, Listener] = {}
        self._limiter = RateLimiter(clock)
        self._by_region: dict[Region, dict[str, SimKey]] = {r: {} for r in Region}
        for key in self.scenario.keys:
            self._by_region[key.region][key.credentials.api_key] = key
        self._names = {k.credentials.api_key: k.name for k in self.scenario.keys}
        self._faults: list[_ActiveFault] = []
        self._requests: list[RecordedRequest] = []
        self._offset = 0.0
        self._states: dict[str, AccountState] = initial_states(self.scenario, self._now_ms())

    # --- lifecycle ---------------------------------------------------------------------------

    def start(self) -> Simulator:
        if self._listeners:
            raise RuntimeError("simulator already started")
        self._cancel = threading.Event()
        try:
            for region in Region:
                port = self._port if region is Region.GLOBAL else 0
                self._listeners[region] = Listener(region, port, self._answer)
        except OSError:
            self.stop()
            raise
        for listener in self._listeners.values():
            listener.serve_in_thread()
        return self

    def stop(self) -> None:
        """Stops every listener and joins every thread it started. Idempotent."""
        self._cancel.set()
        listeners, self._listeners = self._listeners, {}
        closers = [
            threading.Thread(target=listener.close, name="okx-sim-close")
            for listener in listeners.values()
        ]
        for closer in closers:
            closer.start()
        for closer in closers:
            closer.join()

    def __enter__(self) -> Simulator:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # --- what tests read and set -------------------------------------------------------------

    @property
    def base_urls(self) -> dict[Region, str]:
        if not self._listeners:
            raise RuntimeError("simulator not started")
        return {region: listener.base_url for region, listener in self._listeners.items()}

    @property
    def base_url(self) -> str:
        return self.base_urls[Region.GLOBAL]

    def key(self, name: str) -> SimKey:
        return self.scenario.key(name)

    @property
    def keys(self) -> list[SimKey]:
        return list(self.scenario.keys)

    @property
    def clock_offset(self) -> float:
        """Seconds the server's clock is ahead of the real clock."""
        return self._offset

    @clock_offset.setter
    def clock_offset(self, seconds: float) -> None:
        self._offset = float(seconds)

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def wait_for_arrivals(self, count: int, timeout: float) -> bool:
        """Waits until ``count`` requests have arrived since start or reset (answered or not:
        a request held by a latency fault counts). False on timeout."""
        with self._arrived:
            return self._arrived.wait_for(lambda: self._arrivals >= count, timeout)

    def settings(self, key_name: str) -> dict[str, str]:
        """The current ``acctLv`` and ``posMode`` of a key's account."""
        with self._lock:
            state = self._states[self.key(key_name).account]
            return {"acctLv": state.acct_lv, "posMode": state.pos_mode}

    def inject(self, fault: Fault, *, path: str | None = None, count: int | None = None) -> None:
        """Answers matching requests with ``fault``: ``path`` None = every path; ``count`` None =
        until :meth:`clear_faults`. Earlier faults win over later ones."""
        if count is not None and count < 1:
            raise ValueError("count must be at least 1")
        with self._lock:
            self._faults.append(_ActiveFault(fault, path, count))

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def reset(self) -> None:
        """Back to the scenario: settings, faults, clock offset, rate limits (counters and the
        ``rate_limits`` switch), request log. Requests held by a latency fault are dropped."""
        with self._lock:
            self.rate_limits = self._rate_limits_default
            self._cancel.set()
            self._cancel = threading.Event()
            self._faults.clear()
            self._requests.clear()
            self._arrivals = 0
            self._offset = 0.0
            self._states = initial_states(self.scenario, self._now_ms())
        self._limiter.clear()

    # --- answering ---------------------------------------------------------------------------

    def _now_ms(self) -> int:
        return int((self._clock() + self._offset) * 1000)

    def _take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for active in self._faults:
                if active.path is None or active.path == path:
                    if active.remaining is not None:
                        active.remaining -= 1
                        if active.remaining == 0:
                            self._faults.remove(active)
                    return active.fault
        return None

    def _answer(self, region: Region, request: Incoming) -> Reply:
        with self._arrived:
            self._arrivals += 1
            self._arrived.notify_all()
        reply = self._reply(region, request)
        code = None
        if reply.content_type == "application/json":
            try:
                code = json.loads(reply.body).get("code")
            except ValueError:
                code = None
        record = RecordedRequest(
            method=request.method,
            target=request.target,
            region=region,
            key_name=self._names.get(request.header(HEADER_KEY)),
            status=None if reply.drop else reply.status,
            code=code,
        )
        with self._lock:
            self._requests.append(record)
        if self._log is not None:
            self._log(record)
        return reply

    def _reply(self, region: Region, request: Incoming) -> Reply:
        cancel = self._cancel
        fault = self._take_fault(request.path)
        if fault is not None:
            if fault.latency > 0 and cancel.wait(fault.latency):
                return Reply(drop=True)
            if fault.blocked and not fault.drop:
                return _refusal(blocked_refusal(request.client_ip))
            faulty = _fault_reply(fault)
            if faulty is not None:
                return faulty
        route = ROUTES.get(request.path)
        if route is None:
            return _json(404, {"msg": "Not Found", "code": "404"})
        if request.method != route.method:
            return _refusal(Refusal(405, "50115", "Invalid request method.", with_data=False))
        if request.body and not _is_json(request.header("Content-Type")):
            return _refusal(INVALID_CONTENT_TYPE)
        if route.permission is None:
            if not self._allow(f"ip:{request.client_ip}", request.path, route):
                return _refusal(RATE_LIMITED)
            return _ok([{"ts": str(self._now_ms())}])
        found = authenticate(request, self._by_region[region], self._now_ms())
        if isinstance(found, Refusal):
            return _refusal(found)
        account = self.scenario.accounts[found.account]
        who = f"uid:{found.environment.value}:{account.uid}"
        if not self._allow(who, request.path, route):
            return _refusal(RATE_LIMITED)
        if route.permission not in found.permissions:
            return _refusal(
                Refusal(200, "50120", "API key doesn't have permission to use this endpoint.")
            )
        return self._endpoint(request, found)

    def _allow(self, who: str, path: str, route: _Route) -> bool:
        return not self.rate_limits or self._limiter.allow(who, path, route.limit, route.window)

    def _endpoint(self, request: Incoming, key: SimKey) -> Reply:
        with self._lock:
            state = self._states[key.account]
            if request.path == "/api/v5/account/config":
                return _ok([config_data(state, key)])
            if request.path == "/api/v5/account/balance":
                return _ok([balance_data(state, dict(self.scenario.prices), request.query)])
            if request.path == "/api/v5/asset/balances":
                return _ok(funding_data(state, request.query))
            change = set_position_mode if "position" in request.path else set_account_level
            result = change(state, request.body)
        if isinstance(result, Refusal):
            return _refusal(result)
        return _ok(result)


def _fault_reply(fault: Fault) -> Reply | None:
    if fault.drop:
        return Reply(drop=True)
    if fault.redirect_to is not None:
        return Reply(status=302, body=b"", content_type="text/html", location=fault.redirect_to)
    if fault.rate_limit:
        if fault.status is not None:  # OKX also sends 50011 inside an ordinary HTTP 200 answer
            return _refusal(dataclasses.replace(RATE_LIMITED, status=fault.status, with_data=True))
        return _refusal(RATE_LIMITED)
    if fault.html:
        status = fault.status or 200
        page = HTML_PAGE.format(status=status).encode()
        return Reply(status=status, body=page, content_type="text/html; charset=utf-8")
    if fault.status is not None:
        code = STATUS_CODES.get(fault.status, "50026")
        return _json(fault.status, {"msg": STATUS_MESSAGES[code], "code": code, "data": []})
    if fault.malformed_json:
        return Reply(status=200, body=MALFORMED_JSON)
    return None
