"""Damaged, cut-off, foreign, future and hostile files are refused with the right error."""

from __future__ import annotations

import json
import os
import struct
from collections.abc import Iterator

import pytest

from gui.vault import crypto
from gui.vault.crypto import (
    HEADER_LENGTH,
    MAX_BODY_LENGTH,
    MAXIMUM_KDF,
    ContainerError,
    ContainerKind,
    ForeignFile,
    KeyMismatch,
    TamperedFile,
    TruncatedFile,
    UnlockedKey,
    UnsafeParameters,
    UnsupportedVersion,
    WrongPassword,
    open_sealed,
    open_with_password,
    read_header,
    seal,
)
from tests.vault.crypto_helpers import PASSWORD, PLAINTEXT, flip, strong_key

VAULT = ContainerKind.VAULT
BACKUP = ContainerKind.BACKUP
MASKS = (0x01, 0x80, 0xFF)

# Where each header field lives (docs/vault-format.md) and what a changed byte there must raise.
FIELDS: list[tuple[range, str, tuple[type[ContainerError], ...]]] = [
    (range(0, 6), "magic", (ForeignFile,)),
    (range(6, 7), "version", (TamperedFile, UnsupportedVersion)),
    (range(7, 8), "kind", (TamperedFile,)),
    (range(8, 9), "kdf", (TamperedFile,)),
    (range(9, 21), "params", (UnsafeParameters, KeyMismatch)),
    (range(21, 37), "salt", (KeyMismatch,)),
    (range(37, 38), "cipher", (TamperedFile,)),
    (range(38, 50), "nonce", (WrongPassword,)),
    (range(50, 58), "length", (TamperedFile, TruncatedFile)),
]


@pytest.fixture(scope="module")
def key() -> Iterator[UnlockedKey]:
    unlocked = strong_key()
    yield unlocked
    unlocked.wipe()


@pytest.fixture(scope="module")
def sealed(key: UnlockedKey) -> bytes:
    return seal(PLAINTEXT, key, VAULT)


def test_the_field_map_covers_the_whole_header() -> None:
    covered = [position for positions, _, _ in FIELDS for position in positions]
    assert covered == list(range(HEADER_LENGTH))


@pytest.mark.parametrize("mask", MASKS)
@pytest.mark.parametrize(
    ("position", "field", "expected"),
    [(position, name, errors) for positions, name, errors in FIELDS for position in positions],
)
def test_a_changed_header_byte_is_refused(
    key: UnlockedKey,
    sealed: bytes,
    position: int,
    field: str,
    expected: tuple[type[ContainerError], ...],
    mask: int,
) -> None:
    with pytest.raises(expected):
        open_sealed(flip(sealed, position, mask), key, VAULT)


def test_a_changed_version_byte_names_the_right_cause(sealed: bytes) -> None:
    with pytest.raises(TamperedFile, match="at byte 6"):
        read_header(flip(sealed, 6, 0x01), VAULT)  # version 0 was never written
    with pytest.raises(UnsupportedVersion):
        read_header(flip(sealed, 6, 0x03), VAULT)  # version 2


def test_a_kind_byte_changed_to_the_other_kind_is_foreign(key: UnlockedKey, sealed: bytes) -> None:
    with pytest.raises(ForeignFile):
        open_sealed(flip(sealed, 7, 0x03), key, VAULT)  # vault (1) -> backup (2)


@pytest.mark.parametrize("mask", MASKS)
@pytest.mark.parametrize("position", range(HEADER_LENGTH, HEADER_LENGTH + len(PLAINTEXT) + 16))
def test_a_changed_ciphertext_or_tag_byte_is_refused(
    key: UnlockedKey, sealed: bytes, position: int, mask: int
) -> None:
    with pytest.raises(WrongPassword) as caught:
        open_sealed(flip(sealed, position, mask), key, VAULT)
    assert type(caught.value) is WrongPassword


def test_a_changed_byte_is_refused_when_opening_with_the_password(sealed: bytes) -> None:
    with pytest.raises(WrongPassword):
        open_with_password(flip(sealed, len(sealed) - 1, 0x01), PASSWORD, VAULT)


def _length_class(length: int) -> str:
    if length < 6:
        return "magic"
    if length < HEADER_LENGTH:
        return "header"
    return "body"


@pytest.mark.parametrize("length", range(len(PLAINTEXT) + HEADER_LENGTH + 16))
def test_a_file_cut_at_any_length_is_truncated(
    key: UnlockedKey, sealed: bytes, length: int
) -> None:
    with pytest.raises(TruncatedFile) as caught:
        open_sealed(sealed[:length], key, VAULT)
    message = str(caught.value)
    if length == 0:
        assert "empty" in message
    elif _length_class(length) == "body":
        assert f"has {length} bytes of the {len(sealed)}" in message
    else:
        assert "cut off" in message


