"""Fixtures for the bots tests: the session's simulator, a store in memory, a check against
the simulator, and the command line run as a user runs it, headless by default."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from gui.bots.migrate import CheckFn
from gui.connections.checking import check_key
from gui.connections.environment import OkxTarget
from gui.okx.check import ConnectionReport
from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.okx.simulator import Simulator
from gui.vault.keychain import KeychainStore
from gui.vault.memory import MemoryKeyring

ROOT = Path(__file__).resolve().parents[2]
VAULT_PASSWORD = "correct horse battery staple 42"


@pytest.fixture
def store(tmp_path: Path) -> KeychainStore:
    return KeychainStore(tmp_path / "data", MemoryKeyring(), service="bots-test")


@pytest.fixture
def check(simulator: Simulator) -> CheckFn:
    target = OkxTarget(simulator.base_urls, timeout=5.0)

    def run(credentials: Credentials, region: Region, environment: Environment) -> ConnectionReport:
        return check_key(credentials, region, environment, target)

    return run


def wrong(credentials: Credentials) -> Credentials:
    """The same API key with a wrong secret key: the check fails on the signature."""
    return Credentials(
        credentials.api_key, "0123456789ABCDEF0123456789ABCDEF", credentials.passphrase
    )


def headless_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of a server: no D-Bus session, keyring's refusing backend, the app's
    data in a temporary folder."""
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "OKX_", "PYTHON_KEYRING"))
    }
    env.update(
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        XDG_DATA_HOME=str(tmp_path / "xdg-data"),
        PYTHONPATH=str(ROOT),
    )
    env.update(extra)
    return env


Cli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    """Runs ``okx-key-manager ARGS`` (as ``python -m gui``) headless; ``env`` adds variables."""

    def run(
        *args: str,
        env: dict[str, str] | None = None,
        cwd: Path | None = None,
        stdin: str | None = None,
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "gui", *args],
            capture_output=True,
            text=True,
            timeout=120,
            env=headless_env(tmp_path, **(env or {})),
            cwd=cwd or tmp_path,
            input=stdin,
        )

    return run


@pytest.fixture
def password_file(tmp_path: Path) -> Path:
    path = tmp_path / "vault-password"
    path.write_text(VAULT_PASSWORD + "\n")
    path.chmod(0o600)
    return path
