"""OKX keys in environment-style lines: ``.env`` files, shell profiles and compose files.

Known names only (``OKX_API_KEY``, ``OKX_SECRET_KEY``, ``OKX_API_SECRET``, ``OKX_PASSPHRASE``,
``OKEX_*``, ccxt's ``OKX_APIKEY``/``MYOKX_*``/``OKXUS_*``, ``FREQTRADE__EXCHANGE__*`` and
``PB_API_*``); the last two count only when the same file names the exchange as OKX. Names of one
family (``OKX_``, ``FREQTRADE__EXCHANGE__``...) are grouped into one key; a name seen twice
starts the next key.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from gui.bots.findings import Confidence, Field, Finding, Kind, Value, is_real
from gui.bots.lenient_json import line_of
from gui.bots.presets import Tool
from gui.okx.regions import Environment, Region

_OKX_NAME = re.compile(
    r"(?P<family>OKX|OKEX|MYOKX|OKXUS)_(?P<rest>API_KEY|APIKEY|KEY|ACCESS_KEY|SECRET_KEY|"
    r"SECRETKEY|SECRET|API_SECRET|API_SECRET_KEY|PASSPHRASE|PASSWORD|API_PASSPHRASE)"
)
_FIELDS = {
    "API_KEY": Field.API_KEY,
    "APIKEY": Field.API_KEY,
    "KEY": Field.API_KEY,
    "ACCESS_KEY": Field.API_KEY,
    "SECRET_KEY": Field.SECRET_KEY,
    "SECRETKEY": Field.SECRET_KEY,
    "SECRET": Field.SECRET_KEY,
    "API_SECRET": Field.SECRET_KEY,
    "API_SECRET_KEY": Field.SECRET_KEY,
    "PASSPHRASE": Field.PASSPHRASE,
    "PASSWORD": Field.PASSPHRASE,
    "API_PASSPHRASE": Field.PASSPHRASE,
}
_OTHER_NAMES = {
    "FREQTRADE__EXCHANGE__KEY": ("FREQTRADE", Field.API_KEY),
    "FREQTRADE__EXCHANGE__SECRET": ("FREQTRADE", Field.SECRET_KEY),
    "FREQTRADE__EXCHANGE__PASSWORD": ("FREQTRADE", Field.PASSPHRASE),
    "PB_API_KEY": ("PB", Field.API_KEY),
    "PB_API_SECRET": ("PB", Field.SECRET_KEY),
    "PB_API_PASSPHRASE": ("PB", Field.PASSPHRASE),
}
_FREQTRADE_OKX = re.compile(r"FREQTRADE__EXCHANGE__NAME\W{1,4}[\"']?(okx|myokx|okxus)\b", re.I)
_PASSIVBOT_OKX = re.compile(r"PB_EXCHANGE\W{1,4}[\"']?okx\b", re.I)
_VALUE = r"(?P<value>\"(?:[^\"\\\n]|\\.)*\"|'[^'\n]*'|[^\s\"']*)"
ENV_LINE = re.compile(
    r"^[ \t]*(?:export[ \t]+)?(?P<name>[A-Za-z_][A-Za-z0-9_]*)[ \t]*=[ \t]*" + _VALUE, re.M
)
# In YAML a comment starts with " #"; "a#b" is a value.
COMPOSE_ITEM = re.compile(
    r"^[ \t]*-[ \t]+(?P<q>[\"']?)(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?P<eq>=)(?P<value>[^\n]*?)(?P=q)"
    r"(?:[ \t]+#[^\n]*)?[ \t]*$",
    re.M,
)
COMPOSE_MAP = re.compile(
    r"^[ \t]+(?P<name>[A-Za-z_][A-Za-z0-9_]*):(?P<eq>)[ \t]*(?P<value>\"[^\"\n]*\"|'[^'\n]*'|"
    r"[^\s#\"'][^\n]*?)(?:[ \t]+#[^\n]*)?[ \t]*$",
    re.M,
)
ENV_FILE_NAMES = frozenset(
    {
        ".envrc",
        ".bashrc",
        ".zshrc",
        ".profile",
        ".bash_profile",
        ".zprofile",
        ".zshenv",
        "environment",
    }
)


def is_env_file(path: Path) -> bool:
    name = path.name
    return (
        name in ENV_FILE_NAMES
        or name.startswith(".env")
        or name.endswith(".env")
        or path.suffix in (".sh", ".bash", ".zsh")
    )


def is_compose_file(path: Path, text: str) -> bool:
    if path.suffix not in (".yml", ".yaml"):
        return False
    return "compose" in path.name or re.search(r"^services:\s*$", text, re.M) is not None


def classify(name: str, text: str) -> tuple[str, Field] | None:
    """The family and field of a known variable name, or None."""
    upper = name.upper()
    match = _OKX_NAME.fullmatch(upper)
    if match is not None:
        return match["family"], _FIELDS[match["rest"]]
    other = _OTHER_NAMES.get(upper)
    if other is None:
        return None
    family, which = other
    named = _FREQTRADE_OKX if family == "FREQTRADE" else _PASSIVBOT_OKX
    return (family, which) if named.search(text) else None


def unquote(raw: str) -> str:
    if len(raw) >= 2 and raw[0] == raw[-1] == "'":
        return raw[1:-1]
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        return re.sub(r"\\(.)", r"\1", raw[1:-1])
    return raw


def _setting(text: str, name: str) -> str:
    match = re.search(rf"\b{name}\W{{1,4}}[\"']?([A-Za-z0-9]+)", text)
    return match[1].lower() if match else ""


def _hints(
    family: str, names: set[str], text: str
) -> tuple[Tool, Region | None, Environment | None]:
    region: Region | None = None
    environment: Environment | None = None
    if family == "FREQTRADE":
        tool = Tool.FREQTRADE
        exchange = _setting(text, "FREQTRADE__EXCHANGE__NAME")
        region = {"okx": Region.GLOBAL, "myokx": Region.EEA, "okxus": Region.US}.get(exchange)
        environment = Environment.LIVE
    elif family == "PB":
        tool, region = Tool.PASSIVBOT, Region.GLOBAL
    elif family in ("MYOKX", "OKXUS"):
        tool, region = Tool.CCXT, Region.EEA if family == "MYOKX" else Region.US
    elif names & {"OKX_APIKEY", "OKX_SECRET", "OKX_PASSWORD"}:
        tool = Tool.CCXT
    elif "OKX_API_SECRET" in names:
        tool = Tool.PYTHON_OKX
    else:
        tool = Tool.OKX
    site = _setting(text, "OKX_SITE")
    if site in ("global", "eea", "us"):
        region = Region(site)
    demo = {_setting(text, n) for n in ("OKX_DEMO", "OKX_FLAG", f"{family}_SANDBOX")}
    if demo & {"1", "true"}:
        environment = Environment.DEMO
    return tool, region, environment


@dataclass
class _Group:
    family: str
    values: dict[Field, Value] = field(default_factory=dict)
    names: set[str] = field(default_factory=set)


def _groups(matches: Iterator[re.Match[str]], text: str, compose: bool) -> list[_Group]:
    done: list[_Group] = []
    open_groups: dict[str, _Group] = {}
    for match in matches:
        known = classify(match["name"], text)
        if known is None:
            continue
        family, which = known
        raw = match["value"]
        value = unquote(raw) if not compose or raw[:1] in "\"'" else raw.strip()
        if not is_real(value):
            continue
        if compose:  # the "=value" or ": value" part goes; the name stays (compose passes it on)
            start = match.start("eq") if match["eq"] else match.end("name") + 1
            span = (start, match.end("value"))
        else:  # the whole line becomes a comment
            line_end = text.find("\n", match.end())
            line_end = len(text) if line_end < 0 else line_end - (text[line_end - 1] == "\r")
            span = (match.start(), line_end)
        group = open_groups.get(family)
        if group is None or which in group.values:
            group = _Group(family)
            open_groups[family] = group
            done.append(group)
        group.values[which] = Value(
            which, value, match["name"], line_of(text, match.start("value")), *span
        )
        group.names.add(match["name"].upper())
    return done


def find_env_keys(path: Path, text: str) -> list[Finding]:
    """Keys in ``.env``-style lines, or in a compose file's ``environment`` entries."""
    compose = is_compose_file(path, text)
    if compose:
        matches = sorted(
            [*COMPOSE_ITEM.finditer(text), *COMPOSE_MAP.finditer(text)], key=lambda m: m.start()
        )
        groups = _groups(iter(matches), text, compose=True)
    else:
        groups = _groups(ENV_LINE.finditer(text), text, compose=False)
    findings = []
    for group in groups:
        tool, region, environment = _hints(group.family, group.names, text)
        findings.append(
            Finding(
                path,
                Kind.COMPOSE if compose else Kind.ENV,
                Confidence.HIGH,
                tuple(sorted(group.values.values(), key=lambda v: v.start)),
                tool=tool,
                name=group.family.lower(),
                region=region,
                environment=environment,
            )
        )
    return findings
