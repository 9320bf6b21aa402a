"""Keyring backends that fail the way real keychains do, for the command line's words
(``PYTHON_KEYRING_BACKEND=tests.hostile.fake_keyrings.LockedKeyring``). Nothing is stored."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import InitError, KeyringLocked


class _Failing(KeyringBackend):
    priority = 1  # type: ignore[assignment]
    error: type[Exception] = InitError

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error("test keychain")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error("test keychain")

    def delete_password(self, service: str, username: str) -> None:
        raise self.error("test keychain")


class BrokenKeyring(_Failing):
    """A keychain whose D-Bus layer fails to start (keyring's ``InitError``)."""

    error = InitError


class LockedKeyring(_Failing):
    """A locked keychain (or a dismissed unlock prompt)."""

    error = KeyringLocked
