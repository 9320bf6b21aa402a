"""A process killed at random moments while saving never corrupts the index or loses a key.

The work happens in ``kill_driver.py`` (a subprocess that forks workers and SIGKILLs them); this
test runs it and checks its summary. POSIX only (fork, SIGKILL).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROUNDS = 200


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="needs fork and SIGKILL")
def test_random_kills_during_saves(tmp_path: Path) -> None:
    driver = Path(__file__).with_name("kill_driver.py")
    out = subprocess.run(
        [sys.executable, str(driver), str(tmp_path), str(ROUNDS), "11"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    summary = json.loads(out.stdout.strip().splitlines()[-1])
    assert summary["first_failures"] == []
    assert summary["failures"] == 0
    assert summary["rounds"] == ROUNDS
    # The kills really landed inside operations, and operations really committed between them.
    assert summary["killed_mid_operation"] > ROUNDS // 2
    assert summary["operations_committed"] > ROUNDS
