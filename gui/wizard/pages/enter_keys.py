"""ENTER_KEYS: label, API key, secret key and passphrase, checked as the user types."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
)

from gui.i18n import tr_text
from gui.okx.regions import Environment, Region
from gui.wizard import colours
from gui.wizard.colours import Tone
from gui.wizard.flow import Flow, Step
from gui.wizard.pages.base import Page, default_label, text_label
from gui.wizard.services import WizardServices
from gui.wizard.validation import Field, Issue, Severity, can_continue, check_keys, clean


class EnterKeysPage(Page):
    def __init__(self, flow: Flow, services: WizardServices) -> None:
        super().__init__(Step.ENTER_KEYS, flow, services)
        self.intro = text_label("enterKeysIntro", self)
        self.edits: dict[Field, QLineEdit] = {}
        self.messages: dict[Field, QLabel] = {}
        self.captions: dict[Field, QLabel] = {}
        self.reveals: dict[Field, QToolButton] = {}
        self._touched: set[Field] = set()
        self.issues: list[Issue] = []
        grid = QGridLayout()
        names = {
            Field.LABEL: "label",
            Field.API_KEY: "apiKey",
            Field.SECRET_KEY: "secretKey",
            Field.PASSPHRASE: "passphrase",
        }
        for row, (field, name) in enumerate(names.items()):
            edit = QLineEdit(self)
            edit.setObjectName(f"{name}Edit")
            edit.textEdited.connect(lambda _t, f=field: self._edited(f))
            caption = QLabel(self)
            caption.setObjectName(f"{name}Caption")
            caption.setBuddy(edit)
            message = text_label(f"{name}Message", self)
            message.hide()
            grid.addWidget(caption, row * 2, 0)
            grid.addWidget(edit, row * 2, 1)
            grid.addWidget(message, row * 2 + 1, 1, 1, 2)
            if field is not Field.LABEL:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
                reveal = QToolButton(self)
                reveal.setObjectName(f"{name}Reveal")
                reveal.setCheckable(True)
                reveal.toggled.connect(lambda on, e=edit: self._reveal(e, on))
                grid.addWidget(reveal, row * 2, 2)
                self.reveals[field] = reveal
            self.edits[field] = edit
            self.captions[field] = caption
            self.messages[field] = message
        grid.setColumnStretch(1, 1)
        self.samples = QComboBox(self)
        self.samples.setObjectName("simulatorKeyCombo")
        self.samples.addItem("", None)
        for name in services.sample_keys:
            self.samples.addItem(name, name)
        self.samples.activated.connect(self._sample_chosen)
        self.samples.setVisible(bool(services.sample_keys))
        self.accept_warnings = QCheckBox(self)
        self.accept_warnings.setObjectName("acceptWarningsCheck")
        self.accept_warnings.toggled.connect(self._accept_toggled)
        self.accept_warnings.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.samples)
        layout.addLayout(grid)
        layout.addWidget(self.accept_warnings)
        layout.addStretch(1)
        previous: QLineEdit | QToolButton | None = None
        for field, edit in self.edits.items():
            for widget in (edit, self.reveals.get(field)):
                if widget is not None:
                    if previous is not None:
                        self.setTabOrder(previous, widget)
                    previous = widget
        if previous is not None:
            self.setTabOrder(previous, self.accept_warnings)
        self.retranslate()

    # --- contract ------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Enter the key")

    @property
    def valid(self) -> bool:
        return can_continue(self.issues, self.accept_warnings.isChecked())

    def enter(self) -> None:
        state = self.state
        if not state.label_edited:  # the default name follows the region and environment
            state.label = self._default_label(state.region, state.environment)
        values = {
            Field.LABEL: state.label,
            Field.API_KEY: state.api_key,
            Field.SECRET_KEY: state.secret_key,
            Field.PASSPHRASE: state.passphrase,
        }
        for field, value in values.items():
            if self.edits[field].text() != value:
                self.edits[field].setText(value)
        self.accept_warnings.setChecked(state.format_warnings_accepted)
        self._touched = {f for f, v in values.items() if v}
        self.revalidate()
        self.edits[Field.API_KEY if state.label else Field.LABEL].setFocus()

    def apply(self) -> None:
        state = self.state
        state.label = clean(self.edits[Field.LABEL].text())
        state.api_key = clean(self.edits[Field.API_KEY].text())
        state.secret_key = clean(self.edits[Field.SECRET_KEY].text())
        state.passphrase = clean(self.edits[Field.PASSPHRASE].text())
        state.format_warnings_accepted = self.accept_warnings.isChecked()

    def keep(self) -> None:
        # OKX shows the secret once: what was typed stays until changed or the wizard is left.
        self.apply()

    def leave(self) -> None:
        self.keep()

    # --- behaviour -----------------------------------------------------------------------------
    def _default_label(self, region: Region, environment: Environment) -> str:
        return default_label(region, environment)

    def _edited(self, field: Field) -> None:
        self._touched.add(field)
        if field is Field.LABEL:
            self.state.label_edited = True
        elif field is Field.PASSPHRASE:
            self.state.passphrase_typed = True
        self.revalidate()

    def _sample_chosen(self) -> None:
        name = self.samples.currentData()
        creds = self.services.sample_keys.get(str(name)) if name else None
        if creds is None:
            return
        values = {
            Field.API_KEY: creds.api_key,
            Field.SECRET_KEY: creds.secret_key,
            Field.PASSPHRASE: creds.passphrase,
        }
        for field, value in values.items():
            self.edits[field].setText(value)
            self._touched.add(field)
        self.state.passphrase_typed = True
        self.revalidate()

    def _accept_toggled(self) -> None:
        self.changed.emit()

    def _reveal(self, edit: QLineEdit, on: bool) -> None:
        edit.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        self.retranslate()

    def revalidate(self) -> None:
        self.issues = check_keys(*(self.edits[f].text() for f in Field))
        by_field = {issue.field: issue for issue in self.issues}
        for field, label in self.messages.items():
            issue = by_field.get(field)
            shown = issue is not None and (
                issue.severity is Severity.WARNING or field in self._touched
            )
            label.setVisible(shown)
            if issue is not None and shown:
                label.setText(tr_text(issue.message))
                error = issue.severity is Severity.ERROR
                tone = Tone.FAIL if error else Tone.WARN
                label.setStyleSheet(colours.text_style(tone, self.palette()))
        has_warnings = any(i.severity is Severity.WARNING for i in self.issues)
        self.accept_warnings.setVisible(has_warnings)
        if not has_warnings and self.accept_warnings.isChecked():
            self.accept_warnings.setChecked(False)
        self.changed.emit()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Paste the values from OKX's page. Spaces around them are removed. Nothing is "
                "sent anywhere until the next step."
            )
        )
        if not self.state.label_edited and self.state.label:  # the default name, re-translated
            self.state.label = self._default_label(self.state.region, self.state.environment)
            self.edits[Field.LABEL].setText(self.state.label)
        captions = {
            Field.LABEL: self.tr("Na&me:"),
            Field.API_KEY: self.tr("&API key:"),
            Field.SECRET_KEY: self.tr("&Secret key:"),
            Field.PASSPHRASE: self.tr("&Passphrase:"),
        }
        accessible = {
            Field.LABEL: self.tr("Connection name"),
            Field.API_KEY: self.tr("API key"),
            Field.SECRET_KEY: self.tr("Secret key"),
            Field.PASSPHRASE: self.tr("Passphrase"),
        }
        for field, caption in captions.items():
            self.captions[field].setText(caption)
            self.edits[field].setAccessibleName(accessible[field])
        self.edits[Field.LABEL].setPlaceholderText(self.tr("e.g. Main account"))
        self.edits[Field.API_KEY].setPlaceholderText("1a2b3c4d-…")
        # Each button its own mnemonic (Alt+K, Alt+E, Alt+H), kept when it switches to Hide.
        shown = {
            Field.API_KEY: (self.tr("Show &key"), self.tr("Hide &key")),
            Field.SECRET_KEY: (self.tr("Show s&ecret"), self.tr("Hide s&ecret")),
            Field.PASSPHRASE: (self.tr("Show passp&hrase"), self.tr("Hide passp&hrase")),
        }
        for field, button in self.reveals.items():
            show, hide = shown[field]
            button.setText(hide if button.isChecked() else show)
            button.setAccessibleName(
                self.tr("Show or hide: {field}").format(field=accessible[field])
            )
        self.samples.setItemText(0, self.tr("Simulator: fill in a test key…"))
        self.samples.setAccessibleName(self.tr("Simulator test key"))
        self.accept_warnings.setText(self.tr("These values are right; &continue anyway"))
        self.accept_warnings.setAccessibleName(self.tr("These values are right; continue anyway"))
        colours.visible_check_box(self.accept_warnings, self.palette())
        for issue in self.issues:
            self.messages[issue.field].setText(tr_text(issue.message))
            tone = Tone.FAIL if issue.severity is Severity.ERROR else Tone.WARN
            self.messages[issue.field].setStyleSheet(colours.text_style(tone, self.palette()))
