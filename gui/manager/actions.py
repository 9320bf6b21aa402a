"""The manager's actions, keyed by an Enum (the model: Picard's ``ui/mainwindow/actions.py``).

One registry, :data:`SPECS`, has one row per :class:`Act`: its text and tooltip (translated
when shown), its shortcut and what it works on; the window only connects them to what they do
and says which are enabled. Shortcuts go through
``setShortcuts([...])``: ``setShortcut`` builds all of Qt's enums (~20 ms) before the first
paint.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget

from gui.text import QT_TRANSLATE_NOOP


class Act(Enum):
    """Every action of the window, by its object name; the ones on a selected connection in
    the order of the list's context menu."""

    ADD = "addAction"
    CHECK_ALL = "checkAllAction"
    CHECK = "checkAction"
    EDIT = "editAction"
    ROTATE = "rotateAction"
    COPY_API_KEY = "copyApiKeyAction"
    COPY_SECRET_KEY = "copySecretKeyAction"  # noqa: S105 - an object name
    COPY_PASSPHRASE = "copyPassphraseAction"  # noqa: S105 - an object name
    OPEN_OKX = "openOkxAction"
    USE_WITH = "useWithAction"
    DELETE = "deleteAction"
    FIND_KEYS = "findKeysAction"
    EXPORT = "exportAction"
    IMPORT = "importAction"
    LOCK = "lockAction"
    SETTINGS = "settingsAction"


class Scope(Enum):
    """What an action works on."""

    WINDOW = "window"  # enabled with the store
    ROW = "row"  # the selected connection (also in the list's context menu)
    COPY = "copy"  # copies one secret of the selected connection (the Copy menu too)


@dataclass(frozen=True)
class Spec:
    """One action: its text and tooltip (English; "" = the text), translated when shown; its
    shortcut; what it works on."""

    text: str
    tip: str = ""
    shortcut: str | QKeySequence.StandardKey | None = None
    scope: Scope = Scope.WINDOW


# The registry: one row per action.
SPECS: dict[Act, Spec] = {
    Act.ADD: Spec(
        QT_TRANSLATE_NOOP("ManagerWindow", "&Add…"),
        QT_TRANSLATE_NOOP("ManagerWindow", "Connect a new API key (the wizard)"),
        QKeySequence.StandardKey.New,
    ),
    Act.CHECK_ALL: Spec(
        QT_TRANSLATE_NOOP("ManagerWindow", "Check a&ll"),
        QT_TRANSLATE_NOOP("ManagerWindow", "Check every connection"),
        "Ctrl+F5",
    ),
    Act.CHECK: Spec(
        QT_TRANSLATE_NOOP("ManagerWindow", "&Check"),
        QT_TRANSLATE_NOOP("ManagerWindow", "Check the selected connection"),
        "F5",
        Scope.ROW,
    ),
    Act.EDIT: Spec(
        QT_TRANSLATE_NOOP("ManagerWindow", "Re&name…"),
        QT_TRANSLATE_NOOP("ManagerWindow", "Rename and edit notes"),
        "F2",
        Scope.ROW,
    ),
    Act.ROTATE: Spec(
        QT_TRANSLATE_NOOP("ManagerWindow", "R&otate…"),
        QT_TRANSLATE_NOOP(
            "ManagerWindow",
            "Replace the key with a new one; the old one stays until the new one is verified",
        ),
        scope=Scope.ROW,
    ),
    Act.COPY_API_KEY: Spec(QT_TRANSLATE_NOOP("ManagerWindow", "Copy &API key"), scope=Scope.COPY),
    Act.COPY_SECRET_KEY: Spec(
        QT_TRANSLATE_NOOP("ManagerWindow", "Copy &secret key"), scope=Scope.COPY
    ),
    Act.COPY_PASSPHRASE: Spec(
        QT_TRANSLATE_NOOP("ManagerWindow", "Copy &passphrase"), scope=Scope.COPY
    ),
    Act.OPEN_OKX: Spec(
        QT_TRANSLATE_NOOP("ManagerWindow", "Open on &OKX"),
        QT_TRANSLATE_NOOP("ManagerWindow", "Open the API management page of this key's region"),
        scope=Scope.ROW,
    ),
    Act.USE_WITH: Spec(
        QT_TRANSLATE_NOOP("ManagerWindow", "&Use with…"),
        QT_TRANSLATE_NOOP(
            "ManagerWindow",
            "Start a bot with this key without writing it to a file: the command to use",
        ),
        scope=Scope.ROW,
    ),
    Act.DELETE: Spec(
        QT_TRANSLATE_NOOP("ManagerWindow", "&Delete…"),
        QT_TRANSLATE_NOOP("ManagerWindow", "Delete the connection"),
        QKeySequence.StandardKey.Delete,
        Scope.ROW,
    ),
    Act.FIND_KEYS: Spec(
        QT_TRANSLATE_NOOP("ManagerWindow", "&Find keys in files…"),
        QT_TRANSLATE_NOOP(
            "ManagerWindow",
            "Find OKX keys that bots keep in plain-text files, and move them into the app",
        ),
    ),
    Act.EXPORT: Spec(QT_TRANSLATE_NOOP("ManagerWindow", "&Export backup…")),
    Act.IMPORT: Spec(QT_TRANSLATE_NOOP("ManagerWindow", "&Import backup…")),
    Act.LOCK: Spec(
        QT_TRANSLATE_NOOP("ManagerWindow", "Loc&k"),
        QT_TRANSLATE_NOOP("ManagerWindow", "Lock the vault file"),
        "Ctrl+L",
    ),
    Act.SETTINGS: Spec(QT_TRANSLATE_NOOP("ManagerWindow", "Se&ttings…")),
}

# Actions that act on the selected connection, in the context menu's order.
ROW_ACTIONS = tuple(a for a in Act if SPECS[a].scope is not Scope.WINDOW)
COPY_ACTIONS = tuple(a for a in Act if SPECS[a].scope is Scope.COPY)


class Actions:
    """The window's QActions by :class:`Act`; created once, texts set by :meth:`retranslate`."""

    def __init__(self, window: QWidget, slots: Mapping[Act, Callable[[], object]]) -> None:
        self._actions: dict[Act, QAction] = {}
        for act in Act:
            action = QAction(window)
            action.setObjectName(act.value)
            action.triggered.connect(slots[act])
            shortcut = SPECS[act].shortcut
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
        for act, spec in SPECS.items():
            action, text, tip = self._actions[act], spec.text, spec.tip
            shown = QCoreApplication.translate("ManagerWindow", text)
            action.setText(shown)
            action.setToolTip(
                QCoreApplication.translate("ManagerWindow", tip) if tip else shown.replace("&", "")
            )
