"""Standard streams for a program started without them (the windowed Windows program).

PyInstaller (5.7 and later) starts a ``console=False`` program the way Windows starts
``pythonw.exe``: ``sys.stdin``, ``sys.stdout`` and ``sys.stderr`` are ``None`` unless the caller
redirected them, so ``print(..., flush=True)``, ``stream.flush()`` or ``input()`` would crash.
``gui.cli.main`` calls :func:`prepare` before anything else, so every command finds real streams:

1. On Windows, the program attaches to the console of the process that started it (a terminal)
   when there is one, and writes there. It reads nothing from it: a terminal does not wait for a
   windowed program, so questions would race the shell for the keyboard. Opening the app (no
   command) leaves that console again, or closing the terminal would end the app.
2. Otherwise the missing output streams write to a report file,
   ``<user log folder>/command-report.txt`` (created at the first write, readable by the user
   only), and :meth:`Streams.finish` says where it is (a message box on Windows).

Standard input, when missing, is empty: a question ends as if the user typed nothing. With its
output going to a file only ``--self-test``, ``--version``, ``--help`` and the commands in
:data:`REPORT_FILE_COMMANDS` run, because none prints or asks for a secret; any other command
(the ones that do, and every new one until listed) stops with a message naming the console
program, ``okx-key-manager-cli``, which ships beside the windowed one. Opening the app (no
command) sends stray output nowhere.

On Linux and macOS the streams are missing only when a caller closed them; the descriptors 0-2
are then pointed at ``/dev/null`` too, so that no C library writes into a file opened later.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from gui import __app_id__, __app_name__

# The report file's name, in the user log folder (platformdirs' ``user_log_dir``).
REPORT_FILE_NAME = "command-report.txt"

# Subcommands allowed to run when their output can only go to the report file: they print no
# secret and need no answer. Options (``--self-test``, ``--version``, ``--help``) always may.
REPORT_FILE_COMMANDS = frozenset({"check"})

# The console program beside the windowed one (build.spec builds both into one folder).
CONSOLE_PROGRAM = f"{__app_id__}-cli"


def default_report_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(__app_id__, appauthor=False)) / REPORT_FILE_NAME


class ReportFile(io.TextIOBase):
    """A text stream into ``path``: the file is created (owner-only, emptied) at the first write,
    so a run that prints nothing leaves no file."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: TextIO | None = None

    @property
    def encoding(self) -> str:  # type: ignore[override]  # TextIOBase's is read-only too
        return "utf-8"

    @property
    def written(self) -> bool:
        return self._file is not None

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if self._file is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
            descriptor = os.open(self.path, flags, 0o600)
            if hasattr(os, "fchmod"):
                os.fchmod(descriptor, 0o600)  # an older report may have other permissions
            self._file = open(descriptor, "w", encoding="utf-8", errors="replace")  # noqa: SIM115
        return self._file.write(text)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        super().close()  # flushes first
        if self._file is not None:
            self._file.close()


def _plug_closed_descriptors() -> None:
    """Points closed descriptors 0-2 at /dev/null (POSIX), so that files opened later do not get
    them and C code writing to "stderr" writes nowhere instead of into one of those files."""
    for descriptor in (0, 1, 2):
        try:
            os.fstat(descriptor)
        except OSError:
            opened = os.open(os.devnull, os.O_RDWR)
            if opened != descriptor:  # a lower one was free after all: keep the order intact
                os.dup2(opened, descriptor)
                os.close(opened)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only (the workflow)
    import ctypes

    def attach_parent_console() -> TextIO | None:
        """Attaches to the console of the parent process (a terminal that started the windowed
        program) and returns a stream writing to it. None when the parent has none (started
        from Explorer, a shortcut, the Run dialog)."""
        attach_parent_process = 0xFFFFFFFF  # ATTACH_PARENT_PROCESS, (DWORD)-1
        if not ctypes.windll.kernel32.AttachConsole(attach_parent_process):
            return None
        try:
            console = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
        except OSError:
            ctypes.windll.kernel32.FreeConsole()
            return None
        console.write("\n")  # the shell has already printed its next prompt on this line
        return console

    def detach_console() -> None:
        """Leaves the terminal's console, which would otherwise end the app when it closes."""
        ctypes.windll.kernel32.FreeConsole()

    def show_where(message: str) -> None:
        """Says where the report went: a message box (there is no console)."""
        mb_iconinformation, mb_setforeground = 0x40, 0x10000
        ctypes.windll.user32.MessageBoxW(
            None, message, __app_name__, mb_iconinformation | mb_setforeground
        )

