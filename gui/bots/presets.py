"""Which environment variables each trading tool reads, for a key of a region and environment.

Only the chosen tool's names are ever set (every grandchild inherits them): never a union of
all. Facts per tool are in ``shared/bots/FACTS.md`` and docs/bots.md; tools that read no
environment (python-okx, ccxt) get the names their own documentation or test harness uses, for the
user's script to read.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.text import QT_TRANSLATE_NOOP, Text

CONTEXT = "bots"


class Tool(StrEnum):
    FREQTRADE = "freqtrade"
    OKX = "okx"  # OKX's Agent Trade Kit: the ``okx`` CLI and ``okx-trade-mcp``
    PYTHON_OKX = "python-okx"
    CCXT = "ccxt"
    PASSIVBOT = "passivbot"


class ToolRefused(Exception):  # noqa: N818 - reads as the condition
    """The key cannot be used by this tool (a demo key for freqtrade...)."""

    def __init__(self, message: Text) -> None:
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True)
class Preset:
    tool: Tool
    name: str  # as the user knows the tool (not translated: product names)
    # A typical command, shown in "Use with…" and the docs (the user edits it).
    example_command: tuple[str, ...]


PRESETS: dict[Tool, Preset] = {
    Tool.FREQTRADE: Preset(
        Tool.FREQTRADE, "freqtrade", ("freqtrade", "trade", "--config", "user_data/config.json")
    ),
    Tool.OKX: Preset(
        Tool.OKX, "OKX Agent Trade Kit (okx, okx-trade-mcp)", ("okx", "account", "balance")
    ),
    Tool.PYTHON_OKX: Preset(Tool.PYTHON_OKX, "python-okx", ("python3", "my_bot.py")),
    Tool.CCXT: Preset(Tool.CCXT, "ccxt", ("python3", "my_bot.py")),
    Tool.PASSIVBOT: Preset(
        Tool.PASSIVBOT, "passivbot", ("docker", "compose", "up", "--force-recreate")
    ),
}

# freqtrade's exchange names, OKX's kit's site names, ccxt's exchange ids and python-okx's
# domains, per region.
FREQTRADE_EXCHANGE = {Region.GLOBAL: "okx", Region.EEA: "myokx", Region.US: "okxus"}
OKX_SITE = {Region.GLOBAL: "global", Region.EEA: "eea", Region.US: "us"}
CCXT_PREFIX = {Region.GLOBAL: "OKX", Region.EEA: "MYOKX", Region.US: "OKXUS"}
PYTHON_OKX_DOMAIN = {
    Region.GLOBAL: "https://www.okx.com",
    Region.EEA: "https://eea.okx.com",
    Region.US: "https://us.okx.com",
}


def _refuse(source: str, **args: object) -> ToolRefused:
    return ToolRefused(Text(source, args, CONTEXT))


def _freqtrade_converts(value: str) -> bool:
    """True when freqtrade would turn this value into a number (it types every FREQTRADE__
    value except a PASSWORD: a secret key of digits and one "e" becomes a float)."""
    for convert in (int, float):
        try:
            convert(value)
        except ValueError:
            continue
        return True
    return value.lower() in ("t", "true", "f", "false")


def check_usable(tool: Tool, region: Region, environment: Environment) -> None:
    """Raises :class:`ToolRefused` when ``tool`` cannot use a key of this region and
    environment; the message says why and what to do."""
    demo = environment is Environment.DEMO
    if tool is Tool.FREQTRADE and demo:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "bots",
                "freqtrade cannot use an OKX demo-trading key (OKX answers “APIKey does not "
                "match current environment”). Use freqtrade's dry-run mode with a live key, "
                "ideally read-only.",
            )
        )
    if tool is Tool.PASSIVBOT and region is not Region.GLOBAL:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "bots",
                "passivbot connects to OKX Global (www.okx.com) only; this key belongs to another "
                "OKX region and would be refused there.",
            )
        )
    if tool is Tool.PASSIVBOT and demo:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "bots",
                "passivbot has no OKX demo-trading mode: it would send this demo key to live "
                "trading, where OKX refuses it. Use a live key.",
            )
        )


def variables(
    tool: Tool, region: Region, environment: Environment, credentials: Credentials
) -> dict[str, str]:
    """The names and values to add to the child's environment for ``tool``.

    Raises :class:`ToolRefused` (see :func:`check_usable`)."""
    check_usable(tool, region, environment)
    demo = environment is Environment.DEMO
    key, secret, passphrase = credentials.api_key, credentials.secret_key, credentials.passphrase
    if tool is Tool.FREQTRADE:
        if _freqtrade_converts(secret):
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "bots",
                    "freqtrade would read this secret key as a number and send a wrong "
                    "signature. Put it in freqtrade's configuration file instead, or create a "
                    "new key.",
                )
            )
        return {
            "FREQTRADE__EXCHANGE__NAME": FREQTRADE_EXCHANGE[region],
            "FREQTRADE__EXCHANGE__KEY": key,
            "FREQTRADE__EXCHANGE__SECRET": secret,
            "FREQTRADE__EXCHANGE__PASSWORD": passphrase,
        }
    if tool is Tool.OKX:
        return {
            "OKX_API_KEY": key,
            "OKX_SECRET_KEY": secret,
            "OKX_PASSPHRASE": passphrase,
            "OKX_SITE": OKX_SITE[region],
            "OKX_DEMO": "1" if demo else "0",
        }
    if tool is Tool.PYTHON_OKX:
        return {
            "OKX_API_KEY": key,
            "OKX_API_SECRET": secret,
            "OKX_PASSPHRASE": passphrase,
            "OKX_FLAG": "1" if demo else "0",  # python-okx's default flag is "1" (demo)
            "OKX_DOMAIN": PYTHON_OKX_DOMAIN[region],
        }
    if tool is Tool.CCXT:
        prefix = CCXT_PREFIX[region]
        return {
            f"{prefix}_APIKEY": key,
            f"{prefix}_SECRET": secret,
            f"{prefix}_PASSWORD": passphrase,
            f"{prefix}_SANDBOX": "1" if demo else "0",
        }
    return {
        "PB_EXCHANGE": "okx",
        "PB_API_KEY": key,
        "PB_API_SECRET": secret,
        "PB_API_PASSPHRASE": passphrase,
    }


def variable_names(tool: Tool, region: Region) -> tuple[str, ...]:
    """The names :func:`variables` sets for ``tool`` (no key needed; for the docs and views)."""
    usable = Region.GLOBAL if tool is Tool.PASSIVBOT else region
    return tuple(variables(tool, usable, Environment.LIVE, Credentials("key", "secret", "pass")))


def secret_values(credentials: Credentials) -> tuple[str, ...]:
    """The values to hide from output: all three (the API key too, as the app masks it)."""
    return (credentials.api_key, credentials.secret_key, credentials.passphrase)
