"""The key manager window: the frame that shows what the layers below say.

Built in one step: the message page, the toolbar from the action registry
:mod:`gui.manager.actions`, the list and balances (:mod:`gui.manager.content`) — filled, when the
app has a stored listing (the non-secret index and balance cache), with the rows and cached
balances of the last run, so the first frame already shows them — the check queue
(:mod:`gui.manager.checks`), the question-first flows (:mod:`gui.manager.operations`) and the
wizard host (:mod:`gui.manager.wizards`). :meth:`ManagerWindow.start`, after the first paint,
opens the store (the keychain, the OKX client and the rest arrive then). The open store and its
session live in the :class:`~gui.manager.controller.StoreController`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from gui.clipboard import SecretClipboard
from gui.manager.actions import ROW_ACTIONS, Act, Actions
from gui.manager.bot_keys import BotKeys
from gui.manager.checks import CheckQueue
from gui.manager.content import ConnectionList
from gui.manager.controller import StoreController, StoreState
from gui.manager.frame import Badge, MessagePage, Page, window_title
from gui.manager.locking import IdleWatcher
from gui.manager.operations import Operations
from gui.manager.services import talks_to_okx
from gui.manager.slots import slots
from gui.manager.wizards import WizardHost
from gui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from gui.connections.environment import AppEnvironment
    from gui.connections.model import Connection
    from gui.connections.session import Listing
    from gui.manager.controller import Opened
    from gui.manager.locking import ScreenLockWatcher
    from gui.manager.services import ManagerServices
    from gui.wizard.dialog import WizardDialog


class ManagerWindow(QMainWindow):
    """The main window, built whole. ``listing``: what the list showed at the last run (the
    stored listing), painted in the first frame; :meth:`start` (after showing it) opens the
    store, whose own listing then replaces it."""

    # Emitted once, just after the window first painted (the app then loads the rest).
    first_painted = Signal()

    def __init__(
        self,
        services: ManagerServices,
        listing: Listing | None = None,
        parent: QWidget | None = None,
        *,
        env: AppEnvironment | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("managerWindow")
        self.services = services
        settings = services.settings
        self._painted = False
        self.page = Page.OPENING
        self.controller = StoreController(TaskRunner(max_threads=2, parent=self), self)
        self.controller.cache_enabled = settings.balance_cache
        self.controller.env = env  # its one owner; None until set_environment
        self.controller.state_changed.connect(self._state_changed)
        self.screen_lock: ScreenLockWatcher | None = None  # at start: it connects to D-Bus
        self._unlocking: Task[Opened] | None = None

        self.frame = MessagePage(
            self._unlock, self.add, self._create_vault, self._cancel_unlock, self
        )
        self.acts = Actions(self, slots(self))
        self.copy_button = self.acts.copy_button(self)
        self.clipboard = SecretClipboard(
            clear_after_ms=settings.clipboard_clear_seconds * 1000, parent=self
        )
        self.content = ConnectionList(self.acts.many(ROW_ACTIONS), self)
        self.content.model.rotation_days = settings.rotation_days
        self.content.selection_changed.connect(self._update_actions)
        self.content.activated.connect(self.check_selected)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.frame)
        self.stack.addWidget(self.content)
        self.stack.setContentsMargins(8, 4, 8, 0)
        self.setCentralWidget(self.stack)
        toolbar = self.addToolBar("main")
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        self.acts.fill_toolbar(toolbar, self.copy_button)
        self.bot_keys = BotKeys(self)  # the Bots button: issued keys, Find keys in files
        self.badge = Badge(self)
        self.badge.setVisible(not self._talks_to_okx())
        self.statusBar().addPermanentWidget(self.badge)
        self.checks = CheckQueue(self.content, self.statusBar(), self._update_actions, self)
        self.ops = Operations(self, services, self.controller, self.content, self.clipboard)
        self.ops.reload_wanted.connect(lambda select_id: self.reload(select_id or None))
        self.ops.status.connect(self.statusBar().showMessage)
        self.content.status_clicked.connect(self.ops.explain_status)
        self.wizards = WizardHost(
            self, services, lambda: self.controller.environment, self.clipboard, self.reload
        )
        # Input reaches the widget under the mouse or with focus, not the window: watch the app.
        self.idle = IdleWatcher(
            QCoreApplication.instance() or self, settings.auto_lock_minutes, self
        )
        self.idle.idle.connect(self.lock)
        self.retranslate()  # (its progress update hides Lock: shown again while measuring)
        from gui.manager.sizing import manager_size

        lock = self.acts[Act.LOCK]
        shown = lock.isVisible()
        lock.setVisible(True)
        self.resize(manager_size(self, toolbar))  # Settings never in the overflow (with Lock)
        lock.setVisible(shown)
        geometry = settings.layout("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.content.restore_layout(settings)
        self._stored = listing if listing is not None and listing.connections else None
        if self._stored is not None:
            self._show_listing(self._stored)
        else:
            self._show_page(Page.OPENING)

    # --- after the first paint -------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
        return super().event(event)

    def first_frame_shows(self) -> str:
        """What the window shows now, for the first-paint probe (gui/firstpaint.py): the rows
        of the list and whether the selected row's balances are in the details."""
        rows = self.content.model.rowCount() if self.page is Page.LIST else 0
        balances = rows > 0 and self.content.details.snapshot is not None
        return f"rows={rows} balances={int(balances)}"

    def bring_to_front(self) -> None:
        """Another launch asked for the app: show this window (and an open wizard) on top."""
        for step in (self.showNormal, self.raise_, self.activateWindow):
            step()
        self.wizards.raise_()

    def set_environment(self, env: AppEnvironment) -> None:  # when not given at construction
        self.controller.env = env
        self.badge.setVisible(not self._talks_to_okx())
        self.retranslate()

    def _talks_to_okx(self) -> bool:
        return talks_to_okx(self.controller.env, self.services.simulator)

    def start(self) -> None:
        """Opens the store in the background (the list shows as soon as the index is read, or
        stays as the stored listing showed it) and starts watching the screen lock."""
        from gui.manager.locking import ScreenLockWatcher

        if self.screen_lock is None:
            self.screen_lock = ScreenLockWatcher(self)  # connects to D-Bus
            self.screen_lock.locked.connect(
                lambda: self.services.settings.lock_on_screen_lock and self.lock()
            )
        self.controller.open().then(self._opened, self.open_failed)
        QTimer.singleShot(0, self.content.warm_icons)

    # --- the store's states ----------------------------------------------------------------------
    def _opened(self, opened: Opened) -> None:
        stored, self._stored = self._stored, None
        if opened.listing is not None:
            if stored is not None and opened.listing.connections == stored.connections:
                # The same rows: no second model reset; the balances the session read (parsed
                # off the GUI thread) replace the stored listing's.
                self.content.keep_snapshots(opened.listing.snapshots)
            else:
                self._show_listing(opened.listing)
            self._after_listing(opened.listing)

    def _after_listing(self, listing: Listing) -> None:
        """After the list is on screen: the consistency scan, then the first-run wizard or
        the check on start."""
        self.ops.review_soon()
        self.bot_keys.report_leftovers()
        if not listing.connections:
            self.add()
        elif self.services.settings.check_on_start:
            self.check_all()

    def open_failed(self, error: BaseException) -> None:
        from gui.connections.errors import KeychainUnavailable

        offer = isinstance(error, KeychainUnavailable) and self.controller.data_dir is not None
        self._stored = None
        self.content.clear()  # the stored listing's rows, if they were shown
        self._show_page(Page.OPENING, self.ops.explain(error), offer)

    def unlock_failed(self, error: BaseException) -> None:
        self._show_page(Page.LOCKED, self.ops.explain(error))

    def _state_changed(self) -> None:
        state = self.controller.state
        if state is not StoreState.OPEN:
            self.checks.forget()
            self.content.clear()
        if state is StoreState.LOCKED:
            self._show_page(Page.LOCKED)
        self._update_actions()

    def reload(self, select_id: str | None = None) -> None:
        """Reads the list again (in the background), keeping or moving the selection."""
        task = self.controller.listing()
        if task is not None:
            task.then(lambda listing: self._show_listing(listing, select_id), self.ops.failed)

    def _show_listing(self, listing: Listing, select_id: str | None = None) -> None:
        self.content.model.today = self.services.clock().astimezone().date()
        checking = {c.id for c in listing.connections if self.checks.is_checking(c.id)}
        self.content.show_listing(listing, checking, select_id)
        self._show_page(Page.LIST if listing.connections else Page.EMPTY)

    def _create_vault(self) -> None:
        if self.controller.store is not None or self.controller.data_dir is None:
            return
        task = self.ops.create_vault()
        if task is not None:
            self._show_page(Page.OPENING)
            task.then(self._opened, self.open_failed)

    # --- selection and actions -------------------------------------------------------------------
    def selected(self) -> Connection | None:
        return self.content.selected()

    def _update_actions(self) -> None:
        opened = self.controller.state is StoreState.OPEN
        selected = opened and self.selected() is not None
        has_rows = opened and bool(self.content.model.rows)
        lockable = self.controller.lockable
        self.acts.enable({act: selected for act in ROW_ACTIONS})
        self.acts.enable(
            {
                Act.CHECK_ALL: has_rows and not self.checks.checking(),
                Act.EXPORT: has_rows,
                Act.ADD: opened,
                Act.IMPORT: opened,
                Act.FIND_KEYS: opened,
                Act.LOCK: lockable and opened,
            }
        )
        self.acts[Act.LOCK].setVisible(lockable)
        self.copy_button.setEnabled(selected)
        self.idle.arm(opened and lockable)
        self.bot_keys.update(opened, self.selected() if opened else None)

    # --- checking --------------------------------------------------------------------------------
    def check_selected(self) -> None:
        connection = self.selected()
        if connection is not None:
            self._check([connection])

    def check_all(self) -> None:
        self._check([row.connection for row in self.content.model.rows])

    def _check(self, connections: list[Connection]) -> None:
        session = self.controller.session
        if session is not None:
            self.checks.check(session, self.controller.environment.target, connections)

    def cancel_checks(self) -> None:
        """Stops "Check all": queued checks never start, running ones are cancelled."""
        self.checks.cancel()

    def checking(self) -> bool:
        return self.checks.checking()

    # --- the wizard ------------------------------------------------------------------------------
    def add(self) -> WizardDialog | None:
        """Opens the wizard to connect a new key."""
        session = self.controller.session
        return None if session is None else self.wizards.add(session)

    def rotate_selected(self) -> WizardDialog | None:
        session, connection = self.controller.session, self.selected()
        if session is None or connection is None:
            return None
        if connection.facts.issued is not None:  # issued here: a new key through OKX's API
            self.bot_keys.rotate(connection)
            return None
        return self.wizards.rotate(session, connection)

    @property
    def wizard(self) -> WizardDialog | None:  # the open wizard, if any
        return self.wizards.dialog

    # --- locking ---------------------------------------------------------------------------------
    def lock(self) -> bool:
        """Locks a vault file: the session ends (work still running is dropped when it
        returns), the wizard is destroyed, our clipboard content cleared, the list emptied."""
        if not self.controller.lock():
            return False
        self.wizards.discard()
        for dialog in self.findChildren(QDialog):  # bots' snippets, keys found in files
            dialog.reject()
        self.clipboard.clear_if_ours()
        self.statusBar().clearMessage()
        return True

    def _unlock(self) -> None:
        if self.controller.state is not StoreState.LOCKED:
            return
        task = self.ops.unlock() if self.controller.lockable else self.controller.unlock("")
        if task is not None:
            self._unlocking = task
            self.frame.working(self.tr("Unlocking…"))
            task.then(self._opened, self.unlock_failed, finished=self._unlock_ended)

    def _cancel_unlock(self) -> None:  # the key derivation is abandoned within ~50 ms
        if self._unlocking is not None:
            self._unlocking.cancel()

    def _unlock_ended(self) -> None:
        self._unlocking = None
        if self.controller.state is StoreState.LOCKED and self.frame.cancel_button.isVisible():
            self._show_page(Page.LOCKED)  # cancelled: back to the Unlock button

    # --- settings --------------------------------------------------------------------------------
    def open_settings(self) -> None:
        answer = self.ops.edit_settings()
        if answer is not None:
            self.apply_settings()
            if answer.move_requested:
                self.move_storage()

    def move_storage(self) -> None:
        self.cancel_checks()
        self.ops.move_storage()

    def apply_settings(self) -> None:  # the preferences as saved take effect
        self.controller.cache_enabled = self.services.settings.balance_cache
        self.ops.apply_settings(self.idle)

    # --- pages, layout, language -----------------------------------------------------------------
    def _show_page(self, page: Page, error: str = "", offer_vault: bool = False) -> None:
        self.page = page
        self.stack.setCurrentIndex(1 if page is Page.LIST else 0)
        self.frame.show_page(page, error, offer_vault)
        self._update_actions()

    def save_layout(self) -> None:
        settings = self.services.settings
        settings.set_layout("geometry", self.saveGeometry())
        self.content.save_layout(settings)
        settings.sync()

    def retranslate(self) -> None:
        title = self.tr("OKX Key Manager")
        env = self.controller.env
        simulator = not self._talks_to_okx() and (
            self.services.simulator or bool(env and env.simulator)
        )
        self.setWindowTitle(window_title(title, simulator))
        self.acts.retranslate()
        self.bot_keys.retranslate()
        self.copy_button.setText(self.tr("Cop&y"))
        self.copy_button.setToolTip(
            self.tr("Copy a secret; the clipboard is cleared after a while")
        )
        self.badge.retranslate(simulator)
        self.content.model.refresh_all()
        self.checks.show_progress()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- closing ---------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stops every check and store task and waits for their threads."""
        self.wizards.shutdown()
        self.checks.shutdown()
        self.controller.end_session()
        self.controller.runner.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.shutdown()
        super().closeEvent(event)
