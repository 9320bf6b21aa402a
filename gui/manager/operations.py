"""What the manager's buttons do that needs a question first: rename, delete, copy, backups,
storage moves, a new vault file and unlocking (repairs: :mod:`gui.manager.repair_flows`).

Each flow asks through the prompts (replaceable in tests), runs the use case of
:mod:`gui.connections` through the :class:`~gui.manager.controller.StoreController` (off the GUI
thread, tied to the session) and hands the outcome to the window. Nothing here holds state
beyond one flow.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from gui.connections import edits
from gui.connections.model import SecretField
from gui.i18n import tr_text
from gui.manager.actions import Act

if TYPE_CHECKING:
    from gui.clipboard import SecretClipboard
    from gui.connections.backups import BackupContents, BackupPreview, ClashPolicy, ImportResult
    from gui.connections.model import Connection
    from gui.connections.session import Session
    from gui.connections.storage import ConnectionStore
    from gui.manager.content import ConnectionList
    from gui.manager.controller import Opened, StoreController
    from gui.manager.locking import IdleWatcher
    from gui.manager.repair_flows import RepairFlows
    from gui.manager.services import ManagerServices
    from gui.manager.settings_dialog import SettingsDialog
    from gui.tasks import Task

log = logging.getLogger(__name__)


# The secret each Copy action copies.
SECRET_OF = {
    Act.COPY_API_KEY: SecretField.API_KEY,
    Act.COPY_SECRET_KEY: SecretField.SECRET_KEY,
    Act.COPY_PASSPHRASE: SecretField.PASSPHRASE,
}


class Operations(QObject):
    """The manager's question-first flows."""

    # The list must be read again; the id to select after (or "").
    reload_wanted = Signal(str)
    # A message for the status bar, and how long to show it (ms).
    status = Signal(str, int)

    def __init__(
        self,
        window: QWidget,
        services: ManagerServices,
        controller: StoreController,
        content: ConnectionList,
        clipboard: SecretClipboard,
    ) -> None:
        super().__init__(window)
        self.window = window  # the parent of every question
        self.services = services
        self.prompts = services.prompts
        self.controller = controller
        self.content = content
        self.clipboard = clipboard
        self._repairs: RepairFlows | None = None  # at the first scan: after the first paint

    def review_soon(self) -> None:
        """The consistency scan once the list has painted (:mod:`gui.manager.repair_flows`)."""
        if self._repairs is None:
            from gui.manager.repair_flows import RepairFlows

            self._repairs = RepairFlows(self)
        self._repairs.review_soon()

    # --- failures --------------------------------------------------------------------------------
    def failed(self, error: BaseException) -> None:
        """Tells the user what went wrong: the error's own message for the app's errors, a
        plain sentence (never a raw exception name) for anything else."""
        self.status.emit(self.explain(error), 15_000)
        self.prompts.inform(self.window, self.tr("OKX Key Manager"), self.explain(error))

    def explain(self, error: BaseException) -> str:
        from gui.connections.errors import VaultError

        if isinstance(error, VaultError):
            return tr_text(error.message)
        log.warning("background work failed: %s", type(error).__name__)
        return self.tr(
            "Something unexpected went wrong; nothing was changed. Try again, and if it keeps "
            "happening, restart the app."
        )

    def _then_reload(self, select_id: str = "") -> None:
        self.reload_wanted.emit(select_id)

    # --- looking -------------------------------------------------------------------------------
    def explain_status(self, connection_id: str) -> None:
        """The cause of a row's status and what to do about it."""
        row = self.content.row(connection_id)
        if row is None or row.diagnosis.cause is None:
            return
        text = tr_text(row.diagnosis.cause)
        if row.diagnosis.fix is not None:
            text += "\n\n" + self.tr("What to do: {fix}").format(fix=tr_text(row.diagnosis.fix))
        self.prompts.inform(self.window, row.connection.label, text)

    def open_on_okx(self, connection: Connection) -> None:
        from gui.okx.regions import REGIONS

        info = REGIONS[connection.region]
        self.services.open_url(info.api_page(connection.environment))
        path = info.api_path(connection.environment)
        if path is not None:  # only the site is linked: the way from there
            #: {path}: OKX's menu path, e.g. Profile > API and connections.
            text = self.tr("OKX's site is open: go to {path}.").format(path=tr_text(path))
            self.status.emit(text, 30_000)

    def use_with(self, connection: Connection) -> None:
        """The command line (never a secret) that starts a bot with this key, and snippets."""
        from gui.connections.storage import VAULT_FILE_NAME
        from gui.manager.use_with import UseWithDialog

        data_dir = self.controller.environment.data_dir
        vault = data_dir / VAULT_FILE_NAME if self.controller.lockable and data_dir else None
        self._open(UseWithDialog(connection, self.window, vault_path=vault))

    def find_keys(self) -> None:
        """Scans the usual places for OKX keys in plain-text files; the chosen ones are checked,
        saved and removed from their files (on the store's runner: a lock waits for it)."""
        session = self.controller.session
        if session is None:
            return
        from gui.bots.findings import Finding
        from gui.bots.migrate import FileOutcome, migrate_findings
        from gui.connections.checking import check_key
        from gui.manager.find_keys import FindKeysDialog
        from gui.okx.check import ConnectionReport
        from gui.okx.regions import Environment, Region
        from gui.okx.signing import Credentials

        target = self.controller.environment.target

        def check(
            credentials: Credentials, region: Region, environment: Environment
        ) -> ConnectionReport:
            return check_key(credentials, region, environment, target)

        def migrate(findings: Sequence[Finding], cancel: threading.Event) -> Sequence[FileOutcome]:
            return migrate_findings(findings, session.store, check, cancel=cancel)

        dialog = FindKeysDialog(self.controller.runner, migrate, self.window)
        dialog.finished.connect(lambda _result: self._then_reload())
        self._open(dialog)

    @staticmethod
    def _open(dialog: QDialog) -> None:
        """Shows ``dialog`` without a nested event loop; it is deleted when closed (a lock
        closes it too)."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def apply_settings(self, idle: IdleWatcher) -> None:
        """The saved preferences take effect: clipboard, reminders, idle lock, cache, language."""
        settings = self.services.settings
        self.clipboard.set_clear_after(settings.clipboard_clear_seconds * 1000)
        self.content.model.rotation_days = settings.rotation_days
        self.content.model.refresh_all()
        idle.set_minutes(settings.auto_lock_minutes)
        if not settings.balance_cache:
            self.controller.run(lambda session: session.cache.disable())
        translations = self.services.translations
        if settings.language is None:
            translations.set_language(None)
        elif settings.language != translations.language:
            translations.choose(settings.language)

    def edit_settings(self) -> SettingsDialog | None:
        """The settings dialog; the accepted dialog (its values are saved), or None."""
        from gui.manager.settings_dialog import SettingsDialog

        storage = None
        store = self.controller.store
        if self.controller.session is not None and store and self.controller.environment.data_dir:
            storage = store.kind
        dialog = SettingsDialog(self.services.settings, self.window, storage)
        return dialog if dialog.exec() else None

    # --- editing ---------------------------------------------------------------------------------
    def edit(self, connection: Connection) -> None:
        answer = self.prompts.edit(self.window, connection.label, connection.facts.notes)
        if answer is None:
            return
        label, notes = answer
        self.controller.run_then(
            lambda s: edits.edit_connection(s.store, connection.id, label, notes),
            lambda c: self._then_reload(c.id),
            self.failed,
        )

    def delete(self, connection: Connection) -> None:
        from gui.okx.regions import REGIONS

        info = REGIONS[connection.region]
        url = info.api_page(connection.environment)
        text = self.tr(
            "Delete “{label}” ({masked}) from this computer?<br><br>The key still exists on "
            'OKX: to revoke it, delete it there too: <a href="{url}">{url}</a>'
        ).format(label=connection.label, masked=connection.masked_api_key, url=url)
        path = info.api_path(connection.environment)
        if path is not None:  # no confirmed page address: OKX's click path
            text += " (" + tr_text(path) + ")"
        if not self.prompts.confirm(self.window, self.tr("Delete connection"), text):
            return
        after = self.content.id_after(connection.id) or ""
        self.controller.run_then(
            lambda s: edits.delete_connection(s.store, connection.id, s.cache),
            lambda _none: self._then_reload(after),
            self.failed,
        )

    def copy(self, connection: Connection, act: Act) -> None:
        """Copies the secret of a Copy action (read in the background; dropped if the session
        ends first)."""
        secret = SECRET_OF[act]
        self.controller.run_then(
            lambda s: edits.read_secret(s.store, connection.id, secret), self._copied, self.failed
        )

    def _copied(self, secret: str) -> None:
        self.clipboard.copy_secret(secret)
        seconds = self.clipboard.clear_after_ms // 1000
        self.status.emit(
            self.tr("Copied. The clipboard is cleared in {seconds} s.").format(seconds=seconds),
            self.clipboard.clear_after_ms,
        )

    # --- backups ---------------------------------------------------------------------------------
    def export_backup(self) -> None:
        password = self.prompts.password(
            self.window,
            self.tr("Export backup"),
            self.tr(
                "Choose a password for the backup file. Without it the backup cannot be "
                "opened: keep it somewhere safe."
            ),
            True,
        )
        if not password:
            return
        path = self.prompts.save_path(self.window, self.tr("Export backup"))
        if path is None:
            return
        from gui.connections.backups import export_backup

        self.controller.run_then(
            lambda s: export_backup(s.store, Path(path), password), self._exported, self.failed
        )

    def _exported(self, count: int) -> None:
        self.status.emit(self.tr("Exported %n connection(s).", "", count), 10_000)

    def import_backup(self) -> None:
        path = self.prompts.open_path(self.window, self.tr("Import backup"))
        if path is None:
            return
        password = self.prompts.password(
            self.window, self.tr("Import backup"), self.tr("The backup's password:"), False
        )
        if not password:
            return
        from gui.connections.backups import preview_backup

        self.controller.run_then(
            lambda s: preview_backup(s.store, Path(path), password), self._preview, self.failed
        )

    def _preview(self, preview: BackupPreview) -> None:
        contents = preview.contents
        answer = self.prompts.import_choices(
            self.window, contents.connections, preview.clashing_ids
        )
        if answer is None:
            return
        chosen, choices = answer
        self._import(contents, chosen, choices)

    def _import(
        self, contents: BackupContents, chosen: set[str], choices: dict[str, ClashPolicy]
    ) -> None:
        from gui.connections.backups import import_backup

        self.controller.run_then(
            lambda s: import_backup(s.store, contents, choices, chosen), self._imported, self.failed
        )

    def _imported(self, result: ImportResult) -> None:
        self.status.emit(
            self.tr("Imported: {added} added, {replaced} replaced.").format(
                added=len(result.added), replaced=len(result.replaced)
            ),
            10_000,
        )
        self._then_reload()

    # --- the store -------------------------------------------------------------------------------
    def unlock(self) -> Task[Opened] | None:
        """Asks for the master password and unlocks (None: the user cancelled)."""
        password = self.prompts.password(
            self.window, self.tr("Unlock"), self.tr("The vault file's master password:"), False
        )
        return self.controller.unlock(password) if password else None

    def create_vault(self) -> Task[Opened] | None:
        """When no keychain works at start: keep the keys in a new vault file."""
        password = self.prompts.password(
            self.window,
            self.tr("Create a vault file"),
            self.tr(
                "Choose a master password for the vault file. It encrypts your keys on this "
                "computer; without it they cannot be opened."
            ),
            True,
        )
        return self.controller.create_vault(password) if password else None

    def move_storage(self) -> None:
        """Moves every connection to the other kind of store: copy all, verify each, then
        remove them from the old place (a vault file left empty is deleted)."""
        from gui.connections.moving import MoveDirection, move_direction, move_store

        controller, data_dir = self.controller, self.controller.environment.data_dir
        if controller.session is None or controller.store is None or data_dir is None:
            return
        if move_direction(controller.store) is MoveDirection.TO_VAULT_FILE:
            password = self._new_vault_password()
            if not password:
                return
        elif self.prompts.confirm(
            self.window,
            self.tr("Move to the system keychain"),
            self.tr(
                "Move every connection into the system keychain? Each one is copied and "
                "checked first; then the vault file is deleted."
            ),
        ):
            password = ""
        else:
            return
        services, new_vault = self.services, controller.environment.new_vault

        def work(session: Session) -> ConnectionStore:
            backend = services.keyring_backend() if services.keyring_backend else None
            moved = move_store(
                session.store,
                data_dir,
                password=password,
                create=new_vault,
                backend=backend,
                service=services.keychain_service,
            )
            if moved.as_lockable() is not None:
                session.cache.disable()  # this session's cache writes no more balances.json
            return moved

        self.status.emit(self.tr("Moving your connections…"), 0)
        task = controller.move(work)
        if task is not None:
            task.then(self._moved, self.failed)

    def _new_vault_password(self) -> str:
        return (
            self.prompts.password(
                self.window,
                self.tr("Move to a vault file"),
                self.tr(
                    "Choose the vault file's master password. Every connection is copied into "
                    "the file and checked before it is removed from the system keychain."
                ),
                True,
            )
            or ""
        )

    def _moved(self, store: ConnectionStore) -> None:
        if self.controller.session is not None:
            self.status.emit(self.tr("All connections moved and verified."), 10_000)
            self._then_reload()
