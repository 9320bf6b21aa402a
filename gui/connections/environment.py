"""Where the app finds OKX and its saved connections, for one run: the real ones, or the simulator.

Opening the store touches the keychain, so callers do it off the GUI thread. With the simulator
the app talks to an embedded :class:`~gui.okx.simulator.Simulator` and keeps connections in an
in-memory keyring: nothing reaches the real keychain and nothing secret is printed.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from gui.okx.signing import Credentials
from gui.okx.target import OkxTarget as OkxTarget  # where OKX is: defined by gui.okx
from gui.vault.store import ConnectionStore, LockableStore, default_data_dir

SIMULATOR_SERVICE = "okx-key-manager-simulator"


def create_vault_file(path: Path, password: str) -> LockableStore:
    """A new, empty, unlocked vault file (the app's KDF strength)."""
    from gui.vault.filevault import FileVaultStore

    return FileVaultStore.create(path, password)


@dataclass
class AppEnvironment:
    """Where OKX and the store are, for one run of the app."""

    target: OkxTarget
    open_store: Callable[[], ConnectionStore]
    simulator: bool = False
    # Simulator runs only: its fake keys by name, offered on the wizard's Enter-keys page.
    sample_keys: dict[str, Credentials] = field(default_factory=dict)
    # Where the index, the balance cache and a vault file live (None: nothing is written).
    data_dir: Path | None = None
    # Makes a new vault file (tests pass one with a cheap KDF).
    new_vault: Callable[[Path, str], LockableStore] = create_vault_file

    @property
    def talks_to_okx(self) -> bool:
        """False for the simulator or a custom base URL: the views then show a badge."""
        return not self.simulator and self.target.official


def real_environment(data_dir: Path | None = None) -> AppEnvironment:
    """The real OKX and the user's own store in ``data_dir`` (default: the app's data folder)."""
    folder = data_dir or default_data_dir()

    def open_store() -> ConnectionStore:  # on a worker: keyring and the stores load there
        from gui.connections.stores import open_default_store

        return open_default_store(folder)

    return AppEnvironment(OkxTarget(), open_store, data_dir=folder)


@contextlib.contextmanager
def simulator_environment() -> Iterator[AppEnvironment]:
    """An embedded simulator and an in-memory store, torn down on exit."""
    from gui.okx.simulator import Simulator
    from gui.vault.keychain import KeychainStore
    from gui.vault.memory import MemoryKeyring

    with Simulator() as sim, tempfile.TemporaryDirectory(prefix="okx-km-sim-") as tmp:
        backend = MemoryKeyring()
        yield AppEnvironment(
            OkxTarget(sim.base_urls, timeout=5.0),
            lambda: KeychainStore(Path(tmp), backend, service=SIMULATOR_SERVICE),
            simulator=True,
            sample_keys={key.name: key.credentials for key in sim.keys},
        )


@contextlib.contextmanager
def app_environment(simulator: bool) -> Iterator[AppEnvironment]:
    """The real OKX and the user's store, or an embedded simulator and an in-memory store."""
    if simulator:
        with simulator_environment() as env:
            yield env
    else:
        yield real_environment()
