"""Real clients started through ``run`` sign requests the simulator accepts: python-okx and ccxt
(installed by the test extras), each reading only its preset's variables; freqtrade's and OKX's
kit's variable names as their sources read them. The real freqtrade runs too when it is
installed (it is too big for the test extras): ``pip install freqtrade``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gui.okx.regions import Environment, Region
from gui.okx.simulator import Simulator
from gui.vault.filevault import FileVaultStore
from tests.bots.conftest import ROOT, VAULT_PASSWORD, Cli, headless_env

PYTHON_OKX = """
import json, os
from okx import Account
api = Account.AccountAPI(
    os.environ["OKX_API_KEY"], os.environ["OKX_API_SECRET"], os.environ["OKX_PASSPHRASE"],
    flag=os.environ["OKX_FLAG"], domain=json.loads(os.environ["SIM_URLS"])[os.environ["REGION"]],
    debug=False,
)
print(json.dumps(api.get_account_balance()))
"""

CCXT = """
import json, os, ccxt
prefix = os.environ["PREFIX"]
exchange = getattr(ccxt, prefix.lower())({
    "apiKey": os.environ[prefix + "_APIKEY"],
    "secret": os.environ[prefix + "_SECRET"],
    "password": os.environ[prefix + "_PASSWORD"],
})
if os.environ[prefix + "_SANDBOX"] == "1":
    exchange.set_sandbox_mode(True)
exchange.urls["api"]["rest"] = json.loads(os.environ["SIM_URLS"])[os.environ["REGION"]]
print(json.dumps(exchange.private_get_account_balance()))
"""


@pytest.fixture
def vault(tmp_path: Path, simulator: Simulator) -> Path:
    path = tmp_path / "keys.okxvault"
    store = FileVaultStore.create(path, VAULT_PASSWORD)
    for name, region, environment in (
        ("healthy", Region.GLOBAL, Environment.LIVE),
        ("demo", Region.GLOBAL, Environment.DEMO),
        ("eea", Region.EEA, Environment.LIVE),
    ):
        store.add(name, region, environment, simulator.key(name).credentials)
    store.lock()
    return path


def _run_client(
    cli: Cli,
    vault: Path,
    password_file: Path,
    simulator: Simulator,
    label: str,
    tool: str,
    script: str,
    region: Region,
    **extra: str,
) -> dict[str, object]:
    urls = json.dumps({r.value: url for r, url in simulator.base_urls.items()})
    result = cli(
        "run",
        label,
        "--as",
        tool,
        "--vault",
        str(vault),
        "--password-file",
        str(password_file),
        "--",
        sys.executable,
        "-c",
        script,
        env={"SIM_URLS": urls, "REGION": region.value, **extra},
    )
    assert result.returncode == 0, result.stderr
    answer: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return answer


def _accepted(simulator: Simulator, key_name: str) -> bool:
    return any(
        r.key_name == key_name and r.target.startswith("/api/v5/account/balance") and r.code == "0"
        for r in simulator.requests
    )


@pytest.mark.parametrize(
    ("label", "region"), [("healthy", Region.GLOBAL), ("demo", Region.GLOBAL), ("eea", Region.EEA)]
)
@pytest.mark.slow
def test_python_okx_signs_with_the_preset(
    cli: Cli, vault: Path, password_file: Path, simulator: Simulator, label: str, region: Region
) -> None:
    pytest.importorskip("okx")
    answer = _run_client(
        cli, vault, password_file, simulator, label, "python-okx", PYTHON_OKX, region
    )
    assert answer["code"] == "0"
    assert _accepted(simulator, label)


@pytest.mark.parametrize(
    ("label", "region", "prefix"),
    [
        ("healthy", Region.GLOBAL, "OKX"),
        ("demo", Region.GLOBAL, "OKX"),
        ("eea", Region.EEA, "MYOKX"),
    ],
)
@pytest.mark.slow
def test_ccxt_signs_with_the_preset(
    cli: Cli,
    vault: Path,
    password_file: Path,
    simulator: Simulator,
    label: str,
    region: Region,
    prefix: str,
) -> None:
    pytest.importorskip("ccxt")
    answer = _run_client(
        cli, vault, password_file, simulator, label, "ccxt", CCXT, region, PREFIX=prefix
    )
    assert answer["code"] == "0"
    assert _accepted(simulator, label)


KIT_READS = (  # packages/core/src/config.ts of okx/agent-trade-kit: loadConfig()
    "OKX_API_KEY",
    "OKX_SECRET_KEY",
    "OKX_PASSPHRASE",
    "OKX_SITE",
    "OKX_DEMO",
)
FREQTRADE_READS = (  # FREQTRADE__{SECTION}__{KEY} -> config["exchange"][...]
    "FREQTRADE__EXCHANGE__NAME",
    "FREQTRADE__EXCHANGE__KEY",
    "FREQTRADE__EXCHANGE__SECRET",
    "FREQTRADE__EXCHANGE__PASSWORD",
)


@pytest.mark.parametrize(("tool", "names"), [("okx", KIT_READS), ("freqtrade", FREQTRADE_READS)])
def test_documented_names_reach_the_child(
    cli: Cli,
    vault: Path,
    password_file: Path,
    simulator: Simulator,
    tool: str,
    names: tuple[str, ...],
) -> None:
    code = "import json, os; print(json.dumps(dict(os.environ)))"
    result = cli(
        "run",
        "healthy",
        "--as",
        tool,
        "--vault",
        str(vault),
        "--password-file",
        str(password_file),
        "--",
        sys.executable,
        "-c",
        code,
    )
    child = json.loads(result.stdout)
    key = simulator.key("healthy").credentials
    assert {n: child[n] for n in names} == dict(
        zip(
            names,
            (
                *(("okx",) if tool == "freqtrade" else ()),
                key.api_key,
                key.secret_key,
                key.passphrase,
                *(("global", "0") if tool == "okx" else ()),
            ),
            strict=True,
        )
    )


@pytest.mark.skipif(shutil.which("freqtrade") is None, reason="freqtrade is not installed")
def test_real_freqtrade_reads_the_key_from_run(
    cli: Cli, vault: Path, password_file: Path, simulator: Simulator, tmp_path: Path
) -> None:
    (tmp_path / "user_data").mkdir()
    config = tmp_path / "config.json"
    config.write_text(
        json.dumps(
            {
                "exchange": {"name": "binance", "key": "", "secret": ""},
                "stake_currency": "USDT",
                "dry_run": True,
            }
        )
    )
    result = cli(
        "run",
        "healthy",
        "--as",
        "freqtrade",
        "--vault",
        str(vault),
        "--password-file",
        str(password_file),
        "--",
        "freqtrade",
        "show-config",
        "--config",
        str(config),
        "--show-sensitive",
    )
    key = simulator.key("healthy").credentials
    assert result.returncode == 0, result.stderr
    assert f'"key": "{key.api_key}"' in result.stdout
    assert f'"secret": "{key.secret_key}"' in result.stdout
    assert '"name": "okx"' in result.stdout


OKX_KIT = os.environ.get("OKX_KM_OKX_KIT") or shutil.which("okx")
ISOLATED_KIT = """
set -u
ip link set lo up
"$PYTHON" -m gui simulator --port 18801 > "$WORK/simulator.log" 2>&1 &
simulator=$!
for _ in $(seq 1 100); do
    grep -q "Press Ctrl-C" "$WORK/simulator.log" && break
    sleep 0.1
