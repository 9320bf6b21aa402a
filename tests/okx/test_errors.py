"""The error catalogue: every documented OKX code explained, by code, with a cause and a fix."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gui.okx import errors
from gui.okx.client import scrub
from gui.okx.errors import CATALOGUE, ErrorKind, OkxError, from_code
from gui.okx.signing import Credentials
from gui.text import Text

# Every code in the error table of shared/okx/FACTS.md.
FACTS_CODES = [
    "50001", "50004", "50011", "50013", "50026", "50035", "50038", "50100", "50101", "50102",
    "50103", "50104", "50106", "50107", "50105", "50110", "50111", "50112", "50113", "50114",
    "50119", "50120", "51010", "59000", "50006", "50116", "50118", "50121",
]  # fmt: skip

EXPECTED_KINDS = {
    "50011": ErrorKind.RATE_LIMIT,
    "50100": ErrorKind.FROZEN,
    "50101": ErrorKind.ENVIRONMENT,
    "50102": ErrorKind.CLOCK,
    "50105": ErrorKind.PASSPHRASE,
    "50110": ErrorKind.IP,
    "50111": ErrorKind.KEY,
    "50113": ErrorKind.SIGNATURE,
    "50119": ErrorKind.KEY,
    "50120": ErrorKind.PERMISSION,
    "51010": ErrorKind.ACCOUNT_MODE,
    "59000": ErrorKind.OPEN_POSITIONS,
    "50001": ErrorKind.SERVER,
    "50006": ErrorKind.REQUEST,
    "50112": ErrorKind.REQUEST,  # a malformed timestamp: the program's fault, not the clock
    "50116": ErrorKind.BROKER,
    "50118": ErrorKind.BROKER,
    "50121": ErrorKind.BLOCKED,
}


def test_catalogue_covers_exactly_the_documented_codes() -> None:
    assert sorted(CATALOGUE) == sorted(FACTS_CODES)


@pytest.mark.parametrize("code", FACTS_CODES)
def test_every_code_has_a_cause_and_a_fix(code: str) -> None:
    error = from_code(code, "whatever OKX said", 401)
    assert str(error.cause).strip()
    assert str(error.fix).strip()
    assert error.cause.context == error.fix.context == "okx"
    assert error.code == code
    assert error.http_status == 401
    assert error.kind is not ErrorKind.UNKNOWN


@pytest.mark.parametrize(("code", "kind"), sorted(EXPECTED_KINDS.items()))
def test_codes_map_to_their_kind(code: str, kind: ErrorKind) -> None:
    assert from_code(code).kind is kind


def test_mapping_is_by_code_never_by_message() -> None:
    # Live wording differs from the docs: a misleading message must not change the diagnosis.
    error = from_code("50105", "Invalid Sign")
    assert error.kind is ErrorKind.PASSPHRASE
    assert str(error.cause) == "The passphrase does not match this API key."
    assert "cannot show it again" in str(error.fix)


def test_str_is_english_cause_and_code_only() -> None:
    error = from_code("50113", "Invalid Sign", 401)
    assert str(error) == f"{error.cause} (OKX code 50113)"
    assert "Invalid Sign" not in str(error)
    assert error.okx_message == "Invalid Sign"


def test_unknown_code_gets_a_generic_entry_with_okx_message() -> None:
    error = from_code("58350", "Insufficient balance", 200)
    assert error.kind is ErrorKind.UNKNOWN
    assert "Insufficient balance" in str(error.cause)
    assert "58350" in str(error.fix)
    assert str(error).endswith("(OKX code 58350)")


def test_okx_message_is_truncated() -> None:
    assert len(from_code("99999", "x" * 5000).okx_message) == 200


def test_59000_and_51010_explain_what_to_do() -> None:
    positions = from_code("59000")
    assert "open positions" in str(positions.cause)
    assert "Close your open positions" in str(positions.fix)
    mode = from_code("51010")
    assert "web site or app" in str(mode.fix)


def test_transport_errors_name_what_failed() -> None:
    assert "nowhere.invalid" in str(errors.dns_error("nowhere.invalid"))
    assert errors.dns_error("h").kind is ErrorKind.DNS
    assert errors.refused_error("h:1").kind is ErrorKind.REFUSED
    assert errors.tls_error("h").kind is ErrorKind.TLS
    assert "3 seconds" in str(errors.timeout_error("h", 3.0))
    assert errors.server_error(502).http_status == 502
    assert errors.html_error(200).kind is ErrorKind.BAD_RESPONSE
    assert errors.malformed_error(200).kind is ErrorKind.BAD_RESPONSE
    redirect = errors.redirect_error(302, "http://portal.example/login")
    assert redirect.kind is ErrorKind.REDIRECT
    assert "http://portal.example/login" in str(redirect)


def test_repr_names_kind_code_status() -> None:
    error = from_code("50110", "Your IP 1.2.3.4 is not included", 401)
    assert repr(error).startswith("OkxError(kind=IP, code='50110', http_status=401")


def test_error_is_an_exception_with_texts() -> None:
    error = OkxError(ErrorKind.NETWORK, Text("cause"), Text("fix"))
    with pytest.raises(OkxError, match=r"^cause$"):
        raise error


def test_every_message_is_marked_for_translation() -> None:
    """Each cause and fix source text appears as a literal QT_TRANSLATE_NOOP("okx", ...)."""
    root = Path(__file__).resolve().parents[2] / "gui" / "okx"
    marked: set[str] = set()
    for name in (
        "errors.py",
        "error_catalogue.py",
        "check.py",
        "check_run.py",
        "check_items.py",
        "regions.py",
    ):
        tree = ast.parse((root / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
            ):
                context, source = (ast.literal_eval(arg) for arg in node.args)
                assert context == "okx"
                marked.add(source)
    for entry in CATALOGUE.values():
        assert entry.cause in marked
        assert entry.fix in marked
    for error in (
        errors.dns_error("h"),
        errors.refused_error("h"),
        errors.tls_error("h"),
        errors.timeout_error("h", 1),
        errors.network_error("h"),
        errors.server_error(500),
        errors.html_error(200),
        errors.malformed_error(200),
        errors.unexpected_error("x"),
        errors.redirect_error(302, "x"),
        from_code("12345", "m"),
        errors.format_error("api_key"),
        errors.format_error("secret_key"),
        errors.format_error("passphrase"),
    ):
        assert error.cause.source in marked
        assert error.fix.source in marked


secret_text = st.text(alphabet="0123456789ABCDEFabcdef#!$%-", min_size=8, max_size=40)


@given(
    api_key=secret_text,
    secret=secret_text,
    passphrase=secret_text,
    code=st.sampled_from([*FACTS_CODES, "58350", "1"]),
)
def test_okx_messages_echoing_credentials_never_leak(
    api_key: str, secret: str, passphrase: str, code: str
) -> None:
    creds = Credentials(api_key, secret, passphrase)
    message = f"key {api_key} secret {secret} passphrase {passphrase}"
    error = from_code(code, scrub(message, creds), 401)
    texts = [str(error), repr(error), str(error.cause), str(error.fix), error.okx_message]
    for value in (api_key, secret, passphrase):
        for text in texts:
            assert value not in text


@pytest.mark.parametrize(
    ("code", "message", "ip"),
    [
        ("50110", "Your IP 203.0.113.7 is not in linking trusted IP addresses", "203.0.113.7"),
        ("50110", "Your IP 127.0.0.1 is not included in your API key's IP whitelist.", "127.0.0.1"),
        (
            "50121",
            "You can't access our services through the IP address (198.51.100.4)",
            "198.51.100.4",
        ),
        (
            "50121",
            "You can't access our services through the IP address (2001:db8::5)",
            "2001:db8::5",
        ),
    ],
)
def test_ip_refusals_name_the_address_okx_saw(code: str, message: str, ip: str) -> None:
    error = from_code(code, message, 401)
    assert errors.caller_ip(error) == ip
    assert ip in str(error.cause)
    assert str(error.cause) != CATALOGUE[code].cause
    if code == "50110":
        assert f"add {ip}" in str(error.fix)


def test_an_ip_refusal_without_an_address_keeps_the_plain_explanation() -> None:
    error = from_code("50110", "Invalid IP", 401)
    assert errors.caller_ip(error) is None
    assert str(error.cause) == CATALOGUE["50110"].cause
    # Only the codes whose message names the caller are read for an address.
    assert errors.caller_ip(from_code("50105", "Your IP 203.0.113.7 ...")) is None


def test_blocked_ip_is_a_region_question_and_a_bad_content_type_an_app_fault() -> None:
    blocked = from_code("50121", "")
    assert "region" in str(blocked.cause) and "my.okx.com" in str(blocked.fix)
    assert "fault in the app" in str(from_code("50006").fix)
    assert "API trading" in str(from_code("50118").fix)
    assert "Fast API" in str(from_code("50116").cause)


def test_okx_words_of_the_second_pass() -> None:
    """Issue 21, items 21 and 22: what the codes mean, as OKX documents them (FACTS)."""
    malformed = from_code("50112", "Invalid OK-ACCESS-TIMESTAMP", 401)
    assert "fault in the app" in str(malformed.fix)
    assert "clock" not in f"{malformed.cause} {malformed.fix}".lower()
    limit = str(from_code("50011", "Too Many Requests", 429).fix)
    assert "User ID" in limit and "every key of this account" in limit
    expired = str(from_code("50102", "Timestamp request expired", 401).cause)
    assert "30" not in expired  # the docs give 30 s only for WebSocket login


def test_the_unbound_key_advice_does_not_promise_that_checks_keep_it() -> None:
    from gui.okx.check_items import ip_item
    from gui.okx.models import AccountConfig, AccountMode, Permission, PositionMode
    from gui.okx.regions import Environment

    config = AccountConfig(
        "1", "1", AccountMode.FUTURES, PositionMode.ONE_WAY, frozenset(Permission), (), "", "2"
    )
    fix = str(ip_item(config, Environment.LIVE).fix)
    assert "bind it to this computer's public IP address" in fix
    assert "every 14 days" not in fix and "count as use" in fix
