"""The floor of ``benchmarks/startup.py``: the app's first frame, with none of the app in it.

Standalone, as ``benchmarks/bare_window.py`` is: it imports nothing but PySide6, the standard
library's ``json``, ``os`` and ``sys``, and the bare window's first-paint probe. It reads the
user's data folder (``$XDG_DATA_HOME/okx-key-manager``) with ``json.load`` alone and builds the
widgets the app's first frame shows, with their texts: the toolbar's thirteen actions, the list
of every saved connection (name, region, environment, status with its icon, permissions, IP
bound, last checked, reminder) sorted by name, and below it the first row's account line,
balance total and its two balance tables. It measures what Qt and PySide cost for that frame,
so it does strictly less than the app must:

- no validation of the index or of the balance cache (the app refuses a damaged or hostile
  file and says why), no diagnosis of a stored status, no translations, no local time (it
  slices the stored UTC time), no column fit beyond Qt's default, no hardening of the process;
- ``--model python``: the list and the balance tables are ``QAbstractTableModel`` subclasses
  written in Python, as the app's are. Qt asks them for each visible cell;
- ``--model qt``: they are ``QStandardItemModel``, filled from Python before the window shows,
  so Qt never calls into Python for a cell, and nothing here touches ``PySide6.QtCore.Qt``,
  whose first use builds its 92 enum classes (so no sort arrow on the name column).

It reports its first paint as the bare window does, and quits: ``--started T`` for
``startup.py``, ``OKX_KM_REPORT_FIRST_PAINT=1`` for ``bundle.py`` (``bare_window.spec`` freezes it
too). Its first frame holds the whole list and the balances by construction.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtGui import QAction, QIcon, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from benchmarks.bare_window import Reporter  # the baseline's own probe: the same protocol

ROOT = getattr(sys, "_MEIPASS", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ICONS = os.path.join(ROOT, "resources", "icons")
ACTIONS = (
    "Add…", "Check", "Check all", "Rename…", "Rotate…", "Delete…", "Copy", "Use with…",
    "Open on OKX", "Bots", "Export backup…", "Import backup…", "Settings…",
)  # fmt: skip
COLUMNS = (
    "Name", "Region", "Environment", "Status", "Permissions", "IP bound", "Last checked",
    "Reminder",
)  # fmt: skip
TRADING = ("Currency", "Equity", "Available", "Frozen", "USD value")
FUNDING = ("Currency", "Balance", "Available", "Frozen")
REGIONS = {"global": "Global", "eea": "EEA", "us": "US"}
STATUSES = {"connected": "Connected", "problem": "Problem", "offline": "Offline"}
PERMISSIONS = {"read_only": "Read", "trade": "Trade", "withdraw": "Withdraw"}
DISPLAY, DECORATION, ALIGNMENT = 0, 1, 7  # Qt.ItemDataRole, as ints (no Qt namespace)
RIGHT = 0x0002 | 0x0080  # Qt.AlignRight | Qt.AlignVCenter
HORIZONTAL, VERTICAL = 1, 2  # Qt.Orientation
Index = QModelIndex | QPersistentModelIndex


def read_rows(folder: str) -> tuple[list[list[str]], dict[str, Any]]:
    """The list's texts, sorted by name, and the first row's cached balances."""
    with open(os.path.join(folder, "connections.json"), "rb") as index_file:
        connections = json.load(index_file)["connections"]
    with open(os.path.join(folder, "balances.json"), "rb") as cache_file:
        snapshots = json.load(cache_file)["connections"]
    rows = []
    for entry in connections:
        check = entry.get("last_check") or {}
        rows.append([
            entry["label"],
            REGIONS.get(entry["region"], entry["region"]),
            "Live" if entry["environment"] == "live" else "DEMO",
            STATUSES.get(str(check.get("status")), "Not checked"),
            " · ".join(PERMISSIONS.get(p, p) for p in entry["permissions"]),
            "Bound" if entry["bound_ips"] else "Not bound",
            (check.get("at") or "")[:16].replace("T", " "),
            "",
            entry["id"],
        ])  # fmt: skip
    rows.sort(key=lambda row: row[0].casefold())
    return rows, snapshots.get(rows[0][8], {}) if rows else {}


class RowsModel(QAbstractTableModel):
    """``--model python``: a table of texts, as the app's own models are (Python answers)."""

    def __init__(
        self, header: tuple[str, ...], rows: list[list[str]], icons: bool, owner: QObject
    ) -> None:
        super().__init__(owner)
        self.header, self.rows, self.icons = header, rows, icons
        self.icon_of = {text: QIcon(os.path.join(ICONS, f"{key}.svg")) for key, text in
                        (("connected", "Connected"), ("problem", "Problem"),
                         ("offline", "Offline"), ("not-checked", "Not checked"))}  # fmt: skip

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.header)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role == DISPLAY:
            return self.rows[index.row()][index.column()]
        if role == DECORATION and self.icons and index.column() == 3:
            return self.icon_of.get(self.rows[index.row()][3])
        if role == ALIGNMENT and not self.icons and index.column() > 0:
            return RIGHT
        return None

    def headerData(self, section: int, orientation: Any, role: int = DISPLAY) -> Any:
        if role != DISPLAY or orientation.value != HORIZONTAL:  # the rows' header is hidden
            return None
        return self.header[section]


