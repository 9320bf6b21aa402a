"""The page contract shared by every wizard page (Electrum's model).

A page says whether it is ``valid`` (Next allowed), ``busy`` (background work running: every
button but Cancel waits) and which ``error`` to show; ``apply()`` writes its answers into the
flow's state when the user moves on. It emits ``changed`` whenever one of those may have changed
and ``jump`` to send the user to another step to fix something. The dialog derives its buttons
from this contract alone; pages never touch the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from gui.i18n import tr_text
from gui.okx.regions import Environment, Region, region_name
from gui.wizard.flow import Flow, Step, WizardState
from gui.wizard.services import WizardServices

PAGE_NAMES: dict[Step, str] = {
    Step.START: "startPage",
    Step.PREPARE: "preparePage",
    Step.CREATE_KEY: "createKeyPage",
    Step.ENTER_KEYS: "enterKeysPage",
    Step.VERIFY: "verifyPage",
    Step.DONE: "donePage",
}


class Page(QWidget):
    """Base of the wizard pages: default contract, naming and re-translation."""

    changed = Signal()
    jump = Signal(object)  # the Step to go to

    def __init__(self, step: Step, flow: Flow, services: WizardServices) -> None:
        super().__init__()
        self.step = step
        self.flow = flow
        self.services = services
        self.setObjectName(PAGE_NAMES[step])

    @property
    def state(self) -> WizardState:
        return self.flow.state

    # --- the contract -------------------------------------------------------------------------
    @property
    def valid(self) -> bool:
        return True

    @property
    def busy(self) -> bool:
        return False

    @property
    def error(self) -> str | None:
        return None

    def title(self) -> str:
        raise NotImplementedError

    def apply(self) -> None:
        """Writes the page's answers into the state (called before leaving forwards)."""

    def keep(self) -> None:
        """Writes what the user typed into the state without moving on (Back, Cancel)."""

    def planned_state(self) -> WizardState:
        """The state as the page's answers would leave it: the step count follows them before
        Next applies them."""
        return self.state

    def confirm_next(self) -> bool:
        """Asked before Next leaves the page: False keeps the user here (after a question)."""
        return True

    def focus_first(self) -> None:
        """Puts the keyboard focus on the page's first field when the page is shown."""
        self.focusNextChild()

    def enter(self) -> None:
        """Called each time the page becomes the current one: refresh from the state."""

    def leave(self) -> None:
        """Called when the page stops being current: stop any background work."""

    def retranslate(self) -> None:
        """Sets every user-visible text; called at start and on language change."""

    def changeEvent(self, event: QEvent) -> None:
        # A palette change (light/dark) re-applies the colours, which retranslate() sets too.
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange):
            self.retranslate()
        super().changeEvent(event)


def text_label(name: str, parent: QWidget, *, rich: bool = False) -> QLabel:
    """A word-wrapped label with a stable objectName."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def default_label(region: Region, environment: Environment) -> str:
    """A new connection's name until the user types one: it follows the region."""
    name = tr_text(region_name(region))
    if environment is Environment.DEMO:
        #: A connection's default name; {region}: the translated region name (Global, EEA, US).
        return QCoreApplication.translate("EnterKeysPage", "OKX {region} demo").format(region=name)
    #: A connection's default name; {region}: the translated region name (Global, EEA, US).
    return QCoreApplication.translate("EnterKeysPage", "OKX {region}").format(region=name)
