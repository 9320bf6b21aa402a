"""The store as the layers above see it: its protocol, its kinds, the problems its consistency
scan finds, and where the user's data lives — the door's names for :mod:`gui.vault.store`."""

from __future__ import annotations

from gui.vault.store import (
    SERVICE,
    VAULT_FILE_NAME,
    ConnectionStore,
    LockableStore,
    Problem,
    ProblemKind,
    StoreKind,
    StoreScan,
    default_data_dir,
)

__all__ = [
    "SERVICE",
    "VAULT_FILE_NAME",
    "ConnectionStore",
    "LockableStore",
    "Problem",
    "ProblemKind",
    "StoreKind",
    "StoreScan",
    "default_data_dir",
]
