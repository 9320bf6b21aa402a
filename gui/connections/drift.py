"""What OKX lists beside what the app holds, and removing the keys an interrupted run left
(found by :func:`gui.connections.leftovers.leftovers`, re-exported here). :func:`drift` asks OKX
for every standard sub-account's keys and sets each beside the saved ones: issued here and
unchanged, issued here but changed on OKX's web site (permissions or IPs), unknown to the app,
or saved here but gone from OKX. :func:`clean_up` deletes the leftovers on OKX.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from gui.connections.environment import OkxTarget
from gui.connections.leftovers import Leftover, LeftoverKind, leftovers
from gui.connections.manager_key import Manager, itext, manager_api, okx_error
from gui.connections.rotation import forget_retired
from gui.okx.errors import OkxError
from gui.okx.signing import mask
from gui.okx.subaccounts import SubAccountApi, SubAccountKey
from gui.text import QT_TRANSLATE_NOOP, Text
from gui.vault.model import Connection, Facts
from gui.vault.store import ConnectionStore


def clean_up(store: ConnectionStore, manager: Manager, target: OkxTarget) -> list[Leftover]:
    """Deletes on OKX the leftovers of ``manager``'s master account (found by their notes) and
    forgets their records; returns those handled."""
    mine = [x for x in leftovers(store) if x.master_uid == manager.master_uid]
    with manager_api(manager, target) as api:
        for leftover in mine:
            try:
                for key in api.keys(leftover.sub_account):
                    if key.label == leftover.okx_label:
                        api.delete_key(leftover.sub_account, key.api_key)
            except OkxError as error:
                raise okx_error(
                    error, itext(QT_TRANSLATE_NOOP("issuing", "Cleaning up on OKX"))
                ) from None
            if leftover.kind is LeftoverKind.NOT_DELETED:
                forget_retired(store, leftover.connection_id, {leftover.okx_label})
            else:
                _forget_pending(store, leftover.connection_id, leftover.okx_label)
    _forget_stale_pending(store, manager)
    return mine


def _forget_pending(store: ConnectionStore, connection_id: str, okx_label: str) -> None:
    def drop(facts: Facts) -> Facts:
        return replace(facts, pending=tuple(p for p in facts.pending if p.okx_label != okx_label))

    store.change_facts({connection_id: drop})


def _forget_stale_pending(store: ConnectionStore, manager: Manager) -> None:
    saved = {c.facts.issued.okx_label for c in store.list() if c.facts.issued is not None}
    store.change_facts(
        {
            manager.connection.id: lambda f: replace(
                f, pending=tuple(p for p in f.pending if p.okx_label not in saved)
            )
        }
    )


# --- drift ---------------------------------------------------------------------------------------


class DriftState(StrEnum):
    ISSUED = "issued"  # issued here, as OKX lists it
    CHANGED = "changed"  # issued here; permissions or IPs changed on OKX's web site
    UNKNOWN = "unknown"  # on OKX, not in the app
    MISSING = "missing"  # in the app, gone from OKX
    LEFTOVER = "leftover"  # on OKX, left by an interrupted run of the app


STATE_NAMES = {
    DriftState.ISSUED: QT_TRANSLATE_NOOP("issuing", "issued here"),
    DriftState.CHANGED: QT_TRANSLATE_NOOP("issuing", "changed on OKX"),
    DriftState.UNKNOWN: QT_TRANSLATE_NOOP("issuing", "unknown to the app"),
    DriftState.MISSING: QT_TRANSLATE_NOOP("issuing", "gone from OKX"),
    DriftState.LEFTOVER: QT_TRANSLATE_NOOP("issuing", "left over"),
}


@dataclass(frozen=True)
class DriftRow:
    state: DriftState
    sub_account: str
    okx_label: str
    masked: str
    permissions: tuple[str, ...]  # OKX's (the app's for MISSING)
    ips: tuple[str, ...]
    connection_label: str = ""  # the saved connection, if any
    detail: str = ""  # what changed, in English (e.g. "IPs: 127.0.0.1 -> 198.51.100.7")

    @property
    def state_name(self) -> Text:
        return itext(STATE_NAMES[self.state])


def drift(store: ConnectionStore, manager: Manager, target: OkxTarget) -> list[DriftRow]:
    """Every key OKX reports for the standard sub-accounts, beside what the app holds."""
    issued = [
        c
        for c in store.list()
        if c.facts.issued is not None and c.facts.issued.master_uid == manager.master_uid
    ]
    notes = {x.okx_label for x in leftovers(store) if x.master_uid == manager.master_uid}
    rows: list[DriftRow] = []
    with manager_api(manager, target) as api:
        listed = _all_keys(api)
    seen: set[str] = set()
    for key in listed:
        match = next((c for c in issued if _same(c, key)), None)
        if match is not None:
            seen.add(match.id)
        rows.append(_row(key, match, key.label in notes))
    for c in issued:
        if c.id not in seen and c.facts.issued is not None:
            rows.append(
                DriftRow(
                    DriftState.MISSING,
                    c.facts.issued.sub_account,
                    c.facts.issued.okx_label,
                    c.masked_api_key,
                    c.facts.permissions,
                    c.facts.bound_ips,
                    c.label,
                )
            )
    return rows


def _all_keys(api: SubAccountApi) -> list[SubAccountKey]:
    try:
        keys: list[SubAccountKey] = []
        for sub in api.sub_accounts():
            if sub.standard:
                keys.extend(api.keys(sub.name))
        return keys
    except OkxError as error:
        raise okx_error(
            error, itext(QT_TRANSLATE_NOOP("issuing", "Reading the sub-accounts' keys"))
        ) from None


def _same(connection: Connection, key: SubAccountKey) -> bool:
    issued = connection.facts.issued
    return (
        issued is not None
        and issued.sub_account == key.sub_account
        and issued.okx_label == key.label
        and connection.masked_api_key == mask(key.api_key)
    )


def _row(key: SubAccountKey, match: Connection | None, leftover: bool) -> DriftRow:
    perms = tuple(sorted(p.value for p in key.permissions))
    state = DriftState.LEFTOVER if leftover else DriftState.UNKNOWN
    details: list[str] = []
    if match is not None:
        state = DriftState.ISSUED
        if set(match.facts.permissions) != set(perms):
            details.append(f"permissions: {','.join(match.facts.permissions)} -> {','.join(perms)}")
        if set(match.facts.bound_ips) != set(key.ips):
            details.append(
                f"IPs: {','.join(match.facts.bound_ips) or '-'} -> {','.join(key.ips) or '-'}"
            )
        if details:
            state = DriftState.CHANGED
    return DriftRow(
        state,
        key.sub_account,
        key.label,
        key.masked,
        perms,
        key.ips,
        match.label if match is not None else "",
        "; ".join(details),
    )
