"""What the "Check all" tests share: a fleet of simulated accounts and their keys, and a store
that knows each key's account from earlier checks."""

from __future__ import annotations

import threading
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


class Started:
    """An ``on_started`` callback: the ids of the checks started, and ``reached`` once
    ``count`` of them have (the run's workers have each taken one)."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.ids: list[str] = []
        self.reached = threading.Event()

    def __call__(self, connection_id: str) -> None:
        self.ids.append(connection_id)
        if len(self.ids) == self.count:
            self.reached.set()
