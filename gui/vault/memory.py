"""A keyring backend kept in a dict, which can also search like the Secret Service.

The app's ``--simulator`` mode stores its fake keys here, so they never reach the real keychain;
pure unit tests use it as a stand-in for the keychain (``calls`` records what was asked). Like a
Secret Service item, each entry may carry attributes (:class:`~gui.vault.keychain_items.ItemFacts`)
that :meth:`MemoryKeyring.search` returns without touching a secret.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING

from keyring.errors import PasswordDeleteError

if TYPE_CHECKING:
    from gui.vault.keychain_items import FoundItem, ItemFacts


class MemoryKeyring:
    """``get_password`` / ``set_password`` / ``delete_password`` over a dict, thread-safe, plus
    the :class:`~gui.vault.keychain_items.KeychainItems` calls ``search``, ``write``, ``update``."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}
        self.attributes: dict[tuple[str, str], dict[str, str]] = {}
        self.calls: list[tuple[str, str]] = []  # (operation, username or service), in order
        self._lock = threading.Lock()

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            self.calls.append(("get", username))
            return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            self.calls.append(("set", username))
            self.items[(service, username)] = password
            self.attributes.pop((service, username), None)

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            self.calls.append(("delete", username))
            self.attributes.pop((service, username), None)
            if self.items.pop((service, username), None) is None:
                raise PasswordDeleteError("Password not found")

    def read_secrets(self, service: str, usernames: Iterable[str]) -> dict[str, str]:
        with self._lock:
            self.calls.append(("read_secrets", service))
            return {u: self.items[(service, u)] for u in usernames if (service, u) in self.items}

    def search(self, service: str) -> list[FoundItem]:
        from gui.vault.keychain_items import FoundItem, ItemFacts

        with self._lock:
            self.calls.append(("search", service))
            return [
                FoundItem(user, ItemFacts.from_attributes(self.attributes.get((svc, user), {})))
                for svc, user in self.items
                if svc == service
            ]

    def write(self, service: str, username: str, secret: str, facts: ItemFacts) -> None:
        with self._lock:
            self.calls.append(("set", username))
            self.items[(service, username)] = secret
            self.attributes[(service, username)] = facts.attributes()

    def update(self, service: str, username: str, facts: ItemFacts) -> None:
        with self._lock:
            self.calls.append(("update", username))
            if (service, username) in self.items:
                self.attributes[(service, username)] = facts.attributes()
