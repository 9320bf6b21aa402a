"""Which step fixes which failed check (pure, no Qt)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from gui.okx.check import CheckId, CheckItem, CheckStatus, ConnectionReport, FixAction
from gui.okx.regions import Environment, Region
from gui.text import Text
from gui.wizard.flow import Flow, Step
from gui.wizard.remedies import Remedy, apply_remedy, blocking_items, can_finish, remedy_for

MSG = Text("m")


def report(*items: CheckItem, **extra: object) -> ConnectionReport:
    return ConnectionReport(
        items=items,
        region=Region.GLOBAL,
        environment=Environment.LIVE,
        base_url="http://127.0.0.1:1",
        is_official=False,
        checked_at=datetime.now(UTC),
        **extra,  # type: ignore[arg-type]
    )


def fail(check_id: CheckId) -> CheckItem:
    return CheckItem(check_id, CheckStatus.FAIL, MSG, MSG)


@pytest.mark.parametrize(
    ("check_id", "step"),
    [
        (CheckId.KEY, Step.ENTER_KEYS),
        (CheckId.PASSPHRASE, Step.ENTER_KEYS),
        (CheckId.SIGNATURE, Step.ENTER_KEYS),
        (CheckId.PERMISSIONS, Step.CREATE_KEY),
        (CheckId.ACCOUNT_MODE, Step.PREPARE),
    ],
)
def test_failures_lead_to_the_step_that_fixes_them(check_id: CheckId, step: Step) -> None:
    item = fail(check_id)
    assert remedy_for(item, report(item)) == Remedy(step=step, item=check_id)


def test_a_refused_ip_sends_to_okxs_api_page_keeping_the_key() -> None:
    # The same key works once OKX has the address: no new key, no jump.
    item = fail(CheckId.IP_BINDING)
    remedy = remedy_for(item, report(item))
    assert remedy == Remedy(item=CheckId.IP_BINDING, open_api_page=True)
    assert remedy is not None and remedy.step is None


@pytest.mark.parametrize("check_id", [CheckId.REACHABLE, CheckId.CLOCK])
def test_network_and_clock_failures_only_retry(check_id: CheckId) -> None:
    item = fail(check_id)
    assert remedy_for(item, report(item)) is None


def test_region_and_environment_carry_what_was_detected() -> None:
    region = fail(CheckId.REGION)
    env = fail(CheckId.ENVIRONMENT)
    r = report(region, env, detected_region=Region.EEA, detected_environment=Environment.DEMO)
    assert remedy_for(region, r) == Remedy(step=Step.START, region=Region.EEA, item=CheckId.REGION)
    assert remedy_for(env, r) == Remedy(
        step=Step.START, environment=Environment.DEMO, item=CheckId.ENVIRONMENT
    )


def test_withdraw_is_severe_and_blocks_though_the_key_works() -> None:
    withdraw = CheckItem(CheckId.PERMISSIONS, CheckStatus.WARN, MSG, MSG, severe=True)
    r = report(CheckItem(CheckId.KEY, CheckStatus.PASS, MSG), withdraw)
    assert r.ok
    assert blocking_items(r) == [withdraw]
    assert not can_finish(r)
    assert remedy_for(withdraw, r) == Remedy(step=Step.CREATE_KEY, item=CheckId.PERMISSIONS)


def test_settings_warnings_offer_the_apps_fix_and_do_not_block() -> None:
    mode = CheckItem(
        CheckId.POSITION_MODE, CheckStatus.WARN, MSG, MSG, action=FixAction.SET_POSITION_MODE
    )
    r = report(mode)
    assert can_finish(r)
    assert remedy_for(mode, r) == Remedy(
        action=FixAction.SET_POSITION_MODE,
        actions=(FixAction.SET_POSITION_MODE,),
        item=CheckId.POSITION_MODE,
    )
    plain_warning = CheckItem(CheckId.IP_BINDING, CheckStatus.WARN, MSG, MSG)
    assert remedy_for(plain_warning, report(plain_warning)) is None


def test_apply_remedy_jumps_and_offers() -> None:
    flow = Flow()
    for _ in range(4):
        flow.go_next()
    flow.state.api_key, flow.state.secret_key, flow.state.passphrase = "k", "s", "p"
    flow.state.passphrase_typed = True
    assert apply_remedy(flow, Remedy(step=Step.START, region=Region.US)) is Step.START
    assert flow.state.offered_region is Region.US
    assert flow.state.api_key == "k"  # the same key, another region
    flow.go_next()
    flow.go_next()
    assert apply_remedy(flow, Remedy(step=Step.CREATE_KEY)) is Step.CREATE_KEY
    assert (flow.state.api_key, flow.state.secret_key, flow.state.passphrase) == ("", "", "")
    assert not flow.state.passphrase_typed
    assert flow.state.offered_region is None
    with pytest.raises(ValueError, match="action"):
        apply_remedy(flow, Remedy(action=FixAction.SET_ACCOUNT_MODE))


def test_a_read_only_key_may_finish_and_is_sent_to_edit_it() -> None:
    read_only = CheckItem(CheckId.PERMISSIONS, CheckStatus.WARN, MSG, MSG)
    r = report(read_only)
    assert can_finish(r)
    # the advice is to tick Trade on the same key: OKX's page, not a new key wiping the pasted one
    assert remedy_for(read_only, r) == Remedy(item=CheckId.PERMISSIONS, open_api_page=True)


def test_a_frozen_key_needs_a_new_key() -> None:
    from gui.okx.errors import ErrorKind, OkxError

    frozen = fail(CheckId.KEY)
    error = OkxError(ErrorKind.FROZEN, MSG, MSG, code="50100")
    assert remedy_for(frozen, report(frozen, error=error)).step is Step.CREATE_KEY  # type: ignore[union-attr]
    assert remedy_for(frozen, report(frozen)).step is Step.ENTER_KEYS  # type: ignore[union-attr]


def test_every_differing_setting_is_offered_at_once() -> None:
    from gui.wizard.remedies import fix_actions, remedy_for_report

    mode = CheckItem(
        CheckId.ACCOUNT_MODE, CheckStatus.WARN, MSG, MSG, action=FixAction.SET_ACCOUNT_MODE
    )
    position = CheckItem(
        CheckId.POSITION_MODE, CheckStatus.WARN, MSG, MSG, action=FixAction.SET_POSITION_MODE
    )
    r = report(mode, position)
    both = (FixAction.SET_ACCOUNT_MODE, FixAction.SET_POSITION_MODE)
    assert fix_actions(r) == both
    remedy = remedy_for_report(r)
    assert remedy is not None and remedy.actions == both and remedy.step is None
    # A blocking failure comes first.
    failed = fail(CheckId.PASSPHRASE)
    first = remedy_for_report(report(failed, mode, position))
    assert first is not None and first.step is Step.ENTER_KEYS


def test_region_and_settings_detours_come_back() -> None:
    flow = Flow()
    for _ in range(4):
        flow.go_next()
    apply_remedy(flow, Remedy(step=Step.START, item=CheckId.REGION))
    assert flow.go_next() is Step.VERIFY
    apply_remedy(flow, Remedy(step=Step.PREPARE, item=CheckId.ACCOUNT_MODE))
    assert flow.go_next() is Step.VERIFY
    apply_remedy(flow, Remedy(step=Step.ENTER_KEYS, item=CheckId.KEY))
    assert flow.go_next() is Step.VERIFY  # the usual way: ENTER_KEYS leads to VERIFY anyway
