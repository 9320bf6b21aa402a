"""The contract every ConnectionStore must pass (modelled on keyring/testing/backend.py).

A test module subclasses :class:`StoreContract` and provides the fixture ``opener``: a callable
returning a NEW store object over the same storage (so persistence is tested by reopening).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.vault.errors import InvalidLabel, LabelTaken, NotFound
from gui.vault.model import CheckStatus, CheckSummary, Facts
from gui.vault.store import ConnectionStore, StoreKind

Opener = Callable[[], ConnectionStore]

KEY_A = Credentials(
    "1f0e5a4e-0c6b-4c1e-9f4e-5b7d2c1a0aaa", "D9F1C5E6A7B8C9D0E1F2A3B4C5D6E7F8", "Pass-phrase-A1"
)
KEY_B = Credentials(
    "2b7c6d5e-1a2b-4c3d-8e9f-0a1b2c3d4bbb", "0123456789ABCDEF0123456789ABCDEF", "Pass-phrase-B2"
)
KEY_C = Credentials(
    "3c8d7e6f-2b3c-4d4e-9f0a-1b2c3d4e5ccc", "FEDCBA9876543210FEDCBA9876543210", "pässphräse-C3€"
)
FACTS = Facts(
    uid="44123456789",
    sub_account=False,
    permissions=("read_only", "trade"),
    bound_ips=("203.0.113.7",),
    notes="main account, bot 1",
    key_created_on=date(2026, 1, 2),
    last_check=CheckSummary(
        datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC), CheckStatus.PROBLEM, "IP not allowed", "50110"
    ),
)


class StoreContract:
    """Behaviour shared by the keychain store and the vault-file store."""

    @pytest.fixture
    def store(self, opener: Opener) -> ConnectionStore:
        return opener()

    def test_new_store_is_empty_and_whole(self, store: ConnectionStore) -> None:
        assert store.list() == []
        assert store.problems() == []
        assert store.locked is False

    def test_add_then_read_back_after_reopening(
        self, store: ConnectionStore, opener: Opener
    ) -> None:
        added = store.add("  Main  ", Region.EEA, Environment.LIVE, KEY_A, FACTS)
        assert added.label == "Main"
        assert added.masked_api_key.endswith("0aaa")
        assert added.facts == FACTS
        again = opener()
        assert again.list() == [added]
        assert again.get(added.id) == added
        assert again.get_credentials(added.id) == KEY_A
        assert again.problems() == []

    def test_list_and_repr_hold_no_secret(self, store: ConnectionStore) -> None:
        store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
        shown = repr(store.list()) + repr(store) + str(store.list())
        for secret in (KEY_A.secret_key, KEY_A.passphrase, KEY_A.api_key):
            assert secret not in shown

    def test_key_created_defaults_to_date_added(self, store: ConnectionStore) -> None:
        added = store.add("Main", Region.GLOBAL, Environment.DEMO, KEY_A)
        assert added.facts.key_created_on == added.added_on == added.key_created_on
        old = store.add("Old", Region.US, Environment.LIVE, KEY_B, added_on=date(2025, 5, 6))
        assert old.added_on == old.key_created_on == date(2025, 5, 6)

    def test_ids_are_random_not_labels(self, store: ConnectionStore) -> None:
        a = store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
        b = store.add("Other", Region.GLOBAL, Environment.LIVE, KEY_B)
        assert a.id != b.id
        assert "Main" not in a.id
        assert len(a.id) >= 16

    @pytest.mark.parametrize("clash", ["Main", "main", "  MAIN ", "Main\u0020"])
    def test_labels_are_unique_ignoring_case_and_spaces(
        self, store: ConnectionStore, clash: str
    ) -> None:
        store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
        with pytest.raises(LabelTaken) as caught:
            store.add(clash, Region.EEA, Environment.DEMO, KEY_B)
        assert "already exists" in str(caught.value)
        assert len(store.list()) == 1

    @pytest.mark.parametrize("bad", ["", "   ", "a\nb", "x" * 65])
    def test_invalid_labels_are_refused(self, store: ConnectionStore, bad: str) -> None:
        with pytest.raises(InvalidLabel):
            store.add(bad, Region.GLOBAL, Environment.LIVE, KEY_A)
        assert store.list() == []

    def test_list_is_sorted_by_label(self, store: ConnectionStore) -> None:
        for label, key in (("beta", KEY_A), ("Alpha", KEY_B), ("gamma", KEY_C)):
            store.add(label, Region.GLOBAL, Environment.LIVE, key)
        assert [c.label for c in store.list()] == ["Alpha", "beta", "gamma"]

    def test_update_facts_persists_and_keeps_the_secret(
        self, store: ConnectionStore, opener: Opener
    ) -> None:
        added = store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
        updated = store.update_facts(added.id, FACTS)
        assert updated.facts == FACTS
        assert updated.id == added.id
        again = opener()
        assert again.get(added.id).facts == FACTS
        assert again.get_credentials(added.id) == KEY_A
        kept = again.update_facts(added.id, replace(FACTS, key_created_on=None, notes="n"))
        assert kept.key_created_on == FACTS.key_created_on
        assert kept.facts.notes == "n"

    def test_change_facts_is_one_read_modify_write_of_many(
        self, store: ConnectionStore, opener: Opener
    ) -> None:
        a = store.add("A", Region.GLOBAL, Environment.LIVE, KEY_A, replace(FACTS, notes="a"))
        b = store.add("B", Region.GLOBAL, Environment.LIVE, KEY_B)
        c = store.add("C", Region.GLOBAL, Environment.LIVE, KEY_C, FACTS)
        seen: list[str] = []

        def add_uid(facts: Facts) -> Facts:
            seen.append(facts.notes)
            return replace(facts, uid="777", key_created_on=None)

        updated = store.change_facts({a.id: add_uid, b.id: add_uid, "deleted-meanwhile": add_uid})
        assert sorted(seen) == ["", "a"]  # each change saw the stored facts
        assert {u.id for u in updated} == {a.id, b.id}
        again = opener()
        assert again.get(a.id).facts == replace(FACTS, notes="a", uid="777")  # date kept
        assert again.get(b.id).facts.uid == "777"
        assert again.get(c.id).facts == FACTS  # untouched
        assert again.get_credentials(b.id) == KEY_B
        assert store.change_facts({}) == []

    def test_kind_and_lockable_agree(self, store: ConnectionStore) -> None:
        lockable = store.as_lockable()
        assert (lockable is not None) == (store.kind is StoreKind.VAULT_FILE)
        assert lockable is None or lockable is store

    def test_rename(self, store: ConnectionStore, opener: Opener) -> None:
        a = store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
        store.add("Other", Region.GLOBAL, Environment.LIVE, KEY_B)
        assert store.rename(a.id, "MAIN").label == "MAIN"  # its own label, other case
        with pytest.raises(LabelTaken):
            store.rename(a.id, " other")
        renamed = store.rename(a.id, "Savings")
        assert renamed.id == a.id
        assert opener().get(a.id).label == "Savings"
        assert opener().get_credentials(a.id) == KEY_A

    def test_rotate_saves_new_key_under_new_id(
        self, store: ConnectionStore, opener: Opener
    ) -> None:
        old = store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A, FACTS)
        new = store.rotate(old.id, KEY_B, Facts(notes="rotated"))
        assert new.id != old.id
        assert new.label == old.label
        assert new.added_on == old.added_on
        assert new.masked_api_key.endswith("4bbb")
        assert new.facts.notes == "rotated"
        again = opener()
        assert [c.id for c in again.list()] == [new.id]
        assert again.get_credentials(new.id) == KEY_B
        with pytest.raises(NotFound):
            again.get_credentials(old.id)
        assert again.problems() == []

    def test_rotate_may_change_region_and_environment(self, store: ConnectionStore) -> None:
        old = store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
        new = store.rotate(old.id, KEY_B, Facts(), region=Region.EEA, environment=Environment.DEMO)
        assert (new.region, new.environment) == (Region.EEA, Environment.DEMO)

    def test_delete_leaves_nothing(self, store: ConnectionStore, opener: Opener) -> None:
        a = store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
        b = store.add("Keep", Region.GLOBAL, Environment.LIVE, KEY_B)
        store.delete(a.id)
        again = opener()
        assert again.list() == [b]
        assert again.problems() == []
        with pytest.raises(NotFound):
            again.get_credentials(a.id)
        assert again.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A).label == "Main"

    @pytest.mark.parametrize(
        "action",
        [
            lambda s: s.get("nope"),
            lambda s: s.get_credentials("nope"),
            lambda s: s.update_facts("nope", Facts()),
            lambda s: s.rename("nope", "x"),
            lambda s: s.rotate("nope", KEY_B, Facts()),
            lambda s: s.delete("nope"),
        ],
    )
    def test_unknown_id_is_not_found(
        self, store: ConnectionStore, action: Callable[[ConnectionStore], object]
    ) -> None:
        store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_A)
        with pytest.raises(NotFound):
            action(store)

    def test_many_connections(self, store: ConnectionStore, opener: Opener) -> None:
        keys = {
            f"bot {n}": Credentials(f"api-{n:04d}", f"secret-{n}", f"pass-{n}") for n in range(25)
        }
        for label, key in keys.items():
            store.add(label, Region.GLOBAL, Environment.DEMO, key)
        again = opener()
        assert {c.label: again.get_credentials(c.id) for c in again.list()} == keys

    def test_many_credentials_in_one_batch_are_the_single_reads(
        self, store: ConnectionStore, opener: Opener
    ) -> None:
        keys = {
            f"bot {n}": Credentials(f"api-{n:04d}", f"secret-{n}", f"pass-{n}") for n in range(12)
        }
        keys["Main"] = KEY_C  # not ASCII
        for label, key in keys.items():
            store.add(label, Region.GLOBAL, Environment.DEMO, key)
        again = opener()
        connections = again.list()
        ids = [c.id for c in connections]
        gone = connections[0]
        again.delete(gone.id)
        batch = again.get_many_credentials([*ids, "no-such-id", ids[1]])
        assert gone.id not in batch and "no-such-id" not in batch  # left to single reads
        assert batch == {c.id: again.get_credentials(c.id) for c in connections[1:]}
        assert {c.label: batch[c.id] for c in connections[1:]} == {
            label: key for label, key in keys.items() if label != gone.label
        }
        assert again.get_many_credentials([]) == {}
