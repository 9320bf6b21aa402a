"""Issue 21, items 7 and 8: the manager and "Use with…" fit the screen (1600×1000 at
QT_SCALE_FACTOR=2 among others), and at the default size with a vault file Lock and Settings
stay on the toolbar, not in its overflow.

Each case runs tests/manager/scale_probe.py in a fresh process on an offscreen screen of the given
size (Qt reads the scale and the screen only when it starts).
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
    ("width", "height", "scale", "language"),
    [
        (1600, 1000, "2", "en"),
        (1600, 1000, "2", "zh_CN"),
        (1366, 768, "1", "en"),
        (1920, 1080, "1", "zh_TW"),
    ],
)
def test_the_manager_fits_the_screen(
    tmp_path: Path, width: int, height: int, scale: str, language: str
) -> None:
    config = tmp_path / "screen.json"
    screen = {"name": "S", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = dict(os.environ)
    env |= {"QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": scale}
    out = subprocess.run(
        [sys.executable, str(PROBE), language],
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
    assert report["problems"] == []
    assert report["size"][0] <= logical[0] and report["size"][1] <= logical[1]
    if scale == "1":  # the default size: wide enough for the whole toolbar
        assert report["overflow"] == []
        assert report["size"][0] >= 1000
