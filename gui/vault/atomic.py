"""Crash-safe file replacement: the old file or the new one, never a mix.

Write a temporary file in the same directory, fsync it, rename it over the target, fsync the
directory. Files are created with mode 0600 and directories with 0700. Any ``OSError`` becomes
:class:`~gui.vault.errors.ReadOnlyDataDir` naming the directory and the system's reason.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from gui.vault.errors import ReadOnlyDataDir

log = logging.getLogger(__name__)


def ensure_dir(directory: Path) -> None:
    """Creates ``directory`` (0700) with its parents; raises ReadOnlyDataDir if it cannot."""
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not directory.is_dir():
            raise NotADirectoryError(20, "Not a directory")
    except OSError as exc:
        raise ReadOnlyDataDir(directory, exc.strerror or type(exc).__name__) from None


def atomic_write(path: Path, data: bytes) -> None:
    """Replaces ``path`` with ``data`` atomically and durably (mode 0600)."""
    directory = path.parent
    ensure_dir(directory)
    temp = directory / f".{path.name}.{os.urandom(6).hex()}.tmp"  # as secrets.token_hex(6)
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, path)
        _fsync_dir(directory)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        log.warning("could not write %s: %s", path, exc.strerror or type(exc).__name__)
        raise ReadOnlyDataDir(directory, exc.strerror or type(exc).__name__) from None


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":  # Windows cannot open directories; ReplaceFile is durable enough
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stale_temps(directory: Path, name: str) -> None:
    """Deletes temporary files a killed writer of ``name`` left behind (best effort)."""
    with contextlib.suppress(OSError):
        for temp in directory.glob(f".{name}.*.tmp"):
            with contextlib.suppress(OSError):
                temp.unlink()
