"""CREATE_KEY: the guide's steps to create a Read + Trade key on the right OKX page."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QVBoxLayout

from gui.i18n import tr_text
from gui.okx.regions import DEMO_API_PATH, REGIONS, Environment
from gui.wizard.flow import Flow, Step
from gui.wizard.pages.base import Page, text_label
from gui.wizard.pages.ip_panel import IpPanel
from gui.wizard.passphrase import generate_passphrase
from gui.wizard.services import WizardServices


class CreateKeyPage(Page):
    def __init__(self, flow: Flow, services: WizardServices) -> None:
        super().__init__(Step.CREATE_KEY, flow, services)
        self.open_page = QPushButton(self)
        self.open_page.setObjectName("openApiPageButton")
        self.open_page.clicked.connect(self._open_api_page)
        self.url = text_label("apiPageUrlLabel", self)
        self.steps = text_label("createKeySteps", self, rich=True)
        self.generate = QPushButton(self)
        self.generate.setObjectName("generatePassphraseButton")
        self.generate.clicked.connect(self.generate_passphrase)
        self.generated = QLineEdit(self)
        self.generated.setObjectName("generatedPassphraseEdit")
        self.generated.setReadOnly(True)
        self.copy = QPushButton(self)
        self.copy.setObjectName("copyPassphraseButton")
        self.copy.setEnabled(False)
        self.copy.clicked.connect(self._copy)
        self.copied = text_label("copiedLabel", self)
        self.after = text_label("createKeyAfter", self, rich=True)
        # The address to bind, where step 6 asks for it (an opt-in lookup; live keys only).
        self.ip_panel = IpPanel(services, self)
        for widget, name in (
            (self.ip_panel, "createKeyIpPanel"),
            (self.ip_panel.label, "createKeyIpLabel"),
            (self.ip_panel.copy, "createKeyCopyIpButton"),
            (self.ip_panel.lookup, "createKeyLookupIpButton"),
        ):
            widget.setObjectName(name)
        self.ip_panel.changed.connect(self.changed)

        grid = QGridLayout()
        grid.addWidget(self.open_page, 0, 0)
        grid.addWidget(self.url, 0, 1, 1, 2)
        grid.addWidget(self.generate, 1, 0)
        grid.addWidget(self.generated, 1, 1)
        grid.addWidget(self.copy, 1, 2)
        grid.addWidget(self.copied, 2, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addWidget(self.ip_panel)
        layout.addLayout(grid)
        layout.addWidget(self.after)
        layout.addStretch(1)
        self.setTabOrder(self.open_page, self.generate)
        self.setTabOrder(self.generate, self.generated)
        self.setTabOrder(self.generated, self.copy)
        self.retranslate()

    @property
    def busy(self) -> bool:
        return self.ip_panel.busy

    def leave(self) -> None:
        self.ip_panel.cancel()

    def title(self) -> str:
        if self.state.environment is Environment.DEMO:
            return self.tr("Create a demo API key")
        return self.tr("Create the API key")

    def enter(self) -> None:
        state = self.state
        shown = self.generated.text()
        if shown and shown != state.passphrase and not state.passphrase_typed:
            # "Create a new key" dropped the old key's passphrase: so goes the one shown here.
            self.generated.clear()
            self.copied.clear()
            self.copy.setEnabled(False)
        live = self.state.environment is Environment.LIVE
        if self.ip_panel.ip is None or not live:  # an address found stays while on the page
            self.ip_panel.show_for(None, offer_lookup=live)
        self.retranslate()

    def api_page_url(self) -> str:
        """The API page (live), or the site when no page address is confirmed (demo)."""
        return REGIONS[self.state.region].api_page(self.state.environment)

    def _open_api_page(self) -> None:
        self.services.open_url(self.api_page_url())

    def generate_passphrase(self) -> None:
        """Generates a passphrase, shows it, copies it and pre-fills the Enter-keys page."""
        value = generate_passphrase()
        self.generated.setText(value)
        if not self.state.passphrase_typed:  # never over what the user typed on the next page
            self.state.passphrase = value
        self.copy.setEnabled(True)
        self._copy()

    def _copy(self) -> None:
        if self.generated.text():
            self.services.clipboard.copy_secret(self.generated.text())
            seconds = self.services.clipboard.clear_after_ms // 1000
            self.copied.setText(
                self.tr(
                    "Copied. Paste it into OKX's passphrase field now; the clipboard is cleared "
                    "in {seconds} s. Also note it somewhere safe: OKX cannot show it again."
                ).format(seconds=seconds)
            )

    def retranslate(self) -> None:
        demo = self.state.environment is Environment.DEMO
        info = REGIONS[self.state.region]
        if demo:
            first = self.tr(
                "Log in at {host} and go to {path}. Demo keys are made there and only work in "
                "demo trading."
            ).format(host=info.web_host, path=tr_text(DEMO_API_PATH))
            create = self.tr("Click <b>Create Demo Trading V5 API Key</b>.")
            expiry = self.tr("Demo keys never expire.")
        else:
            path = info.api_path(self.state.environment)
            if path is None:
                first = self.tr("Log in at {host} and open the API page.").format(
                    host=info.web_host
                )
            else:  # no confirmed page address (US): OKX's click path
                first = self.tr("Log in at {host} and go to {path}.").format(
                    host=info.web_host, path=tr_text(path)
                )
            create = self.tr(
                "Click <b>Create V5 API key</b>. Where OKX asks what the key is for, choose "
                "<b>API trading</b>, not “Link a third-party app”: such a key only works from "
                "that app's servers, never from this computer."
            )
            expiry = self.tr(
                "OKX's documentation says a Trade key without a bound IP address is deleted "
                "after 14 days without use (the rule may have changed): bind your computer's "
                "public IP address if it is fixed."
            )
        steps = [
            first,
            create,
            self.tr("Name the key, for example “OKX Key Manager”."),
            self.tr(
                "Choose a <b>passphrase</b> and note it somewhere safe: OKX cannot show it "
                "again. The button below makes a strong one."
            ),
            self.tr(
                "Permissions: tick <b>Read</b> and <b>Trade</b>. Never tick <b>Withdraw</b>: "
                "this app does not need it, and a stolen withdraw key can empty your account."
            ),
            self.tr("IP address: {expiry}").format(expiry=expiry),
            self.tr(
                "Confirm with the code OKX sends by e-mail or shows in your authenticator app. "
                "OKX then shows the new key."
            ),
        ]
        self.steps.setText("<ol>" + "".join(f"<li>{s}</li>" for s in steps) + "</ol>")
        self.after.setText(
            self.tr(
                "<b>OKX shows the secret key only once.</b> Keep OKX's page open and copy the API "
                "key, the secret key and your passphrase into the next page."
            )
        )
        if info.api_page_is_direct(self.state.environment):
            self.open_page.setText(self.tr("&Open the API page"))
            self.open_page.setAccessibleName(self.tr("Open OKX's API management page"))
        else:
            self.open_page.setText(self.tr("&Open OKX ({host})").format(host=info.web_host))
            self.open_page.setAccessibleName(self.tr("Open OKX's web site in the browser"))
        self.url.setText(self.api_page_url())
        self.generate.setText(self.tr("&Generate passphrase"))
        self.generate.setAccessibleName(self.tr("Generate a strong passphrase"))
        self.generated.setAccessibleName(self.tr("Generated passphrase"))
        self.ip_panel.refresh()
        self.copy.setText(self.tr("&Copy"))
        self.copy.setAccessibleName(self.tr("Copy the passphrase"))
