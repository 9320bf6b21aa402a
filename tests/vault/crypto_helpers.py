"""Shared values for the container tests: one strong key, derived once per test module."""

from __future__ import annotations

from gui.vault.crypto import DEFAULT_KDF, INSECURE_TEST_POLICY, KdfParams, UnlockedKey, derive

PASSWORD = "Tr0ub4dor & correct horse 42"
SALT = bytes(range(16))
PLAINTEXT = b'{"connections": [{"name": "main", "api_key": "a1b2c3d4"}]}'

CHEAP_KDF = KdfParams(time_cost=1, memory_kib=8, parallelism=1)
"""Near-free parameters; only accepted with ``policy=INSECURE_TEST_POLICY``."""
assert INSECURE_TEST_POLICY.minimum == CHEAP_KDF


def strong_key() -> UnlockedKey:
    """The production-strength key for PASSWORD and SALT (one Argon2id run, ~0.2 s)."""
    return derive(PASSWORD, SALT, DEFAULT_KDF)


def flip(data: bytes, position: int, mask: int) -> bytes:
    """``data`` with the byte at ``position`` XOR-ed with ``mask``."""
    changed = bytearray(data)
    changed[position] ^= mask
    return bytes(changed)
