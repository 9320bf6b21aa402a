"""The key manager window: every saved connection, its status and balances, and key actions.

All keychain, vault-file and network work runs on :class:`gui.tasks.TaskRunner` (``runner`` for
the store, ``check_runner`` — at most ``check_concurrency`` at once — for checks). The window is
shown first; the store opens in the background.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.manager.locking import IdleWatcher, ScreenLockWatcher
from gui.tasks import Progress, Task, TaskRunner

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, QSortFilterProxyModel
    from PySide6.QtWidgets import QSplitter, QTableView

    # Imported when first used: the window paints first (a frame and "Opening…"); the list,
    # the balance tables, the vault, the OKX client and the wizard load right after.
    from gui.clipboard import SecretClipboard
    from gui.launcher import AppEnvironment
    from gui.manager.cache import BalanceCache, Snapshot
    from gui.manager.details import DetailsPanel
    from gui.manager.models import ConnectionsModel
    from gui.manager.services import ManagerServices
    from gui.manager.status import Diagnosis
    from gui.okx.check import ConnectionReport
    from gui.vault.model import Connection
    from gui.vault.store import ConnectionStore, Problem
    from gui.wizard.dialog import WizardDialog
    from gui.wizard.flow import Flow
    from gui.wizard.services import WizardServices

log = logging.getLogger(__name__)

BADGE_STYLE = "background: #c62828; color: white; font-weight: bold; padding: 2px 8px;"
LOADING, LOCKED, EMPTY, LIST = range(4)


class ManagerWindow(QMainWindow):
    """The main window. Call :meth:`start` after showing it."""

    # Emitted once, just after the window first painted (the app then loads the rest).
    first_painted = Signal()

    def __init__(self, services: ManagerServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("managerWindow")
        self.services = services
        self._painted = False
        settings = services.settings
        self.runner = TaskRunner(max_threads=2, parent=self)
        self.check_runner = TaskRunner(max_threads=services.check_concurrency, parent=self)
        self.content_built = False
        self.cache_dir: Path | None = services.data_dir
        self.clipboard: SecretClipboard
        self.cache: BalanceCache
        self.model: ConnectionsModel
        self.proxy: QSortFilterProxyModel
        self.table: QTableView
        self.details: DetailsPanel
        self.splitter: QSplitter
        self.store: ConnectionStore | None = None
        self.store_lock = threading.Lock()
        self.snapshots: dict[str, Snapshot] = {}
        self.live: set[str] = set()
        self.diagnoses: dict[str, Diagnosis] = {}
        self.checks: dict[str, Task] = {}
        self.check_queue: list[Connection] = []
        self.check_total = 0
        self.check_done = 0
        self.wizard: WizardDialog | None = None
        self.problems: list[Problem] = []
        self.last_error = ""

        self.message = QLabel(self)
        self.message.setObjectName("messageLabel")
        # Not setAlignment(Qt.AlignmentFlag.AlignCenter): the first use of PySide6.QtCore.Qt
        # builds all of Qt's enums (~20 ms), which would delay the first paint; the list and
        # the balance panel, made after it, use them.
        self.message.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.message.setWordWrap(True)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.clicked.connect(self.unlock)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addButton")
        self.create_vault_button = QPushButton(self)
        self.create_vault_button.setObjectName("createVaultButton")
        self.create_vault_button.clicked.connect(self.create_vault)
        self.create_vault_button.hide()
        message_page = QWidget(self)
        message_layout = QVBoxLayout(message_page)
        message_layout.addStretch(1)
        message_layout.addWidget(self.message)
        for button in (self.unlock_button, self.add_button, self.create_vault_button):
            row = QHBoxLayout()  # centred between stretches (no Qt.AlignmentFlag, as above)
            row.addStretch(1)
            row.addWidget(button)
            row.addStretch(1)
            message_layout.addLayout(row)
        message_layout.addStretch(1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(message_page)
        self.stack.setContentsMargins(8, 4, 8, 0)
        self.setCentralWidget(self.stack)

        self._make_actions()
        self.add_button.clicked.connect(self.add_action.trigger)
        # A label, not a QProgressBar: QProgressBar.setValue repaints the window synchronously,
        # which stalled the GUI thread by ~25 ms per step during "Check all".
        self.progress = QLabel(self)
        self.progress.setObjectName("checkProgress")
        self.progress.hide()
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelCheckButton")
        self.cancel_button.clicked.connect(self.cancel_checks)
        self.cancel_button.hide()
        self.badge = QLabel(self)
        self.badge.setObjectName("notOkxBadge")
        self.badge.setStyleSheet(BADGE_STYLE)
        self.badge.setVisible(not services.talks_to_okx())
        status = self.statusBar()
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.cancel_button)
        status.addPermanentWidget(self.badge)

        self.resize(1000, 680)
        geometry = settings.layout("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.retranslate()
        self._show_page(LOADING)

    def build_content(self) -> None:
        """Creates the list and the balance panel (once; after the first paint)."""
        if self.content_built:
            return
        from PySide6.QtCore import QSortFilterProxyModel, Qt
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTableView

        from gui.clipboard import SecretClipboard
        from gui.manager.cache import BalanceCache
        from gui.manager.details import DetailsPanel
        from gui.manager.models import ConnectionsModel

        settings = self.services.settings
        self.clipboard = SecretClipboard(
            clear_after_ms=settings.clipboard_clear_seconds * 1000, parent=self
        )
        self.cache = BalanceCache(None)
        self.model = ConnectionsModel(self)
        self.model.rotation_days = settings.rotation_days
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("connectionsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ConnectionsModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.table.clicked.connect(self._clicked)
        self.table.doubleClicked.connect(lambda _index: self.check_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions(
            [
                self.check_action,
                self.edit_action,
                self.rotate_action,
                self.copy_api_action,
                self.copy_secret_action,
                self.copy_passphrase_action,
                self.open_okx_action,
                self.delete_action,
            ]
        )
        self.details = DetailsPanel(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.stack.addWidget(self.splitter)
        self.age_timer = QTimer(self)
        self.age_timer.setInterval(60_000)
        self.age_timer.timeout.connect(self.details.refresh)
        self.age_timer.start()
        # Input reaches the widget under the mouse or with focus, not the window: watch the app.
        # Not before the first paint: a Python filter on every event slowed it by ~40 ms.
        app = QCoreApplication.instance()
        self.idle = IdleWatcher(app or self, settings.auto_lock_minutes, self)
        self.idle.idle.connect(self.lock)
        self.screen_lock = ScreenLockWatcher(self)  # connects to D-Bus: not before the paint
        self.screen_lock.locked.connect(self._screen_locked)
        self.content_built = True
        self.use_cache_dir(self.cache_dir)
        self._restore_layout()
        self.retranslate()
        QTimer.singleShot(0, self._warm_icons)

    # --- actions -------------------------------------------------------------------------------
    def _action(
        self, name: str, slot: Any, shortcut: str | QKeySequence.StandardKey | None = None
    ) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        if shortcut is not None:
            # setShortcuts([...]), not setShortcut(...): the latter's overload check builds all
            # of Qt's enums (~20 ms) before the first paint. The same single key sequence.
            action.setShortcuts([QKeySequence(shortcut)])
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.add_action = self._action("addAction", self.add, QKeySequence.StandardKey.New)
        self.check_action = self._action("checkAction", self.check_selected, "F5")
        self.check_all_action = self._action("checkAllAction", self.check_all, "Ctrl+F5")
        self.edit_action = self._action("editAction", self.edit_selected, "F2")
        self.rotate_action = self._action("rotateAction", self.rotate_selected)
        self.delete_action = self._action(
            "deleteAction", self.delete_selected, QKeySequence.StandardKey.Delete
        )
        self.copy_api_action = self._action("copyApiKeyAction", partial(self.copy, "api_key"))
        self.copy_secret_action = self._action(
            "copySecretKeyAction", partial(self.copy, "secret_key")
        )
        self.copy_passphrase_action = self._action(
            "copyPassphraseAction", partial(self.copy, "passphrase")
        )
        self.open_okx_action = self._action("openOkxAction", self.open_on_okx)
        self.export_action = self._action("exportAction", self.export_backup)
        self.import_action = self._action("importAction", self.import_backup)
        self.lock_action = self._action("lockAction", self.lock, "Ctrl+L")
        self.settings_action = self._action("settingsAction", self.open_settings)
        self.copy_menu = QMenu(self)
        self.copy_menu.addActions(
            [self.copy_api_action, self.copy_secret_action, self.copy_passphrase_action]
        )
        self.copy_button = QToolButton(self)
        self.copy_button.setObjectName("copyButton")
        self.copy_button.setMenu(self.copy_menu)
        self.copy_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar = self.addToolBar("main")
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.addActions([self.add_action, self.check_action, self.check_all_action])
        toolbar.addSeparator()
        toolbar.addActions([self.edit_action, self.rotate_action, self.delete_action])
        toolbar.addWidget(self.copy_button)
        toolbar.addAction(self.open_okx_action)
        toolbar.addSeparator()
        toolbar.addActions(
            [self.export_action, self.import_action, self.lock_action, self.settings_action]
        )

    def _update_actions(self) -> None:
        opened = self.content_built and self.store is not None and not self.store.locked
        selected = opened and self.selected() is not None
        for action in (
            self.check_action,
            self.edit_action,
            self.rotate_action,
            self.delete_action,
            self.copy_api_action,
            self.copy_secret_action,
            self.copy_passphrase_action,
            self.open_okx_action,
        ):
            action.setEnabled(selected)
        self.copy_button.setEnabled(selected)
        has_rows = opened and bool(self.model.rows)
        self.check_all_action.setEnabled(has_rows and not self.checking())
        self.export_action.setEnabled(has_rows)
        for action in (self.add_action, self.import_action):
            action.setEnabled(opened)
        self.lock_action.setEnabled(self.can_lock())
        self.lock_action.setVisible(self.store is not None and self.can_lock())
        if self.content_built:
            self.idle.arm(opened and self.can_lock())

    # --- opening the store ---------------------------------------------------------------------
    def use_cache_dir(self, data_dir: Path | None) -> None:
        """Where the balance cache is kept (unless the user turned it off)."""
        self.cache_dir = data_dir
        if not self.content_built:
            return
        from gui.manager.cache import FILE_NAME

        if data_dir is not None and self.services.settings.balance_cache:
            self.cache.path = data_dir / FILE_NAME

    def set_environment(self, env: AppEnvironment) -> None:
        """Where OKX and the store are (when not passed in the services)."""
        self.services.env = env
        self.badge.setVisible(not self.services.talks_to_okx())
        self.retranslate()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
        return super().event(event)

    def start(self) -> None:
        """Opens the store and reads the balance cache in the background."""
        self.build_content()
        open_store = self.services.environment.open_store
        cache = self.cache

        def work(cancel: threading.Event, progress: Progress) -> object:
            snapshots = cache.load()
            store = open_store()
            if store.locked:
                return store, None, [], snapshots
            return store, store.list(), store.problems(), snapshots

        task = self.runner.submit(work)
        task.succeeded.connect(self._opened)
        task.failed.connect(self._failed)

    def _warm_icons(self) -> None:
        """Renders the status icons once while nothing else happens, so the first status
        change does not pay for parsing SVG."""
        from PySide6.QtCore import QSize

        from gui.manager.models import STATUS_ICONS, icon

        size = self.table.iconSize()
        size = size if size.isValid() and not size.isEmpty() else QSize(16, 16)
        for name in (*STATUS_ICONS.values(), "warning.svg", "reminder.svg"):
            icon(name).pixmap(size, self.devicePixelRatio())

    def _opened(self, result: object) -> None:
        assert isinstance(result, tuple)
        store, connections, problems, snapshots = result
        self.store = store
        self.snapshots.update(snapshots)
        if connections is None:
            self._show_page(LOCKED)
            return
        self._loaded(connections)
        self.problems = list(problems)
        if self.problems:
            QTimer.singleShot(0, self.resolve_problems)
        elif not connections:
            self.add()
        elif self.services.settings.check_on_start:
            self.check_all()

    def _failed(self, error: object) -> None:
        from gui.i18n import tr_text
        from gui.vault.errors import VaultError

        if isinstance(error, VaultError):
            text = tr_text(error.message)
        else:
            text = self.tr("Something went wrong: {error}").format(error=type(error).__name__)
        self.last_error = text
        log.warning("background work failed: %s", type(error).__name__)
        if self.stack.currentIndex() == 0 and self.store is None:
            from gui.vault.errors import KeychainUnavailable

            self.message.setText(text)
            offer = isinstance(error, KeychainUnavailable) and self.services.data_dir is not None
            self.create_vault_button.setVisible(offer)
        else:
            self.statusBar().showMessage(text, 15_000)
            self.services.prompts.inform(self, self.tr("OKX Key Manager"), text)

    def create_vault(self) -> None:
        """When the keychain cannot be used at start: keep the keys in a new vault file."""
        data_dir = self.services.data_dir
        if self.store is not None or data_dir is None:
            return
        password = self.services.prompts.password(
            self,
            self.tr("Create a vault file"),
            self.tr(
                "Choose a master password for the vault file. It encrypts your keys on this "
                "computer; without it they cannot be opened."
            ),
            True,
        )
        if not password:
            return

        def work(cancel: threading.Event, progress: Progress) -> object:
            from gui.vault.filevault import FileVaultStore
            from gui.vault.store import VAULT_FILE_NAME

            store = FileVaultStore.create(data_dir / VAULT_FILE_NAME, password)
            return store, [], [], {}

        self.create_vault_button.hide()
        self.last_error = ""
        self._show_page(LOADING)
        task = self.runner.submit(work)
        task.succeeded.connect(self._opened)
        task.failed.connect(self._failed)

    def reload(self, select_id: str | None = None) -> None:
        """Reads the list again (in the background)."""
        store = self.store
        if store is None or store.locked:
            return
        task = self.runner.submit(lambda cancel, progress: store.list())
        task.succeeded.connect(partial(self._loaded, select_id=select_id))
        task.failed.connect(self._failed)

    def _loaded(self, connections: object, select_id: str | None = None) -> None:
        assert isinstance(connections, list)
        from gui.manager.models import Row
        from gui.manager.status import Diagnosis, Status, diagnose_stored

        current = select_id or self.selected_id()
        rows = []
        for connection in connections:
            diagnosis = self.diagnoses.get(connection.id) or diagnose_stored(connection)
            if connection.id in self.checks:
                diagnosis = Diagnosis(Status.CHECKING)
            rows.append(Row(connection, diagnosis))
        self.model.today = self.services.clock().astimezone().date()
        self.model.set_connections(rows)
        self._forget_stale({c.id for c in connections})
        self._show_page(LIST if rows else EMPTY)
        if rows:
            self.select(current if current and self.model.row_of(current) >= 0 else None)
        self._update_actions()
        self._show_details()

    def _forget_stale(self, ids: set[str]) -> None:
        """Drops cached balances of connections no longer saved (deleted, rotated, moved)."""
        stale = set(self.snapshots) - ids
        if not stale:
            return
        for connection_id in stale:
            self.snapshots.pop(connection_id, None)
            self.diagnoses.pop(connection_id, None)
            self.live.discard(connection_id)
        cache = self.cache
        self.runner.submit(lambda cancel, progress: cache.forget(stale))

    # --- selection -----------------------------------------------------------------------------
    def selected_id(self) -> str | None:
        from gui.manager.models import ID_ROLE

        if not self.content_built:
            return None
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = self.proxy.data(index, ID_ROLE)
        return str(value) if value else None

    def selected(self) -> Connection | None:
        connection_id = self.selected_id()
        number = -1 if connection_id is None else self.model.row_of(connection_id)
        return self.model.rows[number].connection if number >= 0 else None

    def select(self, connection_id: str | None) -> None:
        number = 0 if connection_id is None else max(0, self.model.row_of(connection_id))
        source = self.model.index(number, 0)
        self.table.setCurrentIndex(self.proxy.mapFromSource(source))

    def _selection_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        self._show_details()

    def _show_details(self) -> None:
        connection = self.selected()
        snapshot = None if connection is None else self.snapshots.get(connection.id)
        live = connection is not None and connection.id in self.live
        self.details.show_connection(connection, snapshot, live)

    def _clicked(self, index: QModelIndex) -> None:
        from gui.i18n import tr_text
        from gui.manager.models import ID_ROLE, ConnectionsModel

        if index.column() != ConnectionsModel.STATUS:
            return
        connection_id = str(self.proxy.data(index, ID_ROLE))
        row = self.model.rows[self.model.row_of(connection_id)]
        diagnosis = row.diagnosis
        if diagnosis.cause is None:
            return
        text = tr_text(diagnosis.cause)
        if diagnosis.fix is not None:
            text += "\n\n" + self.tr("What to do: {fix}").format(fix=tr_text(diagnosis.fix))
        self.services.prompts.inform(self, row.connection.label, text)

    # --- checking ------------------------------------------------------------------------------
    def check_selected(self) -> None:
        connection = self.selected()
        if connection is not None:
            self._check([connection])

    def check_all(self) -> None:
        self._check([row.connection for row in self.model.rows])

    def _check(self, connections: list[Connection]) -> None:
        from gui.manager.status import Diagnosis, Status

        store = self.store
        if store is None or store.locked:
            return
        queued = {c.id for c in self.check_queue}
        new = [c for c in connections if c.id not in self.checks and c.id not in queued]
        self.check_queue.extend(new)
        self.check_total += len(new)
        self.model.set_status({c.id for c in new}, Diagnosis(Status.CHECKING))
        self._pump()
        self._show_progress()
        self._update_actions()

    def _pump(self) -> None:
        """Starts queued checks while fewer than ``check_concurrency`` run (OKX limits requests
        per user and per IP; the GUI thread also stays free)."""
        store = self.store
        if store is None:
            return
        access = self.services.environment.access
        while self.check_queue and len(self.checks) < self.services.check_concurrency:
            connection = self.check_queue.pop(0)
            work = partial(_check_work, store, self.store_lock, self.cache, access, connection)
            task = self.check_runner.submit(work)
            self.checks[connection.id] = task
            task.succeeded.connect(partial(self._checked, connection.id))
            task.failed.connect(partial(self._check_failed, connection.id))
            task.finished.connect(partial(self._check_finished, connection.id))

    def _checked(self, connection_id: str, result: object) -> None:
        from gui.manager.status import diagnose_report

        assert isinstance(result, tuple)
        connection, report, snapshot = result
        diagnosis = diagnose_report(report)
        self.diagnoses[connection_id] = diagnosis
        if snapshot is not None:
            self.snapshots[connection_id] = snapshot
            self.live.add(connection_id)
        self.model.update(connection_id, connection=connection, diagnosis=diagnosis)
        if connection_id == self.selected_id():
            self._show_details()

    def _check_failed(self, connection_id: str, error: object) -> None:
        from gui.manager.status import Diagnosis, Status
        from gui.vault.errors import VaultError

        if isinstance(error, VaultError):
            diagnosis = Diagnosis(Status.PROBLEM, error.message)
        else:
            log.warning("check failed: %s", type(error).__name__)
            diagnosis = Diagnosis(Status.PROBLEM)
        self.diagnoses[connection_id] = diagnosis
        self.model.update(connection_id, diagnosis=diagnosis)

    def _check_finished(self, connection_id: str) -> None:
        from gui.manager.status import Status, diagnose_stored

        self.checks.pop(connection_id, None)
        self.check_done += 1
        number = self.model.row_of(connection_id)
        if number >= 0 and self.model.rows[number].diagnosis.status is Status.CHECKING:
            before = self.diagnoses.get(connection_id)
            stored = self.model.rows[number].connection
            self.model.update(connection_id, diagnosis=before or diagnose_stored(stored))
        self._pump()
        if not self.checks:
            self.check_total = self.check_done = 0
        self._show_progress()
        self._update_actions()

    def cancel_checks(self) -> None:
        """Stops "Check all": queued checks never start, running ones are cancelled."""
        from gui.manager.status import diagnose_stored

        queued, self.check_queue = self.check_queue, []
        for connection in queued:
            number = self.model.row_of(connection.id)
            if number >= 0:
                stored = self.model.rows[number].connection
                before = self.diagnoses.get(connection.id)
                self.model.update(connection.id, diagnosis=before or diagnose_stored(stored))
        self.check_total -= len(queued)
        self.check_runner.cancel_all()
        self._show_progress()
        self._update_actions()

    def checking(self) -> bool:
        return bool(self.checks or self.check_queue)

    def _show_progress(self) -> None:
        running = self.checking()
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        if running:
            self.progress.setText(
                self.tr("Checked {done} of {total}").format(
                    done=self.check_done, total=self.check_total
                )
            )

    # --- the wizard: add and rotate ------------------------------------------------------------
    def _wizard_services(self, save: Any) -> WizardServices:
        from gui.wizard.services import WizardServices

        env = self.services.environment
        return WizardServices(
            runner=TaskRunner(parent=self),
            clipboard=self.clipboard,
            check=env.access.check,
            save=save,
            fix=env.access.fix,
            translations=self.services.translations,
            open_url=self.services.open_url,
            simulator=env.simulator,
            sample_keys=dict(env.sample_keys),
        )

    def _open_wizard(self, save: Any, flow: Flow | None) -> WizardDialog | None:
        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            return self.wizard
        from gui.wizard.dialog import WizardDialog

        self.wizard = WizardDialog(self._wizard_services(save), flow, parent=self)
        self.wizard.finished.connect(lambda _result: self.reload())
        self.wizard.show()
        return self.wizard

    def add(self) -> WizardDialog | None:
        """Opens the wizard to connect a new key."""
        if self.store is None or self.store.locked:
            return None
        from gui.wizard.connection import StoreSaver

        return self._open_wizard(StoreSaver(self.store), None)

    def rotate_selected(self) -> WizardDialog | None:
        """The wizard prefilled with the key's region, environment and name; the new key
        replaces the old one only once it is verified."""
        from gui.manager.services import RotateSaver

        connection = self.selected()
        if connection is None or self.store is None:
            return None
        from gui.wizard.flow import Flow, Prefill

        prefill = Prefill(
            connection.region,
            connection.environment,
            connection.label,
            rotation=True,
            old_uid=connection.facts.uid,  # a key of another account is questioned
        )
        saver = RotateSaver(self.store, connection.id, self.store_lock)
        return self._open_wizard(saver, Flow(prefill=prefill))

    # --- store changes -------------------------------------------------------------------------
    def _store_task(self, work: Any, done: Any = None) -> Task | None:
        store = self.store
        if store is None:
            return None
        lock = self.store_lock

        def run(cancel: threading.Event, progress: Progress) -> object:
            with lock:
                return work(store)

        task = self.runner.submit(run)
        task.failed.connect(self._failed)
        if done is not None:
            task.succeeded.connect(done)
        return task

    def edit_selected(self) -> None:
        connection = self.selected()
        if connection is None:
            return
        answer = self.services.prompts.edit(self, connection.label, connection.facts.notes)
        if answer is None:
            return
        label, notes = answer

        def work(store: ConnectionStore) -> str:
            current = store.get(connection.id)
            if label.strip() != current.label:
                current = store.rename(connection.id, label)
            if notes != current.facts.notes:
                store.update_facts(connection.id, replace(current.facts, notes=notes))
            return connection.id

        self._store_task(work, lambda _id: self.reload(connection.id))

    def delete_selected(self) -> None:
        from gui.okx.regions import REGIONS

        connection = self.selected()
        if connection is None:
            return
        info = REGIONS[connection.region]
        url = info.api_page(connection.environment)
        text = self.tr(
            "Delete “{label}” ({masked}) from this computer?<br><br>The key still exists on "
            'OKX: to revoke it, delete it there too: <a href="{url}">{url}</a>'
        ).format(label=connection.label, masked=connection.masked_api_key, url=url)
        if not info.api_page_is_direct(connection.environment):  # no confirmed page address
            from gui.i18n import tr_text
            from gui.okx.regions import DEMO_API_PATH

            text += " (" + tr_text(DEMO_API_PATH) + ")"
        if not self.services.prompts.confirm(self, self.tr("Delete connection"), text):
            return
        cache = self.cache

        def work(store: ConnectionStore) -> None:
            store.delete(connection.id)
            cache.forget({connection.id})

        self.snapshots.pop(connection.id, None)
        self.diagnoses.pop(connection.id, None)
        self._store_task(work, lambda _none: self.reload())

    def copy(self, field_name: str) -> None:
        """Copies one secret of the selected key (read in the background, cleared later)."""
        connection = self.selected()
        store = self.store
        if connection is None or store is None:
            return
        task = self.runner.submit(
            lambda cancel, progress: getattr(store.get_credentials(connection.id), field_name)
        )
        task.failed.connect(self._failed)
        task.succeeded.connect(self._copied)

    def _copied(self, value: object) -> None:
        self.clipboard.copy_secret(str(value))
        self.statusBar().showMessage(
            self.tr("Copied. The clipboard is cleared in {seconds} s.").format(
                seconds=self.clipboard.clear_after_ms // 1000
            ),
            self.clipboard.clear_after_ms,
        )

    def open_on_okx(self) -> None:
        from gui.okx.regions import REGIONS

        connection = self.selected()
        if connection is not None:
            self.services.open_url(REGIONS[connection.region].api_page(connection.environment))

    # --- backups -------------------------------------------------------------------------------
    def export_backup(self) -> None:
        prompts = self.services.prompts
        password = prompts.password(
            self,
            self.tr("Export backup"),
            self.tr(
                "Choose a password for the backup file. Without it the backup cannot be "
                "opened: keep it somewhere safe."
            ),
            True,
        )
        if not password:
            return
        path = prompts.save_path(self, self.tr("Export backup"))
        if path is None:
            return
        from gui.vault.backup import export_backup

        self._store_task(
            lambda store: export_backup(store, Path(path), password),
            lambda count: self.statusBar().showMessage(
                self.tr("Exported %n connection(s).", "", int(str(count))), 10_000
            ),
        )

    def import_backup(self) -> None:
        prompts = self.services.prompts
        path = prompts.open_path(self, self.tr("Import backup"))
        if path is None:
            return
        password = prompts.password(
            self, self.tr("Import backup"), self.tr("The backup's password:"), False
        )
        if not password:
            return
        from gui.vault.backup import read_backup

        task = self.runner.submit(
            lambda cancel, progress: (
                (contents := read_backup(Path(path), password)),
                contents.clashes(self.store) if self.store else (),
            )
        )
        task.failed.connect(self._failed)
        task.succeeded.connect(self._preview_import)

    def _preview_import(self, result: object) -> None:
        assert isinstance(result, tuple)
        contents, clashes = result
        answer = self.services.prompts.import_choices(
            self, contents.connections, {c.id for c in clashes}
        )
        if answer is None:
            return
        chosen, choices = answer
        from gui.vault.backup import import_backup

        self._store_task(
            lambda store: import_backup(store, contents, choices=choices, only=chosen),
            self._imported,
        )

    def _imported(self, result: object) -> None:
        added = len(getattr(result, "added", ()))
        replaced = len(getattr(result, "replaced", ()))
        self.statusBar().showMessage(
            self.tr("Imported: {added} added, {replaced} replaced.").format(
                added=added, replaced=replaced
            ),
            10_000,
        )
        self.reload()

    # --- repairs -------------------------------------------------------------------------------
    def resolve_problems(self) -> None:
        """Asks about each leftover the store reported; nothing is removed without a yes."""
        problems, self.problems = self.problems, []
        for problem in problems:
            choice = self.services.prompts.resolve_problem(self, problem)
            if choice == "repair":
                self._store_task(partial(_repair, problem), lambda _c: self.reload())
            elif choice == "remove":
                self._store_task(partial(_remove, problem), lambda _c: self.reload())

    # --- locking -------------------------------------------------------------------------------
    def can_lock(self) -> bool:
        return self.store is not None and hasattr(self.store, "unlock")

    def lock(self) -> None:
        """Locks a vault file: forgets the key material and hides every connection."""
        if not self.can_lock() or self.store is None or self.store.locked:
            return
        self.cancel_checks()
        if self.wizard is not None:
            self.wizard.reject()
        self.clipboard.clear_if_ours()
        with self.store_lock:
            self.store.lock()
        self.model.set_connections([])
        self.details.show_connection(None, None)
        self._show_page(LOCKED)

    def _screen_locked(self) -> None:
        if self.services.settings.lock_on_screen_lock:
            self.lock()

    def unlock(self) -> None:
        store = self.store
        if store is None or not store.locked:
            return
        password = self.services.prompts.password(
            self, self.tr("Unlock"), self.tr("The vault file's master password:"), False
        )
        if not password:
            return

        def work(cancel: threading.Event, progress: Progress) -> object:
            store.unlock(password)  # type: ignore[attr-defined]
            return store.list()

        self.message.setText(self.tr("Unlocking…"))
        task = self.runner.submit(work)
        task.succeeded.connect(self._loaded)
        task.failed.connect(self._unlock_failed)

    def _unlock_failed(self, error: object) -> None:
        from gui.i18n import tr_text
        from gui.vault.errors import VaultError

        self._show_page(LOCKED)
        if isinstance(error, VaultError):
            self.message.setText(tr_text(error.message))

    # --- settings ------------------------------------------------------------------------------
    def open_settings(self) -> None:
        from gui.manager.settings_dialog import SettingsDialog

        storage = None
        if self.store is not None and self.services.data_dir is not None:
            storage = "vault" if self.can_lock() else "keychain"
        dialog = SettingsDialog(self.services.settings, self, storage)
        if dialog.exec():
            self.apply_settings()
            if dialog.move_requested:
                self.move_storage()

    def move_storage(self) -> None:
        """Moves every connection to the other kind of store: copy all, verify each, then
        remove them from the old place (a vault file left empty is deleted)."""
        store, data_dir = self.store, self.services.data_dir
        if store is None or store.locked or data_dir is None:
            return
        to_vault = not self.can_lock()
        prompts = self.services.prompts
        password = ""
        if to_vault:
            password = prompts.password(
                self,
                self.tr("Move to a vault file"),
                self.tr(
                    "Choose the vault file's master password. Every connection is copied into "
                    "the file and checked before it is removed from the system keychain."
                ),
                True,
            )
            if not password:
                return
        elif not prompts.confirm(
            self,
            self.tr("Move to the system keychain"),
            self.tr(
                "Move every connection into the system keychain? Each one is copied and "
                "checked first; then the vault file is deleted."
            ),
        ):
            return
        services = self.services
        lock = self.store_lock

        def work(cancel: threading.Event, progress: Progress) -> object:
            from gui.manager.storage import move_connections
            from gui.vault.filevault import FileVaultStore
            from gui.vault.keychain import KeychainStore, probe_keychain
            from gui.vault.store import VAULT_FILE_NAME

            path = data_dir / VAULT_FILE_NAME
            with lock:
                if to_vault:
                    target: ConnectionStore = FileVaultStore.create(path, password)
                    try:
                        move_connections(store, target)
                    except BaseException:
                        path.unlink(missing_ok=True)  # else the next start opens it
                        raise
                    return target
                if services.keyring_backend is not None:
                    backend = services.keyring_backend()
                else:
                    import keyring

                    backend = keyring.get_keyring()
                probe_keychain(backend, services.keychain_service)
                target = KeychainStore(data_dir, backend, service=services.keychain_service)
                move_connections(store, target)
                path.unlink()
                return target

        self.statusBar().showMessage(self.tr("Moving your connections…"))
        task = self.runner.submit(work)
        task.failed.connect(self._failed)
        task.succeeded.connect(self._moved)

    def _moved(self, target: object) -> None:
        self.store = target  # type: ignore[assignment]
        self.statusBar().showMessage(self.tr("All connections moved and verified."), 10_000)
        self.reload()

    def apply_settings(self) -> None:
        settings = self.services.settings
        if not self.content_built:
            return
        self.clipboard._timer.setInterval(settings.clipboard_clear_seconds * 1000)
        self.model.rotation_days = settings.rotation_days
        self.model.refresh_all()
        self.idle.set_minutes(settings.auto_lock_minutes)
        if not settings.balance_cache:
            cache = self.cache
            self.runner.submit(lambda cancel, progress: cache.disable())
        language = settings.language
        translations = self.services.translations
        if language is None:
            translations.set_language(None)
        elif language != translations.language:
            translations.choose(language)

    # --- pages, layout, language ---------------------------------------------------------------
    def _show_page(self, page: int) -> None:
        self.stack.setCurrentIndex(1 if page == LIST else 0)
        self.page = page
        self.unlock_button.setVisible(page == LOCKED)
        self.add_button.setVisible(page == EMPTY)
        self._set_message()
        self._update_actions()

    def _set_message(self) -> None:
        texts = {
            LOADING: self.tr("Opening your saved connections…"),
            LOCKED: self.tr("The vault file is locked."),
            EMPTY: self.tr("No connections yet."),
            LIST: "",
        }
        if self.last_error and self.store is None:
            self.message.setText(self.last_error)
        else:
            self.message.setText(texts[self.page])

    def _restore_layout(self) -> None:
        settings = self.services.settings
        header = settings.layout("columns")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        splitter = settings.layout("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.details.hide_small.setChecked(settings.hide_small_balances)

    def save_layout(self) -> None:
        settings = self.services.settings
        settings.set_layout("geometry", self.saveGeometry())
        if self.content_built:
            settings.set_layout("columns", self.table.horizontalHeader().saveState())
            settings.set_layout("splitter", self.splitter.saveState())
            settings.hide_small_balances = self.details.hide_small.isChecked()
        settings.sync()

    def retranslate(self) -> None:
        title = self.tr("OKX Key Manager")
        simulator = not self.services.talks_to_okx() and (
            self.services.simulator or bool(self.services.env and self.services.env.simulator)
        )
        self.setWindowTitle(f"{title} — SIMULATOR" if simulator else title)
        texts = {
            self.add_action: (self.tr("&Add…"), self.tr("Connect a new API key (the wizard)")),
            self.check_action: (self.tr("&Check"), self.tr("Check the selected connection")),
            self.check_all_action: (self.tr("Check a&ll"), self.tr("Check every connection")),
            self.edit_action: (self.tr("Re&name…"), self.tr("Rename and edit notes")),
            self.rotate_action: (
                self.tr("R&otate…"),
                self.tr(
                    "Replace the key with a new one; the old one stays until the new "
                    "one is verified"
                ),
            ),
            self.delete_action: (self.tr("&Delete…"), self.tr("Delete the connection")),
            self.copy_api_action: (self.tr("Copy &API key"), ""),
            self.copy_secret_action: (self.tr("Copy &secret key"), ""),
            self.copy_passphrase_action: (self.tr("Copy &passphrase"), ""),
            self.open_okx_action: (
                self.tr("Open on &OKX"),
                self.tr("Open the API management page of this key's region"),
            ),
            self.export_action: (self.tr("&Export backup…"), ""),
            self.import_action: (self.tr("&Import backup…"), ""),
            self.lock_action: (self.tr("Loc&k"), self.tr("Lock the vault file")),
            self.settings_action: (self.tr("Se&ttings…"), ""),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(tip or text.replace("&", ""))
        self.copy_button.setText(self.tr("Cop&y"))
        self.copy_button.setToolTip(
            self.tr("Copy a secret; the clipboard is cleared after a while")
        )
        self.unlock_button.setText(self.tr("&Unlock…"))
        self.add_button.setText(self.tr("&Connect an OKX account…"))
        self.create_vault_button.setText(self.tr("Create a &vault file…"))
        self.cancel_button.setText(self.tr("Stop"))
        if simulator:
            self.badge.setText(self.tr("SIMULATOR"))
            self.badge.setToolTip(self.tr("Connected to the built-in simulator, not to OKX."))
        else:
            self.badge.setText(self.tr("NOT OKX"))
            self.badge.setToolTip(self.tr("This app is set to talk to a server that is not OKX."))
        if self.content_built:
            self.model.refresh_all()
        self._show_progress()
        if hasattr(self, "page"):
            self._set_message()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- closing -------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stops every check and store task and waits for their threads."""
        if self.wizard is not None:
            self.wizard.shutdown()
        self.check_runner.shutdown()
        self.runner.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.shutdown()
        super().closeEvent(event)


