"""A D-Bus session whose Secret Service cannot start is "keychain unavailable", quickly.

Each test starts its own ``dbus-run-session`` with a bus configuration written here, whose only
service directory declares ``org.freedesktop.secrets`` as:

- an executable that exits at once (``/bin/false``): D-Bus answers jeepney's
  ``DBusErrorResponse`` "Spawn.ChildExited", which keyring lets through;
- an executable that never claims the name (``sleep``): D-Bus waits for its activation timeout
  (measured 120 s on Debian's default configuration) before failing;
- nothing at all: keyring finds no usable backend (``NoKeyringError``).

The app's real start-up call, ``open_default_store``, runs in a subprocess on that bus; it must
raise ``KeychainUnavailable`` with the vault-file offer and no exception name in its message.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(
    shutil.which("dbus-run-session") is None, reason="needs dbus-run-session (Debian: dbus)"
)

CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir={tmp}</listen>
  <servicedir>{services}</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

OPEN_STORE = """
import json, sys
from pathlib import Path
from gui.vault.errors import KeychainUnavailable
from gui.connections.stores import open_default_store
try:
    open_default_store(Path(sys.argv[1]), timeout=float(sys.argv[2]))
    print(json.dumps({"opened": True}))
except KeychainUnavailable as exc:
    print(json.dumps({"fault": exc.fault.value, "message": str(exc), "reason": exc.reason}))
"""


def open_store_on_a_bus(tmp_path: Path, exec_line: str | None, forced: bool) -> dict[str, str]:
    services = tmp_path / "services"
    services.mkdir()
    if exec_line is not None:
        (services / "org.freedesktop.secrets.service").write_text(
            f"[D-BUS Service]\nName=org.freedesktop.secrets\nExec={exec_line}\n"
        )
    config = tmp_path / "session.conf"
    # A unix socket's path has ~108 bytes at most: the run's own temporary folder is too deep.
    bus = Path(tempfile.mkdtemp(prefix="okx-bus-", dir="/tmp"))
    config.write_text(CONFIG.format(tmp=bus, services=services))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "PYTHON_KEYRING"))}
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")  # no keyringrc.cfg from the user
    env["XDG_CONFIG_HOME"] = str(tmp_path / "xdg-config")
    if forced:  # as tests/with-secret-service does: no fallback to another backend
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.SecretService.Keyring"
    out = subprocess.run(
        [
            "dbus-run-session",
            f"--config-file={config}",
            "--",
            sys.executable,
            "-c",
            OPEN_STORE,
            str(tmp_path / "data"),
            "2",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=env,
        check=False,
    )
    shutil.rmtree(bus, ignore_errors=True)
    assert out.returncode == 0, out.stderr
    result: dict[str, str] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def check_offer(result: dict[str, str], fault: str) -> None:
    assert result.get("fault") == fault, result
    message = result["message"]
    assert "encrypted vault file" in message
    for name in ("DBusErrorResponse", "NoKeyringError", "Spawn", "Error", result["reason"]):
        assert name not in message


@pytest.mark.parametrize("forced", [False, True])
def test_secret_service_that_exits_at_once(tmp_path: Path, forced: bool) -> None:
    result = open_store_on_a_bus(tmp_path, "/bin/false", forced)
    check_offer(result, "failed")
    assert result["reason"] == "DBusErrorResponse"  # what used to reach the user


def test_secret_service_that_never_starts_times_out(tmp_path: Path) -> None:
    # The daemon-to-be never claims its name; its output must not hold our pipe open.
    result = open_store_on_a_bus(
        tmp_path, "/bin/sh -c 'exec sleep 15 >/dev/null 2>&1 </dev/null'", forced=True
    )
    check_offer(result, "timeout")
    assert "did not answer within 2 seconds" in result["message"]


def test_no_secret_service_at_all(tmp_path: Path) -> None:
    result = open_store_on_a_bus(tmp_path, None, forced=False)
    check_offer(result, "missing")
    assert "No system keychain was found" in result["message"]
