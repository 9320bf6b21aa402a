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
    CheckId.ACCOUNT_MODE: Step.PREPARE,
    CheckId.POSITION_MODE: Step.PREPARE,
    CheckId.SUB_ACCOUNT: Step.CREATE_KEY,
}


@dataclass(frozen=True)
class Remedy:
    """Go to ``step`` (offering ``region`` / ``environment`` there), apply ``actions``, or (IP
    binding) send the user to OKX's API page to add an address to the same key.

    ``item`` names the check it remedies (the button's words depend on it); ``action`` is the
    first of ``actions``.
    """

    step: Step | None = None
    action: FixAction | None = None
    region: Region | None = None
    environment: Environment | None = None
    actions: tuple[FixAction, ...] = ()
    item: CheckId | None = None
    open_api_page: bool = False


def blocking_items(report: ConnectionReport) -> list[CheckItem]:
    """Items that keep the wizard from finishing: failures, and severe warnings (Withdraw)."""
    return [i for i in report.items if i.status is CheckStatus.FAIL or i.severe]


def can_finish(report: ConnectionReport) -> bool:
    return report.ok and not blocking_items(report)


def fix_actions(report: ConnectionReport) -> tuple[FixAction, ...]:
    """Every setting the app may change for the user, in report order (account mode first)."""
    return tuple(a for a in (fix_action(i) for i in report.items) if a is not None)


def remedy_for(item: CheckItem, report: ConnectionReport) -> Remedy | None:
    """The remedy for one item, or None when only retrying helps (network, clock)."""
    action = fix_action(item)
    if action is not None:
        return Remedy(action=action, actions=(action,), item=item.id)
    if item.id is CheckId.PERMISSIONS and item.status is CheckStatus.WARN:
        if item.severe:  # withdraw: delete the key and create a new one
            return Remedy(step=Step.CREATE_KEY, item=item.id)
        # read-only: tick Trade on the same key (the advice says so); the pasted key stays
        return Remedy(item=item.id, open_api_page=True)
    if item.status is not CheckStatus.FAIL:
        return None
    if item.id is CheckId.KEY and report.error is not None and report.error.kind is FROZEN:
        return Remedy(step=Step.CREATE_KEY, item=item.id)
    if item.id is CheckId.IP_BINDING:
        # The same key works once OKX has the address: no new key, no jump.
        return Remedy(item=item.id, open_api_page=True)
    if item.id is CheckId.REGION:
        return Remedy(step=Step.START, region=report.detected_region, item=item.id)
    if item.id is CheckId.ENVIRONMENT:
        return Remedy(step=Step.START, environment=report.detected_environment, item=item.id)
    step = _STEP_FOR.get(item.id)
    return Remedy(step=step, item=item.id) if step is not None else None


def remedy_for_report(report: ConnectionReport) -> Remedy | None:
    """What the page offers: the first blocking item's remedy, else every setting to change at
    once ("Fix it for me"), else the first other remedy (a read-only key: OKX's API page)."""
    blocking = blocking_items(report)
    if blocking:
        return remedy_for(blocking[0], report)
    actions = fix_actions(report)
    if actions:
        return Remedy(action=actions[0], actions=actions)
    remedies = (remedy_for(i, report) for i in report.items)
    return next((r for r in remedies if r is not None), None)


def apply_remedy(flow: Flow, remedy: Remedy) -> Step:
    """Jumps to the remedy's step, leaving the detected region/environment for START to offer.

    From START or PREPARE (a setting to change, the pages between unchanged) Next returns
    straight to the step the user came from.
    """
    if remedy.step is None:
        raise ValueError("this remedy is an action, not a step")
    flow.state.offered_region = remedy.region
    flow.state.offered_environment = remedy.environment
    if remedy.step is Step.CREATE_KEY:
        # A new key will be made: none of the old key's values may be reused by mistake, and a
        # passphrase generated for the new key fills the (now empty) passphrase field.
        flow.state.api_key = flow.state.secret_key = flow.state.passphrase = ""
        flow.state.passphrase_typed = False
    come_back = remedy.step in (Step.START, Step.PREPARE)
    return flow.jump_to(remedy.step, come_back=come_back)
