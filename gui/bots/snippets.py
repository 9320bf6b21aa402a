"""The text "Use with…" shows and the docs print: the ``run`` command line, a systemd unit and
an MCP client configuration. None holds a secret: only the connection's label and paths."""

from __future__ import annotations

import getpass
import json
import os
import shlex
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from gui.bots.presets import PRESETS, Tool

PROGRAM = "okx-key-manager"
CREDENTIAL_NAME = "okx-vault-password"
CREDSTORE = "/etc/credstore.encrypted"
MCP_SERVER = ("okx-trade-mcp",)


def this_program(env: Mapping[str, str] | None = None) -> str:
    """The full path of the okx-key-manager running now: the frozen app itself, else the
    command on PATH whose folder holds this Python (a virtual environment's), else the one on
    PATH, else the bare name."""
    if getattr(sys, "frozen", False):
        return sys.executable
    path = (env if env is not None else os.environ).get("PATH", os.defpath)
    beside = Path(sys.executable).parent / PROGRAM
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which(PROGRAM, path=path) or PROGRAM


def full_command(command: Sequence[str], env: Mapping[str, str] | None = None) -> list[str]:
    """``command`` with its program as a full path when it is found on PATH: a systemd unit's
    PATH holds no virtual environment (a bare ``freqtrade`` would exit 127 there)."""
    if not command or os.sep in command[0]:
        return list(command)
    path = (env if env is not None else os.environ).get("PATH", os.defpath)
    found = shutil.which(command[0], path=path)
    return [found or command[0], *command[1:]]


def run_arguments(
    label: str,
    tool: Tool,
    command: Sequence[str] | None = None,
    *,
    vault: Path | None = None,
    password_file: str | None = None,
) -> list[str]:
    """The arguments after the program name: ``run LABEL --as TOOL [--vault …] -- COMMAND``."""
    args = ["run", label, "--as", tool.value]
    if vault is not None:
        args += ["--vault", str(vault)]
        if password_file is not None:
            args += ["--password-file", password_file]
    return [*args, "--", *(command or PRESETS[tool].example_command)]


def command_line(
    label: str,
    tool: Tool,
    command: Sequence[str] | None = None,
    *,
    vault: Path | None = None,
    program: str = PROGRAM,
) -> str:
    """The command to type in a POSIX shell."""
    return shlex.join([program, *run_arguments(label, tool, command, vault=vault)])


def _systemd_word(word: str) -> str:
    """One ExecStart word: % and $ doubled (systemd's specifiers and variables), quoted when
    it holds a space or a quote."""
    escaped = word.replace("%", "%%").replace("$", "$$")
    if escaped and not any(c in escaped for c in " \t\"'\\;"):
        return escaped
    return '"' + escaped.replace("\\", "\\\\").replace('"', '\\"') + '"'


def systemd_unit(
    label: str,
    tool: Tool,
    command: Sequence[str] | None = None,
    *,
    vault: Path | None = None,
    user: str | None = None,
    working_directory: str | None = None,
    program: str | None = None,
) -> str:
    """A service unit: with a vault file, a system service whose password comes from an
    encrypted systemd credential; with the keychain, a user service (``systemctl --user``),
    which needs the login keyring unlocked. Paths are full ones, of this user and this
    installation unless given: systemd's PATH holds no virtual environment."""
    user = user or getpass.getuser()
    working_directory = working_directory or str(Path.home())
    program = program or this_program()
    credential = "${CREDENTIALS_DIRECTORY}/" + CREDENTIAL_NAME
    bot = full_command(command or PRESETS[tool].example_command)
    args = run_arguments(label, tool, bot, vault=vault, password_file="\0")  # noqa: S106 - a marker
    words = [_systemd_word(program)] + [credential if a == "\0" else _systemd_word(a) for a in args]
    name = PRESETS[tool].name.split(" (")[0]
    lines = [
        "[Unit]",
        f"Description={name} with the OKX key {label} (OKX Key Manager)".replace("%", "%%"),
        "Wants=network-online.target",
        "After=network-online.target",
        "",
        "[Service]",
    ]
    if vault is not None:
        lines += [
            f"User={user}",
            f"LoadCredentialEncrypted={CREDENTIAL_NAME}:{CREDSTORE}/{CREDENTIAL_NAME}",
        ]
    if not os.path.isabs(bot[0]):
        lines.append(f"# {bot[0]} was not found on PATH here: write its full path below.")
    lines += [
        f"WorkingDirectory={working_directory}",
        "ExecStart=" + " ".join(words),
        "Restart=on-failure",
        "RestartSec=30",
        "NoNewPrivileges=yes",
        "",
        "[Install]",
        "WantedBy=" + ("multi-user.target" if vault is not None else "default.target"),
    ]
    return "\n".join(lines) + "\n"


def mcp_config(
    label: str,
    *,
    vault: Path | None = None,
    password_file: str = "/path/to/vault-password",  # noqa: S107 - a path
    program: str = PROGRAM,
    server: Sequence[str] = MCP_SERVER,
) -> str:
    """``mcpServers`` JSON for Claude Desktop, Cursor and other MCP clients: the client starts
    OKX's MCP server through ``run``, so the key never sits in the client's configuration."""
    args = run_arguments(
        label, Tool.OKX, list(server), vault=vault, password_file=password_file if vault else None
    )
    return json.dumps({"mcpServers": {"okx": {"command": program, "args": args}}}, indent=2) + "\n"
