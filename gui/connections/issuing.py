"""Bot keys no person sees: the manager key, and issuing a sub-account's key through it.

A *manager key* is a saved connection of the master account (Read + Trade, bound to this
computer's IP: OKX requires the binding to create keys) marked with ``Facts.manager``. Through
it :func:`issue_key` creates a key for a standard sub-account — Read + Trade or Read only,
never Withdraw, bound to the bot's IPs, with a passphrase the app generates — and saves it
straight from OKX's answer: the secret goes from the answer into the store and nowhere else.

Every write on OKX is recorded before it is sent (``Facts.pending`` on the manager's
connection), so an app stopped between "created on OKX" and "saved" leaves a trace the next
start reports (:mod:`gui.connections.leftovers`). Rotation, revocation: ``gui.connections.
rotation``; what OKX lists beside what the app holds: ``gui.connections.drift``. No Qt; run
these off the GUI thread.
"""

from __future__ import annotations

import ipaddress
import secrets
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from gui.connections.environment import OkxTarget
from gui.connections.manager_key import (  # the manager key and the errors, used by all
    IssuingError,
    Manager,
    itext,
    manager_api,
    okx_error,
)
from gui.okx.errors import ErrorKind, OkxError
from gui.okx.models import Permission
from gui.okx.signing import Credentials
from gui.text import QT_TRANSLATE_NOOP, Text
from gui.vault.model import Connection, Facts, Issued, PendingIssue, label_key, unique_label
from gui.vault.store import ConnectionStore

if TYPE_CHECKING:
    from gui.okx.check import ConnectionReport
    from gui.okx.subaccounts import NewKey, SubAccountApi

MAX_IPS = 20
PASSPHRASE_LENGTH = 24
# Special characters that need no quoting in a shell or an env file.
PASSPHRASE_SPECIALS = "-_.@+=~"  # noqa: S105 - a character set


# --- what is asked for ---------------------------------------------------------------------------


def generate_passphrase(length: int = PASSPHRASE_LENGTH) -> str:
    """A passphrase that meets OKX's rule for keys made through the API (8–32 characters
    with a digit, an upper-case and a lower-case letter and a special character)."""
    pools = (string.ascii_lowercase, string.ascii_uppercase, string.digits, PASSPHRASE_SPECIALS)
    every = "".join(pools)
    chars = [secrets.choice(pool) for pool in pools]
    chars += [secrets.choice(every) for _ in range(length - len(chars))]
    secrets.SystemRandom().shuffle(chars)
    return "".join(chars)


def new_okx_label() -> str:
    """The key's note on OKX: short, letters and digits, unique within a sub-account."""
    return "okm" + secrets.token_hex(5)


def parse_ips(text: str | Sequence[str]) -> tuple[str, ...]:
    """The IP addresses to bind (commas or spaces between); raises IssuingError."""
    parts = text.replace(",", " ").split() if isinstance(text, str) else list(text)
    ips: list[str] = []
    for part in parts:
        try:
            ip = str(ipaddress.ip_address(part.strip()))
        except ValueError:
            raise IssuingError(
                itext(QT_TRANSLATE_NOOP("issuing", "“{ip}” is not an IP address."), ip=part),
                itext(
                    QT_TRANSLATE_NOOP(
                        "issuing", "Give the bot server's public IP addresses, like 203.0.113.7."
                    )
                ),
            ) from None
        if ip not in ips:
            ips.append(ip)
    if not ips:
        raise IssuingError(
            itext(QT_TRANSLATE_NOOP("issuing", "No IP address given to bind the key to.")),
            itext(
                QT_TRANSLATE_NOOP(
                    "issuing",
                    "Give the bot server's public IP address: a key with Trade and no bound IP "
                    "is deleted by OKX after 14 days unused.",
                )
            ),
        )
    if len(ips) > MAX_IPS:
        raise IssuingError(
            itext(QT_TRANSLATE_NOOP("issuing", "{count} IP addresses given."), count=len(ips)),
            itext(QT_TRANSLATE_NOOP("issuing", "OKX binds at most 20 IP addresses to a key.")),
        )
    return tuple(ips)


@dataclass(frozen=True)
class IssueRequest:
    sub_account: str
    ips: tuple[str, ...]
    label: str = ""
    read_only: bool = False
    rotation_days: int = 0
    create_sub_account: bool = False

    @property
    def permissions(self) -> frozenset[Permission]:
        if self.read_only:
            return frozenset({Permission.READ})
        return frozenset({Permission.READ, Permission.TRADE})


