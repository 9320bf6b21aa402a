"""The encrypted container behind the vault file and backups: Argon2id + AES-256-GCM.

One container = a 58-byte header followed by the AES-GCM ciphertext and its 16-byte tag; the
whole header is the associated data, so no header bit can change unnoticed. The byte layout, the
limits and the reasons for them are in ``docs/vault-format.md``.

Unlocking costs one Argon2id run (:func:`derive`, ~0.2 s); everything else is fast. The caller
reads the header without a password (:func:`read_header`), derives the key once, and then seals
and opens as often as it likes with the :class:`UnlockedKey` until it calls ``wipe()``.

KDF parameters read from a file must lie between a minimum (refuses a lowered cost) and fixed caps
(refuses a memory bomb). Tests that need many cheap keys pass ``policy=INSECURE_TEST_POLICY``
explicitly; files made that way are refused by every production reader, whose default policy is
:data:`STRICT_POLICY`.
"""

from __future__ import annotations

import os
import struct
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NoReturn

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from gui.text import QT_TRANSLATE_NOOP
from gui.vault.crypto_errors import (
    ContainerError,
    ForeignFile,
    KeyMismatch,
    KeyWiped,
    TamperedFile,
    TruncatedFile,
    UnsafeParameters,
    UnsupportedVersion,
    WeakPassword,
    WrongPassword,
    vault_text,
)
from gui.vault.password_strength import check_password_strength

__all__ = [
    "DEFAULT_KDF",
    "FORMAT_VERSION",
    "HEADER_LENGTH",
    "INSECURE_TEST_POLICY",
    "MAGIC",
    "MAXIMUM_KDF",
    "MINIMUM_KDF",
    "STRICT_POLICY",
    "ContainerError",
    "ContainerKind",
    "ForeignFile",
    "Header",
    "KdfParams",
    "KdfPolicy",
    "KeyMismatch",
    "KeyWiped",
    "TamperedFile",
    "TruncatedFile",
    "UnlockedKey",
    "UnsafeParameters",
    "UnsupportedVersion",
    "WeakPassword",
    "WrongPassword",
    "check_password_strength",
    "derive",
    "new_key",
    "open_sealed",
    "open_with_password",
    "read_header",
    "seal",
    "seal_with_password",
]

MAGIC = b"OKXKM\x00"
FORMAT_VERSION = 1
KDF_ARGON2ID = 1
CIPHER_AES_256_GCM = 1
SALT_LENGTH = 16
NONCE_LENGTH = 12
KEY_LENGTH = 32
TAG_LENGTH = 16

_PARAMS = struct.Struct(">III")  # time_cost, memory_kib, parallelism; unsigned 32-bit big-endian
_BODY_LENGTH = struct.Struct(">Q")  # ciphertext + tag length; unsigned 64-bit big-endian
HEADER_LENGTH = (
    len(MAGIC) + 1 + 1 + 1 + _PARAMS.size + SALT_LENGTH + 1 + NONCE_LENGTH + _BODY_LENGTH.size
)  # 58


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
MAXIMUM_KDF = KdfParams(time_cost=20, memory_kib=1024 * 1024, parallelism=16)
"""Caps for every reader and for :func:`derive`: a file cannot make us allocate over 1 GiB."""


@dataclass(frozen=True)
class KdfPolicy:
    """The cheapest KDF parameters a call accepts; the caps (:data:`MAXIMUM_KDF`) are fixed."""

    minimum: KdfParams


STRICT_POLICY = KdfPolicy(minimum=MINIMUM_KDF)
"""The default everywhere: refuses any file or key below :data:`MINIMUM_KDF`."""
INSECURE_TEST_POLICY = KdfPolicy(minimum=KdfParams(time_cost=1, memory_kib=8, parallelism=1))
"""For tests only: accepts near-free keys. Files made with it fail every strict reader."""
_ANY_POLICY = KdfPolicy(minimum=KdfParams(time_cost=1, memory_kib=8, parallelism=1))


