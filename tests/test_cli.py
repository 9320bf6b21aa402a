"""The command line as a user runs it."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from gui import __version__


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gui", *args], capture_output=True, text=True, timeout=60
    )


def test_version_prints_the_package_version() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"OKX Key Manager {__version__}"


def test_help_describes_the_app() -> None:
    result = _run("--help")
    assert result.returncode == 0
    assert "okx-key-manager" in result.stdout
    assert "Run without arguments to open the app" in " ".join(result.stdout.split())


def test_unknown_option_is_refused() -> None:
    result = _run("--no-such-option")
    assert result.returncode == 2
    assert "unrecognized arguments" in result.stderr


def test_a_subcommands_mistake_shows_that_subcommands_usage() -> None:
    for words, usage in (
        (["check", "--no-such-option"], "usage: okx-key-manager check [-h] [--region"),
        (["list", "--no-such-option"], "usage: okx-key-manager list [-h] [--json]"),
    ):
        result = _run(*words)
        assert result.returncode == 2
        assert result.stderr.startswith(usage), result.stderr
        assert f"okx-key-manager {words[0]}: error: unrecognized arguments: --no-such-option" in (
            result.stderr
        )
        assert "COMMAND ..." not in result.stderr  # not the top-level usage
    top = _run("--no-such-option")  # before any command: the top level's own
    assert top.stderr.startswith("usage: okx-key-manager [-h] [--version]")


def test_run_without_the_double_dash_says_where_it_goes() -> None:
    result = _run("run", "bot", "--as", "freqtrade", "freqtrade", "trade", "--config", "c.json")
    assert result.returncode == 2
    assert result.stderr.startswith("usage: okx-key-manager run LABEL --as TOOL")
    assert (
        "okx-key-manager run: error: unrecognized arguments: freqtrade trade --config c.json\n"
        in (result.stderr)
    )
    assert result.stderr.endswith(
        "put -- before the bot's command: okx-key-manager run LABEL --as TOOL -- freqtrade trade "
        "--config c.json\n"
    )
    # the same hint when argparse stops earlier (no --as either)
    early = _run("run", "bot", "freqtrade", "trade")
    assert "the following arguments are required: --as" in early.stderr
    assert "put -- before the bot's command:" in early.stderr
    # with the --, no hint: the command goes on (here to a vault file that does not exist)
    with_dashes = _run(
        "run", "bot", "--as", "freqtrade", "--vault", "/nonexistent/x.okxvault", "--", "true"
    )
    assert with_dashes.returncode == 4, with_dashes.stderr
    assert "put --" not in with_dashes.stderr


def test_check_lists_the_unchecked_rows_after_the_failing_one() -> None:
    result = _run("check", "--simulator", "wrong-ip")
    assert result.returncode == 1
    rows = [line for line in result.stdout.splitlines() if line.startswith("  [")]
    tags = [row.split("]")[0].strip(" [") for row in rows]
    assert tags == ["ok", "ok", "ok", "FAIL"] + ["-"] * 8, rows
    assert "IP binding" in rows[3]
    assert all("Not checked: an earlier step failed." in row for row in rows[4:])


def test_no_arguments_opens_the_app_without_building_the_parser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A double-click: the parser (~8 ms of every start) is not built; --simulator still opens
    # the app through it
    import gui.app
    from gui import cli

    opened: list[bool] = []
    built: list[object] = []
    real = cli.build_parser

    def run(simulator: bool) -> int:
        opened.append(simulator)
        return 0

    def build_parser(wanted: set[str]) -> Any:
        built.append(wanted)
        return real(wanted)

    monkeypatch.setattr(gui.app, "run", run)
    monkeypatch.setattr(cli, "build_parser", build_parser)
    assert cli.main([]) == 0
    assert opened == [False] and built == []
    assert cli.main(["--simulator"]) == 0
    assert opened == [False, True] and len(built) == 1
