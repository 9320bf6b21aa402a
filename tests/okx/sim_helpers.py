"""Helpers for simulator tests: signed requests built with gui.okx.signing, sent with requests."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import requests

from gui.okx.regions import Environment, Region
from gui.okx.signing import (
    HEADER_KEY,
    HEADER_PASSPHRASE,
    HEADER_SIGN,
    HEADER_SIMULATED,
    HEADER_TIMESTAMP,
    format_timestamp,
    sign,
)
from gui.okx.simulator import SimKey, Simulator

TIMEOUT = 10


def now_ms(clock: Callable[[], float] = time.time) -> int:
    return int(clock() * 1000)


def signed_headers(
    key: SimKey,
    method: str,
    target: str,
    body: str = "",
    *,
    timestamp: str | None = None,
    simulated: bool | None = None,
    secret_key: str | None = None,
    clock: Callable[[], float] = time.time,
) -> dict[str, str]:
    """Headers signing exactly ``target`` and ``body``; ``simulated`` None follows the key."""
    ts = timestamp if timestamp is not None else format_timestamp(now_ms(clock))
    secret = secret_key if secret_key is not None else key.credentials.secret_key
    headers = {
        HEADER_KEY: key.credentials.api_key,
        HEADER_PASSPHRASE: key.credentials.passphrase,
        HEADER_TIMESTAMP: ts,
        HEADER_SIGN: sign(ts, method, target, body, secret),
    }
    if body:
        headers["Content-Type"] = "application/json"
    if simulated is None:
        simulated = key.environment is Environment.DEMO
    if simulated:
        headers[HEADER_SIMULATED] = "1"
    return headers


def call(
    sim: Simulator,
    key_name: str,
    method: str,
    target: str,
    body: str = "",
    *,
    region: Region | None = None,
    clock: Callable[[], float] = time.time,
    **overrides: Any,
) -> requests.Response:
    """Sends a request signed with the named key to its region's listener (or ``region``'s)."""
    key = sim.key(key_name)
    base = sim.base_urls[region or key.region]
    headers = signed_headers(key, method, target, body, clock=clock, **overrides)
    return requests.request(
        method,
        base + target,
        headers=headers,
        data=body.encode() if body else None,
        timeout=TIMEOUT,
        allow_redirects=False,
    )


def send(
    sim: Simulator, method: str, target: str, headers: dict[str, str], body: str = ""
) -> requests.Response:
    """Sends exactly these headers and body to the Global listener."""
    return requests.request(
        method,
        sim.base_url + target,
        headers=headers,
        data=body.encode() if body else None,
        timeout=TIMEOUT,
        allow_redirects=False,
    )


def refused(response: requests.Response) -> tuple[int, str]:
    """(HTTP status, OKX code) of an answer."""
    return response.status_code, response.json()["code"]
