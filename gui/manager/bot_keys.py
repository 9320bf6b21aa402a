"""Issued keys in the window: "New bot key…", rotate and revoke an issued key, the keys on OKX
(drift), marking the manager key, and the leftovers an interrupted run left.

A toolbar button ("Bots", ``botKeysButton``) holds the actions and Find keys in files; the
window creates it with its toolbar (so the window's width fits the button), routes Rotate for
issued keys here and reports leftovers after the list shows. Every change asks first; the work
runs on the store's runner with the session, in ``gui.connections`` (issuing, rotation, drift).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

from gui.i18n import tr_text
from gui.manager.actions import Act

if TYPE_CHECKING:
    from gui.connections.drift import DriftRow
    from gui.connections.issuing import IssueResult
    from gui.connections.model import Connection
    from gui.connections.session import Session
    from gui.manager.bot_key_dialogs import DriftDialog, NewBotKeyDialog
    from gui.manager.window import ManagerWindow


class BotKeys(QObject):
    """The issued keys' actions for one window."""

    def __init__(self, window: ManagerWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.new_action = self._action("newBotKeyAction", self.new_bot_key)
        self.revoke_action = self._action("revokeAction", self._on_selected(self.revoke))
        self.drift_action = self._action("keysOnOkxAction", self.drift)
        self.manager_action = self._action("markManagerAction", self._on_selected(self.mark))
        self.button = QToolButton(window)
        self.button.setObjectName("botKeysButton")
        menu = QMenu(window)
        menu.addActions([self.new_action, self.revoke_action, self.drift_action])
        menu.addSeparator()
        menu.addAction(self.manager_action)
        menu.addSeparator()
        menu.addAction(window.acts[Act.FIND_KEYS])  # bots' keys in plain-text files
        self.button.setMenu(menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar = window.findChild(QToolBar, "mainToolBar")
        if toolbar is not None:  # after Open on OKX, where Find keys in files was
            toolbar.insertWidget(window.acts[Act.EXPORT], self.button)
        self.retranslate()

    def _action(self, name: str, slot: Callable[[], object]) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def _on_selected(self, do: Callable[[Connection], object]) -> Callable[[], None]:
        def run() -> None:
            connection = self.window.selected()
            if connection is not None:
                do(connection)

        return run

    def retranslate(self) -> None:
        self.button.setText(self.tr("&Bots"))
        self.button.setToolTip(
            self.tr(
                "Keys the app creates for your bots through a manager key (nobody sees them), "
                "and keys bots keep in plain-text files"
            )
        )
        self.new_action.setText(self.tr("&New bot key…"))
        self.revoke_action.setText(self.tr("Re&voke on OKX…"))
        self.drift_action.setText(self.tr("Keys on &OKX…"))
        self.manager_action.setText(self.tr("Use as &manager key…"))

    def update(self, opened: bool, selected: Connection | None) -> None:
        has_manager = opened and self.window.content.model.has_manager()
        self.button.setEnabled(opened)
        self.new_action.setEnabled(has_manager)
        self.drift_action.setEnabled(has_manager)
        issued = selected is not None and selected.facts.issued is not None
        self.revoke_action.setEnabled(opened and issued)
        self.manager_action.setEnabled(
            opened and selected is not None and not selected.facts.manager and not issued
        )

    def managers(self) -> list[Connection]:
        return [r.connection for r in self.window.content.model.rows if r.connection.facts.manager]

    # --- shared -------------------------------------------------------------------------------

    def _confirm(self, title: str, text: str) -> bool:
        prompts = self.window.services.prompts
        return bool(prompts.confirm(self.window, title, text))

    def _inform(self, title: str, text: str) -> None:
        self.window.services.prompts.inform(self.window, title, text)

    def failed(self, error: BaseException) -> None:
        from gui.connections.manager_key import IssuingError

        if not isinstance(error, IssuingError):
            self.window.ops.failed(error)
            return
        parts = [tr_text(error.message)]
        if error.fix is not None:
            parts.append(self.tr("What to do: {fix}").format(fix=tr_text(error.fix)))
        if error.cleanup is not None:
            parts.append(tr_text(error.cleanup))
        self.window.statusBar().showMessage(parts[0], 15_000)
        self._inform(self.tr("Bots"), "\n\n".join(parts))
        self.window.reload()

    def _run(self, work: Callable[[Session], Any], done: Callable[[Any], object]) -> None:
        task = self.controller.run(work)
        if task is not None:
            task.then(done, self.failed)

    def _target(self) -> Any:
        return self.controller.environment.target

    # --- the manager key ----------------------------------------------------------------------

    def mark(self, connection: Connection) -> None:
        from gui.connections.manager_key import MANAGER_RISK, mark_manager

        text = (
            tr_text(MANAGER_RISK)
            + "\n\n"
            + self.tr("Use “{label}” as the manager key?").format(label=connection.label)
        )
        if not self._confirm(self.tr("Manager key"), text):
            return
        target = self._target()
        self._run(
            lambda s: mark_manager(s.store, connection.id, target),
            lambda marked: self.window.reload(marked.id),
        )

    # --- issuing ------------------------------------------------------------------------------

    def new_bot_key(self) -> NewBotKeyDialog | None:
        from gui.manager.bot_key_dialogs import NewBotKeyDialog

        managers = self.managers()
        if not managers:
            return None
        dialog = NewBotKeyDialog([m.label for m in managers], self.window)
        dialog.setAttribute(qt().WidgetAttribute.WA_DeleteOnClose)
        dialog.manager.currentTextChanged.connect(lambda label: self._load_subs(dialog, label))
        dialog.accepted.connect(lambda: self._issue(dialog))
        self._load_subs(dialog, dialog.manager.currentText())
        dialog.open()
        return dialog

    def _load_subs(self, dialog: NewBotKeyDialog, label: str) -> None:
        from gui.connections.manager_key import find_manager, manager_api

        target = self._target()

        def work(session: Session) -> list[str]:
            manager = find_manager(session.store, label)
            with manager_api(manager, target) as api:
                return [s.name for s in api.sub_accounts() if s.standard]

        def failed(error: BaseException) -> None:
            dialog.show_problem(describe(error))

        task = self.controller.run(work)
        if task is not None:
            task.then(dialog.show_sub_accounts, failed)

    def _issue(self, dialog: NewBotKeyDialog) -> None:
        from gui.connections.issuing import IssueRequest, issue_key, parse_ips
        from gui.connections.manager_key import IssuingError, find_manager

        manager_label = dialog.manager.currentText()
        sub = dialog.sub_account.currentText().strip()
        try:
            ips = parse_ips(dialog.ips.text())
        except IssuingError as error:
            self.failed(error)
            return
        read_only = dialog.read_only.isChecked()
        perms = self.tr("Read only") if read_only else self.tr("Read + Trade")
        text = self.tr(
            "Create a {perms} key for the sub-account {sub}, bound to {ips}, through the manager "
            "key “{manager}”? It never gets Withdraw."
        ).format(perms=perms, sub=sub, ips=", ".join(ips), manager=manager_label)
        if not self._confirm(self.tr("New bot key"), text):
            return
        request = IssueRequest(
            sub,
            ips,
            dialog.label.text().strip(),
            read_only=read_only,
            rotation_days=dialog.rotate_days.value(),
            create_sub_account=dialog.create_sub.isChecked(),
        )
        target = self._target()
        self.window.statusBar().showMessage(self.tr("Creating the key on OKX…"))
        self._run(
            lambda s: issue_key(s.store, find_manager(s.store, manager_label), request, target),
            self._issued,
        )

    def _issued(self, result: IssueResult) -> None:
        from gui.connections.issuing import run_line

        connection = result.connection
        checked = (
            self.tr("Checked from here.")
            if result.checked_here
            else self.tr("To be checked from the server: this computer's IP is not bound to it.")
        )
        self.window.reload(connection.id)
        self._inform(
            self.tr("New bot key"),
            self.tr(
                "Saved as “{label}” ({masked}). {checked}\n\nStart the bot with:\n{run}"
            ).format(
                label=connection.label,
                masked=connection.masked_api_key,
                checked=checked,
                run=run_line(connection),
            ),
        )

    # --- rotating and revoking ----------------------------------------------------------------

    def rotate(self, connection: Connection) -> None:
        from gui.connections.rotation import rotate_issued

        text = self.tr(
            "Replace “{label}” by a new key with the same sub-account, permissions and IP "
            "addresses, then delete the old key on OKX? Bots running with the old key must be "
            "restarted."
        ).format(label=connection.label)
        if not self._confirm(self.tr("Rotate bot key"), text):
            return
        target = self._target()
        self.window.statusBar().showMessage(
            self.tr("Rotating “{label}”…").format(label=connection.label)
        )
        self._run(
            lambda s: rotate_issued(s.store, connection.id, target),
            lambda result: self._done(
                self.tr("Rotated “{label}”: the old key is deleted on OKX.").format(
                    label=result.connection.label
                ),
                result.connection.id,
            ),
        )

    def revoke(self, connection: Connection) -> None:
        from gui.connections.rotation import revoke_issued

        text = self.tr(
            "Delete “{label}” on OKX, then remove it from this app? Bots using it stop working."
        ).format(label=connection.label)
        if not self._confirm(self.tr("Revoke bot key"), text):
            return
        target = self._target()
        self._run(
            lambda s: revoke_issued(s.store, connection.id, target),
            lambda result: self._done(
                self.tr("Revoked “{label}”.").format(label=result.label)
                + ("" if result.note is None else " " + tr_text(result.note)),
                "",
            ),
        )

    def _done(self, message: str, select_id: str) -> None:
        self.window.statusBar().showMessage(message, 15_000)
        self.window.reload(select_id or None)

    # --- drift and leftovers ------------------------------------------------------------------

    def drift(self) -> DriftDialog | None:
        from gui.manager.bot_key_dialogs import DriftDialog

        managers = self.managers()
        if not managers:
            return None
        dialog = DriftDialog(managers[0].label, self.window)
        dialog.setAttribute(qt().WidgetAttribute.WA_DeleteOnClose)
        dialog.clean_up_button.clicked.connect(lambda: self._clean_up(dialog, managers[0].label))
        self._load_drift(dialog, managers[0].label)
        dialog.open()
        return dialog

    def _load_drift(self, dialog: DriftDialog, label: str) -> None:
        from gui.connections.drift import drift
        from gui.connections.leftovers import leftovers
        from gui.connections.manager_key import find_manager

        target = self._target()

        def work(session: Session) -> tuple[list[DriftRow], list[str]]:
            manager = find_manager(session.store, label)
            rows = drift(session.store, manager, target)
            return rows, [tr_text(x.message) for x in leftovers(session.store)]

        def failed(error: BaseException) -> None:
            dialog.show_problem(describe(error))

        task = self.controller.run(work)
        if task is not None:
            task.then(lambda found: dialog.show_rows(*found), failed)

    def _clean_up(self, dialog: DriftDialog, label: str) -> None:
        from gui.connections.drift import clean_up
        from gui.connections.manager_key import find_manager

        if not self._confirm(
            self.tr("Keys on OKX"),
            self.tr("Delete on OKX the keys an interrupted run left? No app holds them."),
        ):
            return
        target = self._target()
        self._run(
            lambda s: clean_up(s.store, find_manager(s.store, label), target),
            lambda _done: self._load_drift(dialog, label),
        )

    def report_leftovers(self) -> None:
        """After the list shows: keys an interrupted issue or rotation left on OKX."""
        from gui.connections.leftovers import leftovers

        def shown(found: list[Any]) -> None:
            if found:
                self._inform(
                    self.tr("Bots"),
                    "\n\n".join(tr_text(x.message) for x in found)
                    + "\n\n"
                    + self.tr("Open Bots > Keys on OKX to delete them."),
                )

        self._run(lambda s: leftovers(s.store), shown)


def describe(error: BaseException) -> str:
    """An error of the work behind a dialog, in the user's language (never a secret)."""
    from gui.connections.errors import VaultError
    from gui.connections.manager_key import IssuingError
    from gui.okx.errors import OkxError

    if isinstance(error, IssuingError | VaultError):
        return tr_text(error.message)
    if isinstance(error, OkxError):
        return tr_text(error.cause)
    return type(error).__name__


def qt() -> Any:
    """``PySide6.QtCore.Qt``, imported when a dialog opens: the button is made before the
    window's first paint, which must not build Qt's enums (docs/manager.md)."""
    from PySide6.QtCore import Qt

    return Qt
