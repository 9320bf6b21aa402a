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


TRANSLATABLE = re.compile(r"\btr\(|QT_TRANSLATE_NOOP\(|\btranslate\(")


def _scanned_sources() -> list[Path]:
    """The files `make translations` hands to pyside6-lupdate."""
    return sorted(p for p in (ROOT / "gui").rglob("*.py") if not p.name.startswith("simulator"))


def test_translator_comments_stand_right_above_a_translatable_string() -> None:
    # pyside6-lupdate turns every `#:` comment into the translator comment of the next string it
    # finds, however far away: a Sphinx-style `#:` above a constant ended up on "Connected".
    misplaced = []
    for path in _scanned_sources():
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines):
            if not line.strip().startswith("#:"):
                continue
            following = next(
                (x for x in lines[number + 1 :] if x.strip() and not x.strip().startswith("#")),
                "",
            )
            if not TRANSLATABLE.search(following):
                misplaced.append(f"{path.relative_to(ROOT)}:{number + 1}")
    assert not misplaced, "use `#` for code comments; `#:` only right above a string"


def test_every_translator_comment_in_the_ts_files_comes_from_the_sources() -> None:
    comments = set()
    for path in _scanned_sources():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip().startswith("#:"):
                comments.add(line.strip()[2:].strip())
    for ts in TS:
        for context, source, message in messages(ts):
            extra = message.findtext("extracomment")
            if extra is not None:
                parts = {p for p in comments if p in extra}
                assert parts, f"{ts.name}: {context}: {source!r} carries a stale comment"