@pytest.mark.parametrize("extra", [b"\x00", b"trailing garbage", bytes(4096)])
def test_bytes_after_the_end_are_refused(key: UnlockedKey, sealed: bytes, extra: bytes) -> None:
    with pytest.raises(TamperedFile, match=f"{len(extra)} unexpected bytes"):
        open_sealed(sealed + extra, key, VAULT)


@pytest.mark.parametrize("body_length", [0, 15, MAX_BODY_LENGTH + 1, 2**64 - 1])
def test_an_impossible_body_length_is_damaged(sealed: bytes, body_length: int) -> None:
    header = sealed[:50] + struct.pack(">Q", body_length)
    with pytest.raises(TamperedFile, match="at byte 50"):
        read_header(header + bytes(15), VAULT)


PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452") + bytes(64)
JSON = json.dumps({"connections": [], "version": 1}).encode()


@pytest.mark.parametrize(
    "data",
    [
        os.urandom(200),
        PNG,
        JSON,
        b"OKX Key Manager notes\n",
        b"%PDF-1.7\n" + bytes(100),
        b"PK\x03\x04" + bytes(100),
    ],
    ids=["random", "png", "json", "text", "pdf", "zip"],
)
def test_a_foreign_file_is_refused(key: UnlockedKey, data: bytes) -> None:
    with pytest.raises(ForeignFile, match="not an OKX Key Manager"):
        open_sealed(data, key, VAULT)


def test_a_prefix_of_the_magic_counts_as_cut_off() -> None:
    with pytest.raises(TruncatedFile):
        read_header(b"OKXKM", VAULT)


def test_a_backup_opened_as_the_vault_is_foreign_and_says_so(key: UnlockedKey) -> None:
    backup = seal(PLAINTEXT, key, BACKUP)
    with pytest.raises(ForeignFile, match="is an OKX Key Manager backup, not a vault"):
        open_sealed(backup, key, VAULT)
    with pytest.raises(ForeignFile, match="is an OKX Key Manager vault, not a backup"):
        open_sealed(seal(PLAINTEXT, key, VAULT), key, BACKUP)


def test_a_future_version_asks_to_update_the_app(sealed: bytes) -> None:
    future = sealed[:6] + bytes((2,)) + b"whatever a newer format holds"
    with pytest.raises(UnsupportedVersion) as caught:
        read_header(future, VAULT)
    message = str(caught.value)
    assert "newer version of OKX Key Manager" in message
    assert "Update the app" in message
    assert "format 2" in message


def _with_params(data: bytes, time_cost: int, memory_kib: int, parallelism: int) -> bytes:
    return data[:9] + struct.pack(">III", time_cost, memory_kib, parallelism) + data[21:]


@pytest.mark.parametrize(
    "params",
    [(2, 65536, 4), (3, 65535, 4), (3, 65536, 3), (1, 8, 1), (0, 0, 0)],
    ids=["time", "memory", "parallelism", "all", "zero"],
)
def test_a_lowered_cost_in_the_header_is_refused(
    key: UnlockedKey, sealed: bytes, params: tuple[int, int, int]
) -> None:
    lowered = _with_params(sealed, *params)
    with pytest.raises(UnsafeParameters, match="weaker than this app allows"):
        open_sealed(lowered, key, VAULT)
    with pytest.raises(UnsafeParameters):
        open_with_password(lowered, PASSWORD, VAULT)  # refused before any slow KDF run


@pytest.mark.parametrize(
    "params",
    [
        (MAXIMUM_KDF.time_cost + 1, 65536, 4),
        (3, MAXIMUM_KDF.memory_kib + 1, 4),
        (3, 65536, MAXIMUM_KDF.parallelism + 1),
        (20, 1024 * 1024, 16),  # accepted before the caps were tightened: took ~145 s
        (2**32 - 1,) * 3,
    ],
    ids=["time", "memory", "parallelism", "old-caps", "all-max"],
)
def test_costly_parameters_are_refused_before_any_hashing(
    sealed: bytes, params: tuple[int, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    ran: list[object] = []
    monkeypatch.setattr(crypto, "_argon2id", lambda *args: ran.append(args))
    with pytest.raises(UnsafeParameters) as caught:
        open_with_password(_with_params(sealed, *params), PASSWORD, VAULT)
    assert "far costlier than this app ever uses" in str(caught.value)
    assert f"the limit is {MAXIMUM_KDF}" in str(caught.value)
    assert ran == []  # refused before the KDF ran


def test_the_caps_themselves_are_accepted_by_the_header_reader(sealed: bytes) -> None:
    caps = MAXIMUM_KDF
    header = read_header(
        _with_params(sealed, caps.time_cost, caps.memory_kib, caps.parallelism), VAULT
    )
    assert header.params == MAXIMUM_KDF
