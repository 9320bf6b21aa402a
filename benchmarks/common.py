"""What the GUI benchmarks share: a clock, a real X server, the machine's load, child processes.

Not a benchmark itself. ``startup.py`` and ``check_all.py`` run the app in child processes (a
fresh interpreter each, as a user's start is) under Xvfb, a real X server, unless asked for
Qt's offscreen platform.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

# One bytecode cache for all children (outside the worktree): an installed app has compiled
# bytecode, even where PYTHONDONTWRITEBYTECODE is set; the first run of each kind warms it.
PYCACHE = tempfile.mkdtemp(prefix="okx-km-bench-pycache-")
atexit.register(shutil.rmtree, PYCACHE, True)


def now() -> float:
    """The monotonic clock every process of the machine shares (parent and children)."""
    return time.clock_gettime(time.CLOCK_MONOTONIC)


def load() -> list[float]:
    """The machine's load average (1, 5, 15 minutes), rounded."""
    return [round(x, 2) for x in os.getloadavg()]


@contextlib.contextmanager
def xvfb(width: int = 1280, height: int = 1024) -> Iterator[str]:
    """A private Xvfb server (no TCP); yields its DISPLAY (``:N``, a free number)."""
    program = shutil.which("Xvfb")
    if program is None:
        raise SystemExit("no Xvfb (apt-get install xvfb), or pass --offscreen")
    read, write = os.pipe()
    screen = f"{width}x{height}x24"
    server = subprocess.Popen(
        [program, "-displayfd", str(write), "-screen", "0", screen, "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise SystemExit("Xvfb did not start (apt-get install xvfb)")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def child_env(display: str | None) -> dict[str, str]:
    """The environment of a child: Xvfb's display (xcb) or Qt's offscreen platform."""
    env = {**os.environ, "PYTHONPYCACHEPREFIX": PYCACHE}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if display is None:
        env["QT_QPA_PLATFORM"] = "offscreen"
    else:
        env["QT_QPA_PLATFORM"] = "xcb"
        env["DISPLAY"] = display
    return env


def run_child(script: Path, args: list[str], env: dict[str, str], timeout: float) -> dict[str, str]:
    """Runs ``script --child ARGS STARTED`` (STARTED: the clock just before the process
    starts) and returns its ``name value...`` output lines as a dict."""
    return run_program([sys.executable, str(script), "--child", *args], env, timeout)


def run_program(
    argv: list[str], env: dict[str, str], timeout: float, cwd: Path = ROOT
) -> dict[str, str]:
    """Runs ``ARGV STARTED`` (STARTED: the clock just before the process starts) in ``cwd``
    and returns its ``name value...`` output lines as a dict."""
    started = now()
    result = subprocess.run(
        [*argv, f"{started:.6f}"],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=cwd,
    )
    if result.returncode != 0:
        raise SystemExit(
            f"child {argv[1:4]} failed ({result.returncode}):\n{result.stderr[-3000:]}"
        )
    if os.environ.get("BENCH_DEBUG") and result.stderr:
        print(result.stderr, file=sys.stderr, end="")
    values: dict[str, str] = {}
    for line in result.stdout.splitlines():
        name, _, rest = line.partition(" ")
        values[name] = rest
    return values


def gui_profiler(interval: float) -> Any:
    """``BENCH_PROFILE``: pyinstrument sampling the calling (GUI) thread every ``interval``
    seconds, started now; None without it (``pip install pyinstrument``)."""
    if not os.environ.get("BENCH_PROFILE"):
        return None
    from pyinstrument import Profiler

    profiler = Profiler(interval=interval)
    profiler.start()
    return profiler


def loopback_only() -> None:
    """Refuses, in this process, any TCP connection to an address outside this computer and
    any name lookup but ``localhost``: the benchmarks may only reach the simulator on loopback,
    never OKX (not even its DNS name)."""
    import ipaddress

    def is_loopback(host: object) -> bool:
        if host is None or host in ("localhost", b"localhost"):
            return True
        try:
            text = host.decode() if isinstance(host, bytes) else str(host)
            return ipaddress.ip_address(text.split("%")[0]).is_loopback
        except ValueError:
            return False

    connect, getaddrinfo = socket.socket.connect, socket.getaddrinfo

    def guarded_connect(self: socket.socket, address: object) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            host = address[0]  # type: ignore[index]
            if not is_loopback(host):
                raise ConnectionRefusedError(f"benchmark: no connection to {host}")
        connect(self, address)  # type: ignore[arg-type]

    def guarded_getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
        if not is_loopback(host):
            raise socket.gaierror(f"benchmark: no name lookup of {host}")
        return getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]

    socket.socket.connect = guarded_connect  # type: ignore[method-assign, assignment]
    socket.getaddrinfo = guarded_getaddrinfo  # type: ignore[assignment]
