"""A keyring backend kept in a dict.

The app's ``--simulator`` mode stores its fake keys here, so they never reach the real keychain;
pure unit tests use it as a stand-in for the keychain (``calls`` records what was asked).
"""

from __future__ import annotations

import threading

from keyring.errors import PasswordDeleteError


class MemoryKeyring:
    """``get_password`` / ``set_password`` / ``delete_password`` over a dict, thread-safe."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}
        self.calls: list[tuple[str, str]] = []  # (operation, username), in order
        self._lock = threading.Lock()

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            self.calls.append(("get", username))
            return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            self.calls.append(("set", username))
            self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            self.calls.append(("delete", username))
            if self.items.pop((service, username), None) is None:
                raise PasswordDeleteError("Password not found")
