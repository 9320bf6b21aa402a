from __future__ import annotations

from gui.text import QT_TRANSLATE_NOOP, Text


def test_english_is_the_formatted_source() -> None:
    text = Text(QT_TRANSLATE_NOOP("okx", "Clock is {seconds} s off."), {"seconds": 42})
    assert str(text) == "Clock is 42 s off."


def test_translated_uses_context_and_formats_the_translation() -> None:
    seen: list[tuple[str, str]] = []

    def translate(context: str, source: str) -> str:
        seen.append((context, source))
        return "时钟偏差 {seconds} 秒。"

    text = Text("Clock is {seconds} s off.", {"seconds": 7}, context="vault")
    assert text.translated(translate) == "时钟偏差 7 秒。"
    assert seen == [("vault", "Clock is {seconds} s off.")]


def test_a_broken_translation_falls_back_to_english() -> None:
    text = Text("Clock is {seconds} s off.", {"seconds": 7})
    assert text.translated(lambda _c, _s: "bad {unknown}") == "Clock is 7 s off."


def test_a_text_argument_is_translated_too() -> None:
    table = {
        ("okx", "Global"): "全球站",
        ("okx", "The key belongs to OKX {region}."): "此 Key 属于 OKX {region}。",
    }
    text = Text("The key belongs to OKX {region}.", {"region": Text("Global")})
    assert str(text) == "The key belongs to OKX Global."
    assert text.translated(lambda c, s: table.get((c, s), s)) == "此 Key 属于 OKX 全球站。"
