"""Translations: complete, up to date with the sources, compiled, and loaded by the app."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from pytestqt.qtbot import QtBot

from gui.i18n import LANGUAGES, TRANSLATIONS_DIR, Translations, language_for_locale
from gui.i18n import translation_file as qm_file

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(shutil.which("pyside6-lupdate") or ROOT / ".venv/bin/pyside6-lupdate").parent
TS = sorted(TRANSLATIONS_DIR.glob("*.ts"))
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages(ts: Path) -> Iterator[tuple[str, str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314 - our own file
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message


def test_a_ts_and_qm_file_for_each_language() -> None:
    assert [p.name for p in TS] == [f"okx_key_manager_{code}.ts" for code in ("zh_CN", "zh_TW")]
    assert {p.stem.removeprefix("okx_key_manager_") for p in TS} | {"en"} == set(LANGUAGES)
    for code in ("zh_CN", "zh_TW"):
        assert qm_file(code).is_file()


@pytest.mark.parametrize("ts", TS, ids=lambda p: p.stem)
def test_every_message_is_translated_with_its_placeholders(ts: Path) -> None:
    problems = []
    for context, source, message in messages(ts):
        translation = message.find("translation")
        assert translation is not None
        text = translation.text or ""
        if translation.get("type") in {"unfinished", "vanished", "obsolete"} or not text:
            problems.append(f"{context}: {source!r} untranslated")
        elif set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(text)):
            problems.append(f"{context}: {source!r} placeholders differ")
        elif source.count("<") != text.count("<"):
            problems.append(f"{context}: {source!r} markup differs")
    assert not problems
    assert not [c for c, _s, _m in messages(ts) if c.endswith(".self")]  # lupdate mis-parse


def test_ts_files_hold_every_string_of_the_sources(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "gui").rglob("*.py") if "simulator" not in p.name)
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = {(c, s) for c, s, _m in messages(fresh)}
    for ts in TS:
        have = {(c, s) for c, s, _m in messages(ts)}
        assert wanted - have == set(), f"run `make translations` and translate {ts.name}"


def test_qm_files_are_compiled_from_the_ts_files(tmp_path: Path) -> None:
    for ts in TS:
        out = tmp_path / ts.with_suffix(".qm").name
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(out)],
            check=True,
            capture_output=True,
        )
        assert out.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run `make translations`"


@pytest.mark.parametrize(
    ("code", "expected"), [("zh_CN", "下一步(&N) >"), ("zh_TW", "下一步(&N) >")]
)
def test_qm_loads_and_translates(qtbot: QtBot, code: str, expected: str) -> None:
    translator = QTranslator()
    assert translator.load(str(qm_file(code)))
    assert translator.translate("WizardDialog", "&Next >") == expected
    assert translator.translate("okx", "The passphrase is correct.") not in ("", None)


def test_switching_language_translates_and_back(qtbot: QtBot) -> None:
    translations = Translations()
    try:
        assert translations.set_language("zh_CN") == "zh_CN"
        assert QCoreApplication.translate("DonePage", "Funding account") == "资金账户"
        assert translations.set_language("zh_TW") == "zh_TW"
        assert QCoreApplication.translate("DonePage", "Funding account") == "資金帳戶"
    finally:
        assert translations.set_language("en") == "en"
    assert QCoreApplication.translate("DonePage", "Funding account") == "Funding account"


def test_a_missing_file_falls_back_to_english(qtbot: QtBot, tmp_path: Path) -> None:
    assert Translations(tmp_path).set_language("zh_CN") == "en"


@pytest.mark.parametrize(
    ("locale", "code"),
    [
        ("zh_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_TW", "zh_TW"),
        ("zh_HK", "zh_TW"),
        ("zh_Hant_HK", "zh_TW"),
        ("de_DE", "en"),
        ("en_US", "en"),
    ],
)
def test_system_locale_maps_to_a_language(locale: str, code: str) -> None:
    assert language_for_locale(QLocale(locale)) == code


def test_the_chosen_language_is_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first, second = Translations(settings=settings), Translations(settings=settings)
    try:
        assert first.choose("zh_TW") == "zh_TW"
        assert second.restore() == "zh_TW"
    finally:
        first.set_language("en")
        second.set_language("en")
