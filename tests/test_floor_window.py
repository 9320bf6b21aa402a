"""benchmarks/floor_window.py, the floor of benchmarks/startup.py: the app's first frame with
none of the app. It must stay free of the app, and show what the app's list shows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from benchmarks.floor_window import COLUMNS, build, read_rows
from benchmarks.startup import build_store
from gui.connections.session import stored_listing
from gui.connections.status import diagnose_stored
from gui.manager.models import ConnectionsModel, Row
from gui.vault.memory import MemoryKeyring

ROOT = Path(__file__).resolve().parents[1]


def _store(tmp_path: Path, size: int) -> Path:
    folder = tmp_path / "data" / "okx-key-manager"
    folder.mkdir(parents=True)
    build_store(folder, MemoryKeyring(), "okx-km-floor-test", size)
    return folder


def test_the_floor_imports_nothing_of_the_app(tmp_path: Path) -> None:
    probe = (
        "import sys, benchmarks.floor_window\n"
        "print(sorted(m for m in sys.modules if m == 'gui' or m.startswith('gui.')))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=60, check=True,
    )  # fmt: skip
    assert result.stdout.strip() == "[]"


def test_the_floor_shows_the_rows_and_balances_the_app_shows(tmp_path: Path, qtbot: QtBot) -> None:
    folder = _store(tmp_path, 12)
    rows, snapshot = read_rows(str(folder))
    listing = stored_listing(folder, True)
    assert listing is not None
    model = ConnectionsModel()
    model.set_connections([Row(c, diagnose_stored(c)) for c in listing.connections])
    shown = range(model.IP + 1)  # all but the local time of the last check and the reminder
    app_rows = [[model.display(r, c) for c in shown] for r in range(model.rowCount())]
    assert [row[: len(shown)] for row in rows] == app_rows
    assert {row[3] for row in rows} == {"Connected", "Problem"}  # the fixture has both
    selected = listing.connections[0]
    assert snapshot["uid"] == listing.snapshots[selected.id].uid
    window = build(rows, snapshot, python_models=True)
    qtbot.addWidget(window)
    table = window.centralWidget().widget(0)  # type: ignore[attr-defined]
    assert table.model().rowCount() == 12
    horizontal = Qt.Orientation.Horizontal
    headers = [table.model().headerData(c, horizontal) for c in range(len(COLUMNS))]
    assert headers == [model.headerData(c, horizontal) for c in range(model.columnCount())]
