"""The connection model: labels, JSON round trips, the keychain item."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.vault.errors import InvalidLabel, SecretCorrupt
from gui.vault.keychain import decode_secret, encode_secret
from gui.vault.model import (
    CheckStatus,
    CheckSummary,
    Connection,
    Facts,
    Malformed,
    clean_label,
    connection_from_json,
    connection_to_json,
    label_key,
    unique_label,
)

short_text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=20)
labels = short_text.map(str.strip).filter(
    lambda s: bool(s) and all(not c.isspace() or c == " " for c in s)
)


def test_labels_are_trimmed_and_compared_without_case() -> None:
    assert clean_label("  Main ") == "Main"
    assert label_key(" MAIN") == label_key("main ")
    assert label_key("Stra\u00dfe") == label_key("STRASSE")  # casefold, not lower
    assert label_key("e\u0301") == label_key("\u00e9")  # NFC


@pytest.mark.parametrize("bad", ["", " ", "\t", "a\x00b", "a\u202eb", "x" * 65])
def test_bad_labels(bad: str) -> None:
    with pytest.raises(InvalidLabel):
        clean_label(bad)


def test_unique_label_counts_up_and_stays_short() -> None:
    taken = {label_key(x) for x in ["Main", "Main (2)"]}
    assert unique_label("main", taken) == "main (3)"
    assert unique_label("Free", taken) == "Free"
    long = "y" * 64
    renamed = unique_label(long, {label_key(long)})
    assert renamed.endswith(" (2)") and len(renamed) == 64


connections = st.builds(
    Connection,
    id=st.text("0123456789abcdef", min_size=32, max_size=32),
    label=st.from_regex(r"[A-Za-z0-9][A-Za-z0-9 ]{0,20}[A-Za-z0-9]", fullmatch=True),
    region=st.sampled_from(Region),
    environment=st.sampled_from(Environment),
    masked_api_key=st.just("••••1234"),
    added_on=st.dates(date(2020, 1, 1), date(2040, 1, 1)),
    facts=st.builds(
        Facts,
        uid=st.text("0123456789", max_size=20),
        sub_account=st.none() | st.booleans(),
        permissions=st.lists(short_text, max_size=3).map(tuple),
        bound_ips=st.lists(short_text, max_size=3).map(tuple),
        notes=short_text,
        key_created_on=st.dates(date(2020, 1, 1), date(2040, 1, 1)),
        last_check=st.none()
        | st.builds(
            CheckSummary,
            at=st.datetimes(datetime(2020, 1, 1), datetime(2040, 1, 1), timezones=st.just(UTC)),
            status=st.sampled_from(CheckStatus),
            message=short_text,
            code=st.none() | st.text("0123456789", min_size=1, max_size=5),
        ),
    ),
)


@pytest.mark.slow
@settings(max_examples=100, deadline=None)
@given(connections)
def test_connection_json_round_trip(connection: Connection) -> None:
    assert connection_from_json(connection_to_json(connection)) == connection


@settings(max_examples=100, deadline=None)
@given(st.text("abcdefABCDEF0123456789-", min_size=1, max_size=40), short_text, short_text)
def test_keychain_item_round_trip(api_key: str, secret: str, passphrase: str) -> None:
    credentials = Credentials(api_key, secret or "s", passphrase or "p")
    assert decode_secret(encode_secret(credentials), "x") == credentials


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_keychain_item_reader_only_raises_secret_corrupt(blob: str) -> None:
    try:
        decode_secret(blob, "Main")
    except SecretCorrupt as exc:
        assert "Main" in str(exc)


def _entry(**changes: object) -> dict[str, object]:
    base = Connection("abc", "Main", Region.GLOBAL, Environment.LIVE, "ab…cd", date(2026, 1, 1))
    document = connection_to_json(base) | changes
    return {k: v for k, v in document.items() if v is not MISSING}


MISSING = object()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"label": MISSING}, "connection: 'label' is missing"),
        ({"label": 7}, "connection: 'label' has the wrong type"),
        ({"uid": "9" * 41}, "connection: 'uid' is too long"),
        ({"region": "mars"}, "connection: 'region' is not a known value"),
        ({"region": ["global"]}, "connection: 'region' has the wrong type"),
        ({"environment": "GLOBAL"}, "connection: 'environment' is not a known value"),
        ({"permissions": ["read_only", 3]}, "must be a short list of short strings"),
        ({"permissions": "read_only"}, "connection: 'permissions' has the wrong type"),
        ({"added_on": "2026-13-01"}, "connection: 'added_on' is not a date"),
    ],
)
def test_a_malformed_entry_is_refused_with_what_is_wrong(
    changes: dict[str, object], message: str
) -> None:
    # The readers' fast paths (the first frame decodes the whole index) say what the slow
    # ones said
    with pytest.raises(Malformed, match=message):
        connection_from_json(_entry(**changes))
    assert connection_from_json(_entry()).region is Region.GLOBAL
