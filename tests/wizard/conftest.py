"""Fixtures for the wizard's Qt tests: real task runner, real simulator, in-memory keyring store."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gui.clipboard import SecretClipboard
from gui.okx.simulator import Simulator
from gui.okx.target import OkxTarget
from gui.tasks import TaskRunner
from gui.vault.keychain import KeychainStore
from gui.wizard.connection import KeyChecker, StoreSaver
from gui.wizard.dialog import WizardDialog
from gui.wizard.flow import Flow
from gui.wizard.public_ip import PublicIpService
from gui.wizard.services import WizardServices
from tests.vault.fakes import MemoryKeyring


@dataclass
class Recorder:
    """Stands in for the browser and the confirmation dialog."""

    urls: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    answer: bool = True

    def open_url(self, url: str) -> None:
        self.urls.append(url)

    def confirm(self, _parent: object, _title: str, question: str) -> bool:
        self.questions.append(question)
        return self.answer


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(10_000)
    assert runner.is_idle()
    # Requests a cancelled check left in flight end with the simulator's delay; none may outlive
    # the test.
    for thread in threading.enumerate():
        if thread.name.startswith("okx-check"):
            thread.join(10)
            assert not thread.is_alive()


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def store(tmp_path: Path) -> KeychainStore:
    return KeychainStore(tmp_path / "data", MemoryKeyring(), service="okx-km-wizard-test")


@pytest.fixture
def services(
    runner: TaskRunner,
    simulator: Simulator,
    store: KeychainStore,
    recorder: Recorder,
    qtbot: QtBot,
) -> WizardServices:
    access = KeyChecker(OkxTarget(simulator.base_urls, timeout=5.0))
    return WizardServices(
        runner=runner,
        clipboard=SecretClipboard(),
        check=access.check,
        save=StoreSaver(store),
        fix=access.fix,
        open_url=recorder.open_url,
        confirm=recorder.confirm,
        simulator=True,
        # Never the real ipify: a port nobody listens on unless a test brings its own server.
        lookup_ip=PublicIpService("http://127.0.0.1:9", timeout=2.0),
    )


@pytest.fixture
def make_wizard(qtbot: QtBot, services: WizardServices):  # type: ignore[no-untyped-def]
    def make(flow: Flow | None = None) -> WizardDialog:
        dialog = WizardDialog(services, flow)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make
