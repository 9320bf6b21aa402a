"""Finding OKX keys in plain-text files.

Known tools' files are parsed structurally first (freqtrade configurations, OKX's
``~/.okx/config.toml``, passivbot's ``api-keys.json``, hummingbot's and OctoBot's encrypted
files), then environment-style lines (:mod:`gui.bots.envlines`), then weaker patterns: a variable
named after OKX holding a key-shaped value (medium confidence), and last a UUID within a few
lines of a 32-hex value (low confidence). No public secret scanner has an OKX rule.

Reads only; never follows a symbolic link out of a folder it walks, skips big and binary files.
Call from a worker thread in the app (it reads the disk).
"""

from __future__ import annotations

import os
import re
import threading
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gui.bots.envlines import find_env_keys, is_compose_file, is_env_file
from gui.bots.findings import (
    HEX32,
    UUID,
    Confidence,
    Field,
    Finding,
    Kind,
    Value,
    is_real,
)
from gui.bots.lenient_json import JsonError, line_of, parse
from gui.bots.presets import Tool
from gui.okx.regions import Environment, Region

MAX_FILE_BYTES = 1024 * 1024
MAX_FILES = 20_000
MAX_DEPTH = 6
SKIPPED_FOLDERS = frozenset(
    {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox", ".nox",
     ".mypy_cache", ".ruff_cache", ".pytest_cache", "site-packages", ".cache", ".npm", ".cargo",
     ".rustup", "dist", "build", ".local", ".Trash"}
)  # fmt: skip
TEXT_SUFFIXES = frozenset(
    {"", ".json", ".toml", ".yml", ".yaml", ".env", ".sh", ".bash", ".zsh", ".py", ".js", ".ts",
     ".ini", ".cfg", ".conf", ".txt", ".md", ".service", ".properties", ".hjson", ".jsonc"}
)  # fmt: skip
EXCHANGES = {"okx": Region.GLOBAL, "myokx": Region.EEA, "okxus": Region.US}
HUMMINGBOT_ENCRYPTED = "7b2263727970746f223a"  # hex of '{"crypto":'
OCTOBOT_TOKEN = "gAAAAA"  # noqa: S105 - how a Fernet token starts
# Where the known tools keep their files, below the home folder.
HOME_PLACES = (
    ".okx/config.toml",
    ".env",
    ".envrc",
    ".bashrc",
    ".zshrc",
    ".profile",
    ".bash_profile",
    ".zprofile",
    "ft_userdata",
    "freqtrade",
    "freqtrade/user_data",
    "passivbot",
    "hummingbot/conf/connectors",
    "OctoBot/user",
)

_NAMED = re.compile(
    r"(?P<name>[A-Za-z0-9_.-]*ok(?:x|ex)[A-Za-z0-9_.-]*)[\"']?\s*[:=]\s*[\"']?"
    r"(?P<value>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|"
    r"[0-9A-Fa-f]{32})\b",
    re.IGNORECASE,
)
_TOML_TABLE = re.compile(
    r"^\s*\[\s*profiles\s*\.\s*(?:\"([^\"]+)\"|'([^']+)'|([A-Za-z0-9_-]+))\s*\]"
)
_TOML_FIELD = re.compile(r"^\s*(api_key|secret_key|passphrase)\s*=\s*(.+?)\s*$")
NEARBY_LINES = 3


def _value(which: Field, value: str, name: str, text: str, span: tuple[int, int]) -> Value:
    return Value(which, value, name, line_of(text, span[0]), *span)


def _json_findings(path: Path, text: str) -> list[Finding]:
    try:
        doc, spans = parse(text)
    except JsonError:
        return []
    if not isinstance(doc, dict):
        return []
    found = _freqtrade(path, text, doc, spans) + _passivbot(path, text, doc, spans)
    return found + _octobot(path, text, doc, spans)


def _strings(
    text: str, spans: dict[Any, tuple[int, int]], base: tuple[str, ...], entry: dict[str, Any],
    fields: Sequence[tuple[str, Field]],
) -> tuple[Value, ...]:  # fmt: skip
    values = []
    for key, which in fields:
        value = entry.get(key)
        span = spans.get((*base, key))
        if isinstance(value, str) and span is not None and is_real(value):
            values.append(_value(which, value, key, text, span))
    return tuple(values)


def _okx_shaped(values: tuple[Value, ...]) -> bool:
    shapes = {Field.API_KEY: UUID, Field.SECRET_KEY: HEX32}
    return all(shapes[v.field].fullmatch(v.value) for v in values if v.field in shapes) and any(
        v.field in shapes for v in values
    )


