"""Whatever bytes arrive, the reader raises only ContainerError subclasses, and never a secret."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.vault.crypto import (
    HEADER_LENGTH,
    INSECURE_TEST_POLICY,
    MAGIC,
    ContainerError,
    ContainerKind,
    UnlockedKey,
    WrongPassword,
    derive,
    open_sealed,
    open_with_password,
    read_header,
    seal,
    seal_with_password,
)
from tests.vault.crypto_helpers import CHEAP_KDF, PASSWORD, PLAINTEXT, SALT, strong_key

FAST = settings(max_examples=200, deadline=None)
KEY: UnlockedKey = strong_key()  # one Argon2id run for the module; hypothesis reuses it
SEALED = seal(PLAINTEXT, KEY, ContainerKind.VAULT)
kinds = st.sampled_from(list(ContainerKind))


def _only_container_errors(data: bytes, kind: ContainerKind) -> None:
    with contextlib.suppress(ContainerError):
        read_header(data, kind)
    with contextlib.suppress(ContainerError):
        assert open_sealed(data, KEY, kind) == PLAINTEXT


@FAST
@given(data=st.binary(max_size=200), kind=kinds)
def test_random_bytes_raise_only_container_errors(data: bytes, kind: ContainerKind) -> None:
    _only_container_errors(data, kind)


@FAST
@given(tail=st.binary(max_size=120), kind=kinds)
def test_random_bytes_after_our_magic_raise_only_container_errors(
    tail: bytes, kind: ContainerKind
) -> None:
    _only_container_errors(MAGIC + b"\x01" + tail, kind)


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """SEALED with a few bytes changed, cut, inserted or appended."""
    data = bytearray(SEALED)
    for _ in range(draw(st.integers(1, 4))):
        action = draw(st.sampled_from(["set", "cut", "insert", "append"]))
        position = draw(st.integers(0, max(len(data) - 1, 0)))
        if action == "set" and data:
            data[position] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[position : position + draw(st.integers(1, 16))]
        elif action == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=8))
        else:
            data += draw(st.binary(min_size=1, max_size=8))
    return bytes(data)


@FAST
@given(data=mutated(), kind=kinds)
def test_mutated_containers_raise_only_container_errors(data: bytes, kind: ContainerKind) -> None:
    _only_container_errors(data, kind)


@FAST
@given(data=mutated())
def test_a_mutated_container_never_opens(data: bytes) -> None:
    if data == SEALED:
        return
    with pytest.raises(ContainerError):
        open_sealed(data, KEY, ContainerKind.VAULT)


@FAST
@given(plaintext=st.binary(max_size=2000), kind=kinds)
def test_round_trip_for_any_plaintext(plaintext: bytes, kind: ContainerKind) -> None:
    sealed = seal(plaintext, KEY, kind)
    assert len(sealed) == HEADER_LENGTH + len(plaintext) + 16
    assert open_sealed(sealed, KEY, kind) == plaintext


LEAK_PASSWORDS = [PASSWORD, "hunter2-hunter2", "пароль-секрет-42", "  spaced out secret  "]


@pytest.mark.parametrize("password", LEAK_PASSWORDS)
def test_no_error_text_contains_the_password_or_the_plaintext(password: str) -> None:
    secret_plaintext = b"SECRET-PLAINTEXT-" + password.encode()
    cheap = INSECURE_TEST_POLICY
    sealed = seal_with_password(
        secret_plaintext, password, ContainerKind.VAULT, CHEAP_KDF, policy=cheap
    )
    attempts = [
        lambda: open_with_password(sealed, password + "x", ContainerKind.VAULT, policy=cheap),
        lambda: open_with_password(sealed, password, ContainerKind.BACKUP, policy=cheap),
        lambda: open_with_password(sealed, password, ContainerKind.VAULT),
        lambda: open_with_password(sealed[:-1], password, ContainerKind.VAULT, policy=cheap),
        lambda: open_with_password(sealed + b"!", password, ContainerKind.VAULT, policy=cheap),
        lambda: open_sealed(sealed, derive(password, SALT, CHEAP_KDF), ContainerKind.VAULT),
    ]
    seen = 0
    for attempt in attempts:
        with pytest.raises(ContainerError) as caught:
            attempt()
        error = caught.value
        texts = [str(error), repr(error), str(error.message), repr(error.message), str(error.args)]
        for text in texts:
            assert password not in text
            assert "SECRET-PLAINTEXT" not in text
        assert error.__cause__ is None
        seen += 1
    assert seen == len(attempts)


def test_a_wrong_password_error_hides_the_cipher_exception() -> None:
    with pytest.raises(WrongPassword) as caught:
        open_sealed(SEALED, derive("not the password", SALT, KEY.params), ContainerKind.VAULT)
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__
