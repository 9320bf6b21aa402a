"""Done when (issue 20), through the real command line against the simulator: issue a key for a
sub-account, start a real ccxt client through ``run`` with it and sign a request, rotate it, see
the old key refused and the new one accepted, revoke it, see it refused and gone from ``list`` —
with no secret in any output, file or log. And the command line's refusals."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from gui.okx.client import OkxClient
from gui.okx.errors import OkxError
from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from gui.okx.simulator import Simulator
from gui.vault.filevault import FileVaultStore
from tests.bots.conftest import VAULT_PASSWORD, Cli

CCXT = """
import json, os, ccxt
exchange = ccxt.okx({
    "apiKey": os.environ["OKX_APIKEY"],
    "secret": os.environ["OKX_SECRET"],
    "password": os.environ["OKX_PASSWORD"],
})
exchange.urls["api"]["rest"] = os.environ["SIM_URL"]
print(json.dumps(exchange.private_get_account_balance()))
"""


@pytest.fixture
def vault(tmp_path: Path, simulator: Simulator) -> Path:
    path = tmp_path / "keys.okxvault"
    store = FileVaultStore.create(path, VAULT_PASSWORD)
    for name, label in (("manager", "the manager"), ("sub-account", "a sub key")):
        key = simulator.key(name)
        store.add(label, Region.GLOBAL, Environment.LIVE, key.credentials)
    store.lock()
    return path


class Session:
    """The command line with the vault, the password file and the simulator's address."""

    def __init__(self, cli: Cli, vault: Path, password_file: Path, sim: Simulator) -> None:
        self.cli, self.vault, self.password_file, self.sim = cli, vault, password_file, sim
        self.outputs: list[str] = []

    def store_args(self) -> list[str]:
        return ["--vault", str(self.vault), "--password-file", str(self.password_file)]

    def server_args(self) -> list[str]:
        return ["--base-url", self.sim.base_url, "--allow-non-okx-host"]

    def __call__(
        self, *args: str, server: bool = True, **env: str
    ) -> subprocess.CompletedProcess[str]:
        words = [*args[:1], *self.store_args(), *(self.server_args() if server else []), *args[1:]]
        if args[0] == "run":  # run LABEL --as TOOL [store] -- COMMAND
            split = list(args).index("--")
            words = [*args[:split], *self.store_args(), *args[split:]]
        result = self.cli(*words, env=env or None)
        self.outputs += [result.stdout, result.stderr]
        return result

    def credentials(self, label: str) -> Credentials:
        store = FileVaultStore(self.vault)
        store.unlock(VAULT_PASSWORD)
        try:
            (connection,) = [c for c in store.list() if c.label == label]
            return store.get_credentials(connection.id)
        finally:
            store.lock()


@pytest.fixture
def session(cli: Cli, vault: Path, password_file: Path, simulator: Simulator) -> Session:
    simulator.rate_limits = False  # one process per step, a second apart at most
    return Session(cli, vault, password_file, simulator)


def accepted(sim: Simulator, credentials: Credentials) -> bool:
    with OkxClient(credentials, base_url=sim.base_url, timeout=5.0) as client:
        try:
            client.account_config()
        except OkxError as error:
            assert error.code == "50119", error
            return False
    return True


def run_ccxt(session: Session, label: str) -> dict[str, object]:
    result = session(
        "run", label, "--as", "ccxt", "--", sys.executable, "-c", CCXT, SIM_URL=session.sim.base_url
    )
    assert result.returncode == 0, result.stderr
    answer: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return answer


def test_issue_run_rotate_revoke_through_the_command_line(
    session: Session, simulator: Simulator, tmp_path: Path
) -> None:
    pytest.importorskip("ccxt")
    marked = session("manager", "the manager", "--yes")
    assert marked.returncode == 0, marked.stderr
    assert "trade your master account" in marked.stdout

    issued = session(
        "issue", "--from", "the manager", "--sub-account", "botalpha01", "--ip", "127.0.0.1",
        "--label", "grid", "--yes",
    )  # fmt: skip
    assert issued.returncode == 0, issued.stderr
    assert "Checked from here: it works." in issued.stdout
    assert "okx-key-manager run grid --as TOOL -- COMMAND" in issued.stdout
    first = session.credentials("grid")

    assert run_ccxt(session, "grid")["code"] == "0"  # a real ccxt client signs with it
    bot_requests = [r for r in simulator.requests if r.key_name and "botalpha01/" in r.key_name]
    assert any(
        r.target.startswith("/api/v5/account/balance") and r.code == "0" for r in bot_requests
    )

    rotated = session("rotate", "grid", "--yes")
    assert rotated.returncode == 0, rotated.stderr
    second = session.credentials("grid")
    assert second.api_key != first.api_key
    assert not accepted(simulator, first) and accepted(simulator, second)
    assert run_ccxt(session, "grid")["code"] == "0"

    drift = session("keys", "--from", "the manager")
    assert drift.returncode == 0, drift.stderr
    assert "issued here" in drift.stdout and "unknown to the app" in drift.stdout

    revoked = session("revoke", "grid", "--yes")
    assert revoked.returncode == 0, revoked.stderr
    assert not accepted(simulator, second)
    listed = session("list", server=False)
    assert listed.returncode == 0 and "grid" not in listed.stdout and "the manager" in listed.stdout

    secrets = {
        value
        for credentials in (first, second, simulator.key("manager").credentials)
        for value in (credentials.secret_key, credentials.passphrase, credentials.api_key)
    }
    everything = "\n".join(session.outputs)
    for path in tmp_path.rglob("*"):
        if path.is_file():
            everything += path.read_bytes().decode("utf-8", "replace")
    for secret in secrets:
        assert secret not in everything
        assert secret.lower() not in everything.lower()


