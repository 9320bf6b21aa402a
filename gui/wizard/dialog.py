"""The connection wizard's dialog: holds the flow, shows one page per step, derives its buttons.

Next is enabled when the page is valid and not busy; Back when the flow has somewhere to go back
to and nothing is running; a busy bar shows while the page works; the page's error appears in a
panel above the buttons. Closing the dialog stops the page's work and waits for the threads.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.wizard import colours
from gui.wizard.flow import Flow, Step
from gui.wizard.pages.base import Page
from gui.wizard.pages.create_key import CreateKeyPage
from gui.wizard.pages.done import DonePage
from gui.wizard.pages.enter_keys import EnterKeysPage
from gui.wizard.pages.prepare import PreparePage
from gui.wizard.pages.start import StartPage
from gui.wizard.pages.verify import VerifyPage
from gui.wizard.services import WizardServices

log = logging.getLogger(__name__)

PAGE_TYPES: dict[Step, Callable[[Flow, WizardServices], Page]] = {
    Step.START: StartPage,
    Step.PREPARE: PreparePage,
    Step.CREATE_KEY: CreateKeyPage,
    Step.ENTER_KEYS: EnterKeysPage,
    Step.VERIFY: VerifyPage,
    Step.DONE: DonePage,
}

BADGE_STYLE = "background: #c62828; color: white; font-weight: bold; padding: 2px 8px;"
# The size the wizard opens at, in Latin letter widths and lines of the dialog's font (about 750×560
# at the usual 9-point font), shrunk to fit the screen: pages scroll when it is small. The width is
# measured on Latin letters: a CJK font's average width (its ideographs) opened the Chinese wizard
# at 1288 px, against 750 in English.
PREFERRED_COLUMNS = 110
LATIN_SAMPLE = "abcdefghijklmnopqrstuvwxyz"
PREFERRED_LINES = 40
SCREEN_SHARE = 0.92


class WizardDialog(QDialog):
    """The wizard window. ``flow`` defaults to a fresh one starting at START."""

    def __init__(
        self, services: WizardServices, flow: Flow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectionWizard")
        self.services = services
        self.flow = flow if flow is not None else Flow()
        self._current: Page | None = None

        self.heading = QLabel(self)
        self.heading.setObjectName("pageTitle")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.step_label = QLabel(self)
        self.step_label.setObjectName("stepLabel")
        self.badge = QLabel(self)  # text set in retranslate()
        self.badge.setObjectName("simulatorBadge")
        self.badge.setStyleSheet(BADGE_STYLE)
        self.badge.setVisible(services.simulator)
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.badge)
        header.addWidget(self.step_label)

        self.stack = QStackedWidget(self)
        self.pages: dict[Step, Page] = {}
        for step, page_type in PAGE_TYPES.items():
            page = page_type(self.flow, services)
            scroll = QScrollArea(self.stack)
            scroll.setObjectName(f"{page.objectName()}Scroll")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
            page.changed.connect(self._update)
            page.jump.connect(self._jumped)
            self.pages[step] = page

        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("busyIndicator")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumHeight(8)
        self.busy_bar.setTextVisible(False)

        self.back_button = QPushButton(self)
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("nextButton")
        self.next_button.clicked.connect(self.go_next)
        self.finish_button = QPushButton(self)
        self.finish_button.setObjectName("finishButton")
        self.finish_button.clicked.connect(self.accept)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.reject)
        # Enter always means Next (or Finish); Space presses the focused button.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.finish_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.retranslate()
        self._show(self.flow.current)
        self.resize(self.opening_size())

    def opening_size(self) -> QSize:
        """The preferred size, no larger than the screen's free area (pages scroll instead)."""
        metrics = self.fontMetrics()
        letter = metrics.horizontalAdvance(LATIN_SAMPLE) / len(LATIN_SAMPLE)
        wanted = QSize(round(letter * PREFERRED_COLUMNS), metrics.lineSpacing() * PREFERRED_LINES)
        room = self.screen().availableGeometry().size() * SCREEN_SHARE
        return wanted.boundedTo(room).expandedTo(self.minimumSizeHint().boundedTo(room))

    # --- navigation ----------------------------------------------------------------------------
    @property
    def page(self) -> Page:
        return self.pages[self.flow.current]

    def _show(self, step: Step) -> None:
        if self._current is not None and self._current is not self.pages[step]:
            self._current.leave()
        page = self.pages[step]
        self._current = page
        scroll = page.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if scroll is not None:
            self.stack.setCurrentWidget(scroll)
        log.debug("wizard step %s (%s)", step.name, self.flow.state.describe())
        page.enter()
        self._update()
        if page.focusWidget() is None:
            page.focus_first()

    def go_next(self) -> None:
        page = self.page
        if not page.valid or page.busy or self.flow.is_last() or not page.confirm_next():
            return
        page.apply()
        self._show(self.flow.go_next())

    def go_back(self) -> None:
        if self.flow.resolve_prev() is None or self.page.busy:
            return
        self._show(self.flow.go_back())

    def _jumped(self, step: object) -> None:
        if isinstance(step, Step):
            self._show(self.flow.current)

    def _update(self) -> None:
        page = self.page
        last = self.flow.is_last()
        busy = page.busy
        self.heading.setText(page.title())
        planned = self.flow.planned_path(page.planned_state())
        self.step_label.setText(
            self.tr("Step {n} of {total}").format(
                n=planned.index(self.flow.current) + 1, total=len(planned)
            )
        )
        self.back_button.setVisible(not last)
        self.back_button.setEnabled(self.flow.resolve_prev() is not None and not busy)
        self.next_button.setVisible(not last)
        self.next_button.setEnabled(page.valid and not busy)
        self.next_button.setDefault(not last)
        self.finish_button.setVisible(last)
        self.finish_button.setEnabled(page.valid and not busy)
        self.finish_button.setDefault(last)
        self.cancel_button.setVisible(not (last and page.valid))
        self.busy_bar.setVisible(busy)
        error = page.error
        self.error_label.setVisible(bool(error))
        self.error_label.setText(error or "")

    # --- closing -------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stops the current page's work and waits for every background thread."""
        if self._current is not None:
            self._current.leave()
        self.services.runner.shutdown()

    def reject(self) -> None:
        """Cancel, Escape and the window's close button: typed keys are not dropped unasked."""
        if self.isVisible() and not self._may_discard():
            return
        super().reject()

    def _may_discard(self) -> bool:
        self.page.keep()
        if not self.flow.state.has_typed_keys:
            return True
        return self.services.confirm(
            self,
            self.tr("Discard the key?"),
            self.tr(
                "The API key, secret key or passphrase you entered will be forgotten. OKX shows "
                "the secret key only once: keep OKX's page open or note it first."
            ),
        )

    def done(self, result: int) -> None:
        self.shutdown()
        super().done(result)

    def discard(self) -> None:
        """Closes at once, without a question (the store locked): stops the page's work and
        clears the keys from the state and from every field."""
        self.shutdown()
        self.flow.state.forget_secrets()
        for edit in self.findChildren(QLineEdit):
            edit.clear()
        if self.isVisible():
            QDialog.done(self, QDialog.DialogCode.Rejected)

    def closeEvent(self, event: QCloseEvent) -> None:
        # QDialog turns a close into reject(); the dialog stays open when the user says no.
        super().closeEvent(event)
        if event.isAccepted() and not self.isVisible():
            self.shutdown()

    # --- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Connect an OKX account"))
        self.back_button.setText(self.tr("< &Back"))
        self.next_button.setText(self.tr("&Next >"))
        self.finish_button.setText(self.tr("&Finish"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.badge.setText(self.tr("SIMULATOR"))
        self.badge.setToolTip(self.tr("Connected to the built-in simulator, not to OKX."))
        self.error_label.setStyleSheet(colours.panel_style(self.palette()))
        if self._current is not None:
            self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange):
            self.retranslate()
        super().changeEvent(event)