done
OKX_API_BASE_URL=http://127.0.0.1:18801 "$PYTHON" -m gui run kit --as okx --vault "$VAULT" \\
    --password-file "$PASSWORD_FILE" -- "$KIT" account balance --json
status=$?
kill "$simulator"
wait "$simulator"
exit $status
"""


def _isolation_works() -> bool:
    if shutil.which("unshare") is None or shutil.which("ip") is None:
        return False
    return subprocess.run(["unshare", "-rn", "true"], capture_output=True).returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(
    OKX_KIT is None or not _isolation_works(),
    reason="OKX's kit is not installed (npm install okx-trade-cli; OKX_KM_OKX_KIT=path/to/okx), "
    "or no network namespace can be made here",
)
def test_real_okx_kit_in_a_network_namespace(
    tmp_path: Path, simulator: Simulator, password_file: Path
) -> None:
    """OKX's own CLI, started through run, signs a balance request the simulator accepts. It
    runs in a network namespace of its own (only loopback, the simulator inside), so nothing it
    might try (update checks) leaves the machine."""
    vault = tmp_path / "kit.okxvault"
    store = FileVaultStore.create(vault, VAULT_PASSWORD)
    store.add("kit", Region.GLOBAL, Environment.LIVE, simulator.key("healthy").credentials)
    store.lock()
    home = tmp_path / "home"
    home.mkdir()
    env = headless_env(
        tmp_path, PYTHON=sys.executable, WORK=str(tmp_path), VAULT=str(vault),
        PASSWORD_FILE=str(password_file), KIT=str(OKX_KIT), HOME=str(home),
    )  # fmt: skip
    result = subprocess.run(
        ["unshare", "-rn", "bash", "-c", ISOLATED_KIT],
        capture_output=True, text=True, timeout=120, env=env, cwd=ROOT,
    )  # fmt: skip
    log = (tmp_path / "simulator.log").read_text()
    assert result.returncode == 0, result.stderr + log
    assert json.loads(result.stdout)[0]["totalEq"]
    assert "GET /api/v5/account/balance -> 200 0 healthy" in log
