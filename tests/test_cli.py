"""The command line as a user runs it."""

from __future__ import annotations

import subprocess
import sys

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
