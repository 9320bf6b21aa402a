"""An inter-process lock around each change, so two running copies of the app (or the app and
its command line) never overwrite each other's index or vault file.

Every change is read → modify → atomic write. Without a lock, two processes adding at the same
time could each write an index missing the other's new connection, leaving that key in the
keychain with no record anywhere. The lock is an advisory lock on a small file next to the data
(``flock`` on POSIX, ``msvcrt.locking`` on Windows), released when the change ends or the process
dies. Reading needs no lock: files are replaced atomically.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from gui.vault.atomic import ensure_dir
from gui.vault.errors import ReadOnlyDataDir


@contextmanager
def exclusive(path: Path) -> Iterator[None]:
    """Holds an exclusive lock on ``path`` (created, mode 0600) for the ``with`` block."""
    ensure_dir(path.parent)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise ReadOnlyDataDir(path.parent, exc.strerror or type(exc).__name__) from None
    try:
        _lock(fd)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # retries for ~10 s, then OSError
                return
            except OSError:
                continue

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class ChangeLock:
    """A store's lock for changes: one thread at a time in this process (re-entrant), one
    process at a time across processes (the file lock, taken by the outermost level only)."""

    def __init__(self, path: Path, thread_lock: threading.RLock) -> None:
        self.path = path
        self._thread_lock = thread_lock  # the store's own lock, shared with its readers
        self._depth = 0

    @contextmanager
    def __call__(self) -> Iterator[None]:
        with self._thread_lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            with exclusive(self.path):
                self._depth = 1
                try:
                    yield
                finally:
                    self._depth = 0
