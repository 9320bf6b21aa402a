"""After Lock no secret is reachable from a live Python object of the app: the driver runs a
whole session (check all, copy, backup, the wizard with a second key typed in and checked),
locks, and walks gc.get_objects() — in its own process, so this test run's simulator and
fixtures, which hold the same fake keys, are not counted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

DRIVER = Path(__file__).with_name("gc_driver.py")


@pytest.mark.slow
def test_no_secret_is_reachable_from_python_objects_after_lock() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, str(DRIVER)], capture_output=True, text=True, timeout=120, env=env
    )
    assert out.returncode == 0, out.stderr[-2000:]
    counts = dict(line.split(" ", 1) for line in out.stdout.splitlines())
    # the walk finds the secrets while the wizard holds them: it can see them...
    assert int(counts["before-lock"].split()[0]) >= 1
    # ... and finds none once locked
    assert counts["after-lock"].split() == ["0"], counts["after-lock"]