def _freqtrade(path: Path, text: str, doc: dict[str, Any], spans: Any) -> list[Finding]:
    exchange = doc.get("exchange")
    if not isinstance(exchange, dict):
        return []
    name = str(exchange.get("name", "")).lower()
    fields = (("key", Field.API_KEY), ("secret", Field.SECRET_KEY), ("password", Field.PASSPHRASE))
    values = _strings(text, spans, ("exchange",), exchange, fields)
    # A private configuration file often holds the keys without the exchange's name.
    if not values or (name not in EXCHANGES and (name or not _okx_shaped(values))):
        return []
    region = EXCHANGES.get(name)
    return [
        Finding(path, Kind.FREQTRADE, Confidence.HIGH, values, Tool.FREQTRADE, name or "",
                region, Environment.LIVE)
    ]  # fmt: skip


def _passivbot(path: Path, text: str, doc: dict[str, Any], spans: Any) -> list[Finding]:
    fields = (
        ("key", Field.API_KEY),
        ("secret", Field.SECRET_KEY),
        ("passphrase", Field.PASSPHRASE),
    )
    found = []
    for user, entry in doc.items():
        if not isinstance(entry, dict) or str(entry.get("exchange", "")).lower() != "okx":
            continue
        values = _strings(text, spans, (user,), entry, fields)
        if values:
            found.append(
                Finding(path, Kind.PASSIVBOT, Confidence.HIGH, values, Tool.PASSIVBOT, user,
                        Region.GLOBAL)
            )  # fmt: skip
    return found


def _octobot(path: Path, text: str, doc: dict[str, Any], spans: Any) -> list[Finding]:
    exchanges = doc.get("exchanges")
    if not isinstance(exchanges, dict):
        return []
    fields = (("api-key", Field.API_KEY), ("api-secret", Field.SECRET_KEY),
              ("api-password", Field.PASSPHRASE))  # fmt: skip
    found = []
    for name, entry in exchanges.items():
        if str(name).lower() not in EXCHANGES or not isinstance(entry, dict):
            continue
        values = _strings(text, spans, ("exchanges", name), entry, fields)
        if values:
            obfuscated = all(v.value.startswith(OCTOBOT_TOKEN) for v in values)
            demo = Environment.DEMO if entry.get("sandboxed") is True else None
            found.append(
                Finding(path, Kind.OCTOBOT, Confidence.HIGH, values, None, str(name),
                        EXCHANGES[str(name).lower()], demo, readable=not obfuscated)
            )  # fmt: skip
    return found


def _toml_findings(path: Path, text: str) -> list[Finding]:
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return []
    profiles = doc.get("profiles")
    if not isinstance(profiles, dict):
        return []
    located: dict[str, list[Value]] = {}
    current: str | None = None
    offset = 0
    for line in text.splitlines(keepends=True):
        table = _TOML_TABLE.match(line)
        if table is not None:
            current = next(g for g in table.groups() if g is not None)
        elif line.lstrip().startswith("["):
            current = None
        else:
            field_match = _TOML_FIELD.match(line)
            profile = profiles.get(current) if current is not None else None
            if field_match is not None and isinstance(profile, dict):
                key = field_match[1]
                value = profile.get(key)
                try:  # the line's own value must be the parsed one
                    same = tomllib.loads(f"v = {field_match[2]}")["v"] == value
                except tomllib.TOMLDecodeError:
                    same = False
                if same and isinstance(value, str) and is_real(value):
                    which = Field(key)
                    located.setdefault(str(current), []).append(
                        Value(which, value, key, line_of(text, offset), offset, offset + len(line))
                    )
        offset += len(line)
    found = []
    for name, values in located.items():
        profile = profiles[name]
        site = str(profile.get("site", "global"))
        found.append(
            Finding(path, Kind.OKX_TOML, Confidence.HIGH, tuple(values), Tool.OKX, name,
                    Region(site) if site in ("global", "eea", "us") else None,
                    Environment.DEMO if profile.get("demo") is True else Environment.LIVE)
        )  # fmt: skip
    return found


def _hummingbot(path: Path, text: str) -> list[Finding]:
    fields = {
        "api_key": Field.API_KEY,
        "secret_key": Field.SECRET_KEY,
        "passphrase": Field.PASSPHRASE,
    }
    pattern = re.compile(
        r"^(okx(?:_perpetual)?)_(api_key|secret_key|passphrase):\s*['\"]?([^'\"\s]+)", re.M
    )
    values = [
        _value(fields[m[2]], m[3], f"{m[1]}_{m[2]}", text, m.span(3))
        for m in pattern.finditer(text) if is_real(m[3])
    ]  # fmt: skip
    if not values:
        return []
    encrypted = all(v.value.startswith(HUMMINGBOT_ENCRYPTED) for v in values)
    sub = re.search(r"^okx(?:_perpetual)?_registration_sub_domain:\s*['\"]?(\w+)", text, re.M)
    region = {"www": Region.GLOBAL, "my": Region.EEA, "app": Region.US}.get(sub[1] if sub else "")
    return [Finding(path, Kind.HUMMINGBOT, Confidence.HIGH, tuple(values), None, "", region,
                    readable=not encrypted)]  # fmt: skip


