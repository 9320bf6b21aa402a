"""save_checked_key: one rule for what may be saved, under which label, and why not — checked
against real reports from the simulator, into a keychain store over an in-memory keyring."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from gui.connections.cache import BalanceCache
from gui.connections.checking import check_key
from gui.connections.environment import OkxTarget
from gui.connections.saving import (
    NotChecked,
    Verdict,
    key_label,
    refusal,
    save_checked_key,
)
from gui.okx.check import ConnectionReport
from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.okx.simulator import Simulator
from gui.vault.keychain import KeychainStore
from gui.vault.memory import MemoryKeyring
from gui.vault.model import Facts


@pytest.fixture
def store(tmp_path: Path) -> KeychainStore:
    return KeychainStore(tmp_path / "data", MemoryKeyring(), service="saving-test")


def checked(simulator: Simulator, name: str) -> tuple[Credentials, ConnectionReport]:
    key = simulator.key(name)
    target = OkxTarget(simulator.base_urls, timeout=5.0)
    credentials = key.credentials
    return credentials, check_key(credentials, key.region, key.environment, target)


def test_a_working_key_is_saved_under_its_default_label(
    store: KeychainStore, simulator: Simulator, tmp_path: Path
) -> None:
    credentials, report = checked(simulator, "healthy")
    cache = BalanceCache(tmp_path / "cache.json")
    outcome = save_checked_key(
        store, credentials, report.region, report.environment, report, cache=cache
    )
    assert outcome.verdict is Verdict.SAVED and outcome.saved and outcome.stored
    assert outcome.reason is None and outcome.connection is not None
    assert outcome.label == key_label(credentials.api_key)
    saved = store.get(outcome.connection.id)
    assert report.config is not None and saved.facts.uid == report.config.uid
    assert saved.facts.last_check is not None
    assert store.get_credentials(saved.id) == credentials
    assert cache.get(saved.id) is not None  # the check's balances are kept


def test_the_same_key_is_not_saved_twice(store: KeychainStore, simulator: Simulator) -> None:
    credentials, report = checked(simulator, "healthy")
    first = save_checked_key(store, credentials, report.region, report.environment, report)
    again = save_checked_key(
        store, credentials, report.region, report.environment, report, label="Another name"
    )
    assert again.verdict is Verdict.ALREADY_SAVED and again.stored and not again.saved
    assert again.label == first.label and again.connection is None
    assert again.reason is not None and first.label in str(again.reason)
    assert len(store.list()) == 1


def test_a_key_that_can_withdraw_is_never_saved(store: KeychainStore, simulator: Simulator) -> None:
    credentials, report = checked(simulator, "withdraw")
    assert report.ok  # it works: the rule, not the check, refuses it
    outcome = save_checked_key(store, credentials, report.region, report.environment, report)
    assert outcome.verdict is Verdict.CAN_WITHDRAW and not outcome.stored
    assert outcome.reason is not None and "withdraw" in str(outcome.reason)
    assert refusal(report) is not None
    assert store.list() == []


def test_an_unchecked_key_that_can_withdraw_is_refused_too(store: KeychainStore) -> None:
    credentials = Credentials("issued-key-000000000001", "S" * 32, "Pass-1!x")
    facts = Facts(uid="42", permissions=("read_only", "withdraw"))
    outcome = save_checked_key(
        store, credentials, Region.GLOBAL, Environment.LIVE, NotChecked(facts)
    )
    assert outcome.verdict is Verdict.CAN_WITHDRAW
    assert store.list() == []


def test_an_unchecked_key_is_saved_without_a_check_result(store: KeychainStore) -> None:
    credentials = Credentials("issued-key-000000000002", "S" * 32, "Pass-1!x")
    facts = Facts(uid="42", permissions=("read_only", "trade"))
    outcome = save_checked_key(
        store,
        credentials,
        Region.EEA,
        Environment.DEMO,
        NotChecked(facts),
        default_label="sub bot",
    )
    assert outcome.saved and outcome.connection is not None
    saved = store.get(outcome.connection.id)
    assert (saved.label, saved.region, saved.environment) == (
        "sub bot",
        Region.EEA,
        Environment.DEMO,
    )
    assert saved.facts.last_check is None and saved.facts.permissions == ("read_only", "trade")


def test_a_failed_check_is_not_saved_and_says_why(
    store: KeychainStore, simulator: Simulator
) -> None:
    key = simulator.key("healthy")
    wrong = replace(key.credentials, secret_key="0123456789ABCDEF0123456789ABCDEF")
    report = check_key(wrong, key.region, key.environment, OkxTarget(simulator.base_urls))
    outcome = save_checked_key(store, wrong, key.region, key.environment, report)
    assert outcome.verdict is Verdict.CHECK_FAILED and outcome.reason is not None
    assert store.list() == []


def test_a_chosen_label_that_is_taken_is_refused_and_a_default_one_made_unique(
    store: KeychainStore, simulator: Simulator
) -> None:
    credentials, report = checked(simulator, "healthy")
    other, other_report = checked(simulator, "sub-account")
    save_checked_key(store, credentials, report.region, report.environment, report, label="Bot")
    taken = save_checked_key(
        store, other, other_report.region, other_report.environment, other_report, label="bot "
    )
    assert taken.verdict is Verdict.LABEL_TAKEN and taken.reason is not None
    unique = save_checked_key(
        store,
        other,
        other_report.region,
        other_report.environment,
        other_report,
        default_label="Bot",
    )
    assert unique.saved and unique.label == "Bot (2)"


def test_a_cancelled_check_is_refused(store: KeychainStore, simulator: Simulator) -> None:
    credentials, report = checked(simulator, "healthy")
    cancelled = replace(report, cancelled=True)
    outcome = save_checked_key(store, credentials, report.region, report.environment, cancelled)
    assert outcome.verdict is Verdict.CHECK_FAILED
    assert store.list() == []
