"""A signed request goes only where the user was told (issue 17): one URL parser, no proxy for
plain HTTP, the app's CA trust on every request path.

- The differential test: for a corpus of tricky URLs, the host the app decides about (the one
  it judges "OKX or not", "this computer or not", and names in its warning) equals the host the
  HTTP library connects to, or the URL is refused and nothing is attempted. "Connects to" is
  proven for real on loopback: listeners on 127.0.0.2 … 127.0.0.5 and ::1 record which one
  received the connection; for names outside this computer a Python audit hook records the name
  the library looks up and stops it there, so nothing leaves the machine.
- Proxies: ``HTTP_PROXY``/``http_proxy``/``ALL_PROXY`` never see a plain-HTTP request; HTTPS
  through a proxy works and ``check`` names the proxy.
- ``REQUESTS_CA_BUNDLE``/``CURL_CA_BUNDLE`` change nothing for the OKX client, the ``check``
  command and the wizard's public-IP lookup.

Every listener here is on loopback; no request is aimed at any other address.
"""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from gui.cli import build_parser
from gui.okx import check_cli
from gui.okx.client import OkxClient
from gui.okx.errors import OkxError
from gui.okx.regions import Region, is_official_base_url
from gui.okx.signing import Credentials
from gui.okx.simulator import Simulator
from gui.okx.urls import BadUrlError, parse_base_url, try_parse
from gui.wizard.public_ip import IpLookupError, PublicIpService
from tests.okx.tls_helpers import connect_proxy, make_ca, tls_server

ROOT = Path(__file__).resolve().parents[2]
CREDS = Credentials("7b3c0e6a-0000-4000-8000-00000000abcd", "0123456789ABCDEF" * 2, "Pass#word1")
ENV = {
    "OKX_API_KEY": CREDS.api_key,
    "OKX_SECRET_KEY": CREDS.secret_key,
    "OKX_PASSPHRASE": CREDS.passphrase,
}
LOOPBACKS = ["127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5", "::1"]


def run_check(argv: list[str], env: dict[str, str] | None = None) -> tuple[int, str, str]:
    args = build_parser().parse_args(["check", *argv])
    out, err = io.StringIO(), io.StringIO()

    def no_prompt(prompt: str) -> str:
        raise AssertionError(f"asked {prompt!r}")

    code = check_cli.run(
        args, out=out, err=err, env=env or ENV, ask=no_prompt, ask_hidden=no_prompt
    )
    return code, out.getvalue(), err.getvalue()


# -- listeners on several loopback addresses ---------------------------------------------------


@contextmanager
def loopback_listeners() -> Iterator[tuple[int, dict[str, list[bytes]]]]:
    """One port, a listener on each of :data:`LOOPBACKS`; yields the port and, per address,
    the first bytes of each connection it received (then it hangs up)."""
    received: dict[str, list[bytes]] = {a: [] for a in LOOPBACKS}
    for _attempt in range(20):
        probe = socket.create_server(("127.0.0.2", 0))
        port = probe.getsockname()[1]
        sockets = [probe]
        try:
            for address in LOOPBACKS[1:]:
                family = socket.AF_INET6 if ":" in address else socket.AF_INET
                sockets.append(socket.create_server((address, port), family=family))
            break
        except OSError:
            for s in sockets:
                s.close()
    else:  # pragma: no cover
        pytest.skip("no common free port on the loopback addresses")
    stop = threading.Event()

    def serve(listener: socket.socket, address: str) -> None:
        listener.settimeout(0.05)
        while not stop.is_set():
            try:
                client, _ = listener.accept()
            except TimeoutError:
                continue
            with client:
                client.settimeout(2)
                try:
                    received[address].append(client.recv(4096))
                except OSError:
                    received[address].append(b"")

    threads = [
        threading.Thread(target=serve, args=(s, a), daemon=True)
        for s, a in zip(sockets, LOOPBACKS, strict=True)
    ]
    for t in threads:
        t.start()
    try:
        yield port, received
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=5)
        for s in sockets:
            s.close()


