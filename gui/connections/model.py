"""A saved connection and its facts, as the layers above see them: the door's names for the
storage layer's model, so nothing above :mod:`gui.connections` imports :mod:`gui.vault`
(tests/test_layers.py). Light: the window imports it before its first paint; the store's
protocol is in :mod:`.storage`."""

from __future__ import annotations

from enum import StrEnum

from gui.vault.model import (
    MAX_LABEL,
    CheckStatus,
    CheckSummary,
    Connection,
    Facts,
    clean_label,
    label_key,
    unique_label,
)

__all__ = [
    "MAX_LABEL",
    "CheckStatus",
    "CheckSummary",
    "Connection",
    "Facts",
    "SecretField",
    "clean_label",
    "label_key",
    "unique_label",
]


class SecretField(StrEnum):
    """The three secrets of a key, as the user copies them."""

    API_KEY = "api_key"
    SECRET_KEY = "secret_key"  # noqa: S105 - a field name
    PASSPHRASE = "passphrase"  # noqa: S105 - a field name
