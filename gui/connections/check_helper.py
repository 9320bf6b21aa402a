"""The check helper: a process of the app's own that makes the checks of a big "Check all".

Why a process: a run of hundreds of checks keeps up to 100 checks and 300 request threads
busy signing, sending and parsing. In the window's process they all queue for the one
interpreter lock with the GUI thread, and every cell Qt paints calls into Python, so the window
froze for 0.3–0.9 s at a time (benchmarks/check_all.py). In a process of its own the checks
have their own lock (and the second core); the window's process only waits for reports.

What stays in the window's process (:class:`~gui.connections.checkall.CheckAll`): the queue,
the batched read of the keys, the statuses and balances written after each check, the
callbacks. What the helper does: each check itself (:class:`~gui.connections.checkall.
CheckEngine`: one HTTP session, request pool, host clock and OKX pacer for the run).

The two talk over the helper's standard input and output, nothing else: frames of a 4-byte
length and a pickle (both ends are this same program; nothing else writes to those pipes).
The window sends ``("init", base_urls, timeout, concurrency)`` (its target), then
``("check", job, api_key, secret_key, passphrase, region, environment, identity)``,
``("cancel",)`` and ``("close",)``; the helper answers ``("report", job, pickled report,
pacer_waited)`` or ``("error", job, name)``. The key travels only through that pipe (never a
file, an argument or the environment); the helper is hardened first (gui/__main__.py runs
:func:`gui.hardening.harden_process`: no core file, no same-user memory reads) and forgets each
key once its check is done. It ends when its input closes, so it never outlives the window.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import logging
import os
import pickle
import struct
import subprocess
import sys
import threading
from typing import IO, Any, NoReturn

from gui.connections.checkall import CheckEngine
from gui.connections.errors import CheckHelperError
from gui.okx.check import ConnectionReport
from gui.okx.pacing import Pacer
from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.okx.target import OkxTarget

log = logging.getLogger(__name__)

__all__ = ["CheckHelper", "CheckHelperError", "main", "start_helper"]

ARGUMENT = "--check-helper"  # gui/__main__.py starts the helper on it (source and frozen)
_LENGTH = struct.Struct(">I")
MAX_FRAME = 64 * 1024 * 1024


def helper_command() -> list[str]:
    """How to start the helper: the frozen app runs itself with :data:`ARGUMENT`; from source,
    ``python -m gui`` with it."""
    if getattr(sys, "frozen", False):
        return [sys.executable, ARGUMENT]
    return [sys.executable, "-m", "gui", ARGUMENT]


def write_frame(stream: IO[bytes], message: tuple[Any, ...]) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_LENGTH.pack(len(data)) + data)
    stream.flush()


def read_frame(stream: IO[bytes]) -> tuple[Any, ...] | None:
    """The next message, or None at the end of the stream."""
    head = _read_exactly(stream, _LENGTH.size)
    if head is None:
        return None
    (length,) = _LENGTH.unpack(head)
    if length > MAX_FRAME:
        raise ValueError("check helper frame too long")
    data = _read_exactly(stream, length)
    if data is None:
        return None
    message = pickle.loads(data)  # noqa: S301 - from this same program, over its own pipe
    if not isinstance(message, tuple) or not message:
        raise ValueError("check helper sent something else than a message")
    return message


def _read_exactly(stream: IO[bytes], size: int) -> bytes | None:
    chunks: list[bytes] = []
    left = size
    while left:
        chunk = stream.read(left)
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


# --- the window's side ---------------------------------------------------------------------------
class CheckHelper:
    """The window's end of a running helper: :meth:`check` blocks its (worker) thread until the
    helper answers; a helper that stops fails every check waiting on it."""

    def __init__(
        self, target: OkxTarget, concurrency: int, command: list[str] | None = None
    ) -> None:
        self._process = subprocess.Popen(  # noqa: S603 - this program itself
            command or helper_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            close_fds=True,
        )
        assert self._process.stdin is not None and self._process.stdout is not None
        self._input: IO[bytes] = self._process.stdin
        self._output: IO[bytes] = self._process.stdout
        self._send_lock = threading.Lock()
        self._lock = threading.Lock()
        self._waiting: dict[int, cf.Future[ConnectionReport]] = {}
        self._next_job = 0
        self._gone = False
        self.waited = 0.0  # the helper pacer's waits (a figure for benchmarks/check_all.py)
        urls = None if target.base_urls is None else dict(target.base_urls)
        self._send(("init", urls, target.timeout, concurrency))
        self._reader = threading.Thread(target=self._read, name="okx-check-helper", daemon=True)
        self._reader.start()

    @property
    def pid(self) -> int:
        return self._process.pid

    def check(
        self,
        credentials: Credentials,
        region: Region,
        environment: Environment,
        identity: str,
    ) -> ConnectionReport:
        """The report of one check made by the helper (see ``CheckEngine.check``)."""
        future: cf.Future[ConnectionReport] = cf.Future()
        with self._lock:
            if self._gone:
                raise CheckHelperError("helper stopped")
            job = self._next_job
            self._next_job += 1
            self._waiting[job] = future
        self._send(
            (
                "check",
                job,
                credentials.api_key,
                credentials.secret_key,
                credentials.passphrase,
                region,
                environment,
                identity,
            )
        )
        return future.result()

    def cancel(self) -> None:
        """The checks it is making come back cancelled, promptly (``check_connection``)."""
        self._send(("cancel",))

    def close(self) -> None:
        """Lets the helper end (it finishes nothing more: call once the run is done)."""
        self._send(("close",))
        with self._send_lock, contextlib.suppress(OSError):
            self._input.close()

    def wait(self, timeout: float) -> bool:
        """Waits for the helper to end (after :meth:`close`); True when it has."""
        try:
            self._process.wait(timeout)
        except subprocess.TimeoutExpired:
            return False
        return True

    def _send(self, message: tuple[Any, ...]) -> None:
        with self._send_lock:
            try:
                write_frame(self._input, message)
            except (OSError, ValueError):  # it stopped (or its input is closed)
                gone = True
            else:
                gone = False
        if gone:
            self._fail_all()

    def _read(self) -> None:
        try:
            while (message := read_frame(self._output)) is not None:
                self._answer(message)
        except Exception as error:  # a broken frame: nothing after it can be trusted
            log.warning("check helper: %s", type(error).__name__)
        finally:
            self._fail_all()
            self._output.close()
            self._process.wait()

    def _answer(self, message: tuple[Any, ...]) -> None:
        kind, job = message[0], message[1]
        with self._lock:
            future = self._waiting.pop(job, None)
        if future is None:
            return
        if kind != "report":
            future.set_exception(CheckHelperError(str(message[2])))
            return
        self.waited = message[3]
        try:
            report = pickle.loads(message[2])  # noqa: S301 - as in read_frame
        except Exception as error:  # a report this side cannot rebuild: that check's problem
            future.set_exception(CheckHelperError(type(error).__name__))
        else:
            future.set_result(report)

    def _fail_all(self) -> None:
        with self._lock:
            self._gone = True
            waiting, self._waiting = self._waiting, {}
        for future in waiting.values():
            future.set_exception(CheckHelperError("helper stopped"))


def start_helper(target: OkxTarget, concurrency: int) -> CheckHelper:
    """``CheckAll(helper=start_helper)``: the checks of big batches in a helper process."""
    return CheckHelper(target, concurrency)


# --- the helper's side ---------------------------------------------------------------------------
class _Checks:
    """The helper's checks: each on a thread of its own pool, answered as soon as it is done."""

    def __init__(self, target: OkxTarget, concurrency: int, replies: IO[bytes]) -> None:
        self.cancel = threading.Event()
        self.engine = CheckEngine(target, concurrency, Pacer(), self.cancel)
        self.pool = cf.ThreadPoolExecutor(concurrency, "okx-check")
        self._replies = replies
        self._reply_lock = threading.Lock()

    def submit(self, job: int, api_key: str, secret: str, passphrase: str, *where: Any) -> None:
        self.pool.submit(self._check, job, Credentials(api_key, secret, passphrase), where)

    def _check(self, job: int, credentials: Credentials, where: tuple[Any, ...]) -> None:
        try:
            report = self.engine.check(credentials, *where)
            data = pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as error:  # the window shows it as that row's problem
            self._reply(("error", job, type(error).__name__))
        else:
            self._reply(("report", job, data, self.engine.pacer.waited))
        finally:
            del credentials

    def _reply(self, message: tuple[Any, ...]) -> None:
        with self._reply_lock:
            try:
                write_frame(self._replies, message)
            except (OSError, ValueError):
                self.cancel.set()  # the window is gone: stop

    def close(self) -> None:
        self.pool.shutdown(wait=True)
        self.engine.close()


