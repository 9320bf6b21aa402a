"""The connection wizard's flow as data: steps, typed state and navigation. No Qt here.

Modelled on Electrum's ``wizard.py``: each step names where Next leads (a step or a function of the
state) and navigation is a stack, so Back always returns to where the user came from. The Qt dialog
holds a :class:`Flow` and attaches one page to each :class:`Step`; tests walk the flow with no GUI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from gui.okx.check import ConnectionReport
from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials, mask


class Step(Enum):
    """The wizard's pages, in their usual order."""

    START = "start"
    PREPARE = "prepare"
    CREATE_KEY = "create_key"
    ENTER_KEYS = "enter_keys"
    VERIFY = "verify"
    DONE = "done"


@dataclass
class WizardState:
    """Everything the wizard has learnt so far. Secret fields never appear in ``repr``."""

    region: Region = Region.GLOBAL
    environment: Environment = Environment.LIVE
    language: str | None = None  # None: the system's language
    spot_only: bool = False  # spot-only users skip the account-settings step
    label: str = ""
    label_edited: bool = False  # False: the name is the default one and follows the region
    api_key: str = field(default="", repr=False)
    secret_key: str = field(default="", repr=False)
    passphrase: str = field(default="", repr=False)
    passphrase_typed: bool = False  # the user typed it: a generated one no longer replaces it
    format_warnings_accepted: bool = False
    # Set by VERIFY when a check detects another region or environment; START offers it.
    offered_region: Region | None = None
    offered_environment: Environment | None = None
    report: ConnectionReport | None = field(default=None, repr=False)  # the last check
    saved_id: str | None = None  # the store's id for the saved connection
    # Rotation: the wizard replaces a saved key; ``previous_uid`` is its account's UID ("" unknown).
    rotating: bool = False
    previous_uid: str = ""

    @property
    def trades_spot_only(self) -> bool:
        """Spot only by choice, or by region: the app treats OKX US as spot only (the user is
        asked to confirm it on START; docs/okx-client.md)."""
        return self.spot_only or self.region is Region.US

    @property
    def has_typed_keys(self) -> bool:
        """Something of the key (or a generated passphrase) would be lost by leaving now."""
        return self.saved_id is None and any((self.api_key, self.secret_key, self.passphrase))

    def credentials(self) -> Credentials:
        return Credentials(self.api_key, self.secret_key, self.passphrase)

    def forget_secrets(self) -> None:
        """Drops the keys and the last check (the wizard is being thrown away)."""
        self.api_key = self.secret_key = self.passphrase = ""
        self.report = None

    def describe(self) -> str:
        """A log-safe summary: whitelisted fields, the API key masked, no secret."""
        return (
            f"region={self.region.value} environment={self.environment.value} "
            f"label={self.label!r} api_key={mask(self.api_key) if self.api_key else '-'} "
            f"spot_only={self.spot_only} saved={self.saved_id is not None}"
        )


@dataclass(frozen=True)
class Prefill:
    """Known answers, e.g. when rotating a key: the wizard can then skip START."""

    region: Region
    environment: Environment
    label: str = ""
    skip_start: bool = True
    rotation: bool = False  # the new key replaces a saved one
    old_uid: str = ""  # the saved key's account UID, to notice a key of another account


Next = Step | Callable[[WizardState], Step] | None


@dataclass(frozen=True)
class StepSpec:
    """Where Next leads from a step (``None``: it is the last step)."""

    next: Next


def _after_start(state: WizardState) -> Step:
    return Step.CREATE_KEY if state.trades_spot_only else Step.PREPARE


FLOW: dict[Step, StepSpec] = {
    Step.START: StepSpec(next=_after_start),
    Step.PREPARE: StepSpec(next=Step.CREATE_KEY),
    Step.CREATE_KEY: StepSpec(next=Step.ENTER_KEYS),
    Step.ENTER_KEYS: StepSpec(next=Step.VERIFY),
    Step.VERIFY: StepSpec(next=Step.DONE),
    Step.DONE: StepSpec(next=None),
}


