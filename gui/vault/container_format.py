"""The byte layout of the encrypted container: constants, KDF limits and the header parser.

Pure parsing, no cryptography: :func:`read_header` validates everything that can be checked
without a password, in file order, so the most specific error wins. ``docs/vault-format.md``
describes the layout byte by byte.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NoReturn

from gui.text import QT_TRANSLATE_NOOP
from gui.vault.crypto_errors import (
    ForeignFile,
    TamperedFile,
    TruncatedFile,
    UnsafeParameters,
    UnsupportedVersion,
    vault_text,
)

MAGIC = b"OKXKM\x00"
FORMAT_VERSION = 1
KDF_ARGON2ID = 1
"""Argon2id, version 1.3 (0x13); no secret, no associated data, 32-byte output."""
CIPHER_AES_256_GCM = 1
SALT_LENGTH = 16
NONCE_LENGTH = 12
KEY_LENGTH = 32
TAG_LENGTH = 16

_PARAMS = struct.Struct(">III")  # time_cost, memory_kib, parallelism; unsigned 32-bit big-endian
_BODY_LENGTH = struct.Struct(">Q")  # ciphertext + tag length; unsigned 64-bit big-endian

_VERSION_AT = len(MAGIC)  # 6
_KIND_AT = _VERSION_AT + 1  # 7
_KDF_AT = _KIND_AT + 1  # 8
_PARAMS_AT = _KDF_AT + 1  # 9
_SALT_AT = _PARAMS_AT + _PARAMS.size  # 21
_CIPHER_AT = _SALT_AT + SALT_LENGTH  # 37
_NONCE_AT = _CIPHER_AT + 1  # 38
_BODY_LENGTH_AT = _NONCE_AT + NONCE_LENGTH  # 50
HEADER_LENGTH = _BODY_LENGTH_AT + _BODY_LENGTH.size  # 58

MAX_BODY_LENGTH = 1 << 30
"""1 GiB: far above any vault or backup, below what AES-GCM in ``cryptography`` accepts."""


class ContainerKind(StrEnum):
    """What a container holds; a file of one kind is refused where the other is expected."""

    VAULT = "vault"
    BACKUP = "backup"


_KIND_BYTES = {ContainerKind.VAULT: 1, ContainerKind.BACKUP: 2}
_KINDS_BY_BYTE = {value: kind for kind, value in _KIND_BYTES.items()}


@dataclass(frozen=True)
class KdfParams:
    """Argon2id (v1.3) cost: passes over memory, memory in KiB, lanes."""

    time_cost: int = 3
    memory_kib: int = 65536
    parallelism: int = 4

    def __str__(self) -> str:
        return f"t={self.time_cost}, m={self.memory_kib} KiB, p={self.parallelism}"


DEFAULT_KDF = KdfParams()
"""What new files use: Argon2id t=3, m=64 MiB, p=4 (Bitwarden's Argon2id default)."""
MINIMUM_KDF = KdfParams(time_cost=3, memory_kib=65536, parallelism=4)
"""The cheapest parameters a production reader accepts; anything lower is a lowered cost."""
MAXIMUM_KDF = KdfParams(time_cost=8, memory_kib=128 * 1024, parallelism=16)
"""Caps for every reader and for :func:`derive`: the costliest file this app accepts takes about
5× the default unlock and 128 MiB (``benchmarks/vault.py`` measures the ratio; the promise is at
most 10×). A hostile file cannot make an unlock take minutes or exhaust memory."""


@dataclass(frozen=True)
class KdfPolicy:
    """The cheapest KDF parameters a call accepts; the caps (:data:`MAXIMUM_KDF`) are fixed."""

    minimum: KdfParams


STRICT_POLICY = KdfPolicy(minimum=MINIMUM_KDF)
"""The default everywhere: refuses any file or key below :data:`MINIMUM_KDF`."""
INSECURE_TEST_POLICY = KdfPolicy(minimum=KdfParams(time_cost=1, memory_kib=8, parallelism=1))
"""For tests only: accepts near-free keys. Files made with it fail every strict reader."""
ANY_POLICY = KdfPolicy(minimum=KdfParams(time_cost=1, memory_kib=8, parallelism=1))


@dataclass(frozen=True)
class Header:
    """A container's header, validated; ``raw`` is its exact bytes (the AES-GCM associated data)."""

    version: int
    kind: ContainerKind
    params: KdfParams
    salt: bytes
    nonce: bytes
    body_length: int
    raw: bytes = field(repr=False)


def check_params(params: KdfParams, policy: KdfPolicy) -> None:
    """Raises :class:`UnsafeParameters` unless ``policy.minimum <= params <= MAXIMUM_KDF``."""
    fields = ("time_cost", "memory_kib", "parallelism")
    values = [getattr(params, name) for name in fields]
    if any(getattr(MAXIMUM_KDF, name) < value for name, value in zip(fields, values, strict=True)):
        raise UnsafeParameters(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault",
                    "The file asks for password hashing far costlier than this app ever uses "
                    "({params}; the limit is {limit}). Opening it could exhaust this computer's "
                    "memory, so it is refused. It was not made by OKX Key Manager or was "
                    "tampered with.",
                ),
                params=str(params),
                limit=str(MAXIMUM_KDF),
            )
        )
    minimum = policy.minimum
    if any(getattr(minimum, name) > value for name, value in zip(fields, values, strict=True)):
        raise UnsafeParameters(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault",
                    "The file's password hashing is weaker than this app allows ({params}; the "
                    "minimum is {minimum}). Someone may have lowered it to make guessing the "
                    "password cheaper, so it is refused. Restore the file from a backup.",
                ),
                params=str(params),
                minimum=str(minimum),
            )
        )
    if params.memory_kib < 8 * params.parallelism:
        raise UnsafeParameters()


