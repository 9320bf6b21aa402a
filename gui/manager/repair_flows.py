"""The store's consistency scan after the list is shown, and the user's answer to each finding:
leftovers of interrupted changes (repair, remove or later) and secrets the list lost (restored
in one go). The work runs through :mod:`gui.connections.repairs` on the store's runner."""

from __future__ import annotations

import html
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from gui.connections.model import Connection
    from gui.connections.repairs import Resolution
    from gui.connections.session import Session
    from gui.connections.storage import Problem, StoreScan
    from gui.manager.operations import Operations

SCAN_AFTER_MS = 150


class RepairFlows(QObject):
    """Asks about what the scan found; nothing is changed without a yes."""

    def __init__(self, ops: Operations) -> None:
        super().__init__(ops)
        self.ops = ops

    def review_soon(self) -> None:
        """The consistency scan — the keychain's first use, which may find it unusable — once
        the list has painted: keyring's import would hold the GIL while it paints."""
        QTimer.singleShot(SCAN_AFTER_MS, self._scan)

    def _scan(self) -> None:
        task = self.ops.controller.scan()
        if task is not None:
            task.then(self.review, self.ops.failed)

    def review(self, scan: StoreScan) -> None:
        """What the consistency scan found: leftovers of interrupted changes, then secrets the
        list does not show (after a lost index), offered back in one go."""
        self.resolve(list(scan.problems))
        if scan.unlisted:
            self.offer_restore(scan.unlisted)

    def offer_restore(self, unlisted: Sequence[Connection]) -> None:
        names = "<br>".join(
            f"• {html.escape(c.label)} {html.escape(c.masked_api_key)}" for c in unlisted[:20]
        )
        more = len(unlisted) - 20
        if more > 0:
            names += "<br>" + self.tr("and %n more", "", more)
        text = self.tr(
            "The system keychain holds %n connection(s) of this app that the list does not show "
            "(the list file was lost or replaced):",
            "",
            len(unlisted),
        )
        question = self.tr("Restore them to the list? Their keys stay where they are.")
        title = self.tr("Restore %n connection(s) found in the keychain", "", len(unlisted))
        if self.ops.prompts.confirm(
            self.ops.window, title, f"{text}<br><br>{names}<br><br>{question}"
        ):
            from gui.connections.repairs import restore_unlisted

            ids = [c.id for c in unlisted]
            self.ops.controller.run_then(
                lambda s: restore_unlisted(s.store, ids), self._restored, self.ops.failed
            )

    def _restored(self, restored: list[Connection]) -> None:
        self.ops.status.emit(self.tr("Restored %n connection(s).", "", len(restored)), 10_000)
        self.ops.reload_wanted.emit(restored[0].id if restored else "")

    def resolve(self, problems: list[Problem]) -> None:
        """Asks about each leftover the store reported; nothing is removed without a yes."""
        from gui.connections.repairs import Resolution

        for problem in problems:
            answer = self.ops.prompts.resolve_problem(self.ops.window, problem)
            if answer is Resolution.LATER:
                continue
            self.ops.controller.run_then(
                partial(_resolve, problem, answer),
                lambda _r: self.ops.reload_wanted.emit(""),
                self.ops.failed,
            )


def _resolve(problem: Problem, answer: Resolution, session: Session) -> bool:
    from gui.connections.repairs import resolve_problem

    return resolve_problem(session.store, problem, answer)
