"""The text "Use with…" shows and the docs print: the ``run`` command line, a systemd unit and
an MCP client configuration. None holds a secret: only the connection's label and paths."""

from __future__ import annotations

import json
import shlex
from collections.abc import Sequence
from pathlib import Path

from gui.bots.presets import PRESETS, Tool

PROGRAM = "okx-key-manager"
CREDENTIAL_NAME = "okx-vault-password"
CREDSTORE = "/etc/credstore.encrypted"
MCP_SERVER = ("okx-trade-mcp",)


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
    user: str = "trader",
    working_directory: str = "/home/trader",
    program: str = f"/usr/bin/{PROGRAM}",
) -> str:
    """A service unit: with a vault file, a system service whose password comes from an
    encrypted systemd credential; with the keychain, a user service (``systemctl --user``),
    which needs the login keyring unlocked."""
    credential = "${CREDENTIALS_DIRECTORY}/" + CREDENTIAL_NAME
    args = run_arguments(label, tool, command, vault=vault, password_file="\0")  # noqa: S106 - a marker
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
