"""VERIFY: runs the connection check in the background and explains what to fix.

Each item appears as soon as it is decided. A failure (or a key that can withdraw) blocks Next and
offers a button to the step that fixes it; account settings that differ from the guide offer
"Fix it for me", after a confirmation. Leaving or closing cancels the check.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from gui.i18n import tr_text
from gui.okx.check import CheckId, CheckItem, CheckStatus, ConnectionReport, FixAction
from gui.okx.check_items import RECOMMENDED_ACCOUNT_MODE, account_mode_name
from gui.okx.errors import OkxError, caller_ip
from gui.okx.regions import REGIONS
from gui.tasks import Progress, Task
from gui.wizard import colours
from gui.wizard.colours import Tone
from gui.wizard.flow import Flow, Step
from gui.wizard.pages.base import Page, text_label
from gui.wizard.pages.ip_panel import IpPanel
from gui.wizard.remedies import Remedy, apply_remedy, blocking_items, can_finish, remedy_for_report
from gui.wizard.rotation import AccountMismatch, account_mismatch
from gui.wizard.services import WizardServices

log = logging.getLogger(__name__)

TONES = {
    CheckStatus.PASS: Tone.PASS,
    CheckStatus.WARN: Tone.WARN,
    CheckStatus.FAIL: Tone.FAIL,
    CheckStatus.SKIPPED: Tone.MUTED,
}
SYMBOLS = {
    CheckStatus.PASS: "✔",
    CheckStatus.WARN: "⚠",
    CheckStatus.FAIL: "✖",
    CheckStatus.SKIPPED: "–",
}


@dataclass(frozen=True)
class FixOutcome:
    """What "Fix it for me" produced: the new check, and OKX's refusal of the change if any."""

    report: ConnectionReport
    refused: OkxError | None


