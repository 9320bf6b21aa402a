"""Every question the manager window asks the user, behind one replaceable object.

:class:`Prompts` shows real dialogs; tests pass a recorder with the same methods, so they drive
the window without modal event loops.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr_text
from gui.vault.errors import VaultError
from gui.vault.model import Connection
from gui.vault.store import Problem, ProblemKind

if TYPE_CHECKING:
    from gui.vault.backup import ClashPolicy

FILE_SUFFIX = ".okxbackup"  # gui.vault.backup.FILE_SUFFIX


class PasswordDialog(QDialog):
    """Asks for a password; a new one is typed twice and must pass the strength check."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str, new: bool) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(title)
        self.new = new
        self.edit = QLineEdit(self)
        self.edit.setObjectName("passwordEdit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setObjectName("passwordAgainEdit")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QLabel(self)
        self.strength.setObjectName("strengthLabel")
        self.strength.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.edit)
        if new:
            form.addRow(self.tr("&Again:"), self.again)
        else:
            self.again.hide()
        layout = QVBoxLayout(self)
        label = QLabel(prompt, self)
        label.setObjectName("promptLabel")
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(self.strength)
        layout.addWidget(self.buttons)
        # Word-wrapped labels need their height for the dialog's width: a dialog sized from
        # size hints alone cut the prompt and the strength message off.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 52)
        self.edit.textChanged.connect(self._update)
        self.again.textChanged.connect(self._update)
        self._update()

    def _fit(self) -> None:
        """Grows the dialog to the height its wrapped text needs at its current width."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > 0 and self.minimumHeight() != needed:
            self.setMinimumHeight(needed)
        if needed > self.height():
            self.resize(self.width(), needed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _update(self) -> None:
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        password = self.edit.text()
        if not self.new:
            ok_button.setEnabled(bool(password))
            self.strength.hide()
            return
        message = self.tr("Strong enough.")
        good = True
        from gui.vault.filevault import check_new_password  # the stores' own rule

        try:
            check_new_password(password)
        except VaultError as error:
            message, good = tr_text(error.message), False
        if good and password != self.again.text():
            message, good = self.tr("The two passwords differ."), False
        self.strength.setText(message)
        ok_button.setEnabled(good)
        self._fit()


class EditDialog(QDialog):
    """Rename a connection and edit its notes."""

    def __init__(self, parent: QWidget | None, label: str, notes: str) -> None:
        super().__init__(parent)
        self.setObjectName("editDialog")
        self.setWindowTitle(self.tr("Rename and notes"))
        self.label_edit = QLineEdit(label, self)
        self.label_edit.setObjectName("labelEdit")
        self.notes_edit = QPlainTextEdit(notes, self)
        self.notes_edit.setObjectName("notesEdit")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.label_edit)
        form.addRow(self.tr("N&otes:"), self.notes_edit)
        form.addRow(buttons)


def backup_folder() -> Path:
    """Where the backup dialogs open: the user's Documents folder, else the home folder; never
    the process's working folder (the source checkout after ``make run``)."""
    from PySide6.QtCore import QStandardPaths

    for location in (
        QStandardPaths.StandardLocation.DocumentsLocation,
        QStandardPaths.StandardLocation.HomeLocation,
    ):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def preview_line(connection: Connection) -> str:
    """One connection of a backup as the import preview shows it, in the user's language (the
    region and environment as the list names them)."""
    translate = QCoreApplication.translate
    region = {
        "global": translate("ConnectionsModel", "Global"),
        "eea": translate("ConnectionsModel", "EEA"),
        "us": translate("ConnectionsModel", "US"),
    }[connection.region.value]
    if connection.environment.value == "demo":
        environment = translate("ConnectionsModel", "DEMO")
    else:
        environment = translate("ConnectionsModel", "Live")
    return (
        f"{connection.label} — {region} · {environment} · {connection.masked_api_key} "
        f"({connection.added_on.isoformat()})"
    )


class ImportDialog(QDialog):
    """The preview of a backup: one line per connection, and a choice for each name clash."""

    def __init__(
        self, parent: QWidget | None, connections: Sequence[Connection], clashes: set[str]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import backup"))
        from gui.vault.backup import ClashPolicy

        grid = QGridLayout()
        self.checks: dict[str, QCheckBox] = {}
        self.choices: dict[str, QComboBox] = {}
        for row, connection in enumerate(connections):
            check = QCheckBox(preview_line(connection), self)
            check.setChecked(True)
            self.checks[connection.id] = check
            grid.addWidget(check, row, 0)
            if connection.id in clashes:
                combo = QComboBox(self)
                combo.addItem(self.tr("Name taken: keep both"), ClashPolicy.KEEP_BOTH.value)
                combo.addItem(
                    self.tr("Name taken: replace the saved key"), ClashPolicy.REPLACE.value
                )
                combo.addItem(self.tr("Name taken: skip"), ClashPolicy.SKIP.value)
                self.choices[connection.id] = combo
                grid.addWidget(combo, row, 1)
        from gui.wizard import colours

        colours.visible_check_boxes(self)  # a frame in dark mode too
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("This backup holds:"), self))
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def result_choices(self) -> tuple[set[str], dict[str, ClashPolicy]]:
        from gui.vault.backup import ClashPolicy

        chosen = {cid for cid, check in self.checks.items() if check.isChecked()}
        return chosen, {cid: ClashPolicy(c.currentData()) for cid, c in self.choices.items()}


class Prompts(QObject):
    """Real dialogs. Each method returns None (or False) when the user cancels."""

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def password(self, parent: QWidget, title: str, prompt: str, new: bool) -> str | None:
        dialog = PasswordDialog(parent, title, prompt, new)
        return dialog.edit.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def edit(self, parent: QWidget, label: str, notes: str) -> tuple[str, str] | None:
        dialog = EditDialog(parent, label, notes)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.label_edit.text(), dialog.notes_edit.toPlainText()

    def save_path(self, parent: QWidget, title: str) -> Path | None:
        start = str(backup_folder() / f"okx-keys{FILE_SUFFIX}")
        name, _ = QFileDialog.getSaveFileName(parent, title, start, f"*{FILE_SUFFIX}")
        return Path(name) if name else None

    def open_path(self, parent: QWidget, title: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent, title, str(backup_folder()), f"*{FILE_SUFFIX}"
        )
        return Path(name) if name else None

    def import_choices(
        self, parent: QWidget, connections: Sequence[Connection], clashes: set[str]
    ) -> tuple[set[str], dict[str, ClashPolicy]] | None:
        dialog = ImportDialog(parent, connections, clashes)
        return dialog.result_choices() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def resolve_problem(self, parent: QWidget, problem: Problem) -> str | None:
        """ "repair", "remove" or None (decide later) for one store problem."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Repair"), tr_text(problem.message))
        box.setParent(parent, box.windowFlags())
        repair = None
        if problem.kind is ProblemKind.ORPHAN_SECRET:
            repair = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if repair is not None and clicked is repair:
            return "repair"
        return "remove" if clicked is remove else None
