"""Where a signed request may go, and which certificates it trusts.

- ``check --base-url`` to anything but OKX is refused unless ``--allow-non-okx-host`` names the
  risk; with it, the warning is printed before the first connection is made.
- A signed request never goes over plain HTTP except to this computer (the simulator): refused
  before any socket is opened (a Python audit hook records every connect and name lookup).
- Trust is the app's choice (certifi): ``REQUESTS_CA_BUNDLE``, ``CURL_CA_BUNDLE`` and
  ``SSL_CERT_FILE`` pointing at an attacker's CA change nothing, while proxies from the
  environment keep working.

Every server here listens on 127.0.0.1; no request leaves the machine.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import requests

from gui.cli import build_parser
from gui.commands import check as check_cli
from gui.okx import transport
from gui.okx.client import OkxClient
from gui.okx.errors import ErrorKind, OkxError
from gui.okx.signing import Credentials
from tests.okx.tls_helpers import (
    connect_proxy,
    make_ca,
    no_network,
    recording_listener,
    tls_server,
)

CREDS = Credentials("7b3c0e6a-0000-4000-8000-00000000abcd", "0123456789ABCDEF" * 2, "Pass#word1")
ENV = {
    "OKX_API_KEY": CREDS.api_key,
    "OKX_SECRET_KEY": CREDS.secret_key,
    "OKX_PASSPHRASE": CREDS.passphrase,
}


def run_check(argv: list[str], err: io.StringIO | None = None) -> tuple[int, str, str]:
    args = build_parser().parse_args(["check", *argv])
    out, err = io.StringIO(), err or io.StringIO()

    def no_prompt(prompt: str) -> str:
        raise AssertionError(f"asked {prompt!r}")

    code = check_cli.run(args, out=out, err=err, env=ENV, ask=no_prompt, ask_hidden=no_prompt)
    return code, out.getvalue(), err.getvalue()


def test_non_okx_host_is_refused_without_the_flag_and_nothing_is_sent() -> None:
    with recording_listener(lambda: None) as (url, accepted):
        code, out, err = run_check(["--base-url", url, "--timeout", "2"])
    assert code == 2
    assert "is not OKX's server" in err
    assert "--allow-non-okx-host" in err
    assert out == ""
    assert accepted == []


def test_with_the_flag_the_warning_comes_before_the_first_connection() -> None:
    err = io.StringIO()
    seen_at_connect: list[str] = []
    with recording_listener(lambda: seen_at_connect.append(err.getvalue())) as (url, accepted):
        code, out, _ = run_check(
            ["--base-url", url, "--allow-non-okx-host", "--timeout", "2"], err=err
        )
    assert accepted, "the check never connected"
    assert "WARNING: sending your API key and passphrase to" in seen_at_connect[0]
    assert code == 1  # the listener hangs up: a network problem, reported
    assert "Result: problem." in out


@pytest.mark.parametrize(
    "url", ["http://203.0.113.5", "http://example.com:80", "http://[2001:db8::1]:8080"]
)
def test_plain_http_elsewhere_is_refused_even_with_the_flag(url: str) -> None:
    with no_network() as attempts:
        code, _out, err = run_check(["--base-url", url, "--allow-non-okx-host"])
    assert code == 2
    assert "starts with http://" in err
    assert attempts == []


@pytest.mark.parametrize("url", ["http://203.0.113.5", "http://okx.com.evil.example"])
def test_the_client_never_signs_over_plain_http_to_another_computer(url: str) -> None:
    client = OkxClient(CREDS, base_url=url, timeout=2)
    with no_network() as attempts, pytest.raises(OkxError) as caught:
        client.account_config()
    assert attempts == []
    assert caught.value.kind is ErrorKind.NETWORK
    assert "refused to send your key" in str(caught.value)


def test_loopback_and_https_may_be_signed() -> None:
    assert transport.may_sign("https://www.okx.com")
    assert transport.may_sign("https://proxy.example:8443")
    assert transport.may_sign("http://127.0.0.1:8080")
    assert transport.may_sign("http://127.8.9.10")
    assert transport.may_sign("http://[::1]:9000")
    assert transport.may_sign("http://localhost:1")
    assert not transport.may_sign("http://localhost.evil.example")
    assert not transport.may_sign("http://10.0.0.1")
    assert not transport.may_sign("ftp://127.0.0.1")


def test_requests_ca_bundle_from_the_environment_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ca = make_ca(tmp_path)
    for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_FILE"):
        monkeypatch.setenv(name, str(ca.ca_pem))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    with tls_server(ca) as server:
        # A plain requests call trusts the attacker's CA from the environment...
        assert requests.get(server.base_url + "/control", timeout=5).status_code == 200
        assert len(server.requests) == 1
        # ...the app's client does not: the handshake fails, no request (and no key) arrives.
        with transport.make_session() as session:
            client = OkxClient(CREDS, base_url=server.base_url, session=session, timeout=5)
            with pytest.raises(OkxError) as caught:
                client.account_config()
        assert caught.value.kind is ErrorKind.TLS
        assert len(server.requests) == 1
        # Nor does a bare session passed in by a caller.
        with requests.Session() as bare, pytest.raises(OkxError):
            OkxClient(CREDS, base_url=server.base_url, session=bare, timeout=5).account_config()
        assert len(server.requests) == 1
        # Trust chosen in code (a test CA here) works: the path above was not broken.
        with transport.make_session(ca_bundle=str(ca.ca_pem)) as session:
            client = OkxClient(CREDS, base_url=server.base_url, session=session, timeout=5)
            assert client.account_config().uid == "1"
        assert server.requests[-1]["OK-ACCESS-KEY"] == CREDS.api_key


def test_proxies_from_the_environment_keep_working(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ca = make_ca(tmp_path)
    with tls_server(ca) as server, connect_proxy() as (proxy_url, targets):
        for name in ("NO_PROXY", "no_proxy"):
            monkeypatch.setenv(name, "")
        for name in ("HTTPS_PROXY", "https_proxy"):
            monkeypatch.setenv(name, proxy_url)
        with transport.make_session(ca_bundle=str(ca.ca_pem)) as session:
            client = OkxClient(CREDS, base_url=server.base_url, session=session, timeout=5)
            assert client.account_config().uid == "1"
    assert targets == [server.base_url.removeprefix("https://")]
    assert len(server.requests) == 1
