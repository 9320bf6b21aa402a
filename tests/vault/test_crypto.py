"""The encrypted container: round trips, fresh nonces, wrong passwords, the documented layout."""

from __future__ import annotations

import copy
import pickle
import struct
from collections.abc import Iterator

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from gui.vault.crypto import (
    DEFAULT_KDF,
    HEADER_LENGTH,
    INSECURE_TEST_POLICY,
    MAGIC,
    ContainerError,
    ContainerKind,
    KdfParams,
    KeyMismatch,
    KeyWiped,
    UnencodablePassword,
    UnlockedKey,
    UnsafeParameters,
    WeakPassword,
    WrongPassword,
    check_password_strength,
    derive,
    new_key,
    open_sealed,
    open_with_password,
    read_header,
    seal,
    seal_with_password,
)
from tests.vault.crypto_helpers import CHEAP_KDF, PASSWORD, PLAINTEXT, SALT, strong_key

VAULT = ContainerKind.VAULT
BACKUP = ContainerKind.BACKUP


@pytest.fixture(scope="module")
def key() -> Iterator[UnlockedKey]:
    unlocked = strong_key()
    yield unlocked
    unlocked.wipe()


@pytest.mark.parametrize("kind", list(ContainerKind))
@pytest.mark.parametrize("plaintext", [b"", b"x", PLAINTEXT, b"api secret line\n" * 3000])
def test_round_trip_with_a_key(key: UnlockedKey, kind: ContainerKind, plaintext: bytes) -> None:
    sealed = seal(plaintext, key, kind)
    if len(plaintext) >= 16:
        assert plaintext[:15] not in sealed
    assert open_sealed(sealed, key, kind) == plaintext


@pytest.mark.slow
def test_round_trip_with_a_password_returns_a_key_that_seals_the_file_again() -> None:
    sealed = seal_with_password(PLAINTEXT, PASSWORD, BACKUP)
    plaintext, unlocked = open_with_password(sealed, PASSWORD, BACKUP)
    assert plaintext == PLAINTEXT
    resealed = seal(b"changed", unlocked, BACKUP)
    assert read_header(resealed, BACKUP).salt == read_header(sealed, BACKUP).salt
    assert open_with_password(resealed, PASSWORD, BACKUP)[0] == b"changed"


def test_every_seal_uses_a_fresh_nonce(key: UnlockedKey) -> None:
    sealed = [seal(PLAINTEXT, key, VAULT) for _ in range(50)]
    assert len(set(sealed)) == 50
    assert len({read_header(item, VAULT).nonce for item in sealed}) == 50


def test_sealing_with_a_password_uses_a_fresh_salt() -> None:
    first = seal_with_password(b"", PASSWORD, VAULT, CHEAP_KDF, policy=INSECURE_TEST_POLICY)
    second = seal_with_password(b"", PASSWORD, VAULT, CHEAP_KDF, policy=INSECURE_TEST_POLICY)
    policy = INSECURE_TEST_POLICY
    salts = {read_header(item, VAULT, policy=policy).salt for item in (first, second)}
    assert len(salts) == 2


def test_a_wrong_password_is_refused_with_an_honest_message() -> None:
    sealed = seal_with_password(PLAINTEXT, PASSWORD, VAULT)
    with pytest.raises(WrongPassword) as caught:
        open_with_password(sealed, PASSWORD + "!", VAULT)
    assert type(caught.value) is WrongPassword
    message = str(caught.value.message)
    assert "password is wrong, or the file was changed" in message
    assert "cannot be told apart" in message


def test_a_key_from_another_salt_is_a_key_mismatch(key: UnlockedKey) -> None:
    other = new_key(PASSWORD, CHEAP_KDF)
    sealed = seal(PLAINTEXT, other, VAULT, policy=INSECURE_TEST_POLICY)
    with pytest.raises(KeyMismatch):
        open_sealed(sealed, key, VAULT, policy=INSECURE_TEST_POLICY)
    assert issubclass(KeyMismatch, WrongPassword)


def test_the_password_is_normalised_to_nfc() -> None:
    composed = derive("caf\u00e9 au lait 1234", SALT, CHEAP_KDF)
    decomposed = derive("cafe\u0301 au lait 1234", SALT, CHEAP_KDF)
    sealed = seal(b"x", composed, VAULT, policy=INSECURE_TEST_POLICY)
    assert open_sealed(sealed, decomposed, VAULT, policy=INSECURE_TEST_POLICY) == b"x"


def test_the_layout_matches_docs_vault_format_md(key: UnlockedKey) -> None:
    """Decrypts a container with the bare primitives, exactly as the format document says."""
    sealed = seal(PLAINTEXT, key, BACKUP)
    assert len(sealed) == HEADER_LENGTH + len(PLAINTEXT) + 16 == 58 + len(PLAINTEXT) + 16
    assert sealed[0:6] == b"OKXKM\x00" == MAGIC
    assert sealed[6:9] == bytes((1, 2, 1))  # version 1, kind backup, KDF Argon2id
    t, m, p = struct.unpack(">III", sealed[9:21])
    salt, cipher_id, nonce = sealed[21:37], sealed[37], sealed[38:50]
    (body_length,) = struct.unpack(">Q", sealed[50:58])
    assert (t, m, p, salt, cipher_id, body_length) == (3, 65536, 4, SALT, 1, len(sealed) - 58)
    raw_key = Argon2id(salt=salt, length=32, iterations=t, lanes=p, memory_cost=m).derive(
        PASSWORD.encode("utf-8")
    )
    assert AESGCM(raw_key).decrypt(nonce, sealed[58:], sealed[:58]) == PLAINTEXT


