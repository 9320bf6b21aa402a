"""What the wizard offers when a check fails: the step that fixes it, or a fix the app can apply.

Pure (no Qt): maps a :class:`~gui.okx.check.CheckItem` to a :class:`Remedy`, and applies a remedy
to a :class:`~gui.wizard.flow.Flow` (jumping back, offering the detected region or environment).
"""

from __future__ import annotations

from dataclasses import dataclass

from gui.okx.check import CheckId, CheckItem, CheckStatus, ConnectionReport, FixAction, fix_action
from gui.okx.errors import ErrorKind
from gui.okx.regions import Environment, Region
from gui.wizard.flow import Flow, Step

FROZEN = ErrorKind.FROZEN

_STEP_FOR: dict[CheckId, Step] = {
    CheckId.KEY: Step.ENTER_KEYS,
    CheckId.PASSPHRASE: Step.ENTER_KEYS,
    CheckId.SIGNATURE: Step.ENTER_KEYS,
    CheckId.REGION: Step.START,
    CheckId.ENVIRONMENT: Step.START,
    CheckId.PERMISSIONS: Step.CREATE_KEY,
    CheckId.IP_BINDING: Step.CREATE_KEY,
    CheckId.ACCOUNT_MODE: Step.PREPARE,
    CheckId.POSITION_MODE: Step.PREPARE,
    CheckId.SUB_ACCOUNT: Step.CREATE_KEY,
}


@dataclass(frozen=True)
class Remedy:
    """Go to ``step`` (offering ``region`` / ``environment`` there), or apply ``action``."""

    step: Step | None = None
    action: FixAction | None = None
    region: Region | None = None
    environment: Environment | None = None


def blocking_items(report: ConnectionReport) -> list[CheckItem]:
    """Items that keep the wizard from finishing: failures, and severe warnings (Withdraw)."""
    return [i for i in report.items if i.status is CheckStatus.FAIL or i.severe]


def can_finish(report: ConnectionReport) -> bool:
    return report.ok and not blocking_items(report)


def remedy_for(item: CheckItem, report: ConnectionReport) -> Remedy | None:
    """The remedy for one item, or None when only retrying helps (network, clock)."""
    action = fix_action(item)
    if action is not None:
        return Remedy(action=action)
    if item.id is CheckId.PERMISSIONS and item.status is CheckStatus.WARN:
        return Remedy(step=Step.CREATE_KEY)  # read-only or withdraw: a new key is the fix
    if item.status is not CheckStatus.FAIL:
        return None
    if item.id is CheckId.KEY and report.error is not None and report.error.kind is FROZEN:
        return Remedy(step=Step.CREATE_KEY)
    if item.id is CheckId.REGION:
        return Remedy(step=Step.START, region=report.detected_region)
    if item.id is CheckId.ENVIRONMENT:
        return Remedy(step=Step.START, environment=report.detected_environment)
    step = _STEP_FOR.get(item.id)
    return Remedy(step=step) if step is not None else None


def apply_remedy(flow: Flow, remedy: Remedy) -> Step:
    """Jumps to the remedy's step, leaving the detected region/environment for START to offer."""
    if remedy.step is None:
        raise ValueError("this remedy is an action, not a step")
    flow.state.offered_region = remedy.region
    flow.state.offered_environment = remedy.environment
    if remedy.step is Step.CREATE_KEY:
        # A new key will be made: the old values must not be reused by mistake.
        flow.state.api_key = flow.state.secret_key = ""
    return flow.jump_to(remedy.step)
