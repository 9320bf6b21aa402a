"""The window's content, built after the first paint: the list of connections and, under it,
the selected connection's account and balances.

It keeps what it shows — each row's status, the balances by connection, which came from a check
in this session — and follows the user's selection by connection id (a reload, a rotation or a
delete never moves it to another key). :meth:`ConnectionList.clear` forgets all of it (lock).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTableView, QWidget

from gui.connections.cache import Snapshot
from gui.connections.model import Connection
from gui.connections.session import Listing
from gui.connections.status import Diagnosis, Status, diagnose_stored, status_name
from gui.i18n import tr_text
from gui.manager.details import DetailsPanel
from gui.manager.models import ID_ROLE, STATUS_ICONS, ConnectionsModel, Row, icon
from gui.manager.settings import AppSettings

# Rows the columns are fitted to (Qt's default, 1,000, means a call into Python per cell of
# every row: ~290 ms at 1,000 connections, against ~20 ms for 50).
FIT_ROWS = 50
MEASURED_TEXTS = 8  # a column with more distinct texts: only its widest is measured by Qt
NAME_MAX = 320  # the name column's widest fit; the rest of a long name is elided
REFIT_MS = 150  # the columns follow changed rows at most this often


class ConnectionList(QSplitter):
    """The list over the details panel."""

    # The current row changed (or its connection did).
    selection_changed = Signal()
    # The status cell of a row was clicked: the connection id.
    status_clicked = Signal(str)
    # A row was double-clicked (check it).
    activated = Signal()

    def __init__(self, row_actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("mainSplitter")
        # Balances by connection: from checks in this session (live) or an earlier listing;
        # the current listing's cached ones are read from _stored when shown (parsed then).
        self.snapshots: dict[str, Snapshot] = {}
        self._stored: Mapping[str, Snapshot] = {}
        self.live: set[str] = set()  # balances fetched by a check in this session
        self.diagnoses: dict[str, Diagnosis] = {}  # statuses from checks in this session
        self.model = ConnectionsModel(self)  # sorts itself: no proxy model (start-up time)
        self.table = QTableView(self)
        table = self.table
        table.setObjectName("connectionsTable")
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.sortByColumn(ConnectionsModel.NAME, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # One line per row: long names are elided (the full name is in the tooltip).
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setResizeContentsPrecision(FIT_ROWS)
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._name_width = 0
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(REFIT_MS)
        self._refit.timeout.connect(self._refit_now)
        header.sectionResized.connect(self._section_resized)
        # The name column follows the viewport's width: the table's size and its vertical
        # scroll bar (shown or hidden) make it, watched here instead of the viewport itself:
        # PySide6 answers viewport() by creating the enums of every widget class the viewport
        # might be (~11 ms, before the first paint).
        table.installEventFilter(self)
        self._scroll_bar = table.verticalScrollBar()
        self._scroll_bar.installEventFilter(self)
        self._grown_rows: set[int] = set()  # rows changed one by one since the last refit
        self._measured: dict[tuple[int, object], int] = {}  # (column, text): width, see above
        self._refit_all = False
        self.model.modelReset.connect(self._refit_soon)
        self.model.layoutChanged.connect(self._refit_soon)
        self.model.dataChanged.connect(self._data_changed)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        table.clicked.connect(self._clicked)
        table.doubleClicked.connect(lambda _index: self.activated.emit())
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.addActions(list(row_actions))
        self.details = DetailsPanel(self)
        self.addWidget(table)
        self.addWidget(self.details)
        self.setStretchFactor(0, 1)  # the list as tall as the balances: one line per row
        self.setStretchFactor(1, 1)
        self.age_timer = QTimer(self)
        self.age_timer.setInterval(60_000)
        self.age_timer.timeout.connect(self.details.refresh)
        self.age_timer.start()

    # --- rows ------------------------------------------------------------------------------------
    def show_listing(self, listing: Listing, checking: set[str], select_id: str | None) -> None:
        """The list as read from the store, with cached balances where no check of this
        session fetched newer ones."""
        self._stored = listing.snapshots
        for connection_id in listing.snapshots:  # ids only: nothing parsed before it shows
            if connection_id not in self.live:
                self.snapshots.pop(connection_id, None)
        self.set_connections(listing.connections, checking, select_id)

    def keep_snapshots(self, snapshots: Mapping[str, Snapshot]) -> None:
        """The listing's cached balances, for the rows already shown (no model reset)."""
        selected = self.selected_id()
        before = None if selected is None else self.snapshot(selected)
        self._stored = snapshots
        for connection_id in snapshots:
            if connection_id not in self.live:
                self.snapshots.pop(connection_id, None)
        if selected is not None and self.snapshot(selected) != before:
            self.show_details()

    def set_connections(
        self,
        connections: Iterable[Connection],
        checking: set[str],
        select_id: str | None = None,
    ) -> None:
        """Shows ``connections`` with their statuses; keeps (or moves to) the selected id."""
        current = select_id or self.selected_id()
        rows = [Row(c, self._diagnosis(c, c.id in checking)) for c in connections]
        self.model.set_connections(rows)
        self._measured.clear()
        self.fit_columns()  # now, for the first paint of these rows (not REFIT_MS later)
        self._refit.stop()
        self._refit_all, self._grown_rows = False, set()
        ids = {row.connection.id for row in rows}
        for stale in set(self.snapshots) - ids:
            self.snapshots.pop(stale, None)
            self.live.discard(stale)
        for stale in set(self.diagnoses) - ids:
            del self.diagnoses[stale]
        if rows:
            self.select(current if current and self.model.row_of(current) >= 0 else None)
        self.show_details()

    def _diagnosis(self, connection: Connection, checking: bool) -> Diagnosis:
        if checking:
            return Diagnosis(Status.CHECKING)
        return self.diagnoses.get(connection.id) or diagnose_stored(connection)

    def fit_columns(self) -> None:
        """Every column but the name as wide as its contents (the first :data:`FIT_ROWS` rows
        and the header; the status column as its widest status, so "Checking…" is never cut);
        the name column as wide as its names (up to :data:`NAME_MAX`) or the rest of the width,
        whichever is more (longer names are elided, whole in the tooltip).

        Refitted when the rows change, at most every :data:`REFIT_MS` (a "Check all" changes
        them hundreds of times): Qt's own ResizeToContents refits on every change, ~9 ms each at
        1,000 rows."""
        header = self.table.horizontalHeader()
        rows = range(min(self.model.rowCount(), FIT_ROWS))
        for column in range(self.model.columnCount()):
            if column == ConnectionsModel.NAME or header.isSectionHidden(column):
                continue
            width = max(self._fitted_width(column, rows), header.sectionSizeHint(column))
            if column == ConnectionsModel.STATUS:
                width = max(width, self._widest_status())
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
        self._name_width = min(self._fitted_width(ConnectionsModel.NAME, rows), NAME_MAX)
        self._fit_name()

    def _fitted_width(self, column: int, rows: Iterable[int]) -> int:
        """The width ``column`` needs for ``rows``, as Qt's ``sizeHintForColumn`` gives it
        but measuring only what differs. A cell's size follows from its text (its icon does
        too: the status, a withdraw warning, a due reminder), so Qt measures each text of a
        column once (:attr:`_measured`); of many texts (names, times), only the widest in the
        font, since the others need no more. Qt's own measure asks the model for ~8 roles a
        cell: 12 ms for 50 rows at every new list, and 0.8 s of a "Check all" of 1,000."""
        model, table = self.model, self.table
        count = model.rowCount()
        texts: dict[str, int] = {}  # text: a row that shows it
        for row in rows:
            if row < count:
                texts.setdefault(model.display(row, column), row)
        if len(texts) > MEASURED_TEXTS:
            widest = max(texts, key=table.fontMetrics().horizontalAdvance)
            texts = {widest: texts[widest]}
        grid = 1 if table.showGrid() else 0  # as QTableView::sizeHintForColumn
        needed = 0
        for text, row in texts.items():
            width = self._measured.get((column, text))
            if width is None:
                index = model.index(row, column)
                width = self._measured[column, text] = table.sizeHintForIndex(index).width()
            needed = max(needed, width + grid)
        return needed

    def _widest_status(self) -> int:
        """The status column's width for its longest status (in the current language)."""
        metrics = self.table.fontMetrics()
        size = self.table.iconSize()
        icon_width = size.width() if size.isValid() and size.width() > 0 else 16
        names = (tr_text(status_name(status)) for status in Status)
        return max(metrics.horizontalAdvance(name) for name in names) + icon_width + 24

    def _refit_soon(self) -> None:
        self._refit_all = True
        if not self._refit.isActive():
            self._refit.start()

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex) -> None:
        """One row changed (a check's result): its cells may widen their columns; many rows
        (a status for all): the columns are fitted again."""
        if top.column() == bottom.column() == ConnectionsModel.STATUS:
            return  # statuses only ("Checking…" for all): the column fits the widest already
        if top.row() != bottom.row():
            self._refit_soon()
            return
        self._grown_rows.add(top.row())
        if not self._refit.isActive():
            self._refit.start()

    def _refit_now(self) -> None:
        """The refit that was due: all columns to their contents (:meth:`fit_columns`), or,
        when only single rows changed, each column widened to fit those rows. During a "Check
        all" of 1,000 rows the full fit took ~30 ms each time, 1.3 s of the GUI thread per run
        (benchmarks/check_all.py)."""
        rows, self._grown_rows = self._grown_rows, set()
        if self._refit_all:
            self._refit_all = False
            self._measured.clear()  # a new list, order or language: measured again
            self.fit_columns()
            return
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            if column == ConnectionsModel.NAME or header.isSectionHidden(column):
                continue
            needed = self._fitted_width(column, sorted(rows))
            if needed > header.sectionSize(column):
                header.resizeSection(column, needed)

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column != ConnectionsModel.NAME:  # another column grew or shrank: the name follows
            self._fit_name()

    def _fit_name(self) -> None:
        header = self.table.horizontalHeader()
        name = ConnectionsModel.NAME
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != name and not header.isSectionHidden(c)
        )
        width = max(self._name_width, self.viewport_width() - others)
        if header.sectionSize(name) != width:
            header.resizeSection(name, width)

    def viewport_width(self) -> int:
        """The list's viewport width: the table's inside, less its vertical scroll bar when
        shown (not ``viewport().width()``: see the event filter)."""
        width = self.table.maximumViewportSize().width()
        bar = self._scroll_bar
        if self.table.isVisible() and bar.isVisible():
            width -= bar.width()
        return width

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (watched is self.table and kind == QEvent.Type.Resize) or (
            watched is self._scroll_bar and kind in (QEvent.Type.Show, QEvent.Type.Hide)
        ):
            self._fit_name()
        return super().eventFilter(watched, event)

    def set_status(self, connection_ids: set[str], diagnosis: Diagnosis) -> None:
        self.model.set_status(connection_ids, diagnosis)

    def restore_status(self, connection_id: str) -> None:
        """Back to the last known status (a check that was stopped or dropped)."""
        number = self.model.row_of(connection_id)
        if number >= 0:
            connection = self.model.rows[number].connection
            self.model.update(connection_id, diagnosis=self._diagnosis(connection, False))

    def checked(
        self,
        connection: Connection,
        diagnosis: Diagnosis,
        snapshot: Snapshot | None,
    ) -> None:
        """A check finished: its status, facts and balances replace what was shown."""
        self.diagnoses[connection.id] = diagnosis
        if snapshot is not None:
            self.snapshots[connection.id] = snapshot
            self.live.add(connection.id)
        self.model.update(connection.id, connection=connection, diagnosis=diagnosis)
        if connection.id == self.selected_id():
            self.show_details()

    def clear(self) -> None:
        """Forgets every row, status and balance (the session ended)."""
        self.model.set_connections([])
        self.snapshots.clear()
        self._stored = {}
        self.live.clear()
        self.diagnoses.clear()
        self.details.show_connection(None, None)

    # --- selection -------------------------------------------------------------------------------
    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = self.model.data(index, ID_ROLE)
        return str(value) if value else None

    def selected(self) -> Connection | None:
        connection_id = self.selected_id()
        number = -1 if connection_id is None else self.model.row_of(connection_id)
        return self.model.rows[number].connection if number >= 0 else None

    def select(self, connection_id: str | None) -> None:
        """Selects ``connection_id`` (the first row in view when None or gone)."""
        number = -1 if connection_id is None else self.model.row_of(connection_id)
        self.table.setCurrentIndex(self.model.index(max(number, 0), 0))

    def id_after(self, connection_id: str) -> str | None:
        """The id of the row shown after ``connection_id`` (before it, if it is the last):
        where the selection goes when that connection is deleted."""
        number = self.model.row_of(connection_id)
        if number < 0:
            return None
        for row in (number + 1, number - 1):
            if 0 <= row < len(self.model.rows):
                return self.model.rows[row].connection.id
        return None

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_details()
        self.selection_changed.emit()

    def show_details(self) -> None:
        connection = self.selected()
        snapshot = None if connection is None else self.snapshot(connection.id)
        live = connection is not None and connection.id in self.live
        self.details.show_connection(connection, snapshot, live)

    def snapshot(self, connection_id: str) -> Snapshot | None:
        """The balances shown for ``connection_id``: a check's, else the listing's cached ones."""
        snapshot = self.snapshots.get(connection_id)
        return snapshot if snapshot is not None else self._stored.get(connection_id)

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == ConnectionsModel.STATUS:
            self.status_clicked.emit(str(self.model.data(index, ID_ROLE)))

    def row(self, connection_id: str) -> Row | None:
        number = self.model.row_of(connection_id)
        return self.model.rows[number] if number >= 0 else None

    # --- layout ----------------------------------------------------------------------------------
    def restore_layout(self, settings: AppSettings) -> None:
        header = settings.layout("columns")
        if header is not None and self.table.horizontalHeader().restoreState(header):
            self.fit_columns()  # the saved order and sort stay; widths follow the contents
        splitter = settings.layout("splitter")
        if splitter is not None:
            self.restoreState(splitter)
        self.details.hide_small.setChecked(settings.hide_small_balances)

    def save_layout(self, settings: AppSettings) -> None:
        settings.set_layout("columns", self.table.horizontalHeader().saveState())
        settings.set_layout("splitter", self.saveState())
        settings.hide_small_balances = self.details.hide_small.isChecked()

    def warm_icons(self) -> None:
        """Renders the status icons once while nothing else happens, so the first status
        change does not pay for parsing SVG."""
        size = self.table.iconSize()
        size = size if size.isValid() and not size.isEmpty() else QSize(16, 16)
        for name in (*STATUS_ICONS.values(), "warning.svg", "reminder.svg"):
            icon(name).pixmap(size, self.devicePixelRatio())
