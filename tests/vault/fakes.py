"""Small stand-ins for collaborators of the vault stores (pure unit tests only).

- MemoryKeyring: a keyring backend in a dict (gui.vault.memory, also the --simulator store).
- DirKeyring: a keyring backend in a directory (one file per item, atomic), shared by processes.
- FlakyKeyring: wraps a backend and fails (or "crashes") at its N-th call.
- FlakyWriter: an index writer that fails (or "crashes") at its N-th write.

"Crash" raises :class:`Crash`, a BaseException the stores never catch: the state left behind is
the state a process killed at that step would leave.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from keyring.errors import KeyringLocked, PasswordDeleteError

from gui.vault.atomic import atomic_write
from gui.vault.memory import MemoryKeyring

__all__ = ["Crash", "DirKeyring", "FlakyKeyring", "FlakyWriter", "MemoryKeyring"]


class Crash(BaseException):
    """Simulated sudden death of the process."""


class DirKeyring:
    """Items as files named by a hash of (service, username); survives a killed process."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)

    def _path(self, service: str, username: str) -> Path:
        return self.directory / hashlib.sha256(f"{service}\0{username}".encode()).hexdigest()

    def get_password(self, service: str, username: str) -> str | None:
        try:
            return self._path(service, username).read_text(encoding="utf-8")
        except FileNotFoundError:
            return None

    def set_password(self, service: str, username: str, password: str) -> None:
        atomic_write(self._path(service, username), password.encode())

    def delete_password(self, service: str, username: str) -> None:
        try:
            os.unlink(self._path(service, username))
        except FileNotFoundError:
            raise PasswordDeleteError("Password not found") from None


@dataclass
class FlakyKeyring:
    """Fails the ``fail_at``-th call (0-based) and, if ``sticky``, every later one."""

    inner: MemoryKeyring
    fail_at: int = -1
    crash: bool = False
    sticky: bool = False
    count: int = 0
    failed: list[str] = field(default_factory=list)

    def _tick(self, name: str) -> None:
        n = self.count
        self.count += 1
        if n == self.fail_at or (self.sticky and 0 <= self.fail_at <= n):
            self.failed.append(name)
            if self.crash:
                raise Crash(name)
            raise KeyringLocked(f"injected failure in {name}")

    def get_password(self, service: str, username: str) -> str | None:
        self._tick("get")
        return self.inner.get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._tick("set")
        self.inner.set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self._tick("delete")
        self.inner.delete_password(service, username)


@dataclass
class FlakyWriter:
    """An index writer failing its ``fail_at``-th write (0-based), like a full disk would."""

    fail_at: int = -1
    crash: bool = False
    sticky: bool = False
    count: int = 0

    def __call__(self, path: Path, data: bytes) -> None:
        n = self.count
        self.count += 1
        if n == self.fail_at or (self.sticky and 0 <= self.fail_at <= n):
            if self.crash:
                raise Crash("write")
            raise OSError(28, "No space left on device")
        atomic_write(path, data)
