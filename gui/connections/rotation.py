"""Rotating and revoking the keys the app issued (``gui.connections.issuing``).

Rotation, in order, each step leaving a working key saved:

1. the intent is recorded on the manager's connection; 2. the successor is created on OKX with
the same sub-account, permissions and IPs (a new note: OKX wants notes unique); 3. it is
verified — by a signed request from here when this computer's IP is bound to it, else by OKX
listing it as asked; 4. it takes the old key's place in the store in ONE transaction (same
label; the old key's note goes into ``Issued.retired``); 5. the old key is deleted on OKX and
``GET …/apikey`` confirms it is gone; 6. ``retired`` is emptied.

A failure before 4 deletes the successor on OKX (the old key stays saved and working); a
failure after 4 leaves the old key in ``retired``, reported by the next start and removed by
``keys --from MANAGER --clean-up``. A bot started through ``run`` after step 4 gets the new
key; one already running keeps the old one until it is restarted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from gui.connections.environment import OkxTarget
from gui.connections.issuing import (
    IssueRequest,
    check_new_key,
    checkable_here,
    clear_pending,
    create_recorded,
    new_okx_label,
    record_pending,
)
from gui.connections.manager_key import (
    IssuingError,
    Manager,
    itext,
    manager_api,
    manager_for,
    okx_error,
)
from gui.okx.errors import ErrorKind, OkxError
from gui.okx.models import Permission
from gui.okx.subaccounts import NewKey, SubAccountApi
from gui.text import QT_TRANSLATE_NOOP, Text
from gui.vault.model import Connection, Facts
from gui.vault.store import ConnectionStore

GONE_CODES = frozenset({"59506", "59605"})  # the sub-account has no such key


def issued_connection(store: ConnectionStore, connection_id: str) -> Connection:
    connection = store.get(connection_id)
    if connection.facts.issued is None:
        raise IssuingError(
            itext(
                QT_TRANSLATE_NOOP(
                    "issuing",
                    "“{label}” was not issued by this app: rotate it with the wizard, or revoke "
                    "it on OKX's web site.",
                ),
                label=connection.label,
            )
        )
    return connection


@dataclass(frozen=True)
class RotateResult:
    connection: Connection  # the successor, saved under the old label
    checked_here: bool
    old_deleted: bool


def rotate_issued(
    store: ConnectionStore,
    connection_id: str,
    target: OkxTarget,
    *,
    progress: Callable[[Text], None] | None = None,
) -> RotateResult:
    """Replaces an issued key by a new one; see the module's docstring."""
    say = progress or (lambda _text: None)
    old = issued_connection(store, connection_id)
    issued = old.facts.issued
    assert issued is not None
    manager = manager_for(store, old)
    old_api_key = store.get_credentials(old.id).api_key
    ips = old.facts.bound_ips
    request = IssueRequest(
        issued.sub_account,
        ips,
        read_only=Permission.TRADE.value not in old.facts.permissions,
    )
    with manager_api(manager, target) as api:
        okx_label = new_okx_label()
        record_pending(store, manager, issued.sub_account, okx_label)
        say(itext(QT_TRANSLATE_NOOP("issuing", "Creating the new key on OKX…")))
        new = create_recorded(store, api, manager, issued.sub_account, okx_label, request, ips)
        say(itext(QT_TRANSLATE_NOOP("issuing", "Verifying the new key…")))
        here = checkable_here(manager, ips)
        facts = replace(
            old.facts,
            permissions=tuple(sorted(p.value for p in new.key.permissions)),
            bound_ips=new.key.ips,
            key_created_on=None,
            last_check=None,
            issued=replace(
                issued, okx_label=okx_label, retired=(*issued.retired, issued.okx_label)
            ),
        )
        try:
            _verify(api, new, here, store, old, target)
            successor = store.rotate(old.id, new.credentials, facts)
        except Exception as error:  # any failure before the swap: undo on OKX
            raise _undo(store, api, manager, new, okx_label, error) from None
        clear_pending(store, manager, okx_label)
        if here:
            check_new_key(store, successor, new.credentials, target)
        say(itext(QT_TRANSLATE_NOOP("issuing", "Deleting the old key on OKX…")))
        _delete_confirmed(api, store, successor, issued.sub_account, old_api_key, issued.okx_label)
    return RotateResult(store.get(successor.id), here, old_deleted=True)


def _verify(
    api: SubAccountApi,
    new: NewKey,
    here: bool,
    store: ConnectionStore,
    old: Connection,
    target: OkxTarget,
) -> None:
    """The new key works (a signed request from here) or OKX lists it as asked."""
    if here:
        from gui.connections.checking import check_key

        report = check_key(new.credentials, old.region, old.environment, target)
        if report.error is not None:
            raise okx_error(
                report.error, itext(QT_TRANSLATE_NOOP("issuing", "The new key did not work"))
            )
        return
    listed = api.keys(new.key.sub_account, new.key.api_key)
    if not listed or set(listed[0].ips) != set(new.key.ips):
        raise IssuingError(
            itext(QT_TRANSLATE_NOOP("issuing", "OKX does not list the new key as it was asked."))
        )


