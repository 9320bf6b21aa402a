"""The program started without standard streams, as Windows starts the windowed build
(PyInstaller ``console=False``: ``sys.stdin``, ``sys.stdout`` and ``sys.stderr`` are ``None``).

The subprocess tests close descriptors 0-2 before Python starts, which makes Python set all
three (and ``sys.__stdout__`` & co.) to ``None`` exactly as that build does. Every subcommand is
taken from the real parser, so a command added later is covered without touching this file.
"""

from __future__ import annotations

import argparse
import io
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from gui import __version__, streams
from gui.cli import build_parser


def subcommands(parser: argparse.ArgumentParser) -> list[str]:
    return sorted(
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    )


COMMANDS = subcommands(build_parser())
RUNS = [
    ["--self-test"],
    ["--version"],
    ["--help"],
    *([name] for name in COMMANDS),
    *([name, "--help"] for name in COMMANDS),
]


def run_without_streams(args: list[str], tmp_path: Path) -> tuple[int, str]:
    """Runs ``python -m gui ARGS`` with descriptors 0-2 closed; returns the exit status and the
    report file's text ("" when there is none)."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    environ = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    environ |= {"HOME": str(home), "XDG_STATE_HOME": str(tmp_path / "state")}
    result = subprocess.run(
        ["sh", "-c", 'exec "$@" <&- >&- 2>&-', "sh", sys.executable, "-m", "gui", *args],
        capture_output=True,
        timeout=120,
        env=environ,
    )
    assert result.stdout == result.stderr == b""  # the closed descriptors stayed closed
    report = tmp_path / "state" / "okx-key-manager" / "log" / streams.REPORT_FILE_NAME
    return result.returncode, report.read_text(encoding="utf-8") if report.exists() else ""


def test_the_parser_has_the_known_commands() -> None:
    assert {"check", "simulator"} <= set(COMMANDS)


@pytest.mark.slow
@pytest.mark.parametrize("args", RUNS, ids=" ".join)
def test_no_command_crashes_without_standard_streams(args: list[str], tmp_path: Path) -> None:
    status, report = run_without_streams(args, tmp_path)
    assert "Traceback" not in report, report
    assert report.strip(), "the output went nowhere"
    assert status in (0, 1, 2), report
    if args == ["--self-test"]:
        assert status == 0, report
        assert report.splitlines()[-1] == "self-test: ok"
    elif args == ["--version"]:
        assert (status, report) == (0, f"OKX Key Manager {__version__}\n")
    elif args[-1] == "--help":
        assert status == 0
        assert report.startswith(f"usage: okx-key-manager {' '.join(args[:-1])}".rstrip())
    elif args[0] not in streams.REPORT_FILE_COMMANDS:
        assert status == 2
        assert f"okx-key-manager {args[0]}: this program has no console" in report
        assert "okx-key-manager-cli" in report


@pytest.mark.slow
@pytest.mark.parametrize("command", COMMANDS)
def test_no_command_crashes_on_an_empty_standard_input(command: str, tmp_path: Path) -> None:
    """The windowed program attached to a terminal reads nothing: its stdin is empty, and a
    command that asks for something must end cleanly (EOF), whatever it is."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("OKX_", "QT_QPA"))}
    environ |= {"HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path / "state")}
    try:
        result = subprocess.run(
            [sys.executable, "-m", "gui", command],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=8,
            env=environ,
        )
    except subprocess.TimeoutExpired as still_running:  # a server (simulator): it did not crash
        stderr = still_running.stderr or b""
        text = stderr.decode(errors="replace") if isinstance(stderr, bytes) else stderr
        assert "Traceback" not in text, text
        return
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode in (0, 1, 2), result.stdout + result.stderr


def test_an_allowed_command_writes_its_whole_report(tmp_path: Path) -> None:
    status, report = run_without_streams(["check", "--simulator", "healthy"], tmp_path)
    assert status == 0, report
    assert "Result: connected." in report
    report_file = tmp_path / "state" / "okx-key-manager" / "log" / streams.REPORT_FILE_NAME
    assert stat.S_IMODE(report_file.stat().st_mode) == 0o600


@contextmanager
def without_streams(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Sets the three streams to None (inside the test's body: pytest's output capture sets them
    between phases) and closes afterwards what the test's ``prepare`` opened."""
    for name in ("stdin", "stdout", "stderr"):
        monkeypatch.setattr(sys, name, None)
    try:
        yield
    finally:
        for stream in {id(s): s for s in (sys.stdout, sys.stderr) if s is not None}.values():
            if isinstance(stream, streams.ReportFile) or getattr(stream, "name", "") == os.devnull:
                stream.close()
        for name in ("stdin", "stdout", "stderr"):
            monkeypatch.setattr(sys, name, None)  # until monkeypatch puts pytest's back


def test_streams_that_are_there_are_left_alone() -> None:
    before = (sys.stdin, sys.stdout, sys.stderr)
    result = streams.prepare(attach=lambda: pytest.fail("attached"))
    assert (sys.stdin, sys.stdout, sys.stderr) == before
    assert result.report is None
    assert result.may_run("simulator")


def test_a_parent_console_takes_the_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    console = io.StringIO()
    with without_streams(monkeypatch):
        result = streams.prepare(attach=lambda: console, report_path=lambda: tmp_path / "r.txt")
        assert sys.stdout is sys.stderr is console
        assert sys.stdin.read() == ""  # nothing is read from a console the shell also reads
    assert result.report is None
    assert result.may_run("simulator")
    assert not (tmp_path / "r.txt").exists()


def test_the_app_leaves_the_parent_console(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    console = io.StringIO()
    detached: list[bool] = []
    with without_streams(monkeypatch):
        result = streams.prepare(
            attach=lambda: console,
            report_path=lambda: tmp_path / "r.txt",
            detach=lambda: detached.append(True),
        )
        result.opening_app()  # closing the terminal must not end the app
        assert getattr(sys.stdout, "name", None) == getattr(sys.stderr, "name", None) == os.devnull
    assert console.closed
    assert detached == [True]


def test_without_a_console_the_output_goes_to_a_private_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    path = tmp_path / "logs" / "report.txt"
    path.parent.mkdir()
    path.write_text("an older report\n", encoding="utf-8")
    path.chmod(0o644)
    with without_streams(monkeypatch):
        result = streams.prepare(attach=lambda: None, report_path=lambda: path, notify=told.append)
        assert isinstance(sys.stdout, streams.ReportFile)
        assert sys.stderr is sys.stdout
        assert path.read_text(encoding="utf-8") == "an older report\n"  # until the first write
        assert result.may_run("check")
        assert not result.may_run("simulator")
        assert not result.may_run("a-command-added-later")
        print("line one", flush=True)
        assert result.refuse("simulator") == 2
        assert result.finish(2) == path
    text = path.read_text(encoding="utf-8")
    assert text.startswith("line one\nokx-key-manager simulator: this program has no console")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert told == [f"OKX Key Manager wrote its output to\n{path}\n(exit status 2)."]


def test_opening_the_app_sends_stray_output_nowhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    path = tmp_path / "report.txt"
    with without_streams(monkeypatch):
        result = streams.prepare(attach=lambda: None, report_path=lambda: path, notify=told.append)
        result.opening_app()
        print("a stray warning", file=sys.stderr, flush=True)
        assert getattr(sys.stdout, "name", None) == getattr(sys.stderr, "name", None) == os.devnull
        assert result.finish(0) is None
    assert not path.exists()
    assert told == []


def test_a_crash_is_written_into_the_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    path = tmp_path / "report.txt"

    def broken() -> int:
        raise LookupError("what broke")

    with without_streams(monkeypatch):
        result = streams.prepare(attach=lambda: None, report_path=lambda: path, notify=told.append)
        assert result.run(broken) == 1
    text = path.read_text(encoding="utf-8")
    assert text.startswith("Traceback (most recent call last):")
    assert "LookupError: what broke" in text
    assert told == [f"OKX Key Manager wrote its output to\n{path}\n(exit status 1)."]


def test_only_a_missing_stderr_does_not_restrict_the_commands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = io.StringIO()
    with without_streams(monkeypatch):
        sys.stdout = out
        result = streams.prepare(attach=lambda: None, report_path=lambda: tmp_path / "r.txt")
        assert sys.stdout is out
        assert isinstance(sys.stderr, streams.ReportFile)
    assert result.may_run("simulator")
