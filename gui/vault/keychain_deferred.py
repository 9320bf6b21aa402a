"""A keychain store whose keychain is chosen and probed at its first use, not at opening.

The list needs only the index file (and the balance cache): choosing keyring's backend and
asking it a first question cost ~60–70 ms and up to the probe's timeout when the keychain does
not answer. :class:`DeferredKeychainStore` lets the list show first; the first call that needs
the keychain — the consistency scan right after the list, a check, a copy — opens it, and a
keychain that does not work then raises :class:`~gui.vault.errors.KeychainUnavailable` there.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from gui.vault.keychain import KeychainStore
from gui.vault.keychain_backend import KeyringLike
from gui.vault.keychain_items import KeychainItems, items_for
from gui.vault.store import SERVICE


class _NotOpenYet:
    """Stands in for the backend until the first call that needs the keychain."""

    def get_password(self, service: str, username: str) -> str | None:
        raise AssertionError("the keychain is opened before its first use")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("the keychain is opened before its first use")

    def delete_password(self, service: str, username: str) -> None:
        raise AssertionError("the keychain is opened before its first use")


class DeferredKeychainStore(KeychainStore):
    """A :class:`KeychainStore` whose backend comes from ``open_backend`` at its first use."""

    def __init__(
        self, data_dir: Path, open_backend: Callable[[], KeyringLike], *, service: str = SERVICE
    ) -> None:
        self._open_backend = open_backend
        self._opened: KeyringLike | None = None
        self._opened_items: KeychainItems | None = None
        self._opening = threading.Lock()
        super().__init__(data_dir, _NotOpenYet(), service=service)

    def _open(self) -> KeyringLike:
        with self._opening:
            if self._opened is None:
                backend = self._open_backend()  # raises KeychainUnavailable
                self._opened_items = items_for(backend)
                self._opened = backend
            return self._opened

    @property
    def backend(self) -> KeyringLike:
        return self._open()

    @backend.setter
    def backend(self, _value: KeyringLike) -> None:
        """Set by KeychainStore.__init__ to the stand-in; the real one comes at first use."""

    @property
    def items(self) -> KeychainItems | None:
        self._open()
        return self._opened_items

    @items.setter
    def items(self, _value: KeychainItems | None) -> None:
        """Set by KeychainStore.__init__; known once the keychain is open."""

    @property
    def opened(self) -> bool:
        """Whether the keychain has been chosen and probed yet."""
        return self._opened is not None