class UnlockedKey:
    """An AES-256 key derived from a password, with the salt and parameters it came from.

    The key bytes live in a ``bytearray`` that :meth:`wipe` overwrites with zeros (locking). The
    repr shows only the parameters; the object refuses to be pickled or copied. Python cannot
    promise that no other copy of the key ever existed in memory (the KDF and the cipher make
    their own), so wiping is best effort: it drops the key this object holds.
    """

    __slots__ = ("__weakref__", "_key", "params", "salt")

    def __init__(self, key: bytearray, salt: bytes, params: KdfParams) -> None:
        if len(key) != KEY_LENGTH:
            raise ValueError(f"key must be {KEY_LENGTH} bytes")
        if len(salt) != SALT_LENGTH:
            raise ValueError(f"salt must be {SALT_LENGTH} bytes")
        self._key = key
        self.salt = bytes(salt)
        self.params = params

    @property
    def wiped(self) -> bool:
        """True once :meth:`wipe` ran: the key can no longer seal or open anything."""
        return len(self._key) == 0

    def wipe(self) -> None:
        """Overwrites the key with zeros and forgets it."""
        for index in range(len(self._key)):
            self._key[index] = 0
        self._key = bytearray()

    def _cipher(self) -> AESGCM:
        if self.wiped:
            raise KeyWiped()
        return AESGCM(self._key)

    def __repr__(self) -> str:
        state = "wiped" if self.wiped else "unlocked"
        return f"UnlockedKey({state}, {self.params})"

    __str__ = __repr__

    def __reduce_ex__(self, protocol: object) -> NoReturn:
        raise TypeError("an UnlockedKey cannot be pickled or copied")

    def __copy__(self) -> NoReturn:
        raise TypeError("an UnlockedKey cannot be pickled or copied")

    def __deepcopy__(self, memo: object) -> NoReturn:
        raise TypeError("an UnlockedKey cannot be pickled or copied")


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


def _password_bytes(password: str) -> bytes:
    """UTF-8 of the NFC form, so the same password typed on any system gives the same key."""
    return unicodedata.normalize("NFC", password).encode("utf-8")


def _check_params(params: KdfParams, policy: KdfPolicy) -> None:
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


def derive(password: str, salt: bytes, params: KdfParams) -> UnlockedKey:
    """The key for ``password``: ONE Argon2id run (the only slow call, ~0.2 s at the default).

    Accepts any parameters up to the caps, so tests can make cheap keys; :func:`seal` and
    :func:`read_header` enforce the minimum.
    """
    if len(salt) != SALT_LENGTH:
        raise ValueError(f"salt must be {SALT_LENGTH} bytes")
    _check_params(params, _ANY_POLICY)
    kdf = Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=params.time_cost,
        lanes=params.parallelism,
        memory_cost=params.memory_kib,
    )
    key = bytearray(KEY_LENGTH)
    derive_into = getattr(kdf, "derive_into", None)  # cryptography >= 47 writes in place
    if derive_into is not None:
        derive_into(_password_bytes(password), key)
    else:  # pragma: no cover - older cryptography
        key[:] = kdf.derive(_password_bytes(password))
    return UnlockedKey(key, salt, params)


def new_key(password: str, params: KdfParams = DEFAULT_KDF) -> UnlockedKey:
    """A key with a fresh random salt: for a new file or a changed password."""
    return derive(password, os.urandom(SALT_LENGTH), params)


def _truncated() -> NoReturn:
    raise TruncatedFile()


def _take(data: bytes, offset: int, length: int) -> bytes:
    if len(data) < offset + length:
        _truncated()
    return data[offset : offset + length]


