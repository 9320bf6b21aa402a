"""START: region, environment, language, and what the user will need."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
)

from gui.i18n import LANGUAGES
from gui.okx.regions import REGIONS, Environment, Region
from gui.wizard import colours
from gui.wizard.flow import Flow, Step, WizardState
from gui.wizard.pages.base import Page, default_label, text_label
from gui.wizard.services import WizardServices


class StartPage(Page):
    def __init__(self, flow: Flow, services: WizardServices) -> None:
        super().__init__(Step.START, flow, services)
        self.intro = text_label("startIntro", self)

        self.offer_frame = QFrame(self)
        self.offer_frame.setObjectName("offerFrame")
        self.offer_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.offer_label = text_label("offerLabel", self.offer_frame)
        self.use_detected = QPushButton(self.offer_frame)
        self.use_detected.setObjectName("useDetectedButton")
        self.use_detected.clicked.connect(self._use_detected)
        offer_row = QHBoxLayout(self.offer_frame)
        offer_row.addWidget(self.offer_label, 1)
        offer_row.addWidget(self.use_detected)
        self.offer_frame.hide()

        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        current = services.translations.language if services.translations else "en"
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.currentIndexChanged.connect(self._language_chosen)

        self.region = QComboBox(self)
        self.region.setObjectName("regionCombo")
        for region in Region:
            self.region.addItem("", region)
        self.region_help = text_label("regionHelp", self)
        self.environment = QComboBox(self)
        self.environment.setObjectName("environmentCombo")
        for environment in Environment:
            self.environment.addItem("", environment)
        self.environment_help = text_label("environmentHelp", self)
        self.needs = text_label("needsLabel", self, rich=True)
        self.spot_only = QCheckBox(self)
        self.spot_only.setObjectName("spotOnlyCheck")
        self._spot_only_choice = False  # the user's answer; OKX US is spot only regardless
        self.spot_only.toggled.connect(self._spot_only_toggled)
        self.spot_only_note = text_label("spotOnlyNote", self)

        self.language_caption = text_label("languageCaption", self)
        self.region_caption = text_label("regionCaption", self)
        self.environment_caption = text_label("environmentCaption", self)
        self.language_caption.setBuddy(self.language)
        self.region_caption.setBuddy(self.region)
        self.environment_caption.setBuddy(self.environment)
        # A grid, not a QFormLayout: the form layout leaves gaps around word-wrapped help rows.
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        form.setVerticalSpacing(4)
        rows = [
            (self.language_caption, self.language, None),
            (self.region_caption, self.region, self.region_help),
            (self.environment_caption, self.environment, self.environment_help),
        ]
        row = 0
        for caption, field, help_label in rows:
            form.addWidget(caption, row, 0)
            form.addWidget(field, row, 1)
            row += 1
            if help_label is not None:
                help_label.setContentsMargins(0, 0, 0, 8)
                form.addWidget(help_label, row, 1)
                row += 1

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.offer_frame)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.needs)
        layout.addWidget(self.spot_only)
        layout.addWidget(self.spot_only_note)
        layout.addStretch(1)
        self.setTabOrder(self.use_detected, self.language)
        self.setTabOrder(self.language, self.region)
        self.setTabOrder(self.region, self.environment)
        self.setTabOrder(self.environment, self.spot_only)
        self.region.currentIndexChanged.connect(self.retranslate)
        self.region.currentIndexChanged.connect(self.changed)  # US: one step fewer
        self.retranslate()

    def title(self) -> str:
        return self.tr("Connect your OKX account")

    def enter(self) -> None:
        self.region.setCurrentIndex(self.region.findData(self.state.region))
        self.environment.setCurrentIndex(self.environment.findData(self.state.environment))
        self._spot_only_choice = self.state.spot_only
        offered = self.state.offered_region or self.state.offered_environment
        self.offer_frame.setVisible(offered is not None)
        self.retranslate()

    def apply(self) -> None:
        self.state.region = self.selected_region()
        self.state.environment = self.selected_environment()
        self.state.spot_only = self._spot_only_choice
        self.state.offered_region = None
        self.state.offered_environment = None
        if self.state.label and not self.state.label_edited:  # the default name follows
            self.state.label = default_label(self.state.region, self.state.environment)

    def focus_first(self) -> None:
        first = self.use_detected if self.offer_frame.isVisibleTo(self) else self.language
        first.setFocus()

    def planned_state(self) -> WizardState:
        return dataclasses.replace(
            self.state, region=self.selected_region(), spot_only=self._spot_only_choice
        )

    def selected_region(self) -> Region:
        return Region(self.region.currentData())

    def selected_environment(self) -> Environment:
        return Environment(self.environment.currentData())

    def _spot_only_toggled(self, on: bool) -> None:
        if self.spot_only.isEnabled():
            self._spot_only_choice = on
        self.changed.emit()  # the steps ahead (and their count) depend on it

    def _language_chosen(self) -> None:
        code = str(self.language.currentData())
        self.state.language = code
        if self.services.translations is not None:
            self.services.translations.choose(code)

    def _use_detected(self) -> None:
        if self.state.offered_region is not None:
            self.region.setCurrentIndex(self.region.findData(self.state.offered_region))
        if self.state.offered_environment is not None:
            index = self.environment.findData(self.state.offered_environment)
            self.environment.setCurrentIndex(index)
        self.offer_frame.hide()
        self.changed.emit()

    def _offer_text(self) -> str:
        region, environment = self.state.offered_region, self.state.offered_environment
        if region is not None:
            #: {region}: the translated region name, e.g. Global; {host}: the site's address.
            return self.tr(
                "OKX says this key belongs to the {region} site ({host}), not the one you chose."
            ).format(region=self._region_name(region), host=REGIONS[region].web_host)
        if environment is Environment.DEMO:
            return self.tr("OKX says this is a demo-trading key. Choose Demo trading to use it.")
        return self.tr("OKX says this is a live-trading key. Choose Live trading to use it.")

    def _region_name(self, region: Region) -> str:
        names = {
            Region.GLOBAL: self.tr("Global"),
            Region.EEA: self.tr("EEA (Europe)"),
            Region.US: self.tr("US"),
        }
        return names[region]

    def _intro(self) -> str:
        if self.services.saves_to_vault_file():
            return self.tr(
                "This wizard helps you create an OKX API key for this app, checks that the key "
                "works and stores it in the app's encrypted vault file on this computer. It "
                "takes about five minutes."
            )
        return self.tr(
            "This wizard helps you create an OKX API key for this app, checks that the key "
            "works and stores it in your system's keychain. It takes about five minutes."
        )

    def retranslate(self) -> None:
        self.intro.setText(self._intro())
        self.language_caption.setText(self.tr("&Language:"))
        self.region_caption.setText(self.tr("&Region:"))
        self.environment_caption.setText(self.tr("&Environment:"))
        for index in range(self.region.count()):
            region = Region(self.region.itemData(index))
            self.region.setItemText(
                index,
                self.tr("{region} — you log in at {host}").format(
                    region=self._region_name(region), host=REGIONS[region].web_host
                ),
            )
        self.region_help.setText(
            self.tr(
                "Choose the site you log in to: look at your browser's address bar. A key works "
                "only on the site that issued it."
            )
        )
        self.environment.setItemText(0, self.tr("Live trading (real funds)"))
        self.environment.setItemText(1, self.tr("Demo trading (play money)"))
        self.environment_help.setText(
            self.tr(
                "Demo trading uses simulated funds and separate demo keys: ideal for trying a bot "
                "without risk. Live trading uses your real account."
            )
        )
        self.needs.setText(
            self.tr(
                "<b>You will need:</b> your OKX login with two-factor authentication, the OKX "
                "web site open in your browser, and a safe place to note the passphrase you "
                "choose for the key."
            )
        )
        us = self.selected_region() is Region.US
        self.spot_only.blockSignals(True)
        self.spot_only.setChecked(us or self._spot_only_choice)
        self.spot_only.blockSignals(False)
        self.spot_only.setEnabled(not us)
        self.spot_only.setText(self.tr("I trade spot only (skip the futures account settings)"))
        self.spot_only_note.setVisible(us)
        self.spot_only_note.setText(
            self.tr(
                "Ticked for OKX US: the app treats the US site as spot only, so the futures "
                "account settings are skipped. Confirm on app.okx.com that your account trades "
                "spot only."
            )
        )
        self.spot_only.setToolTip(self.spot_only_note.text() if us else "")
        colours.visible_check_box(self.spot_only, self.palette())
        self.use_detected.setText(self.tr("Use this"))
        self.offer_label.setText(self._offer_text())
        self.language.setAccessibleName(self.tr("Language"))
        self.region.setAccessibleName(self.tr("Region"))
        self.environment.setAccessibleName(self.tr("Environment"))
        self.spot_only.setAccessibleName(self.spot_only.text())
        self.use_detected.setAccessibleName(self.tr("Use the detected region or environment"))
