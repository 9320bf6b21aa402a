"""``okx-key-manager simulator``: runs the local OKX until Ctrl-C or SIGTERM.

Prints the base URL of each region and every key of the scenario, credentials included: they are
the simulator's fake keys, printed so a person can paste them into the app. Then prints one line
per request (method, target, status, code, key name; never a secret header).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable
from types import FrameType
from typing import TextIO

from gui.okx.simulator import RecordedRequest, ScenarioError, Simulator, load_scenario


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--port", type=int, default=0, help="port of the Global listener (default: any free one)"
    )
    parser.add_argument("--scenario", metavar="FILE", help="scenario JSON file (default: built in)")


def describe(sim: Simulator) -> str:
    """The banner: base URLs, then each key with its credentials."""
    lines = ["OKX simulator running. Base URLs:"]
    lines += [f"  {region.value:<6} {url}" for region, url in sim.base_urls.items()]
    lines.append("Keys:")
    for key in sim.keys:
        creds = key.credentials
        lines += [
            f"  {key.name}: region={key.region.value} environment={key.environment.value} "
            f"permissions={key.perm_field} ips={','.join(key.ips) or '-'}"
            + (" frozen" if key.frozen else ""),
            f"    API key:    {creds.api_key}",
            f"    secret key: {creds.secret_key}",
            f"    passphrase: {creds.passphrase}",
        ]
    lines.append("Press Ctrl-C to stop.")
    return "\n".join(lines)


def _request_line(out: TextIO) -> Callable[[RecordedRequest], None]:
    def log(record: RecordedRequest) -> None:
        status = "dropped" if record.status is None else str(record.status)
        print(
            f"{record.region.value} {record.method} {record.target} -> {status} "
            f"{record.code or ''} {record.key_name or ''}".rstrip(),
            file=out,
            flush=True,
        )

    return log


def run(
    args: argparse.Namespace,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
    stop: threading.Event | None = None,
) -> int:
    """Runs until ``stop`` is set, Ctrl-C or SIGTERM; 0 on a clean stop, 2 on bad input."""
    try:
        scenario = load_scenario(args.scenario) if args.scenario else None
    except ScenarioError as error:
        print(f"okx-key-manager simulator: bad scenario: {error}", file=err)
        return 2
    if not 0 <= args.port <= 65535:
        print(f"okx-key-manager simulator: bad port {args.port}", file=err)
        return 2
    stop = stop or threading.Event()

    def on_sigterm(signum: int, frame: FrameType | None) -> None:
        stop.set()

    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, on_sigterm) if in_main_thread else None
    sim = Simulator(scenario, port=args.port, log=_request_line(out))
    try:
        sim.start()
    except OSError as error:
        print(f"okx-key-manager simulator: cannot listen on port {args.port}: {error}", file=err)
        return 2
    try:
        print(describe(sim), file=out, flush=True)
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        sim.stop()
        if in_main_thread:
            signal.signal(signal.SIGTERM, previous)
    print("OKX simulator stopped.", file=out, flush=True)
    return 0
