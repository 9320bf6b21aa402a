"""Compose files: which variable names a service passes into its container, and adding names.

A name alone in a service's ``environment:`` (``- FREQTRADE__EXCHANGE__KEY``, or
``FREQTRADE__EXCHANGE__KEY:`` in the mapping form) takes the value from the environment compose
runs in — the one ``okx-key-manager run`` gives it. freqtrade's stock ``docker-compose.yml``
passes nothing, so after ``migrate`` its container would start with empty keys.

This reads and edits the block style compose files are written in, line by line, so comments,
order and spacing stay; a flow-style ``environment: [...]`` is reported, never rewritten. Names
only, never a value, are ever written here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

COMPOSE_NAMES = ("compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml")
_KEY = re.compile(r"^(?P<indent> *)(?P<key>[A-Za-z0-9_.-]+|\"[^\"]*\"|'[^']*')\s*:(?P<rest>.*)$")
_ITEM = re.compile(r"^(?P<indent> *)-\s*(?P<rest>.*)$")


class ComposeEditRefused(Exception):  # noqa: N818 - reads as the condition
    """The file cannot be edited safely here (flow style, no such service...)."""


@dataclass(frozen=True)
class Service:
    name: str
    header: int  # index of the ``  name:`` line
    end: int  # index after its last line
    indent: int  # the indentation of its keys


def _meaningful(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _block_end(lines: Sequence[str], start: int, parent_indent: int) -> int:
    """The index after the last meaningful line indented deeper than ``parent_indent``."""
    end = start + 1
    for index in range(start + 1, len(lines)):
        if not _meaningful(lines[index]):
            continue
        if _indent(lines[index]) <= parent_indent:
            break
        end = index + 1
    return end


def services(text: str) -> list[Service]:
    lines = text.splitlines()
    top = next(
        (i for i, line in enumerate(lines) if re.match(r"^services\s*:\s*(#.*)?$", line)), None
    )
    if top is None:
        return []
    found: list[Service] = []
    end = _block_end(lines, top, 0)
    service_indent: int | None = None
    for index in range(top + 1, end):
        line = lines[index]
        if not _meaningful(line):
            continue
        match = _KEY.match(line)
        indent = _indent(line)
        if service_indent is None:
            service_indent = indent
        if match is None or indent != service_indent:
            continue
        block_end = _block_end(lines, index, indent)
        inner = next(
            (_indent(lines[i]) for i in range(index + 1, block_end) if _meaningful(lines[i])),
            indent + 2,
        )
        found.append(Service(match["key"].strip("\"'"), index, block_end, inner))
    return found


def _environment(lines: Sequence[str], service: Service) -> tuple[int, int, str] | None:
    """(line of ``environment:``, index after its block, its form: list|map|flow)."""
    for index in range(service.header + 1, service.end):
        match = _KEY.match(lines[index])
        if match and _indent(lines[index]) == service.indent and match["key"] == "environment":
            rest = match["rest"].split("#")[0].strip()
            end = _block_end(lines, index, service.indent)
            if rest:
                return index, end, "flow"
            first = next((lines[i] for i in range(index + 1, end) if _meaningful(lines[i])), "")
            return index, end, "list" if first.lstrip().startswith("-") else "map"
    return None


def passed_names(text: str, service: Service) -> set[str] | None:
    """The names the service's ``environment:`` passes (with or without a value); None when
    it has an ``env_file:`` or a flow-style environment (then it may pass anything)."""
    lines = text.splitlines()
    for index in range(service.header + 1, service.end):
        match = _KEY.match(lines[index])
        if match and _indent(lines[index]) == service.indent and match["key"] == "env_file":
            return None
    env = _environment(lines, service)
    if env is None:
        return set()
    start, end, form = env
    if form == "flow":
        return None
    names = set()
    for line in lines[start + 1 : end]:
        if not _meaningful(line):
            continue
        if form == "list":
            item = _ITEM.match(line)
            if item:
                names.add(item["rest"].strip().strip("\"'").split("=")[0].strip())
        else:
            key = _KEY.match(line)
            if key:
                names.add(key["key"].strip("\"'"))
    return names


def add_names(text: str, service_name: str, names: Iterable[str]) -> str:
    """``text`` with ``names`` (names only) added to the service's ``environment:``; raises
    ComposeEditRefused when that cannot be done safely."""
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.splitlines()
    service = next((s for s in services(text) if s.name == service_name), None)
    if service is None:
        raise ComposeEditRefused(f"no service {service_name!r}")
    present = passed_names(text, service)
    if present is None:
        raise ComposeEditRefused("its environment is in a form edited by hand only")
    missing = [n for n in names if n not in present]
    if not missing:
        return text
    pad = " " * service.indent
    env = _environment(lines, service)
    if env is None:
        block = [f"{pad}environment:"] + [f"{pad}  - {name}" for name in missing]
        insert_at = service.header + 1
    else:
        start, end, form = env
        items = [i for i in range(start + 1, end) if _meaningful(lines[i])]
        item_pad = " " * (_indent(lines[items[0]]) if items else service.indent + 2)
        block = [f"{item_pad}- {n}" if form == "list" else f"{item_pad}{n}:" for n in missing]
        insert_at = end
    new_lines = lines[:insert_at] + block + lines[insert_at:]
    result = newline.join(new_lines) + (newline if text.endswith(("\n", "\r")) else "")
    check = next(s for s in services(result) if s.name == service_name)
    if not set(missing) <= (passed_names(result, check) or set()):
        raise ComposeEditRefused("the edited file would not pass the names")
    return result


def find_compose_file(near: Path, levels: int = 2) -> Path | None:
    """A compose file in ``near``'s folder or up to ``levels`` folders above it."""
    folder = near if near.is_dir() else near.parent
    for candidate in [folder, *list(folder.parents)[:levels]]:
        for name in COMPOSE_NAMES:
            if (candidate / name).is_file():
                return candidate / name
    return None