def read_header(data: bytes, kind: ContainerKind, *, policy: KdfPolicy = STRICT_POLICY) -> Header:
    """Parses and validates the header of ``data`` without a password.

    Checks, in file order, so the most specific error wins: magic, version, kind, KDF id and
    parameters, cipher id, and that the file is exactly as long as its header says.
    """
    data = bytes(data)
    if not data:
        raise TruncatedFile(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault",
                    "The file is empty. Saving it was probably interrupted. Restore it from a "
                    "backup.",
                )
            )
        )
    if not data.startswith(MAGIC[: len(data)]):
        raise ForeignFile(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault",
                    "This is not an OKX Key Manager encrypted file (it does not start with the "
                    "right signature). Check that you chose the right file.",
                )
            )
        )
    offset = len(MAGIC)
    (version,) = _take(data, offset, 1)
    offset += 1
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
        _damaged("format version")
    (kind_byte,) = _take(data, offset, 1)
    offset += 1
    found = _KINDS_BY_BYTE.get(kind_byte)
    if found is None:
        _damaged("kind")
    if found is not kind:
        _wrong_kind(found)
    (kdf_id,) = _take(data, offset, 1)
    offset += 1
    if kdf_id != KDF_ARGON2ID:
        _damaged("key derivation")
    params = KdfParams(*_PARAMS.unpack(_take(data, offset, _PARAMS.size)))
    offset += _PARAMS.size
    _check_params(params, policy)
    salt = _take(data, offset, SALT_LENGTH)
    offset += SALT_LENGTH
    (cipher_id,) = _take(data, offset, 1)
    offset += 1
    if cipher_id != CIPHER_AES_256_GCM:
        _damaged("cipher")
    nonce = _take(data, offset, NONCE_LENGTH)
    offset += NONCE_LENGTH
    (body_length,) = _BODY_LENGTH.unpack(_take(data, offset, _BODY_LENGTH.size))
    offset += _BODY_LENGTH.size
    if body_length < TAG_LENGTH:
        _damaged("length")
    _check_length(len(data), HEADER_LENGTH + body_length)
    return Header(version, kind, params, salt, nonce, body_length, data[:HEADER_LENGTH])


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


def _damaged(field_name: str) -> NoReturn:
    raise TamperedFile(
        vault_text(
            QT_TRANSLATE_NOOP(
                "vault",
                "The file is damaged: its header's {field} field holds a value this app never "
                "writes. It was corrupted or tampered with. Restore it from a backup.",
            ),
            field=field_name,
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


def _build_header(kind: ContainerKind, key: UnlockedKey, nonce: bytes, body_length: int) -> bytes:
    params = key.params
    return b"".join(
        (
            MAGIC,
            bytes((FORMAT_VERSION, _KIND_BYTES[kind], KDF_ARGON2ID)),
            _PARAMS.pack(params.time_cost, params.memory_kib, params.parallelism),
            key.salt,
            bytes((CIPHER_AES_256_GCM,)),
            nonce,
            _BODY_LENGTH.pack(body_length),
        )
    )


def seal(
    plaintext: bytes,
    key: UnlockedKey,
    kind: ContainerKind,
    *,
    policy: KdfPolicy = STRICT_POLICY,
) -> bytes:
    """Encrypts ``plaintext`` into a new container with a fresh random nonce.

    The header records the key's salt and parameters; parameters below ``policy`` are refused
    (a new file must never be weaker than what readers accept).
    """
    _check_params(key.params, policy)
    cipher = key._cipher()
    nonce = os.urandom(NONCE_LENGTH)
    header = _build_header(kind, key, nonce, len(plaintext) + TAG_LENGTH)
    return header + cipher.encrypt(nonce, bytes(plaintext), header)


def open_sealed(
    data: bytes,
    key: UnlockedKey,
    kind: ContainerKind,
    *,
    policy: KdfPolicy = STRICT_POLICY,
) -> bytes:
    """Decrypts a container with an unlocked key; raises a :class:`ContainerError` on any fault."""
    header = read_header(data, kind, policy=policy)
    if header.salt != key.salt or header.params != key.params:
        raise KeyMismatch()
    cipher = key._cipher()
    try:
        return cipher.decrypt(header.nonce, bytes(data)[HEADER_LENGTH:], header.raw)
    except InvalidTag:
        raise WrongPassword() from None


def seal_with_password(
    plaintext: bytes,
    password: str,
    kind: ContainerKind,
    params: KdfParams = DEFAULT_KDF,
    *,
    policy: KdfPolicy = STRICT_POLICY,
) -> bytes:
    """Seals with a fresh salt: one Argon2id run. The key is wiped afterwards."""
    _check_params(params, policy)
    key = new_key(password, params)
    try:
        return seal(plaintext, key, kind, policy=policy)
    finally:
        key.wipe()


def open_with_password(
    data: bytes,
    password: str,
    kind: ContainerKind,
    *,
    policy: KdfPolicy = STRICT_POLICY,
) -> tuple[bytes, UnlockedKey]:
    """Opens a container: validates the header, then ONE Argon2id run, then decrypts.

    Returns the plaintext and the key, which can seal this file again until it is wiped.
    """
    header = read_header(data, kind, policy=policy)
    key = derive(password, header.salt, header.params)
    try:
        return open_sealed(data, key, kind, policy=policy), key
    except BaseException:
        key.wipe()
        raise
