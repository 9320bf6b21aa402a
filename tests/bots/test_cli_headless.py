"""The key commands on a server: no Secret Service (no D-Bus session, keyring's refusing
backend), a vault file and a password file; exit statuses and messages for each failure, and no
secret in arguments, messages or files."""

from __future__ import annotations

import io
import json
import stat
import sys
from pathlib import Path

import pytest

from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.okx.simulator import Simulator
from gui.vault.filevault import FileVaultStore
from tests.bots import samples
from tests.bots.conftest import VAULT_PASSWORD, Cli, wrong

PRINT_ENV = "import json, os; print(json.dumps(dict(os.environ)))"


@pytest.fixture
def vault(tmp_path: Path, simulator: Simulator) -> Path:
    path = tmp_path / "keys.okxvault"
    store = FileVaultStore.create(path, VAULT_PASSWORD)
    store.add("bot", Region.GLOBAL, Environment.LIVE, simulator.key("healthy").credentials)
    store.add("demo bot", Region.GLOBAL, Environment.DEMO, simulator.key("demo").credentials)
    store.lock()
    return path


def _no_secret(text: str, *credentials: Credentials) -> None:
    for c in credentials:
        for secret in (c.api_key, c.secret_key, c.passphrase):
            assert secret not in text


def test_list_with_a_vault_file(
    cli: Cli, vault: Path, password_file: Path, simulator: Simulator
) -> None:
    result = cli("list", "--json", "--vault", str(vault), "--password-file", str(password_file))
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["label"], r["environment"], r["status"]) for r in rows] == [
        ("bot", "live", "not-checked"),
        ("demo bot", "demo", "not-checked"),
    ]
    _no_secret(result.stdout + result.stderr, simulator.key("healthy").credentials)
    table = cli("list", "--vault", str(vault), "--password-file", str(password_file))
    header = table.stdout.splitlines()[0].split()
    assert header == ["LABEL", "REGION", "ENVIRONMENT", "STATUS", "LAST", "CHECKED", "API", "KEY"]


def test_run_adds_only_the_presets_variables(
    cli: Cli, vault: Path, password_file: Path, simulator: Simulator
) -> None:
    key = simulator.key("healthy").credentials
    result = cli(
        "run",
        "bot",
        "--as",
        "freqtrade",
        "--vault",
        str(vault),
        "--password-file",
        str(password_file),
        "--",
        sys.executable,
        "-c",
        PRINT_ENV,
        env={"KEEP_ME": "1"},
    )
    assert result.returncode == 0, result.stderr
    child = json.loads(result.stdout)
    added = {k: v for k, v in child.items() if k.startswith(("FREQTRADE", "OKX", "PB_", "MYOKX"))}
    assert added == {
        "FREQTRADE__EXCHANGE__NAME": "okx",
        "FREQTRADE__EXCHANGE__KEY": key.api_key,
        "FREQTRADE__EXCHANGE__SECRET": key.secret_key,
        "FREQTRADE__EXCHANGE__PASSWORD": key.passphrase,
    }
    assert child["KEEP_ME"] == "1"  # the rest of the environment is inherited


def test_run_passes_the_exit_status_through(cli: Cli, vault: Path, password_file: Path) -> None:
    args = ("--vault", str(vault), "--password-file", str(password_file))
    result = cli(
        "run", "bot", "--as", "okx", *args, "--", sys.executable, "-c", "raise SystemExit(9)"
    )
    assert result.returncode == 9
    masked = cli(
        "run",
        "bot",
        "--as",
        "okx",
        "--mask",
        *args,
        "--",
        "sh",
        "-c",
        "echo $OKX_SECRET_KEY; exit 4",
    )
    assert (masked.returncode, masked.stdout) == (4, "<concealed by okx-key-manager>\n")


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["run", "nobody", "--as", "okx"], 3, "No saved connection is called “nobody”"),
        (
            ["run", "demo bot", "--as", "freqtrade"],
            6,
            "freqtrade cannot use an OKX demo-trading key",
        ),
        (["run", "bot", "--as", "passivbot", "--", "no-such-program-okx"], 127, "was not found"),
        (["run", "bot", "--as", "okx"], 2, "name the command to start after --"),
    ],
)
def test_run_failures_have_their_own_status(
    cli: Cli, vault: Path, password_file: Path, args: list[str], status: int, message: str
) -> None:
    command = [] if "--" in args else ["--", "true"]
    if args[-1] == "okx" and args[1] == "bot":
        command = []
    result = cli(
        *args[:4], "--vault", str(vault), "--password-file", str(password_file), *args[4:], *command
    )
    assert result.returncode == status, result.stderr
    assert message in result.stderr


