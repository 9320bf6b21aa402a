"""Loopback servers for the "where requests go" tests: TLS with a test CA, a CONNECT proxy, and a
listener that records connections; plus a guard that fails on any other network attempt."""

from __future__ import annotations

import datetime
import ipaddress
import json
import select
import socket
import ssl
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class TestCa:
    ca_pem: Path
    cert_pem: Path
    key_pem: Path


def make_ca(folder: Path) -> TestCa:
    """A CA of its own and a certificate it signed for 127.0.0.1 and localhost."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "attacker test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    result = TestCa(folder / "ca.pem", folder / "cert.pem", folder / "key.pem")
    result.ca_pem.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    result.cert_pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    result.key_pem.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return result


CONFIG_REPLY = {
    "code": "0",
    "msg": "",
    "data": [
        {
            "uid": "1",
            "mainUid": "1",
            "acctLv": "2",
            "posMode": "net_mode",
            "perm": "read_only",
            "ip": "",
            "label": "x",
        }
    ],
}


@dataclass
class TlsServer:
    base_url: str
    requests: list[dict[str, str]] = field(default_factory=list)


@contextmanager
def tls_server(ca: TestCa) -> Iterator[TlsServer]:
    """An HTTPS server on 127.0.0.1 with ``ca``'s certificate; records every request's headers
    and answers an account config."""
    recorded: list[dict[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            recorded.append(dict(self.headers))
            data = json.dumps(CONFIG_REPLY).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(ca.cert_pem, ca.key_pem)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02})
    thread.daemon = True
    thread.start()
    try:
        yield TlsServer(f"https://127.0.0.1:{httpd.server_address[1]}", recorded)
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@contextmanager
def connect_proxy() -> Iterator[tuple[str, list[str]]]:
    """An HTTP CONNECT proxy on 127.0.0.1 that tunnels to loopback only; yields its URL and the
    CONNECT targets it was asked for."""
    targets: list[str] = []
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def tunnel(client: socket.socket) -> None:
        with client:
            request = b""
            while b"\r\n\r\n" not in request:
                chunk = client.recv(4096)
                if not chunk:
                    return
                request += chunk
            target = request.split(b"\r\n", 1)[0].split()[1].decode()
            targets.append(target)
            host, _, port = target.rpartition(":")
            if host not in ("127.0.0.1", "localhost"):
                client.sendall(b"HTTP/1.1 403 Forbidden\r\n\r\n")
                return
            with socket.create_connection(("127.0.0.1", int(port))) as upstream:
                client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                pair = {client: upstream, upstream: client}
                while not stop.is_set():
                    ready, _, _ = select.select(list(pair), [], [], 0.1)
                    for sock in ready:
                        try:
                            data = sock.recv(65536)
                            if not data:
                                return
                            pair[sock].sendall(data)
                        except OSError:  # one end hung up mid-handshake (a refused TLS)
                            return

    def serve() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                client, _ = listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=tunnel, args=(client,), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}", targets
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()


@contextmanager
def recording_listener(on_connect: Callable[[], None]) -> Iterator[tuple[str, list[int]]]:
    """A TCP listener on 127.0.0.1 that calls ``on_connect`` at each accepted connection, then
    closes it; yields its ``http://`` URL and the list of accepted connections (by number)."""
    accepted: list[int] = []
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                client, _ = listener.accept()
            except TimeoutError:
                continue
            on_connect()
            accepted.append(len(accepted) + 1)
            client.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}", accepted
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()


_GUARD: dict[str, list[str] | None] = {"attempts": None}


def _audit(event: str, args: tuple[Any, ...]) -> None:
    attempts = _GUARD["attempts"]
    if attempts is not None and event in ("socket.connect", "socket.getaddrinfo"):
        attempts.append(f"{event} {args[1:]!r}")
        raise PermissionError("the test forbids any network attempt here")


sys.addaudithook(_audit)


@contextmanager
def no_network() -> Iterator[list[str]]:
    """Inside: every socket connect or name lookup is recorded and fails (a Python audit hook),
    so a test can prove nothing was even attempted without sending anything anywhere."""
    attempts: list[str] = []
    _GUARD["attempts"] = attempts
    try:
        yield attempts
    finally:
        _GUARD["attempts"] = None
