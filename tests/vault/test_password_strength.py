"""New backup and vault passwords: weak ones are refused with a specific reason and a fix."""

from __future__ import annotations

import pytest

from gui.vault.crypto import ContainerError, WeakPassword, check_password_strength


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("", "Enter a password of at least 12 characters"),
        ("            ", "not only spaces"),
        ("Sh0rt!pw", "has 8 characters; use at least 12"),
        ("Añ0!" * 2 + "x", "has 9 characters"),
        ("aaaaaaaaaaaaaaaa", "repeats a single character"),
        ("abababababababab", "only 2 different characters"),
        ("Password1234!", "common word"),
        ("  password2024", "common word"),
        ("!!Bitcoin!!2024", "common word"),
        ("qwertyuiop12", "keyboard or alphabet sequence"),
        ("abcdefghijklmnop", "keyboard or alphabet sequence"),
        ("123456789012", "keyboard or alphabet sequence"),
        ("ponmlkjihgfedcba", "keyboard or alphabet sequence"),
        ("582910473625", "only digits"),
        ("horsebattery", "only letters of one case"),
        ("HORSEBATTERY", "only letters of one case"),
    ],
)
def test_a_weak_password_is_refused_with_its_reason(password: str, reason: str) -> None:
    with pytest.raises(WeakPassword) as caught:
        check_password_strength(password)
    message = str(caught.value.message)
    assert reason in message
    assert caught.value.message.context == "vault"
    assert isinstance(caught.value, ContainerError)


@pytest.mark.parametrize(
    "password",
    [
        "correct horse battery staple",
        "horsebatterystaple",  # one class but 18 characters
        "Tr0ub4dor&3xyz",
        "mango-Otter-41-lamp",
        "ключ от сейфа 2024",
        "秘密の鍵を守る大事な言葉です",
    ],
)
def test_a_reasonable_password_passes(password: str) -> None:
    check_password_strength(password)


def test_every_message_says_what_to_do_and_never_repeats_the_password() -> None:
    for password in ("Sh0rt!pw", "zzzzzzzzzzzzzzzz", "Password1234!", "582910473625"):
        with pytest.raises(WeakPassword) as caught:
            check_password_strength(password)
        message = str(caught.value)
        assert password not in message
        assert password not in repr(caught.value)
        assert any(word in message.lower() for word in ("use", "add", "choose", "enter"))


def test_length_counts_characters_not_bytes() -> None:
    check_password_strength("Ünïcödé wörds")  # 13 characters, more UTF-8 bytes
    with pytest.raises(WeakPassword, match="has 11 characters"):
        check_password_strength("e\u0301" * 3 + "Xy!9-Qr0")  # NFC: 3 + 8 characters
