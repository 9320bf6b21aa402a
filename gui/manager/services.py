"""What the manager window needs from the rest of the app, passed in (tests pass recorders)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from gui.i18n import Translations
from gui.manager.settings import AppSettings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from gui.connections.backups import ClashPolicy
    from gui.connections.environment import AppEnvironment
    from gui.connections.model import Connection
    from gui.connections.repairs import Resolution
    from gui.connections.storage import Problem
    from gui.connections.stores import KeyringLike

# gui.connections.storage.SERVICE (a test checks); not imported, to keep the first paint light.
SERVICE = "okx-key-manager"


class Questions(Protocol):
    """Every question the manager asks: :class:`gui.manager.prompts.Prompts` shows real
    dialogs; tests pass a recorder with the same methods. Each returns None (or False) when
    the user cancels."""

    def confirm(self, parent: QWidget, title: str, text: str) -> bool: ...

    def inform(self, parent: QWidget, title: str, text: str) -> None: ...

    def password(self, parent: QWidget, title: str, prompt: str, new: bool) -> str | None: ...

    def edit(self, parent: QWidget, label: str, notes: str) -> tuple[str, str] | None: ...

    def save_path(self, parent: QWidget, title: str) -> Path | None: ...

    def open_path(self, parent: QWidget, title: str) -> Path | None: ...

    def import_choices(
        self, parent: QWidget, connections: Sequence[Connection], clashes: set[str]
    ) -> tuple[set[str], dict[str, ClashPolicy]] | None: ...

    def resolve_problem(self, parent: QWidget, problem: Problem) -> Resolution: ...


class DeferredPrompts:
    """The real dialogs (:class:`gui.manager.prompts.Prompts`), imported at the first question.

    ``gui.manager.prompts`` imports the storage types and Qt's ``Qt`` namespace (~25 ms); the
    services are made before the window's first paint, the first question comes long after it.
    """

    _prompts: Questions | None = None

    def _real(self) -> Questions:
        if self._prompts is None:
            from gui.manager.prompts import Prompts

            self._prompts = Prompts()
        return self._prompts

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        return self._real().confirm(parent, title, text)

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        self._real().inform(parent, title, text)

    def password(self, parent: QWidget, title: str, prompt: str, new: bool) -> str | None:
        return self._real().password(parent, title, prompt, new)

    def edit(self, parent: QWidget, label: str, notes: str) -> tuple[str, str] | None:
        return self._real().edit(parent, label, notes)

    def save_path(self, parent: QWidget, title: str) -> Path | None:
        return self._real().save_path(parent, title)

    def open_path(self, parent: QWidget, title: str) -> Path | None:
        return self._real().open_path(parent, title)

    def import_choices(
        self, parent: QWidget, connections: Sequence[Connection], clashes: set[str]
    ) -> tuple[set[str], dict[str, ClashPolicy]] | None:
        return self._real().import_choices(parent, connections, clashes)

    def resolve_problem(self, parent: QWidget, problem: Problem) -> Resolution:
        return self._real().resolve_problem(parent, problem)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def open_in_browser(url: str) -> None:
    QDesktopServices.openUrl(QUrl(url))


@dataclass
class ManagerServices:
    """The app's parts the window is given. Where OKX and the store are (the
    :class:`~gui.connections.environment.AppEnvironment`) is not among them: the window's
    :class:`~gui.manager.controller.StoreController` is its one owner."""

    settings: AppSettings
    translations: Translations
    # Known before the environment is: the window's title and badge depend on it.
    simulator: bool = False
    prompts: Questions = field(default_factory=DeferredPrompts)
    open_url: Callable[[str], None] = open_in_browser
    clock: Callable[[], datetime] = _utc_now
    # The system keychain for a move from a vault file (None: ``keyring.get_keyring()``).
    keyring_backend: Callable[[], KeyringLike] | None = None
    keychain_service: str = SERVICE


def talks_to_okx(env: AppEnvironment | None, simulator: bool) -> bool:
    """False for the simulator or a custom base URL: the window then shows a badge.
    ``simulator`` is known before the environment is set (None)."""
    if simulator or env is None:
        return not simulator
    return env.talks_to_okx
