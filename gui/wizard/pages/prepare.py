"""PREPARE: the account settings the guide recommends for futures trading (skippable)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from gui.i18n import tr_text
from gui.okx.regions import FUTURES_SETTINGS_PATH, REGIONS
from gui.wizard.flow import Flow, Step
from gui.wizard.pages.base import Page, text_label
from gui.wizard.services import WizardServices


class PreparePage(Page):
    def __init__(self, flow: Flow, services: WizardServices) -> None:
        super().__init__(Step.PREPARE, flow, services)
        self.intro = text_label("prepareIntro", self)
        self.settings = text_label("prepareSettings", self, rich=True)
        self.later = text_label("prepareLater", self)
        self.open_settings = QPushButton(self)
        self.open_settings.setObjectName("openSettingsButton")
        self.open_settings.clicked.connect(self._open_settings)
        # No page address for the futures settings is confirmed: the site, and OKX's click path.
        self.url = text_label("settingsUrlLabel", self)
        row = QHBoxLayout()
        row.addWidget(self.open_settings)
        row.addWidget(self.url, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.settings)
        layout.addLayout(row)
        layout.addWidget(self.later)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Prepare your trading account")

    def enter(self) -> None:
        self.retranslate()

    def _site(self) -> str:
        return REGIONS[self.state.region].web_url

    def _open_settings(self) -> None:
        self.services.open_url(self._site())

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "If you trade futures or perpetual swaps, set your account up like this before "
                "creating the key. Spot-only traders can skip this step."
            )
        )
        self.settings.setText(
            self.tr(
                "<ul>"
                "<li><b>Account mode:</b> Spot and futures mode (older guides call it "
                "single-currency margin).</li>"
                "<li><b>Position mode:</b> one-way mode (not long/short mode).</li>"
                "<li><b>Margin:</b> isolated margin is recommended: a losing position cannot "
                "eat into the rest of your account.</li>"
                "</ul>"
            )
        )
        self.later.setText(
            self.tr(
                "You do not have to trust this page: after connecting, the app reads your real "
                "settings, tells you what differs and can change it for you."
            )
        )
        host = REGIONS[self.state.region].web_host
        self.open_settings.setText(self.tr("&Open OKX ({host})").format(host=host))
        self.open_settings.setAccessibleName(self.tr("Open OKX's web site in the browser"))
        self.url.setText(self.tr("There: {path}").format(path=tr_text(FUTURES_SETTINGS_PATH)))