def _check_work(
    store: ConnectionStore,
    lock: threading.Lock,
    cache: BalanceCache,
    access: Any,
    connection: Connection,
    cancel: threading.Event,
    progress: Progress,
) -> tuple[Connection, ConnectionReport, Snapshot | None]:
    """One connection check on a worker thread; records the outcome in the store and cache."""
    from gui.manager.cache import snapshot_from_report
    from gui.manager.status import Status, diagnose_report
    from gui.okx.check import check_connection
    from gui.vault.model import CheckStatus as StoredStatus
    from gui.vault.model import CheckSummary

    credentials = store.get_credentials(connection.id)
    report = check_connection(
        credentials,
        region=connection.region,
        environment=connection.environment,
        base_urls=access.base_urls,
        timeout=access.timeout,
        cancel=cancel,
    )
    if report.cancelled:
        return connection, report, None
    diagnosis = diagnose_report(report)
    summary = CheckSummary(
        at=report.checked_at,
        status=StoredStatus.CONNECTED
        if diagnosis.status is Status.CONNECTED
        else StoredStatus.PROBLEM,
        message=str(diagnosis.cause) if diagnosis.cause else "Connected",
        code=None if report.error is None else report.error.code,
    )
    with lock:
        current = store.get(connection.id)
        facts = replace(current.facts, last_check=summary)
        if report.config is not None:
            config = report.config
            facts = replace(
                facts,
                uid=config.uid,
                sub_account=config.is_sub_account,
                permissions=tuple(sorted(p.value for p in config.permissions)),
                bound_ips=config.bound_ips,
            )
        updated = store.update_facts(connection.id, facts)
    snapshot = snapshot_from_report(report)
    if snapshot is not None:
        cache.put(connection.id, snapshot)
    return updated, report, snapshot


def _repair(problem: Problem, store: ConnectionStore) -> Connection:
    return store.repair(problem)


def _remove(problem: Problem, store: ConnectionStore) -> None:
    store.remove(problem)