def loopback_corpus(p: int) -> list[str]:
    """Tricky spellings aimed at the listeners (every host in them is a loopback address)."""
    return [
        f"http://127.0.0.3:{p}\\@127.0.0.2:{p}",  # issue 17's backslash before @
        f"http://127.0.0.3:{p}\\\\@127.0.0.2:{p}",
        f"http://127.0.0.3:{p}@127.0.0.2:{p}",  # user information
        f"http://user:pass@127.0.0.4:{p}",
        f"http://127.0.0.3:{p}@",
        f"http://127.0.0.2:{p}/@127.0.0.3:{p}",  # @ in a path
        f"http://127.0.0.2:{p}?@127.0.0.3:{p}",
        f"http://127.0.0.2:{p}#@127.0.0.3:{p}",
        f"http://127.0.0.2:{p}\\",
        f"http://%31%32%37.0.0.3:{p}",  # percent-encoded host
        f"http://127.0.0.%33:{p}",
        f"http://127.0.0.2.:{p}",  # trailing dot
        f"http://127.0.0.3:{p}\t",
        f"http://127.0.0.3:{p} ",
        f"http://127.0.0.4:{p}\r\nX: y",
        f"http://127.3:{p}",  # short forms the resolver expands
        f"http://0x7f.0.0.3:{p}",
        f"http://2130706435:{p}",
        f"http://[::ffff:127.0.0.3]:{p}",
        f"http://[::1%25lo]:{p}",
        f"http://ⓛocalhost:{p}",  # IDNA folds it to "localhost"
        f"http://127.0.0.4:{p}",  # plain ones, accepted
        f"HTTP://127.0.0.5:{p}/",
        f"http://127.0.0.2:{p}",
        f"http://[::1]:{p}",
        f"http://[0:0:0:0:0:0:0:1]:{p}",
    ]


def _address(host: str) -> str:
    import ipaddress

    return str(ipaddress.ip_address(host.strip("[]")))


def test_the_host_decided_is_the_host_connected_to_on_loopback() -> None:
    decided_hosts = set()
    with loopback_listeners() as (port, received):
        for url in loopback_corpus(port):
            before = {a: len(v) for a, v in received.items()}
            decided = try_parse(url)
            code, out, err = run_check(
                ["--base-url", url, "--allow-non-okx-host", "--timeout", "3"]
            )
            got = [a for a, v in received.items() if len(v) > before[a]]
            if decided is None or not decided.may_sign:
                assert code == 2, (url, out, err)
                assert got == [], f"{url!r} was refused, yet {got} received a connection"
                continue
            decided_hosts.add(decided.host)
            assert f"sending your API key and passphrase to {decided.url}" in err
            assert got == [_address(decided.host)], (url, got)
            first = received[got[0]][-1]
            assert first.startswith(b"GET /api/v5/"), (url, first[:80])
    assert {"127.0.0.4", "127.0.0.5", "127.0.0.2", "[::1]"} <= decided_hosts


def test_refusals_name_the_problem() -> None:
    cases = {
        "https://evil.example\\@www.okx.com": "backslash",
        "https://www.okx.com@evil.example": "user information",
        "https://www.okx.com/api": "path, query or fragment",
        "https://www.okx.com?x=1": "path, query or fragment",
        "https://www.okx.com#x": "path, query or fragment",
        "https://www.okx.com\t": "space or a control character",
        "https://ｗｗｗ.okx.com": "outside plain ASCII",
        "https://%77ww.okx.com": "percent-encoded",
        "https://www.okx.com.": "ending in a dot",
        "ftp://www.okx.com": "must start with https://",
        "www.okx.com": "must start with https://",
        "https://": "no host",
    }
    for url, words in cases.items():
        with pytest.raises(BadUrlError) as caught:
            parse_base_url(url)
        assert words in str(caught.value), url
        code, out, err = run_check(["--base-url", url, "--allow-non-okx-host"])
        assert (code, out) == (2, ""), url
        assert words in err and "Nothing was sent" in err, (url, err)


# -- names outside this computer: the audit hook sees the lookup and stops it -------------------

_LOOKUPS: dict[str, list[str] | None] = {"seen": None}


