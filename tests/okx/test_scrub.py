"""A hostile server echoes the secrets back in every disguise; none of it is shown, logged or kept.

The server (on 127.0.0.1) answers the check's requests with the passphrase, secret key and API key
lower-cased, upper-cased, URL-encoded (once and twice), base64-encoded (standard and URL-safe,
alone and inside longer base64 text) — in OKX's ``msg``, in data fields and in a redirect's
``Location``. The check's report, its errors, the command line's output and the DEBUG log are
then searched for every one of those forms, ignoring case.
"""

from __future__ import annotations

import base64
import io
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from threading import Thread
from typing import Any
from urllib.parse import quote, quote_plus

import pytest

from gui.cli import build_parser
from gui.commands import check as check_cli
from gui.okx.check import OkxTarget, check_connection
from gui.okx.client import OkxClient, Scrubber, scrub
from gui.okx.errors import ErrorKind, OkxError
from gui.okx.regions import Region
from gui.okx.signing import Credentials

CREDS = Credentials(
    "5e0f7a1c-3b2d-4e6f-8a9b-0c1d2e3f4a5b", "D9F1C5E6A7B8C9D0E1F2A3B4C5D6E7F8", "Pa$$ w0rd/+&=#Q"
)


def disguises(secret: str) -> list[str]:
    raw = secret.encode()
    forms = [
        secret,
        secret.lower(),
        secret.upper(),
        secret.swapcase(),
        quote(secret, safe=""),
        quote(secret, safe="").lower(),
        quote_plus(secret),
        quote(quote(secret, safe=""), safe=""),
        base64.b64encode(raw).decode(),
        base64.urlsafe_b64encode(raw).decode().rstrip("="),
    ]
    for prefix in (b"x", b"xy", b"xyz"):
        forms.append(base64.b64encode(prefix + raw + b"tail").decode())
    return forms


SECRETS = [CREDS.passphrase, CREDS.secret_key, CREDS.api_key]
ALL = [form for secret in SECRETS for form in disguises(secret)]


def leaks(text: str) -> list[str]:
    """The disguised secrets (or their decodable base64) still present in ``text``."""
    found = [form for form in ALL if form.lower() in text.lower()]
    for word in text.replace('"', " ").split():
        for candidate in (word, word + "=", word + "=="):
            try:
                decoded = base64.b64decode(candidate, validate=True).decode("utf-8", "replace")
            except ValueError:
                continue
            found += [s for s in SECRETS if s.lower() in decoded.lower()]
    return found


def echo() -> str:
    return " | ".join(ALL)


@contextmanager
def hostile_server() -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            status, headers, body = 200, {}, {}
            if path.endswith("/public/time"):
                body = {"code": "0", "msg": echo(), "data": [{"ts": "1700000000000"}]}
            elif path.endswith("/account/config"):
                status, body = 401, {"code": "50105", "msg": echo()}
            elif path.endswith("/account/balance"):
                body = {"code": "59999", "msg": echo(), "data": [{"note": echo()}]}
            else:
                status = 302
                headers = {"Location": "https://evil.example/steal?" + echo()}
            data = json.dumps(body).encode()
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def test_report_and_errors_hold_no_disguised_secret(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    shown: list[str] = []
    with hostile_server() as url:
        report = check_connection(CREDS, target=OkxTarget({Region.GLOBAL: url}, 5.0))
        client = OkxClient(CREDS, base_url=url, timeout=5.0)
        shown.append(repr(client.server_time()))
        errors = {}
        for call in (client.account_config, client.trading_balance, client.funding_balance):
            with pytest.raises(OkxError) as caught:
                call()
            errors[call.__name__] = caught.value
    assert {name: e.kind for name, e in errors.items()} == {
        "account_config": ErrorKind.PASSPHRASE,
        "trading_balance": ErrorKind.UNKNOWN,  # OKX's message is shown in the cause
        "funding_balance": ErrorKind.REDIRECT,  # the target is shown in the cause
    }
    assert not report.ok
    shown += [repr(report), str(report.error), repr(report.error)]
    shown += [f"{item.message} {item.fix} {item!r}" for item in report.items]
    for error in errors.values():
        shown += [str(error), repr(error), str(error.cause), str(error.fix), error.okx_message]
    text = "\n".join(shown) + "\n" + caplog.text
    assert "***" in str(errors["trading_balance"].cause)  # the echoes arrived, scrubbed
    assert "https://evil.example/steal?***" in str(errors["funding_balance"].cause)
    assert leaks(text) == []


def test_command_line_prints_no_disguised_secret() -> None:
    with hostile_server() as url:
        args = build_parser().parse_args(
            ["check", "--base-url", url, "--allow-non-okx-host", "--timeout", "5"]
        )
        out, err = io.StringIO(), io.StringIO()
        env = {
            "OKX_API_KEY": CREDS.api_key,
            "OKX_SECRET_KEY": CREDS.secret_key,
            "OKX_PASSPHRASE": CREDS.passphrase,
        }
        code = check_cli.run(args, out=out, err=err, env=env)
    assert code == 1
    assert "***" in out.getvalue()
    assert leaks(out.getvalue() + err.getvalue()) == []


@pytest.mark.parametrize("secret", SECRETS)
@pytest.mark.parametrize("prefix", [b"", b"a", b"ab", b"abc", b"abcd"])
def test_base64_inside_longer_text_is_cut_out(secret: str, prefix: bytes) -> None:
    text = base64.b64encode(prefix + secret.encode() + b"!").decode()
    cleaned = scrub(text, CREDS)
    assert cleaned != text
    for part in cleaned.split("***"):
        for pad in ("", "=", "=="):
            try:
                decoded = base64.b64decode(part + pad)
            except ValueError:
                continue
            assert secret.encode() not in decoded


def test_scrubber_leaves_ordinary_text_and_cleans_json_keys() -> None:
    scrubber = Scrubber([CREDS.passphrase])
    assert (
        scrubber.text("Invalid Sign (code 50113), BTC 0.5") == "Invalid Sign (code 50113), BTC 0.5"
    )
    cleaned = scrubber.json({CREDS.passphrase.upper(): [1, "x " + quote(CREDS.passphrase)], "n": 2})
    assert cleaned == {"***": [1, "x ***"], "n": 2}
    assert Scrubber([]).text("abc") == "abc"
    assert scrub("abc", None) == "abc"
