"""Fixtures for the manager window: real runners, the real simulator, an in-memory keyring store,
settings in a temporary INI file, and a recorder instead of the dialogs."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from gui.connections.environment import AppEnvironment, OkxTarget
from gui.connections.repairs import Resolution
from gui.connections.session import Listing
from gui.i18n import Translations
from gui.manager.frame import Page
from gui.manager.services import ManagerServices
from gui.manager.settings import AppSettings
from gui.manager.window import ManagerWindow
from gui.okx.regions import Environment, Region
from gui.okx.simulator import Simulator
from gui.vault.backup import ClashPolicy
from gui.vault.keychain import KeychainStore
from gui.vault.model import Connection
from gui.vault.store import ConnectionStore, LockableStore, Problem
from tests.vault.fakes import MemoryKeyring


@dataclass
class PromptRecorder:
    """Stands in for every dialog: records the questions, gives the prepared answers."""

    confirm_answer: bool = True
    passwords: list[str] = field(default_factory=list)
    edit_answer: tuple[str, str] | None = None
    path: Path | None = None
    import_answer: Callable[[Sequence[Connection], set[str]], Any] | None = None
    problem_answer: Resolution = Resolution.LATER
    questions: list[str] = field(default_factory=list)
    informed: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    previews: list[tuple[Sequence[Connection], set[str]]] = field(default_factory=list)

    def confirm(self, _parent: object, _title: str, text: str) -> bool:
        self.questions.append(text)
        return self.confirm_answer

    def inform(self, _parent: object, _title: str, text: str) -> None:
        self.informed.append(text)

    def password(self, _parent: object, _title: str, _prompt: str, _new: bool) -> str | None:
        return self.passwords.pop(0) if self.passwords else None

    def edit(self, _parent: object, _label: str, _notes: str) -> tuple[str, str] | None:
        return self.edit_answer

    def save_path(self, _parent: object, _title: str) -> Path | None:
        return self.path

    def open_path(self, _parent: object, _title: str) -> Path | None:
        return self.path

    def import_choices(
        self, _parent: object, connections: Sequence[Connection], clashes: set[str]
    ) -> Any:
        self.previews.append((connections, clashes))
        if self.import_answer is None:
            return {c.id for c in connections}, {c: ClashPolicy.KEEP_BOTH for c in clashes}
        return self.import_answer(connections, clashes)

    def resolve_problem(self, _parent: object, problem: Problem) -> Resolution:
        self.problems.append(problem)
        return self.problem_answer


@pytest.fixture
def prompts() -> PromptRecorder:
    return PromptRecorder()


@pytest.fixture
def store(tmp_path: Path) -> KeychainStore:
    return KeychainStore(tmp_path / "data", MemoryKeyring(), service="okx-km-manager-test")


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def settings(settings_file: Path) -> AppSettings:
    return AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))


def save_sim_key(
    store: ConnectionStore, sim: Simulator, name: str, label: str | None = None
) -> Connection:
    key = sim.key(name)
    return store.add(label or name, key.region, key.environment, key.credentials)


Make = Callable[..., ManagerWindow]


@pytest.fixture
def make_window(
    qtbot: QtBot,
    simulator: Simulator,
    store: KeychainStore,
    settings: AppSettings,
    prompts: PromptRecorder,
    tmp_path: Path,
) -> Iterator[Make]:
    windows: list[ManagerWindow] = []
    opened: list[str] = []

    def make(
        open_store: Callable[[], ConnectionStore] | None = None,
        base_urls: dict[Region, str] | None = None,
        wait: bool = True,
        simulator_badge: bool = True,
        new_vault: Callable[[Path, str], LockableStore] | None = None,
        listing: Listing | None = None,
    ) -> ManagerWindow:
        env = AppEnvironment(
            OkxTarget(base_urls or simulator.base_urls, timeout=5.0),
            open_store or (lambda: store),
            simulator=simulator_badge,
            data_dir=tmp_path / "data",
        )
        if new_vault is not None:
            env.new_vault = new_vault
        services = ManagerServices(
            settings=settings,
            translations=Translations(),
            prompts=prompts,
            open_url=opened.append,
            keyring_backend=lambda: store.backend,
            keychain_service=store.service,
        )
        window = ManagerWindow(services, listing, env=env)  # listing: the first frame's
        window.opened_urls = opened  # type: ignore[attr-defined]
        windows.append(window)
        qtbot.addWidget(window)
        window.show()
        window.start()
        if wait:
            qtbot.waitUntil(lambda: window.page is Page.LIST, timeout=10_000)
        return window

    yield make
    for window in windows:
        window.close()
        assert window.controller.runner.is_idle() and not window.checking()
    for thread in threading.enumerate():
        if thread.name.startswith("okx-check"):
            thread.join(10)
            assert not thread.is_alive()


__all__ = ["Environment", "PromptRecorder", "save_sim_key"]
