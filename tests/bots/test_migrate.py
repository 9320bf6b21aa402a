"""migrate against the simulator: verified keys saved and removed from every format, everything
else kept byte for byte; a wrong key leaves the file untouched; git and sync exposures told."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from gui.bots.findings import Kind
from gui.bots.migrate import CheckFn, KeyStatus, migrate_file, migrate_findings
from gui.bots.rewrite import Exposure, exposures
from gui.bots.scan import scan_file
from gui.okx.regions import Environment, Region
from gui.okx.simulator import Simulator
from gui.vault.keychain import KeychainStore
from tests.bots import samples
from tests.bots.conftest import wrong


def _key(simulator: Simulator, name: str = "healthy"):
    return simulator.key(name).credentials


def _secrets_gone(text: str, *credentials) -> None:
    for c in credentials:
        assert c.api_key not in text
        assert c.secret_key not in text


def test_freqtrade_config_keeps_comments_and_layout(
    tmp_path: Path, simulator: Simulator, store: KeychainStore, check: CheckFn
) -> None:
    key = _key(simulator)
    path = tmp_path / "config.json"
    original = samples.freqtrade_config(key)
    path.write_text(original)
    outcome = migrate_file(path, store, check)
    assert outcome.ok and outcome.rewritten
    [saved] = outcome.keys
    assert saved.status is KeyStatus.SAVED
    new = path.read_text()
    _secrets_gone(new, key)
    assert new == (
        original.replace(f'"{key.api_key}"', '""')
        .replace(f'"{key.secret_key}"', '""')
        .replace(f'"{key.passphrase}"', '""')
    )
    connection = store.list()[0]
    assert connection.label == saved.label
    assert store.get_credentials(connection.id) == key
    assert connection.facts.last_check is not None  # saved with what the check found
    assert any(r.key_name == "healthy" and r.code == "0" for r in simulator.requests)


def test_wrong_key_leaves_the_file_untouched(
    tmp_path: Path, simulator: Simulator, store: KeychainStore, check: CheckFn
) -> None:
    path = tmp_path / "config.json"
    original = samples.freqtrade_config(wrong(_key(simulator)))
    path.write_text(original)
    before = path.stat()
    outcome = migrate_file(path, store, check)
    assert not outcome.ok and not outcome.rewritten
    [failed] = outcome.keys
    assert failed.status is KeyStatus.CHECK_FAILED
    assert "secret key" in str(failed.reason).lower()
    assert path.read_text() == original
    assert path.stat().st_mtime_ns == before.st_mtime_ns
    assert store.list() == []


def test_okx_toml_loses_only_the_three_lines_of_each_good_profile(
    tmp_path: Path, simulator: Simulator, store: KeychainStore, check: CheckFn
) -> None:
    live, demo = _key(simulator), _key(simulator, "demo")
    path = tmp_path / "config.toml"
    path.write_text(samples.okx_toml(live, wrong(demo)))
    path.chmod(0o644)
    outcome = migrate_file(path, store, check)
    statuses = {k.finding.name: k.status for k in outcome.keys}
    assert statuses == {"live": KeyStatus.SAVED, "demo": KeyStatus.CHECK_FAILED}
    new = path.read_text()
    _secrets_gone(new, live)
    assert wrong(demo).secret_key in new  # the failing profile is untouched
    assert 'default_profile = "live"\n\n[profiles.live]\n# api_key, secret_key, passphrase' in new
    assert 'site = "global"\n' in new and "# OKX Agent Trade Kit\n" in new
    assert path.stat().st_mode & 0o777 == 0o600  # a key is still in it: only the owner reads it


def test_demo_profile_is_saved_as_demo(
    tmp_path: Path, simulator: Simulator, store: KeychainStore, check: CheckFn
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(samples.okx_toml(_key(simulator), _key(simulator, "demo")))
    path.chmod(0o644)
    outcome = migrate_file(path, store, check)
    assert outcome.ok
    environments = {c.label: c.environment for c in store.list()}
    assert sorted(environments.values()) == [Environment.DEMO, Environment.LIVE]
    assert path.stat().st_mode & 0o777 == 0o600  # every file migrate rewrites ends private


def test_passivbot_env_and_compose_files(
    tmp_path: Path, simulator: Simulator, store: KeychainStore, check: CheckFn
) -> None:
    key = _key(simulator)
    files = {
        "api-keys.json": samples.passivbot_keys(key),
        ".env": samples.dotenv(key),
        "docker-compose.yml": samples.compose(key),
        "compose.yaml": samples.compose_mapping(key),
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    findings = [f for name in files for f in scan_file(tmp_path / name) if f.migratable]
    texts_before = {"api-keys.json": (tmp_path / "api-keys.json").read_text()}
    outcomes = migrate_findings(findings, store, check)
    # passivbot's own file is left alone (passivbot reads it during the whole run: run gives
    # it one in memory instead); the others lose the key.
    passivbot = scan_file(tmp_path / "api-keys.json")
    assert [f.migratable for f in passivbot] == [False]
    assert "passivbot reads this file itself" in str(passivbot[0].why_not_migratable())
    assert [o.ok and o.rewritten for o in outcomes] == [True, True, True]
    assert (tmp_path / "api-keys.json").read_text() == texts_before["api-keys.json"]
    assert [k.status for o in outcomes for k in o.keys] == [
        KeyStatus.SAVED,
        KeyStatus.ALREADY_SAVED,
        KeyStatus.ALREADY_SAVED,
    ]
    assert len(store.list()) == 1
    label = store.list()[0].label
    texts = {name: (tmp_path / name).read_text() for name in files}
    for name, text in texts.items():
        if name != "api-keys.json":
            _secrets_gone(text, key)
    assert texts[".env"] == samples.dotenv(key).replace(
        f"OKX_API_KEY={key.api_key}",
        f"# OKX_API_KEY: saved in OKX Key Manager as “{label}” (okx-key-manager run)",
    ).replace(
        f'OKX_SECRET_KEY="{key.secret_key}"  # keep quiet',
        f"# OKX_SECRET_KEY: saved in OKX Key Manager as “{label}” (okx-key-manager run)",
    ).replace(
        f"export OKX_PASSPHRASE='{key.passphrase}'",
        f"# OKX_PASSPHRASE: saved in OKX Key Manager as “{label}” (okx-key-manager run)",
    )
    assert "      - FREQTRADE__EXCHANGE__KEY\n" in texts["docker-compose.yml"]
    assert '      - "FREQTRADE__EXCHANGE__SECRET"\n' in texts["docker-compose.yml"]
    assert (
        "      - FREQTRADE__EXCHANGE__PASSWORD   # the passphrase\n" in texts["docker-compose.yml"]
    )
    assert "      - FREQTRADE__EXCHANGE__NAME=okx\n" in texts["docker-compose.yml"]
    assert "      OKX_API_KEY:\n" in texts["compose.yaml"]
    assert "      OKX_PASSPHRASE:  # kit\n" in texts["compose.yaml"]


def test_crlf_bom_and_symlink_survive(
    tmp_path: Path, simulator: Simulator, store: KeychainStore, check: CheckFn
) -> None:
    key = _key(simulator)
    real = tmp_path / "dotfiles" / "bot.env"
    real.parent.mkdir()
    text = samples.dotenv(key).replace("\n", "\r\n")
    real.write_bytes(b"\xef\xbb\xbf" + text.encode())
    link = tmp_path / ".env"
    link.symlink_to(real)
    outcome = migrate_file(link, store, check)
    assert outcome.rewritten
    assert link.is_symlink()
    data = real.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") == text.count("\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    assert list(tmp_path.rglob("*.tmp")) == []  # no temporary copy left


def test_git_tracked_file_is_reported(
    tmp_path: Path, simulator: Simulator, store: KeychainStore, check: CheckFn
) -> None:
    repo = tmp_path / "bot"
    repo.mkdir()
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }
    path = repo / "config.json"
    path.write_text(samples.freqtrade_config(_key(simulator)))
    for args in (["init", "-q"], ["add", "config.json"], ["commit", "-qm", "config"]):
        subprocess.run(["git", *args], cwd=repo, check=True, env=env, capture_output=True)
    outcome = migrate_file(path, store, check)
    assert outcome.rewritten
    assert outcome.exposures == {Exposure.GIT_TRACKED}
    subprocess.run(["git", "rm", "-q", "--cached", "config.json"], cwd=repo, check=True, env=env)
    subprocess.run(["git", "commit", "-qm", "untrack"], cwd=repo, check=True, env=env)
    assert exposures(path) == {Exposure.GIT_HISTORY}
    assert exposures(tmp_path / "elsewhere.json") == set()


def test_synced_folder_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "Dropbox" / "bots" / ".env"
    path.parent.mkdir(parents=True)
    path.write_text("x=1\n")
    assert exposures(path) == {Exposure.SYNCED}
    other = tmp_path / "shared" / ".env"
    other.parent.mkdir()
    (tmp_path / "shared" / ".stfolder").mkdir()
    other.write_text("x=1\n")
    assert exposures(other) == {Exposure.SYNCED}


def test_region_detected_by_the_check_is_used(
    tmp_path: Path, simulator: Simulator, store: KeychainStore, check: CheckFn
) -> None:
    path = tmp_path / ".env"
    path.write_text(samples.dotenv(_key(simulator, "eea")))  # says OKX_SITE=global
    outcome = migrate_file(path, store, check)
    assert outcome.ok
    assert outcome.keys[0].region is Region.EEA
    assert store.list()[0].region is Region.EEA


@pytest.mark.parametrize("kind", [Kind.FREQTRADE])
def test_file_changed_during_the_check_is_not_rewritten(
    tmp_path: Path, simulator: Simulator, store: KeychainStore, kind: Kind
) -> None:
    path = tmp_path / "config.json"
    path.write_text(samples.freqtrade_config(_key(simulator)))

    def check_and_edit(credentials, region, environment):  # the user saves the file meanwhile
        from gui.connections.checking import check_key
        from gui.connections.environment import OkxTarget

        path.write_text(path.read_text() + "\n")
        return check_key(credentials, region, environment, OkxTarget(simulator.base_urls))

    outcome = migrate_file(path, store, check_and_edit)
    assert not outcome.rewritten and outcome.error is not None
    assert _key(simulator).secret_key in path.read_text()
    assert len(store.list()) == 1  # saved: running migrate again finishes the job
    again = migrate_file(path, store, check_and_edit)
    assert again.keys[0].status is KeyStatus.ALREADY_SAVED


def test_a_key_that_can_withdraw_is_not_moved(
    tmp_path: Path, simulator: Simulator, store: KeychainStore, check: CheckFn
) -> None:
    """As in the wizard: a key with the Withdraw permission is not saved; the fix is a new key."""
    path = tmp_path / ".env"
    original = samples.dotenv(_key(simulator, "withdraw"))
    path.write_text(original)
    outcome = migrate_file(path, store, check)
    assert [k.status for k in outcome.keys] == [KeyStatus.CHECK_FAILED]
    assert "withdraw" in str(outcome.keys[0].reason).lower()
    assert path.read_text() == original and store.list() == []
