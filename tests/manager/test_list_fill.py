"""Filling the list with many connections: the columns are fitted to the first rows only."""

from __future__ import annotations

from datetime import date
from typing import Any

from pytestqt.qtbot import QtBot

from gui.connections.status import Diagnosis, Status
from gui.manager.content import FIT_ROWS, ConnectionList
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

    def data(self, index: Any, role: int = 0) -> Any:
        self.asked.add(index.row())
        return super().data(index, role)


def test_columns_fit_a_sample_of_rows_not_all_of_them(qtbot: QtBot) -> None:
    content = ConnectionList([])
    qtbot.addWidget(content)
    model = CountingModel()
    model.set_connections([Row(c, Diagnosis(Status.CONNECTED)) for c in connections(1000)])
    content.table.setModel(model)
    model.asked.clear()
    content.fit_columns()
    # each cell is a call into Python: all 1,000 rows took ~290 ms, 50 take ~20 ms
    assert FIT_ROWS <= len(model.asked) <= 2 * FIT_ROWS