KNOWN_VAULT = bytes.fromhex(
    " ".join(
        (
            "4f4b584b4d00 01 01 01",  # magic, version 1, vault, Argon2id
            "00000001 00000008 00000001",  # t=1, m=8 KiB, p=1 (INSECURE_TEST_POLICY only)
            "000102030405060708090a0b0c0d0e0f",  # salt
            "01 a0a1a2a3a4a5a6a7a8a9aaab",  # AES-256-GCM, nonce
            "0000000000000012",  # body length 18
            "60ef 629cdedc4f907098a37fd0c53ef07858",  # ciphertext of b"OK", tag
        )
    )
)


def test_a_file_written_today_still_opens() -> None:
    """A pinned version-1 file (cheap KDF, password PASSWORD): the format must stay readable."""
    key = derive(PASSWORD, SALT, CHEAP_KDF)
    assert open_sealed(KNOWN_VAULT, key, VAULT, policy=INSECURE_TEST_POLICY) == b"OK"


def test_a_wiped_key_holds_nothing_and_refuses_work() -> None:
    unlocked = derive(PASSWORD, SALT, CHEAP_KDF)
    sealed = seal(b"x", unlocked, VAULT, policy=INSECURE_TEST_POLICY)
    held = unlocked._key
    unlocked.wipe()
    assert unlocked.wiped
    assert held == bytes(32)
    with pytest.raises(KeyWiped):
        open_sealed(sealed, unlocked, VAULT, policy=INSECURE_TEST_POLICY)
    with pytest.raises(KeyWiped):
        seal(b"x", unlocked, VAULT, policy=INSECURE_TEST_POLICY)
    assert "locked" in str(KeyWiped().message)


def test_wipe_overwrites_the_bytes_it_held() -> None:
    buffer = bytearray(b"\xaa" * 32)
    unlocked = UnlockedKey(buffer, SALT, CHEAP_KDF)
    view = memoryview(buffer)  # even a buffer someone else still looks at is zeroed
    unlocked.wipe()
    assert bytes(view) == bytes(32)
    assert unlocked.wiped
    unlocked.wipe()  # twice is harmless


def test_the_key_shows_nothing_secret_and_cannot_be_pickled_or_copied(key: UnlockedKey) -> None:
    raw = bytes(key._key)
    for text in (repr(key), str(key), f"{key}"):
        assert raw.hex() not in text
        assert repr(raw) not in text
        assert "unlocked" in text
        assert "m=65536 KiB" in text
    with pytest.raises(TypeError):
        pickle.dumps(key)
    with pytest.raises(TypeError):
        copy.copy(key)
    with pytest.raises(TypeError):
        copy.deepcopy(key)


def test_a_password_without_a_utf8_form_is_refused_without_quoting_it() -> None:
    with pytest.raises(UnencodablePassword) as caught:
        derive("abc\ud800def", SALT, CHEAP_KDF)
    assert "\ud800" not in repr(caught.value)
    assert caught.value.__suppress_context__
    with pytest.raises(WeakPassword, match="invalid character"):
        check_password_strength("a perfectly long \udfff password")


@pytest.mark.parametrize("wrap", [bytes, bytearray, memoryview], ids=lambda t: t.__name__)
def test_any_bytes_like_input_opens(key: UnlockedKey, wrap: type) -> None:
    sealed = seal(wrap(PLAINTEXT), key, VAULT)
    assert open_sealed(wrap(sealed), key, VAULT) == PLAINTEXT
    assert read_header(wrap(sealed), VAULT).raw == sealed[:HEADER_LENGTH]


def test_derive_refuses_a_wrong_salt_length_before_the_slow_run() -> None:
    with pytest.raises(ValueError, match="salt"):
        derive(PASSWORD, b"short", DEFAULT_KDF)


def test_derive_refuses_parameters_above_the_caps() -> None:
    with pytest.raises(UnsafeParameters):
        derive(PASSWORD, SALT, KdfParams(time_cost=3, memory_kib=2 * 1024 * 1024, parallelism=4))


def test_seal_refuses_a_key_below_the_minimum_by_default() -> None:
    cheap = derive(PASSWORD, SALT, CHEAP_KDF)
    with pytest.raises(UnsafeParameters) as caught:
        seal(PLAINTEXT, cheap, VAULT)
    assert "weaker than this app allows" in str(caught.value)
    with pytest.raises(UnsafeParameters):
        seal_with_password(PLAINTEXT, PASSWORD, VAULT, CHEAP_KDF)


def test_a_cheap_test_file_is_refused_by_the_strict_reader() -> None:
    sealed = seal_with_password(PLAINTEXT, PASSWORD, VAULT, CHEAP_KDF, policy=INSECURE_TEST_POLICY)
    with pytest.raises(UnsafeParameters):
        read_header(sealed, VAULT)
    with pytest.raises(UnsafeParameters):
        open_with_password(sealed, PASSWORD, VAULT)


def test_every_error_is_a_container_error_with_a_vault_message() -> None:
    for error in (WrongPassword(), KeyMismatch(), KeyWiped(), UnsafeParameters()):
        assert isinstance(error, ContainerError)
        assert error.message.context == "vault"
        assert str(error) == str(error.message)


@pytest.mark.slow
def test_overlapping_argon2id_runs_finish() -> None:
    # Two derivations at once (an unlock after a cancelled one, a backup read meanwhile) hung
    # for ever in cryptography 50 with lanes > 1; runs are now one at a time.
    import threading

    from gui.vault.crypto import DEFAULT_KDF, derive

    keys: list[object] = []

    def run() -> None:
        keys.append(derive(PASSWORD, SALT, DEFAULT_KDF))

    threads = [threading.Thread(target=run, daemon=True) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not any(t.is_alive() for t in threads)
    assert len(keys) == 3
