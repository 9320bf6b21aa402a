"""Pure parts of rotation (whose account is the new key?) and the opt-in public IP lookup."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from gui.okx.models import AccountConfig, AccountMode, Permission, PositionMode
from gui.wizard.public_ip import IpLookupError, PublicIpService
from gui.wizard.rotation import AccountChange, account_mismatch


def config(uid: str, main_uid: str) -> AccountConfig:
    return AccountConfig(
        uid=uid,
        main_uid=main_uid,
        account_mode=AccountMode.FUTURES,
        position_mode=PositionMode.ONE_WAY,
        permissions=frozenset({Permission.READ, Permission.TRADE}),
        bound_ips=(),
        label="",
        kyc_level="2",
    )


def test_the_same_account_or_an_unknown_one_is_no_mismatch() -> None:
    assert account_mismatch("100", config("100", "100")) is None
    assert account_mismatch("", config("200", "200")) is None  # never checked: nothing to compare
    assert account_mismatch("100", None) is None


def test_a_sub_account_of_the_saved_account_or_another_account_is_named() -> None:
    sub = account_mismatch("100", config("300", "100"))
    assert sub is not None and sub.change is AccountChange.SUB_OF_OLD
    assert "sub-account (UID 300)" in str(sub.message()) and "UID 100" in str(sub.message())
    other = account_mismatch("100", config("200", "200"))
    assert other is not None and other.change is AccountChange.OTHER
    sibling = account_mismatch("300", config("301", "100"))  # another sub of the same main
    assert sibling is not None and sibling.change is AccountChange.OTHER


class _Answer(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        status, body, location = self.server.answer  # type: ignore[attr-defined]
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[ThreadingHTTPServer]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Answer)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()
    thread.join()


def service(httpd: ThreadingHTTPServer) -> PublicIpService:
    return PublicIpService(f"http://127.0.0.1:{httpd.server_address[1]}", timeout=5.0)


@pytest.mark.parametrize("body", [b"203.0.113.9\n", b"2001:db8::7"])
def test_the_lookup_reads_one_address(server: ThreadingHTTPServer, body: bytes) -> None:
    server.answer = (200, body, None)  # type: ignore[attr-defined]
    assert service(server)() == body.decode().strip()
    assert service(server).host == "127.0.0.1"


@pytest.mark.parametrize(
    "answer",
    [
        (200, b"<html>captive portal</html>", None),
        (500, b"203.0.113.9", None),
        (302, b"", "http://127.0.0.1:9/elsewhere"),  # never followed
    ],
)
def test_anything_but_an_address_is_refused_with_a_message(
    server: ThreadingHTTPServer, answer: tuple[int, bytes, str | None]
) -> None:
    server.answer = answer  # type: ignore[attr-defined]
    with pytest.raises(IpLookupError) as caught:
        service(server)()
    assert "127.0.0.1" in str(caught.value.message)


def test_an_unreachable_service_is_explained() -> None:
    with pytest.raises(IpLookupError, match="could not be asked"):
        PublicIpService("http://127.0.0.1:9", timeout=2.0)()
