"""Removing found keys from their file, everything else kept as it was; and where copies remain.

:func:`without_keys` computes the new text: a JSON string becomes ``""`` (freqtrade and
passivbot then take the keys from the environment ``run`` gives them), a ``config.toml`` profile
loses its three lines, a ``.env`` line becomes a comment naming the saved connection, a compose
entry keeps only its name (compose then passes the variable on from ``run``'s environment).
Comments, spacing, order and line endings stay. The result is checked (it still parses, the
secrets are gone) before :func:`replace_file` writes it atomically: a temporary file in the same
folder, fsync, rename — no plain-text copy is left behind.

:func:`exposures` says where the old text may survive: git history, a synced folder.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shlex
import subprocess
import tomllib
from collections.abc import Mapping, Sequence
from enum import StrEnum
from pathlib import Path

from gui.bots.findings import Field, Finding, Kind
from gui.bots.lenient_json import JsonError, parse

BOM = "\ufeff"
SYNC_FOLDERS = frozenset(
    {"dropbox", "onedrive", "google drive", "googledrive", "my drive", "icloud drive",
     "mobile documents", "nextcloud", "owncloud", "pcloud drive", "mega", "box sync", "seafile",
     "sync", "syncthing", "resilio sync"}
)  # fmt: skip
SYNC_MARKERS = (".stfolder", ".dropbox", ".dropbox.cache", ".sync", ".nextcloudsync.log")


class RewriteFailed(Exception):  # noqa: N818 - reads as the condition
    """The new text would not be right (it no longer parses, or a secret is still there)."""


class Exposure(StrEnum):
    GIT_TRACKED = "git-tracked"  # tracked by git now: history and clones hold the key
    GIT_HISTORY = "git-history"  # not tracked now, but in the history of the repository
    SYNCED = "synced"  # in a folder a sync service copies elsewhere


def _replacement(finding: Finding, which: Field, name: str, label: str, first: bool) -> str:
    if finding.kind in (Kind.FREQTRADE, Kind.PASSIVBOT):
        return '""'
    if finding.kind is Kind.COMPOSE:
        return ""
    if finding.kind is Kind.OKX_TOML:
        if not first:
            return ""
        return (
            f"# api_key, secret_key, passphrase: saved in OKX Key Manager as “{label}”; "
            f"start the kit with: okx-key-manager run {shlex.quote(label)} --as okx -- okx …"
        )
    return f"# {name}: saved in OKX Key Manager as “{label}” (okx-key-manager run)"


def without_keys(text: str, findings: Sequence[Finding], labels: Mapping[int, str]) -> str:
    """``text`` without the values of ``findings``; ``labels[i]`` names where findings[i] was
    saved. Raises RewriteFailed when the result would be wrong."""
    edits: list[tuple[int, int, str]] = []
    for index, finding in enumerate(findings):
        ordered = sorted(finding.values, key=lambda v: v.start)
        for position, value in enumerate(ordered):
            replacement = _replacement(
                finding, value.field, value.name, labels[index], position == 0
            )
            if finding.kind is Kind.OKX_TOML and replacement:  # the line's indent and ending
                line = text[value.start : value.end]
                ending = line[len(line.rstrip("\r\n")) :]
                replacement = line[: len(line) - len(line.lstrip())] + replacement + ending
            edits.append((value.start, value.end, replacement))
    edits.sort(reverse=True)
    result = text
    previous_start = len(text) + 1
    for start, end, replacement in edits:
        if end > previous_start:
            raise RewriteFailed("overlapping values")
        result = result[:start] + replacement + result[end:]
        previous_start = start
    _check(result, findings)
    return result


def _check(result: str, findings: Sequence[Finding]) -> None:
    kinds = {f.kind for f in findings}
    try:
        if kinds & {Kind.FREQTRADE, Kind.PASSIVBOT}:
            parse(result)
        if Kind.OKX_TOML in kinds:
            tomllib.loads(result)
    except (JsonError, tomllib.TOMLDecodeError) as exc:
        raise RewriteFailed(f"the file would no longer parse ({type(exc).__name__})") from None
    for finding in findings:
        for value in finding.values:
            if value.field is not Field.PASSPHRASE and value.value in result:
                raise RewriteFailed("a key would still be in the file (it appears twice)")


def replace_file(path: Path, text: str, *, bom: bool, secrets_left: bool) -> None:
    """Replaces the file ``path`` points to (a symbolic link stays) with ``text``, atomically.

    The mode stays, unless ``secrets_left`` (keys that failed their check are still in it):
    then 0600. The owner stays when we may set it. Raises OSError."""
    real = path.resolve()
    info = real.stat()
    mode = 0o600 if secrets_left else info.st_mode & 0o7777
    temp = real.with_name(f".{real.name}.{secrets.token_hex(6)}.tmp")
    data = ((BOM if bom else "") + text).encode("utf-8")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(temp, mode)
        if hasattr(os, "chown") and (info.st_uid, info.st_gid) != (os.getuid(), os.getgid()):
            with contextlib.suppress(OSError):
                os.chown(temp, info.st_uid, info.st_gid)
        os.replace(temp, real)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    if os.name == "posix":
        folder = os.open(real.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def _git(folder: Path, *args: str) -> subprocess.CompletedProcess[str] | None:
    try:
        return subprocess.run(  # noqa: S603 - fixed arguments
            ["git", "-C", str(folder), *args],  # noqa: S607 - git from PATH, as the user runs it
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None


def exposures(path: Path) -> set[Exposure]:
    """Where copies of the file's old text may remain."""
    real = path.resolve()
    found: set[Exposure] = set()
    tracked = _git(real.parent, "ls-files", "--error-unmatch", "--", real.name)
    if tracked is not None and tracked.returncode == 0:
        found.add(Exposure.GIT_TRACKED)
    else:
        history = _git(real.parent, "log", "--all", "--format=%h", "-n", "1", "--", real.name)
        if history is not None and history.returncode == 0 and history.stdout.strip():
            found.add(Exposure.GIT_HISTORY)
    for folder in real.parents:
        name = folder.name.lower()
        named = name in SYNC_FOLDERS or name.startswith("onedrive")
        if named or any((folder / marker).exists() for marker in SYNC_MARKERS):
            found.add(Exposure.SYNCED)
    return found
