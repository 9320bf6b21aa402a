"""Issue 19: bots where they really run — Docker Compose, docker run, passivbot without its
container, servers with a vault file set by OKX_KM_VAULT / OKX_KM_PASSWORD_FILE, exec failures,
several keys per run, keys bound to another machine. Real programs where they exist here
(``docker-compose``, ``systemd-analyze``, ccxt); stand-ins only for the bots themselves."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.okx.simulator import Simulator
from gui.vault.filevault import FileVaultStore
from tests.bots import samples
from tests.bots.conftest import ROOT, VAULT_PASSWORD, Cli, headless_env

# freqtrade's stock docker-compose.yml (freqtrade/docker-compose.yml, as its docs ship it).
FREQTRADE_COMPOSE = """---
services:
  freqtrade:
    image: freqtradeorg/freqtrade:stable
    # image: freqtradeorg/freqtrade:develop
    # Use plotting image
    # image: freqtradeorg/freqtrade:develop_plot
    # Build step - only needed when additional dependencies are needed
    # build:
    #   context: .
    #   dockerfile: "./docker/Dockerfile.custom"
    restart: unless-stopped
    container_name: freqtrade
    volumes:
      - "./user_data:/freqtrade/user_data"
    # Expose api on port 8080 (localhost only)
    # Please read the https://www.freqtrade.io/en/stable/rest-api/ documentation
    # before enabling this.
    ports:
      - "127.0.0.1:8080:8080"
    # Default command used when running `docker compose up`
    command: >
      trade
      --logfile /freqtrade/user_data/logs/freqtrade.log
      --db-url sqlite:////freqtrade/user_data/tradesv3.sqlite
      --config /freqtrade/user_data/config.json
      --strategy SampleStrategy
"""

PRINT_ENV = "import json, os; print(json.dumps(dict(os.environ)))"


def _key(simulator: Simulator, name: str = "healthy") -> Credentials:
    return simulator.key(name).credentials


def _files_holding(folder: Path, *values: str) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            if any(v.encode() in data for v in values):
                found.append(path)
    return found


@pytest.fixture
def server_env(tmp_path: Path, password_file: Path) -> dict[str, str]:
    """A server's defaults: the vault file and its password file named once, no flags."""
    return {
        "OKX_KM_VAULT": str(tmp_path / "keys.okxvault"),
        "OKX_KM_PASSWORD_FILE": str(password_file),
    }


@pytest.fixture
def bin_dir(tmp_path: Path) -> Path:
    """A folder for PATH with ``okx-key-manager`` (this checkout) and stand-in bots."""
    folder = tmp_path / "bin"
    folder.mkdir()
    wrapper = folder / "okx-key-manager"
    wrapper.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m gui "$@"\n')
    wrapper.chmod(0o755)
    for bot in ("freqtrade", "okx", "okx-trade-mcp"):
        stand_in = folder / bot
        stand_in.write_text(
            f"#!{sys.executable}\nimport json, os, sys\n"
            "names = sorted(k for k in os.environ if k.startswith(('FREQTRADE__', 'OKX_'))\n"
            "               and not k.startswith('OKX_KM_'))\n"
            "print(json.dumps({'argv': sys.argv[1:], 'names': names}))\n"
        )
        stand_in.chmod(0o755)
    return folder


def _path_env(bin_dir: Path, **extra: str) -> dict[str, str]:
    return {"PATH": f"{bin_dir}:{os.environ.get('PATH', os.defpath)}", **extra}


def _sim(simulator: Simulator) -> tuple[str, ...]:
    return ("--base-url", simulator.base_url, "--allow-non-okx-host")


# --- Compose: migrate adds the names, run passes the values, docker-compose renders them ---