def _take(head: bytes, offset: int, length: int) -> bytes:
    """``length`` bytes of the header from ``offset``, or :class:`TruncatedFile`."""
    if len(head) < offset + length:
        raise TruncatedFile()
    return head[offset : offset + length]


def read_header(data: bytes, kind: ContainerKind, *, policy: KdfPolicy = STRICT_POLICY) -> Header:
    """Parses and validates the header of ``data`` without a password.

    Checks, in file order, so the most specific error wins: magic, version, kind, KDF id and
    parameters (against ``policy`` and the caps), cipher id, and that the file is exactly as long
    as its header says. ``data`` is the whole file; it is not copied.
    """
    head = bytes(data[:HEADER_LENGTH])
    if not head:
        raise TruncatedFile(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault",
                    "The file is empty. Saving it was probably interrupted. Restore it from a "
                    "backup.",
                )
            )
        )
    if not head.startswith(MAGIC[: len(head)]):
        raise ForeignFile(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault",
                    "This is not an OKX Key Manager encrypted file (it does not start with the "
                    "right signature). Check that you chose the right file.",
                )
            )
        )
    (version,) = _take(head, _VERSION_AT, 1)
    if version > FORMAT_VERSION:
        raise UnsupportedVersion(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault",
                    "This file was made by a newer version of OKX Key Manager (format "
                    "{version}; this app reads up to {supported}). Update the app to open it.",
                ),
                version=version,
                supported=FORMAT_VERSION,
            )
        )
    if version == 0:
        _damaged(_VERSION_AT)
    (kind_byte,) = _take(head, _KIND_AT, 1)
    found = _KINDS_BY_BYTE.get(kind_byte)
    if found is None:
        _damaged(_KIND_AT)
    if found is not kind:
        _wrong_kind(found)
    (kdf_id,) = _take(head, _KDF_AT, 1)
    if kdf_id != KDF_ARGON2ID:
        _damaged(_KDF_AT)
    params = KdfParams(*_PARAMS.unpack(_take(head, _PARAMS_AT, _PARAMS.size)))
    check_params(params, policy)
    salt = _take(head, _SALT_AT, SALT_LENGTH)
    (cipher_id,) = _take(head, _CIPHER_AT, 1)
    if cipher_id != CIPHER_AES_256_GCM:
        _damaged(_CIPHER_AT)
    nonce = _take(head, _NONCE_AT, NONCE_LENGTH)
    (body_length,) = _BODY_LENGTH.unpack(_take(head, _BODY_LENGTH_AT, _BODY_LENGTH.size))
    if not TAG_LENGTH <= body_length <= MAX_BODY_LENGTH:
        _damaged(_BODY_LENGTH_AT)
    _check_length(len(data), HEADER_LENGTH + body_length)
    return Header(version, kind, params, salt, nonce, body_length, head)


def _check_length(actual: int, expected: int) -> None:
    if actual < expected:
        raise TruncatedFile(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault",
                    "The file is cut off: it has {actual} bytes of the {expected} it should "
                    "have. It was copied or saved only partly. Restore it from a backup or copy "
                    "it again.",
                ),
                actual=actual,
                expected=expected,
            )
        )
    if actual > expected:
        raise TamperedFile(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault",
                    "The file has {extra} unexpected bytes after its end. It was corrupted or "
                    "tampered with. Restore it from a backup.",
                ),
                extra=actual - expected,
            )
        )


def _damaged(offset: int) -> NoReturn:
    raise TamperedFile(
        vault_text(
            QT_TRANSLATE_NOOP(
                "vault",
                "The file is damaged: its header holds a value this app never writes (at byte "
                "{offset}). It was corrupted or tampered with. Restore it from a backup.",
            ),
            offset=offset,
        )
    )


def _wrong_kind(found: ContainerKind) -> NoReturn:
    if found is ContainerKind.BACKUP:
        raise ForeignFile(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault",
                    "This file is an OKX Key Manager backup, not a vault. To use it, restore "
                    "it as a backup instead of opening it as the vault.",
                )
            )
        )
    raise ForeignFile(
        vault_text(
            QT_TRANSLATE_NOOP(
                "vault",
                "This file is an OKX Key Manager vault, not a backup. Choose a backup file to "
                "restore, or open this file as the vault.",
            )
        )
    )


def build_header(
    kind: ContainerKind, params: KdfParams, salt: bytes, nonce: bytes, body_length: int
) -> bytes:
    """The header :func:`read_header` accepts for these values."""
    return b"".join(
        (
            MAGIC,
            bytes((FORMAT_VERSION, _KIND_BYTES[kind], KDF_ARGON2ID)),
            _PARAMS.pack(params.time_cost, params.memory_kib, params.parallelism),
            salt,
            bytes((CIPHER_AES_256_GCM,)),
            nonce,
            _BODY_LENGTH.pack(body_length),
        )
    )
