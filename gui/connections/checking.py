"""Checking a key against OKX, and remembering what the check found.

The same functions serve the wizard (a key not saved yet), the manager (a saved connection) and
the command line. Every argument is explicit: the credentials, the region, the environment and
the :class:`~gui.connections.environment.OkxTarget` — never a wizard state or a window. Run them
off the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from gui.connections.status import Diagnosis, Status, diagnose_report
from gui.okx.check import CheckItem, ConnectionReport, FixAction, apply_fix, check_connection
from gui.okx.client import OkxClient
from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.okx.target import OkxTarget
from gui.vault.model import CheckStatus as StoredStatus
from gui.vault.model import CheckSummary, Connection, Facts
from gui.vault.store import ConnectionStore


def check_key(
    credentials: Credentials,
    region: Region,
    environment: Environment,
    target: OkxTarget,
    *,
    cancel: threading.Event | None = None,
    on_item: Callable[[CheckItem], None] | None = None,
    spot_only: bool = False,
) -> ConnectionReport:
    """One full connection check (about one round trip; see :mod:`gui.okx.check`).
    ``spot_only``: the user trades spot only, so the futures settings do not matter."""
    return check_connection(
        credentials,
        region,
        environment,
        target,
        cancel=cancel,
        on_item=on_item,
        spot_only=spot_only,
    )


def apply_fixes(
    credentials: Credentials,
    region: Region,
    environment: Environment,
    target: OkxTarget,
    actions: Iterable[FixAction],
) -> None:
    """Applies "Fix it for me" actions in order with the key; OKX's refusal raises OkxError."""
    with OkxClient(
        credentials,
        region=region,
        environment=environment,
        base_url=target.base_url(region),
        timeout=target.timeout,
    ) as client:
        for action in actions:
            apply_fix(client, action)


def summary_of(report: ConnectionReport, diagnosis: Diagnosis | None = None) -> CheckSummary:
    """What is stored about a check: when, connected or not, and the cause in English."""
    diagnosis = diagnosis or diagnose_report(report)
    connected = diagnosis.status is Status.CONNECTED
    return CheckSummary(
        at=report.checked_at,
        status=StoredStatus.CONNECTED if connected else StoredStatus.PROBLEM,
        message="Connected" if connected or diagnosis.cause is None else str(diagnosis.cause),
        code=None if report.error is None else report.error.code,
    )


def facts_from_report(report: ConnectionReport | None, facts: Facts = Facts()) -> Facts:  # noqa: B008
    """``facts`` with what a check learnt: account, permissions, bound IPs, the outcome."""
    if report is None or report.cancelled:
        return facts
    facts = replace(facts, last_check=summary_of(report))
    config = report.config
    if config is None:
        return facts
    return replace(
        facts,
        uid=config.uid,
        sub_account=config.is_sub_account,
        permissions=tuple(sorted(p.value for p in config.permissions)),
        bound_ips=config.bound_ips,
    )


@dataclass(frozen=True)
class CheckOutcome:
    """One finished check of a saved connection."""

    connection_id: str
    report: ConnectionReport
    diagnosis: Diagnosis


def outcome_of(connection_id: str, report: ConnectionReport) -> CheckOutcome:
    return CheckOutcome(connection_id, report, diagnose_report(report))


def record_outcomes(store: ConnectionStore, outcomes: Iterable[CheckOutcome]) -> list[Connection]:
    """Stores the facts of many checks in one write; connections deleted meanwhile are
    skipped. Cancelled checks change nothing."""
    changes = {o.connection_id: _recorder(o) for o in outcomes if not o.report.cancelled}
    return store.change_facts(changes) if changes else []


def _recorder(outcome: CheckOutcome) -> Callable[[Facts], Facts]:
    def change(facts: Facts) -> Facts:
        return facts_from_report(outcome.report, facts)

    return change


def check_saved(
    store: ConnectionStore,
    connection: Connection,
    target: OkxTarget,
    *,
    cancel: threading.Event | None = None,
) -> CheckOutcome:
    """Checks one saved connection with its stored key (the store is read, not changed)."""
    credentials = store.get_credentials(connection.id)
    report = check_key(
        credentials, connection.region, connection.environment, target, cancel=cancel
    )
    return outcome_of(connection.id, report)
