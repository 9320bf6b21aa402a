"""What "Use with…" shows: the run command, a systemd unit and an MCP configuration, with the
label and paths only — never a secret — and quoted so that each reader splits them right."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

from gui.bots.presets import Tool
from gui.bots.snippets import command_line, mcp_config, run_arguments, systemd_unit


def test_command_line_splits_back_into_its_words() -> None:
    line = command_line("my bot's key", Tool.FREQTRADE, vault=Path("/srv/keys.okxvault"))
    assert shlex.split(line) == [
        "okx-key-manager", "run", "my bot's key", "--as", "freqtrade", "--vault",
        "/srv/keys.okxvault", "--", "freqtrade", "trade", "--config", "user_data/config.json",
    ]  # fmt: skip


def test_systemd_unit_with_a_vault_file_uses_an_encrypted_credential() -> None:
    unit = systemd_unit(
        "bot 100%",
        Tool.FREQTRADE,
        ["/opt/ft/.venv/bin/freqtrade", "trade", "--config", "user_data/config.json"],
        vault=Path("/srv/keys.okxvault"),
        user="ft",
        program="/usr/bin/okx-key-manager",
    )
    assert (
        "LoadCredentialEncrypted=okx-vault-password:/etc/credstore.encrypted/okx-vault-password"
        in unit
    )
    assert "User=ft\n" in unit and "WantedBy=multi-user.target" in unit
    exec_start = next(line for line in unit.splitlines() if line.startswith("ExecStart="))
    assert exec_start == (
        'ExecStart=/usr/bin/okx-key-manager run "bot 100%%" --as freqtrade --vault '
        "/srv/keys.okxvault --password-file ${CREDENTIALS_DIRECTORY}/okx-vault-password -- "
        "/opt/ft/.venv/bin/freqtrade trade --config user_data/config.json"
    )


def test_systemd_unit_with_the_keychain_is_a_user_service() -> None:
    unit = systemd_unit("bot", Tool.OKX, ["no-such-program-here"], program="/opt/okx-key-manager")
    assert "LoadCredential" not in unit and "--password-file" not in unit
    assert "WantedBy=default.target" in unit
    assert "ExecStart=/opt/okx-key-manager run bot --as okx -- no-such-program-here" in unit
    # A unit's PATH holds no virtual environment: a bot not found here is pointed out.
    assert "# no-such-program-here was not found on PATH here: write its full path below." in unit


def test_mcp_config_starts_okx_mcp_server_through_run() -> None:
    config = json.loads(mcp_config("agent"))
    server = config["mcpServers"]["okx"]
    assert server == {
        "command": "okx-key-manager",
        "args": ["run", "agent", "--as", "okx", "--", "okx-trade-mcp"],
    }
    with_vault = json.loads(mcp_config("agent", vault=Path("/v.okxvault")))["mcpServers"]["okx"]
    assert with_vault["args"][4:8] == [
        "--vault",
        "/v.okxvault",
        "--password-file",
        "/path/to/vault-password",
    ]
    assert run_arguments("a", Tool.CCXT)[-2:] == ["python3", "my_bot.py"]