def test_store_failures(cli: Cli, vault: Path, password_file: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad-password"
    bad.write_text("not the password\n")
    bad.chmod(0o600)
    wrong_password = cli(
        "run",
        "bot",
        "--as",
        "okx",
        "--vault",
        str(vault),
        "--password-file",
        str(bad),
        "--",
        "true",
    )
    assert wrong_password.returncode == 5 and "password is wrong" in wrong_password.stderr
    missing = cli(
        "list", "--vault", str(tmp_path / "none.okxvault"), "--password-file", str(password_file)
    )
    assert missing.returncode == 4 and "There is no vault file" in missing.stderr
    no_keychain = cli("run", "bot", "--as", "okx", "--", "true")
    assert no_keychain.returncode == 4
    assert "encrypted vault file" in no_keychain.stderr and "--vault FILE" in no_keychain.stderr
    no_terminal = cli("list", "--vault", str(vault), stdin="")
    assert no_terminal.returncode == 4 and "--password-file" in no_terminal.stderr


def test_env_formats_and_output_file(
    cli: Cli, vault: Path, password_file: Path, simulator: Simulator, tmp_path: Path
) -> None:
    key = simulator.key("healthy").credentials
    args = ("--vault", str(vault), "--password-file", str(password_file))
    shown = cli("env", "bot", "--as", "python-okx", "--format", "json", *args)
    assert json.loads(shown.stdout)["OKX_API_SECRET"] == key.secret_key
    target = tmp_path / "out" / "bot.env"
    written = cli("env", "bot", "--as", "okx", "--output", str(target), *args)
    assert written.returncode == 0 and written.stdout == ""
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert f"OKX_SECRET_KEY={key.secret_key}\n" in target.read_text()


def test_add_then_migrate_against_the_simulator(
    cli: Cli, tmp_path: Path, password_file: Path, simulator: Simulator
) -> None:
    vault = tmp_path / "new.okxvault"
    key = simulator.key("unbound").credentials
    creds = {
        "OKX_API_KEY": key.api_key,
        "OKX_SECRET_KEY": key.secret_key,
        "OKX_PASSPHRASE": key.passphrase,
    }
    common = (
        "--vault",
        str(vault),
        "--password-file",
        str(password_file),
        "--base-url",
        simulator.base_url,
    )
    # The simulator is not OKX: without the flag that names the risk, nothing is sent.
    refused = cli("add", "--label", "scalper", *common, env=creds)
    assert refused.returncode == 2 and "--allow-non-okx-host" in refused.stderr
    assert not vault.exists()
    common = (*common, "--allow-non-okx-host")
    added = cli("add", "--label", "scalper", *common, env=creds)
    assert "WARNING: sending your API key" in added.stderr
    assert added.returncode == 0, added.stderr
    assert "Created the vault file" in added.stderr and "Saved ••••" in added.stdout
    again = cli("add", *common, env=creds)
    assert "already saved as “scalper”" in again.stdout

    good, bad = tmp_path / "config.json", tmp_path / "other.json"
    good.write_text(samples.freqtrade_config(simulator.key("healthy").credentials))
    bad_text = samples.freqtrade_config(wrong(simulator.key("read-only").credentials))
    bad.write_text(bad_text)
    moved = cli("migrate", str(good), *common)
    assert moved.returncode == 0, moved.stdout + moved.stderr
    assert "Checked and saved the key" in moved.stdout
    # The follow-up command repeats the store options it was given: it works when pasted.
    assert (
        f"okx-key-manager run 'freqtrade config' --as freqtrade --vault {vault} --password-file "
        f"{password_file} -- freqtrade trade --config {good}" in moved.stdout
    )
    failed = cli("migrate", str(bad), *common)
    assert failed.returncode == 1
    assert "did not pass the check" in failed.stdout and bad.read_text() == bad_text
    (sentence,) = [line for line in failed.stdout.splitlines() if "did not pass" in line]
    assert sentence.endswith(". It stays in the file, untouched.")
    assert ".." not in sentence, sentence  # the reason's own full stop is not doubled
    _no_secret(added.stdout + added.stderr + moved.stdout + moved.stderr + failed.stdout, key)
    listed = cli("list", "--json", "--vault", str(vault), "--password-file", str(password_file))
    rows = {r["label"]: r["status"] for r in json.loads(listed.stdout)}
    assert rows == {"scalper": "connected", "freqtrade config": "connected"}


def test_scan_exit_status_and_masked_output(cli: Cli, tmp_path: Path, simulator: Simulator) -> None:
    key = simulator.key("healthy").credentials
    folder = tmp_path / "bot"
    folder.mkdir()
    clean = cli("scan", str(folder))
    assert clean.returncode == 0
    (folder / ".env").write_text(samples.dotenv(key))
    found = cli("scan", str(folder))
    assert found.returncode == 1
    assert f"{folder / '.env'}:3  okx  high  env-lines" in found.stdout
    assert f"okx-key-manager migrate {folder / '.env'}" in found.stderr
    _no_secret(found.stdout + found.stderr, key)
    assert cli("scan", str(tmp_path / "missing")).returncode == 2


def test_add_refuses_a_key_that_can_withdraw(
    cli: Cli, tmp_path: Path, password_file: Path, simulator: Simulator
) -> None:
    key = simulator.key("withdraw").credentials
    creds = {
        "OKX_API_KEY": key.api_key,
        "OKX_SECRET_KEY": key.secret_key,
        "OKX_PASSPHRASE": key.passphrase,
    }
    vault = tmp_path / "w.okxvault"
    result = cli(
        "add", "--vault", str(vault), "--password-file", str(password_file),
        "--base-url", simulator.base_url, "--allow-non-okx-host", env=creds,
    )  # fmt: skip
    assert result.returncode == 1
    assert "[WARN!] Permissions" in result.stdout and "Not saved" in result.stderr
    listed = cli("list", "--json", "--vault", str(vault), "--password-file", str(password_file))
    assert json.loads(listed.stdout) == []


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_env_warns_when_printing_to_a_terminal(vault: Path, password_file: Path) -> None:
    from gui.cli import build_parser
    from gui.commands import envcmd
    from gui.commands.common import Console

    args = build_parser().parse_args(
        ["env", "bot", "--as", "okx", "--vault", str(vault), "--password-file", str(password_file)]
    )
    out, err = _Terminal(), io.StringIO()
    assert envcmd.run(args, Console(out=out, err=err, env={})) == 0
    assert "OKX_API_KEY=" in out.getvalue()
    assert "warning: printing secret keys to the terminal" in err.getvalue()
    piped, quiet = io.StringIO(), io.StringIO()
    assert envcmd.run(args, Console(out=piped, err=quiet, env={})) == 0
    assert "printing secret keys" not in quiet.getvalue()
