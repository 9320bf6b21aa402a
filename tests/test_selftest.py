"""``okx-key-manager --self-test`` as a user (or CI, on the packaged binary) runs it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gui import paths
from gui.i18n import TRANSLATIONS_DIR, Translations
from gui.selftest import CheckResult, check_translations, check_vault_file

CHECKS = ("qt", "translations", "keychain", "connection check", "check helper")


def _self_test(**env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    environ.update(env)
    return subprocess.run(
        [sys.executable, "-m", "gui", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=environ,
    )


def _lines(result: subprocess.CompletedProcess[str]) -> dict[str, str]:
    return dict(line.split(": ", 1) for line in result.stdout.splitlines()[1:])


@pytest.mark.slow
def test_self_test_passes_and_reports_one_line_per_check() -> None:
    result = _self_test()
    assert result.returncode == 0, result.stdout + result.stderr
    lines = _lines(result)
    assert list(lines) == [*CHECKS, "self-test"]
    assert lines["qt"].startswith("ok (offscreen, PySide6 6.")  # set offscreen by itself
    assert "6 icon sizes" in lines["qt"]
    assert lines["translations"].startswith("ok (zh_CN, zh_TW, ")
    assert lines["connection check"].startswith("ok (12 items, ")
    assert lines["check helper"].startswith("ok (pid ") and ", 12 items, " in lines["check helper"]
    assert lines["self-test"] == "ok"
    assert "propagateSizeHints" not in result.stderr


@pytest.mark.keychain
def test_self_test_uses_the_real_keychain_and_leaves_nothing_behind() -> None:
    if not os.environ.get("OKX_KM_TEST_SECRET_SERVICE"):
        pytest.skip("needs the private Secret Service of tests/with-secret-service")
    result = _self_test()
    assert result.returncode == 0, result.stdout + result.stderr
    assert _lines(result)["keychain"].startswith("ok (SecretService, ")
    items = subprocess.run(
        ["secret-tool", "search", "--all", "service", "okx-key-manager-selftest"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert "okx-key-manager-selftest" not in items.stdout + items.stderr


@pytest.mark.slow
def test_without_a_keychain_the_vault_file_is_checked_instead() -> None:
    result = _self_test(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    assert result.returncode == 0, result.stdout + result.stderr
    keychain = _lines(result)["keychain"]
    assert keychain.startswith("unavailable (no keychain backend")
    assert "— vault file: ok (created, locked, unlocked, " in keychain


@pytest.mark.slow
def test_a_bundle_without_its_resources_fails_naming_them(tmp_path: Path) -> None:
    # A frozen app whose bundle lacks resources/ (icons, translations): a broken build.spec.
    code = (
        "import sys; sys.frozen = True; sys._MEIPASS = sys.argv[1]; "
        "from gui.cli import main; raise SystemExit(main(['--self-test']))"
    )
    environ = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=environ,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "self-test (frozen)" in result.stdout.splitlines()[0]
    lines = _lines(result)
    assert lines["translations"] == f"FAILED (zh_CN missing in {tmp_path}/resources/translations)"
    assert lines["qt"] == "FAILED (no app icon in resources/icons)"
    assert lines["connection check"].startswith("ok (")
    # this stand-in for a frozen app is python itself, which cannot start as the helper
    assert lines["check helper"].startswith("FAILED (")
    assert lines["self-test"] == "FAILED (qt, translations, check helper)"


def test_translations_check_fails_without_the_qm_files(qtbot: QtBot, tmp_path: Path) -> None:
    with pytest.raises(Exception, match="zh_CN missing"):
        check_translations(tmp_path)
    assert check_translations(TRANSLATIONS_DIR) == "zh_CN, zh_TW, with Qt's own"


def test_frozen_app_finds_its_translations_below_meipass(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = tmp_path / "resources" / "translations"
    bundled.mkdir(parents=True)
    for qm in TRANSLATIONS_DIR.glob("*.qm"):
        shutil.copy(qm, bundled)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.is_frozen()
    assert paths.translations_dir() == bundled
    translations = Translations(paths.translations_dir())
    try:
        assert translations.set_language("zh_TW") == "zh_TW"
    finally:
        translations.set_language("en")
    monkeypatch.undo()
    assert not paths.is_frozen()
    assert paths.translations_dir() == TRANSLATIONS_DIR


def test_vault_file_check_makes_a_real_vault_file(tmp_path: Path) -> None:
    assert check_vault_file(tmp_path) == "created, locked, unlocked"
    assert (tmp_path / "vault.okxvault").stat().st_size > 0


def test_report_lines() -> None:
    assert CheckResult("qt", True, "offscreen").line() == "qt: ok (offscreen)"
    assert CheckResult("qt", False, "boom").line() == "qt: FAILED (boom)"
    assert CheckResult("x", True, "y", status="unavailable").line() == "x: unavailable (y)"
