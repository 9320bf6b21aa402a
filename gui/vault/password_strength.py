"""A quick, offline check that a new vault or backup password is not trivially guessable.

Not a strength meter: it refuses the passwords an attacker tries first (too short, one character
repeated, one character class at short length, keyboard or alphabet runs, the most common
passwords with digits or symbols tacked on) and says exactly why and what to do instead. The
message never repeats the password.
"""

from __future__ import annotations

import string
import unicodedata

from gui.text import QT_TRANSLATE_NOOP
from gui.vault.crypto_errors import UnencodablePassword, WeakPassword, vault_text

MIN_LENGTH = 12
"""Characters (Unicode code points after NFC) every new password needs."""

SINGLE_CLASS_MIN_LENGTH = 16
"""A password of only one character class (e.g. only lowercase) must be at least this long."""

MIN_DISTINCT = 5
"""Fewer different characters than this makes a password a pattern, whatever its length."""

_RUNS = (
    string.ascii_lowercase,
    "1234567890",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "qwertzuiop",
    "azertyuiop",
    "1qaz2wsx3edc4rfv5tgb",
)

COMMON_PASSWORDS = frozenset(
    {
        "password",
        "passwort",
        "motdepasse",
        "contraseña",
        "123456",
        "qwerty",
        "letmein",
        "welcome",
        "iloveyou",
        "admin",
        "administrator",
        "monkey",
        "dragon",
        "master",
        "sunshine",
        "princess",
        "football",
        "baseball",
        "superman",
        "trustno1",
        "changeme",
        "default",
        "secret",
        "passphrase",
        "login",
        "hello",
        "freedom",
        "whatever",
        "shadow",
        "michael",
        "starwars",
        "bitcoin",
        "ethereum",
        "crypto",
        "satoshi",
        "okx",
        "okex",
        "okxkeymanager",
        "keymanager",
        "vault",
        "backup",
        "wallet",
        "trading",
        "binance",
        "moon",
        "lambo",
        "hodl",
    }
)
"""Lower-case words that, padded with digits or symbols, are among the first guesses."""


def _is_run(text: str) -> bool:
    """A stretch of an alphabet, digit or keyboard row, forwards or backwards ('qwerty')."""
    if len(text) < 4:
        return False
    lowered = text.lower()
    for run in _RUNS:
        doubled = run + run
        if lowered in doubled or lowered[::-1] in doubled:
            return True
    return False


def _core_word(password: str) -> str:
    """The password lower-cased, with leading and trailing digits, symbols and spaces removed."""
    padding = string.digits + string.punctuation + string.whitespace
    return password.lower().strip(padding)


def check_password_strength(password: str) -> None:
    """Raises :class:`WeakPassword` with a specific reason and fix when ``password`` is weak."""
    password = unicodedata.normalize("NFC", password)
    try:
        password.encode("utf-8")
    except UnicodeEncodeError:
        raise WeakPassword(UnencodablePassword.default_message) from None
    length = len(password)
    if not password.strip():
        raise WeakPassword(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault",
                    "Enter a password of at least {minimum} characters that is not only spaces.",
                ),
                minimum=MIN_LENGTH,
            )
        )
    if length < MIN_LENGTH:
        raise WeakPassword(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault",
                    "This password has {length} characters; use at least {minimum}. A few "
                    "unrelated words make a long password that is still easy to remember.",
                ),
                length=length,
                minimum=MIN_LENGTH,
            )
        )
    distinct = len(set(password))
    if distinct == 1:
        raise WeakPassword(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault",
                    "This password repeats a single character. Use a mix of words, digits and "
                    "symbols.",
                )
            )
        )
    if distinct < MIN_DISTINCT:
        raise WeakPassword(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault",
                    "This password uses only {distinct} different characters, a pattern that is "
                    "guessed quickly. Use at least {minimum} different characters.",
                ),
                distinct=distinct,
                minimum=MIN_DISTINCT,
            )
        )
    core = _core_word(password)
    if core in COMMON_PASSWORDS or _is_run(core) or (not core and _is_run(password)):
        raise WeakPassword(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault",
                    "This password is a common word or a keyboard or alphabet sequence, padded "
                    "with digits or symbols — among the first guesses an attacker tries. Choose "
                    "something personal to you that others would not guess.",
                )
            )
        )
    if length < SINGLE_CLASS_MIN_LENGTH:
        _refuse_single_class(password)


def _refuse_single_class(password: str) -> None:
    if password.isdigit():
        raise WeakPassword(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault",
                    "This password is only digits. Add letters and symbols, or make it at least "
                    "{minimum} characters long.",
                ),
                minimum=SINGLE_CLASS_MIN_LENGTH,
            )
        )
    if password.isalpha() and (password.islower() or password.isupper()):
        raise WeakPassword(
            vault_text(
                QT_TRANSLATE_NOOP(
                    "vault",
                    "This password is only letters of one case. Add digits, symbols or "
                    "capitals, or make it at least {minimum} characters long.",
                ),
                minimum=SINGLE_CLASS_MIN_LENGTH,
            )
        )
