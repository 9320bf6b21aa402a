"""What the "Check all" tests share: a fleet of simulated accounts and their keys, and a store
that knows each key's account from earlier checks."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import partial

import pytest

from gui.okx.simulator import Simulator
from gui.okx.simulator_scenario import fleet_scenario
from gui.vault.model import Facts
from gui.vault.store import ConnectionStore

ACCOUNTS, KEYS = 4, 8  # the fleet: keys an account


@pytest.fixture(scope="module")
def fleet() -> Iterator[Simulator]:
    with Simulator(fleet_scenario(ACCOUNTS, KEYS)) as sim:
        yield sim


@pytest.fixture
def sim(fleet: Simulator) -> Iterator[Simulator]:
    fleet.reset()
    yield fleet
    fleet.reset()


def _with_uid(uid: str, facts: Facts) -> Facts:
    return replace(facts, uid=uid)


def know_accounts(store: ConnectionStore, sim: Simulator) -> None:
    """Stores each saved key's account UID, as an earlier check would have: the pacer then
    counts an account's keys together."""
    uid = {k.name: sim.scenario.accounts[k.account].uid for k in sim.keys}
    store.change_facts({c.id: partial(_with_uid, uid[c.label]) for c in store.list()})
