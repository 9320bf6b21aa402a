"""Process hardening: no core file, and no other process of the same user reads the memory.

Every test runs the hardened code in a fresh subprocess (hardening is for life). The cross-process
tests run both the hardened process and the reader as an unprivileged user (uid 65534 through
``setpriv``): the test suite runs as root, and root may read any process's memory anyway. Each
one has a control run without hardening, which the same reader CAN read, so the test can fail.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux /proc and prctl")
NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
# What the unprivileged reader starts its target with: it must be able to execute it itself
# (a venv's interpreter may live under /root, which uid 65534 cannot enter). Only the standard
# library and gui/hardening.py are needed there.
TARGET_PYTHON = shutil.which("python3", path="/usr/local/bin:/usr/bin:/bin") or sys.executable


def _can_run_as_nobody() -> bool:
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        return False
    probe = subprocess.run(
        [*NOBODY, TARGET_PYTHON, "-c", "import gui.hardening"],
        cwd=ROOT,
        capture_output=True,
        timeout=30,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    return probe.returncode == 0


as_nobody = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not _can_run_as_nobody(),
    reason="needs root, setpriv and a checkout readable by uid 65534",
)


def _unlimited_cores() -> None:
    """The child starts with core files allowed, so a limit of 0 proves the hardening."""
    hard = resource.getrlimit(resource.RLIMIT_CORE)[1]
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


@linux
def test_after_hardening_no_core_and_not_dumpable() -> None:
    code = (
        "import json\n"
        "from gui.hardening import harden_process, is_dumpable\n"
        "before = is_dumpable()\n"
        "result = harden_process()\n"
        "limits = [l for l in open('/proc/self/limits') if l.startswith('Max core file size')]\n"
        "print(json.dumps({'before': before, 'after': is_dumpable(),\n"
        "                  'applied': result.applied, 'failed': result.failed,\n"
        "                  'limits': limits[0].split()}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
        preexec_fn=_unlimited_cores,  # sets a limit in the child only
    )
    result = json.loads(out.stdout)
    assert result["before"] is True
    assert result["after"] is False
    assert result["applied"] == ["RLIMIT_CORE=0", "PR_SET_DUMPABLE=0"]
    assert result["failed"] == []
    assert result["limits"][4:6] == ["0", "0"]  # Max core file size <soft> <hard> bytes


READER = r"""
import json, os, subprocess, sys
secret = "S3CRET-" + os.urandom(6).hex()
target = subprocess.Popen(
    [sys.argv[2], "-c", sys.argv[1]],
    stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    env={**os.environ, "OKX_PASSPHRASE": secret},
)
assert target.stdout.readline().strip() == "ready"
found = {}
for name in ("environ", "mem", "maps"):
    try:
        with open(f"/proc/{target.pid}/{name}", "rb") as handle:
            data = handle.read(1 << 20) if name != "mem" else b""
        found[name] = "secret" if secret.encode() in data else "readable"
    except PermissionError:
        found[name] = "denied"
target.stdin.close()
target.wait(10)
print(json.dumps(found))
"""

TARGET = "import sys\n{harden}print('ready', flush=True)\nsys.stdin.read()\n"


def _read_sibling(harden: bool) -> dict[str, str]:
    target = TARGET.format(
        harden="from gui.hardening import harden_process\nharden_process()\n" if harden else ""
    )
    out = subprocess.run(
        [*NOBODY, sys.executable, "-c", READER, target, TARGET_PYTHON],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT), "HOME": "/tmp"},
        check=True,
    )
    result: dict[str, str] = json.loads(out.stdout)
    return result


@as_nobody
def test_another_process_of_the_same_user_cannot_read_the_memory() -> None:
    control = _read_sibling(harden=False)
    assert control == {"environ": "secret", "mem": "readable", "maps": "readable"}
    hardened = _read_sibling(harden=True)
    assert hardened == {"environ": "denied", "mem": "denied", "maps": "denied"}


def _owner_and_core_limit(pid: int) -> tuple[int, str]:
    owner = (Path("/proc") / str(pid) / "environ").stat().st_uid
    limits = (Path("/proc") / str(pid) / "limits").read_text()
    core = next(line for line in limits.splitlines() if line.startswith("Max core file size"))
    return owner, core.split()[4]


def _started(argv: list[str], tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    home = tmp_path / "home"
    home.mkdir(mode=0o777)
    home.chmod(0o777)
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(home),
        "QT_QPA_PLATFORM": "offscreen",
    }
    process = subprocess.Popen(
        [*NOBODY, sys.executable, "-m", "gui", *argv],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        preexec_fn=_unlimited_cores,  # sets a limit in the child only
    )
    try:
        yield process
    finally:
        process.kill()
        process.wait(10)
        if process.stdin is not None:
            process.stdin.close()


def _settles_to(process: subprocess.Popen[str], hardened: bool) -> tuple[int, str]:
    """Polls the process until it shows the hardening (or 20 s pass; then its last state)."""
    deadline = time.monotonic() + 20
    state = _owner_and_core_limit(process.pid)
    while time.monotonic() < deadline and hardened and state != (0, "0"):
        time.sleep(0.05)
        state = _owner_and_core_limit(process.pid)
    if not hardened:
        time.sleep(1.5)  # long enough for the command to have hardened itself, if it did
        state = _owner_and_core_limit(process.pid)
    return state


@as_nobody
@pytest.mark.parametrize(
    ("argv", "hardened"),
    [
        (["check"], True),  # waits at the "API key:" prompt
        (["--simulator"], True),  # the GUI
        (["simulator"], False),  # fake keys only: left as it is
    ],
)
@pytest.mark.slow
def test_entry_points_harden_themselves(tmp_path: Path, argv: list[str], hardened: bool) -> None:
    for process in _started(argv, tmp_path):
        owner, core = _settles_to(process, hardened)
        assert process.poll() is None, "the command ended early"
        if hardened:
            assert (owner, core) == (0, "0")  # /proc/PID files belong to root: not dumpable
        else:
            assert owner == 65534
            assert core != "0"
