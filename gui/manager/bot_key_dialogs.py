"""The window's dialogs for issued keys: "New bot key…" and "Keys on OKX" (the drift view).

Both only collect input and show results; the work runs in ``gui.connections`` on the store's
runner (:mod:`gui.manager.bot_keys`). Object names are documented in docs/manager.md.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.connections.drift import DriftRow
from gui.i18n import tr_text


class NewBotKeyDialog(QDialog):
    """What the new key is for: manager key, sub-account, IPs, name, permissions, rotation."""

    def __init__(self, managers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newBotKeyDialog")
        self.setWindowTitle(self.tr("New bot key"))
        self.manager = QComboBox(self)
        self.manager.setObjectName("managerCombo")
        self.manager.addItems(list(managers))
        self.sub_account = QComboBox(self)
        self.sub_account.setObjectName("subAccountCombo")
        self.sub_account.setEditable(True)
        self.sub_account.setToolTip(
            self.tr("A standard sub-account of the master account (6 to 20 letters and digits)")
        )
        self.create_sub = QCheckBox(self.tr("Create this sub-account if it does not exist"), self)
        self.create_sub.setObjectName("createSubAccountCheck")
        self.ips = QLineEdit(self)
        self.ips.setObjectName("ipsEdit")
        self.ips.setPlaceholderText("203.0.113.7, 198.51.100.2")
        self.label = QLineEdit(self)
        self.label.setObjectName("labelEdit")
        self.label.setPlaceholderText(self.tr("default: the sub-account's name and “bot”"))
        self.read_only = QCheckBox(self.tr("Read only (no trading)"), self)
        self.read_only.setObjectName("readOnlyCheck")
        self.rotate_days = QSpinBox(self)
        self.rotate_days.setObjectName("rotateDaysSpin")
        self.rotate_days.setRange(0, 3650)
        self.rotate_days.setSpecialValueText(self.tr("never"))
        self.rotate_days.setSuffix(self.tr(" days"))
        self.status = QLabel(self)
        self.status.setObjectName("subAccountStatus")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Manager key:"), self.manager)
        form.addRow(self.tr("&Sub-account:"), self.sub_account)
        form.addRow("", self.create_sub)
        form.addRow(self.tr("Bot server's &IP addresses:"), self.ips)
        form.addRow(self.tr("&Name in this app:"), self.label)
        form.addRow("", self.read_only)
        form.addRow(self.tr("&Rotate every:"), self.rotate_days)
        intro = QLabel(
            self.tr(
                "The app creates the key on OKX through the manager key and saves it straight "
                "from OKX's answer: nobody sees, copies or pastes its secret. It gets Read and "
                "Trade (or Read only), never Withdraw, and works only from the IP addresses "
                "you give."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        self.issue_button = buttons.addButton(
            self.tr("Create key"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.issue_button.setObjectName("issueButton")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def show_sub_accounts(self, names: Sequence[str]) -> None:
        current = self.sub_account.currentText()
        self.sub_account.clear()
        self.sub_account.addItems(list(names))
        if current:
            self.sub_account.setEditText(current)
        self.status.setText(
            self.tr("Standard sub-accounts: {count}").format(count=len(names))
            if names
            else self.tr("This master account has no standard sub-account yet.")
        )

    def show_problem(self, text: str) -> None:
        self.status.setText(text)


class DriftDialog(QDialog):
    """Every sub-account key OKX reports beside what the app holds, and the leftovers."""

    COLUMNS = 6

    def __init__(self, manager: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("driftDialog")
        self.setWindowTitle(self.tr("Keys on OKX — {manager}").format(manager=manager))
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("driftTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Sub-account"),
                self.tr("API key"),
                self.tr("Permissions"),
                self.tr("IP addresses"),
                self.tr("State"),
                self.tr("Saved as"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.status = QLabel(self.tr("Asking OKX…"), self)
        self.status.setObjectName("driftStatus")
        self.status.setWordWrap(True)
        self.leftovers = QLabel(self)
        self.leftovers.setObjectName("leftoversLabel")
        self.leftovers.setWordWrap(True)
        self.leftovers.setStyleSheet("color: #b3261e;")
        self.leftovers.hide()
        self.clean_up_button = QPushButton(self.tr("Delete leftovers on OKX…"), self)
        self.clean_up_button.setObjectName("cleanUpButton")
        self.clean_up_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.leftovers)
        layout.addWidget(self.clean_up_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 420)

    def show_rows(self, rows: Sequence[DriftRow], leftovers: Sequence[str]) -> None:
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            state = tr_text(row.state_name) + (f" ({row.detail})" if row.detail else "")
            cells = (
                row.sub_account,
                row.masked,
                self._permissions(row.permissions),
                ", ".join(row.ips) or "—",
                state,
                row.connection_label or "—",
            )
            for column, text in enumerate(cells):
                self.table.setItem(i, column, QTableWidgetItem(text))
        unknown = sum(1 for r in rows if r.state.value in ("unknown", "changed", "missing"))
        self.status.setText(
            self.tr("{count} keys on OKX; {odd} need a look.").format(count=len(rows), odd=unknown)
        )
        self.leftovers.setText("\n".join(leftovers))
        self.leftovers.setVisible(bool(leftovers))
        self.clean_up_button.setVisible(bool(leftovers))

    def show_problem(self, text: str) -> None:
        self.status.setText(text)

    def _permissions(self, tokens: Sequence[str]) -> str:
        names = {
            "read_only": self.tr("Read"),
            "trade": self.tr("Trade"),
            "withdraw": self.tr("Withdraw!"),
        }
        return " · ".join(names.get(t, t) for t in tokens)
