"""Injected faults, and the simulator's lifecycle (ports, threads, stopping mid-request)."""

from __future__ import annotations

import json
import socket
import threading
import time

import pytest
import requests

from gui.okx.regions import Region
from gui.okx.simulator import Fault, Simulator
from tests.okx.sim_helpers import TIMEOUT, call

TIME = "/api/v5/public/time"
CONFIG = "/api/v5/account/config"


def _time(sim: Simulator, region: Region = Region.GLOBAL) -> requests.Response:
    return requests.get(sim.base_urls[region] + TIME, timeout=TIMEOUT, allow_redirects=False)


def test_latency_delays_the_answer(simulator: Simulator) -> None:
    simulator.inject(Fault(latency=0.3), count=1)
    started = time.monotonic()
    response = _time(simulator)
    assert time.monotonic() - started >= 0.3
    assert response.json()["code"] == "0"


def test_latency_past_the_client_timeout_is_a_timeout(simulator: Simulator) -> None:
    simulator.inject(Fault(latency=5.0), count=1)
    with pytest.raises(requests.Timeout):
        requests.get(simulator.base_url + TIME, timeout=0.2)


@pytest.mark.parametrize(("status", "code"), [(500, "50026"), (503, "50001")])
def test_status_fault_answers_okx_like_json(simulator: Simulator, status: int, code: str) -> None:
    simulator.inject(Fault(status=status))
    response = _time(simulator)
    assert response.status_code == status
    assert response.json()["code"] == code


@pytest.mark.parametrize("status", [None, 502, 504])
def test_html_fault_answers_a_cdn_page(simulator: Simulator, status: int | None) -> None:
    simulator.inject(Fault(html=True, status=status))
    response = _time(simulator)
    assert response.status_code == (status or 200)
    assert response.headers["Content-Type"].startswith("text/html")
    assert response.text.startswith("<!DOCTYPE html>")
    with pytest.raises(requests.JSONDecodeError):
        response.json()


def test_malformed_json_fault(simulator: Simulator) -> None:
    simulator.inject(Fault(malformed_json=True))
    response = _time(simulator)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        json.loads(response.text)


def test_drop_closes_without_answer(simulator: Simulator) -> None:
    simulator.inject(Fault(drop=True), count=1)
    with pytest.raises(requests.ConnectionError):
        _time(simulator)
    assert simulator.requests[-1].status is None
    assert _time(simulator).status_code == 200


def test_rate_limit_fault(simulator: Simulator) -> None:
    simulator.inject(Fault(rate_limit=True))
    response = call(simulator, "healthy", "GET", CONFIG)
    assert response.status_code == 429
    assert response.json() == {"msg": "Too Many Requests", "code": "50011"}


def test_redirect_fault_is_302_with_location(simulator: Simulator) -> None:
    simulator.inject(Fault(redirect_to="https://phish.example/api"))
    response = _time(simulator)
    assert response.status_code == 302
    assert response.headers["Location"] == "https://phish.example/api"


def test_fault_on_one_path_leaves_the_others(simulator: Simulator) -> None:
    simulator.inject(Fault(status=503), path=CONFIG)
    assert _time(simulator).status_code == 200
    assert call(simulator, "healthy", "GET", CONFIG).status_code == 503
    assert call(simulator, "healthy", "GET", f"{CONFIG}?x=1").status_code == 503


def test_count_limits_a_fault_then_normal_answers_return(simulator: Simulator) -> None:
    simulator.inject(Fault(status=500), count=2)
    assert [_time(simulator).status_code for _ in range(3)] == [500, 500, 200]


def test_earlier_fault_wins_and_clear_faults_removes_all(simulator: Simulator) -> None:
    simulator.inject(Fault(status=500), count=1)
    simulator.inject(Fault(status=503))
    assert [_time(simulator).status_code for _ in range(2)] == [500, 503]
    simulator.clear_faults()
    assert _time(simulator).status_code == 200


@pytest.mark.parametrize("region", list(Region))
def test_faults_apply_to_every_region(simulator: Simulator, region: Region) -> None:
    simulator.inject(Fault(status=503))
    assert _time(simulator, region).status_code == 503


def test_faulted_request_changes_nothing(simulator: Simulator) -> None:
    simulator.inject(Fault(status=500), count=1)
    body = '{"posMode":"net_mode"}'
    call(simulator, "other-mode", "POST", "/api/v5/account/set-position-mode", body)
    assert simulator.settings("other-mode")["posMode"] == "long_short_mode"


def test_count_must_be_positive(simulator: Simulator) -> None:
    with pytest.raises(ValueError, match="count"):
        simulator.inject(Fault(drop=True), count=0)


def _sim_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("okx-sim-")]


def test_stop_ends_kept_alive_connections_and_joins_threads() -> None:
    before = set(_sim_threads())
    with Simulator() as sim, requests.Session() as session:
        assert session.get(sim.base_url + TIME, timeout=TIMEOUT).status_code == 200
        assert len(set(_sim_threads()) - before) >= 4  # 3 listeners + the kept-alive connection
    assert set(_sim_threads()) <= before


def test_stop_does_not_wait_for_a_long_latency() -> None:
    errors: list[BaseException] = []
    sim = Simulator().start()
    sim.inject(Fault(latency=60.0))

    def client() -> None:
        try:
            requests.get(sim.base_url + TIME, timeout=30)
        except requests.RequestException as error:
            errors.append(error)

    thread = threading.Thread(target=client)
    thread.start()
    assert sim.wait_for_arrivals(1, timeout=10)
    started = time.monotonic()
    sim.stop()
    thread.join(10)
    assert time.monotonic() - started < 5
    assert not thread.is_alive()
    assert errors and isinstance(errors[0], requests.ConnectionError)


def test_port_sets_the_global_listener() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with Simulator(port=port) as sim:
        assert sim.base_url == f"http://127.0.0.1:{port}"
        assert len(set(sim.base_urls.values())) == 3


def test_busy_port_fails_start_and_leaves_no_thread() -> None:
    before = set(_sim_threads())
    with Simulator() as first:
        port = int(first.base_url.rsplit(":", 1)[1])
        second = Simulator(port=port)
        with pytest.raises(OSError):
            second.start()
        with pytest.raises(RuntimeError, match="not started"):
            _ = second.base_url
    assert set(_sim_threads()) <= before


def test_start_twice_is_refused_and_stop_is_idempotent() -> None:
    sim = Simulator().start()
    try:
        with pytest.raises(RuntimeError, match="already started"):
            sim.start()
    finally:
        sim.stop()
    sim.stop()


def test_reset_drops_a_request_held_by_latency(simulator: Simulator) -> None:
    errors: list[BaseException] = []
    simulator.inject(Fault(latency=60.0))

    def client() -> None:
        try:
            requests.get(simulator.base_url + TIME, timeout=30)
        except requests.RequestException as error:
            errors.append(error)

    thread = threading.Thread(target=client)
    thread.start()
    assert simulator.wait_for_arrivals(1, timeout=10)
    simulator.reset()
    thread.join(10)
    assert not thread.is_alive()
    assert errors and isinstance(errors[0], requests.ConnectionError)