def bot_service(text: str, tool_name: str) -> Service | None:
    """The service that runs the tool: named after it, else the only one whose block names it."""
    found = services(text)
    named = [s for s in found if s.name == tool_name]
    if named:
        return named[0]
    lines = text.splitlines()
    mentions = [s for s in found if any(tool_name in lines[i] for i in range(s.header, s.end))]
    return mentions[0] if len(mentions) == 1 else None


def compose_file_of(command: Sequence[str], cwd: Path) -> Path | None:
    """The compose file a ``docker compose``/``docker-compose``/``podman compose`` command
    uses: its ``-f FILE``, else the default names in ``cwd``; None when it is not one."""
    words = list(command)
    if not words:
        return None
    program = Path(words[0]).name
    if program in ("docker-compose", "podman-compose"):
        rest = words[1:]
    elif program in ("docker", "podman") and "compose" in words[1:3]:
        rest = words[words.index("compose") + 1 :]
    else:
        return None
    for index, word in enumerate(rest[:-1]):
        if word in ("-f", "--file"):
            return (cwd / rest[index + 1]).absolute()
        if word.startswith("--file="):
            return (cwd / word.split("=", 1)[1]).absolute()
    for name in COMPOSE_NAMES:
        if (cwd / name).is_file():
            return cwd / name
    return None


def is_docker_run(command: Sequence[str]) -> bool:
    return (
        len(command) >= 2
        and Path(command[0]).name in ("docker", "podman")
        and ("run" in command[1:2] or list(command[1:3]) == ["container", "run"])
    )


def docker_run_passes(command: Sequence[str]) -> set[str] | None:
    """The names ``docker run`` passes with ``-e NAME``/``--env NAME``; None with ``--env-file``
    (it may pass anything)."""
    names: set[str] = set()
    words = list(command)
    for index, word in enumerate(words):
        if word == "--":
            break
        if word.startswith("--env-file"):
            return None
        value = None
        if word in ("-e", "--env") and index + 1 < len(words):
            value = words[index + 1]
        elif word.startswith("--env="):
            value = word.split("=", 1)[1]
        elif word.startswith("-e") and len(word) > 2:
            value = word[2:]
        if value:
            names.add(value.split("=")[0])
    return names
