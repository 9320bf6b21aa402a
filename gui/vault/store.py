"""The one interface every connection store implements, its problems, and the default choice.

Two stores implement :class:`ConnectionStore`: :class:`~gui.vault.keychain.KeychainStore` (secrets
in the system keychain, facts in an index file) and :class:`~gui.vault.filevault.FileVaultStore`
(everything in one encrypted file behind a master password). Both pass ``tests/vault/contract.py``.
"""

from __future__ import annotations

import builtins
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.text import QT_TRANSLATE_NOOP, Text
from gui.vault.errors import vault_text
from gui.vault.index import PendingReason
from gui.vault.model import Connection, Facts

# A read-modify-write of one connection's facts, run inside the store's transaction.
FactsChange = Callable[[Facts], Facts]

APP_NAME = "okx-key-manager"
SERVICE = "okx-key-manager"
VAULT_FILE_NAME = "vault.okxvault"


class StoreKind(StrEnum):
    """Where a store keeps the secrets."""

    KEYCHAIN = "keychain"  # the system keychain, facts in an index file
    VAULT_FILE = "vault-file"  # one encrypted file behind a master password


class ProblemKind(StrEnum):
    ORPHAN_SECRET = "orphan-secret"  # noqa: S105 - a secret is stored, but no connection lists it
    MISSING_SECRET = "missing-secret"  # noqa: S105 - a connection is listed, but its secret is gone


@dataclass(frozen=True)
class Problem:
    """A connection found in only one of the two places. Resolve with repair() or remove()."""

    kind: ProblemKind
    connection: Connection
    message: Text


def orphan_problem(connection: Connection, reason: PendingReason) -> Problem:
    args = {"label": connection.label, "masked": connection.masked_api_key}
    if reason is PendingReason.REPLACED:
        source = QT_TRANSLATE_NOOP(
            "vault",
            "The keychain still holds the old keys of “{label}” ({masked}), replaced by a new "
            "key. Remove them, or restore them to the list as a separate connection.",
        )
    elif reason is PendingReason.DELETE:
        source = QT_TRANSLATE_NOOP(
            "vault",
            "Deleting “{label}” ({masked}) was interrupted: its keys are still in the keychain. "
            "Remove them, or restore the connection to the list.",
        )
    else:
        source = QT_TRANSLATE_NOOP(
            "vault",
            "Saving “{label}” ({masked}) was interrupted: its keys are in the keychain but not in "
            "the list. Restore the connection to the list, or remove the keys.",
        )
    return Problem(ProblemKind.ORPHAN_SECRET, connection, vault_text(source, **args))


def missing_problem(connection: Connection) -> Problem:
    return Problem(
        ProblemKind.MISSING_SECRET,
        connection,
        vault_text(
            QT_TRANSLATE_NOOP(
                "vault",
                "“{label}” ({masked}) is listed, but its keys are not in the keychain. "
                "Enter the keys again, or remove the connection.",
            ),
            label=connection.label,
            masked=connection.masked_api_key,
        ),
    )


@dataclass(frozen=True)
class StoreScan:
    """One look at a store: ``problems`` as :meth:`ConnectionStore.problems` reports them, and
    ``unlisted``: secrets the list does not show (a keychain whose index was lost), as
    connections built from the facts each item carries (``masked_api_key`` empty when it
    carries none)."""

    problems: tuple[Problem, ...] = ()
    unlisted: tuple[Connection, ...] = field(default=())


class ConnectionStore(Protocol):
    """Saved connections. Every method is a transaction: it never loses a committed key."""

    @property
    def kind(self) -> StoreKind:
        """Where the secrets are kept."""
        ...

    @property
    def locked(self) -> bool:
        """True while the store needs unlocking before use (vault file only)."""
        ...

    def as_lockable(self) -> LockableStore | None:
        """This store as a :class:`LockableStore` (a vault file), else None."""
        ...

    def lock(self) -> None:
        """Forgets unlocked key material (no-op for the keychain)."""
        ...

    def list(self) -> list[Connection]:
        """All connections, sorted by label; no secrets."""
        ...

    def get(self, connection_id: str) -> Connection:
        """One connection; raises NotFound."""
        ...

    def get_credentials(self, connection_id: str) -> Credentials:
        """The secrets of one connection; raises NotFound or SecretMissing."""
        ...

    def get_many_credentials(self, connection_ids: Iterable[str]) -> dict[str, Credentials]:
        """The secrets of many connections at once ("Check all"): those it could read in one
        batch. An id left out (deleted, missing, unreadable) is read alone with
        :meth:`get_credentials`, which says why it fails."""
        ...

    def add(
        self,
        label: str,
        region: Region,
        environment: Environment,
        credentials: Credentials,
        facts: Facts = ...,
        *,
        added_on: date | None = None,
    ) -> Connection:
        """Saves a new connection; raises LabelTaken, InvalidLabel, KeychainUnavailable..."""
        ...

    def update_facts(self, connection_id: str, facts: Facts) -> Connection:
        """Replaces the non-secret facts (``key_created_on=None`` keeps the stored date)."""
        ...

    def change_facts(self, changes: Mapping[str, FactsChange]) -> builtins.list[Connection]:
        """Read-modify-write of several connections' facts in ONE transaction (one write):
        each change gets the stored facts and returns the new ones. Ids no longer saved are
        skipped (a check that finished after its connection was deleted). Returns the
        updated connections."""
        ...

    def rename(self, connection_id: str, label: str) -> Connection:
        """Changes the label; raises LabelTaken."""
        ...

    def rotate(
        self,
        connection_id: str,
        credentials: Credentials,
        facts: Facts,
        *,
        region: Region | None = None,
        environment: Environment | None = None,
    ) -> Connection:
        """Puts a new key in place of the old one under a NEW id; the old secret is removed
        only after the new one is saved. ``facts.key_created_on=None`` means today."""
        ...

    def delete(self, connection_id: str) -> None:
        """Removes the connection and its secret, leaving nothing behind."""
        ...

    def problems(self) -> builtins.list[Problem]:
        """Connections present in only one place (never deleted silently)."""
        ...

    def scan(self) -> StoreScan:
        """:meth:`problems` and the unlisted secrets, from one look (one keychain search)."""
        ...

    def restore_unlisted(self, ids: Iterable[str] | None = None) -> builtins.list[Connection]:
        """Lists the unlisted secrets again (``ids``: only those; None: all)."""
        ...

    def repair(self, problem: Problem, credentials: Credentials | None = None) -> Connection:
        """Makes a problem whole: lists an orphan secret again (renamed if its label is taken),
        or stores ``credentials`` for a connection whose secret is missing."""
        ...

    def remove(self, problem: Problem) -> None:
        """Resolves a problem by removing the half that is left."""
        ...


class LockableStore(ConnectionStore, Protocol):
    """A store behind a master password (the vault file)."""

    def unlock(self, password: str, *, cancel: threading.Event | None = None) -> None:
        """Opens the store; raises PasswordRejected, FileUnreadable... Setting ``cancel``
        raises UnlockCancelled promptly, the store staying locked."""
        ...

    def change_password(self, new_password: str) -> None:
        """Re-seals the store under a new password."""
        ...


def utc_now() -> datetime:
    return datetime.now(UTC)


def default_data_dir() -> Path:
    """The user's data directory for the app (only the app's entry point calls this)."""
    from gui.paths import user_data_dir

    return user_data_dir()