def _weak_findings(path: Path, text: str, taken: set[int]) -> list[Finding]:
    """Medium: OKX-named variables with key-shaped values; low: a UUID near a 32-hex value."""
    found: list[Finding] = []
    named: list[Value] = []
    for match in _NAMED.finditer(text):
        line = line_of(text, match.start("value"))
        if line in taken:
            continue
        which = Field.API_KEY if "-" in match["value"] else Field.SECRET_KEY
        named.append(_value(which, match["value"], match["name"], text, match.span("value")))
    for group in _near(named):
        found.append(Finding(path, Kind.NAMED, Confidence.MEDIUM, group))
        taken.update(v.line for v in group)
    loose = [
        _value(Field.API_KEY if "-" in m[0] else Field.SECRET_KEY, m[0], "", text, m.span())
        for pattern in (UUID, HEX32)
        for m in pattern.finditer(text)
        if line_of(text, m.start()) not in taken
    ]
    for group in _near(sorted(loose, key=lambda v: v.start)):
        if {v.field for v in group} == {Field.API_KEY, Field.SECRET_KEY}:
            found.append(Finding(path, Kind.NEARBY, Confidence.LOW, group))
    return found


def _near(values: list[Value]) -> list[tuple[Value, ...]]:
    """Values grouped when each is within NEARBY_LINES of the previous; a field seen again
    starts a new group."""
    groups: list[list[Value]] = []
    for value in values:
        last = groups[-1] if groups else None
        if (
            last is not None
            and value.line - last[-1].line <= NEARBY_LINES
            and value.field not in {v.field for v in last}
        ):
            last.append(value)
        else:
            groups.append([value])
    return [tuple(g) for g in groups]


def scan_text(path: Path, text: str) -> list[Finding]:
    """Every finding in one file's text, strongest first."""
    found: list[Finding] = []
    if path.suffix in (".json", ".jsonc", ".hjson"):
        found += _json_findings(path, text)
    elif path.suffix == ".toml":
        found += _toml_findings(path, text)
    elif path.suffix in (".yml", ".yaml") and re.search(r"^okx\w*_api_key:", text, re.M):
        found += _hummingbot(path, text)
    if not found and (is_env_file(path) or is_compose_file(path, text)):
        found += find_env_keys(path, text)
    taken = {v.line for f in found for v in f.values}
    return found + _weak_findings(path, text, taken)


def read_text(path: Path) -> str | None:
    """The file's text, or None when it is too big, binary or not UTF-8."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError:
        return None
    if len(data) > MAX_FILE_BYTES or b"\0" in data[:8192]:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def scan_file(path: Path) -> list[Finding]:
    text = read_text(path)
    return [] if text is None else scan_text(path, text)


@dataclass(frozen=True)
class ScanResult:
    findings: tuple[Finding, ...]
    files: int  # files read
    truncated: bool  # MAX_FILES reached


def _candidates(root: Path, max_depth: int) -> Iterable[Path]:
    if root.is_file():
        yield root
        return
    for folder, dirs, files in os.walk(root):
        depth = len(Path(folder).relative_to(root).parts)
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_FOLDERS and depth < max_depth)
        for name in sorted(files):
            path = Path(folder) / name
            if path.suffix.lower() in TEXT_SUFFIXES or is_env_file(path):
                yield path


def scan_paths(
    paths: Iterable[Path | tuple[Path, int]],
    *,
    cancel: threading.Event | None = None,
    max_depth: int = MAX_DEPTH,
    max_files: int = MAX_FILES,
) -> ScanResult:
    """Scans files, and folders recursively (to ``max_depth``, or the depth paired with a
    folder); each file once."""
    seen: set[Path] = set()
    findings: list[Finding] = []
    for item in paths:
        root, depth = item if isinstance(item, tuple) else (item, max_depth)
        for path in _candidates(root, depth):
            if cancel is not None and cancel.is_set():
                return ScanResult(tuple(findings), len(seen), False)
            real = path.resolve()
            if real in seen or not real.is_file():
                continue
            if len(seen) >= max_files:
                return ScanResult(tuple(findings), len(seen), True)
            seen.add(real)
            findings += scan_file(path)
    return ScanResult(tuple(findings), len(seen), False)


def default_places(home: Path, cwd: Path) -> list[tuple[Path, int]]:
    """Where the known tools keep their files (those that exist), and the current folder:
    only its own files when it is the home folder, else three levels down."""
    places = [(home / place, 3) for place in HOME_PLACES if (home / place).exists()]
    return [(cwd, 0 if cwd == home else 3), *places]
