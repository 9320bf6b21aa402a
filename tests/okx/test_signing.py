"""Signing against known-answer vectors computed by ccxt, python-okx and a plain HMAC."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gui.okx import signing
from gui.okx.signing import Credentials, build_request

VECTORS = json.loads((Path(__file__).parent.parent / "data" / "sign-vectors.json").read_text())
COMMON = VECTORS["common"]


@pytest.mark.parametrize("vector", VECTORS["vectors"], ids=lambda v: v["id"])
def test_sign_matches_vector(vector: dict[str, Any]) -> None:
    got = signing.sign(
        COMMON["timestamp"],
        vector["method"],
        vector["requestPath"],
        vector["body"],
        COMMON["secret"],
    )
    assert got == vector["sign"]


def test_all_six_vectors_are_present() -> None:
    assert len(VECTORS["vectors"]) == 6


def test_build_request_signs_query_and_body_like_the_vectors() -> None:
    creds = Credentials(COMMON["apiKey"], COMMON["secret"], COMMON["passphrase"])
    by_id = {v["id"]: v for v in VECTORS["vectors"]}
    get = build_request(
        base_url="https://www.okx.com",
        method="GET",
        path="/api/v5/account/balance",
        params={"ccy": "BTC"},
        credentials=creds,
        timestamp=COMMON["timestamp"],
    )
    assert get.url == "https://www.okx.com/api/v5/account/balance?ccy=BTC"
    assert get.headers["OK-ACCESS-SIGN"] == by_id["V1"]["sign"]
    assert get.body == ""
    post = build_request(
        base_url="https://www.okx.com/",
        method="post",
        path="/api/v5/account/set-position-mode",
        payload={"posMode": "net_mode"},
        credentials=creds,
        timestamp=COMMON["timestamp"],
    )
    assert post.body == '{"posMode":"net_mode"}'
    assert post.headers["OK-ACCESS-SIGN"] == by_id["V2"]["sign"]
    assert post.headers["Content-Type"] == "application/json"
    assert post.headers["OK-ACCESS-PASSPHRASE"] == COMMON["passphrase"]
    assert "x-simulated-trading" not in post.headers


def test_commas_in_query_are_sent_and_signed_raw() -> None:
    creds = Credentials(COMMON["apiKey"], COMMON["secret"], COMMON["passphrase"])
    req = build_request(
        base_url="https://www.okx.com",
        method="GET",
        path="/api/v5/asset/balances",
        params={"ccy": "BTC,ETH"},
        credentials=creds,
        timestamp=COMMON["timestamp"],
        simulated=True,
    )
    w2 = next(v for v in VECTORS["vectors"] if v["id"] == "W2")
    assert req.url.endswith("?ccy=BTC,ETH")
    assert req.headers["OK-ACCESS-SIGN"] == w2["sign"]
    assert req.headers["x-simulated-trading"] == "1"


def test_secrets_never_in_repr() -> None:
    creds = Credentials("37c541a1-7d2f-4b4a-9c1e-10fe7a038418", "SECRETSECRET", "Pass#word1")
    req = build_request(
        base_url="https://x",
        method="GET",
        path="/p",
        credentials=creds,
        timestamp="2020-12-08T09:08:57.715Z",
    )
    for text in (repr(creds), str(creds), repr(req), f"{creds}"):
        assert "SECRETSECRET" not in text
        assert "Pass#word1" not in text
        assert "37c541a1" not in text
    assert repr(creds).endswith("8418')")


def test_timestamp_format_matches_okx_example() -> None:
    ms = signing.parse_timestamp("2020-12-08T09:08:57.715Z")
    assert signing.format_timestamp(ms) == "2020-12-08T09:08:57.715Z"


@given(st.integers(min_value=0, max_value=4_102_444_800_000))
def test_timestamp_round_trips(epoch_ms: int) -> None:
    assert signing.parse_timestamp(signing.format_timestamp(epoch_ms)) == epoch_ms


@pytest.mark.parametrize("bad", ["", "2020-12-08T09:08:57Z", "2020-12-08 09:08:57.715Z", "x" * 24])
def test_bad_timestamps_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="ISO-8601"):
        signing.parse_timestamp(bad)
