"""Issue 17's attacks against a real second host: a network namespace this test makes, joined to
this one by a veth pair (10.213.7.1 here, 10.213.7.2 there). Nothing is sent to any other
address. Needs root and ``ip``; skipped otherwise.

- ``http://10.213.7.2:8443\\@127.0.0.1:PORT`` (plain HTTP to another computer behind a
  backslash) is refused; the other host receives nothing. (Before, the app judged 127.0.0.1 and
  urllib3 sent the signed request, passphrase in clear, to 10.213.7.2.)
- ``https://10.213.7.2:8443`` with ``--allow-non-okx-host`` reaches exactly that host, and what
  arrives starts a TLS handshake (no header in clear).
- ``HTTP_PROXY``/``ALL_PROXY`` naming that host never receive the simulator's signed requests.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HERE, THERE, PORT = "10.213.7.1", "10.213.7.2", 8443
ENV = {
    "OKX_API_KEY": "7b3c0e6a-0000-4000-8000-00000000abcd",
    "OKX_SECRET_KEY": "0123456789ABCDEF" * 2,
    "OKX_PASSPHRASE": "Pass#word1",
}
LISTENER = """
import socket, sys
server = socket.create_server((sys.argv[1], int(sys.argv[2])))
print("ready", flush=True)
while True:
    client, _ = server.accept()
    client.settimeout(3)
    try:
        data = client.recv(4096)
    except OSError:
        data = b""
    with open(sys.argv[3], "ab") as log:
        log.write(data[:1].hex().encode() + b" " + str(len(data)).encode() + b"\\n")
    client.close()
"""

pytestmark = pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("ip") is None, reason="needs root and ip(8)"
)


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, timeout=30)


@pytest.fixture
def other_host(tmp_path: Path) -> Iterator[Path]:
    """A listener on 10.213.7.2:8443 in a namespace of its own; yields its log (one line per
    connection: first byte in hex, bytes received)."""
    name = f"okxkm{os.getpid() % 100000}"
    near, far = f"{name}a", f"{name}b"
    try:
        _ip("netns", "add", name)
    except (subprocess.CalledProcessError, OSError):
        pytest.skip("no network namespace can be made here")
    log = tmp_path / "received.log"
    log.write_bytes(b"")
    listener = None
    try:
        _ip("link", "add", near, "type", "veth", "peer", "name", far)
        _ip("link", "set", far, "netns", name)
        _ip("addr", "add", f"{HERE}/30", "dev", near)
        _ip("link", "set", near, "up")
        _ip("netns", "exec", name, "ip", "addr", "add", f"{THERE}/30", "dev", far)
        _ip("netns", "exec", name, "ip", "link", "set", far, "up")
        _ip("netns", "exec", name, "ip", "link", "set", "lo", "up")
        listener = subprocess.Popen(
            ["ip", "netns", "exec", name, sys.executable, "-c", LISTENER, THERE, str(PORT),
             str(log)],
            stdout=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        assert listener.stdout is not None
        assert listener.stdout.readline().strip() == "ready"
        yield log
    finally:
        if listener is not None:
            listener.kill()
            listener.wait(timeout=10)
            if listener.stdout is not None:
                listener.stdout.close()
        subprocess.run(["ip", "link", "del", near], capture_output=True, timeout=30)
        subprocess.run(["ip", "netns", "del", name], capture_output=True, timeout=30)


def check(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith(("OKX_", "DBUS_"))}
    full.update(PYTHONPATH=str(ROOT), **ENV, **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "gui", "check", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=full,
        cwd=ROOT,
    )


def received(log: Path) -> list[str]:
    """What the listener logged (it logs before it closes, so before the client sees the end)."""
    return [line for line in log.read_text().splitlines() if line]


def test_plain_http_to_the_other_host_behind_a_backslash_is_refused(other_host: Path) -> None:
    for url in (f"http://{THERE}:{PORT}\\@127.0.0.1:9", f"http://{THERE}:{PORT}"):
        result = check("--base-url", url, "--allow-non-okx-host", "--timeout", "3")
        assert result.returncode == 2, result.stdout + result.stderr
        assert "Nothing was sent" in result.stderr or "starts with http://" in result.stderr
    assert received(other_host) == []


def test_https_with_the_flag_reaches_exactly_the_host_named(other_host: Path) -> None:
    result = check("--base-url", f"https://{THERE}:{PORT}", "--allow-non-okx-host",
                   "--timeout", "3")  # fmt: skip
    assert result.returncode == 1  # the listener speaks no TLS: a problem, reported
    assert f"sending your API key and passphrase to https://{THERE}:{PORT}" in result.stderr
    lines = received(other_host)
    assert lines, "the host named was not reached"
    assert all(line.startswith("16 ") for line in lines), lines  # a TLS handshake record


def test_a_proxy_on_the_other_host_never_sees_plain_http(other_host: Path) -> None:
    proxy = f"http://{THERE}:{PORT}"
    env = {n: proxy for n in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy")}
    env.update(NO_PROXY="", no_proxy="")
    result = check("--simulator", "healthy", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert received(other_host) == []
