"""What a scan finds: an OKX key (or part of one) at a place in a file, never shown in clear.

A :class:`Finding` keeps the values it found (``repr`` hides them) with the span each occupies
in the file's text, so :mod:`gui.bots.rewrite` can remove exactly those and nothing else.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from gui.bots.presets import Tool
from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials, mask
from gui.text import QT_TRANSLATE_NOOP, Text

UUID = re.compile(
    r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b"
)
HEX32 = re.compile(r"\b[0-9A-Fa-f]{32}\b")
_PLACEHOLDER = re.compile(
    r"your|xxx|\*\*\*|changeme|change_me|example|placeholder|replace|insert|redacted|<|>|\$\{|\{\{",
    re.IGNORECASE,
)


class Field(StrEnum):
    API_KEY = "api_key"
    SECRET_KEY = "secret_key"  # noqa: S105 - a field name
    PASSPHRASE = "passphrase"  # noqa: S105 - a field name


class Kind(StrEnum):
    """Where the key was found; decides how the file is rewritten."""

    FREQTRADE = "freqtrade-config"
    OKX_TOML = "okx-config-toml"
    PASSIVBOT = "passivbot-api-keys"
    HUMMINGBOT = "hummingbot-connector"
    OCTOBOT = "octobot-config"
    ENV = "env-lines"
    COMPOSE = "compose-environment"
    NAMED = "okx-named-variable"
    NEARBY = "uuid-near-hex"


class Confidence(StrEnum):
    HIGH = "high"  # a known tool's file or variable names
    MEDIUM = "medium"  # a variable named after OKX holding a key-shaped value
    LOW = "low"  # a UUID near a 32-hex value: shown, never acted on without the user


# Kinds that :mod:`gui.bots.rewrite` knows how to remove from their file.
REWRITABLE = frozenset({Kind.FREQTRADE, Kind.OKX_TOML, Kind.PASSIVBOT, Kind.ENV, Kind.COMPOSE})


def is_real(value: str) -> bool:
    """False for empty values, placeholders (``your_api_key``) and references (``${X}``)."""
    text = value.strip()
    if not text or text.startswith("$") or _PLACEHOLDER.search(text):
        return False
    return len(set(text)) > 1


@dataclass(frozen=True)
class Value:
    """One secret found: its field, the name it had, its line, and the span to rewrite."""

    field: Field
    value: str = dataclasses.field(repr=False)
    name: str
    line: int
    start: int
    end: int

    def shown(self) -> str:
        """How the value may be shown: the API key masked, the others by length only."""
        if self.field is Field.API_KEY:
            return mask(self.value)
        return f"{len(self.value)} chars"


@dataclass(frozen=True)
class Finding:
    path: Path
    kind: Kind
    confidence: Confidence
    values: tuple[Value, ...]
    tool: Tool | None = None
    # The profile, user or variable prefix the key had in the file ("" when none).
    name: str = ""
    region: Region | None = None
    environment: Environment | None = None
    # False when the values are encrypted or obfuscated (hummingbot, OctoBot).
    readable: bool = True
    # False when the file cannot be rewritten as it was read: a notebook's cells, UTF-16/32
    # text, or UTF-8 with stray bytes (the scan reads those leniently; migrate would not).
    rewritable: bool = True

    @property
    def line(self) -> int:
        return min(v.line for v in self.values)

    def value(self, which: Field) -> Value | None:
        return next((v for v in self.values if v.field is which), None)

    @property
    def credentials(self) -> Credentials | None:
        """The three secrets, when all were found and are readable."""
        parts = [self.value(f) for f in Field]
        if not self.readable or any(p is None for p in parts):
            return None
        api_key, secret_key, passphrase = (p.value for p in parts if p is not None)
        return Credentials(api_key, secret_key, passphrase)

    @property
    def migratable(self) -> bool:
        """True when ``migrate`` acts on it: a complete, readable key, found with high
        confidence, in a file kind that can be rewritten."""
        return (
            self.confidence is Confidence.HIGH
            and self.kind in REWRITABLE
            and self.kind is not Kind.PASSIVBOT  # passivbot reads the file itself: see below
            and self.rewritable
            and self.credentials is not None
        )

    def where(self) -> str:
        return f"{self.path}:{self.line}"

    def shown_values(self) -> str:
        return ", ".join(f"{v.field.value}={v.shown()}" for v in self.values)

    def why_not_migratable(self) -> Text | None:
        """Why ``migrate`` leaves this finding alone (None when it would act)."""
        if not self.readable:
            return Text(
                QT_TRANSLATE_NOOP(
                    "bots",
                    "The values are encrypted by the bot itself: enter the key again with "
                    "“okx-key-manager add”, then remove it from the bot's configuration.",
                ),
                context="bots",
            )
        if self.credentials is None:
            return Text(
                QT_TRANSLATE_NOOP(
                    "bots",
                    "Only part of a key was found (an API key, secret key and passphrase are "
                    "all needed).",
                ),
                context="bots",
            )
        if self.kind is Kind.PASSIVBOT:
            return Text(
                QT_TRANSLATE_NOOP(
                    "bots",
                    "Left alone: passivbot reads this file itself, from its working folder, during "
                    "the whole run. Save the key with “okx-key-manager add”, remove the file, and "
                    "start passivbot through “okx-key-manager run LABEL --as passivbot”: it then "
                    "gets a 0600 api-keys.json in memory for the run only (docs/bots.md).",
                ),
                context="bots",
            )
        if not self.rewritable:
            return Text(
                QT_TRANSLATE_NOOP(
                    "bots",
                    "The app cannot rewrite this file as it is (a notebook, UTF-16 text, or "
                    "bytes that are not UTF-8): save the key with “okx-key-manager add”, then "
                    "remove it by hand.",
                ),
                context="bots",
            )
        if self.confidence is not Confidence.HIGH or self.kind not in REWRITABLE:
            return Text(
                QT_TRANSLATE_NOOP(
                    "bots",
                    "This may be an OKX key, but not in a file format the app rewrites: "
                    "check it, save it with “okx-key-manager add”, and remove it by hand.",
                ),
                context="bots",
            )
        return None
