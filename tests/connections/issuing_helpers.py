"""Shared set-up for the issued-keys tests: a store with the simulator's manager key marked."""

from __future__ import annotations

from gui.connections.environment import OkxTarget
from gui.connections.manager_key import Manager, find_manager, mark_manager
from gui.okx.regions import Environment, Region
from gui.okx.simulator import Simulator
from gui.vault.store import ConnectionStore

MANAGER = "the manager"


def add_sim_key(store: ConnectionStore, sim: Simulator, name: str, label: str = "") -> str:
    key = sim.key(name)
    return store.add(label or name, key.region, key.environment, key.credentials).id


def marked_manager(store: ConnectionStore, sim: Simulator, target: OkxTarget) -> Manager:
    connection_id = add_sim_key(store, sim, "manager", MANAGER)
    mark_manager(store, connection_id, target)
    return find_manager(store, MANAGER)


def target_of(sim: Simulator) -> OkxTarget:
    return OkxTarget(sim.base_urls, timeout=5.0)


__all__ = ["Environment", "Region"]
