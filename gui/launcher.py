"""Where the app finds OKX and its store: the real ones, or an embedded simulator.

Opening the store touches the keychain, so the window does it on its task runner, like every
keychain and network call. With ``--simulator`` the app talks to an embedded
:class:`Simulator` and keeps connections in memory only: nothing reaches the real keychain and
nothing secret is printed.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from gui.okx.signing import Credentials
from gui.vault.keychain import KeychainStore
from gui.vault.memory import MemoryKeyring
from gui.vault.store import ConnectionStore, default_data_dir, open_default_store
from gui.wizard.connection import OkxAccess


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