def standard_model(
    header: tuple[str, ...], rows: list[list[str]], icons: bool, owner: QObject
) -> Any:
    """``--model qt``: the same table as items Qt holds itself."""
    model = QStandardItemModel(len(rows), len(header), owner)
    model.setHorizontalHeaderLabels(list(header))
    icon_of: dict[str, QIcon] = {}
    for r, row in enumerate(rows):
        for c in range(len(header)):
            item = QStandardItem(row[c])
            if icons and c == 3:
                key = row[3].lower().replace(" ", "-")
                item.setIcon(icon_of.setdefault(key, QIcon(os.path.join(ICONS, f"{key}.svg"))))
            elif not icons and c > 0:
                item.setData(RIGHT, ALIGNMENT)
            model.setItem(r, c, item)
    return model


def table(model: Any) -> QTableView:
    view = QTableView()
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(22)  # the app's row height
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    view.setModel(model)
    return view


def build(rows: list[list[str]], snapshot: dict[str, Any], python_models: bool) -> QMainWindow:
    make = RowsModel if python_models else standard_model
    window = QMainWindow()
    window.setWindowTitle("OKX Key Manager")
    bar = QToolBar()
    for name in ACTIONS:
        action = QAction(name, window)
        action.setEnabled(name.startswith("Settings"))
        bar.addAction(action)
    window.addToolBar(bar)
    splitter = QSplitter()
    splitter.setProperty("orientation", VERTICAL)  # as the app's (the property needs no enum)
    connections = table(make(COLUMNS, rows, True, window))
    connections.setColumnWidth(0, 300)
    connections.selectRow(0)
    splitter.addWidget(connections)
    details = QWidget()
    column = QVBoxLayout(details)
    column.addWidget(QLabel(f"UID {snapshot.get('uid', '')} · main account · notes: grid bot"))
    line = QHBoxLayout()
    line.addWidget(QLabel(f"<b>Trading account total: {snapshot.get('total_equity_usd')} USD</b>"))
    line.addWidget(QLabel(f"Saved balances from {snapshot.get('fetched_at', '')[:16]}"))
    line.addWidget(QCheckBox("Hide small balances"))
    column.addLayout(line)
    tables = QHBoxLayout()
    for title, header, key in (("Trading account", TRADING, "trading"),
                               ("Funding account", FUNDING, "funding")):  # fmt: skip
        side = QVBoxLayout()
        side.addWidget(QLabel(title))
        cells = [[str(cell or "") for cell in row] for row in snapshot.get(key, [])]
        side.addWidget(table(make(header, cells, False, window)))
        tables.addLayout(side)
    column.addLayout(tables)
    splitter.addWidget(details)
    window.setCentralWidget(splitter)
    window.resize(1000, 680)
    return window


def main() -> int:
    argv = sys.argv
    started = float(argv[argv.index("--started") + 1]) if "--started" in argv else None
    python_models = "--model" not in argv or argv[argv.index("--model") + 1] == "python"
    folder = os.path.join(os.environ["XDG_DATA_HOME"], "okx-key-manager")
    rows, snapshot = read_rows(folder)
    app = QApplication(sys.argv[:1])
    window = build(rows, snapshot, python_models)
    window.installEventFilter(Reporter(window, started))
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
