"""Issuing, rotating and revoking sub-account keys through a manager key, against the
simulator over real HTTP, with every failure path of issue 20 but the killed process
(test_issuing_kill.py)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from gui.connections.drift import DriftState, clean_up, drift
from gui.connections.environment import OkxTarget
from gui.connections.issuing import (
    IssueRequest,
    facts_of_new_key,
    generate_passphrase,
    issue_key,
    parse_ips,
    save_issued,
    save_or_report,
)
from gui.connections.leftovers import LeftoverKind, leftovers
from gui.connections.manager_key import IssuingError, Manager, find_manager, mark_manager
from gui.connections.rotation import due, revoke_all_issued, revoke_issued, rotate_issued
from gui.connections.saving import NotSaved, Verdict
from gui.connections.status import Status, attention, diagnose_stored
from gui.okx.client import OkxClient
from gui.okx.errors import ErrorKind, OkxError
from gui.okx.models import Permission as OkxPermission
from gui.okx.signing import Credentials
from gui.okx.simulator import Fault, Simulator
from gui.okx.simulator import Permission as SimPermission
from gui.okx.subaccounts import PATH_SUB_APIKEY, PATH_SUB_DELETE, NewKey, SubAccountKey
from gui.vault.keychain import KeychainStore
from gui.vault.memory import MemoryKeyring
from gui.vault.model import Connection, Facts, Issued, connection_from_json, connection_to_json
from tests.connections.issuing_helpers import add_sim_key, marked_manager, target_of

RULE = re.compile(r"(?=.*\d)(?=.*[a-z])(?=.*[A-Z])(?=.*[^0-9A-Za-z]).{8,32}")


@pytest.fixture
def store(tmp_path: Path) -> KeychainStore:
    return KeychainStore(tmp_path / "data", MemoryKeyring(), service="issuing-test")


@pytest.fixture
def target(simulator: Simulator) -> OkxTarget:
    return target_of(simulator)


@pytest.fixture
def manager(store: KeychainStore, simulator: Simulator, target: OkxTarget) -> Manager:
    return marked_manager(store, simulator, target)


def works(sim: Simulator, store: KeychainStore, connection_id: str) -> bool:
    credentials = store.get_credentials(connection_id)
    with OkxClient(credentials, base_url=sim.base_url, timeout=5.0) as client:
        try:
            client.account_config()
        except OkxError as error:
            assert error.code == "50119"
            return False
    return True


def on_okx(sim: Simulator, sub: str) -> set[str]:
    return {k.credentials.api_key for k in sim.sub_account_keys(sub)}


# --- the manager key -----------------------------------------------------------------------------


def test_the_manager_key_is_confirmed_with_okx(manager: Manager) -> None:
    assert manager.connection.facts.manager
    assert manager.master_uid == "448215730917392384"
    assert manager.connection.facts.bound_ips == ("127.0.0.1",)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("sub-account", "sub-account"),  # not a master account
        ("unbound", "not bound to an IP"),  # OKX needs the binding
        ("read-only", "no Trade"),
    ],
)
def test_keys_that_cannot_be_manager_keys(
    store: KeychainStore,
    simulator: Simulator,
    target: OkxTarget,
    name: str,
    words: str,
) -> None:
    connection_id = add_sim_key(store, simulator, name)
    with pytest.raises(IssuingError) as refused:
        mark_manager(store, connection_id, target)
    assert words in str(refused.value.message)
    assert refused.value.fix is not None
    assert not store.get(connection_id).facts.manager


def test_a_connection_not_marked_is_not_a_manager(
    store: KeychainStore,
    simulator: Simulator,
) -> None:
    add_sim_key(store, simulator, "healthy")
    with pytest.raises(IssuingError, match="not marked"):
        find_manager(store, "healthy")


def test_old_stores_still_load_and_new_facts_round_trip(manager: Manager) -> None:
    document = connection_to_json(manager.connection)
    assert connection_from_json(document) == manager.connection
    old = {k: v for k, v in document.items() if k not in ("manager", "issued", "pending")}
    assert connection_from_json(old).facts == replace(manager.connection.facts, manager=False)


# --- issuing -------------------------------------------------------------------------------------


def test_generated_passphrases_meet_okxs_rule() -> None:
    phrases = {generate_passphrase() for _ in range(200)}
    assert len(phrases) == 200 and all(RULE.fullmatch(p) for p in phrases)


def test_ips_are_checked_before_anything_is_sent() -> None:
    assert parse_ips("127.0.0.1, 203.0.113.7 127.0.0.1") == ("127.0.0.1", "203.0.113.7")
    for bad in ("", "my-server", ",".join(f"198.51.100.{i}" for i in range(21))):
        with pytest.raises(IssuingError):
            parse_ips(bad)


def test_issue_a_key_bound_to_this_computer(
    store: KeychainStore,
    simulator: Simulator,
    target: OkxTarget,
    manager: Manager,
) -> None:
    result = issue_key(store, manager, IssueRequest("botalpha01", ("127.0.0.1",), "grid"), target)
    connection = result.connection
    assert result.checked_here and result.report is not None and result.report.error is None
    assert connection.label == "grid" and diagnose_stored(connection).status is Status.CONNECTED
    issued = connection.facts.issued
    assert issued is not None and issued.sub_account == "botalpha01"
    assert issued.master_uid == manager.master_uid
    assert connection.facts.sub_account and connection.facts.bound_ips == ("127.0.0.1",)
    assert set(connection.facts.permissions) == {"read_only", "trade"}
    credentials = store.get_credentials(connection.id)
    assert RULE.fullmatch(credentials.passphrase)
    (sim_key,) = [
        k for k in simulator.sub_account_keys("botalpha01") if k.label == issued.okx_label
    ]
    assert sim_key.credentials == credentials and SimPermission.WITHDRAW not in sim_key.permissions
    assert not store.get(manager.connection.id).facts.pending  # the record is cleared


def test_issue_a_read_only_key_for_a_server(
    store: KeychainStore,
    simulator: Simulator,
    target: OkxTarget,
    manager: Manager,
) -> None:
    request = IssueRequest("botbeta02", ("203.0.113.9",), read_only=True, rotation_days=30)
    result = issue_key(store, manager, request, target)
    assert not result.checked_here
    diagnosis = diagnose_stored(result.connection)
    assert diagnosis.status is Status.NOT_CHECKED
    assert "To be checked from the server" in str(diagnosis.cause)
    assert result.connection.facts.permissions == ("read_only",)
    old = replace(result.connection, facts=replace(result.connection.facts, key_created_on=None))
    assert attention(old, date.today() + timedelta(days=30), rotation_days=0) is not None
    assert due(store, date.today() + timedelta(days=30)) == [result.connection]
    assert due(store, date.today()) == []


@pytest.mark.parametrize(
    ("sub", "words"), [("managed03", "managed or custody"), ("nosuchbot1", "no sub-account")]
)
def test_only_standard_sub_accounts_get_keys(
    store: KeychainStore, target: OkxTarget, manager: Manager, sub: str, words: str
) -> None:
    with pytest.raises(IssuingError) as refused:
        issue_key(store, manager, IssueRequest(sub, ("127.0.0.1",)), target)
    assert words in str(refused.value.message)
    assert [c.label for c in store.list()] == ["the manager"]


def test_a_sub_account_can_be_created_on_the_way(
    store: KeychainStore,
    simulator: Simulator,
    target: OkxTarget,
    manager: Manager,
) -> None:
    request = IssueRequest("newbot2026", ("127.0.0.1",), create_sub_account=True)
    result = issue_key(store, manager, request, target)
    assert result.checked_here and "newbot2026" in simulator.sub_accounts()


def test_a_manager_key_that_lost_its_ip_binding(
    store: KeychainStore,
    simulator: Simulator,
    target: OkxTarget,
) -> None:
    # marked while bound, then unbound on OKX's web site: OKX refuses with 50035
    connection_id = add_sim_key(store, simulator, "unbound", "was bound")
    store.change_facts(
        {
            connection_id: lambda f: replace(
                f, manager=True, uid="448215730917392384", bound_ips=("127.0.0.1",)
            )
        }
    )
    manager = find_manager(store, "was bound")
    with pytest.raises(IssuingError) as refused:
        issue_key(store, manager, IssueRequest("botalpha01", ("127.0.0.1",)), target)
    assert refused.value.okx is not None and refused.value.okx.code == "50035"
    assert refused.value.cleanup is None
    assert not store.get(connection_id).facts.pending and len(store.list()) == 1


def test_rate_limit_while_issuing(
    store: KeychainStore,
    simulator: Simulator,
    target: OkxTarget,
    manager: Manager,
) -> None:
    simulator.inject(Fault(rate_limit=True), path=PATH_SUB_APIKEY, count=1)
    with pytest.raises(IssuingError) as refused:
        issue_key(store, manager, IssueRequest("botalpha01", ("127.0.0.1",)), target)
    assert refused.value.okx is not None and refused.value.okx.kind is ErrorKind.RATE_LIMIT
    assert len(store.list()) == 1 and not leftovers(store)


def test_no_answer_while_creating_leaves_a_reported_record(
    store: KeychainStore,
    simulator: Simulator,
    target: OkxTarget,
    manager: Manager,
) -> None:
    simulator.inject(Fault(drop=True), path=PATH_SUB_APIKEY, count=1)
    with pytest.raises(IssuingError) as refused:
        issue_key(store, manager, IssueRequest("botalpha01", ("127.0.0.1",)), target)
    assert refused.value.cleanup is not None and "--clean-up" in str(refused.value.cleanup)
    (leftover,) = leftovers(store)
    assert leftover.kind is LeftoverKind.UNSAVED and leftover.sub_account == "botalpha01"
    assert clean_up(store, manager, target) == [leftover]
    assert leftovers(store) == []


# --- rotating ------------------------------------------------------------------------------------


def issued_bot(
    store: KeychainStore, manager: Manager, target: OkxTarget, ip: str = "127.0.0.1"
) -> Connection:
    request = IssueRequest("botalpha01", (ip,), "grid bot")
    return issue_key(store, manager, request, target).connection


def test_rotate_swaps_the_key_and_deletes_the_old_one(
    store: KeychainStore,
    simulator: Simulator,
    target: OkxTarget,
    manager: Manager,
) -> None:
    old = issued_bot(store, manager, target)
    old_key = store.get_credentials(old.id).api_key
    result = rotate_issued(store, old.id, target)
    new = result.connection
    assert new.label == "grid bot" and new.id != old.id and result.old_deleted
    assert store.get_credentials(new.id).api_key != old_key
    assert works(simulator, store, new.id)
    assert old_key not in on_okx(simulator, "botalpha01")
    assert new.facts.issued is not None and new.facts.issued.retired == ()
    assert new.facts.bound_ips == old.facts.bound_ips
    assert new.facts.permissions == old.facts.permissions
    assert [c.label for c in store.list()] == ["grid bot", "the manager"]
    assert leftovers(store) == []


def test_rotate_a_key_bound_to_a_server(
    store: KeychainStore,
    simulator: Simulator,
    target: OkxTarget,
    manager: Manager,
) -> None:
    old = issued_bot(store, manager, target, ip="203.0.113.9")
    result = rotate_issued(store, old.id, target)
    assert not result.checked_here and result.connection.facts.bound_ips == ("203.0.113.9",)
    assert len(simulator.sub_account_keys("botalpha01")) == 2  # the web one and the new one


def test_okx_fails_while_creating_the_successor(
    store: KeychainStore,
    simulator: Simulator,
    target: OkxTarget,
    manager: Manager,
) -> None:
    old = issued_bot(store, manager, target)
    before = on_okx(simulator, "botalpha01")
    simulator.inject(Fault(status=500), path=PATH_SUB_APIKEY, count=1)
    with pytest.raises(IssuingError):
        rotate_issued(store, old.id, target)
    assert store.get(old.id) == old and works(simulator, store, old.id)
    assert on_okx(simulator, "botalpha01") == before


def test_the_successor_fails_verification(
    store: KeychainStore,
    simulator: Simulator,
    target: OkxTarget,
    manager: Manager,
) -> None:
    old = issued_bot(store, manager, target)
    before = on_okx(simulator, "botalpha01")
    simulator.inject(Fault(status=503), path="/api/v5/account/config")
    with pytest.raises(IssuingError) as refused:
        rotate_issued(store, old.id, target)
    simulator.clear_faults()
    assert "old key is still saved" in str(refused.value.cleanup)
    assert store.get(old.id) == old and works(simulator, store, old.id)
    assert on_okx(simulator, "botalpha01") == before  # the successor was deleted
    assert leftovers(store) == []


def test_okx_fails_halfway_deleting_the_old_key(
    store: KeychainStore,
    simulator: Simulator,
    target: OkxTarget,
    manager: Manager,
) -> None:
    old = issued_bot(store, manager, target)
    old_key = store.get_credentials(old.id).api_key
    simulator.inject(Fault(status=500), path=PATH_SUB_DELETE, count=1)
    with pytest.raises(IssuingError) as refused:
        rotate_issued(store, old.id, target)
    assert "saved and works" in str(refused.value.message)
    assert "--clean-up" in str(refused.value.cleanup)
    (new,) = [c for c in store.list() if c.label == "grid bot"]
    assert new.id != old.id and works(simulator, store, new.id)
    assert old_key in on_okx(simulator, "botalpha01")  # still there: reported
    (leftover,) = leftovers(store)
    assert leftover.kind is LeftoverKind.NOT_DELETED
    rows = {r.okx_label: r.state for r in drift(store, manager, target)}
    assert rows[leftover.okx_label] is DriftState.LEFTOVER
    clean_up(store, manager, target)
    assert old_key not in on_okx(simulator, "botalpha01") and leftovers(store) == []


def test_rotating_needs_the_manager_key(
    store: KeychainStore, target: OkxTarget, manager: Manager
) -> None:
    old = issued_bot(store, manager, target)
    store.delete(manager.connection.id)
    with pytest.raises(IssuingError, match="No manager key"):
        rotate_issued(store, old.id, target)


# --- revoking and drift --------------------------------------------------------------------------


def test_revoke_deletes_on_okx_then_here(
    store: KeychainStore,
    simulator: Simulator,
    target: OkxTarget,
    manager: Manager,
) -> None:
    bot = issued_bot(store, manager, target)
    key = store.get_credentials(bot.id).api_key
    result = revoke_issued(store, bot.id, target)
    assert result.note is None and key not in on_okx(simulator, "botalpha01")
    assert [c.label for c in store.list()] == ["the manager"]


def test_revoke_a_key_okx_no_longer_knows(
    store: KeychainStore,
    simulator: Simulator,
    target: OkxTarget,
    manager: Manager,
) -> None:
    bot = issued_bot(store, manager, target)
    with OkxClient(manager.credentials, base_url=simulator.base_url, timeout=5) as client:
        from gui.okx.subaccounts import SubAccountApi

        SubAccountApi(client).delete_key("botalpha01", store.get_credentials(bot.id).api_key)
    result = revoke_issued(store, bot.id, target)
    assert result.note is not None and "no longer knew" in str(result.note)
    assert [c.label for c in store.list()] == ["the manager"]


def test_revoke_all_issued(
    store: KeychainStore,
    simulator: Simulator,
    target: OkxTarget,
    manager: Manager,
) -> None:
    issue_key(store, manager, IssueRequest("botalpha01", ("127.0.0.1",), "a"), target)
    issue_key(store, manager, IssueRequest("botbeta02", ("203.0.113.9",), "b"), target)
    add_sim_key(store, simulator, "healthy")  # not issued: stays
    assert sorted(r.label for r in revoke_all_issued(store, manager, target)) == ["a", "b"]
    assert sorted(c.label for c in store.list()) == ["healthy", "the manager"]
    assert [k.name for k in simulator.sub_account_keys("botalpha01")] == ["bot-a-web"]
    assert simulator.sub_account_keys("botbeta02") == []


def test_drift_sets_okxs_keys_beside_the_apps(
    store: KeychainStore,
    simulator: Simulator,
    target: OkxTarget,
    manager: Manager,
) -> None:
    same = issue_key(store, manager, IssueRequest("botalpha01", ("127.0.0.1",), "a"), target)
    edited = issue_key(store, manager, IssueRequest("botbeta02", ("127.0.0.1",), "b"), target)
    gone = issue_key(store, manager, IssueRequest("botbeta02", ("203.0.113.9",), "c"), target)
    edited_key = store.get_credentials(edited.connection.id).api_key
    simulator.edit_sub_key(edited_key, ips=("198.51.100.7",))
    gone_key = store.get_credentials(gone.connection.id).api_key
    with OkxClient(manager.credentials, base_url=simulator.base_url, timeout=5) as client:
        from gui.okx.subaccounts import SubAccountApi

        SubAccountApi(client).delete_key("botbeta02", gone_key)
    rows = drift(store, manager, target)
    by_label = {r.connection_label or r.okx_label: r for r in rows}
    assert by_label["a"].state is DriftState.ISSUED
    assert by_label["b"].state is DriftState.CHANGED and "198.51.100.7" in by_label["b"].detail
    assert by_label["c"].state is DriftState.MISSING
    assert by_label["made on the web"].state is DriftState.UNKNOWN
    assert all(r.sub_account != "managed03" for r in rows)
    text = repr(rows)
    for connection_id in (same.connection.id, edited.connection.id):
        credentials = store.get_credentials(connection_id)
        assert credentials.api_key not in text and credentials.secret_key not in text


def test_a_taken_name_is_refused_before_anything_is_created(
    store: KeychainStore,
    simulator: Simulator,
    target: OkxTarget,
    manager: Manager,
) -> None:
    before = on_okx(simulator, "botalpha01")
    with pytest.raises(IssuingError, match="already called"):
        issue_key(store, manager, IssueRequest("botalpha01", ("127.0.0.1",), "THE MANAGER"), target)
    assert on_okx(simulator, "botalpha01") == before and leftovers(store) == []


# --- saving an issued key: the one rule (gui.connections.saving) ---------------------------------


def answer_of_okx(permissions: frozenset[OkxPermission]) -> NewKey:
    """A key as OKX's create answer gives it (made up here: the simulator never grants
    Withdraw, which is exactly what the rule must not trust)."""
    api_key = "0f1e2d3c-issued-key-4b5a"
    key = SubAccountKey("botalpha01", "okm0123456789", api_key, permissions, ("127.0.0.1",), 0)
    return NewKey(key, Credentials(api_key, "SECRET-ISSUED", "Pass-phrase-1"))


def facts_of(new: NewKey, manager: Manager) -> Facts:
    issued = Issued("botalpha01", new.key.label, manager.master_uid, 0)
    return facts_of_new_key(new, issued, "4401")


def test_an_issued_key_is_saved_through_the_one_rule(
    store: KeychainStore, manager: Manager
) -> None:
    new = answer_of_okx(frozenset({OkxPermission.READ, OkxPermission.TRADE}))
    connection = save_issued(store, "grid", manager, new, facts_of(new, manager))
    assert connection.label == "grid" and store.get_credentials(connection.id) == new.credentials
    assert connection.facts.issued is not None and connection.facts.last_check is None
    assert connection.region == manager.connection.region


def test_an_issued_key_that_can_withdraw_is_never_saved(
    store: KeychainStore, manager: Manager
) -> None:
    before = store.list()
    new = answer_of_okx(frozenset({OkxPermission.READ, OkxPermission.WITHDRAW}))
    with pytest.raises(NotSaved) as refused:
        save_issued(store, "grid", manager, new, facts_of(new, manager))
    assert refused.value.outcome.verdict is Verdict.CAN_WITHDRAW
    assert store.list() == before
    with pytest.raises(IssuingError, match="withdraw funds") as reported:
        save_or_report(store, "grid", manager, new, facts_of(new, manager))
    assert "--clean-up" in str(reported.value.cleanup)  # the key on OKX is a leftover to delete
    assert store.list() == before


def test_an_issued_key_whose_name_was_taken_meanwhile_is_refused(
    store: KeychainStore, manager: Manager
) -> None:
    before = store.list()
    new = answer_of_okx(frozenset({OkxPermission.READ, OkxPermission.TRADE}))
    with pytest.raises(NotSaved) as refused:
        save_issued(store, "THE MANAGER", manager, new, facts_of(new, manager))
    assert refused.value.outcome.verdict is Verdict.LABEL_TAKEN
    assert store.list() == before
