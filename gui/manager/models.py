"""Qt item models: the saved connections, and a balance table with numeric (Decimal) sorting."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QIcon

from gui.connections.cache import BalanceRow
from gui.connections.model import Connection, label_key
from gui.connections.money import format_amount, format_usd
from gui.connections.status import Diagnosis, Status, attention, status_name
from gui.i18n import tr_text
from gui.okx.regions import Environment
from gui.paths import icons_dir

ICONS = icons_dir()
ID_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex

STATUS_ICONS = {
    Status.CONNECTED: "connected.svg",
    Status.PROBLEM: "problem.svg",
    Status.CHECKING: "checking.svg",
    Status.NOT_CHECKED: "not-checked.svg",
    Status.OFFLINE: "offline.svg",
}
_icon_cache: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """An SVG icon from ``resources/icons`` (sharp at any DPI)."""
    if name not in _icon_cache:
        _icon_cache[name] = QIcon(str(ICONS / name))
    return _icon_cache[name]


def format_when(moment: datetime | None) -> str:
    if moment is None:
        return QCoreApplication.translate("manager", "Never")
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class Row:
    connection: Connection
    diagnosis: Diagnosis


class ConnectionsModel(QAbstractTableModel):
    """One row per saved connection."""

    NAME, REGION, ENVIRONMENT, STATUS, PERMISSIONS, IP, CHECKED, REMINDER = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self._row_index: dict[str, int] = {}  # see row_of
        self.today = date.today()
        self.rotation_days = 90
        self._sorted_by = (self.NAME, Qt.SortOrder.AscendingOrder)
        self._has_manager: bool | None = None

    def has_manager(self) -> bool:
        """Whether a row is a manager key (asked at every progress step of a "Check all":
        remembered until the rows change, not a scan of 1,000 rows each time)."""
        if self._has_manager is None:
            self._has_manager = any(row.connection.facts.manager for row in self.rows)
        return self._has_manager

    def set_connections(self, rows: list[Row]) -> None:
        self._has_manager = None
        self.beginResetModel()
        self.rows = sorted(rows, key=self._sort_key(self._sorted_by[0]))
        if self._sorted_by[1] is Qt.SortOrder.DescendingOrder:
            self.rows.reverse()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorts the rows in Python (a proxy model would call ``data()`` twice per comparison:
        ~45 ms at 1,000 rows), keeping selections on their rows. Later changes of a row's
        status do not move it (rows do not jump during Check all)."""
        self._sorted_by = (column, order)
        before = [row.connection.id for row in self.rows]
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=self._sort_key(column))
        if order is Qt.SortOrder.DescendingOrder:
            self.rows.reverse()
        position = {row.connection.id: n for n, row in enumerate(self.rows)}
        old = self.persistentIndexList()
        new = [self.index(position[before[i.row()]], i.column()) for i in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _sort_key(self, column: int) -> Callable[[Row], Any]:
        if column == self.NAME:
            return lambda row: label_key(row.connection.label)
        if column == self.CHECKED:
            never = datetime.min.replace(tzinfo=UTC)
            return lambda row: c.at if (c := row.connection.facts.last_check) else never
        return lambda row: (self._display(row, column).casefold(), label_key(row.connection.label))

    def row_of(self, connection_id: str) -> int:
        """The row showing ``connection_id`` (-1: none). A dict from id to row, checked at each
        use and rebuilt when the rows moved: a scan per result made "Check all" of 1,000 rows
        quadratic on the GUI thread."""
        rows = self.rows
        number = self._row_index.get(connection_id, -1)
        if 0 <= number < len(rows) and rows[number].connection.id == connection_id:
            return number
        self._row_index = {row.connection.id: n for n, row in enumerate(rows)}
        return self._row_index.get(connection_id, -1)

    def update(self, connection_id: str, **changes: Any) -> None:
        number = self.row_of(connection_id)
        if number < 0:
            return
        connection = changes.get("connection")
        if connection is not None and self._has_manager is not None:
            if connection.facts.manager:
                self._has_manager = True
            elif self.rows[number].connection.facts.manager:
                self._has_manager = None  # it was one: another may be left
        self.rows[number] = replace(self.rows[number], **changes)
        self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))

    def refresh_all(self) -> None:
        """Every cell and header again (language, rotation interval), without moving a row."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rows:
            last = self.index(len(self.rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def set_status(self, connection_ids: set[str], diagnosis: Diagnosis) -> None:
        """The same status for many rows, with one change signal."""
        if not connection_ids or not self.rows:
            return
        self.rows = [
            replace(r, diagnosis=diagnosis) if r.connection.id in connection_ids else r
            for r in self.rows
        ]
        self.dataChanged.emit(
            self.index(0, self.STATUS), self.index(len(self.rows) - 1, self.STATUS)
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Name"),
            self.tr("Region"),
            self.tr("Environment"),
            self.tr("Status"),
            self.tr("Permissions"),
            self.tr("IP bound"),
            self.tr("Last checked"),
            self.tr("Reminder"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        connection, column = row.connection, index.column()
        if role == ID_ROLE:
            return connection.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == self.STATUS:
                return icon(STATUS_ICONS[row.diagnosis.status])
            if column == self.PERMISSIONS and "withdraw" in connection.facts.permissions:
                return icon("warning.svg")
            if column == self.REMINDER and self._reminder(connection):
                return icon("reminder.svg")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def display(self, row: int, column: int) -> str:
        """What row ``row`` shows in ``column`` (its DisplayRole), without a model index."""
        return self._display(self.rows[row], column)

    def _reminder(self, connection: Connection) -> str:
        text = attention(connection, self.today, self.rotation_days)
        return "" if text is None else tr_text(text)

    def _display(self, row: Row, column: int) -> str:
        connection = row.connection
        facts = connection.facts
        if column == self.NAME:
            return connection.label
        if column == self.REGION:
            return {"global": self.tr("Global"), "eea": self.tr("EEA"), "us": self.tr("US")}[
                connection.region.value
            ]
        if column == self.ENVIRONMENT:
            demo = connection.environment is Environment.DEMO
            return self.tr("DEMO") if demo else self.tr("Live")
        if column == self.STATUS:
            return tr_text(status_name(row.diagnosis.status))
        if column == self.PERMISSIONS:
            return self._permissions(facts.permissions)
        if column == self.IP:
            return self.tr("Bound") if facts.bound_ips else self.tr("Not bound")
        if column == self.CHECKED:
            check = facts.last_check
            return format_when(None if check is None else check.at)
        if column == self.REMINDER:
            text = self._reminder(connection)
            return text.split(":")[0].split("：")[0] if text else ""
        return ""

    def _permissions(self, permissions: tuple[str, ...]) -> str:
        names = {"read_only": self.tr("Read"), "trade": self.tr("Trade")}
        parts = [names[p] for p in ("read_only", "trade") if p in permissions]
        if "withdraw" in permissions:
            parts.append(self.tr("Withdraw!"))
        return " · ".join(parts) if parts else self.tr("Unknown")

    def _tooltip(self, row: Row, column: int) -> str | None:
        connection = row.connection
        if column == self.STATUS:
            cause = row.diagnosis.cause
            if cause is None:
                return None
            hint = self.tr("Click the status to see how to fix it.")
            return f"{tr_text(cause)}\n{hint}" if row.diagnosis.fix else tr_text(cause)
        if column == self.PERMISSIONS and "withdraw" in connection.facts.permissions:
            return self.tr(
                "This key may withdraw funds. Create a new key without Withdraw and delete "
                "this one."
            )
        if column == self.IP and connection.facts.bound_ips:
            return ", ".join(connection.facts.bound_ips)
        if column == self.REMINDER:
            return self._reminder(connection) or None
        if column == self.NAME:
            return connection.masked_api_key
        return None


class BalanceModel(QAbstractTableModel):
    """The currencies of one account; ``funding`` tables have no USD column."""

    def __init__(self, funding: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.funding = funding
        self.rows: tuple[BalanceRow, ...] = ()
        self.prices: dict[str, Decimal] = {}  # USD per unit, from the trading account

    def set_rows(self, rows: tuple[BalanceRow, ...], prices: dict[str, Decimal]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.prices = prices
        self.endResetModel()

    def usd_value(self, row: BalanceRow) -> Decimal | None:
        if row.usd_value is not None:
            return row.usd_value
        price = self.prices.get(row.ccy)
        return None if price is None else row.equity * price

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else (4 if self.funding else 5)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        first = self.tr("Balance") if self.funding else self.tr("Equity")
        return [
            self.tr("Currency"),
            first,
            self.tr("Available"),
            self.tr("Frozen"),
            self.tr("USD value"),
        ][section]

    def value(self, row: BalanceRow, column: int) -> Decimal | str | None:
        values: list[Decimal | str | None] = [
            row.ccy,
            row.equity,
            row.available,
            row.frozen,
            row.usd_value,
        ]
        return values[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        value = self.value(row, index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, Decimal) and index.column() == 4:
                return format_usd(value)
            if isinstance(value, Decimal):
                return format_amount(value)
            return value or ""
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BalanceProxy(QSortFilterProxyModel):
    """Sorts amounts as Decimals (never as text) and can hide balances under 1 USD."""

    SMALL_USD = Decimal(1)

    def __init__(self, source: BalanceModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.balances = source
        self.hide_small = False
        self.setSourceModel(source)

    def set_hide_small(self, hide: bool) -> None:
        self.hide_small = hide
        self.invalidateRowsFilter()  # Qt 6.9 (pyproject.toml): no begin/endFilterChange yet

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.hide_small:
            return True
        usd = self.balances.usd_value(self.balances.rows[source_row])
        return usd is None or usd >= self.SMALL_USD

    def lessThan(self, left: Index, right: Index) -> bool:
        rows = self.balances.rows
        a = self.balances.value(rows[left.row()], left.column())
        b = self.balances.value(rows[right.row()], right.column())
        if isinstance(a, Decimal) or isinstance(b, Decimal):
            return (a if isinstance(a, Decimal) else Decimal(-1)) < (
                b if isinstance(b, Decimal) else Decimal(-1)
            )
        return str(a or "") < str(b or "")
