"""Starting the user's command with a tool's variables in its environment only.

By default the command *replaces* this process (``exec`` on POSIX): its exit status, signals,
terminal, ``sd_notify`` and process id are its own, nothing of ours stays in memory, and no
secret is ever in an argument or a file. With ``mask`` (and always on Windows, which has no
``exec``) the command runs as a child: its exit status is passed through (``128 + N`` when a
signal N ended it, as shells do), SIGTERM and SIGHUP are forwarded, and with ``mask`` its stdout
and stderr go through :class:`Masker`, which replaces the secrets with a marker, as
1Password's ``op run`` does by default.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, BinaryIO, NoReturn

if TYPE_CHECKING:  # the child's plumbing is imported when a child is spawned (start-up time)
    import subprocess

MARKER = b"<concealed by okx-key-manager>"
MIN_MASKED = 4  # shorter values would garble ordinary output
HOLD_SECONDS = 0.1  # a possible start of a secret is held back at most this long
EXIT_NOT_EXECUTABLE = 126
EXIT_NOT_FOUND = 127


# PyInstaller's bootloader points these at the bundle and keeps the user's value in NAME_ORIG:
# a command started from the frozen app must get the user's own back, or it may load our libraries.
LIBRARY_PATHS = ("LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH", "LIBPATH")


def child_environment(
    base: Mapping[str, str], added: Mapping[str, str], *, frozen: bool
) -> dict[str, str]:
    """``base`` (this process's environment) with ``added`` on top; when ``frozen``, the library
    search paths as they were before the bundle's bootloader changed them."""
    env = dict(base)
    if frozen:
        for name in LIBRARY_PATHS:
            original = env.pop(f"{name}_ORIG", None)
            if original is not None:
                env[name] = original
            else:
                env.pop(name, None)
    env.update(added)
    return env


class CommandNotFound(Exception):  # noqa: N818 - reads as the condition
    def __init__(self, command: str, executable: bool) -> None:
        super().__init__(command)
        self.command = command
        # True when a file was found but cannot be executed (exit 126 rather than 127).
        self.not_executable = executable


def resolve(command: Sequence[str], env: Mapping[str, str]) -> str:
    """The program to start, searched on the child's PATH; raises CommandNotFound."""
    program = command[0]
    found = shutil.which(program, path=env.get("PATH", os.defpath))
    if found is not None:
        return found
    exists = os.path.exists(program) if os.sep in program else False
    raise CommandNotFound(program, executable=exists)


class Masker:
    """Replaces secrets in a byte stream, even when one is split between two reads.

    :meth:`feed` returns what can be written now; a tail that could be the start of a secret is
    held until more data arrives or :meth:`flush` is called."""

    def __init__(self, secrets: Iterable[str], marker: bytes = MARKER) -> None:
        values = {s.encode() for s in secrets if len(s) >= MIN_MASKED}
        self._secrets = sorted(values, key=len, reverse=True)
        self._marker = marker
        self._held = b""

    @property
    def holding(self) -> bool:
        return bool(self._held)

    def feed(self, data: bytes) -> bytes:
        buffer = self._held + data
        for secret in self._secrets:
            buffer = buffer.replace(secret, self._marker)
        keep = self._partial_tail(buffer)
        self._held = buffer[len(buffer) - keep :] if keep else b""
        return buffer[: len(buffer) - keep]

    def flush(self) -> bytes:
        held, self._held = self._held, b""
        return held

    def _partial_tail(self, buffer: bytes) -> int:
        """Length of the longest end of ``buffer`` that begins a secret."""
        longest = 0
        for secret in self._secrets:
            for size in range(min(len(secret) - 1, len(buffer)), longest, -1):
                if buffer.endswith(secret[:size]):
                    longest = size
                    break
        return longest


def _pump(source: BinaryIO, target: BinaryIO, masker: Masker) -> None:
    """Copies ``source`` to ``target`` through ``masker``; a held tail is written after
    HOLD_SECONDS of silence, so a prompt is never held back for long."""
    import queue
    import threading

    chunks: queue.Queue[bytes] = queue.Queue()

    def read() -> None:
        fd = source.fileno()
        while True:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                chunk = b""
            chunks.put(chunk)
            if not chunk:
                return

    reader = threading.Thread(target=read, name="okx-km-mask-read", daemon=True)
    reader.start()
    while True:
        try:
            chunk = chunks.get(timeout=HOLD_SECONDS if masker.holding else None)
        except queue.Empty:
            target.write(masker.flush())
            target.flush()
            continue
        out = masker.feed(chunk) if chunk else masker.flush()
        with contextlib.suppress(OSError, ValueError):
            target.write(out)
            target.flush()
        if not chunk:
            break
    reader.join()


class ExecFailed(Exception):  # noqa: N818 - reads as the condition
    """The system refused to start the program: ``status`` 126 or 127 as a shell gives, and a
    message saying why and what to do."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _first_line(program: str) -> bytes:
    try:
        with open(program, "rb") as handle:
            return handle.readline(512)
    except OSError:
        return b""


def exec_failure(program: str, exc: OSError) -> ExecFailed:
    """What a shell would say, and its status, for ``exc`` raised starting ``program``."""
    import errno

    first = _first_line(program)
    if first.startswith(b"#!"):
        interpreter = first[2:].strip().split(b" ")[0].decode("utf-8", "replace")
        if first.rstrip(b"\n").endswith(b"\r"):
            return ExecFailed(
                EXIT_NOT_EXECUTABLE,
                f"{program} cannot be started: its #! line ends with a Windows line break (CR), "
                "so the system looks for an interpreter whose name ends in CR. Convert the file "
                f"to Unix line endings (e.g. dos2unix {program}).",
            )
        if exc.errno == errno.ENOENT:
            return ExecFailed(
                EXIT_NOT_EXECUTABLE,
                f"{program} cannot be started: its interpreter {interpreter} (on its #! line) "
                "does not exist. Fix that line, or start it as: INTERPRETER " + program,
            )
        if exc.errno in (errno.EACCES, errno.ENOEXEC, errno.EPERM):
            return ExecFailed(
                EXIT_NOT_EXECUTABLE,
                f"{program} cannot be started: its interpreter {interpreter} (on its #! line) "
                "is not a program that can be executed.",
            )
    if exc.errno == errno.ENOEXEC:
        return ExecFailed(
            EXIT_NOT_EXECUTABLE,
            f"{program} is not a program the system can start: a script needs a first line "
            "such as #!/bin/sh or #!/usr/bin/env python3 (or name its interpreter before it).",
        )
    if exc.errno == errno.ENOENT:
        return ExecFailed(EXIT_NOT_FOUND, f"{program} was not found.")
    return ExecFailed(EXIT_NOT_EXECUTABLE, f"{program} cannot be executed: {exc.strerror or exc}.")


def exec_command(program: str, command: Sequence[str], env: Mapping[str, str]) -> NoReturn:
    """Replaces this process with the command (POSIX); raises ExecFailed when the system
    refuses it."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    try:
        os.execve(program, list(command), dict(env))  # noqa: S606 - the user's own command
    except OSError as exc:
        raise exec_failure(program, exc) from None


def spawn_command(
    program: str,
    command: Sequence[str],
    env: Mapping[str, str],
    mask: Iterable[str] = (),
    cwd: str | None = None,
) -> int:
    """Runs the command as a child and returns its exit status (128 + N after signal N);
    raises ExecFailed when the system refuses to start it.

    With ``mask`` values, its stdout and stderr are copied through a :class:`Masker` each."""
    import signal
    import subprocess
    import threading

    secrets = tuple(mask)
    pipe = subprocess.PIPE if secrets else None
    try:
        child = subprocess.Popen(  # noqa: S603 - the user's own command
            [program, *command[1:]], env=dict(env), stdout=pipe, stderr=pipe, cwd=cwd
        )
    except OSError as exc:
        raise exec_failure(program, exc) from None
    forwarded = _forward_signals(child)
    pumps: list[threading.Thread] = []
    try:
        if secrets:
            for source, target in ((child.stdout, sys.stdout), (child.stderr, sys.stderr)):
                assert source is not None
                sink = getattr(target, "buffer", None) or os.fdopen(os.dup(target.fileno()), "wb")
                pump = threading.Thread(
                    target=_pump, args=(source, sink, Masker(secrets)), name="okx-km-mask"
                )
                pump.start()
                pumps.append(pump)
        while True:
            try:
                status = child.wait()
                break
            except KeyboardInterrupt:  # the terminal sent SIGINT to the child too; wait for it
                continue
        for pump in pumps:
            pump.join()
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    finally:
        for signum, previous in forwarded.items():
            signal.signal(signum, previous)
    return 128 - status if status < 0 else status


def _forward_signals(child: subprocess.Popen[bytes]) -> dict[int, Any]:
    import signal
    import threading

    previous: dict[int, Any] = {}
    if threading.current_thread() is not threading.main_thread():
        return previous

    def forward(signum: int, _frame: object) -> None:
        # SIGINT goes on as SIGTERM: a child whose output is piped (--mask) may be in another
        # state than at a terminal, and every bot here stops cleanly on SIGTERM.
        sent = signal.SIGTERM if signum == signal.SIGINT and os.name == "posix" else signum
        with contextlib.suppress(OSError):
            child.send_signal(sent)

    names = ("SIGTERM", "SIGHUP", "SIGINT") if os.name == "posix" else ("SIGINT",)
    for name in names:
        signum = getattr(signal, name)
        handler = forward if os.name == "posix" or name != "SIGINT" else signal.SIG_IGN
        previous[signum] = signal.signal(signum, handler)
    return previous