@pytest.mark.skipif(shutil.which("docker-compose") is None, reason="docker-compose not installed")
def test_freqtrade_compose_gets_the_key_after_migrate(
    cli: Cli, tmp_path: Path, simulator: Simulator, server_env: dict[str, str], bin_dir: Path
) -> None:
    key = _key(simulator)
    project = tmp_path / "ft_userdata"
    (project / "user_data").mkdir(parents=True)
    compose = project / "docker-compose.yml"
    compose.write_text(FREQTRADE_COMPOSE)
    config = project / "user_data" / "config.json"
    config.write_text(samples.freqtrade_config(key))
    config.chmod(0o644)

    moved = cli("migrate", str(config), "--compose", *_sim(simulator), env=server_env)
    assert moved.returncode == 0, moved.stdout + moved.stderr
    assert "names only" in moved.stdout
    assert (compose.stat().st_mode & 0o777, config.stat().st_mode & 0o777) == (0o600, 0o600)
    edited = compose.read_text()
    assert "# Expose api on port 8080 (localhost only)" in edited  # comments stay
    [shown] = _doc_blocks("yaml")  # docs/bots.md shows the result as it is
    assert shown.split("    image:")[0] in edited
    assert (project / "docker-compose.yml.orig").read_text() == FREQTRADE_COMPOSE
    printed = next(line.strip() for line in moved.stdout.splitlines() if " run " in line)
    assert printed.endswith(f"-- docker compose -f {compose} up -d")

    rendered = cli(
        "run", "freqtrade config", "--as", "freqtrade", "--",
        "docker-compose", "-f", str(compose), "config",
        env=server_env, cwd=project,
    )  # fmt: skip
    assert rendered.returncode == 0, rendered.stderr
    assert "passes none" not in rendered.stderr
    service = rendered.stdout.split("freqtrade:", 1)[1]
    assert f"FREQTRADE__EXCHANGE__KEY: {key.api_key}" in service
    assert f"FREQTRADE__EXCHANGE__SECRET: {key.secret_key}" in service
    assert key.passphrase in service.split("FREQTRADE__EXCHANGE__PASSWORD:", 1)[1].split("\n")[0]
    assert _files_holding(tmp_path, key.api_key, key.secret_key, key.passphrase) == []

    # The printed command, pasted: a stand-in "docker" renders instead of starting (no daemon).
    docker = bin_dir / "docker"
    docker.write_text(
        f"#!{sys.executable}\nimport os, shutil, sys\n"
        "words = sys.argv[2:sys.argv.index('up')]  # docker compose -f FILE up -d\n"
        "compose = shutil.which('docker-compose')\n"
        "os.execv(compose, [compose, *words, 'config'])\n"
    )
    docker.chmod(0o755)
    pasted = subprocess.run(
        ["sh", "-c", printed],
        capture_output=True,
        text=True,
        timeout=120,
        env=headless_env(tmp_path, **server_env, **_path_env(bin_dir)),
        cwd=project,
    )
    assert pasted.returncode == 0, pasted.stderr
    assert f"FREQTRADE__EXCHANGE__SECRET: {key.secret_key}" in pasted.stdout


def test_run_warns_when_a_compose_file_or_docker_run_passes_no_key(
    cli: Cli, tmp_path: Path, simulator: Simulator, server_env: dict[str, str], bin_dir: Path
) -> None:
    FileVaultStore.create(Path(server_env["OKX_KM_VAULT"]), VAULT_PASSWORD).add(
        "ft", Region.GLOBAL, Environment.LIVE, _key(simulator)
    )
    (tmp_path / "docker-compose.yml").write_text(FREQTRADE_COMPOSE)
    docker = bin_dir / "docker"
    docker.write_text("#!/bin/sh\nexit 0\n")
    docker.chmod(0o755)
    env = {**server_env, **_path_env(bin_dir)}
    compose = cli("run", "ft", "--as", "freqtrade", "--", "docker", "compose", "up", env=env)
    assert compose.returncode == 0
    assert "passes none of FREQTRADE__EXCHANGE__NAME" in compose.stderr
    assert "      - FREQTRADE__EXCHANGE__KEY" in compose.stderr
    bare = cli("run", "ft", "--as", "freqtrade", "--", "docker", "run", "img", env=env)
    assert "-e FREQTRADE__EXCHANGE__KEY" in bare.stderr
    named = cli(
        "run", "ft", "--as", "freqtrade", "--", "docker", "run",
        "-e", "FREQTRADE__EXCHANGE__KEY", "-e", "FREQTRADE__EXCHANGE__SECRET", "img",
        env=env,
    )  # fmt: skip
    assert "warning" not in named.stderr


