"""scan: keys found in each known format, structurally first, with their confidence; nothing in
files without a key; values never shown in clear."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gui.bots.findings import Confidence, Field, Finding, Kind
from gui.bots.lenient_json import JsonError, parse
from gui.bots.presets import Tool
from gui.bots.scan import default_places, scan_file, scan_paths, scan_text
from gui.okx.regions import Environment, Region
from gui.okx.signing import Credentials
from tests.bots import samples

KEY = Credentials(
    "4f1c7f1e-8e1a-4c2b-9d3e-5a6b7c8d9e0f", "9A8B7C6D5E4F30211203F4E5D6C7B8A9", "Pass-phrase#1"
)
OTHER = Credentials(
    "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "FEDCBA98765432100123456789ABCDEF", "other pass"
)


def _one(path: Path, text: str) -> Finding:
    path.write_text(text)
    found = [f for f in scan_file(path) if f.confidence is Confidence.HIGH]
    assert len(found) == 1, found
    return found[0]


def test_freqtrade_config_with_comments_is_parsed_structurally(tmp_path: Path) -> None:
    finding = _one(tmp_path / "config.json", samples.freqtrade_config(KEY, "myokx"))
    assert (finding.kind, finding.tool, finding.region) == (
        Kind.FREQTRADE,
        Tool.FREQTRADE,
        Region.EEA,
    )
    assert finding.credentials == KEY
    assert finding.migratable
    assert finding.line == 8


def test_freqtrade_config_of_another_exchange_is_not_okx(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.write_text(samples.freqtrade_config(KEY, "binance"))
    assert [f for f in scan_file(path) if f.kind is Kind.FREQTRADE] == []


def test_private_freqtrade_file_without_exchange_name_counts_by_key_shapes(tmp_path: Path) -> None:
    text = json.dumps(
        {"exchange": {"key": KEY.api_key, "secret": KEY.secret_key, "password": KEY.passphrase}}
    )
    finding = _one(tmp_path / "config-private.json", text)
    assert finding.kind is Kind.FREQTRADE and finding.region is None


def test_freqtrade_template_placeholders_are_not_keys(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.write_text(
        json.dumps(
            {"exchange": {"name": "okx", "key": "your_exchange_key", "secret": "", "password": ""}}
        )
    )
    assert scan_file(path) == []


def test_okx_toml_profiles_with_region_and_demo(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(samples.okx_toml(KEY, OTHER))
    found = {f.name: f for f in scan_file(path)}
    assert set(found) == {"live", "demo"}
    assert found["live"].credentials == KEY and found["live"].environment is Environment.LIVE
    assert found["demo"].credentials == OTHER and found["demo"].environment is Environment.DEMO
    assert all(
        f.kind is Kind.OKX_TOML and f.tool is Tool.OKX and f.migratable for f in found.values()
    )


def test_passivbot_keeps_only_okx_users(tmp_path: Path) -> None:
    finding = _one(tmp_path / "api-keys.json", samples.passivbot_keys(KEY))
    assert (finding.kind, finding.name, finding.credentials) == (Kind.PASSIVBOT, "okx_01", KEY)


def test_dotenv_lines_quoted_exported_and_commented(tmp_path: Path) -> None:
    finding = _one(tmp_path / ".env", samples.dotenv(KEY))
    assert (finding.kind, finding.tool, finding.region) == (Kind.ENV, Tool.OKX, Region.GLOBAL)
    assert finding.credentials == KEY


def test_compose_list_and_mapping_forms(tmp_path: Path) -> None:
    listed = _one(tmp_path / "docker-compose.yml", samples.compose(KEY))
    assert (listed.kind, listed.tool, listed.region) == (
        Kind.COMPOSE,
        Tool.FREQTRADE,
        Region.GLOBAL,
    )
    assert listed.credentials == KEY
    mapped = _one(tmp_path / "compose.yaml", samples.compose_mapping(KEY))
    assert mapped.credentials == KEY and mapped.tool is Tool.OKX


def test_freqtrade_variables_count_only_when_the_file_names_okx(tmp_path: Path) -> None:
    path = tmp_path / "bot.env"
    path.write_text(
        f"FREQTRADE__EXCHANGE__NAME=binance\nFREQTRADE__EXCHANGE__KEY={KEY.api_key}\n"
        f"FREQTRADE__EXCHANGE__SECRET={KEY.secret_key}\n"
    )
    assert [f for f in scan_file(path) if f.confidence is Confidence.HIGH] == []


def test_ccxt_names_and_regions(tmp_path: Path) -> None:
    path = tmp_path / ".env"
    path.write_text(
        f"MYOKX_APIKEY={KEY.api_key}\nMYOKX_SECRET={KEY.secret_key}\nMYOKX_PASSWORD=x{KEY.passphrase}\n"
    )
    finding = _one(path, path.read_text())
    assert (finding.tool, finding.region) == (Tool.CCXT, Region.EEA)


def test_encrypted_hummingbot_and_obfuscated_octobot_are_reported_not_migratable(
    tmp_path: Path,
) -> None:
    connectors = tmp_path / "conf" / "connectors"
    connectors.mkdir(parents=True)
    encrypted = "7b2263727970746f223a7b22636970686572223a22616573" + "0" * 40
    (connectors / "okx.yml").write_text(
        f"connector: okx\nokx_api_key: {encrypted}\nokx_secret_key: {encrypted}1\n"
        f"okx_passphrase: {encrypted}2\nokx_registration_sub_domain: my\n"
    )
    tokens = {"api-key": "gAAAAABk1", "api-secret": "gAAAAABk2", "api-password": "gAAAAABk3"}
    (tmp_path / "config.json").write_text(json.dumps({"exchanges": {"okx": tokens}}))
    found = {f.kind: f for f in scan_paths([tmp_path]).findings}
    assert not found[Kind.HUMMINGBOT].readable and found[Kind.HUMMINGBOT].region is Region.EEA
    assert not found[Kind.OCTOBOT].readable
    assert not any(f.migratable for f in found.values())
    assert "encrypted" in str(found[Kind.HUMMINGBOT].why_not_migratable())


def test_weak_patterns_have_lower_confidence_and_are_never_migratable(tmp_path: Path) -> None:
    named = tmp_path / "bot.py"
    named.write_text(f'okx_key = "{KEY.api_key}"\nokx_secret = "{KEY.secret_key}"\n')
    loose = tmp_path / "notes.txt"
    loose.write_text(f"account one\n{OTHER.api_key}\n\n{OTHER.secret_key}\n")
    found = scan_paths([tmp_path]).findings
    by_path = {f.path.name: f for f in found}
    assert by_path["bot.py"].confidence is Confidence.MEDIUM
    assert by_path["notes.txt"].confidence is Confidence.LOW
    assert not any(f.migratable for f in found)


def test_files_without_keys_give_nothing(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text(
        json.dumps({"exchange": {"name": "okx", "key": "", "secret": ""}})
    )
    (tmp_path / ".env").write_text("OKX_SITE=eea\nOKX_API_KEY=${OKX_API_KEY}\n")
    (tmp_path / "README.md").write_text("Set OKX_API_KEY, OKX_SECRET_KEY and OKX_PASSPHRASE.\n")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\0\0" + KEY.api_key.encode())
    assert scan_paths([tmp_path]).findings == ()


def test_shown_values_never_hold_a_secret(tmp_path: Path) -> None:
    finding = _one(tmp_path / ".env", samples.dotenv(KEY))
    shown = finding.shown_values() + repr(finding)
    for secret in (KEY.api_key, KEY.secret_key, KEY.passphrase):
        assert secret not in shown
    assert "••••9e0f" in shown


def test_walk_skips_vcs_and_dependency_folders(tmp_path: Path) -> None:
    for folder in (".git", "node_modules", ".venv"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / ".env").write_text(samples.dotenv(KEY))
    assert scan_paths([tmp_path]).findings == ()


def test_default_places_are_the_tools_folders_and_the_current_one(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / ".okx").mkdir(parents=True)
    (home / ".okx" / "config.toml").write_text(samples.okx_toml(KEY))
    (home / "deep" / "deeper").mkdir(parents=True)
    (home / "deep" / "deeper" / ".env").write_text(samples.dotenv(OTHER))
    found = scan_paths(default_places(home, home)).findings
    assert [f.kind for f in found] == [Kind.OKX_TOML]  # the home folder itself is not walked
    elsewhere = scan_paths(default_places(home, home / "deep")).findings
    assert {f.kind for f in elsewhere} == {Kind.OKX_TOML, Kind.ENV}


def test_lenient_json_spans_point_at_the_literals() -> None:
    text = '{"a": {"b": "x\\"y", /* c */ "c": [1, "z",],},}'
    value, spans = parse(text)
    assert value == {"a": {"b": 'x"y', "c": [1, "z"]}}
    start, end = spans[("a", "b")]
    assert text[start:end] == '"x\\"y"'
    assert text[slice(*spans[("a", "c", 1)])] == '"z"'
    with pytest.raises(JsonError):
        parse('{"a": }')


def test_scan_text_reports_fields_with_their_lines() -> None:
    found = scan_text(Path(".env"), samples.dotenv(KEY))
    lines = {v.field: v.line for v in found[0].values}
    assert lines == {Field.API_KEY: 3, Field.SECRET_KEY: 4, Field.PASSPHRASE: 5}