@dataclass(frozen=True)
class IssueResult:
    connection: Connection
    checked_here: bool  # False: to be checked from the server (this IP is not bound)
    report: ConnectionReport | None = None


# --- the journal on the manager's connection -----------------------------------------------------


def record_pending(store: ConnectionStore, manager: Manager, sub: str, okx_label: str) -> None:
    entry = PendingIssue(sub, okx_label, datetime.now(UTC))
    store.change_facts({manager.connection.id: lambda f: replace(f, pending=(*f.pending, entry))})


def clear_pending(store: ConnectionStore, manager: Manager, okx_label: str) -> None:
    def drop(facts: Facts) -> Facts:
        return replace(facts, pending=tuple(p for p in facts.pending if p.okx_label != okx_label))

    store.change_facts({manager.connection.id: drop})


# --- saving: the one place an issued key enters the store ---------------------------------------


def save_issued(
    store: ConnectionStore, label: str, manager: Manager, new: NewKey, facts: Facts
) -> Connection:
    """Saves a key straight from OKX's answer through the one rule for saving a key
    (:func:`gui.connections.saving.save_checked_key`): not checked from here yet, so its
    ``facts`` (permissions, UID, sub-account) are what the rule judges. A key that can
    withdraw, or a ``label`` another connection took meanwhile, is refused:
    :class:`~gui.connections.saving.NotSaved` (a ``VaultError``) saying why."""
    from gui.connections.saving import NotChecked, save_checked_key

    connection = manager.connection
    outcome = save_checked_key(
        store,
        new.credentials,
        connection.region,
        connection.environment,
        NotChecked(facts),
        label=label,
    )
    return outcome.saved_connection()


def facts_of_new_key(new: NewKey, issued: Issued, sub_uid: str) -> Facts:
    return Facts(
        uid=sub_uid,
        sub_account=True,
        permissions=tuple(sorted(p.value for p in new.key.permissions)),
        bound_ips=new.key.ips,
        issued=issued,
    )


def checkable_here(manager: Manager, ips: Sequence[str]) -> bool:
    """This computer's address is among the manager key's bound IPs (OKX accepts it from
    here), so a key bound to one of them can be checked from here."""
    return bool(set(manager.connection.facts.bound_ips) & set(ips))


def check_new_key(
    store: ConnectionStore, connection: Connection, credentials: Credentials, target: OkxTarget
) -> ConnectionReport | None:
    """Checks a new key from here and stores the outcome; None when OKX refuses this IP (the
    key is then to be checked from the server)."""
    from gui.connections.checking import check_key, facts_from_report

    report = check_key(credentials, connection.region, connection.environment, target)
    if report.error is not None and report.error.kind is ErrorKind.IP:
        return None
    store.change_facts({connection.id: lambda f: facts_from_report(report, f)})
    return report


def issue_key(
    store: ConnectionStore,
    manager: Manager,
    request: IssueRequest,
    target: OkxTarget,
    *,
    progress: Callable[[Text], None] | None = None,
) -> IssueResult:
    """Creates a key for a standard sub-account and saves it; see the module's docstring."""
    say = progress or (lambda _text: None)
    ips = parse_ips(request.ips)
    taken = {label_key(c.label) for c in store.list()}
    if request.label.strip() and label_key(request.label) in taken:  # before anything on OKX
        raise IssuingError(
            itext(
                QT_TRANSLATE_NOOP("issuing", "A saved connection is already called “{label}”."),
                label=request.label.strip(),
            ),
            itext(QT_TRANSLATE_NOOP("issuing", "Choose another name for the new key.")),
        )
    label = unique_label(request.label or f"{request.sub_account} bot", taken)
    with manager_api(manager, target) as api:
        sub_uid = _standard_sub_account(api, request)
        okx_label = new_okx_label()
        record_pending(store, manager, request.sub_account, okx_label)
        say(itext(QT_TRANSLATE_NOOP("issuing", "Creating the key on OKX…")))
        new = create_recorded(store, api, manager, request.sub_account, okx_label, request, ips)
    issued = Issued(request.sub_account, okx_label, manager.master_uid, request.rotation_days)
    connection = save_or_report(store, label, manager, new, facts_of_new_key(new, issued, sub_uid))
    clear_pending(store, manager, okx_label)
    if not checkable_here(manager, ips):
        return IssueResult(connection, checked_here=False)
    say(itext(QT_TRANSLATE_NOOP("issuing", "Checking the new key from here…")))
    report = check_new_key(store, connection, new.credentials, target)
    return IssueResult(store.get(connection.id), report is not None, report)


