"""A strong API-key passphrase. Pure; randomness from ``secrets``.

It meets the strictest rule OKX documents (for keys created through its API): 8–32 characters
with at least one digit, one upper-case letter, one lower-case letter and one special character.
Whether the web form asks the same is not documented. The symbols used here avoid quotes, spaces
and characters easily confused in fonts.
"""

from __future__ import annotations

import secrets
import string

from gui.wizard.validation import PASSPHRASE_MAX, PASSPHRASE_MIN

DEFAULT_LENGTH = 24
SYMBOLS = "!#$%*+-=?@^_"
_UPPER = "".join(c for c in string.ascii_uppercase if c not in "IO")
_LOWER = "".join(c for c in string.ascii_lowercase if c not in "l")
_DIGITS = "23456789"
_CLASSES = (_UPPER, _LOWER, _DIGITS, SYMBOLS)
_ALL = "".join(_CLASSES)


def generate_passphrase(length: int = DEFAULT_LENGTH) -> str:
    """A random passphrase of ``length`` characters containing every required class."""
    if not PASSPHRASE_MIN <= length <= PASSPHRASE_MAX:
        raise ValueError(f"length must be {PASSPHRASE_MIN}–{PASSPHRASE_MAX}")
    chars = [secrets.choice(group) for group in _CLASSES]
    chars += [secrets.choice(_ALL) for _ in range(length - len(chars))]
    # Fisher-Yates with a CSPRNG, so the required characters are not always first.
    for i in range(len(chars) - 1, 0, -1):
        j = secrets.randbelow(i + 1)
        chars[i], chars[j] = chars[j], chars[i]
    return "".join(chars)