def _audit(event: str, args: tuple[Any, ...]) -> None:
    seen = _LOOKUPS["seen"]
    if seen is None:
        return
    if event == "socket.getaddrinfo":
        seen.append(str(args[0].decode() if isinstance(args[0], bytes) else args[0]))
        raise PermissionError("this test sends nothing")
    if event == "socket.connect":
        address = args[1]
        seen.append(str(address[0] if isinstance(address, tuple) else address))
        raise PermissionError("this test sends nothing")


sys.addaudithook(_audit)

NAMED_CORPUS = [
    "https://evil.example\\@www.okx.com",
    "https://evil.example\\\\@www.okx.com",
    "https://evil.example%5C@www.okx.com",
    "https://www.okx.com@evil.example",
    "https://www.okx.com:443@evil.example",
    "https://user:pw@www.okx.com",
    "https://evil.example/@www.okx.com",
    "https://evil.example?@www.okx.com",
    "https://evil.example#@www.okx.com",
    "https://www.okx.com\\.evil.example",
    "https://%77ww.okx.com",
    "https://www%2eokx.com",
    "https://www.okx.com.",
    "https://www.okx.com..",
    "https://WWW.OKX.COM",
    "HTTPS://www.okx.com/",
    "https://www.okx.com:443",
    "https://www.okx.com:8443",
    "https://www.okx.com:0",
    "https://www.okx.com:99999",
    "https://www.okx.com.evil.example",
    "https://xn--n3h.example",
    "https://☃.example",
    "https://ｗｗｗ.okx.com",
    "https://www.okx.com\u200b",
    "https://www.okx.com\r\nHost: evil.example",
    "https://[2001:db8::1]:8443",
    "https://[::ffff:198.51.100.1]",
    "https:/www.okx.com",
    "https:www.okx.com",
    "//www.okx.com",
    "www.okx.com",
    "https://my.okx.com",
    "https://app.okx.com:443/",
    "http://localhost:1",
    "http://LOCALHOST:1",
    "http://localhost.:1",
    "http://localhost.evil.example:1",
    "http://127.0.0.1.evil.example:1",
]


@pytest.mark.parametrize("url", NAMED_CORPUS)
def test_the_host_decided_is_the_host_looked_up(url: str) -> None:
    decided = try_parse(url)
    client = OkxClient(CREDS, base_url=url, timeout=2)
    seen: list[str] = []
    _LOOKUPS["seen"] = seen
    try:
        with pytest.raises(OkxError):
            client.account_config()
    finally:
        _LOOKUPS["seen"] = None
        client.close()
    if decided is None or not decided.may_sign:  # refused, or plain HTTP elsewhere
        assert seen == [], f"{url!r} was refused, yet {seen} was attempted"
        assert not is_official_base_url(url)
        assert check_cli.base_url_refusal(url, True) is not None
        return
    assert seen[:1] == [decided.host.strip("[]")], (url, seen)
    assert is_official_base_url(url) == (
        decided.host in {"www.okx.com", "my.okx.com", "app.okx.com"}
        and decided.effective_port == 443
    )


# -- the real commands ------------------------------------------------------------------------


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith(("OKX_", "DBUS_"))}
    full.update(PYTHONPATH=str(ROOT), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    full.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "gui", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=full,
        cwd=ROOT,
    )


@pytest.mark.parametrize("command", ["check", "add", "migrate"])
def test_the_backslash_url_is_refused_by_every_command(command: str, tmp_path: Path) -> None:
    config = tmp_path / "config.json"
    exchange = {"name": "okx", "key": CREDS.api_key, "secret": CREDS.secret_key}
    config.write_text(json.dumps({"exchange": {**exchange, "password": CREDS.passphrase}}))
    with loopback_listeners() as (port, received):
        url = f"http://127.0.0.3:{port}\\@127.0.0.2:{port}"
        argv = [command, *([str(config)] if command == "migrate" else [])]
        result = _cli(
            *argv,
            "--base-url",
            url,
            "--allow-non-okx-host",
            env={**ENV, "XDG_DATA_HOME": str(tmp_path / "data")},
        )
    assert result.returncode == 2, result.stderr
    assert "backslash" in result.stderr
    assert "Traceback" not in result.stderr
    assert all(v == [] for v in received.values())


