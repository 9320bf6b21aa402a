"""Each tool's variables: exactly its own names, mapped per region and environment."""

from __future__ import annotations

import json
import shlex
import subprocess

import pytest

from gui.bots.envformat import Format, UnsafeValue, needs_quotes, render
from gui.bots.presets import Tool, ToolRefused, check_usable, variable_names, variables
from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials

KEY = Credentials(
    "4f1c7f1e-8e1a-4c2b-9d3e-5a6b7c8d9e0f", "9A8B7C6D5E4F30211203F4E5D6C7B8A9", "p a$s'\"#"
)
LIVE, DEMO = Environment.LIVE, Environment.DEMO


def test_freqtrade_names_and_exchange_per_region() -> None:
    for region, exchange in ((Region.GLOBAL, "okx"), (Region.EEA, "myokx"), (Region.US, "okxus")):
        assert variables(Tool.FREQTRADE, region, LIVE, KEY) == {
            "FREQTRADE__EXCHANGE__NAME": exchange,
            "FREQTRADE__EXCHANGE__KEY": KEY.api_key,
            "FREQTRADE__EXCHANGE__SECRET": KEY.secret_key,
            "FREQTRADE__EXCHANGE__PASSWORD": KEY.passphrase,
        }


def test_freqtrade_refuses_a_demo_key_and_a_secret_it_would_read_as_a_number() -> None:
    with pytest.raises(ToolRefused, match="demo-trading key"):
        variables(Tool.FREQTRADE, Region.GLOBAL, DEMO, KEY)
    numeric = Credentials(KEY.api_key, "12345678901234567890123456789E12", KEY.passphrase)
    with pytest.raises(ToolRefused, match="as a number"):
        variables(Tool.FREQTRADE, Region.GLOBAL, LIVE, numeric)


def test_okx_kit_names_site_and_demo() -> None:
    assert variables(Tool.OKX, Region.EEA, DEMO, KEY) == {
        "OKX_API_KEY": KEY.api_key,
        "OKX_SECRET_KEY": KEY.secret_key,
        "OKX_PASSPHRASE": KEY.passphrase,
        "OKX_SITE": "eea",
        "OKX_DEMO": "1",
    }
    assert variables(Tool.OKX, Region.US, LIVE, KEY)["OKX_DEMO"] == "0"


def test_python_okx_always_sets_the_flag_explicitly() -> None:
    live = variables(Tool.PYTHON_OKX, Region.GLOBAL, LIVE, KEY)
    assert live["OKX_FLAG"] == "0"  # python-okx's own default "1" would be demo
    assert live["OKX_API_SECRET"] == KEY.secret_key and live["OKX_DOMAIN"] == "https://www.okx.com"
    assert variables(Tool.PYTHON_OKX, Region.EEA, DEMO, KEY)["OKX_FLAG"] == "1"


def test_ccxt_prefix_follows_its_exchange_class() -> None:
    assert set(variables(Tool.CCXT, Region.EEA, LIVE, KEY)) == {
        "MYOKX_APIKEY",
        "MYOKX_SECRET",
        "MYOKX_PASSWORD",
        "MYOKX_SANDBOX",
    }
    assert variables(Tool.CCXT, Region.GLOBAL, DEMO, KEY)["OKX_SANDBOX"] == "1"
    assert "OKXUS_APIKEY" in variables(Tool.CCXT, Region.US, LIVE, KEY)


def test_passivbot_is_global_and_live_only() -> None:
    assert variables(Tool.PASSIVBOT, Region.GLOBAL, LIVE, KEY)["PB_EXCHANGE"] == "okx"
    for region, environment in ((Region.EEA, LIVE), (Region.GLOBAL, DEMO)):
        with pytest.raises(ToolRefused):
            check_usable(Tool.PASSIVBOT, region, environment)


def test_no_two_presets_share_a_secret_name_they_disagree_on() -> None:
    """Only the chosen preset's names are set, never a union; names listed without a key."""
    for tool in Tool:
        names = variable_names(tool, Region.GLOBAL)
        assert names == tuple(variables(tool, Region.GLOBAL, LIVE, KEY))


@pytest.mark.parametrize("fmt", list(Format))
def test_formats_round_trip_through_their_readers(fmt: Format) -> None:
    values = variables(Tool.OKX, Region.GLOBAL, LIVE, KEY)
    text = render(values, fmt)
    if fmt is Format.JSON:
        assert json.loads(text) == values
    elif fmt is Format.DOCKER:  # docker run --env-file takes everything after = literally
        assert text.splitlines() == [f"{n}={v}" for n, v in values.items()]
        assert render({"P": "p a$s#'\"x"}, fmt) == "P=p a$s#'\"x\n"
        with pytest.raises(UnsafeValue):
            render({"P": "two\nlines"}, fmt)
    elif fmt is Format.SHELL:
        script = text + 'printf "%s" "$OKX_PASSPHRASE"'
        out = subprocess.run(["sh", "-c", script], capture_output=True, text=True, check=True)
        assert out.stdout == KEY.passphrase
    else:
        assert "OKX_API_KEY=" + KEY.api_key + "\n" in text
        assert needs_quotes(KEY.passphrase)
        # POSIX quoting, as compose, systemd and python-dotenv read quoted values
        for passphrase, quoted in (("p a$s#", "'p a$s#'"), ("it's \\", '"it\'s \\\\"')):
            line = render({"P": passphrase}, fmt)
            assert line == f"P={quoted}\n"
            assert shlex.split(line[2:], posix=True) == [passphrase]


def test_line_breaks_are_refused() -> None:
    with pytest.raises(UnsafeValue):
        render({"A": "x\ny"}, Format.DOTENV)
