"""The encrypted container behind the vault file and backups: Argon2id + AES-256-GCM.

One container = a 58-byte header followed by the AES-GCM ciphertext and its 16-byte tag; the
whole header is the associated data, so no header bit can change unnoticed. The byte layout, the
limits and the reasons for them are in ``docs/vault-format.md``; the parser is in
:mod:`gui.vault.container_format`, the errors in :mod:`gui.vault.crypto_errors`.

Unlocking costs one Argon2id run (:func:`derive`, ~0.2 s); everything else is fast. To open a
file: :func:`read_header` (no password), :func:`derive` with its salt and parameters, then
:func:`open_sealed` and :func:`seal` as often as needed with the :class:`UnlockedKey`, until
``wipe()`` (locking). :func:`open_with_password` does the first three steps in one call. A new
file or a changed password takes :func:`new_key` (a fresh salt).

KDF parameters must lie between a minimum (refuses a lowered cost) and fixed caps (refuses a
memory bomb). Tests that need many cheap keys pass ``policy=INSECURE_TEST_POLICY`` explicitly;
files made that way are refused by every production reader, whose default is
:data:`STRICT_POLICY`.
"""

from __future__ import annotations

import os
import threading
import unicodedata
from typing import NoReturn

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from gui.vault.container_format import (
    ANY_POLICY,
    DEFAULT_KDF,
    FORMAT_VERSION,
    HEADER_LENGTH,
    INSECURE_TEST_POLICY,
    KEY_LENGTH,
    MAGIC,
    MAX_BODY_LENGTH,
    MAXIMUM_KDF,
    MINIMUM_KDF,
    NONCE_LENGTH,
    SALT_LENGTH,
    STRICT_POLICY,
    TAG_LENGTH,
    ContainerKind,
    Header,
    KdfParams,
    KdfPolicy,
    build_header,
    check_params,
    read_header,
)
from gui.vault.crypto_errors import (
    Cancelled,
    ContainerError,
    ForeignFile,
    KeyMismatch,
    KeyWiped,
    TamperedFile,
    TruncatedFile,
    UnencodablePassword,
    UnsafeParameters,
    UnsupportedVersion,
    WeakPassword,
    WrongPassword,
)
from gui.vault.password_strength import check_password_strength

