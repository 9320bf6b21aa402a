"""The simulator's verifier, without HTTP: the shared vectors pass, any tampering fails."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gui.okx.signing import (
    HEADER_KEY,
    HEADER_PASSPHRASE,
    HEADER_SIGN,
    HEADER_TIMESTAMP,
    Credentials,
    parse_timestamp,
    sign,
)
from gui.okx.simulator import SimKey
from gui.okx.simulator_auth import Incoming, Refusal, authenticate

VECTORS = json.loads((Path(__file__).parent.parent / "data" / "sign-vectors.json").read_text())
COMMON = VECTORS["common"]
KEY = SimKey(
    name="vector",
    credentials=Credentials(COMMON["apiKey"], COMMON["secret"], COMMON["passphrase"]),
    account="a",
)
KEYS = {KEY.credentials.api_key: KEY}
NOW = parse_timestamp(COMMON["timestamp"])


def _request(method: str, target: str, body: bytes, signature: str) -> Incoming:
    headers = {
        HEADER_KEY.lower(): COMMON["apiKey"],
        HEADER_PASSPHRASE.lower(): COMMON["passphrase"],
        HEADER_TIMESTAMP.lower(): COMMON["timestamp"],
        HEADER_SIGN.lower(): signature,
    }
    return Incoming(method, target, headers, body, "127.0.0.1")


@pytest.mark.parametrize("vector", VECTORS["vectors"], ids=lambda v: v["id"])
def test_every_shared_vector_verifies(vector: dict[str, Any]) -> None:
    request = _request(
        vector["method"], vector["requestPath"], vector["body"].encode(), vector["sign"]
    )
    assert authenticate(request, KEYS, NOW) is KEY


COMMA_VECTORS = [
    v for v in VECTORS["vectors"] if "," in v["requestPath"] or "%2C" in v["requestPath"]
]


def test_comma_vectors_cover_both_encodings() -> None:
    assert {"W2", "W3"} <= {v["id"] for v in COMMA_VECTORS}


@pytest.mark.parametrize("vector", COMMA_VECTORS, ids=lambda v: v["id"])
def test_vector_with_the_other_comma_encoding_fails(vector: dict[str, Any]) -> None:
    target = vector["requestPath"]
    other = target.replace(",", "%2C") if "," in target else target.replace("%2C", ",")
    request = _request(vector["method"], other, vector["body"].encode(), vector["sign"])
    result = authenticate(request, KEYS, NOW)
    assert isinstance(result, Refusal) and result.code == "50113"


PRINTABLE = st.characters(min_codepoint=33, max_codepoint=126, exclude_characters="#")


@given(
    path=st.text(alphabet=PRINTABLE, max_size=40),
    body=st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=60),
    where=st.integers(min_value=0),
)
def test_signed_as_sent_verifies_and_any_changed_byte_fails(
    path: str, body: str, where: int
) -> None:
    target = "/" + path
    signature = sign(COMMON["timestamp"], "POST", target, body, COMMON["secret"])
    request = _request("POST", target, body.encode(), signature)
    assert authenticate(request, KEYS, NOW) is KEY
    sent = bytearray((target + body).encode())
    position = where % len(sent)
    sent[position] = sent[position] + 1 if sent[position] < 126 else 33
    changed = bytes(sent)
    tampered = _request("POST", changed[: len(target)].decode(), changed[len(target) :], signature)
    result = authenticate(tampered, KEYS, NOW)
    assert isinstance(result, Refusal) and result.code == "50113"
