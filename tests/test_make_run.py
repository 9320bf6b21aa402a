"""Issue 12, defect 15: `make run` the first time says what it is doing before pip's silence."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
@pytest.mark.parametrize("target", ["run", "pytest"])
def test_a_fresh_checkout_hears_what_make_does_first(tmp_path: Path, target: str) -> None:
    venv = tmp_path / "venv"  # none yet: as in a fresh clone; -n runs nothing
    out = subprocess.run(
        ["make", "-n", f"VENV={venv}", target],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = out.splitlines()
    install = next(i for i, line in enumerate(lines) if "pip" in line and "install" in line)
    told = [line for line in lines[:install] if line.startswith("echo") and "installing" in line]
    assert told and "few minutes" in told[0]
    assert any("creating the virtual environment" in line for line in lines[:install])