def test_env_format_docker_is_read_literally(
    cli: Cli, simulator: Simulator, server_env: dict[str, str]
) -> None:
    key = _key(simulator)  # every simulator passphrase holds "#"
    assert "#" in key.passphrase
    FileVaultStore.create(Path(server_env["OKX_KM_VAULT"]), VAULT_PASSWORD).add(
        "k", Region.GLOBAL, Environment.LIVE, key
    )
    out = cli("env", "k", "--as", "okx", "--format", "docker", env=server_env)
    assert out.returncode == 0, out.stderr
    # Docker's --env-file: NAME=the rest of the line, literally (no quotes, no escapes).
    parsed = dict(line.split("=", 1) for line in out.stdout.splitlines())
    assert parsed["OKX_PASSPHRASE"] == key.passphrase
    assert parsed["OKX_API_KEY"] == key.api_key


# --- passivbot without a container ---

STAND_IN_PASSIVBOT = """
import hashlib, json, sys, time
def load_user_info(user, api_keys_path="api-keys.json"):  # as passivbot's procedures.py
    api_keys = json.load(open(api_keys_path))
    return {k: api_keys[user].get(k, "") for k in ("exchange", "key", "secret", "passphrase")}
seen = [load_user_info(sys.argv[1]) for _ in range(3)]  # read several times during a run
assert all(s == seen[0] for s in seen)
print(json.dumps({k: hashlib.sha256(v.encode()).hexdigest() for k, v in seen[0].items()}))
"""


def _memory_folder() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="okx-km-test-runtime-", dir="/dev/shm"))
    folder.chmod(0o700)
    return folder


