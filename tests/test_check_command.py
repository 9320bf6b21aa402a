"""``okx-key-manager check``: the connection report on the command line."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from gui.cli import build_parser
from gui.commands import check as check_cli
from gui.okx.simulator import Simulator


def _run(
    argv: list[str], env: dict[str, str] | None = None, answers: list[str] | None = None
) -> tuple[int, str, str, list[str]]:
    args = build_parser().parse_args(["check", *argv])
    out, err = io.StringIO(), io.StringIO()
    replies = iter(answers or [])
    asked: list[str] = []

    def ask(prompt: str) -> str:
        asked.append(prompt)
        return next(replies)

    code = check_cli.run(args, out=out, err=err, env=env or {}, ask=ask, ask_hidden=ask)
    return code, out.getvalue(), err.getvalue(), asked


def test_healthy_simulator_key_is_connected_with_balances() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "gui", "check", "--simulator", "healthy"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "NOTE: this is not OKX's server" in result.stdout
    assert "Total equity:" in result.stdout
    assert result.stdout.rstrip().endswith("Result: connected.")
    assert "[ FAIL]" not in result.stdout


def test_a_key_that_can_withdraw_is_not_connected() -> None:
    """The same rule as saving: the key answers, but it is not usable and the status says so."""
    code, out, _err, _asked = _run(["--simulator", "withdraw"])
    assert code == 1
    assert "[WARN!] Permissions" in out  # the danger is shouted
    assert "Fix: Delete this key on OKX" in out
    assert "Result: connected" not in out
    assert out.rstrip().splitlines()[-1].startswith("Result: not usable. This key can withdraw")


def test_wrong_region_names_the_right_one() -> None:
    code, out, _err, _asked = _run(["--simulator", "eea"])
    assert code == 1
    assert "This key belongs to OKX EEA (live): check it there (--region eea)." in out


def test_demo_key_checked_as_live_names_demo() -> None:
    code, out, _err, _asked = _run(["--simulator", "demo"])
    assert code == 1
    assert "--demo" in out


def test_unknown_simulator_key_lists_the_choices() -> None:
    code, _out, err, _asked = _run(["--simulator", "nope"])
    assert code == 2
    assert "choose one of: healthy" in err


def test_credentials_from_environment_and_wrong_passphrase(simulator: Simulator) -> None:
    creds = simulator.key("healthy").credentials
    env = {
        "OKX_API_KEY": creds.api_key,
        "OKX_SECRET_KEY": creds.secret_key,
        "OKX_PASSPHRASE": "Wrong#Passphrase1",
    }
    code, out, err, asked = _run(
        ["--base-url", simulator.base_url, "--allow-non-okx-host"], env=env
    )
    assert asked == []
    assert code == 1
    assert "[ FAIL] Passphrase" in out
    assert "Result: problem." in out
    for secret in (creds.secret_key, "Wrong#Passphrase1", creds.api_key):
        assert secret not in out + err


def test_credentials_are_asked_for_when_not_in_environment(simulator: Simulator) -> None:
    creds = simulator.key("healthy").credentials
    answers = [f"  {creds.api_key} ", creds.secret_key, creds.passphrase]
    code, out, _err, asked = _run(
        ["--base-url", simulator.base_url, "--allow-non-okx-host"], answers=answers
    )
    assert asked == ["API key: ", "Secret key (hidden): ", "Passphrase (hidden): "]
    assert code == 0, out
    assert creds.secret_key not in out


@pytest.mark.parametrize("answers", [["", "", ""], ["key", "", "pass"]])
def test_missing_credentials_are_refused(answers: list[str]) -> None:
    code, _out, err, _asked = _run([], answers=answers)
    assert code == 2
    assert "OKX_API_KEY" in err
