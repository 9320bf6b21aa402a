"""Filling the list with many connections: the columns are fitted to the first rows only."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.connections.status import Diagnosis, Status
from gui.manager.content import FIT_ROWS, MEASURED_TEXTS, NAME_MAX, ConnectionList
from gui.manager.models import ConnectionsModel, Row
from gui.okx.regions import Environment, Region
from gui.vault.model import Connection


def connections(count: int) -> list[Connection]:
    return [
        Connection(
            id=f"id-{n:04d}",
            label=f"bot {n:04d}",
            region=Region.GLOBAL,
            environment=Environment.LIVE,
            masked_api_key="abcd…1234",
            added_on=date(2026, 1, 1),
        )
        for n in range(count)
    ]


class CountingModel(ConnectionsModel):
    """The list's model, remembering which rows Qt asked about."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[int] = set()
        self.roles: set[Any] = set()

    def data(self, index: Any, role: Any = Qt.ItemDataRole.DisplayRole) -> Any:
        self.asked.add(index.row())
        self.roles.add(role)
        return super().data(index, role)

    def display(self, row: int, column: int) -> str:
        self.asked.add(row)
        return super().display(row, column)


def counting_list(qtbot: QtBot) -> tuple[ConnectionList, CountingModel]:
    """A list whose model remembers what Qt and the list asked of it."""
    content = ConnectionList([])
    qtbot.addWidget(content)
    model = CountingModel()
    content.table.setModel(model)
    content.model = model
    model.dataChanged.connect(content._data_changed)
    return content, model


def test_columns_fit_a_sample_of_rows_not_all_of_them(qtbot: QtBot) -> None:
    content, model = counting_list(qtbot)
    model.set_connections([Row(c, Diagnosis(Status.CONNECTED)) for c in connections(1000)])
    model.asked.clear()
    content.fit_columns()
    # each cell is a call into Python: all 1,000 rows took ~290 ms, 50 take ~2 ms
    assert FIT_ROWS <= len(model.asked) <= 2 * FIT_ROWS


def test_a_changed_row_widens_its_columns_without_refitting_all(qtbot: QtBot) -> None:
    # "Check all" changes rows one by one: each change measures that row only (a full refit
    # of 1,000 rows every 150 ms took 1.3 s of the GUI thread per run)
    content, model = counting_list(qtbot)
    model.set_connections([Row(c, Diagnosis(Status.CONNECTED)) for c in connections(1000)])
    content.fit_columns()
    header = content.table.horizontalHeader()
    column = ConnectionsModel.PERMISSIONS
    before = header.sectionSize(column)
    far = model.rows[700].connection
    wide = replace(far, facts=replace(far.facts, permissions=("read_only", "trade", "withdraw")))
    model.asked.clear()
    model.update(far.id, connection=wide)
    content._refit_now()
    assert model.asked == {700}
    needed = content.table.sizeHintForIndex(model.index(700, column)).width()
    assert header.sectionSize(column) >= needed > before
    # another row with a text its column has measured already: read, not measured again
    # (Qt's delegate asks for several roles per cell: 0.8 s per Check all of 1,000 rows)
    other = model.rows[800].connection
    model.roles.clear()
    model.asked.clear()
    model.update(other.id, connection=replace(other, facts=wide.facts))
    content._refit_now()
    assert model.asked == {800} and model.roles == set()  # its texts only, no cell measured
    # "Checking…" for every row changes statuses only: the column fits its widest already
    model.set_status({row.connection.id for row in model.rows}, Diagnosis(Status.CHECKING))
    assert not content._refit_all and not content._grown_rows
    # columns never shrink for a row that changed back; a reset fits them all again
    model.update(far.id, connection=far)
    content._refit_now()
    assert header.sectionSize(column) >= needed
    content._refit_soon()
    model.asked.clear()
    content._refit_now()
    assert header.sectionSize(column) == before and len(model.asked) > 1


def test_the_fit_is_qts_own_fit_measuring_each_text_once(qtbot: QtBot) -> None:
    # The columns get the widths Qt's sizeHintForColumn gives the first FIT_ROWS rows, with
    # icons (statuses, withdraw warnings, due reminders) and texts of every width, while Qt
    # measures a cell only for each distinct text (for names and times: the widest)
    content, model = counting_list(qtbot)
    rows = []
    for n, connection in enumerate(connections(300)):
        permissions = ("read_only", "trade", "withdraw") if n % 17 == 5 else ("read_only",)
        facts = replace(connection.facts, permissions=permissions, bound_ips=("1.2.3.4",) * (n % 2))
        added = date(2025, 1, 1) if n % 5 == 0 else date(2026, 1, 1)  # due for rotation
        label = "w" * (n % 23) + connection.label
        connection = replace(connection, label=label, facts=facts, added_on=added)
        rows.append(Row(connection, Diagnosis(list(Status)[n % len(Status)])))
    model.set_connections(rows)
    model.today = date(2026, 6, 1)
    content.fit_columns()
    header, table = content.table.horizontalHeader(), content.table
    header.setResizeContentsPrecision(FIT_ROWS)
    for column in range(model.columnCount()):
        qt = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
        if column == ConnectionsModel.STATUS:
            qt = max(qt, content._widest_status())
        if column == ConnectionsModel.NAME:
            assert content._name_width == min(table.sizeHintForColumn(column), NAME_MAX)
        else:
            assert header.sectionSize(column) == qt, column
    measured = len(content._measured)
    assert measured < model.columnCount() * MEASURED_TEXTS < FIT_ROWS * model.columnCount()


def test_the_name_column_fills_the_viewport_as_the_scroll_bar_comes_and_goes(
    qtbot: QtBot,
) -> None:
    # The viewport's width is worked out without viewport() (PySide6 answers it by creating
    # the enums of every widget class, ~11 ms before the first paint): it must be the same
    content = ConnectionList([])
    qtbot.addWidget(content)
    content.resize(900, 700)
    content.show()
    header = content.table.horizontalHeader()

    def filled() -> bool:
        shown = sum(header.sectionSize(c) for c in range(header.count()))
        return content.viewport_width() == content.table.viewport().width() == shown

    for count, size in ((3, (900, 700)), (300, (900, 700)), (300, (1100, 700)), (2, (1100, 700))):
        content.resize(*size)
        content.set_connections(connections(count), set())
        qtbot.waitUntil(lambda: content._scroll_bar.isVisible() == (count > 10))  # noqa: B023
        qtbot.waitUntil(filled)