def create_recorded(
    store: ConnectionStore,
    api: SubAccountApi,
    manager: Manager,
    sub: str,
    okx_label: str,
    request: IssueRequest,
    ips: tuple[str, ...],
) -> NewKey:
    """Creates the key whose intent is recorded; a clear refusal clears the record, a lost
    answer keeps it (the key may exist: the next start reports it)."""
    from gui.okx.errors import TRANSPORT_KINDS

    passphrase = generate_passphrase()
    try:
        return api.create_key(sub, okx_label, passphrase, request.permissions, ips)
    except OkxError as error:
        if error.kind not in TRANSPORT_KINDS:
            clear_pending(store, manager, okx_label)
            what = itext(QT_TRANSLATE_NOOP("issuing", "OKX did not create the key"))
            raise okx_error(error, what) from None
        raise IssuingError(
            itext(
                QT_TRANSLATE_NOOP("issuing", "No answer from OKX while creating the key: {cause}"),
                cause=error.cause,
            ),
            error.fix,
            cleanup=itext(
                QT_TRANSLATE_NOOP(
                    "issuing",
                    "OKX may have created the key (note {note} in sub-account {sub}) without the "
                    "app receiving it. See it with: okx-key-manager keys --from {manager}; "
                    "delete it with: okx-key-manager keys --from {manager} --clean-up --yes",
                ),
                note=okx_label,
                sub=sub,
                manager=manager.connection.label,
            ),
            okx=error,
        ) from None


def save_or_report(
    store: ConnectionStore, label: str, manager: Manager, new: NewKey, facts: Facts
) -> Connection:
    """Saves the new key; when the store refuses, the key on OKX is a leftover to delete (the
    pending record stays, so the next start reports it too)."""
    from gui.vault.errors import VaultError

    try:
        return save_issued(store, label, manager, new, facts)
    except VaultError as error:
        raise IssuingError(
            itext(
                QT_TRANSLATE_NOOP("issuing", "The new key could not be saved: {cause}"),
                cause=error.message,
            ),
            cleanup=itext(
                QT_TRANSLATE_NOOP(
                    "issuing",
                    "The key {masked} exists on OKX (sub-account {sub}) but no app holds its "
                    "secret: delete it with okx-key-manager keys --from {manager} --clean-up "
                    "--yes",
                ),
                masked=new.key.masked,
                sub=new.key.sub_account,
                manager=manager.connection.label,
            ),
        ) from None


def _standard_sub_account(api: SubAccountApi, request: IssueRequest) -> str:
    """The sub-account's UID after making sure it is a standard one (created if asked)."""
    what = itext(QT_TRANSLATE_NOOP("issuing", "Reading the sub-accounts"))
    try:
        subs = {s.name: s for s in api.sub_accounts()}
        sub = subs.get(request.sub_account)
        if sub is None and request.create_sub_account:
            what = itext(QT_TRANSLATE_NOOP("issuing", "Creating the sub-account"))
            sub = api.create_sub_account(request.sub_account)
    except OkxError as error:
        raise okx_error(error, what) from None
    if sub is None:
        raise IssuingError(
            itext(
                QT_TRANSLATE_NOOP(
                    "issuing", "The master account has no sub-account called “{sub}”."
                ),
                sub=request.sub_account,
            ),
            itext(
                QT_TRANSLATE_NOOP(
                    "issuing",
                    "Check the name (upper and lower case count), or create it with "
                    "--create-sub-account. Sub-accounts: {names}",
                ),
                names=", ".join(sorted(subs)) or "-",
            ),
        )
    if not sub.standard:
        raise IssuingError(
            itext(
                QT_TRANSLATE_NOOP(
                    "issuing",
                    "“{sub}” is a managed or custody sub-account: its keys are not yours to issue.",
                ),
                sub=sub.name,
            ),
            itext(QT_TRANSLATE_NOOP("issuing", "Choose a standard sub-account.")),
        )
    return sub.uid


def run_line(connection: Connection) -> str:
    """The command that starts a bot with this key."""
    import shlex

    return f"okx-key-manager run {shlex.quote(connection.label)} --as TOOL -- COMMAND"
