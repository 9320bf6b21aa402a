"""The Chinese translations use OKX's words (docs/glossary.md) and keep CJK and Latin apart.

Each glossary row names the term the app uses and the variants it rules out for 简体中文 and
繁體中文; a translation that uses a ruled-out variant fails here, with the message it is in. A
variant inside quotation marks (“…”, 「…」) is a mention (the older name of an account mode), not a
use, and a variant inside a term the glossary prescribes (時間戳 in 時間戳記, 幣種 in
跨幣種保證金模式) is not counted there.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "docs" / "glossary.md"
TS = {
    "zh_CN": ROOT / "resources/translations/okx_key_manager_zh_CN.ts",
    "zh_TW": ROOT / "resources/translations/okx_key_manager_zh_TW.ts",
}
QUOTED = re.compile(r"“[^”]*”|「[^」]*」")
CJK = "\u3400-\u9fff\uf900-\ufaff"
TOUCHING = re.compile(rf"[{CJK}][A-Za-z0-9]|[A-Za-z0-9][{CJK}]")
MARKUP = re.compile(r"<[^>]+>|\(&\w\)|&\w+;")


@dataclass(frozen=True)
class Row:
    english: str
    terms: dict[str, list[str]]  # language -> the app's terms
    ruled_out: dict[str, list[str]]  # language -> variants it must not use
    source: str


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _split(cell: str) -> list[str]:
    return [part.strip() for part in re.split(r"[,/]", cell) if part.strip()]


def glossary() -> list[Row]:
    rows = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|") or set(line) <= set("|-: "):
            continue
        cells = _cells(line)
        if cells[0] == "English":
            continue
        english, cn, tw, not_cn, not_tw, source = cells
        rows.append(
            Row(
                english,
                {"zh_CN": _split(cn), "zh_TW": _split(tw)},
                {"zh_CN": _split(not_cn), "zh_TW": _split(not_tw)},
                source,
            )
        )
    return rows


def translations(language: str) -> list[tuple[str, str]]:
    """(source, translation) of every message, numerus forms included."""
    out = []
    root = ET.parse(TS[language]).getroot()  # noqa: S314 - our own file
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = translation.findall("numerusform")
        for text in [f.text or "" for f in forms] or [translation.text or ""]:
            out.append((source, text))
    return out


def test_the_glossary_has_rows_with_sources() -> None:
    rows = glossary()
    assert len(rows) >= 40
    assert all(row.source for row in rows), [r.english for r in rows if not r.source]
    names = {row.english for row in rows}
    assert {"Spot and futures mode (2)", "the 14-day rule: the key is deleted"} <= names


@pytest.mark.parametrize("language", sorted(TS))
def test_no_translation_uses_a_ruled_out_variant(language: str) -> None:
    problems = []
    rows = glossary()
    terms = [term for row in rows for term in row.terms[language]]
    for _source, text in translations(language):
        used = QUOTED.sub("", text)
        for row in rows:
            for variant in row.ruled_out[language]:
                # Not counted inside a term the glossary prescribes (跨幣種 keeps 幣種).
                own = [term for term in terms if variant in term]
                checked = used
                for term in own:
                    checked = checked.replace(term, "")
                if variant in checked:
                    problems.append(f"{variant!r} ({row.english}) in {text!r}")
    assert problems == []


@pytest.mark.parametrize("language", sorted(TS))
def test_okx_account_terms_are_the_ones_used(language: str) -> None:
    texts = "\n".join(text for _source, text in translations(language))
    for english in (
        "Spot mode (1)",
        "Spot and futures mode (2)",
        "Multi-currency margin mode (3)",
        "Portfolio margin mode (4)",
        "one-way (`net_mode`)",
        "long/short (`long_short_mode`)",
        "the 14-day rule: the key is deleted",
        "funding account",
        "trading account",
    ):
        row = next(r for r in glossary() if r.english == english)
        assert all(term in texts for term in row.terms[language]), (english, row.terms)


@pytest.mark.parametrize("language", sorted(TS))
def test_cjk_and_latin_never_touch(language: str) -> None:
    touching = [
        text for _source, text in translations(language) if TOUCHING.search(MARKUP.sub("", text))
    ]
    assert touching == []


def test_a_ruled_out_variant_is_caught() -> None:
    # The check itself: a translation using the old name unquoted would fail.
    row = next(r for r in glossary() if r.english == "Spot and futures mode (2)")
    text = "账户模式：单币种保证金。"
    assert any(v in QUOTED.sub("", text) for v in row.ruled_out["zh_CN"])
    assert not any(
        v in QUOTED.sub("", "较早的教程称之为“单币种保证金模式”") for v in row.ruled_out["zh_CN"]
    )


def _messages(language: str) -> list[tuple[str, str]]:
    root = ET.parse(TS[language]).getroot()  # noqa: S314 - our own file
    return [
        (m.findtext("source") or "", m.findtext("translation") or "") for m in root.iter("message")
    ]


@pytest.mark.parametrize(
    ("language", "region", "country"),
    [("zh_CN", "地区", "国家/地区"), ("zh_TW", "地區", "國家/地區")],
)
def test_a_region_is_always_a_site(language: str, region: str, country: str) -> None:
    """Issue 21, item 20: 站点 everywhere; 地区 only in "country or region" (国家/地区)."""
    found = [s for s, t in _messages(language) if region in t.replace(country, "")]
    assert found == []


def test_zh_tw_names_this_app_and_other_programs_apart() -> None:
    """A bare 程式 is another program: the app itself is 本應用程式 (glossary)."""
    found = [
        s
        for s, t in _messages("zh_TW")
        if "程式" in t.replace("應用程式", "") and not re.search(r"\bprograms?\b", s, re.I)
    ]
    assert found == []


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_no_sentence_ends_on_a_dangling_this(language: str) -> None:
    """Translationese of issue 21 (#33, #160): "删除这个。" for "delete this one"."""
    found = [s for s, t in _messages(language) if re.search(r"(这个|這個)[。）)]", t)]
    assert found == []