def _stray_output() -> int:
    """Where the helper's own prints go: the app's standard error, or nowhere."""
    try:
        if sys.stderr is not None:
            return sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):
        pass
    return os.open(os.devnull, os.O_WRONLY)


def main() -> NoReturn:
    """The helper process: reads messages from standard input until it closes, then ends.
    Its caller (gui/__main__.py) has hardened the process before (no key has arrived yet)."""
    # By file descriptor: a windowed app (Windows, a macOS .app) may have no sys.stdout or
    # sys.stderr at all, but its descriptors 0 and 1 are the window's pipes.
    replies = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(_stray_output(), 1)  # a stray print cannot break a frame
    requests_in = os.fdopen(os.dup(0), "rb")
    first = read_frame(requests_in)
    if first is None or first[0] != "init":
        os._exit(2)
    checks = _Checks(OkxTarget(first[1], first[2]), first[3], replies)
    closed = False
    try:
        while not closed and (message := read_frame(requests_in)) is not None:
            if message[0] == "check":
                checks.submit(*message[1:])
            elif message[0] == "cancel":
                checks.cancel.set()
            closed = message[0] == "close"
    finally:
        if not closed:  # the window went away without closing: stop what runs
            checks.cancel.set()
        checks.close()
        replies.close()
        # Now, not once the request threads of cancelled checks have their answers (up to a
        # timeout later): nothing is left to do or to write, and nobody waits for those.
        os._exit(0)
