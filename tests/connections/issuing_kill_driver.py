"""Killed mid-way: ``python issuing_kill_driver.py MODE DATA_DIR URLS`` issues (MODE created) or
rotates (MODE saved) a key against the simulator at URLS, and SIGKILLs itself right after OKX
created the key (before it is saved), or right after the swap (before the old key is deleted).
The store is a KeychainStore over a DirKeyring, so what was committed survives the kill."""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from gui.connections import issuing, rotation
from gui.connections.environment import OkxTarget
from gui.connections.issuing import IssueRequest, issue_key
from gui.connections.manager_key import find_manager
from gui.okx.regions import Region
from gui.okx.subaccounts import SubAccountApi
from gui.vault.keychain import KeychainStore
from tests.vault.fakes import DirKeyring


def die(*_args: Any, **_kwargs: Any) -> Any:
    os.kill(os.getpid(), signal.SIGKILL)


def main() -> None:
    mode, data_dir, urls = sys.argv[1], Path(sys.argv[2]), json.loads(sys.argv[3])
    store = KeychainStore(data_dir, DirKeyring(data_dir / "keyring"), service="kill")
    target = OkxTarget({Region(k): v for k, v in urls.items()}, timeout=5.0)
    if mode == "created":
        issuing.save_issued = die
        manager = find_manager(store, "the manager")
        issue_key(store, manager, IssueRequest("botalpha01", ("127.0.0.1",), "bot"), target)
    else:
        SubAccountApi.delete_key = die  # type: ignore[method-assign]
        (bot,) = [c for c in store.list() if c.label == "bot"]
        rotation.rotate_issued(store, bot.id, target)
    print("not killed", flush=True)


if __name__ == "__main__":
    main()
