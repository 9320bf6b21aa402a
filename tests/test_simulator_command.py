"""``okx-key-manager simulator`` as a user runs it: start, read the banner, query, stop."""

from __future__ import annotations

import json
import re
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from gui.okx.simulator import default_scenario

STARTUP_TIMEOUT = 20


@pytest.fixture
def running() -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "gui", "simulator", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(STARTUP_TIMEOUT * 3, process.kill)
    watchdog.start()
    try:
        yield process
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=STARTUP_TIMEOUT)


def _banner(process: subprocess.Popen[str]) -> list[str]:
    assert process.stdout is not None
    lines = []
    for line in process.stdout:
        lines.append(line.rstrip("\n"))
        if line.startswith("Press Ctrl-C"):
            return lines
    raise AssertionError(f"no banner: {lines}")


def _urls(lines: list[str]) -> dict[str, str]:
    found = (re.match(r"\s+(global|eea|us)\s+(http://127\.0\.0\.1:\d+)$", line) for line in lines)
    return {m.group(1): m.group(2) for m in found if m}


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_cli_serves_until_signalled(
    running: subprocess.Popen[str], stop_signal: signal.Signals
) -> None:
    lines = _banner(running)
    urls = _urls(lines)
    assert set(urls) == {"global", "eea", "us"}
    response = requests.get(urls["global"] + "/api/v5/public/time", timeout=10)
    assert response.json()["code"] == "0"
    running.send_signal(stop_signal)
    out, err = running.communicate(timeout=STARTUP_TIMEOUT)
    assert running.returncode == 0, err
    assert "GET /api/v5/public/time -> 200 0" in out
    assert "OKX simulator stopped." in out


def test_cli_prints_every_key_with_its_credentials(running: subprocess.Popen[str]) -> None:
    text = "\n".join(_banner(running))
    for key in default_scenario().keys:
        assert (
            f"  {key.name}: region={key.region.value} environment={key.environment.value}" in text
        )
        for value in (
            key.credentials.api_key,
            key.credentials.secret_key,
            key.credentials.passphrase,
        ):
            assert value in text
    running.terminate()


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "not JSON"),
        (json.dumps({"accounts": {}, "keys": [{"name": "x"}]}), "keys[0].api_key: missing"),
    ],
)
def test_cli_refuses_a_bad_scenario(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "scenario.json"
    path.write_text(content)
    result = subprocess.run(
        [sys.executable, "-m", "gui", "simulator", "--scenario", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert problem in result.stderr
    assert str(path) in result.stderr


def test_cli_refuses_a_busy_port() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "gui", "simulator", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 2
    assert f"cannot listen on port {port}" in result.stderr
