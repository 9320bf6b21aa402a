"""How fast the local OKX simulator answers: signed requests per second, start/stop time.

Prints figures, asserts nothing. ``.venv/bin/python benchmarks/simulator_throughput.py``
"""

from __future__ import annotations

import json
import os
import statistics
import time

import requests

from gui.okx.signing import build_request, format_timestamp
from gui.okx.simulator import Simulator

REQUESTS = 500
STARTS = 20


def _signed_get(sim: Simulator, session: requests.Session, path: str) -> None:
    prepared = build_request(
        base_url=sim.base_url,
        method="GET",
        path=path,
        credentials=sim.key("healthy").credentials,
        timestamp=format_timestamp(int(time.time() * 1000)),
    )
    response = session.get(prepared.url, headers=prepared.headers, timeout=5)
    response.raise_for_status()


def main() -> None:
    figures: dict[str, object] = {"benchmark": "simulator_throughput"}
    with Simulator(rate_limits=False) as sim, requests.Session() as session:
        for path in ("/api/v5/account/config", "/api/v5/account/balance"):
            times = []
            for _ in range(REQUESTS):
                started = time.perf_counter()
                _signed_get(sim, session, path)
                times.append(time.perf_counter() - started)
            median = statistics.median(times) * 1000
            p99 = sorted(times)[int(len(times) * 0.99)] * 1000
            rate = REQUESTS / sum(times)
            print(f"{path}: {rate:.0f} req/s, median {median:.2f} ms, p99 {p99:.2f} ms")
            figures[path.rsplit("/", 1)[-1]] = {
                "per_second": round(rate),
                "median_ms": round(median, 2),
                "p99_ms": round(p99, 2),
            }
    durations = []
    for _ in range(STARTS):
        started = time.perf_counter()
        with Simulator():
            pass
        durations.append(time.perf_counter() - started)
    print(f"start + stop (3 listeners): median {statistics.median(durations) * 1000:.1f} ms")
    figures["start_stop_ms"] = round(statistics.median(durations) * 1000, 1)
    figures["load"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
