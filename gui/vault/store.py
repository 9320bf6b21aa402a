"""The one interface every connection store implements, its problems, and the default choice.

Two stores implement :class:`ConnectionStore`: :class:`~gui.vault.keychain.KeychainStore` (secrets
in the system keychain, facts in an index file) and :class:`~gui.vault.filevault.FileVaultStore`
(everything in one encrypted file behind a master password). Both pass ``tests/vault/contract.py``.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.text import QT_TRANSLATE_NOOP, Text
from gui.vault.errors import vault_text
from gui.vault.index import PendingReason
from gui.vault.model import Connection, Facts

if TYPE_CHECKING:
    from gui.vault.keychain_backend import KeyringLike

APP_NAME = "okx-key-manager"
SERVICE = "okx-key-manager"
VAULT_FILE_NAME = "vault.okxvault"


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


class ConnectionStore(Protocol):
    """Saved connections. Every method is a transaction: it never loses a committed key."""

    @property
    def locked(self) -> bool:
        """True while the store needs unlocking before use (vault file only)."""
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

    def repair(self, problem: Problem, credentials: Credentials | None = None) -> Connection:
        """Makes a problem whole: lists an orphan secret again (renamed if its label is taken),
        or stores ``credentials`` for a connection whose secret is missing."""
        ...

    def remove(self, problem: Problem) -> None:
        """Resolves a problem by removing the half that is left."""
        ...


def utc_now() -> datetime:
    return datetime.now(UTC)


def default_data_dir() -> Path:
    """The user's data directory for the app (only the app's entry point calls this)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def open_default_store(
    data_dir: Path,
    *,
    backend: KeyringLike | None = None,
    service: str = SERVICE,
    timeout: float | None = None,
) -> ConnectionStore:
    """The store the user chose: the vault file when one exists in ``data_dir``, else the system
    keychain. Raises :class:`~gui.vault.errors.KeychainUnavailable` (whose message says to use a
    vault file) when no keychain works or none answers within ``timeout`` seconds (default
    :data:`~gui.vault.keychain_backend.PROBE_TIMEOUT`); the caller then offers
    ``FileVaultStore.create``."""
    from gui.vault.keychain import KeychainStore
    from gui.vault.keychain_backend import PROBE_TIMEOUT, open_system_keychain, probe_keychain

    vault_path = data_dir / VAULT_FILE_NAME
    if vault_path.exists():
        from gui.vault.filevault import FileVaultStore

        return FileVaultStore(vault_path)
    seconds = PROBE_TIMEOUT if timeout is None else timeout
    if backend is None:
        backend = open_system_keychain(service, timeout=seconds)
    else:
        probe_keychain(backend, service, timeout=seconds)
    return KeychainStore(data_dir, backend, service=service)
