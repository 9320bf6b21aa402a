"""Helpers for client and check tests: secret-leak assertions and a tiny scripted HTTP server.

The scripted server is only for answers the simulator cannot give (HTTP 200 with body code
50011); every real-behaviour test runs against the simulator.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from gui.okx.errors import OkxError
from gui.okx.signing import Credentials
from gui.okx.simulator import Simulator


def secrets_of(sim: Simulator, *extra: Credentials) -> list[str]:
    """Every secret the tests use: all scenario keys (API key in full too) and ``extra``."""
    creds = [k.credentials for k in sim.keys] + list(extra)
    return [v for c in creds for v in (c.api_key, c.secret_key, c.passphrase) if v]


def assert_no_secrets(error: BaseException, secrets: Iterable[str]) -> None:
    texts = [str(error), repr(error), *(str(a) for a in error.args)]
    if isinstance(error, OkxError):
        texts += [str(error.cause), str(error.fix), error.okx_message, repr(error.cause)]
    for secret in secrets:
        for text in texts:
            assert secret not in text


def expect_error(sim: Simulator, call: Callable[[], object], *extra: Credentials) -> OkxError:
    """Runs ``call``, which must raise OkxError; checks no secret is in it; returns it."""
    with pytest.raises(OkxError) as caught:
        call()
    assert_no_secrets(caught.value, secrets_of(sim, *extra))
    return caught.value


def raises_okx(call: Callable[[], object]) -> OkxError:
    """Runs ``call``, which must raise OkxError (no credentials involved); returns it."""
    with pytest.raises(OkxError) as caught:
        call()
    return caught.value


def closed_port() -> int:
    """A local port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


class ScriptedServer:
    """Answers request n with ``replies[n]`` (the last one repeats); records request targets."""

    def __init__(
        self, replies: list[tuple[int, str]], headers: dict[str, str] | None = None
    ) -> None:
        self.replies = replies
        self.headers = headers or {}  # sent with every non-200 reply
        self.targets: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                with server.lock:
                    index = min(len(server.targets), len(server.replies) - 1)
                    server.targets.append(self.path)
                status, body = server.replies[index]
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                for name, value in (server.headers if status != 200 else {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                self._answer()

            def do_POST(self) -> None:
                self._answer()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = False
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )


@contextmanager
def scripted_server(
    replies: list[tuple[int, str]], headers: dict[str, str] | None = None
) -> Iterator[ScriptedServer]:
    server = ScriptedServer(replies, headers)
    server.thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()
        server.thread.join(timeout=5)
