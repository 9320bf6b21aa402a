"""Defect 7: at QT_SCALE_FACTOR=2 the wizard fits a 1600×1000 screen; pages scroll, nothing is cut.

Each case runs tests/wizard/scale_probe.py in a fresh process on an offscreen screen of the given
size, walks every page with the simulator and reads what falls off the screen or is cut.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("scale_probe.py")
ROOT = PROBE.parents[2]


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(1600, 1000, "2"), (1280, 720, "1"), (1920, 1080, "1.5")],
)
@pytest.mark.slow
def test_every_page_fits_the_screen(tmp_path: Path, width: int, height: int, scale: str) -> None:
    config = tmp_path / "screen.json"
    screen = {"name": "S", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = dict(os.environ)
    env |= {"QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": scale}
    out = subprocess.run(
        [sys.executable, str(PROBE)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    report = json.loads(out.stdout.strip().splitlines()[-1])
    logical = [round(width / float(scale)), round(height / float(scale))]
    assert report["screen"] == logical
    assert report["size"][0] <= logical[0] and report["size"][1] <= logical[1]
    assert set(report["pages"]) == {
        "start",
        "prepare",
        "create_key",
        "enter_keys",
        "verify",
        "done",
    }
    assert {page: problems for page, problems in report["pages"].items() if problems} == {}