__all__ = [
    "CANCEL_POLL_SECONDS",
    "DEFAULT_KDF",
    "ENTRY_KEY_INFO",
    "FORMAT_VERSION",
    "HEADER_LENGTH",
    "INSECURE_TEST_POLICY",
    "MAGIC",
    "MAXIMUM_KDF",
    "MAX_BODY_LENGTH",
    "MINIMUM_KDF",
    "STRICT_POLICY",
    "Cancelled",
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
    "UnencodablePassword",
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


ENTRY_KEY_INFO = b"okx-key-manager/vault entry secrets v1"
"""HKDF ``info`` of the subkey that seals each vault entry's secrets (docs/vault-format.md)."""


class UnlockedKey:
    """An AES-256 key derived from a password, with the salt and parameters it came from.

    The key bytes live in a ``bytearray`` that :meth:`wipe` overwrites with zeros (locking). The
    repr shows only the parameters; the object refuses to be pickled or copied. Python cannot
    promise that no other copy of the key ever existed in memory (the KDF and the cipher library
    make their own), so wiping is best effort: it clears the key this object holds.
    """

    __slots__ = ("__weakref__", "_entry_key", "_key", "_params", "_salt")

    def __init__(self, key: bytearray, salt: bytes, params: KdfParams) -> None:
        if len(key) != KEY_LENGTH:
            raise ValueError(f"key must be {KEY_LENGTH} bytes")
        if len(salt) != SALT_LENGTH:
            raise ValueError(f"salt must be {SALT_LENGTH} bytes")
        self._key = key
        self._entry_key = bytearray()  # made when first needed (seal_entry / open_entry)
        self._salt = bytes(salt)
        self._params = params

    @property
    def salt(self) -> bytes:
        """The salt the key was derived with (not secret; it is in every file's header)."""
        return self._salt

    @property
    def params(self) -> KdfParams:
        """The Argon2id parameters the key was derived with."""
        return self._params

    @property
    def wiped(self) -> bool:
        """True once :meth:`wipe` ran: the key can no longer seal or open anything."""
        return len(self._key) == 0

    def wipe(self) -> None:
        """Overwrites the key (and the entry subkey) with zeros and forgets it. Safe twice."""
        for material in (self._key, self._entry_key):
            for index in range(len(material)):
                material[index] = 0
        self._key = bytearray()
        self._entry_key = bytearray()

    def _cipher(self) -> AESGCM:
        if self.wiped:
            raise KeyWiped()
        return AESGCM(self._key)

    def _entry_cipher(self) -> AESGCM:
        """AES-256-GCM under the entry subkey: HKDF-SHA256(key, no salt, info=ENTRY_KEY_INFO)."""
        if self.wiped:
            raise KeyWiped()
        if not self._entry_key:
            hkdf = HKDF(algorithm=SHA256(), length=KEY_LENGTH, salt=None, info=ENTRY_KEY_INFO)
            subkey = bytearray(KEY_LENGTH)
            derive_into = getattr(hkdf, "derive_into", None)  # cryptography >= 47
            if derive_into is not None:
                derive_into(self._key, subkey)
            else:  # pragma: no cover - older cryptography
                subkey[:] = hkdf.derive(bytes(self._key))
            self._entry_key = subkey
        return AESGCM(self._entry_key)

    def seal_entry(self, plaintext: bytes, associated_data: bytes) -> bytes:
        """One entry's secrets sealed on their own: nonce (12 bytes) + ciphertext + tag (16)."""
        nonce = os.urandom(NONCE_LENGTH)
        return nonce + self._entry_cipher().encrypt(nonce, plaintext, associated_data)

    def open_entry(self, sealed: bytes, associated_data: bytes) -> bytes:
        """The plaintext of :meth:`seal_entry`; :class:`WrongPassword` if it does not open."""
        if len(sealed) < NONCE_LENGTH + TAG_LENGTH:
            raise TruncatedFile()
        cipher = self._entry_cipher()
        try:
            return cipher.decrypt(sealed[:NONCE_LENGTH], sealed[NONCE_LENGTH:], associated_data)
        except InvalidTag:
            raise WrongPassword() from None

    def __repr__(self) -> str:
        state = "wiped" if self.wiped else "unlocked"
        return f"UnlockedKey({state}, {self._params})"

    __str__ = __repr__

    def __reduce_ex__(self, protocol: object) -> NoReturn:
        raise TypeError("an UnlockedKey cannot be pickled or copied")

    def __copy__(self) -> NoReturn:
        raise TypeError("an UnlockedKey cannot be pickled or copied")

    def __deepcopy__(self, memo: object) -> NoReturn:
        raise TypeError("an UnlockedKey cannot be pickled or copied")


def _password_bytes(password: str) -> bytes:
    """UTF-8 of the NFC form, so the same password typed on any system gives the same key."""
    try:
        return unicodedata.normalize("NFC", password).encode("utf-8")
    except UnicodeEncodeError:  # its text would quote the offending character
        raise UnencodablePassword() from None


CANCEL_POLL_SECONDS = 0.05
"""How often a cancellable :func:`derive` looks at its cancel event."""


def derive(
    password: str,
    salt: bytes,
    params: KdfParams,
    *,
    cancel: threading.Event | None = None,
) -> UnlockedKey:
    """The key for ``password``: ONE Argon2id run (the only slow call, ~0.2 s at the default).

    Accepts any parameters up to the caps, so tests can make cheap keys; :func:`seal` and
    :func:`read_header` enforce the minimum.

    With ``cancel``, Argon2id runs in a daemon thread and :class:`Cancelled` is raised within
    :data:`CANCEL_POLL_SECONDS` of ``cancel`` being set. Argon2id itself cannot be interrupted:
    the abandoned thread finishes (at most the costliest accepted parameters, ~1 s) and wipes
    the key it made.
    """
    if len(salt) != SALT_LENGTH:
        raise ValueError(f"salt must be {SALT_LENGTH} bytes")
    check_params(params, ANY_POLICY)
    secret = _password_bytes(password)
    if cancel is None:
        return UnlockedKey(_argon2id(secret, salt, params), salt, params)
    if cancel.is_set():
        raise Cancelled()
    done = threading.Event()
    abandoned = threading.Event()
    result: list[bytearray] = []
    failure: list[BaseException] = []

    def work() -> None:
        try:
            key = _argon2id(secret, salt, params)
        except BaseException as exc:  # reported to the waiting caller
            failure.append(exc)
        else:
            if abandoned.is_set():
                key[:] = bytes(len(key))  # nobody will use it
            else:
                result.append(key)
        finally:
            done.set()

    threading.Thread(target=work, name="argon2id", daemon=True).start()
    while not done.wait(CANCEL_POLL_SECONDS):
        if cancel.is_set():
            abandoned.set()
            if not done.is_set():
                raise Cancelled()
    if failure:
        raise failure[0]
    if not result:  # finished exactly as it was abandoned: the key is already wiped
        raise Cancelled()
    return UnlockedKey(result[0], salt, params)


# One Argon2id run at a time. cryptography 50 (OpenSSL's Argon2 with lanes > 1 uses OpenSSL's
# own threads) deadlocks when two runs overlap: both hang for ever (and once failed with
# MemoryError). Runs overlap when an unlock follows a cancelled one (the abandoned run goes on)
# or a backup is read while the vault unlocks. tests/vault/test_crypto.py shows it.
_ARGON2_LOCK = threading.Lock()


def _argon2id(secret: bytes, salt: bytes, params: KdfParams) -> bytearray:
    with _ARGON2_LOCK:
        return _argon2id_alone(secret, salt, params)


def _argon2id_alone(secret: bytes, salt: bytes, params: KdfParams) -> bytearray:
    kdf = Argon2id(
        salt=bytes(salt),
        length=KEY_LENGTH,
        iterations=params.time_cost,
        lanes=params.parallelism,
        memory_cost=params.memory_kib,
    )
    key = bytearray(KEY_LENGTH)
    derive_into = getattr(kdf, "derive_into", None)  # cryptography >= 47 writes in place
    if derive_into is not None:
        derive_into(secret, key)
    else:  # pragma: no cover - older cryptography
        key[:] = kdf.derive(secret)
    return key


def new_key(password: str, params: KdfParams = DEFAULT_KDF) -> UnlockedKey:
    """A key with a fresh random salt: for a new file or a changed password."""
    return derive(password, os.urandom(SALT_LENGTH), params)


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
    check_params(key.params, policy)
    body_length = len(plaintext) + TAG_LENGTH
    if body_length > MAX_BODY_LENGTH:
        raise ValueError(f"a container holds at most {MAX_BODY_LENGTH - TAG_LENGTH} bytes")
    cipher = key._cipher()
    nonce = os.urandom(NONCE_LENGTH)
    header = build_header(kind, key.params, key.salt, nonce, body_length)
    return header + cipher.encrypt(nonce, plaintext, header)


def open_sealed(
    data: bytes,
    key: UnlockedKey,
    kind: ContainerKind,
    *,
    policy: KdfPolicy = STRICT_POLICY,
) -> bytes:
    """Decrypts a container with an unlocked key; raises a :class:`ContainerError` on any fault."""
    header: Header = read_header(data, kind, policy=policy)
    if header.salt != key.salt or header.params != key.params:
        raise KeyMismatch()
    cipher = key._cipher()
    try:
        return cipher.decrypt(header.nonce, memoryview(data)[HEADER_LENGTH:], header.raw)
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
    check_params(params, policy)
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
    cancel: threading.Event | None = None,
) -> tuple[bytes, UnlockedKey]:
    """Opens a container: validates the header (parameters above the caps are refused here,
    before any hashing), then ONE Argon2id run (cancellable, see :func:`derive`), then decrypts.

    Returns the plaintext and the key, which can seal this file again until it is wiped.
    """
    header = read_header(data, kind, policy=policy)
    key = derive(password, header.salt, header.params, cancel=cancel)
    try:
        return open_sealed(data, key, kind, policy=policy), key
    except BaseException:
        key.wipe()
        raise
