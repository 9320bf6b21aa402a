"""passivbot started directly: its ``api-keys.json`` in memory, for the run only.

passivbot (outside its container) reads ``api-keys.json`` from its working folder, several
times during a run, and takes no environment variable. ``run --as passivbot`` then writes the
file, mode 0600, in a private folder of ``$XDG_RUNTIME_DIR`` — a memory-backed (tmpfs) folder
only this user can open, emptied at logout — links ``./api-keys.json`` to it for the run, and
removes both when passivbot exits. It refuses when there is no such folder (a key must never
land on a disk) or when the working folder already has an ``api-keys.json`` of its own.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import stat
import tempfile
from collections.abc import Mapping
from pathlib import Path

from gui.okx.signing import Credentials

API_KEYS_NAME = "api-keys.json"
MEMORY_FILESYSTEMS = frozenset({"tmpfs", "ramfs"})


class RuntimeFileRefused(Exception):  # noqa: N818 - reads as the condition
    """No safe place for the file; the message says why and what to do."""


def filesystem_type(path: Path) -> str | None:
    """The type of the filesystem ``path`` is on (Linux: /proc/self/mountinfo), or None."""
    try:
        text = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    real = str(path.resolve())
    best, kind = "", None
    for line in text.splitlines():
        fields = line.split(" ")
        if " - " not in line or len(fields) < 5:
            continue
        mount = fields[4].replace("\\040", " ")
        after = line.split(" - ", 1)[1].split(" ")
        inside = real == mount or real.startswith(mount.rstrip("/") + "/")
        if inside and len(mount) >= len(best):
            best, kind = mount, after[0]
    return kind


def private_runtime_folder(env: Mapping[str, str]) -> Path:
    """``$XDG_RUNTIME_DIR`` when it is a memory-backed folder only this user can open."""
    given = env.get("XDG_RUNTIME_DIR", "")
    if not given:
        raise RuntimeFileRefused(
            "passivbot reads its key from a file, and there is no private memory-backed folder "
            "to put it in: XDG_RUNTIME_DIR is not set (a login session or systemd's "
            "RuntimeDirectory= sets it). Set it, or run passivbot in its container with the "
            "PB_* variables."
        )
    folder = Path(given)
    try:
        info = folder.stat()
    except OSError:
        raise RuntimeFileRefused(f"XDG_RUNTIME_DIR ({folder}) does not exist.") from None
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        raise RuntimeFileRefused(
            f"XDG_RUNTIME_DIR ({folder}) is not a folder only you can open (owner you, mode "
            "0700): passivbot's key was not written there."
        )
    kind = filesystem_type(folder)
    if kind not in MEMORY_FILESYSTEMS:
        raise RuntimeFileRefused(
            f"XDG_RUNTIME_DIR ({folder}) is on a disk ({kind or 'unknown filesystem'}), not in "
            "memory (tmpfs): passivbot's key was not written there."
        )
    return folder


def api_keys_document(user: str, credentials: Credentials) -> dict[str, dict[str, str]]:
    return {
        user: {
            "exchange": "okx",
            "key": credentials.api_key,
            "secret": credentials.secret_key,
            "passphrase": credentials.passphrase,
        }
    }


class ApiKeysFile:
    """``with ApiKeysFile(working_folder, user, credentials, env):`` — the file exists, linked
    from ``working_folder/api-keys.json``, until the block ends."""

    def __init__(
        self, working_folder: Path, user: str, credentials: Credentials, env: Mapping[str, str]
    ) -> None:
        self.link = working_folder / API_KEYS_NAME
        if self.link.exists() or self.link.is_symlink():
            raise RuntimeFileRefused(
                f"{self.link} already exists: passivbot would read that file, not the saved key. "
                "Move the entries it still needs elsewhere and remove it, then start passivbot "
                "through run again."
            )
        self.runtime = private_runtime_folder(env)
        self.user = user
        self.credentials = credentials
        self.folder: Path | None = None

    def __enter__(self) -> Path:
        self.folder = Path(tempfile.mkdtemp(prefix="okx-km-passivbot-", dir=self.runtime))
        target = self.folder / API_KEYS_NAME
        data = json.dumps(api_keys_document(self.user, self.credentials), indent=2).encode()
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, data)
        finally:
            os.close(fd)
        try:
            os.symlink(target, self.link)
        except OSError as exc:
            self._remove()
            raise RuntimeFileRefused(
                f"Cannot link {self.link} to the key's file: {exc.strerror or exc}."
            ) from None
        return target

    def _remove(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    def __exit__(self, *_exc: object) -> None:
        with contextlib.suppress(OSError):
            if self.link.is_symlink():
                self.link.unlink()
        self._remove()