def test_changes_need_yes(session: Session, simulator: Simulator) -> None:
    assert session("manager", "the manager", "--yes").returncode == 0
    asked = session(
        "issue", "--from", "the manager", "--sub-account", "botalpha01", "--ip", "127.0.0.1"
    )
    assert asked.returncode == 2 and "add --yes" in asked.stderr
    assert [k.name for k in simulator.sub_account_keys("botalpha01")] == ["bot-a-web"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("manager", "a sub key", "--yes"), "only a key of the master"),
        (("issue", "--from", "a sub key", "--sub-account", "botalpha01", "--ip", "127.0.0.1",
          "--yes"), "not marked as the manager key"),
        (("rotate", "a sub key", "--yes"), "not issued by this app"),
        (("issue", "--from", "the manager", "--sub-account", "botalpha01", "--ip", "my-server",
          "--yes"), "is not an IP address"),
    ],
)  # fmt: skip
def test_what_the_command_line_refuses(session: Session, args: tuple[str, ...], words: str) -> None:
    result = session(*args)
    assert result.returncode in (1, 2) and words in result.stderr


def test_managed_and_unknown_sub_accounts(session: Session) -> None:
    assert session("manager", "the manager", "--yes").returncode == 0
    for sub, words in (("managed03", "managed or custody"), ("nosuchbot9", "no sub-account")):
        result = session(
            "issue", "--from", "the manager", "--sub-account", sub, "--ip", "127.0.0.1", "--yes"
        )
        assert result.returncode == 1 and words in result.stderr


def test_rotate_due_from_a_timer_with_nothing_due(session: Session) -> None:
    assert session("manager", "the manager", "--yes").returncode == 0
    issued = session(
        "issue", "--from", "the manager", "--sub-account", "botbeta02", "--ip", "203.0.113.9",
        "--rotate-every", "30", "--yes",
    )  # fmt: skip
    assert issued.returncode == 0 and "To be checked from the server" in issued.stdout
    result = session("rotate", "--due", "--yes")
    assert result.returncode == 0 and "No issued key is due" in result.stdout


def test_list_reports_a_key_left_on_okx_by_an_interrupted_run(session: Session) -> None:
    from dataclasses import replace
    from datetime import UTC, datetime

    from gui.vault.model import PendingIssue

    store = FileVaultStore(session.vault)
    store.unlock(VAULT_PASSWORD)
    (manager,) = [c for c in store.list() if c.label == "the manager"]
    pending = PendingIssue("botalpha01", "okm00aa11bb22", datetime.now(UTC))
    store.change_facts({manager.id: lambda f: replace(f, manager=True, pending=(pending,))})
    store.lock()
    listed = session("list", server=False)
    assert listed.returncode == 0
    assert "okm00aa11bb22" in listed.stderr and "--clean-up" in listed.stderr


def test_clean_up_forgets_what_an_interrupted_run_left(session: Session) -> None:
    from dataclasses import replace
    from datetime import UTC, datetime

    from gui.vault.model import PendingIssue

    assert session("manager", "the manager", "--yes").returncode == 0
    store = FileVaultStore(session.vault)
    store.unlock(VAULT_PASSWORD)
    (manager,) = [c for c in store.list() if c.label == "the manager"]
    pending = PendingIssue("botalpha01", "okm00aa11bb22", datetime.now(UTC))
    store.change_facts({manager.id: lambda f: replace(f, pending=(pending,))})
    store.lock()
    asked = session("keys", "--from", "the manager", "--clean-up")
    assert asked.returncode == 2 and "add --yes" in asked.stderr
    cleaned = session("keys", "--from", "the manager", "--clean-up", "--yes")
    assert cleaned.returncode == 0 and "Cleaned up 1 leftover" in cleaned.stdout
    assert "okm00aa11bb22" not in session("list", server=False).stderr
