"""Process hardening: a crash must not write the secrets to disk, other programs must not read them.

Called first thing by the GUI (:func:`gui.app.run`) and by every command-line command that may
touch a secret (:func:`gui.cli.main`; not ``simulator``, which holds only fake keys). Qt-free,
cheap (well under a millisecond), never fails: what could not be applied is logged and reported.

What it does, per system, and why not more:

- **Every POSIX system**: ``RLIMIT_CORE`` soft and hard limit 0: no core file, even where the
  user's shell or systemd allows them (a ``kill -SEGV`` wrote a 124 MB core holding the keys).
- **Linux**: ``prctl(PR_SET_DUMPABLE, 0)``: no core dump through ``core_pattern`` pipes
  (systemd-coredump, apport) either, and ``/proc/PID/mem``, ``environ``, ``maps`` ... become
  readable by root only: another program of the same user can no longer read the process's
  memory or attach a debugger (ptrace) unless it is privileged.
- **macOS**: only the core limit. ``ptrace(PT_DENY_ATTACH)`` is not used: it stops only
  debuggers that use ptrace (not ``task_for_pid``, which the hardened runtime of a signed app
  already restricts), it is a well-known one-line bypass for anyone with a debugger anyway, and it
  kills crash reporting and makes the app undebuggable for its developers. The signed .app's
  hardened runtime (no ``get-task-allow`` entitlement) is the proper protection.
- **Windows**: ``WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP)``: a Windows Error Reporting dump
  of a crash holds no heap (where the keys live); ``SetErrorMode(SEM_NOGPFAULTERRORBOX |
  SEM_FAILCRITICALERRORS)``: no crash dialog waiting with the process (and its memory) alive.
  Excluding the app from WER for good (``WerAddExcludedApplication``) is not done: it writes a
  registry key that outlives the app. Denying other same-user processes ``PROCESS_VM_READ``
  through the process DACL (as KeePassXC does) is not done either: it cannot be tested here and a
  same-user process can rewrite that DACL anyway.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
WER_FAULT_REPORTING_FLAG_NOHEAP = 1
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002


@dataclass(frozen=True)
class Hardening:
    """What :func:`harden_process` applied (``applied``) and what failed (``failed``)."""

    applied: tuple[str, ...] = ()
    failed: tuple[str, ...] = field(default=())


def _no_core_files() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _libc() -> ctypes.CDLL:
    """The C library's symbols as the process has them loaded (``dlopen(NULL)``): no
    ``ctypes.util.find_library``, which runs ``ldconfig`` (~15 ms with its import, at every
    start)."""
    libc = ctypes.CDLL(None, use_errno=True)
    if hasattr(libc, "prctl"):
        return libc
    from ctypes.util import find_library  # no dynamic symbols here: look the library up

    return ctypes.CDLL(find_library("c") or "libc.so.6", use_errno=True)


def _not_dumpable() -> None:
    if _libc().prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_DUMPABLE) failed")


def is_dumpable() -> bool | None:
    """Linux: the process's dumpable flag (``prctl(PR_GET_DUMPABLE)``); None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    return bool(_libc().prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def _windows_error_reporting() -> None:  # pragma: no cover - Windows only
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    result = kernel32.WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP)
    if result != 0:  # an HRESULT: S_OK is 0
        raise OSError(result, "WerSetFlags failed")
    mode = kernel32.GetErrorMode()
    kernel32.SetErrorMode(mode | SEM_NOGPFAULTERRORBOX | SEM_FAILCRITICALERRORS)


def harden_process() -> Hardening:
    """Applies what this system offers (see the module's description); never raises."""
    steps = []
    if sys.platform == "win32":  # pragma: no cover - Windows only
        steps.append(("windows error reporting without heap", _windows_error_reporting))
    else:
        steps.append(("RLIMIT_CORE=0", _no_core_files))
        if sys.platform.startswith("linux"):
            steps.append(("PR_SET_DUMPABLE=0", _not_dumpable))
    applied: list[str] = []
    failed: list[str] = []
    for name, step in steps:
        try:
            step()
        except (OSError, ValueError, AttributeError) as exc:
            log.warning("process hardening: %s not applied (%s)", name, type(exc).__name__)
            failed.append(name)
        else:
            applied.append(name)
    log.debug("process hardening: %s", ", ".join(applied) or "nothing")
    return Hardening(tuple(applied), tuple(failed))
