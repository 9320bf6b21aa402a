"""The manager's actions, keyed by an Enum (the model: Picard's ``ui/mainwindow/actions.py``).

Each :class:`Act` has its shortcut and its (translated) text and tooltip here; the window only
connects them to what they do and says which are enabled. Shortcuts go through
``setShortcuts([...])``: ``setShortcut`` builds all of Qt's enums (~20 ms) before the first
paint.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget

from gui.text import QT_TRANSLATE_NOOP


class Act(Enum):
    ADD = "addAction"
    CHECK = "checkAction"
    CHECK_ALL = "checkAllAction"
    EDIT = "editAction"
    ROTATE = "rotateAction"
    DELETE = "deleteAction"
    COPY_API_KEY = "copyApiKeyAction"
    COPY_SECRET_KEY = "copySecretKeyAction"  # noqa: S105 - an object name
    COPY_PASSPHRASE = "copyPassphraseAction"  # noqa: S105 - an object name
    OPEN_OKX = "openOkxAction"
    USE_WITH = "useWithAction"
    FIND_KEYS = "findKeysAction"
    EXPORT = "exportAction"
    IMPORT = "importAction"
    LOCK = "lockAction"
    SETTINGS = "settingsAction"


SHORTCUTS: dict[Act, str | QKeySequence.StandardKey] = {
    Act.ADD: QKeySequence.StandardKey.New,
    Act.CHECK: "F5",
    Act.CHECK_ALL: "Ctrl+F5",
    Act.EDIT: "F2",
    Act.DELETE: QKeySequence.StandardKey.Delete,
    Act.LOCK: "Ctrl+L",
}

# Actions that act on the selected connection (also the list's context menu, in this order).
ROW_ACTIONS = (
    Act.CHECK,
    Act.EDIT,
    Act.ROTATE,
    Act.COPY_API_KEY,
    Act.COPY_SECRET_KEY,
    Act.COPY_PASSPHRASE,
    Act.OPEN_OKX,
    Act.USE_WITH,
    Act.DELETE,
)
COPY_ACTIONS = (Act.COPY_API_KEY, Act.COPY_SECRET_KEY, Act.COPY_PASSPHRASE)


# Each action's text and tooltip ("" = its text), English; translated when shown.
TEXTS: dict[Act, tuple[str, str]] = {
    Act.ADD: (
        QT_TRANSLATE_NOOP("ManagerWindow", "&Add…"),
        QT_TRANSLATE_NOOP("ManagerWindow", "Connect a new API key (the wizard)"),
    ),
    Act.CHECK: (
        QT_TRANSLATE_NOOP("ManagerWindow", "&Check"),
        QT_TRANSLATE_NOOP("ManagerWindow", "Check the selected connection"),
    ),
    Act.CHECK_ALL: (
        QT_TRANSLATE_NOOP("ManagerWindow", "Check a&ll"),
        QT_TRANSLATE_NOOP("ManagerWindow", "Check every connection"),
    ),
    Act.EDIT: (
        QT_TRANSLATE_NOOP("ManagerWindow", "Re&name…"),
        QT_TRANSLATE_NOOP("ManagerWindow", "Rename and edit notes"),
    ),
    Act.ROTATE: (
        QT_TRANSLATE_NOOP("ManagerWindow", "R&otate…"),
        QT_TRANSLATE_NOOP(
            "ManagerWindow",
            "Replace the key with a new one; the old one stays until the new one is verified",
        ),
    ),
    Act.DELETE: (
        QT_TRANSLATE_NOOP("ManagerWindow", "&Delete…"),
        QT_TRANSLATE_NOOP("ManagerWindow", "Delete the connection"),
    ),
    Act.COPY_API_KEY: (QT_TRANSLATE_NOOP("ManagerWindow", "Copy &API key"), ""),
    Act.COPY_SECRET_KEY: (QT_TRANSLATE_NOOP("ManagerWindow", "Copy &secret key"), ""),
    Act.COPY_PASSPHRASE: (QT_TRANSLATE_NOOP("ManagerWindow", "Copy &passphrase"), ""),
    Act.OPEN_OKX: (
        QT_TRANSLATE_NOOP("ManagerWindow", "Open on &OKX"),
        QT_TRANSLATE_NOOP("ManagerWindow", "Open the API management page of this key's region"),
    ),
    Act.USE_WITH: (
        QT_TRANSLATE_NOOP("ManagerWindow", "&Use with…"),
        QT_TRANSLATE_NOOP(
            "ManagerWindow",
            "Start a bot with this key without writing it to a file: the command to use",
        ),
    ),
    Act.FIND_KEYS: (
        QT_TRANSLATE_NOOP("ManagerWindow", "&Find keys in files…"),
        QT_TRANSLATE_NOOP(
            "ManagerWindow",
            "Find OKX keys that bots keep in plain-text files, and move them into the app",
        ),
    ),
    Act.EXPORT: (QT_TRANSLATE_NOOP("ManagerWindow", "&Export backup…"), ""),
    Act.IMPORT: (QT_TRANSLATE_NOOP("ManagerWindow", "&Import backup…"), ""),
    Act.LOCK: (
        QT_TRANSLATE_NOOP("ManagerWindow", "Loc&k"),
        QT_TRANSLATE_NOOP("ManagerWindow", "Lock the vault file"),
    ),
    Act.SETTINGS: (QT_TRANSLATE_NOOP("ManagerWindow", "Se&ttings…"), ""),
}


class Actions:
    """The window's QActions by :class:`Act`; created once, texts set by :meth:`retranslate`."""

    def __init__(self, window: QWidget, slots: Mapping[Act, Callable[[], object]]) -> None:
        self._actions: dict[Act, QAction] = {}
        for act in Act:
            action = QAction(window)
            action.setObjectName(act.value)
            action.triggered.connect(slots[act])
            shortcut = SHORTCUTS.get(act)
            if shortcut is not None:
                action.setShortcuts([QKeySequence(shortcut)])
            window.addAction(action)
            self._actions[act] = action

    def __getitem__(self, act: Act) -> QAction:
        return self._actions[act]

    def many(self, acts: Iterable[Act]) -> list[QAction]:
        return [self._actions[a] for a in acts]

    def enable(self, states: Mapping[Act, bool]) -> None:
        for act, enabled in states.items():
            self._actions[act].setEnabled(enabled)

    def copy_button(self, parent: QWidget) -> QToolButton:
        """The toolbar's Copy button with its menu of the three secrets."""
        button = QToolButton(parent)
        button.setObjectName("copyButton")
        menu = QMenu(parent)
        menu.addActions(self.many(COPY_ACTIONS))
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        return button

    def fill_toolbar(self, toolbar: QToolBar, copy_button: QToolButton) -> None:
        """The toolbar: add and check; edit, rotate, delete, copy, open; backups, lock, settings.
        Find keys in files is in the Bots button's menu (``gui.manager.bot_keys``)."""
        toolbar.addActions(self.many((Act.ADD, Act.CHECK, Act.CHECK_ALL)))
        toolbar.addSeparator()
        toolbar.addActions(self.many((Act.EDIT, Act.ROTATE, Act.DELETE)))
        toolbar.addWidget(copy_button)
        toolbar.addActions(self.many((Act.USE_WITH, Act.OPEN_OKX)))
        toolbar.addSeparator()
        toolbar.addActions(self.many((Act.EXPORT, Act.IMPORT, Act.LOCK, Act.SETTINGS)))

    def retranslate(self) -> None:
        for act, (text, tip) in TEXTS.items():
            action = self._actions[act]
            shown = QCoreApplication.translate("ManagerWindow", text)
            action.setText(shown)
            action.setToolTip(
                QCoreApplication.translate("ManagerWindow", tip) if tip else shown.replace("&", "")
            )
