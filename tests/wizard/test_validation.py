"""Format checks of the pasted key fields: specific messages, errors vs overridable warnings."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gui.wizard.passphrase import SYMBOLS, generate_passphrase
from gui.wizard.validation import (
    Field,
    Issue,
    Severity,
    can_continue,
    check_api_key,
    check_keys,
    check_label,
    check_passphrase,
    check_secret_key,
    clean,
    passphrase_rule_problems,
)

API = "1a2b3c4d-5e6f-4a1b-9c2d-0123456789ab"
SECRET = "0123456789ABCDEF0123456789ABCDEF"
PASS = "Good-Pass-123"


def messages(issues: list[Issue]) -> str:
    return " | ".join(str(i.message) for i in issues)


def test_good_values_have_no_issues() -> None:
    assert check_keys("Main", API, SECRET, PASS) == []
    assert can_continue([], warnings_accepted=False)


def test_surrounding_whitespace_and_invisible_characters_are_trimmed() -> None:
    assert clean(f"  \u200b{API}\n\t") == API
    assert check_api_key(f" {API} \n") == []
    assert check_secret_key(f"\t{SECRET}\u00a0") == []


def test_missing_fields_are_errors_that_cannot_be_overridden() -> None:
    issues = check_keys(" ", "", "", "")
    assert [i.field for i in issues] == [
        Field.LABEL,
        Field.API_KEY,
        Field.SECRET_KEY,
        Field.PASSPHRASE,
    ]
    assert all(i.severity is Severity.ERROR for i in issues)
    assert not can_continue(issues, warnings_accepted=True)
    assert "only once" in str(issues[2].message)


def test_swapped_key_and_secret_are_named_as_swapped() -> None:
    issues = check_keys("Main", SECRET, API, PASS)
    assert {i.field for i in issues} == {Field.API_KEY, Field.SECRET_KEY}
    assert all("swapped" in str(i.message) for i in issues)
    assert all(i.severity is Severity.WARNING for i in issues)
    assert not can_continue(issues, warnings_accepted=False)
    assert can_continue(issues, warnings_accepted=True)


def test_secret_in_the_api_key_field_alone() -> None:
    assert "looks like a secret key" in messages(check_api_key(SECRET, ""))
    assert "looks like an API key" in messages(check_secret_key(API, ""))


def test_truncated_paste_reports_the_length() -> None:
    assert "cut off: 20 of 36" in messages(check_api_key(API[:20]))
    assert "cut off: 31 of 32" in messages(check_secret_key(SECRET[:31]))


def test_doubled_paste_is_reported() -> None:
    assert "pasted twice" in messages(check_api_key(API + API))
    assert "pasted twice" in messages(check_secret_key(SECRET + SECRET))


def test_inner_spaces_are_reported() -> None:
    assert "spaces" in messages(check_api_key(API[:10] + " " + API[10:]))
    assert "spaces" in messages(check_secret_key(SECRET[:10] + " " + SECRET[10:]))


def test_unrecognisable_values_get_a_generic_warning() -> None:
    assert "does not look like an OKX API key" in messages(check_api_key("hello-world!"))
    assert "does not look like an OKX secret key" in messages(check_secret_key("xyz"))


def test_same_value_in_both_key_fields() -> None:
    assert "same as the API key" in messages(check_secret_key(SECRET, SECRET))


def test_lower_case_secret_is_accepted() -> None:
    assert check_secret_key(SECRET.lower()) == []


def test_passphrase_mistakes_get_specific_messages() -> None:
    assert "e-mail" in messages(check_passphrase("me@example.com"))
    assert "is a key" in messages(check_passphrase(SECRET, API, SECRET))
    assert all(i.severity is Severity.WARNING for i in check_passphrase("me@example.com"))


@pytest.mark.parametrize(
    "simple", ["123456", "alllowercase", "short", "A1!" + "x" * 40, "no digits or symbols"]
)
def test_a_simpler_passphrase_is_never_called_wrong(simple: str) -> None:
    # OKX documents its passphrase rule only for keys made through the API, and its own examples
    # use "123456": a key made on the web with a simpler passphrase may be valid.
    assert check_passphrase(simple) == []


def test_passphrase_keeps_inner_spaces() -> None:
    assert check_passphrase("Correct Horse 9!") == []


def test_label_rules() -> None:
    assert check_label("Main") == []
    assert check_label("x" * 64) == []
    assert check_label("x" * 65)[0].severity is Severity.ERROR


def test_messages_are_translatable_wizard_texts() -> None:
    issues = check_keys("", SECRET, API, "")
    assert all(i.message.context == "wizard" for i in issues)
    assert all(i.message.translated(lambda _c, s: s) == str(i.message) for i in issues)


def test_rule_problems_name_each_missing_class() -> None:
    assert passphrase_rule_problems("abc") == ["length", "digit", "upper", "special"]
    assert passphrase_rule_problems(PASS) == []


@given(st.integers(min_value=8, max_value=32))
def test_generated_passphrases_meet_okx_rule(length: int) -> None:
    value = generate_passphrase(length)
    assert len(value) == length
    assert passphrase_rule_problems(value) == []
    assert check_passphrase(value) == []
    assert any(c in SYMBOLS for c in value)


def test_generated_passphrases_differ() -> None:
    assert len({generate_passphrase() for _ in range(50)}) == 50


def test_generator_refuses_lengths_okx_refuses() -> None:
    import pytest

    for bad in (7, 33):
        with pytest.raises(ValueError, match="length"):
            generate_passphrase(bad)