@pytest.mark.skipif(not Path("/dev/shm").is_dir(), reason="no /dev/shm (tmpfs) here")
def test_passivbot_started_directly_reads_its_key_from_memory_only(
    cli: Cli, tmp_path: Path, simulator: Simulator, server_env: dict[str, str]
) -> None:
    import hashlib

    key = _key(simulator)
    FileVaultStore.create(Path(server_env["OKX_KM_VAULT"]), VAULT_PASSWORD).add(
        "pb", Region.GLOBAL, Environment.LIVE, key
    )
    work = tmp_path / "passivbot"
    work.mkdir()
    runtime = _memory_folder()
    try:
        result = cli(
            "run", "pb", "--as", "passivbot", "--", sys.executable, "-c", STAND_IN_PASSIVBOT,
            "okx_main", env={**server_env, "XDG_RUNTIME_DIR": str(runtime), "PB_USER": "okx_main"},
            cwd=work,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        got = json.loads(result.stdout)
        digest = {
            "exchange": "okx", "key": key.api_key, "secret": key.secret_key,
            "passphrase": key.passphrase,
        }  # fmt: skip
        assert got == {k: hashlib.sha256(v.encode()).hexdigest() for k, v in digest.items()}
        assert list(runtime.iterdir()) == [] and list(work.iterdir()) == []
        assert _files_holding(tmp_path, key.api_key, key.secret_key) == []

        on_disk = tmp_path / "runtime-on-disk"
        on_disk.mkdir(mode=0o700)
        refused = cli(
            "run", "pb", "--as", "passivbot", "--", sys.executable, "-c", "pass",
            env={**server_env, "XDG_RUNTIME_DIR": str(on_disk)}, cwd=work,
        )  # fmt: skip
        assert refused.returncode == 6 and "not in memory (tmpfs)" in refused.stderr
        assert list(on_disk.iterdir()) == [] and list(work.iterdir()) == []
    finally:
        shutil.rmtree(runtime, ignore_errors=True)


def test_migrate_leaves_passivbots_file_alone_and_says_why(
    cli: Cli, tmp_path: Path, simulator: Simulator, server_env: dict[str, str]
) -> None:
    path = tmp_path / "api-keys.json"
    text = samples.passivbot_keys(_key(simulator))
    path.write_text(text)
    path.chmod(0o644)
    result = cli("migrate", str(path), *_sim(simulator), env=server_env)
    assert result.returncode == 1  # a key is still in a file
    assert "passivbot reads this file itself" in result.stdout
    assert path.read_text() == text and path.stat().st_mode & 0o777 == 0o600


# --- servers: OKX_KM_VAULT / OKX_KM_PASSWORD_FILE, printed commands that work when pasted ---


def test_server_defaults_and_every_printed_command_runs(
    cli: Cli, tmp_path: Path, simulator: Simulator, password_file: Path, bin_dir: Path
) -> None:
    key = _key(simulator)
    creds = {"OKX_API_KEY": key.api_key, "OKX_SECRET_KEY": key.secret_key}
    creds["OKX_PASSPHRASE"] = key.passphrase
    vault = tmp_path / "keys.okxvault"
    config = tmp_path / "config.json"
    config.write_text(samples.freqtrade_config(_key(simulator, "read-only")))
    # Flags once, as a user types them: the printed follow-ups carry them.
    flags = ("--vault", str(vault), "--password-file", str(password_file))
    added = cli("add", "--label", "k", *flags, *_sim(simulator), env=creds)
    assert added.returncode == 0, added.stderr
    moved = cli("migrate", str(config), *flags, *_sim(simulator))
    assert moved.returncode == 0, moved.stdout + moved.stderr
    printed = [
        line.strip()
        for out in (added.stdout, moved.stdout)
        for line in out.splitlines()
        if line.strip().startswith("okx-key-manager ")
    ]
    assert len(printed) == 2
    for line in printed:  # pasted into a shell with nothing else set
        pasted = subprocess.run(
            ["sh", "-c", line],
            capture_output=True,
            text=True,
            timeout=120,
            env=headless_env(tmp_path, **_path_env(bin_dir)),
            cwd=tmp_path,
        )
        assert pasted.returncode == 0, (line, pasted.stderr)
        assert "FREQTRADE__EXCHANGE__KEY" in pasted.stdout or "OKX_API_KEY" in pasted.stdout

    # On a server: the two variables only, no flag.
    server = {"OKX_KM_VAULT": str(vault), "OKX_KM_PASSWORD_FILE": str(password_file)}
    listed = cli("list", "--json", env=server)
    assert listed.returncode == 0, listed.stderr
    assert {r["label"] for r in json.loads(listed.stdout)} == {"k", "freqtrade config"}
    ran = cli("run", "k", "--as", "okx", "--", sys.executable, "-c", PRINT_ENV, env=server)
    assert json.loads(ran.stdout)["OKX_API_KEY"] == key.api_key

    password_file.chmod(0o644)  # as ssh refuses such a private key
    refused = cli("list", env=server)
    assert refused.returncode == 4
    assert f"chmod 600 {password_file}" in refused.stderr and "readable by other" in refused.stderr
    # systemd's credentials folder is the service's own (an ACL may show in the group bits).
    systemd = cli("list", env={**server, "CREDENTIALS_DIRECTORY": str(password_file.parent)})
    assert systemd.returncode == 0, systemd.stderr


# --- run: exec failures like a shell; --mask forwards SIGINT as SIGTERM ---


@pytest.mark.parametrize(
    ("content", "mode", "status", "said"),
    [
        (b"echo no interpreter line\n", 0o755, 126, "needs a first line such as #!"),
        (b"#!/bin/sh\r\necho crlf\r\n", 0o755, 126, "Windows line break (CR)"),
        (b"#!/nonexistent/python9\nprint(1)\n", 0o755, 126, "does not exist"),
        (b"#!{not_executable}\n", 0o755, 126, "is not a program that can be executed"),
    ],
)
def test_run_maps_exec_failures_to_a_message_and_the_shells_status(
    cli: Cli,
    tmp_path: Path,
    simulator: Simulator,
    server_env: dict[str, str],
    content: bytes,
    mode: int,
    status: int,
    said: str,
) -> None:
    FileVaultStore.create(Path(server_env["OKX_KM_VAULT"]), VAULT_PASSWORD).add(
        "k", Region.GLOBAL, Environment.LIVE, _key(simulator)
    )
    not_executable = tmp_path / "plain-file"
    not_executable.write_text("not a program\n")
    script = tmp_path / "bot"
    script.write_bytes(content.replace(b"{not_executable}", str(not_executable).encode()))
    script.chmod(mode)
    for masked in ((), ("--mask",)):
        result = cli("run", "k", "--as", "okx", *masked, "--", str(script), env=server_env)
        assert result.returncode == status, result.stderr
        assert said in result.stderr and "Traceback" not in result.stderr
    missing = cli("run", "k", "--as", "okx", "--", str(tmp_path / "nowhere"), env=server_env)
    assert missing.returncode == 127 and "Traceback" not in missing.stderr


def test_mask_forwards_sigint_as_sigterm(
    tmp_path: Path, simulator: Simulator, server_env: dict[str, str]
) -> None:
    FileVaultStore.create(Path(server_env["OKX_KM_VAULT"]), VAULT_PASSWORD).add(
        "k", Region.GLOBAL, Environment.LIVE, _key(simulator)
    )
    child = (
        "import signal, sys\n"
        "def stop(signum, frame):\n"
        "    print(signal.Signals(signum).name, flush=True); sys.exit(0)\n"
        "signal.signal(signal.SIGTERM, stop)\n"
        "signal.signal(signal.SIGINT, stop)\n"
        "print('ready', flush=True)\n"
        "signal.pause()\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "gui", "run", "k", "--as", "okx", "--mask", "--",
         sys.executable, "-c", child],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=headless_env(tmp_path, **server_env),
        start_new_session=True,  # only run gets the SIGINT, as from a supervisor
    )  # fmt: skip
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert out.strip() == "SIGTERM", err
    assert process.returncode == 0


