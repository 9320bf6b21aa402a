"""How long a full connection check takes compared with one request, at 300 ms per request.

Against the local simulator with a 300 ms latency injected into every request, prints the median
time of one ``account_config`` call, of a full ``check_connection`` (server time, config and both
balances sent concurrently) and their ratio. Target: ratio <= 1.3. Prints figures, asserts nothing.

    .venv/bin/python benchmarks/check_latency.py [--rounds 5] [--latency 0.3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections.abc import Callable

from gui.okx import transport
from gui.okx.check import OkxTarget, check_connection
from gui.okx.client import OkxClient
from gui.okx.simulator import Fault, Simulator


def _median(rounds: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--latency", type=float, default=0.3)
    args = parser.parse_args()
    with Simulator(rate_limits=False) as sim:
        sim.inject(Fault(latency=args.latency))
        creds = sim.key("healthy").credentials

        def one_request() -> None:
            with transport.make_session() as session:
                OkxClient(creds, base_url=sim.base_url, session=session).account_config()

        def full_check() -> None:
            report = check_connection(creds, target=OkxTarget(sim.base_urls))
            if not report.ok:
                raise SystemExit(f"check failed: {report.error}")

        def skewed_check() -> None:
            sim.clock_offset = 300.0  # refused once (50102), then re-signed: two round trips
            try:
                check_connection(creds, target=OkxTarget(sim.base_urls))
            finally:
                sim.clock_offset = 0.0

        def region_check() -> None:  # an EEA key on Global: one more round trip to probe
            check_connection(sim.key("eea").credentials, target=OkxTarget(sim.base_urls))

        single = _median(args.rounds, one_request)
        check = _median(args.rounds, full_check)
        skewed = _median(args.rounds, skewed_check)
        probed = _median(args.rounds, region_check)
    print(f"latency injected per request: {args.latency * 1000:.0f} ms ({args.rounds} rounds)")
    print(f"one request (account_config): {single * 1000:.0f} ms (median)")
    print(f"full check_connection:        {check * 1000:.0f} ms (median)")
    print(f"ratio check / one request:    {check / single:.2f} (target <= 1.3)")
    print(f"check, clock 5 min off:       {skewed * 1000:.0f} ms (re-signed once)")
    print(f"check, EEA key on Global:     {probed * 1000:.0f} ms (other regions probed)")
    figures = {
        "latency_ms": round(args.latency * 1000),
        "rounds": args.rounds,
        "one_request_ms": round(single * 1000, 1),
        "check_ms": round(check * 1000, 1),
        "ratio": round(check / single, 3),
        "clock_off_check_ms": round(skewed * 1000, 1),
        "region_probe_check_ms": round(probed * 1000, 1),
        "load": [round(x, 2) for x in os.getloadavg()],
    }
    print(json.dumps({"benchmark": "check_latency", **figures}))


if __name__ == "__main__":
    main()
