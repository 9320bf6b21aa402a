"""Wires the app together: store, OKX access (real or simulator), background runner, wizard.

Opening the store touches the keychain, so it runs on the task runner, like every keychain and
network call. With ``--simulator`` the app talks to an embedded :class:`Simulator` and keeps
connections in memory only: nothing reaches the real keychain and nothing secret is printed.
"""

from __future__ import annotations

import contextlib
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from gui.clipboard import SecretClipboard
from gui.i18n import Translations, tr_text
from gui.okx.signing import Credentials
from gui.tasks import Progress, TaskRunner
from gui.vault.errors import VaultError
from gui.vault.keychain import KeychainStore
from gui.vault.store import ConnectionStore, default_data_dir, open_default_store
from gui.wizard.connection import OkxAccess, StoreSaver
from gui.wizard.dialog import WizardDialog
from gui.wizard.services import WizardServices


class MemoryKeyring:
    """A keyring backend in a dict, for simulator sessions: fake keys never touch the keychain."""

    def __init__(self) -> None:
        self._items: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self._items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            self._items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        with self._lock:
            if self._items.pop((service, username), None) is None:
                raise PasswordDeleteError("not found")


@dataclass
class AppEnvironment:
    """Where the app's data and OKX are, for one run."""

    access: OkxAccess
    open_store: Callable[[], ConnectionStore]
    simulator: bool
    sample_keys: dict[str, Credentials]


@contextlib.contextmanager
def app_environment(simulator: bool) -> Iterator[AppEnvironment]:
    """The real OKX and the user's store, or an embedded simulator and an in-memory store."""
    if not simulator:
        yield AppEnvironment(OkxAccess(), lambda: open_default_store(default_data_dir()), False, {})
        return
    from gui.okx.simulator import Simulator

    with Simulator() as sim, tempfile.TemporaryDirectory(prefix="okx-km-sim-") as tmp:
        backend = MemoryKeyring()
        yield AppEnvironment(
            OkxAccess(sim.base_urls, timeout=5.0),
            lambda: KeychainStore(Path(tmp), backend, service="okx-key-manager-simulator"),
            True,
            {key.name: key.credentials for key in sim.keys},
        )


class Launcher:
    """Opens the store in the background, then the wizard when nothing is saved yet."""

    def __init__(
        self,
        window: QWidget,
        env: AppEnvironment,
        runner: TaskRunner,
        translations: Translations,
        show_message: Callable[[str], None],
    ) -> None:
        self.window = window
        self.env = env
        self.runner = runner
        self.translations = translations
        self.show_message = show_message
        self.clipboard = SecretClipboard(parent=window)
        self.store: ConnectionStore | None = None
        self.wizard: WizardDialog | None = None

    def start(self) -> None:
        open_store = self.env.open_store

        def work(cancel: threading.Event, progress: Progress) -> tuple[ConnectionStore, int]:
            store = open_store()
            return store, len(store.list())

        task = self.runner.submit(work)
        task.succeeded.connect(self._store_opened)
        task.failed.connect(self._store_failed)

    def _store_opened(self, result: object) -> None:
        assert isinstance(result, tuple)
        self.store, count = result
        if count == 0:
            self.open_wizard()

    def _store_failed(self, error: object) -> None:
        if isinstance(error, VaultError):
            self.show_message(tr_text(error.message))
        else:
            self.show_message(f"{type(error).__name__}")

    def services(self) -> WizardServices:
        if self.store is None:
            raise RuntimeError("the store is not open yet")
        return WizardServices(
            runner=TaskRunner(parent=self.window),
            clipboard=self.clipboard,
            check=self.env.access.check,
            save=StoreSaver(self.store),
            fix=self.env.access.fix,
            translations=self.translations,
            simulator=self.env.simulator,
            sample_keys=dict(self.env.sample_keys),
        )

    def open_wizard(self) -> WizardDialog | None:
        if self.store is None:
            return None
        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            return self.wizard
        self.wizard = WizardDialog(self.services(), parent=self.window)
        self.wizard.show()
        return self.wizard

    def shutdown(self) -> None:
        if self.wizard is not None:
            self.wizard.shutdown()
        self.runner.shutdown()
