"""Opening the connection wizard from the manager (add a key, rotate a key), and closing it for
good when the store locks.

At most one wizard is open. It saves through :mod:`gui.connections` into the current session's
store and cache, so the balances it showed are the connection's cached balances. When the
session ends the wizard is closed without a question, what it held of the keys is cleared, and
the dialog is destroyed: nothing typed survives a lock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from gui.tasks import TaskRunner

if TYPE_CHECKING:
    from gui.clipboard import SecretClipboard
    from gui.connections.environment import AppEnvironment
    from gui.connections.model import Connection
    from gui.connections.session import Session
    from gui.manager.services import ManagerServices
    from gui.wizard.dialog import WizardDialog
    from gui.wizard.flow import Flow
    from gui.wizard.services import Saver


class WizardHost(QObject):
    """Owns the open wizard (if any)."""

    def __init__(
        self,
        parent: QWidget,
        services: ManagerServices,
        environment: Callable[[], AppEnvironment],
        clipboard: SecretClipboard,
        closed: Callable[[str | None], None],
    ) -> None:
        """``environment()``: the window's, asked of its controller when a wizard opens;
        ``closed(saved_id)`` runs when a wizard closes (the id it saved, or None)."""
        super().__init__(parent)
        self._parent = parent
        self.services = services
        self._environment = environment
        self.clipboard = clipboard
        self._closed = closed
        self.dialog: WizardDialog | None = None
        self._runner: TaskRunner | None = None

    def add(self, session: Session) -> WizardDialog:
        """The wizard for a new key."""
        from gui.wizard.connection import StoreSaver

        return self._open(StoreSaver(session.store, session.cache), None)

    def rotate(self, session: Session, connection: Connection) -> WizardDialog:
        """The wizard prefilled with the key's region, environment and name; the new key
        replaces the old one only once it is verified."""
        from gui.wizard.connection import RotateSaver
        from gui.wizard.flow import Flow, Prefill

        prefill = Prefill(
            connection.region,
            connection.environment,
            connection.label,
            rotation=True,
            old_uid=connection.facts.uid,  # a key of another account is questioned
        )
        saver = RotateSaver(session.store, connection.id, session.cache)
        return self._open(saver, Flow(prefill=prefill))

    def raise_(self) -> None:
        """Brings the open wizard (if any) to the front."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()

    def _open(self, save: Saver, flow: Flow | None) -> WizardDialog:
        if self.dialog is not None and self.dialog.isVisible():
            self.raise_()
            return self.dialog
        self.discard()
        from gui.wizard.connection import KeyChecker
        from gui.wizard.dialog import WizardDialog
        from gui.wizard.services import WizardServices

        env = self._environment()
        access = KeyChecker(env.target)
        self._runner = TaskRunner()
        services = WizardServices(
            runner=self._runner,
            clipboard=self.clipboard,
            check=access.check,
            save=save,
            fix=access.fix,
            translations=self.services.translations,
            open_url=self.services.open_url,
            simulator=env.simulator,
            sample_keys=dict(env.sample_keys),
        )
        dialog = WizardDialog(services, flow, parent=self._parent)
        dialog.finished.connect(lambda _result, d=dialog: self._finished(d))
        self.dialog = dialog
        dialog.show()
        return dialog

    def _finished(self, dialog: WizardDialog) -> None:
        if dialog is not self.dialog:
            return
        saved = dialog.flow.state.saved_id
        self.discard()
        self._closed(saved)

    def discard(self) -> None:
        """Closes the wizard without asking, clears what it held of the keys and destroys it."""
        dialog, self.dialog = self.dialog, None
        runner, self._runner = self._runner, None
        if dialog is not None:
            dialog.discard()
            dialog.deleteLater()
        if runner is not None:
            runner.shutdown()
            runner.deleteLater()

    def shutdown(self) -> None:
        self.discard()
