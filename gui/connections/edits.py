"""Changing saved connections: add, rotate, rename and notes, delete, and reading one secret.

Each function is one use case with explicit arguments; the store makes each change a
transaction. A check report passed in (the wizard's) becomes the connection's stored facts, and
its balances the connection's cached balances, so what the wizard showed is what the manager
shows next. Run these off the GUI thread.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from gui.connections.cache import BalanceCache, snapshot_from_report
from gui.connections.model import SecretField as SecretField  # the door's name
from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.vault.model import Connection
from gui.vault.store import ConnectionStore

if TYPE_CHECKING:  # the OKX client (and requests) load when a check needs them
    from gui.okx.check import ConnectionReport


def _keep_balances(
    cache: BalanceCache | None, connection_id: str, report: ConnectionReport | None
) -> None:
    snapshot = None if cache is None or report is None else snapshot_from_report(report)
    if cache is not None and snapshot is not None:
        cache.put(connection_id, snapshot)


def add_connection(
    store: ConnectionStore,
    label: str,
    region: Region,
    environment: Environment,
    credentials: Credentials,
    report: ConnectionReport | None = None,
    cache: BalanceCache | None = None,
) -> Connection:
    """Saves a new connection with what its check found (facts and balances)."""
    from gui.connections.checking import facts_from_report

    connection = store.add(label, region, environment, credentials, facts_from_report(report))
    _keep_balances(cache, connection.id, report)
    return connection


def rotate_connection(
    store: ConnectionStore,
    old_id: str,
    credentials: Credentials,
    region: Region,
    environment: Environment,
    report: ConnectionReport | None = None,
    label: str = "",
    cache: BalanceCache | None = None,
) -> Connection:
    """Puts a verified new key in place of ``old_id`` (the notes stay; the key's creation
    date is today); ``label``, when given and different, renames it afterwards."""
    from gui.connections.checking import facts_from_report

    old = store.get(old_id)
    facts = replace(facts_from_report(report), notes=old.facts.notes, key_created_on=None)
    new = store.rotate(old_id, credentials, facts, region=region, environment=environment)
    if label.strip() and label.strip() != new.label:
        new = store.rename(new.id, label)
    if cache is not None:
        cache.forget({old_id})
    _keep_balances(cache, new.id, report)
    return new


def edit_connection(
    store: ConnectionStore, connection_id: str, label: str, notes: str
) -> Connection:
    """Renames and sets the notes (each only if it changed)."""
    current = store.get(connection_id)
    if label.strip() != current.label:
        current = store.rename(connection_id, label)
    if notes != current.facts.notes:
        updated = store.change_facts({connection_id: lambda f: replace(f, notes=notes)})
        current = updated[0] if updated else current
    return current


def delete_connection(
    store: ConnectionStore, connection_id: str, cache: BalanceCache | None = None
) -> None:
    """Removes the connection, its secret and its cached balances."""
    store.delete(connection_id)
    if cache is not None:
        cache.forget({connection_id})


def read_secret(store: ConnectionStore, connection_id: str, field: SecretField) -> str:
    """One secret of one connection, for copying (the only read that decrypts a secret)."""
    credentials = store.get_credentials(connection_id)
    value: str = getattr(credentials, field.value)
    return value
