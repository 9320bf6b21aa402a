"""The settings dialog: language, clipboard, reminders, locking, checks and the balance cache."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from gui.i18n import LANGUAGES
from gui.manager.settings import AppSettings
from gui.wizard import colours


class SettingsDialog(QDialog):
    """Edits :class:`AppSettings`; the values are saved on OK."""

    def __init__(
        self, settings: AppSettings, parent: QWidget | None = None, storage: str | None = None
    ) -> None:
        """``storage``: "keychain" or "vault" offers moving to the other; None hides it."""
        super().__init__(parent)
        self.move_requested = False
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language or "")))
        self.clipboard = QSpinBox(self)
        self.clipboard.setObjectName("clipboardSpin")
        self.clipboard.setRange(5, 600)
        self.clipboard.setSuffix(self.tr(" s"))
        self.clipboard.setValue(settings.clipboard_clear_seconds)
        self.rotation = QSpinBox(self)
        self.rotation.setObjectName("rotationSpin")
        self.rotation.setRange(0, 3650)
        self.rotation.setSpecialValueText(self.tr("Never remind"))
        self.rotation.setSuffix(self.tr(" days"))
        self.rotation.setValue(settings.rotation_days)
        self.auto_lock = QSpinBox(self)
        self.auto_lock.setObjectName("autoLockSpin")
        self.auto_lock.setRange(0, 1440)
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setValue(settings.auto_lock_minutes)
        self.screen_lock = QCheckBox(self.tr("Lock when the screen locks"), self)
        self.screen_lock.setObjectName("screenLockCheck")
        self.screen_lock.setChecked(settings.lock_on_screen_lock)
        self.check_on_start = QCheckBox(self.tr("Check all connections when the app starts"), self)
        self.check_on_start.setObjectName("checkOnStartCheck")
        self.check_on_start.setChecked(settings.check_on_start)
        self.cache = QCheckBox(
            self.tr("Keep the last balances on this computer to show them offline"), self
        )
        self.cache.setObjectName("balanceCacheCheck")
        self.cache.setChecked(settings.balance_cache)
        note = QLabel(
            self.tr(
                "Auto-lock applies to a vault file; keys in the system keychain are protected "
                "by your login. The balance cache holds amounts only, never a key."
            ),
            self,
        )
        note.setWordWrap(True)
        self.storage_label = QLabel(self)
        self.storage_label.setObjectName("storageLabel")
        self.move_button = QPushButton(self)
        self.move_button.setObjectName("moveStorageButton")
        self.move_button.clicked.connect(self._move)
        if storage == "vault":
            self.storage_label.setText(self.tr("A vault file (encrypted, with a master password)"))
            self.move_button.setText(self.tr("&Move to the system keychain…"))
        else:
            self.storage_label.setText(self.tr("The system keychain"))
            self.move_button.setText(self.tr("&Move to a vault file…"))
        self.move_button.setToolTip(
            self.tr(
                "Copies every connection, checks each copy, and only then removes them from "
                "the old place."
            )
        )
        storage_row = QHBoxLayout()
        storage_row.addWidget(self.storage_label, 1)
        storage_row.addWidget(self.move_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Clear copied secrets after:"), self.clipboard)
        form.addRow(self.tr("&Remind to rotate keys after:"), self.rotation)
        form.addRow(self.tr("Lock the vault file after &idle:"), self.auto_lock)
        form.addRow("", self.screen_lock)
        form.addRow("", self.check_on_start)
        form.addRow("", self.cache)
        if storage is not None:
            form.addRow(self.tr("Keys are stored in:"), storage_row)
        else:
            self.storage_label.hide()
            self.move_button.hide()
        form.addRow(note)
        form.addRow(buttons)
        colours.visible_check_boxes(self)  # a frame in dark mode too

    def _move(self) -> None:
        self.move_requested = True
        self.accept()

    def accept(self) -> None:
        settings = self.settings
        settings.language = str(self.language.currentData()) or None
        settings.clipboard_clear_seconds = self.clipboard.value()
        settings.rotation_days = self.rotation.value()
        settings.auto_lock_minutes = self.auto_lock.value()
        settings.lock_on_screen_lock = self.screen_lock.isChecked()
        settings.check_on_start = self.check_on_start.isChecked()
        settings.balance_cache = self.cache.isChecked()
        settings.sync()
        super().accept()