def _undo(
    store: ConnectionStore,
    api: SubAccountApi,
    manager: Manager,
    new: NewKey,
    okx_label: str,
    error: BaseException,
) -> IssuingError:
    """The successor failed before it was saved: delete it on OKX; the old key stays."""
    if isinstance(error, IssuingError):
        stopped = error
    elif isinstance(error, OkxError):
        stopped = okx_error(error, itext(QT_TRANSLATE_NOOP("issuing", "The rotation stopped")))
    else:
        stopped = IssuingError(
            itext(
                QT_TRANSLATE_NOOP("issuing", "The rotation stopped: {cause}"),
                cause=getattr(error, "message", None) or str(error),
            )
        )
    kept = itext(
        QT_TRANSLATE_NOOP(
            "issuing", "Nothing changed in the app: the old key is still saved and works."
        )
    )
    try:
        api.delete_key(new.key.sub_account, new.key.api_key)
    except OkxError:
        stopped.cleanup = itext(
            QT_TRANSLATE_NOOP(
                "issuing",
                "{kept} The new key {masked} is still on OKX (sub-account {sub}): delete it "
                "with okx-key-manager keys --from {manager} --clean-up --yes",
            ),
            kept=kept,
            masked=new.key.masked,
            sub=new.key.sub_account,
            manager=manager.connection.label,
        )
        return stopped
    clear_pending(store, manager, okx_label)
    stopped.cleanup = itext(
        QT_TRANSLATE_NOOP("issuing", "{kept} The new key was deleted on OKX."), kept=kept
    )
    return stopped


def _delete_confirmed(
    api: SubAccountApi,
    store: ConnectionStore,
    successor: Connection,
    sub: str,
    old_api_key: str,
    old_label: str,
) -> None:
    """Deletes the old key on OKX, confirms it is gone, and forgets it in ``retired``."""
    try:
        try:
            api.delete_key(sub, old_api_key)
        except OkxError as error:
            if error.code not in GONE_CODES:
                raise
        if api.keys(sub, old_api_key):
            raise IssuingError(
                itext(
                    QT_TRANSLATE_NOOP("issuing", "OKX still lists the old key after deleting it.")
                )
            )
    except (OkxError, IssuingError) as error:
        cause = error.cause if isinstance(error, OkxError) else error.message
        raise IssuingError(
            itext(
                QT_TRANSLATE_NOOP(
                    "issuing",
                    "The new key is saved and works, but the old key could not be deleted on "
                    "OKX: {cause}",
                ),
                cause=cause,
            ),
            cleanup=itext(
                QT_TRANSLATE_NOOP(
                    "issuing",
                    "The old key (note {note}, sub-account {sub}) is still on OKX: delete it "
                    "with okx-key-manager keys --from MANAGER --clean-up --yes",
                ),
                note=old_label,
                sub=sub,
            ),
        ) from None
    forget_retired(store, successor.id, {old_label})


def forget_retired(store: ConnectionStore, connection_id: str, labels: set[str]) -> None:
    def drop(facts: Facts) -> Facts:
        if facts.issued is None:
            return facts
        kept = tuple(r for r in facts.issued.retired if r not in labels)
        return replace(facts, issued=replace(facts.issued, retired=kept))

    store.change_facts({connection_id: drop})


def due(store: ConnectionStore, today: date, default_days: int = 0) -> list[Connection]:
    """Issued keys older than their rotation interval (``default_days`` for keys with none;
    0: only keys with an interval of their own)."""
    result = []
    for connection in store.list():
        issued = connection.facts.issued
        if issued is None:
            continue
        days = issued.rotation_days or default_days
        if days > 0 and (today - connection.key_created_on).days >= days:
            result.append(connection)
    return result


# --- revoking ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RevokeResult:
    label: str
    note: Text | None = None  # "OKX no longer knew this key": removed here only


def revoke_issued(store: ConnectionStore, connection_id: str, target: OkxTarget) -> RevokeResult:
    """Deletes an issued key on OKX, then removes it from the store."""
    connection = issued_connection(store, connection_id)
    manager = manager_for(store, connection)
    with manager_api(manager, target) as api:
        return _revoke(store, api, connection)


def _revoke(store: ConnectionStore, api: SubAccountApi, connection: Connection) -> RevokeResult:
    issued = connection.facts.issued
    assert issued is not None
    api_key = store.get_credentials(connection.id).api_key
    note = None
    try:
        api.delete_key(issued.sub_account, api_key)
    except OkxError as error:
        if error.code not in GONE_CODES:
            raise okx_error(
                error,
                itext(
                    QT_TRANSLATE_NOOP("issuing", "“{label}” was not revoked"),
                    label=connection.label,
                ),
            ) from None
        note = itext(
            QT_TRANSLATE_NOOP(
                "issuing",
                "OKX no longer knew “{label}” (deleted on its web site?): removed from the app.",
            ),
            label=connection.label,
        )
    try:
        still_there = bool(api.keys(issued.sub_account, api_key))
    except OkxError as error:
        if error.kind is ErrorKind.SUB_ACCOUNT:  # the sub-account itself is gone
            still_there = False
        else:
            raise okx_error(
                error, itext(QT_TRANSLATE_NOOP("issuing", "Confirming the deletion"))
            ) from None
    if still_there:
        raise IssuingError(
            itext(
                QT_TRANSLATE_NOOP(
                    "issuing", "OKX still lists “{label}” after deleting it: it stays saved."
                ),
                label=connection.label,
            )
        )
    store.delete(connection.id)
    return RevokeResult(connection.label, note)


def revoke_all_issued(
    store: ConnectionStore, manager: Manager, target: OkxTarget
) -> list[RevokeResult]:
    """Revokes every key issued through ``manager``'s master account (a compromised server).
    Stops at the first failure; the keys revoked until then are returned with the error."""
    issued = [
        c
        for c in store.list()
        if c.facts.issued is not None and c.facts.issued.master_uid == manager.master_uid
    ]
    done: list[RevokeResult] = []
    with manager_api(manager, target) as api:
        for connection in issued:
            try:
                done.append(_revoke(store, api, connection))
            except IssuingError as error:
                error.cleanup = itext(
                    QT_TRANSLATE_NOOP(
                        "issuing", "Revoked before the failure: {count}. Run the command again."
                    ),
                    count=len(done),
                )
                raise
    return done
