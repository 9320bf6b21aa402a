"""The wizard's flow walked without any GUI."""

from __future__ import annotations

import pytest

from gui.okx.regions import Environment, Region
from gui.wizard.flow import Flow, NavigationError, Prefill, Step, WizardState

ALL_STEPS = [Step.START, Step.PREPARE, Step.CREATE_KEY, Step.ENTER_KEYS, Step.VERIFY, Step.DONE]


def walk_to_end(flow: Flow) -> list[Step]:
    while not flow.is_last():
        flow.go_next()
    return flow.path()


def test_default_flow_visits_every_step_in_order() -> None:
    assert walk_to_end(Flow()) == ALL_STEPS


def test_spot_only_users_skip_prepare() -> None:
    flow = Flow(WizardState(spot_only=True))
    assert flow.resolve_next() is Step.CREATE_KEY
    assert Step.PREPARE not in walk_to_end(flow)


def test_next_depends_on_state_changed_after_start() -> None:
    flow = Flow()
    flow.state.spot_only = True
    assert flow.go_next() is Step.CREATE_KEY
    flow.go_back()
    flow.state.spot_only = False
    assert flow.go_next() is Step.PREPARE


def test_back_returns_where_you_came_from() -> None:
    flow = Flow(WizardState(spot_only=True))
    flow.go_next()
    flow.go_next()
    assert flow.current is Step.ENTER_KEYS
    assert flow.resolve_prev() is Step.CREATE_KEY
    assert flow.go_back() is Step.CREATE_KEY
    assert flow.go_back() is Step.START
    assert flow.resolve_prev() is None
    with pytest.raises(NavigationError):
        flow.go_back()


def test_done_is_last_and_has_no_back() -> None:
    flow = Flow()
    walk_to_end(flow)
    assert flow.is_last()
    assert flow.resolve_prev() is None
    with pytest.raises(NavigationError):
        flow.go_next()


def test_jump_back_to_a_visited_step_unwinds_history() -> None:
    flow = Flow()
    for _ in range(4):
        flow.go_next()
    assert flow.current is Step.VERIFY
    flow.jump_to(Step.ENTER_KEYS)
    assert flow.path() == [Step.START, Step.PREPARE, Step.CREATE_KEY, Step.ENTER_KEYS]
    assert flow.go_next() is Step.VERIFY
    flow.jump_to(Step.START)
    assert flow.path() == [Step.START]
    assert flow.resolve_prev() is None


def test_jump_to_an_unvisited_step_keeps_a_way_back() -> None:
    flow = Flow(prefill=Prefill(Region.EEA, Environment.DEMO, label="Bot"))
    flow.go_next()
    flow.go_next()
    flow.go_next()
    assert flow.current is Step.VERIFY
    flow.jump_to(Step.START)  # START was skipped by the prefill
    assert flow.resolve_prev() is Step.VERIFY
    assert flow.jump_to(Step.START) is Step.START  # jumping to the current step is a no-op
    assert flow.resolve_prev() is Step.VERIFY


def test_prefill_sets_answers_and_skips_start() -> None:
    flow = Flow(prefill=Prefill(Region.US, Environment.DEMO, label="Rotated"))
    assert flow.current is Step.CREATE_KEY  # OKX US is spot only: no futures settings
    assert flow.state.region is Region.US
    assert flow.state.environment is Environment.DEMO
    assert flow.state.label == "Rotated"
    assert flow.resolve_prev() is None


def test_prefill_can_keep_start() -> None:
    flow = Flow(prefill=Prefill(Region.EEA, Environment.LIVE, skip_start=False))
    assert flow.current is Step.START
    assert flow.state.region is Region.EEA
    assert flow.state.label == ""


def test_state_repr_and_describe_hide_secrets() -> None:
    state = WizardState(
        label="Main",
        api_key="1a2b3c4d-0000-1111-2222-333344445555",
        secret_key="0123456789ABCDEF0123456789ABCDEF",
        passphrase="Hunter2!secret",
    )
    for text in (repr(state), state.describe(), repr(state.credentials())):
        assert "0123456789ABCDEF" not in text
        assert "Hunter2" not in text
        assert "1a2b3c4d" not in text
    assert "5555" in state.describe()
    assert "Main" in repr(state)
    assert state.credentials().passphrase == "Hunter2!secret"


def test_planned_path_follows_the_state() -> None:
    flow = Flow()
    assert flow.planned_path() == ALL_STEPS
    flow.state.spot_only = True
    assert flow.planned_path() == [s for s in ALL_STEPS if s is not Step.PREPARE]
    flow.go_next()
    assert flow.planned_path().index(flow.current) == 1


def test_the_flow_layer_loads_no_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import gui.wizard.flow, gui.wizard.validation, gui.wizard.passphrase\n"
        "import gui.wizard.remedies, gui.wizard.connection, gui.wizard.rotation\n"
        "import gui.wizard.public_ip\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_detour_returns_to_where_the_user_was() -> None:
    flow = Flow()
    for _ in range(4):
        flow.go_next()
    assert flow.current is Step.VERIFY
    flow.jump_to(Step.START, come_back=True)
    assert flow.path() == [Step.START]
    assert flow.go_next() is Step.VERIFY  # not through PREPARE, CREATE_KEY, ENTER_KEYS again
    assert flow.path() == ALL_STEPS[:5]
    assert flow.go_back() is Step.ENTER_KEYS  # Back walks the usual way
    # A detour that makes a step unnecessary (spot only now) leaves it out of the history.
    flow.go_next()
    flow.jump_to(Step.START, come_back=True)
    flow.state.spot_only = True
    assert flow.go_next() is Step.VERIFY
    assert Step.PREPARE not in flow.path()


def test_a_detour_from_a_prefilled_flow_comes_back_too() -> None:
    flow = Flow(prefill=Prefill(Region.GLOBAL, Environment.LIVE, label="Bot", rotation=True))
    assert flow.state.label_edited and flow.state.rotating
    while flow.current is not Step.VERIFY:
        flow.go_next()
    flow.jump_to(Step.START, come_back=True)  # START was skipped by the prefill
    assert flow.go_next() is Step.VERIFY
    assert flow.path() == ALL_STEPS[:5]


def test_back_or_another_jump_cancels_the_detour() -> None:
    flow = Flow()
    for _ in range(4):
        flow.go_next()
    flow.jump_to(Step.PREPARE, come_back=True)
    flow.go_back()
    assert flow.current is Step.START and flow.resume_at is None
    assert flow.go_next() is Step.PREPARE


def test_us_is_spot_only_and_skips_prepare() -> None:
    flow = Flow(WizardState(region=Region.US))
    assert flow.state.trades_spot_only
    assert flow.go_next() is Step.CREATE_KEY
