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
from dataclasses import dataclass, replace
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
from gui.bots.textfiles import notebook_text, read_for_scan
from gui.okx.regions import Environment, Region

MAX_FILES = 20_000
MAX_DEPTH = 6  # default places only; a folder named on the command line is walked to any depth
SKIPPED_FOLDERS = frozenset(
    {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox", ".nox",
     ".mypy_cache", ".ruff_cache", ".pytest_cache", "site-packages", ".cache", ".npm", ".cargo",
     ".rustup", "dist", "build", ".local", ".Trash"}
)  # fmt: skip
TEXT_SUFFIXES = frozenset(
    {"", ".json", ".toml", ".yml", ".yaml", ".env", ".sh", ".bash", ".zsh", ".py", ".js", ".ts",
     ".ini", ".cfg", ".conf", ".txt", ".md", ".service", ".properties", ".hjson", ".jsonc",
     ".ipynb", ".log"}
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
_LOCK_FILES = frozenset(
    {"package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "poetry.lock",
     "pipfile.lock", "cargo.lock", "composer.lock", "gemfile.lock", "go.sum", "uv.lock",
     "pdm.lock", "flake.lock", "sha256sums", "md5sums", "checksums.txt"}
)  # fmt: skip
# A name that makes the value after it an id or a digest, not a key.
_ID_NAME = re.compile(
    r"(?i)(?:\b|_|-)(?:[a-z]*id|uuid|guid|hash|sha\d*|md5|digest|checksum|integrity|etag|"
    r"nonce|ref|commit|trace|request|order|tx)s?[\"']?\s*[:=]\s*[\"']?\s*$"
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
    except (tomllib.TOMLDecodeError, RecursionError):  # RecursionError: nested too deeply
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


def _is_lock_file(path: Path) -> bool:
    """A lock file or hash list: its UUIDs and hex values are ids and digests, never keys."""
    name = path.name.lower()
    return name in _LOCK_FILES or name.endswith((".lock", "-lock.json", ".sum", ".sha256"))


def _id_like(text: str, start: int) -> bool:
    """The value at ``start`` belongs to a name that says "id" or "hash" (``okx_order_id``,
    ``"sha256":``, ``integrity``...), on its own line."""
    line_start = text.rfind("\n", 0, start) + 1
    return _ID_NAME.search(text[max(line_start, start - 200) : start]) is not None


def _weak_findings(path: Path, text: str, taken: set[int]) -> list[Finding]:
    """Medium: OKX-named variables with key-shaped values; low: a UUID near a 32-hex value.
    Not keys: values named as ids or digests, values in lock files, a UUID on its own."""
    if _is_lock_file(path):
        return []
    found: list[Finding] = []
    named: list[Value] = []
    for match in _NAMED.finditer(text):
        line = line_of(text, match.start("value"))
        if line in taken or _ID_NAME.search(match["name"] + "=") is not None:
            continue
        which = Field.API_KEY if "-" in match["value"] else Field.SECRET_KEY
        named.append(_value(which, match["value"], match["name"], text, match.span("value")))
    for group in _near(named):
        if [v.field for v in group] == [Field.API_KEY]:
            continue  # a UUID alone is not a key: OKX's API keys look like any other UUID
        found.append(Finding(path, Kind.NAMED, Confidence.MEDIUM, group))
        taken.update(v.line for v in group)
    loose = [
        _value(Field.API_KEY if "-" in m[0] else Field.SECRET_KEY, m[0], "", text, m.span())
        for pattern in (UUID, HEX32)
        for m in pattern.finditer(text)
        if line_of(text, m.start()) not in taken and not _id_like(text, m.start())
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


def scan_file_noting(path: Path) -> tuple[list[Finding], str | None]:
    """The findings in one file, and why it was not read (None when it was)."""
    text, why, exact = read_for_scan(path)
    if text is None:
        return [], why
    if path.suffix.lower() == ".ipynb":
        cells = notebook_text(text)
        if cells is not None:  # values found in cells are shown; the file is not rewritten
            return [replace(f, rewritable=False) for f in scan_text(path, cells)], None
    found = scan_text(path, text)
    return (found if exact else [replace(f, rewritable=False) for f in found]), None


def scan_file(path: Path) -> list[Finding]:
    return scan_file_noting(path)[0]


@dataclass(frozen=True)
class ScanResult:
    findings: tuple[Finding, ...]
    files: int  # files read
    truncated: bool  # MAX_FILES reached
    unread: tuple[tuple[Path, str], ...] = ()  # files (and folders) not read, and why


def _candidates(
    root: Path, max_depth: int | None, unread: list[tuple[Path, str]]
) -> Iterable[Path]:
    """The text files below ``root`` (to ``max_depth`` folders down; None: any depth). Walked
    with an explicit stack, so no depth exhausts Python's; symbolic links to folders are not
    followed."""
    if not root.is_dir():
        yield root
        return
    stack: list[tuple[Path, int]] = [(root, 0)]
    while stack:
        folder, depth = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            unread.append((folder, exc.strerror or type(exc).__name__))
            continue
        below = []
        for entry in entries:
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if is_dir:
                if entry.name not in SKIPPED_FOLDERS and (max_depth is None or depth < max_depth):
                    below.append((Path(entry.path), depth + 1))
                continue
            path = Path(entry.path)
            if path.suffix.lower() in TEXT_SUFFIXES or is_env_file(path):
                yield path
        stack.extend(reversed(below))


def scan_paths(
    paths: Iterable[Path | tuple[Path, int]],
    *,
    cancel: threading.Event | None = None,
    max_depth: int | None = None,
    max_files: int = MAX_FILES,
) -> ScanResult:
    """Scans files, and folders recursively (to ``max_depth`` — None: any depth — or the depth
    paired with a folder); each file once; at most ``max_files`` files (then ``truncated``).
    Files that could not be read are listed in ``unread`` with the reason, never skipped
    in silence."""
    seen: set[Path] = set()
    findings: list[Finding] = []
    unread: list[tuple[Path, str]] = []

    def result(truncated: bool) -> ScanResult:
        files_read = len(seen) - sum(1 for path, _ in unread if path in unread_files)
        return ScanResult(tuple(findings), files_read, truncated, tuple(unread))

    unread_files: set[Path] = set()  # the files in ``unread`` (it lists folders too)

    for item in paths:
        root, depth = item if isinstance(item, tuple) else (item, max_depth)
        for path in _candidates(root, depth, unread):
            if cancel is not None and cancel.is_set():
                return result(False)
            try:
                real = path.resolve()
            except (OSError, RuntimeError) as exc:  # RuntimeError: a symbolic link loop
                unread.append((path, getattr(exc, "strerror", None) or "a symbolic link loop"))
                continue
            if real in seen:
                continue
            if len(seen) >= max_files:
                return result(True)
            seen.add(real)
            found, why = scan_file_noting(path)
            findings += found
            if why is not None:
                unread.append((path, why))
                unread_files.add(path)
    return result(False)


def default_places(home: Path, cwd: Path) -> list[tuple[Path, int]]:
    """Where the known tools keep their files (those that exist), and the current folder:
    only its own files when it is the home folder, else three levels down."""
    places = [(home / place, 3) for place in HOME_PLACES if (home / place).exists()]
    return [(cwd, 0 if cwd == home else 3), *places]