else:

    def attach_parent_console() -> TextIO | None:
        """Only Windows starts a program without streams: elsewhere a caller closed them."""
        return None

    def detach_console() -> None:
        """Nothing was attached."""

    def show_where(message: str) -> None:
        """Streams closed by the caller: there is nowhere to say where the report went."""


class Streams:
    """What :func:`prepare` found and did: ``report`` is set when output goes to the file,
    ``console`` when it goes to the terminal that started the program."""

    def __init__(
        self,
        report: ReportFile | None = None,
        *,
        restricted: bool = False,
        console: TextIO | None = None,
        notify: Callable[[str], None] = show_where,
        detach: Callable[[], None] = detach_console,
    ) -> None:
        self.report = report
        self.restricted = restricted  # standard output goes to the report file
        self.console = console
        self.notify = notify
        self.detach = detach

    def may_run(self, command: str) -> bool:
        return not self.restricted or command in REPORT_FILE_COMMANDS

    def refuse(self, command: str) -> int:
        """Prints why ``command`` does not run here and returns exit status 2."""
        program = CONSOLE_PROGRAM + (".exe" if sys.platform == "win32" else "")
        print(
            f"{__app_id__} {command}: this program has no console to show the command's output "
            f"or ask its questions, and the output is not written to a file because it may "
            f"hold secrets. Run the command in a terminal with {program}, the console program "
            f"in the same folder.",
            file=sys.stderr,
        )
        return 2

    def opening_app(self) -> None:
        """The app opens (no command): stray output goes nowhere rather than to the report, and
        the app leaves a terminal's console (closing the terminal would end the app)."""
        missing = self.console if self.console is not None else self.report
        if missing is None or (self.report is not None and self.report.written):
            return
        sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the app
        if sys.stdout is missing:
            sys.stdout = sink
        if sys.stderr is missing:
            sys.stderr = sink
        if self.console is not None:
            self.console.close()
            self.console = None
            self.detach()
        self.report = None

    def run(self, command: Callable[[], int]) -> int:
        """Runs ``command`` (the parsing included); with a report file, a crash's traceback is
        written into it and the user told where it is."""
        if self.report is None:
            return command()
        status: int | str | None = 1
        try:
            status = command()
        except SystemExit as exit_:  # --help, --version, a usage error
            status = exit_.code
            raise
        except Exception:
            import traceback

            traceback.print_exc()  # into the report: the only place anyone can read it
            status = 1
        finally:
            self.finish(status)
        return status if isinstance(status, int) else 1

    def finish(self, status: int | str | None) -> Path | None:
        """Flushes the report and tells where it is; returns its path (None: no report)."""
        if self.report is None or not self.report.written:
            return None
        self.report.flush()
        code = status if isinstance(status, int) else (0 if status is None else 2)
        self.notify(
            f"{__app_name__} wrote its output to\n{self.report.path}\n(exit status {code})."
        )
        return self.report.path


def prepare(
    *,
    attach: Callable[[], TextIO | None] = attach_parent_console,
    report_path: Callable[[], Path] = default_report_path,
    notify: Callable[[str], None] = show_where,
    detach: Callable[[], None] = detach_console,
) -> Streams:
    """Gives ``sys.stdin``, ``sys.stdout`` and ``sys.stderr`` a stream each (see the module)."""
    if sys.stdin is not None and sys.stdout is not None and sys.stderr is not None:
        return Streams()
    if os.name == "posix":
        _plug_closed_descriptors()
    if sys.stdin is None:
        sys.stdin = io.StringIO("")
    if sys.stdout is not None and sys.stderr is not None:
        return Streams()
    console = attach()
    if console is not None:
        if sys.stdout is None:
            sys.stdout = console
        if sys.stderr is None:
            sys.stderr = console
        return Streams(console=console, detach=detach)
    restricted = sys.stdout is None
    report = ReportFile(report_path())
    if sys.stdout is None:
        sys.stdout = report
    if sys.stderr is None:
        sys.stderr = report
    return Streams(report, restricted=restricted, notify=notify)
