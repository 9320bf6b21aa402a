"""Whether a key may be saved, and saving it: one rule for the wizard, ``add``, ``migrate`` and
keys issued through OKX's API.

The rule, decided here only:

1. A key whose check failed (or was cancelled) is not saved: fix it, then check again.
2. A key that can **withdraw** is never saved, checked or not: anyone who obtains it could move
   the user's money out of OKX, and the app never needs it.
3. A key already saved (same API key, secret key and passphrase) is not saved twice; the answer
   names the connection that holds it.
4. The label: the one the caller gives (the user typed it; refused when another connection
   has it), else ``default_label`` or ``okx-`` and the API key's last four characters, made
   unique (``… (2)``).

:func:`save_checked_key` returns a :class:`SaveOutcome` — what happened and, when nothing was
saved, a translatable reason — instead of raising for these refusals; the store's own errors
(locked, keychain gone) still raise :class:`~gui.vault.errors.VaultError`. :func:`refusal`
is the same rule for a check alone (``check``'s verdict and exit status, the wizard's Next).
Run it off the GUI thread: it reads the store and may touch the keychain.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from gui.connections.cache import BalanceCache, snapshot_from_report
from gui.okx.models import Permission
from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials, mask
from gui.text import QT_TRANSLATE_NOOP, Text
from gui.vault.errors import LabelTaken, VaultError
from gui.vault.model import Connection, Facts, label_key, unique_label
from gui.vault.store import ConnectionStore

if TYPE_CHECKING:  # the OKX client (and requests) load when a check needs them
    from gui.okx.check import ConnectionReport


class Verdict(StrEnum):
    """What :func:`save_checked_key` did with a key."""

    SAVED = "saved"
    ALREADY_SAVED = "already-saved"  # the key is in the store under ``label``: nothing written
    CHECK_FAILED = "check-failed"  # the check found a problem (or was cancelled)
    CAN_WITHDRAW = "can-withdraw"  # the key may withdraw funds: never saved
    LABEL_TAKEN = "label-taken"  # the name the user chose is another connection's


@dataclass(frozen=True)
class NotChecked:
    """Save a key that was not checked from here (``add --no-check``, a key OKX just issued
    through its API): its ``facts`` are what is known without a check (an issued key's
    permissions, UID, sub-account). A key whose known permissions include Withdraw is refused
    all the same."""

    facts: Facts = Facts()  # noqa: RUF009 - frozen, shared safely


@dataclass(frozen=True)
class SaveOutcome:
    """The verdict, the label the key is saved under (or already was), the new connection
    (``SAVED`` only) and, when nothing was saved, why — in English, translated by the views."""

    verdict: Verdict
    label: str = ""
    connection: Connection | None = None
    reason: Text | None = None

    @property
    def saved(self) -> bool:
        return self.verdict is Verdict.SAVED

    @property
    def stored(self) -> bool:
        """The key is in the store now: saved, or it was already."""
        return self.verdict in (Verdict.SAVED, Verdict.ALREADY_SAVED)

    def saved_connection(self) -> Connection:
        """The new connection; :class:`NotSaved` when the rule refused the key."""
        if self.connection is None:
            raise NotSaved(self)
        return self.connection


class NotSaved(VaultError):  # noqa: N818 - reads as the condition, like the vault's
    """Raised by callers that must fail when the rule refused a key (the wizard's saver):
    ``outcome`` says why."""

    def __init__(self, outcome: SaveOutcome) -> None:
        reason = outcome.reason or Text(outcome.verdict.value, {}, "connections")
        super().__init__(reason)
        self.outcome = outcome


def _text(source: str, **args: object) -> Text:
    return Text(source, args, "connections")


WITHDRAW_REASON = _text(
    QT_TRANSLATE_NOOP(
        "connections",
        "This key can withdraw funds, so it is not saved: anyone who obtains it could move your "
        "money out of OKX. Delete it on OKX and create a new one with only Read and Trade.",
    )
)


def refusal(report: ConnectionReport) -> SaveOutcome | None:
    """Why a key with this check may not be saved (``CHECK_FAILED`` or ``CAN_WITHDRAW``), or
    None when it may. A key that can withdraw is not "connected" anywhere."""
    if report.cancelled:
        return SaveOutcome(
            Verdict.CHECK_FAILED,
            reason=_text(QT_TRANSLATE_NOOP("connections", "The check was cancelled.")),
        )
    if not report.ok:
        from gui.connections.status import diagnose_report

        cause = diagnose_report(report).cause or _text(
            QT_TRANSLATE_NOOP("connections", "The key did not pass the check.")
        )
        return SaveOutcome(Verdict.CHECK_FAILED, reason=cause)
    if report.severe_warnings:
        return SaveOutcome(Verdict.CAN_WITHDRAW, reason=WITHDRAW_REASON)
    return None


def saved_as(store: ConnectionStore, credentials: Credentials) -> Connection | None:
    """The saved connection that holds exactly these credentials, or None (reads the secret
    of each connection whose masked key matches: usually none or one)."""
    masked = mask(credentials.api_key)
    for connection in store.list():
        if connection.masked_api_key == masked and store.get_credentials(connection.id) == (
            credentials
        ):
            return connection
    return None


def key_label(api_key: str) -> str:
    """The default name of a key: ``okx-`` and its last four characters."""
    return f"okx-{api_key[-4:]}" if len(api_key) > 4 else "okx"


def save_checked_key(
    store: ConnectionStore,
    credentials: Credentials,
    region: Region,
    environment: Environment,
    check: ConnectionReport | NotChecked,
    *,
    label: str = "",
    default_label: str = "",
    cache: BalanceCache | None = None,
) -> SaveOutcome:
    """Saves a checked key when the rule allows it (see the module); ``check`` is the report of
    the check (its facts are stored, its balances cached in ``cache``) or :class:`NotChecked`.

    ``label``: the user's chosen name (``LABEL_TAKEN`` when another connection has it);
    empty: ``default_label`` (else ``okx-`` and the key's last four), made unique."""
    from gui.okx.check import ConnectionReport

    if isinstance(check, ConnectionReport):
        refused = refusal(check)
        if refused is not None:
            return refused
        from gui.connections.checking import facts_from_report

        facts = facts_from_report(check)
    else:
        if Permission.WITHDRAW.value in check.facts.permissions:
            return SaveOutcome(Verdict.CAN_WITHDRAW, reason=WITHDRAW_REASON)
        facts = replace(check.facts, last_check=None)
    existing = saved_as(store, credentials)
    if existing is not None:
        return SaveOutcome(
            Verdict.ALREADY_SAVED,
            existing.label,
            reason=_text(
                QT_TRANSLATE_NOOP("connections", "This key is already saved as “{label}”."),
                label=existing.label,
            ),
        )
    name = label.strip()
    if not name:
        taken = {label_key(c.label) for c in store.list()}
        name = unique_label(default_label or key_label(credentials.api_key), taken)
    try:
        connection = store.add(name, region, environment, credentials, facts)
    except LabelTaken as taken_error:
        return SaveOutcome(Verdict.LABEL_TAKEN, name, reason=taken_error.message)
    if cache is not None and isinstance(check, ConnectionReport):
        snapshot = snapshot_from_report(check)
        if snapshot is not None:
            cache.put(connection.id, snapshot)
    return SaveOutcome(Verdict.SAVED, connection.label, connection)
