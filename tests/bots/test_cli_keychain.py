"""The key commands with the system keychain (a private Secret Service, started by
tests/with-secret-service): add against the simulator, list, run, env — no vault password."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gui.okx.simulator import Simulator
from tests.bots.conftest import ROOT

pytestmark = [
    pytest.mark.keychain,
    pytest.mark.skipif(
        os.environ.get("OKX_KM_TEST_SECRET_SERVICE") != "1",
        reason="no private Secret Service: run `make test` (tests/with-secret-service)",
    ),
]


def _cli(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("OKX_API")}
    environment.update(XDG_DATA_HOME=str(tmp_path / "data"), PYTHONPATH=str(ROOT), **env)
    return subprocess.run(
        [sys.executable, "-m", "gui", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        cwd=tmp_path,
    )


def test_add_list_run_with_the_keychain(tmp_path: Path, simulator: Simulator) -> None:
    key = simulator.key("healthy").credentials
    creds = {
        "OKX_API_KEY": key.api_key,
        "OKX_SECRET_KEY": key.secret_key,
        "OKX_PASSPHRASE": key.passphrase,
    }
    added = _cli(tmp_path, "add", "--label", "desk bot", "--base-url", simulator.base_url,
                 "--allow-non-okx-host", **creds)  # fmt: skip
    assert added.returncode == 0, added.stderr
    try:
        listed = _cli(tmp_path, "list", "--json")
        assert [r["label"] for r in json.loads(listed.stdout)] == ["desk bot"]
        code = "import os; print(os.environ['OKX_SECRET_KEY'] == os.environ['EXPECTED'])"
        ran = _cli(
            tmp_path,
            "run",
            "desk bot",
            "--as",
            "okx",
            "--",
            sys.executable,
            "-c",
            code,
            EXPECTED=key.secret_key,
        )
        assert (ran.returncode, ran.stdout) == (0, "True\n"), ran.stderr
        assert "Password" not in ran.stderr  # the keychain asks for no vault password
    finally:
        from gui.connections.stores import open_keychain_store

        store = open_keychain_store(tmp_path / "data" / "okx-key-manager")
        for connection in store.list():
            store.delete(connection.id)


def test_list_says_when_keys_wait_in_the_keychain_and_restores_them(
    tmp_path: Path, simulator: Simulator
) -> None:
    # Issue 17: the index was lost; the keys are still in the keychain. `list` used to say
    # "No saved connections" and nothing else.
    key = simulator.key("healthy").credentials
    creds = {
        "OKX_API_KEY": key.api_key,
        "OKX_SECRET_KEY": key.secret_key,
        "OKX_PASSPHRASE": key.passphrase,
    }
    added = _cli(tmp_path, "add", "--label", "waiting bot", "--base-url", simulator.base_url,
                 "--allow-non-okx-host", **creds)  # fmt: skip
    assert added.returncode == 0, added.stderr
    data = tmp_path / "data" / "okx-key-manager"
    try:
        (data / "connections.json").unlink()
        listed = _cli(tmp_path, "list")
        assert listed.returncode == 0, listed.stderr
        assert "No saved connections" not in listed.stdout
        assert "wait in the keychain" in listed.stderr
        assert "okx-key-manager list --restore" in listed.stderr
        restored = _cli(tmp_path, "list", "--restore", "--json")
        assert restored.returncode == 0, restored.stderr
        assert "waiting bot" in [r["label"] for r in json.loads(restored.stdout)]
        again = _cli(tmp_path, "list")
        assert "wait in the keychain" not in again.stderr
    finally:
        from gui.connections.stores import open_keychain_store

        store = open_keychain_store(data)
        store.restore_unlisted()
        for connection in store.list():
            store.delete(connection.id)
