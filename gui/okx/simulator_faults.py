"""The simulator's misbehaviours and answer helpers: :class:`Fault`, :class:`ManualClock`, OKX's
error bodies for HTTP statuses, and the JSON replies every endpoint sends."""

from __future__ import annotations

import dataclasses
import json
import threading
import time
from dataclasses import dataclass
from typing import Any

from gui.okx.simulator_auth import Refusal
from gui.okx.simulator_http import Reply


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


def is_json(content_type: str) -> bool:
    return content_type.split(";", 1)[0].strip().lower() == "application/json"


def json_reply(status: int, payload: dict[str, Any]) -> Reply:
    return Reply(status=status, body=json.dumps(payload, separators=(",", ":")).encode())


def ok_reply(data: list[dict[str, Any]]) -> Reply:
    return json_reply(200, {"code": "0", "msg": "", "data": data})


def refusal_reply(refusal: Refusal) -> Reply:
    payload: dict[str, Any] = {"msg": refusal.msg, "code": refusal.code}
    if refusal.with_data:
        payload["data"] = []
    return json_reply(refusal.status, payload)


def fault_reply(fault: Fault) -> Reply | None:
    if fault.drop:
        return Reply(drop=True)
    if fault.redirect_to is not None:
        return Reply(status=302, body=b"", content_type="text/html", location=fault.redirect_to)
    if fault.rate_limit:
        if fault.status is not None:  # OKX also sends 50011 inside an ordinary HTTP 200 answer
            return refusal_reply(
                dataclasses.replace(RATE_LIMITED, status=fault.status, with_data=True)
            )
        return refusal_reply(RATE_LIMITED)
    if fault.html:
        status = fault.status or 200
        page = HTML_PAGE.format(status=status).encode()
        return Reply(status=status, body=page, content_type="text/html; charset=utf-8")
    if fault.status is not None:
        code = STATUS_CODES.get(fault.status, "50026")
        return json_reply(fault.status, {"msg": STATUS_MESSAGES[code], "code": code, "data": []})
    if fault.malformed_json:
        return Reply(status=200, body=MALFORMED_JSON)
    return None
