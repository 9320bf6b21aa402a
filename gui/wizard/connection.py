"""Binds the OKX check and the settings fixes to where OKX is (official hosts or the simulator).

These functions run on worker threads (through :class:`gui.tasks.TaskRunner`), never on the GUI
thread. They take the wizard state and read only its region, environment and credentials.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from gui.okx.check import CheckItem, ConnectionReport, FixAction, apply_fix, check_connection
from gui.okx.client import OkxClient
from gui.okx.regions import Region
from gui.vault.model import CheckStatus as SummaryStatus
from gui.vault.model import CheckSummary, Facts
from gui.vault.store import ConnectionStore
from gui.wizard.flow import WizardState


@dataclass(frozen=True)
class OkxAccess:
    """Where requests go: ``base_urls`` None means OKX's official hosts."""

    base_urls: Mapping[Region, str] | None = None
    timeout: float = 10.0

    def check(
        self,
        state: WizardState,
        cancel: threading.Event,
        on_item: Callable[[CheckItem], None],
    ) -> ConnectionReport:
        return check_connection(
            state.credentials(),
            region=state.region,
            environment=state.environment,
            base_urls=self.base_urls,
            timeout=self.timeout,
            cancel=cancel,
            on_item=on_item,
            spot_only=state.trades_spot_only,
        )

    def fix(self, state: WizardState, action: FixAction | tuple[FixAction, ...]) -> None:
        """Applies the action(s) in order; OKX's first refusal raises and stops the rest."""
        base_url = None if self.base_urls is None else self.base_urls[state.region]
        with OkxClient(
            state.credentials(),
            region=state.region,
            environment=state.environment,
            base_url=base_url,
            timeout=self.timeout,
        ) as client:
            for each in (action,) if isinstance(action, FixAction) else action:
                apply_fix(client, each)


def facts_from_report(report: ConnectionReport | None) -> Facts:
    """The non-secret facts of a verified key, for the store."""
    if report is None or report.config is None:
        return Facts()
    config = report.config
    return Facts(
        uid=config.uid,
        sub_account=config.is_sub_account,
        permissions=tuple(sorted(p.value for p in config.permissions)),
        bound_ips=config.bound_ips,
        last_check=CheckSummary(
            at=report.checked_at,
            status=SummaryStatus.CONNECTED if report.ok else SummaryStatus.PROBLEM,
            message="Connected" if report.ok else "Problem",
        ),
    )


@dataclass(frozen=True)
class StoreSaver:
    """Saves the wizard's verified key into a connection store; returns the new id."""

    store: ConnectionStore

    def __call__(self, state: WizardState) -> str:
        connection = self.store.add(
            state.label,
            state.region,
            state.environment,
            state.credentials(),
            facts_from_report(state.report),
        )
        return connection.id