# --- several keys per run; the docs' snippets for every region ---


def _doc_blocks(language: str) -> list[str]:
    text = (ROOT / "docs" / "bots.md").read_text(encoding="utf-8")
    parts = text.split(f"```{language}\n")[1:]
    return [part.split("```", 1)[0] for part in parts]


@pytest.fixture
def regional_vault(server_env: dict[str, str], simulator: Simulator) -> dict[str, str]:
    store = FileVaultStore.create(Path(server_env["OKX_KM_VAULT"]), VAULT_PASSWORD)
    for name, region, environment in (
        ("healthy", Region.GLOBAL, Environment.LIVE),
        ("demo", Region.GLOBAL, Environment.DEMO),
        ("eea", Region.EEA, Environment.LIVE),
        ("us", Region.US, Environment.LIVE),
    ):
        store.add(name, region, environment, simulator.key(name).credentials)
    store.lock()
    return server_env


def test_several_keys_per_run_get_their_own_prefixes(
    cli: Cli, regional_vault: dict[str, str], simulator: Simulator
) -> None:
    result = cli(
        "run", "healthy", "--as", "ccxt", "--key", "demo:DEMO_", "--key", "eea:EU_", "--",
        sys.executable, "-c", PRINT_ENV, env=regional_vault,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    env = json.loads(result.stdout)
    assert env["OKX_APIKEY"] == _key(simulator).api_key
    assert env["DEMO_OKX_APIKEY"] == _key(simulator, "demo").api_key
    assert env["DEMO_OKX_SANDBOX"] == "1"
    assert env["EU_MYOKX_APIKEY"] == _key(simulator, "eea").api_key
    env = regional_vault
    clash = cli("run", "healthy", "--as", "ccxt", "--key", "demo:", "--", "true", env=env)
    assert clash.returncode == 2 and "give each --key its own" in clash.stderr
    bad = cli("run", "healthy", "--as", "ccxt", "--key", "demo", "--", "true", env=regional_vault)
    assert bad.returncode == 2 and "LABEL:PREFIX" in bad.stderr


@pytest.mark.parametrize("label", ["healthy", "demo", "eea", "us"])
def test_documented_ccxt_snippets_run_for_every_region(
    cli: Cli, regional_vault: dict[str, str], simulator: Simulator, label: str
) -> None:
    pytest.importorskip("ccxt")
    snippets = [block for block in _doc_blocks("python") if "ccxt" in block]
    assert len(snippets) == 2
    urls = {r.value: url for r, url in simulator.base_urls.items()}
    region = {"eea": "eea", "us": "us"}.get(label, "global")
    for snippet in snippets:
        # The docs' code, then its exchanges pointed at the simulator and asked for a balance.
        script = snippet + (
            "import json\n"
            "clients = [v for v in list(globals().values()) if isinstance(v, ccxt.Exchange)]\n"
            "for client in clients:\n"
            f"    client.urls['api']['rest'] = {urls[region]!r}\n"
            "    assert client.private_get_account_balance()['code'] == '0'\n"
            "print(len(clients))\n"
        )
        extra = ("--key", f"{label}:SECOND_") if "SECOND_" in snippet else ()
        result = cli(
            "run", label, "--as", "ccxt", *extra, "--", sys.executable, "-c", script,
            env=regional_vault,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert result.stdout.split()[-1] == ("2" if extra else "1")


# --- a key bound to another machine: add --no-check, check LABEL later ---


def test_add_without_a_check_then_check_it_later(
    cli: Cli, simulator: Simulator, server_env: dict[str, str]
) -> None:
    key = _key(simulator)
    creds = {"OKX_API_KEY": key.api_key, "OKX_SECRET_KEY": key.secret_key}
    creds["OKX_PASSPHRASE"] = key.passphrase
    added = cli("add", "--label", "server", "--no-check", env={**server_env, **creds})
    assert added.returncode == 0, added.stderr
    assert "not checked from here" in added.stdout
    assert not simulator.requests  # nothing was sent
    rows = json.loads(cli("list", "--json", env=server_env).stdout)
    assert [(r["label"], r["status"]) for r in rows] == [("server", "not-checked")]
    [printed] = [line.strip() for line in added.stdout.splitlines() if "okx-key-manager " in line]
    assert printed == "okx-key-manager check server"
    # Pasted on the server (here the simulator stands for OKX: its two flags added).
    checked = cli(*shlex.split(printed)[1:], *_sim(simulator), env=server_env)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    rows = json.loads(cli("list", "--json", env=server_env).stdout)
    assert [(r["label"], r["status"]) for r in rows] == [("server", "connected")]

    withdraw = _key(simulator, "withdraw")
    creds = {"OKX_API_KEY": withdraw.api_key, "OKX_SECRET_KEY": withdraw.secret_key}
    creds["OKX_PASSPHRASE"] = withdraw.passphrase
    cli("add", "--label", "risky", "--no-check", env={**server_env, **creds})
    refused = cli("check", "risky", *_sim(simulator), env=server_env)
    assert refused.returncode == 1 and "can withdraw" in refused.stderr
    rows = json.loads(cli("list", "--json", env=server_env).stdout)
    assert [r["label"] for r in rows] == ["server"]  # nothing keeps a key that can withdraw


# --- the docs' systemd unit and MCP client, as they are run ---


def test_docs_systemd_unit_is_the_generated_one_and_verifies(tmp_path: Path) -> None:
    from gui.bots.presets import Tool
    from gui.bots.snippets import systemd_unit, this_program

    [unit] = [block for block in _doc_blocks("ini") if "ExecStart=" in block]
    assert unit == systemd_unit(
        "ft-live",
        Tool.FREQTRADE,
        ["/home/ft/ft_userdata/.venv/bin/freqtrade", "trade", "--config", "user_data/config.json"],
        vault=Path("/srv/okx/keys.okxvault"),
        user="ft",
        working_directory="/home/ft/ft_userdata",
        program="/usr/bin/okx-key-manager",
    )
    verify = shutil.which("systemd-analyze")
    if verify is None:
        pytest.skip("systemd-analyze is not installed")
    # The unit "Use with…" writes for this installation: full paths that exist here.
    bot = tmp_path / "freqtrade"
    bot.write_text("#!/bin/sh\n")
    bot.chmod(0o755)
    local = systemd_unit(
        "ft-live",
        Tool.FREQTRADE,
        [str(bot), "trade"],
        vault=Path("/srv/okx/keys.okxvault"),
        user="root",
        working_directory=str(tmp_path),
        program=this_program(),
    )
    assert f"ExecStart={this_program()} run" in local and f" -- {bot} trade" in local
    path = tmp_path / "okx-km-test-freqtrade.service"
    path.write_text(local)
    result = subprocess.run(
        [verify, "verify", "--man=no", str(path)], capture_output=True, text=True, timeout=120
    )
    problems = [
        line
        for line in (result.stdout + result.stderr).splitlines()
        if "okx-km-test-freqtrade" in line
    ]
    assert problems == [], problems


def test_docs_mcp_client_configuration_starts_the_server_through_run(
    tmp_path: Path, simulator: Simulator, server_env: dict[str, str], bin_dir: Path
) -> None:
    FileVaultStore.create(Path(server_env["OKX_KM_VAULT"]), VAULT_PASSWORD).add(
        "agent", Region.GLOBAL, Environment.LIVE, _key(simulator)
    )
    [block] = [b for b in _doc_blocks("json") if "mcpServers" in b]
    server = json.loads(block)["mcpServers"]["okx"]
    # What an MCP client does with it: start "command" with "args".
    result = subprocess.run(
        [server["command"], *server["args"]],
        capture_output=True,
        text=True,
        timeout=120,
        env=headless_env(tmp_path, **server_env, **_path_env(bin_dir)),
    )
    assert result.returncode == 0, result.stderr
    started = json.loads(result.stdout)
    assert started["names"] == ["OKX_API_KEY", "OKX_DEMO", "OKX_PASSPHRASE", "OKX_SECRET_KEY",
                                "OKX_SITE"]  # fmt: skip


def test_use_with_shows_this_installation(tmp_path: Path) -> None:
    from gui.bots.presets import Tool
    from gui.bots.snippets import systemd_unit, this_program

    unit = systemd_unit("bot", Tool.OKX, ["okx-trade-mcp"])
    assert f"WorkingDirectory={Path.home()}" in unit
    assert "/home/trader" not in unit and "/usr/bin/okx-key-manager" not in unit
    assert f"ExecStart={this_program()} " in unit
    assert Path(this_program()).is_absolute() and os.access(this_program(), os.X_OK)


@pytest.mark.parametrize("answer", ["y", "n"])
def test_migrate_asks_before_editing_a_compose_file(
    tmp_path: Path, simulator: Simulator, server_env: dict[str, str], answer: str
) -> None:
    import io

    from gui.cli import build_parser
    from gui.commands import migrating
    from gui.commands.common import Console

    project = tmp_path / "ft_userdata"
    (project / "user_data").mkdir(parents=True)
    compose = project / "docker-compose.yml"
    compose.write_text(FREQTRADE_COMPOSE)
    config = project / "user_data" / "config.json"
    config.write_text(samples.freqtrade_config(_key(simulator)))
    words = ["migrate", str(config), *_sim(simulator)]
    args = build_parser(wanted=set(words)).parse_args(words)
    questions: list[str] = []
    out, err = io.StringIO(), io.StringIO()

    def ask(question: str) -> str:
        questions.append(question)
        return answer

    console = Console(out=out, err=err, env=server_env, ask=ask, interactive=lambda: True)
    assert migrating.run(args, console) == 0, err.getvalue()
    assert len(questions) == 1 and "(names only)" in questions[0]
    if answer == "y":
        assert "    environment:\n      - FREQTRADE__EXCHANGE__KEY\n" in compose.read_text()
        assert "docker compose -f" in out.getvalue()
    else:
        assert compose.read_text() == FREQTRADE_COMPOSE
        assert "      - FREQTRADE__EXCHANGE__PASSWORD" in out.getvalue()  # to add by hand
        assert "or run this migrate again with --compose" in out.getvalue()


def _doc_shell_line(starts: str) -> str:
    """A command of the docs' sh blocks, its continuation lines joined."""
    for block in _doc_blocks("sh"):
        joined = block.replace("\\\n", " ")
        for line in joined.splitlines():
            if line.strip().startswith(starts):
                return line.split("  #")[0].strip()
    raise AssertionError(f"docs/bots.md shows no command starting {starts!r}")


def test_docs_docker_run_passes_the_values_to_docker(
    cli: Cli, tmp_path: Path, simulator: Simulator, server_env: dict[str, str], bin_dir: Path
) -> None:
    key = _key(simulator)
    FileVaultStore.create(Path(server_env["OKX_KM_VAULT"]), VAULT_PASSWORD).add(
        "ft-live", Region.GLOBAL, Environment.LIVE, key
    )
    docker = bin_dir / "docker"  # what docker run -e NAME sends into the container
    docker.write_text(
        f"#!{sys.executable}\nimport json, os, sys\n"
        "args = sys.argv[1:]\n"
        "names = [args[i + 1] for i, a in enumerate(args) if a == '-e']\n"
        "print(json.dumps({n: os.environ[n] for n in names}))\n"
    )
    docker.chmod(0o755)
    line = _doc_shell_line("okx-key-manager run ft-live --as freqtrade -- docker run")
    result = subprocess.run(
        ["sh", "-c", line],
        capture_output=True,
        text=True,
        timeout=120,
        env=headless_env(tmp_path, **server_env, **_path_env(bin_dir)),
    )
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr
    assert json.loads(result.stdout) == {
        "FREQTRADE__EXCHANGE__KEY": key.api_key,
        "FREQTRADE__EXCHANGE__SECRET": key.secret_key,
        "FREQTRADE__EXCHANGE__PASSWORD": key.passphrase,
    }


@pytest.mark.skipif(not Path("/dev/shm").is_dir(), reason="no /dev/shm (tmpfs) here")
def test_docs_passivbot_command_runs_a_stand_in(
    tmp_path: Path, simulator: Simulator, server_env: dict[str, str], bin_dir: Path
) -> None:
    key = _key(simulator)
    FileVaultStore.create(Path(server_env["OKX_KM_VAULT"]), VAULT_PASSWORD).add(
        "pb-okx", Region.GLOBAL, Environment.LIVE, key
    )
    home = tmp_path / "home"
    main = home / "passivbot" / "src" / "main.py"
    main.parent.mkdir(parents=True)
    # passivbot's own start: its config names the user; here the stand-in takes it from there.
    main.write_text(
        "import json, sys\n"
        "user = json.load(open(sys.argv[1]))['live']['user']\n"
        + STAND_IN_PASSIVBOT.replace("sys.argv[1]) for _", "user) for _")
    )
    config = home / "passivbot" / "configs" / "live" / "okx.json"
    config.parent.mkdir(parents=True)
    config.write_text(json.dumps({"live": {"user": "okx_main"}}))
    line = _doc_shell_line("cd ~/passivbot && PB_USER=okx_main okx-key-manager run pb-okx")
    runtime = _memory_folder()
    try:
        result = subprocess.run(
            ["sh", "-c", line],
            capture_output=True,
            text=True,
            timeout=120,
            env=headless_env(
                tmp_path,
                **server_env,
                **_path_env(bin_dir),
                HOME=str(home),
                XDG_RUNTIME_DIR=str(runtime),
            ),
        )
        assert result.returncode == 0, result.stderr
        import hashlib

        assert (
            json.loads(result.stdout)["secret"]
            == hashlib.sha256(key.secret_key.encode()).hexdigest()
        )
        assert list(runtime.iterdir()) == []
        assert not (home / "passivbot" / "api-keys.json").exists()
    finally:
        shutil.rmtree(runtime, ignore_errors=True)
