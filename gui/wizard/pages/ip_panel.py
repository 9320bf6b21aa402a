"""The IP address to bind a key to, on the VERIFY page.

When OKX refused the key for its IP address (50110) it named the address it saw: the panel shows
it with a Copy button. For a key with no bound address the panel offers an explicit lookup,
naming the third-party service it asks (the lookup reveals the address to that service); nothing
is asked unless the user presses the button. The lookup runs on the task runner.

A key bound to another machine (a server) is refused here for that reason alone: "I will check
it from the server" lets the wizard save it unchecked ("Not checked"); ``okx-key-manager check
LABEL`` run there records the result (and removes a key that can withdraw).
"""

from __future__ import annotations

import shlex
import threading

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from gui.i18n import tr_text
from gui.tasks import Progress, Task
from gui.wizard import colours
from gui.wizard.colours import Tone
from gui.wizard.pages.base import text_label
from gui.wizard.public_ip import IpLookupError
from gui.wizard.services import WizardServices


class IpPanel(QWidget):
    """Hidden unless there is an address to show or a lookup to offer."""

    changed = Signal()  # busy or not

    def __init__(self, services: WizardServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ipPanel")
        self.services = services
        self.task: Task[str] | None = None
        self.ip: str | None = None
        self._named_by_okx = False
        self._offer_lookup = False
        self._problem: str | None = None
        self.label = text_label("ipLabel", self)
        self.copy = QPushButton(self)
        self.copy.setObjectName("copyIpButton")
        self.copy.clicked.connect(self._copy)
        self.lookup = QPushButton(self)
        self.lookup.setObjectName("lookupIpButton")
        self.lookup.clicked.connect(self.start_lookup)
        self.elsewhere = QCheckBox(self)
        self.elsewhere.setObjectName("checkFromServerBox")
        self.elsewhere.toggled.connect(self.changed)
        self.elsewhere.toggled.connect(self.refresh)
        self.next_step = text_label("onServerLabel", self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.label, 1)
        row.addWidget(self.copy)
        row.addWidget(self.lookup)
        column.addLayout(row)
        column.addWidget(self.elsewhere)
        column.addWidget(self.next_step)
        self.show_for(None, offer_lookup=False)

    @property
    def on_server(self) -> bool:
        """The user will check the key from the machine it is bound to (reset by each check:
        OKX names the address again)."""
        return self._named_by_okx and self.elsewhere.isChecked()

    @property
    def busy(self) -> bool:
        return self.task is not None

    def show_for(self, okx_ip: str | None, *, offer_lookup: bool) -> None:
        """``okx_ip``: the address OKX named; ``offer_lookup``: the key has no bound address."""
        self.cancel()
        self.ip = okx_ip
        self._named_by_okx = okx_ip is not None
        self._offer_lookup = offer_lookup and okx_ip is None and self.services.lookup_ip is not None
        self._problem = None
        self.elsewhere.setChecked(False)
        self.refresh()

    def label_for_next(self) -> str:
        """The connection's name as the wizard has it (the page this panel is on)."""
        return str(getattr(getattr(self.parent(), "state", None), "label", "") or "")

    def on_server_text(self, label: str) -> str:
        """What Next does when the key is to be checked from its server; "" otherwise."""
        if not self.on_server:
            return ""
        return self.tr(
            "Press Next to save the key as “Not checked”. On the server, run: "
            "okx-key-manager check {label}"
        ).format(label=shlex.quote(label or "LABEL"))

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task = None

    def start_lookup(self) -> None:
        service = self.services.lookup_ip
        if service is None or self.task is not None:
            return

        def work(cancel: threading.Event, progress: Progress) -> str:
            return service()

        task = self.services.runner.submit(work)
        task.succeeded.connect(lambda ip, t=task: self._looked_up(t, ip))
        task.failed.connect(lambda error, t=task: self._lookup_failed(t, error))
        task.finished.connect(lambda t=task: self._lookup_finished(t))
        self.task = task
        self.refresh()
        self.changed.emit()

    def _looked_up(self, task: Task[str], ip: object) -> None:
        if task is self.task:
            self.ip = str(ip)

    def _lookup_failed(self, task: Task[str], error: object) -> None:
        if task is self.task:
            self._problem = (
                tr_text(error.message)
                if isinstance(error, IpLookupError)
                else self.tr("The lookup failed.")
            )

    def _lookup_finished(self, task: Task[str]) -> None:
        if task is self.task:
            self.task = None
            self.refresh()
            self.changed.emit()

    def _copy(self) -> None:
        if self.ip:  # an address is no secret: a plain copy
            QGuiApplication.clipboard().setText(self.ip)

    def refresh(self) -> None:
        host = self.services.lookup_ip.host if self.services.lookup_ip is not None else ""
        if self.ip and self._named_by_okx:
            text = self.tr("OKX saw this computer at {ip}: add this address to the key.")
        elif self.ip:
            text = self.tr("{host} sees this computer at {ip}.")
        elif self.task is not None:
            text = self.tr("Asking {host}…")
        else:
            text = self._problem or self.tr(
                "To bind the key, OKX needs this computer's public IP address. The app can ask "
                "{host} for it: that service then sees your address."
            )
        self.label.setText(text.format(ip=self.ip or "", host=host))
        tone = Tone.FAIL if self._problem and not self.ip else Tone.MUTED
        self.label.setStyleSheet("" if self.ip else colours.text_style(tone, self.palette()))
        self.copy.setText(self.tr("Cop&y address"))
        self.copy.setAccessibleName(self.tr("Copy the IP address"))
        self.copy.setVisible(bool(self.ip))
        self.lookup.setText(self.tr("&Ask {host}").format(host=host))
        self.lookup.setAccessibleName(
            self.tr("Ask {host} for this computer's public IP address").format(host=host)
        )
        self.elsewhere.setText(
            self.tr("I will check it from the server it is bound to (save it as “Not checked”)")
        )
        colours.visible_check_box(self.elsewhere, self.palette())
        self.elsewhere.setVisible(self._named_by_okx)
        self.next_step.setText(self.on_server_text(self.label_for_next()))
        self.next_step.setVisible(self.on_server)
        self.lookup.setVisible(self._offer_lookup and not self.ip)
        self.lookup.setEnabled(self.task is None)
        self.setVisible(bool(self.ip) or self._offer_lookup)
