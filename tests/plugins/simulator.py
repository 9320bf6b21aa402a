"""The OKX simulator as a pytest plugin (registered in tests/conftest.py): one local simulator
for the whole session, reset around each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from gui.okx.simulator import Simulator


@pytest.fixture(scope="session")
def simulator_session() -> Iterator[Simulator]:
    """The running simulator (default scenario); use ``simulator``, which resets it."""
    with Simulator() as sim:
        yield sim


@pytest.fixture
def simulator(simulator_session: Simulator) -> Iterator[Simulator]:
    """The session's simulator, back to its scenario (settings, faults, clock offset, rate
    limits, request log) before and after each test."""
    simulator_session.reset()
    yield simulator_session
    simulator_session.reset()
