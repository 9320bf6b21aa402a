"""What the manager's buttons do that needs a question first: rename, delete, copy, backups,
storage moves, a new vault file, unlocking and repairs.

Each flow asks through the prompts (replaceable in tests), runs the use case of
:mod:`gui.connections` through the :class:`~gui.manager.controller.StoreController` (off the GUI
thread, tied to the session) and hands the outcome to the window. Nothing here holds state
beyond one flow.
"""

from __future__ import annotations

import html
import logging
import threading
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from gui.connections import edits
from gui.i18n import tr_text

if TYPE_CHECKING:
    from gui.clipboard import SecretClipboard
    from gui.connections.session import Session
    from gui.manager.content import ConnectionList
    from gui.manager.controller import Opened, StoreController
    from gui.manager.locking import IdleWatcher
    from gui.manager.services import ManagerServices
    from gui.manager.settings_dialog import SettingsDialog
    from gui.tasks import Task
    from gui.vault.backup import BackupContents, ClashPolicy, ImportResult
    from gui.vault.model import Connection
    from gui.vault.store import ConnectionStore, Problem, StoreScan

log = logging.getLogger(__name__)

SCAN_AFTER_MS = 150


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

    # --- failures --------------------------------------------------------------------------------
    def failed(self, error: BaseException) -> None:
        """Tells the user what went wrong: the error's own message for the app's errors, a
        plain sentence (never a raw exception name) for anything else."""
        self.status.emit(self.explain(error), 15_000)
        self.prompts.inform(self.window, self.tr("OKX Key Manager"), self.explain(error))

    def explain(self, error: BaseException) -> str:
        from gui.vault.errors import VaultError

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
        from gui.manager.use_with import UseWithDialog
        from gui.vault.store import VAULT_FILE_NAME

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
        if self.controller.session is not None and self.controller.environment.data_dir:
            storage = "vault" if self.controller.lockable else "keychain"
        dialog = SettingsDialog(self.services.settings, self.window, storage)
        return dialog if dialog.exec() else None

    # --- editing ---------------------------------------------------------------------------------
    def edit(self, connection: Connection) -> None:
        answer = self.prompts.edit(self.window, connection.label, connection.facts.notes)
        if answer is None:
            return
        label, notes = answer
        task = self.controller.run(
            lambda s: edits.edit_connection(s.store, connection.id, label, notes)
        )
        if task is not None:
            task.then(lambda c: self._then_reload(c.id), self.failed)

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
        task = self.controller.run(
            lambda s: edits.delete_connection(s.store, connection.id, s.cache)
        )
        if task is not None:
            task.then(lambda _none: self._then_reload(after), self.failed)

    def copy(self, connection: Connection, field: str) -> None:
        """Copies one secret, ``field`` a :class:`~gui.connections.edits.SecretField` value
        (read in the background; dropped if the session ends first)."""
        secret = edits.SecretField(field)
        task = self.controller.run(lambda s: edits.read_secret(s.store, connection.id, secret))
        if task is not None:
            task.then(self._copied, self.failed)

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
        from gui.vault.backup import export_backup

        task = self.controller.run(lambda s: export_backup(s.store, Path(path), password))
        if task is not None:
            task.then(self._exported, self.failed)

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
        from gui.vault.backup import read_backup

        def preview(session: Session) -> tuple[BackupContents, tuple[Connection, ...]]:
            contents = read_backup(Path(path), password)
            return contents, contents.clashes(session.store)

        task = self.controller.run(preview)
        if task is not None:
            task.then(self._preview, self.failed)

    def _preview(self, found: tuple[BackupContents, tuple[Connection, ...]]) -> None:
        contents, clashes = found
        answer = self.prompts.import_choices(
            self.window, contents.connections, {c.id for c in clashes}
        )
        if answer is None:
            return
        chosen, choices = answer
        self._import(contents, chosen, choices)

    def _import(
        self, contents: BackupContents, chosen: set[str], choices: dict[str, ClashPolicy]
    ) -> None:
        from gui.vault.backup import import_backup

        task = self.controller.run(
            lambda s: import_backup(s.store, contents, choices=choices, only=chosen)
        )
        if task is not None:
            task.then(self._imported, self.failed)

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
        controller, data_dir = self.controller, self.controller.environment.data_dir
        if controller.session is None or data_dir is None:
            return
        to_vault = not controller.lockable
        password = ""
        if to_vault:
            password = (
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
            if not password:
                return
        elif not self.prompts.confirm(
            self.window,
            self.tr("Move to the system keychain"),
            self.tr(
                "Move every connection into the system keychain? Each one is copied and "
                "checked first; then the vault file is deleted."
            ),
        ):
            return
        services, new_vault = self.services, controller.environment.new_vault

        def work(session: Session) -> ConnectionStore:
            from gui.connections.moving import move_to_keychain, move_to_vault_file

            if to_vault:
                moved = move_to_vault_file(session.store, data_dir, password, new_vault)
                session.cache.disable()  # this session's cache writes no more balances.json
                return moved
            backend = services.keyring_backend() if services.keyring_backend else None
            return move_to_keychain(
                session.store, data_dir, backend=backend, service=services.keychain_service
            )

        self.status.emit(self.tr("Moving your connections…"), 0)
        task = controller.move(work)
        if task is not None:
            task.then(self._moved, self.failed)

    def _moved(self, store: ConnectionStore) -> None:
        if self.controller.session is not None:
            self.status.emit(self.tr("All connections moved and verified."), 10_000)
            self._then_reload()

    # --- repairs ---------------------------------------------------------------------------------
    def review_soon(self) -> None:
        """The consistency scan — the keychain's first use, which may find it unusable — once
        the list has painted: keyring's import would hold the GIL while it paints."""
        QTimer.singleShot(SCAN_AFTER_MS, self._scan)

    def _scan(self) -> None:
        task = self.controller.scan()
        if task is not None:
            task.then(self.review, self.failed)

    def review(self, scan: StoreScan) -> None:
        """What the consistency scan found: leftovers of interrupted changes, then secrets the
        list does not show (after a lost index), offered back in one go."""
        self.resolve(list(scan.problems))
        if scan.unlisted:
            self.offer_restore(scan.unlisted)

    def offer_restore(self, unlisted: Sequence[Connection]) -> None:
        names = "<br>".join(
            f"• {html.escape(c.label)} {html.escape(c.masked_api_key)}" for c in unlisted[:20]
        )
        more = len(unlisted) - 20
        if more > 0:
            names += "<br>" + self.tr("and %n more", "", more)
        text = self.tr(
            "The system keychain holds %n connection(s) of this app that the list does not show "
            "(the list file was lost or replaced):",
            "",
            len(unlisted),
        )
        question = self.tr("Restore them to the list? Their keys stay where they are.")
        title = self.tr("Restore %n connection(s) found in the keychain", "", len(unlisted))
        if self.prompts.confirm(self.window, title, f"{text}<br><br>{names}<br><br>{question}"):
            ids = [c.id for c in unlisted]
            task = self.controller.run(lambda s: s.store.restore_unlisted(ids))
            if task is not None:
                task.then(self._restored, self.failed)

    def _restored(self, restored: list[Connection]) -> None:
        self.status.emit(self.tr("Restored %n connection(s).", "", len(restored)), 10_000)
        self._then_reload(restored[0].id if restored else "")

    def resolve(self, problems: list[Problem]) -> None:
        """Asks about each leftover the store reported; nothing is removed without a yes."""
        for problem in problems:
            choice = self.prompts.resolve_problem(self.window, problem)
            if choice in ("repair", "remove"):
                task = self.controller.run(partial(_resolve, problem, choice == "repair"))
                if task is not None:
                    task.then(lambda _r: self._then_reload(), self.failed)


def _resolve(problem: Problem, repair: bool, session: Session) -> None:
    if repair:
        session.store.repair(problem)
    else:
        session.store.remove(problem)
