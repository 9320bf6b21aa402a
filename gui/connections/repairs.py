"""Repairs: what the store's consistency scan finds, and the user's answer to each finding.

After the list is shown the views run :func:`scan_store`: leftovers of interrupted changes
(:class:`Problem`, each repaired or removed only with the user's yes) and, after a lost index,
secrets in the keychain the list does not show (restored to the list with
:func:`restore_unlisted`). Run these off the GUI thread: they search the keychain.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from gui.vault.model import Connection
from gui.vault.store import ConnectionStore, Problem, StoreScan


class Resolution(StrEnum):
    """The user's answer to one finding of the scan."""

    REPAIR = "repair"  # finish the interrupted change
    REMOVE = "remove"  # throw the leftover away
    LATER = "later"  # ask again at the next scan


def scan_store(store: ConnectionStore) -> StoreScan:
    """Half-done changes and secrets the list does not show (one keychain search)."""
    return store.scan()


def resolve_problem(store: ConnectionStore, problem: Problem, resolution: Resolution) -> bool:
    """Repairs or removes one leftover; ``LATER`` changes nothing. True when something was
    done (the list is then read again)."""
    if resolution is Resolution.REPAIR:
        store.repair(problem)
    elif resolution is Resolution.REMOVE:
        store.remove(problem)
    return resolution is not Resolution.LATER


def restore_unlisted(store: ConnectionStore, ids: Sequence[str]) -> list[Connection]:
    """Lists again the connections whose secrets the scan found without a place in the list;
    their keys stay where they are."""
    return store.restore_unlisted(list(ids))
