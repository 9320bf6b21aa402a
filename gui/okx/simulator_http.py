"""HTTP plumbing of the simulator: one threaded listener per region on 127.0.0.1.

The handler only turns bytes into an :class:`Incoming` request and a :class:`Reply` back into
bytes; what to answer is decided by the ``answer`` callable (``Simulator._answer``). Every
connection runs in a tracked daemon thread: :meth:`Listener.close` stops accepting, shuts the open
sockets (so kept-alive connections end) and joins every thread.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from gui.okx.regions import Region
from gui.okx.simulator_auth import Incoming

log = logging.getLogger(__name__)
JOIN_TIMEOUT = 5.0
MAX_BODY = 1 << 20


@dataclass(frozen=True)
class Reply:
    """What to send back; ``drop`` closes the connection without an answer."""

    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    location: str | None = None
    drop: bool = False


Answer = Callable[[Region, Incoming], Reply]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms stalls
    server: Listener

    def _serve(self) -> None:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY:
            self.send_error(400, "Bad Content-Length")
            return
        body = self.rfile.read(length) if length else b""
        headers: dict[str, str] = {}
        for name, value in self.headers.items():
            headers.setdefault(name.lower(), value)
        request = Incoming(
            method=self.command,
            target=self.path,
            headers=headers,
            body=body,
            client_ip=self.client_address[0],
        )
        reply = self.server.answer(self.server.region, request)
        if reply.drop:
            self.close_connection = True
            return
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        if reply.location is not None:
            self.send_header("Location", reply.location)
        self.end_headers()
        self.wfile.write(reply.body)

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: the simulator records requests itself (without secret headers)."""


class Listener(ThreadingHTTPServer):
    """One region's listener. Not started until :meth:`serve_in_thread`."""

    daemon_threads = True
    # Connections waiting to be accepted (socketserver's default is 5): a "Check all" opens a
    # few hundred at once, and with 5 the kernel dropped the rest, which the client's TCP then
    # resent a second later (benchmarks/check_all.py); a real server's backlog is large.
    request_queue_size = 1024

    def __init__(self, region: Region, port: int, answer: Answer) -> None:
        self.region = region
        self.answer = answer
        self._lock = threading.Lock()
        self._workers: dict[threading.Thread, socket.socket] = {}
        self._thread: threading.Thread | None = None
        super().__init__(("127.0.0.1", port), _Handler)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def serve_in_thread(self) -> None:
        self._thread = threading.Thread(
            target=self.serve_forever,
            kwargs={"poll_interval": 0.02},
            name=f"okx-sim-{self.region.value}",
            daemon=True,
        )
        self._thread.start()

    def process_request(self, request: Any, client_address: Any) -> None:
        worker = threading.Thread(
            target=self._work,
            args=(request, client_address),
            name=f"okx-sim-{self.region.value}-conn",
            daemon=True,
        )
        with self._lock:
            self._workers[worker] = request
        worker.start()

    def _work(self, request: socket.socket, client_address: Any) -> None:
        try:
            self.finish_request(request, client_address)
        except OSError:
            pass  # the client went away, or close() shut the socket
        except Exception:
            log.exception("simulator: request handling failed")
        finally:
            self.shutdown_request(request)
            with self._lock:
                self._workers.pop(threading.current_thread(), None)

    def close(self) -> None:
        """Stops accepting, ends open connections and joins every thread."""
        if self._thread is not None:
            self.shutdown()
            self._thread.join(JOIN_TIMEOUT)
            self._thread = None
        with self._lock:
            workers = list(self._workers.items())
        for _, sock in workers:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for worker, _ in workers:
            worker.join(JOIN_TIMEOUT)
        self.server_close()