def _proxy_env(proxy: str) -> dict[str, str]:
    names = ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy", "HTTPS_PROXY", "https_proxy")
    return {**{n: proxy for n in names}, "NO_PROXY": "", "no_proxy": ""}


def test_a_plain_http_request_never_goes_to_a_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    with loopback_listeners() as (port, proxy_saw):
        proxy = f"http://127.0.0.5:{port}"
        # The real command, in its own process, with every proxy variable set.
        result = _cli("check", "--simulator", "healthy", env=_proxy_env(proxy))
        assert result.returncode == 0, result.stdout + result.stderr
        assert "Proxy:" not in result.stdout
        # A local --base-url too, in this process.
        for name, value in _proxy_env(proxy).items():
            monkeypatch.setenv(name, value)
        with Simulator() as sim:
            key = sim.key("healthy").credentials
            env = {
                "OKX_API_KEY": key.api_key,
                "OKX_SECRET_KEY": key.secret_key,
                "OKX_PASSPHRASE": key.passphrase,
            }
            url = sim.base_urls[Region.GLOBAL]
            code, out, _ = run_check(["--base-url", url, "--allow-non-okx-host"], env=env)
        assert code == 0, out
    assert all(v == [] for v in proxy_saw.values()), proxy_saw


def test_https_through_a_proxy_works_and_check_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ca = make_ca(tmp_path)
    with tls_server(ca) as server, connect_proxy() as (proxy_url, targets):
        for name in ("NO_PROXY", "no_proxy"):
            monkeypatch.setenv(name, "")
        for name in ("HTTPS_PROXY", "https_proxy"):
            monkeypatch.setenv(name, proxy_url.replace("http://", "http://user:secret@"))
        code, out, _ = run_check(["--base-url", server.base_url, "--allow-non-okx-host"])
    assert set(targets) == {server.base_url.removeprefix("https://")}  # tunnels, nothing more
    assert f"Proxy: {proxy_url} (from the environment" in out
    assert "secret" not in out
    assert code == 1  # the test CA is not the app's: TLS refused through the tunnel too
    assert server.requests == []


def _environment_ca(monkeypatch: pytest.MonkeyPatch, pem: Path) -> None:
    for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_FILE"):
        monkeypatch.setenv(name, str(pem))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)


def test_an_environment_ca_changes_nothing_for_the_check_command(tmp_path: Path) -> None:
    ca = make_ca(tmp_path)
    with tls_server(ca) as server:
        env = {n: str(ca.ca_pem) for n in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_FILE")}
        result = _cli(
            "check", "--base-url", server.base_url, "--allow-non-okx-host", env={**ENV, **env}
        )
    assert result.returncode == 1
    assert "Result: problem." in result.stdout
    assert server.requests == []  # the handshake failed: no key arrived


def test_an_environment_ca_changes_nothing_for_the_public_ip_lookup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ca = make_ca(tmp_path)
    _environment_ca(monkeypatch, ca.ca_pem)
    with tls_server(ca) as server:
        with pytest.raises(IpLookupError):
            PublicIpService(server.base_url + "/ip", timeout=5.0)()
        assert server.requests == []
        # Trust chosen in code reaches the server (the answer is JSON, not an address).
        with pytest.raises(IpLookupError, match="did not answer with an IP address"):
            PublicIpService(server.base_url + "/ip", timeout=5.0, ca_bundle=str(ca.ca_pem))()
        assert len(server.requests) == 1


def test_the_public_ip_lookup_never_goes_to_a_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    with loopback_listeners() as (port, received):
        for name, value in _proxy_env(f"http://127.0.0.5:{port}").items():
            monkeypatch.setenv(name, value)
        with pytest.raises(IpLookupError):
            PublicIpService(f"http://127.0.0.2:{port}", timeout=3.0)()
    assert len(received["127.0.0.2"]) >= 1
    assert received["127.0.0.5"] == []
