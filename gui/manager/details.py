"""The panel under the list: the selected connection's account and balances."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.connections.cache import Snapshot
from gui.manager.models import BalanceModel, BalanceProxy, format_usd, format_when
from gui.okx.regions import Region
from gui.vault.model import Connection
from gui.wizard import colours

# The guide's recommendations (gui.okx.check_items; not imported here to keep start-up light).
RECOMMENDED_ACCOUNT_LEVEL = 2  # Spot and futures mode (formerly single-currency margin)
RECOMMENDED_POSITION_MODE = "net_mode"  # one-way


def _table(proxy: BalanceProxy, name: str, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(
        proxy.balances.columnCount() - 1 if not proxy.balances.funding else 1,
        Qt.SortOrder.DescendingOrder,
    )
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setAlternatingRowColors(True)
    return table


class DetailsPanel(QWidget):
    """Account facts and the two balance tables of one connection."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPanel")
        self.connection: Connection | None = None
        self.snapshot: Snapshot | None = None
        self.live = False  # the snapshot came from a check in this session
        self.account_label = QLabel(self)
        self.account_label.setObjectName("accountLabel")
        self.account_label.setWordWrap(True)
        self.account_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("totalLabel")
        font = self.total_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.total_label.setFont(font)
        self.fetched_label = QLabel(self)
        self.fetched_label.setObjectName("fetchedLabel")
        self.hide_small = QCheckBox(self)
        self.hide_small.setObjectName("hideSmallCheck")
        self.trading = BalanceModel(funding=False, parent=self)
        self.funding = BalanceModel(funding=True, parent=self)
        self.trading_proxy = BalanceProxy(self.trading, self)
        self.funding_proxy = BalanceProxy(self.funding, self)
        self.trading_table = _table(self.trading_proxy, "tradingTable", self)
        self.funding_table = _table(self.funding_proxy, "fundingTable", self)
        self.trading_caption = QLabel(self)
        self.funding_caption = QLabel(self)
        self.hide_small.toggled.connect(self.set_hide_small)
        colours.visible_check_box(self.hide_small, self.palette())  # a frame in dark mode too

        top = QHBoxLayout()
        top.addWidget(self.total_label, 1)
        top.addWidget(self.fetched_label)
        top.addWidget(self.hide_small)
        tables = QHBoxLayout()
        for caption, table in (
            (self.trading_caption, self.trading_table),
            (self.funding_caption, self.funding_table),
        ):
            column = QVBoxLayout()
            column.addWidget(caption)
            column.addWidget(table)
            tables.addLayout(column, 3 if table is self.trading_table else 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.account_label)
        layout.addLayout(top)
        layout.addLayout(tables, 1)
        self.retranslate()

    def set_hide_small(self, hide: bool) -> None:
        self.trading_proxy.set_hide_small(hide)
        self.funding_proxy.set_hide_small(hide)

    def show_connection(
        self, connection: Connection | None, snapshot: Snapshot | None, live: bool = False
    ) -> None:
        self.connection, self.snapshot, self.live = connection, snapshot, live
        rows = () if snapshot is None else snapshot.trading
        prices = {r.ccy: r.usd_value / r.equity for r in rows if r.usd_value and r.equity}
        self.trading.set_rows(rows, prices)
        self.funding.set_rows(() if snapshot is None else snapshot.funding, prices)
        self.refresh()

    def age_text(self, fetched: datetime, now: datetime) -> str:
        minutes = max(0, int((now - fetched).total_seconds() // 60))
        if minutes < 1:
            return self.tr("just now")
        if minutes < 60:
            return self.tr("%n minute(s) ago", "", minutes)
        if minutes < 48 * 60:
            return self.tr("%n hour(s) ago", "", minutes // 60)
        return self.tr("%n day(s) ago", "", minutes // (24 * 60))

    def refresh(self, now: datetime | None = None) -> None:
        """Re-renders the texts (after a check, a language change or as time passes)."""
        now = now or datetime.now(UTC)
        connection, snapshot = self.connection, self.snapshot
        if connection is None:
            self.account_label.setText(self.tr("Select a connection to see its account."))
            self.total_label.setText("")
            self.fetched_label.setText("")
            return
        self.account_label.setText(self._account_text(connection, snapshot))
        if snapshot is None:
            self.total_label.setText(self.tr("No balances yet: check the connection."))
            self.fetched_label.setText("")
            return
        total = snapshot.total_equity_usd
        self.total_label.setText(
            # the trading account's equity only (OKX's totalEq), named as the wizard names it
            self.tr("Trading account total: {amount} USD").format(
                amount=format_usd(total if total is not None else Decimal(0))
            )
        )
        when = format_when(snapshot.fetched_at)
        age = self.age_text(snapshot.fetched_at, now)
        if self.live:
            self.fetched_label.setText(self.tr("Fetched {when}").format(when=when))
        else:
            self.fetched_label.setText(
                self.tr("Saved balances from {when} ({age})").format(when=when, age=age)
            )

    def _account_text(self, connection: Connection, snapshot: Snapshot | None) -> str:
        facts = connection.facts
        uid = (snapshot.uid if snapshot else "") or facts.uid or self.tr("unknown")
        sub = snapshot.sub_account if snapshot and snapshot.sub_account is not None else None
        sub = facts.sub_account if sub is None else sub
        kind = {
            None: self.tr("account type unknown"),
            True: self.tr("sub-account"),
            False: self.tr("main account"),
        }[sub]
        parts = [self.tr("UID {uid}").format(uid=uid), kind]
        # The app treats OKX US as spot only: the futures settings do not apply there.
        modes_apply = connection.region is not Region.US
        if snapshot is not None and snapshot.account_mode is not None:
            modes = {
                1: self.tr("Spot mode"),
                2: self.tr("Spot and futures mode"),
                3: self.tr("Multi-currency margin mode"),
                4: self.tr("Portfolio margin mode"),
            }
            mode = modes.get(snapshot.account_mode, str(snapshot.account_mode))
            if not modes_apply or snapshot.account_mode == RECOMMENDED_ACCOUNT_LEVEL:
                parts.append(self.tr("account mode: {mode}").format(mode=mode))
            else:
                # Every mode allows spot trading (the wizard says so): the advice is for futures.
                parts.append(
                    self.tr(
                        "account mode: {mode} (for futures the guide recommends {recommended})"
                    ).format(mode=mode, recommended=modes[RECOMMENDED_ACCOUNT_LEVEL])
                )
        if modes_apply and snapshot is not None and snapshot.position_mode is not None:
            one_way = self.tr("one-way")
            position = one_way if snapshot.position_mode == "net_mode" else self.tr("long/short")
            if snapshot.position_mode == RECOMMENDED_POSITION_MODE:
                parts.append(self.tr("positions: {mode}").format(mode=position))
            else:
                parts.append(
                    self.tr(
                        "positions: {mode} (for futures the guide recommends {recommended})"
                    ).format(mode=position, recommended=one_way)
                )
        if facts.notes:
            parts.append(self.tr("notes: {notes}").format(notes=facts.notes))
        return " · ".join(parts)

    def retranslate(self) -> None:
        self.hide_small.setText(self.tr("&Hide small balances"))
        self.hide_small.setToolTip(self.tr("Hides currencies worth less than 1 USD."))
        self.trading_caption.setText(self.tr("Trading account"))
        self.funding_caption.setText(self.tr("Funding account"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            colours.visible_check_box(self.hide_small, self.palette())
        super().changeEvent(event)
