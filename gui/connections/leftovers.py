"""The keys an interrupted run of the app left on OKX, from the store's records alone.

:func:`leftovers` needs no network (and imports no OKX client), so every start — the window,
``list`` and each issuing command — can call it: keys being created when the app stopped
(``Facts.pending`` on a manager's connection whose note no saved key carries) and old keys a
rotation did not delete (``Issued.retired``). ``gui.connections.drift.clean_up`` removes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from gui.connections.manager_key import itext
from gui.text import QT_TRANSLATE_NOOP, Text
from gui.vault.store import ConnectionStore


class LeftoverKind(StrEnum):
    UNSAVED = "unsaved"  # created on OKX, the app stopped before saving it
    NOT_DELETED = "not-deleted"  # replaced by a rotation, not yet deleted on OKX


@dataclass(frozen=True)
class Leftover:
    kind: LeftoverKind
    connection_id: str  # the manager's (UNSAVED) or the successor's (NOT_DELETED)
    master_uid: str
    sub_account: str
    okx_label: str
    message: Text


def leftovers(store: ConnectionStore) -> list[Leftover]:
    """Leftover keys the store's records point to (no network)."""
    connections = store.list()
    saved = {c.facts.issued.okx_label for c in connections if c.facts.issued is not None}
    found: list[Leftover] = []
    for c in connections:
        for p in c.facts.pending:
            if p.okx_label in saved:
                continue  # saved after all: only the record is stale
            found.append(
                Leftover(
                    LeftoverKind.UNSAVED,
                    c.id,
                    c.facts.uid,
                    p.sub_account,
                    p.okx_label,
                    itext(
                        QT_TRANSLATE_NOOP(
                            "issuing",
                            "A key was being created on OKX (sub-account {sub}, note {note}, "
                            "{at}) when the app stopped: OKX may hold a key whose secret no app "
                            "has. Delete it: okx-key-manager keys --from {manager} --clean-up "
                            "--yes",
                        ),
                        sub=p.sub_account,
                        note=p.okx_label,
                        at=p.at.strftime("%Y-%m-%d %H:%M UTC"),
                        manager=c.label,
                    ),
                )
            )
        issued = c.facts.issued
        for note in issued.retired if issued is not None else ():
            found.append(
                Leftover(
                    LeftoverKind.NOT_DELETED,
                    c.id,
                    issued.master_uid if issued else "",
                    issued.sub_account if issued else "",
                    note,
                    itext(
                        QT_TRANSLATE_NOOP(
                            "issuing",
                            "“{label}” was rotated, but its old key (note {note}, sub-account "
                            "{sub}) may still be on OKX. Delete it: okx-key-manager keys --from "
                            "MANAGER --clean-up --yes",
                        ),
                        label=c.label,
                        note=note,
                        sub=issued.sub_account if issued else "",
                    ),
                )
            )
    return found
