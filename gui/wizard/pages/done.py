"""DONE: saves the verified key to the store (off the GUI thread) and shows the balances."""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from gui.i18n import tr_text
from gui.okx.check import ConnectionReport
from gui.okx.regions import REGIONS, Environment
from gui.tasks import Progress, Task
from gui.vault.errors import LabelTaken, VaultError
from gui.wizard import colours
from gui.wizard.colours import Tone
from gui.wizard.flow import Flow, Step
from gui.wizard.pages.base import Page, text_label
from gui.wizard.services import WizardServices

log = logging.getLogger(__name__)


def amount(value: Decimal) -> str:
    """A currency amount without trailing zeros or exponent (``500``, ``0.51234567``)."""
    return format(value.normalize(), "f")


def usd(value: Decimal) -> str:
    return f"{value:,.2f}"


class DonePage(Page):
    def __init__(self, flow: Flow, services: WizardServices) -> None:
        super().__init__(Step.DONE, flow, services)
        self.task: Task[str] | None = None
        self._error: str | None = None
        self._label_taken = False
        self.status = text_label("connectedLabel", self)
        self.total = text_label("totalLabel", self)
        for label in (self.status, self.total):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 1.2)
            font.setBold(True)
            label.setFont(font)
        self.trading_caption = text_label("tradingCaption", self)
        self.trading = self._table("tradingTable")
        self.funding_caption = text_label("fundingCaption", self)
        self.funding = self._table("fundingTable")
        self.retry = QPushButton(self)
        self.retry.setObjectName("retrySaveButton")
        self.retry.clicked.connect(self._retry)
        self.rename = QPushButton(self)
        self.rename.setObjectName("renameButton")
        self.rename.clicked.connect(lambda: self.jump.emit(self.flow.jump_to(Step.ENTER_KEYS)))
        # Rotating: the old key still works on OKX until deleted there.
        self.old_key = text_label("deleteOldKeyLabel", self)
        self.open_old_key = QPushButton(self)
        self.open_old_key.setObjectName("deleteOldKeyButton")
        self.open_old_key.clicked.connect(self._open_api_page)
        old_key_row = QHBoxLayout()
        old_key_row.addWidget(self.old_key, 1)
        old_key_row.addWidget(self.open_old_key)
        row = QHBoxLayout()
        row.addWidget(self.retry)
        row.addWidget(self.rename)
        row.addStretch(1)
        tables = QHBoxLayout()
        for caption, table in (
            (self.trading_caption, self.trading),
            (self.funding_caption, self.funding),
        ):
            column = QVBoxLayout()
            column.addWidget(caption)
            column.addWidget(table, 1)
            tables.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(old_key_row)
        layout.addWidget(self.total)
        layout.addLayout(tables, 1)
        layout.addLayout(row)
        self._refresh()

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(0, 2, self)
        table.setObjectName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        return table

    @staticmethod
    def _set_rows(table: QTableWidget, rows: Sequence[tuple[str, ...]]) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if c > 0:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, cell)
        header = table.horizontalHeader()
        for c in range(table.columnCount()):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()

    # --- contract ------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Connected") if self.state.saved_id else self.tr("Saving the connection")

    @property
    def valid(self) -> bool:
        return self.state.saved_id is not None

    @property
    def busy(self) -> bool:
        return self.task is not None

    @property
    def error(self) -> str | None:
        return self._error

    def enter(self) -> None:
        if self.state.saved_id is None and self.task is None:
            self._save()
        self._refresh()

    def leave(self) -> None:
        if self.task is not None:
            self.task.cancel()

    # --- saving --------------------------------------------------------------------------------
    def _save(self) -> None:
        snapshot = dataclasses.replace(self.state)
        save = self.services.save

        def work(cancel: threading.Event, progress: Progress) -> str:
            return save(snapshot)

        self._error = None
        self._label_taken = False
        task = self.services.runner.submit(work)
        task.succeeded.connect(self._saved)
        task.failed.connect(self._failed)
        task.finished.connect(self._finished)
        self.task = task
        self.changed.emit()

    def _open_api_page(self) -> None:
        self.services.open_url(REGIONS[self.state.region].api_page(self.state.environment))

    def _retry(self) -> None:
        self._save()
        self._refresh()

    def _saved(self, connection_id: object) -> None:
        self.state.saved_id = str(connection_id)

    def _failed(self, error: object) -> None:
        self._label_taken = isinstance(error, LabelTaken)
        if isinstance(error, VaultError):
            self._error = tr_text(error.message)
        else:
            log.error("saving failed", exc_info=error if isinstance(error, Exception) else None)
            self._error = self.tr("Saving failed on an unexpected error ({kind}).").format(
                kind=type(error).__name__
            )

    def _finished(self) -> None:
        self.task = None
        self._refresh()
        self.changed.emit()

    # --- view ----------------------------------------------------------------------------------
    def _refresh(self) -> None:
        failed = self._error is not None and self.task is None
        self.retry.setVisible(failed and not self._label_taken)
        self.rename.setVisible(failed and self._label_taken)
        report = self.state.report
        shown = self.state.saved_id is not None and isinstance(report, ConnectionReport)
        for widget in (self.total, self.trading_caption, self.trading):
            widget.setVisible(shown)
        for widget in (self.funding_caption, self.funding):
            widget.setVisible(shown)
        rotated = self.state.saved_id is not None and self.state.rotating
        self.old_key.setVisible(rotated)
        self.open_old_key.setVisible(rotated)
        if shown and isinstance(report, ConnectionReport):
            self._fill(report)
        self.retranslate()

    def _fill(self, report: ConnectionReport) -> None:
        trading = report.trading.details if report.trading else ()
        rows = [(d.ccy, amount(d.equity), usd(d.usd_value)) for d in trading if d.equity]
        self.trading.setColumnCount(3)
        self._set_rows(self.trading, rows)
        funding = report.funding.details if report.funding else ()
        self._set_rows(self.funding, [(d.ccy, amount(d.balance)) for d in funding if d.balance])

    def retranslate(self) -> None:
        state = self.state
        if self.task is not None:
            self.status.setText(self.tr("Saving the key…"))
        elif state.saved_id is None:
            self.status.setText(self.tr("The key was not saved yet."))
        else:
            env = (
                self.tr("demo trading")
                if state.environment is Environment.DEMO
                else self.tr("live trading")
            )
            message = self.tr("Connected. “{label}” ({environment}) is saved and ready to use.")
            self.status.setText("✔ " + message.format(label=state.label, environment=env))
            self.status.setStyleSheet(colours.text_style(Tone.PASS, self.palette()))
        info = REGIONS[state.region]
        old_key = self.tr(
            "The new key replaces the old one in this app. Now delete the old key on OKX: it "
            "keeps working there until you do."
        )
        path = info.api_path(state.environment)
        if path is not None:  # no confirmed page address: OKX's click path
            old_key += " " + self.tr("On OKX: {path}.").format(path=tr_text(path))
        self.old_key.setText(old_key)
        self.old_key.setStyleSheet(colours.text_style(Tone.WARN, self.palette()))
        self.open_old_key.setText(self.tr("&Delete it on OKX…"))
        self.open_old_key.setAccessibleName(self.tr("Open OKX's API page to delete the old key"))
        report = state.report
        if isinstance(report, ConnectionReport) and report.trading is not None:
            self.total.setText(
                self.tr("Trading account total: {total} USD").format(
                    total=usd(report.trading.total_equity_usd)
                )
            )
        self.trading_caption.setText(self.tr("Trading account"))
        self.funding_caption.setText(self.tr("Funding account"))
        self.trading.setHorizontalHeaderLabels(
            [self.tr("Currency"), self.tr("Amount"), self.tr("USD value")]
        )
        self.funding.setHorizontalHeaderLabels([self.tr("Currency"), self.tr("Amount")])
        self.trading.setAccessibleName(self.tr("Trading account balances"))
        self.funding.setAccessibleName(self.tr("Funding account balances"))
        self.retry.setText(self.tr("&Try again"))
        self.retry.setAccessibleName(self.tr("Try saving again"))
        self.rename.setText(self.tr("&Choose another name"))
        self.rename.setAccessibleName(self.rename.text())
