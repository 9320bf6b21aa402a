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
from gui.okx.simulator_faults import (
    INVALID_CONTENT_TYPE,
    RATE_LIMITED,
    Fault,
    ManualClock,
    blocked_refusal,
    fault_reply,
    is_json,
    json_reply,
    ok_reply,
    refusal_reply,
)
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
from gui.okx.simulator_subaccounts import (
    PATH_SUB_TRADING,
    SUB_PATHS,
    SUB_ROUTES,
    SubAccounts,
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
class RecordedRequest:
    """One request as received; never a secret header. ``key_name``: the scenario key named."""

    method: str
    target: str
    region: Region
    key_name: str | None
    status: int | None = None  # None: the connection was dropped
    code: str | None = None  # OKX code of a JSON answer


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
        self._faults: list[_ActiveFault] = []
        self._requests: list[RecordedRequest] = []
        self._offset = 0.0
        self._load_keys()

    def _load_keys(self) -> None:
        """The scenario's keys, accounts and sub-accounts (again, after :meth:`reset`)."""
        self._by_region: dict[Region, dict[str, SimKey]] = {r: {} for r in Region}
        self._names: dict[str, str] = {}
        for key in self.scenario.keys:
            self._register(key)
        self._states: dict[str, AccountState] = initial_states(self.scenario, self._now_ms())
        self._subs = SubAccounts(self.scenario, self._now_ms(), self._register, self._unregister)

    def _register(self, key: SimKey) -> None:
        self._by_region[key.region][key.credentials.api_key] = key
        self._names[key.credentials.api_key] = key.name

    def _unregister(self, key: SimKey) -> None:
        self._by_region[key.region].pop(key.credentials.api_key, None)

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
            self._load_keys()
        self._limiter.clear()

    # --- the master account's sub-accounts ---------------------------------------------------

    def sub_account_keys(self, sub_acct: str) -> list[SimKey]:
        """The keys a sub-account has now (the scenario's and those created since), oldest
        first; their credentials work the moment they exist."""
        with self._lock:
            return [k.key for k in self._subs.keys_of_name(sub_acct)]

    def sub_accounts(self) -> list[str]:
        """The names of every sub-account, created ones included."""
        with self._lock:
            return [a.sub_acct for a in self._subs.accounts.values() if a.sub_acct]

    def edit_sub_key(
        self,
        api_key: str,
        *,
        permissions: frozenset[Permission] | None = None,
        ips: tuple[str, ...] | None = None,
    ) -> None:
        """Changes a sub-account's key as a person would on OKX's web site."""
        with self._lock:
            key = self._subs.keys[api_key].key
            if permissions is not None:
                key = dataclasses.replace(key, permissions=permissions)
            if ips is not None:
                key = dataclasses.replace(key, ips=ips)
            self._subs.change_key(key)

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
                return refusal_reply(blocked_refusal(request.client_ip))
            faulty = fault_reply(fault)
            if faulty is not None:
                return faulty
        if request.path in SUB_PATHS:
            return self._sub_reply(region, request)
        route = ROUTES.get(request.path)
        if route is None:
            return json_reply(404, {"msg": "Not Found", "code": "404"})
        if request.method != route.method:
            return refusal_reply(Refusal(405, "50115", "Invalid request method.", with_data=False))
        if request.body and not is_json(request.header("Content-Type")):
            return refusal_reply(INVALID_CONTENT_TYPE)
        if route.permission is None:
            if not self._allow(f"ip:{request.client_ip}", request.path, route):
                return refusal_reply(RATE_LIMITED)
            return ok_reply([{"ts": str(self._now_ms())}])
        found = authenticate(request, self._by_region[region], self._now_ms())
        if isinstance(found, Refusal):
            return refusal_reply(found)
        account = self._subs.accounts[found.account]
        who = f"uid:{found.environment.value}:{account.uid}"
        if not self._allow(who, request.path, route):
            return refusal_reply(RATE_LIMITED)
        if route.permission not in found.permissions:
            return refusal_reply(
                Refusal(200, "50120", "API key doesn't have permission to use this endpoint.")
            )
        return self._endpoint(request, found)

    def _allow(self, who: str, path: str, route: _Route) -> bool:
        return not self.rate_limits or self._limiter.allow(who, path, route.limit, route.window)

    def _sub_reply(self, region: Region, request: Incoming) -> Reply:
        """The sub-account endpoints: same authentication, limits per master UID and endpoint
        (GET and POST of one path counted apart), then :class:`SubAccounts`."""
        sub_route = SUB_ROUTES.get((request.method, request.path))
        if sub_route is None:
            return refusal_reply(Refusal(405, "50115", "Invalid request method.", with_data=False))
        if request.body and not is_json(request.header("Content-Type")):
            return refusal_reply(INVALID_CONTENT_TYPE)
        with self._lock:
            keys = dict(self._by_region[region])
        found = authenticate(request, keys, self._now_ms())
        if isinstance(found, Refusal):
            return refusal_reply(found)
        account = self._subs.accounts[found.account]
        who = f"uid:{found.environment.value}:{account.uid}"
        limited = self.rate_limits and not self._limiter.allow(
            who, f"{request.method} {request.path}", sub_route.limit, sub_route.window
        )
        if limited:
            return refusal_reply(RATE_LIMITED)
        if sub_route.permission not in found.permissions:
            return refusal_reply(
                Refusal(200, "50120", "API key doesn't have permission to use this endpoint.")
            )
        with self._lock:
            data = self._subs.answer(request, sub_route, found, self._now_ms(), self._render_sub)
        if isinstance(data, Refusal):
            return refusal_reply(data)
        return ok_reply(data)

    def _render_sub(self, account: Any, path: str, query: str) -> list[dict[str, Any]]:
        """A sub-account's trading or funding balances (called under the lock)."""
        state = self._state(account.id)
        if path == PATH_SUB_TRADING:
            return [balance_data(state, dict(self.scenario.prices), query)]
        return funding_data(state, query)

    def _state(self, account_id: str) -> AccountState:
        state = self._states.get(account_id)
        if state is None:  # a sub-account created since the start
            state = AccountState.from_account(self._subs.accounts[account_id], self._now_ms())
            self._states[account_id] = state
        return state

    def _endpoint(self, request: Incoming, key: SimKey) -> Reply:
        with self._lock:
            state = self._state(key.account)
            if request.path == "/api/v5/account/config":
                return ok_reply([config_data(state, key)])
            if request.path == "/api/v5/account/balance":
                return ok_reply([balance_data(state, dict(self.scenario.prices), request.query)])
            if request.path == "/api/v5/asset/balances":
                return ok_reply(funding_data(state, request.query))
            change = set_position_mode if "position" in request.path else set_account_level
            result = change(state, request.body)
        if isinstance(result, Refusal):
            return refusal_reply(result)
        return ok_reply(result)
