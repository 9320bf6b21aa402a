"""The system keychain as the stores see it: three keyring calls, one way to fail, a timed probe.

Every exception a keyring backend raises — keyring's own (``NoKeyringError``, ``InitError``,
``KeyringLocked``...), but also what the layers below raise (jeepney's ``DBusErrorResponse``,
``secretstorage`` errors, ``OSError``, Windows' ``pywintypes.error``) — becomes
:class:`~gui.vault.errors.KeychainUnavailable`, whose message offers the encrypted vault file and
never shows an exception name (the name goes to the log only).

A Secret Service that is activatable but cannot start makes D-Bus wait up to its activation
timeout (measured: 120 s) before failing. :func:`open_system_keychain` and
:func:`probe_keychain` therefore run in a worker thread and give up after
:data:`PROBE_TIMEOUT` seconds; the abandoned thread is a daemon that ends with D-Bus' own timeout.
"""

from __future__ import annotations

import logging
import secrets
import sys
import threading
from collections.abc import Callable
from typing import Protocol, TypeVar

from gui.vault.errors import KeychainFault, KeychainUnavailable

log = logging.getLogger(__name__)

T = TypeVar("T")

PROBE_TIMEOUT = 5.0
"""Seconds a keychain has to answer the probe at start-up."""


class KeyringLike(Protocol):
    """The three calls of a ``keyring`` backend this store uses."""

    def get_password(self, service: str, username: str) -> str | None: ...

    def set_password(self, service: str, username: str, password: str) -> None: ...

    def delete_password(self, service: str, username: str) -> None: ...


def fault_of(exc: BaseException) -> KeychainFault:
    """What to tell the user about ``exc`` (any exception a backend raised)."""
    from keyring.errors import KeyringLocked, NoKeyringError

    if isinstance(exc, NoKeyringError):
        return KeychainFault.MISSING
    if isinstance(exc, KeyringLocked):
        return KeychainFault.LOCKED
    if isinstance(exc, TimeoutError):
        return KeychainFault.TIMEOUT
    return KeychainFault.FAILED


def keychain_failure(action: str, exc: BaseException) -> KeychainUnavailable:
    """The error for a failed keychain ``action``; logs the exception's class name only."""
    name = type(exc).__name__
    log.warning("keychain %s failed: %s", action, name)
    return KeychainUnavailable(name, fault=fault_of(exc))


def call_with_timeout(action: Callable[[], T], timeout: float, what: str) -> T:
    """``action()`` in a daemon thread; :class:`KeychainUnavailable` if it fails or takes longer
    than ``timeout`` seconds (the thread is then abandoned, its result dropped)."""
    done = threading.Event()
    outcome: list[T] = []
    failure: list[BaseException] = []

    def work() -> None:
        try:
            outcome.append(action())
        except BaseException as exc:
            failure.append(exc)
        finally:
            done.set()

    threading.Thread(target=work, name=f"keychain-{what}", daemon=True).start()
    if not done.wait(timeout):
        log.warning("keychain %s did not answer within %g s", what, timeout)
        raise KeychainUnavailable("timeout", fault=KeychainFault.TIMEOUT, seconds=timeout)
    if failure:
        raise keychain_failure(what, failure[0]) from None
    return outcome[0]


def _probe(backend: KeyringLike, service: str) -> None:
    if type(backend).__module__.startswith("keyring.backends.fail"):
        from keyring.errors import NoKeyringError

        raise NoKeyringError("no usable keyring backend")
    backend.get_password(service, "probe-" + secrets.token_hex(4))


def probe_keychain(backend: KeyringLike, service: str, *, timeout: float = PROBE_TIMEOUT) -> None:
    """Raises :class:`KeychainUnavailable` unless ``backend`` answers a harmless lookup within
    ``timeout`` seconds."""
    call_with_timeout(lambda: _probe(backend, service), timeout, "probe")


def skip_macos_framework_lookup() -> None:
    """Elsewhere than macOS, keyring's macOS backend is never chosen (its priority refuses any
    other system), yet keyring imports it with the others, and that import looks for three
    macOS frameworks with ``ctypes.util.find_library`` — on Linux, ``ldconfig`` and ``gcc``
    subprocesses, ~30 ms of every start that opens the keychain (``run``, the window). Its
    ``api`` module is then marked as absent: keyring catches the ImportError as it catches a
    missing framework, and chooses exactly the backend it chose before."""
    if sys.platform != "darwin":
        sys.modules.setdefault("keyring.backends.macOS.api", None)  # type: ignore[arg-type]


def system_keyring() -> KeyringLike:
    """keyring's backend for this system (keyring's own choice), not probed."""
    skip_macos_framework_lookup()
    import keyring

    backend: KeyringLike = keyring.get_keyring()
    return backend


def open_system_keychain(service: str, *, timeout: float = PROBE_TIMEOUT) -> KeyringLike:
    """The keyring backend of this system, probed: choosing it (which may talk to D-Bus) and one
    lookup both happen within ``timeout`` seconds, or :class:`KeychainUnavailable`."""

    def choose_and_probe() -> KeyringLike:
        backend = system_keyring()
        _probe(backend, service)
        return backend

    return call_with_timeout(choose_and_probe, timeout, "probe")
