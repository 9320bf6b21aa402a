"""The wizard's services bound to the connections layer: check, fix and save a key.

These run on worker threads (through :class:`gui.tasks.TaskRunner`), never on the GUI thread.
They read only the region, environment, label and credentials of the wizard state and call
:mod:`gui.connections` with them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from gui.connections.cache import BalanceCache
from gui.connections.checking import apply_fixes, check_key
from gui.connections.checking import facts_from_report as facts_from_report
from gui.connections.edits import rotate_connection
from gui.connections.saving import NotChecked, save_checked_key
from gui.connections.storage import ConnectionStore
from gui.okx.check import CheckItem, ConnectionReport, FixAction
from gui.okx.target import OkxTarget
from gui.wizard.flow import WizardState


@dataclass(frozen=True)
class KeyChecker:
    """Checks the wizard's key, and applies its fixes, where ``target`` says OKX is."""

    target: OkxTarget = OkxTarget()  # noqa: RUF009 - frozen

    def check(
        self,
        state: WizardState,
        cancel: threading.Event,
        on_item: Callable[[CheckItem], None],
    ) -> ConnectionReport:
        return check_key(
            state.credentials(),
            state.region,
            state.environment,
            self.target,
            cancel=cancel,
            on_item=on_item,
            spot_only=state.trades_spot_only,
        )

    def fix(self, state: WizardState, action: FixAction | tuple[FixAction, ...]) -> None:
        """Applies the action(s) in order; OKX's first refusal raises and stops the rest."""
        actions = (action,) if isinstance(action, FixAction) else action
        apply_fixes(state.credentials(), state.region, state.environment, self.target, actions)


@dataclass(frozen=True)
class StoreSaver:
    """Saves the wizard's verified key by the one rule (:func:`save_checked_key`); its
    balances become the connection's cached ones."""

    store: ConnectionStore
    cache: BalanceCache | None = None

    def __call__(self, state: WizardState) -> str:
        """The new connection's id; NotSaved when the rule for saving refuses the key (it can
        withdraw, it is already saved, the name is taken). Without a report the key is saved
        not checked from here (it is to be checked on the server it is bound to)."""
        # No report: the user chose to check it from the server it is bound to ("Not checked").
        check = NotChecked() if state.report is None else state.report
        outcome = save_checked_key(
            self.store,
            state.credentials(),
            state.region,
            state.environment,
            check,
            label=state.label,
            cache=self.cache,
        )
        return outcome.saved_connection().id


@dataclass(frozen=True)
class RotateSaver:
    """The wizard's saver when rotating: the new key replaces the old one only now, after the
    wizard verified it; a changed name is applied afterwards."""

    store: ConnectionStore
    old_id: str
    cache: BalanceCache | None = None

    def __call__(self, state: WizardState) -> str:
        new = rotate_connection(
            self.store,
            self.old_id,
            state.credentials(),
            state.region,
            state.environment,
            state.report,
            state.label,
            self.cache,
        )
        return new.id