class NavigationError(RuntimeError):
    """A move the flow does not allow (a bug in the caller, never shown to users)."""


class Flow:
    """Navigation over :data:`FLOW` with a history stack."""

    def __init__(self, state: WizardState | None = None, prefill: Prefill | None = None) -> None:
        self.state = state if state is not None else WizardState()
        self.history: list[Step] = []
        self.current = Step.START
        # Set by jump_to(come_back=True): where Next returns to from the step jumped to.
        self.resume_at: Step | None = None
        if prefill is not None:
            self.state.region = prefill.region
            self.state.environment = prefill.environment
            self.state.rotating = prefill.rotation
            self.state.previous_uid = prefill.old_uid
            if prefill.label:
                self.state.label = prefill.label
                self.state.label_edited = True  # the saved name stays unless the user edits it
            if prefill.skip_start:
                self.current = self.resolve_next() or Step.START

    def resolve_next(
        self, step: Step | None = None, state: WizardState | None = None
    ) -> Step | None:
        """Where Next leads from ``step`` (default: the current step) given the state (default:
        the flow's own)."""
        target = FLOW[step or self.current].next
        if target is None or isinstance(target, Step):
            return target
        return target(state if state is not None else self.state)

    def resolve_prev(self) -> Step | None:
        """Where Back leads: the step the user came from, if any."""
        if self.current is Step.DONE or not self.history:
            return None
        return self.history[-1]

    def is_last(self, step: Step | None = None) -> bool:
        return self.resolve_next(step) is None

    def go_next(self) -> Step:
        target = self.resolve_next()
        if target is None:
            raise NavigationError(f"{self.current.name} is the last step")
        resume, self.resume_at = self.resume_at, None
        before = self._steps_before(resume) if resume is not None else None
        if resume is not None and before is not None:
            self.history, self.current = before, resume
            return resume
        self.history.append(self.current)
        self.current = target
        return target

    def go_back(self) -> Step:
        target = self.resolve_prev()
        if target is None:
            raise NavigationError(f"no step before {self.current.name}")
        self.resume_at = None
        self.history.pop()
        self.current = target
        return target

    def jump_to(self, step: Step, *, come_back: bool = False) -> Step:
        """Go straight to ``step`` to fix something (e.g. VERIFY -> ENTER_KEYS).

        If the user passed through ``step`` before, the history unwinds to it, as if they had
        pressed Back that many times; then Next walks the usual way forward again. Otherwise the
        current step is pushed, so Back returns here. ``come_back``: Next from ``step`` returns
        straight to the step jumped from (the pages between are unchanged), with the history
        they would have made.
        """
        if step is self.current:
            return step
        self.resume_at = self.current if come_back else None
        if step in self.history:
            del self.history[self.history.index(step) :]
        else:
            self.history.append(self.current)
        self.current = step
        return step

    def _steps_before(self, target: Step) -> list[Step] | None:
        """The history on arriving at ``target`` by Next from here, or None if Next never does.

        The flow is linear: the steps before the current one in the usual order stay, then come
        the steps Next walks through from here.
        """
        order = list(Step)
        steps = [h for h in self.history if order.index(h) < order.index(self.current)]
        steps.append(self.current)
        following = self.resolve_next()
        while following is not None and following is not target:
            if following in steps:
                return None
            steps.append(following)
            following = self.resolve_next(following)
        return steps if following is target else None

    def planned_path(self, state: WizardState | None = None) -> list[Step]:
        """The steps walked so far plus those Next would lead to, given the state now (or
        ``state``: the answers on the current page, not yet applied)."""
        steps = [*self.history, self.current]
        following = self.resolve_next(state=state)
        while following is not None and following not in steps:
            steps.append(following)
            following = self.resolve_next(following, state)
        return steps

    def path(self) -> list[Step]:
        """The steps walked so far, ending with the current one."""
        return [*self.history, self.current]