class VerifyPage(Page):
    def __init__(self, flow: Flow, services: WizardServices) -> None:
        super().__init__(Step.VERIFY, flow, services)
        self.task: Task[object] | None = None
        self.report: ConnectionReport | None = None
        self.remedy: Remedy | None = None
        self.mismatch: AccountMismatch | None = None  # rotating: the key is another account's
        self._mismatch_accepted = False
        self._changed_settings = False  # "Fix it for me" ran: the intro no longer says "nothing"
        self._error: str | None = None
        self._status = "idle"  # idle, checking, fixing, done, cancelled
        self._site_opened = False  # "Open OKX's API page" opened only the site (no sure page)

        self.intro = text_label("verifyIntro", self)
        self.simulator_note = text_label("simulatorNote", self)
        self.simulator_note.setVisible(services.simulator)
        self.items = QListWidget(self)
        self.items.setObjectName("checkList")
        self.items.setWordWrap(True)
        self.result = text_label("resultLabel", self)
        self.account_change = text_label("accountChangeLabel", self)
        self.account_change.hide()
        self.ip_panel = IpPanel(services, self)
        self.ip_panel.changed.connect(self.changed)
        self.verify = QPushButton(self)
        self.verify.setObjectName("verifyButton")
        self.verify.clicked.connect(self.start_check)
        self.stop = QPushButton(self)
        self.stop.setObjectName("stopButton")
        self.stop.clicked.connect(self.cancel_check)
        self.fix = QPushButton(self)
        self.fix.setObjectName("fixButton")
        self.fix.clicked.connect(self._go_fix)
        self.fix_for_me = QPushButton(self)
        self.fix_for_me.setObjectName("fixForMeButton")
        self.fix_for_me.clicked.connect(self._fix_for_me)
        row = QHBoxLayout()
        for button in (self.verify, self.stop, self.fix, self.fix_for_me):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.simulator_note)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.result)
        layout.addWidget(self.account_change)
        layout.addWidget(self.ip_panel)
        layout.addLayout(row)
        self._refresh()

    # --- contract ------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Check the connection")

    @property
    def valid(self) -> bool:
        return (self.report is not None and can_finish(self.report)) or self.ip_panel.on_server

    @property
    def busy(self) -> bool:
        return self.task is not None or self.ip_panel.busy

    @property
    def error(self) -> str | None:
        return self._error

    def enter(self) -> None:
        self.start_check()

    def leave(self) -> None:
        self.cancel_check()
        self.ip_panel.cancel()

    def apply(self) -> None:
        self.state.report = None if self.ip_panel.on_server else self.report  # "Not checked"

    def confirm_next(self) -> bool:
        """Rotating to a key of another account needs a yes first."""
        if self.mismatch is None or self._mismatch_accepted:
            return True
        self._mismatch_accepted = self.services.confirm(
            self, self.tr("Use a key of another account?"), self._mismatch_text()
        )
        return self._mismatch_accepted

    def _mismatch_text(self) -> str:
        if self.mismatch is None:
            return ""
        return "\n\n".join(
            (
                tr_text(self.mismatch.message()),
                self.tr(
                    "Saving it replaces the saved key: every bot using this connection will then "
                    "trade on that account. Save it only if that is what you want."
                ),
            )
        )

    # --- running the check ---------------------------------------------------------------------
    def _run(self, work: Callable[[threading.Event, Progress], object], status: str) -> None:
        self.cancel_check()
        self.items.clear()
        self.report = None
        self.remedy = None
        self.mismatch = None
        self._error = None
        self._status, self._site_opened = status, False
        self.ip_panel.show_for(None, offer_lookup=False)
        task = self.services.runner.submit(work)

        def only_current(handler: Callable[..., None]) -> Callable[..., None]:
            # A replaced (cancelled) task may still report: only the current one counts.
            def call(*args: object) -> None:
                if task is self.task:
                    handler(*args)

            return call

        task.progressed.connect(only_current(self._item_arrived))
        task.succeeded.connect(only_current(self._report_arrived))
        task.failed.connect(only_current(self._failed))
        task.cancelled.connect(only_current(self._cancelled))
        task.finished.connect(only_current(self._finished))
        self.task = task
        self._refresh()
        self.changed.emit()

    def start_check(self) -> None:
        snapshot = dataclasses.replace(self.state, report=None)
        check = self.services.check

        def work(cancel: threading.Event, progress: Progress) -> ConnectionReport:
            return check(snapshot, cancel, progress)

        self._run(work, "checking")

    def cancel_check(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _item_arrived(self, item: object) -> None:
        if isinstance(item, CheckItem):
            self._add_item(item)

    def _add_item(self, item: CheckItem) -> None:
        text = f"{SYMBOLS[item.status]}  {tr_text(item.message)}"
        if item.fix is not None and item.status is not CheckStatus.PASS:
            text += "\n     " + tr_text(item.fix)
        entry = QListWidgetItem(text)
        entry.setData(Qt.ItemDataRole.UserRole, item.id.value)
        tone = TONES[CheckStatus.FAIL if item.severe else item.status]
        entry.setForeground(QBrush(colours.colour(tone, self.items.palette())))
        self.items.addItem(entry)
        self.items.scrollToItem(entry)

    def _report_arrived(self, result: object) -> None:
        refused: OkxError | None = None
        if isinstance(result, FixOutcome):
            report: object = result.report
            refused = result.refused
        else:
            report = result
        if not isinstance(report, ConnectionReport):
            return
        self.report = report
        self._status = "cancelled" if report.cancelled else "done"
        blocking = blocking_items(report)
        if blocking:
            self._error = self._explain(blocking[0])
        self.remedy = remedy_for_report(report)
        if refused is not None:
            self._error = f"{tr_text(refused.cause)}\n{tr_text(refused.fix)}"
        if self.state.rotating:
            self.mismatch = account_mismatch(self.state.previous_uid, report.config)
        self._mismatch_accepted = False
        ip_item = next((i for i in report.items if i.id is CheckId.IP_BINDING), None)
        unbound = ip_item is not None and ip_item.status is CheckStatus.WARN
        okx_ip = caller_ip(report.error) if report.error is not None else None
        self.ip_panel.show_for(okx_ip, offer_lookup=unbound)

    def _explain(self, item: CheckItem) -> str:
        cause = tr_text(item.message)
        return cause if item.fix is None else f"{cause}\n{tr_text(item.fix)}"

    def _failed(self, error: object) -> None:
        self._status = "done"
        if isinstance(error, OkxError):
            self._error = f"{tr_text(error.cause)}\n{tr_text(error.fix)}"
        else:
            log.error(
                "connection check failed", exc_info=error if isinstance(error, Exception) else None
            )
            self._error = self.tr("The check stopped on an unexpected error ({kind}).").format(
                kind=type(error).__name__
            )

    def _cancelled(self) -> None:
        self._status = "cancelled"

    def _finished(self) -> None:
        self.task = None
        self._refresh()
        self.changed.emit()

    # --- remedies ------------------------------------------------------------------------------
    def _go_fix(self) -> None:
        remedy = self.remedy
        if remedy is None:
            return
        if remedy.open_api_page:  # add the address to the same key on OKX, then check again
            info = REGIONS[self.state.region]
            self.services.open_url(info.api_page(self.state.environment))
            self._site_opened = True  # where only the site is linked, the way from there
            self.retranslate()
            return
        if remedy.step is None:
            return
        step = apply_remedy(self.flow, remedy)
        self.jump.emit(step)

    def _fix_for_me(self) -> None:
        remedy = self.remedy
        fixer = self.services.fix
        if remedy is None or not remedy.actions or fixer is None:
            return
        actions = remedy.actions
        if not self.services.confirm(
            self, self.tr("Change OKX settings?"), self._question(actions)
        ):
            return  # nothing was sent: the account is unchanged
        self._changed_settings = True
        snapshot = dataclasses.replace(self.state, report=None)
        check = self.services.check

        def work(cancel: threading.Event, progress: Progress) -> FixOutcome:
            try:
                fixer(snapshot, actions)
            except OkxError as error:  # e.g. 59000: positions open; the check still runs
                refused: OkxError | None = error
            else:
                refused = None
            return FixOutcome(check(snapshot, cancel, progress), refused)

        self._run(work, "fixing")

    def _question(self, actions: tuple[FixAction, ...]) -> str:
        """One confirmation naming every setting that changes, from what to what."""
        config = self.report.config if self.report is not None else None
        changes = []
        for action in actions:
            if action is FixAction.SET_ACCOUNT_MODE:
                old = tr_text(account_mode_name(config.account_mode)) if config else "?"
                new = tr_text(account_mode_name(RECOMMENDED_ACCOUNT_MODE))
                #: {old}, {new}: OKX's account mode names, e.g. Spot mode → Spot and futures mode.
                changes.append(self.tr("Account mode: {old} → {new}").format(old=old, new=new))
            else:
                changes.append(self.tr("Position mode: long/short → one-way"))
        return self.tr(
            "Change these settings of this OKX account?\n\n{changes}\n\nOKX refuses while "
            "positions or orders are open. Nothing else changes."
        ).format(changes="\n".join(f"• {change}" for change in changes))

    # --- view ----------------------------------------------------------------------------------
    def _refresh(self) -> None:
        running = self.task is not None
        self.verify.setEnabled(not running)
        self.stop.setVisible(running)
        remedy = self.remedy if not running else None
        goes = remedy is not None and (remedy.step is not None or remedy.open_api_page)
        self.fix.setVisible(goes)
        can_fix = remedy is not None and bool(remedy.actions) and self.services.fix is not None
        self.fix_for_me.setVisible(can_fix)
        self.account_change.setVisible(self.mismatch is not None and not running)
        self.retranslate()

    def _result_text(self) -> str:
        if self._status == "checking":
            return self.tr("Checking…")
        if self._status == "fixing":
            return self.tr("Changing the setting, then checking again…")
        if self._status == "cancelled":
            return self.tr("Check stopped. Press “Check again” when you are ready.")
        path = REGIONS[self.state.region].api_path(self.state.environment)
        if self._site_opened and path is not None:
            #: {path}: OKX's menu path, e.g. Profile > API and connections.
            return self.tr("OKX's site is open: go to {path}.").format(path=tr_text(path))
        if self.report is not None and self.valid:
            return self.tr("Connected: the key works. Press Next to save it.")
        if self._status == "done":
            return self.tr("The key cannot be used yet: see below.")
        return ""

    def _fix_text(self) -> str:
        remedy = self.remedy
        if remedy is None:  # the button is hidden
            return self.tr("Change the account settings")
        if remedy.open_api_page:
            return self.tr("Open OKX's API page")
        if remedy.item is CheckId.REGION:
            return self.tr("Change the region")
        if remedy.item is CheckId.ENVIRONMENT:
            return self.tr("Change the environment")
        if remedy.step is Step.ENTER_KEYS:
            return self.tr("Correct the keys")
        if remedy.step is Step.CREATE_KEY:
            return self.tr("Create a new key")
        return self.tr("Change the account settings")

    def _intro(self) -> str:
        if self._changed_settings:
            return self.tr(
                "The app changed only the settings you confirmed. The checks themselves send "
                "signed, read-only requests."
            )
        return self.tr(
            "The app now sends a few signed, read-only requests to OKX. Nothing in your "
            "account is changed."
        )

    def retranslate(self) -> None:
        if self.report is not None and self.task is None:
            self.items.clear()
            for item in self.report.items:
                if item.status is not CheckStatus.SKIPPED:
                    self._add_item(item)
        self.intro.setText(self._intro())
        self.account_change.setText(self._mismatch_text())
        self.account_change.setStyleSheet(colours.text_style(Tone.WARN, self.palette()))
        self.simulator_note.setText(
            self.tr("SIMULATOR: these checks run against the built-in simulator, not OKX.")
        )
        self.result.setText(self._result_text())
        self.verify.setText(self.tr("Check &again"))
        self.verify.setAccessibleName(self.tr("Check the connection again"))
        self.stop.setText(self.tr("&Stop"))
        self.stop.setAccessibleName(self.tr("Stop the check"))
        self.fix.setText(self._fix_text())
        self.fix.setAccessibleName(self.fix.text())
        self.fix_for_me.setText(self.tr("&Fix it for me"))
        self.fix_for_me.setAccessibleName(self.tr("Change the differing account settings for me"))
        self.items.setAccessibleName(self.tr("Check results"))
        self.ip_panel.refresh()
