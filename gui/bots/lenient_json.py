"""A JSON reader that remembers where each string value is, for rewriting a file in place.

freqtrade reads its configuration with comments (``//``, ``/* */``) and trailing commas allowed,
so this reader accepts both. :func:`parse` returns the value and, for every string value, the
span of its literal (quotes included) keyed by its path, e.g. ``("exchange", "key")``. Replacing
that span changes that value and nothing else: comments, spacing and key order stay as they were.
"""

from __future__ import annotations

import json
from typing import Any

Path = tuple[str | int, ...]
Spans = dict[Path, tuple[int, int]]

_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_LITERALS = {"true": True, "false": False, "null": None}


# Deeper than any configuration file; a hostile 100,000-deep file is refused at this depth.
MAX_DEPTH = 200


class JsonError(ValueError):
    """Not JSON (even with comments and trailing commas); the text names the offset."""


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.spans: Spans = {}

    def fail(self, what: str) -> JsonError:
        return JsonError(f"{what} at offset {self.pos}")

    def skip(self) -> None:
        text = self.text
        while self.pos < len(text):
            char = text[self.pos]
            if char in " \t\r\n\ufeff":
                self.pos += 1
            elif text.startswith("//", self.pos):
                end = text.find("\n", self.pos)
                self.pos = len(text) if end < 0 else end + 1
            elif text.startswith("/*", self.pos):
                end = text.find("*/", self.pos + 2)
                if end < 0:
                    raise self.fail("unclosed comment")
                self.pos = end + 2
            else:
                return

    def value(self, path: Path) -> Any:
        if len(path) > MAX_DEPTH:  # a recursive reader: stop long before Python's stack does
            raise self.fail("too deeply nested")
        self.skip()
        if self.pos >= len(self.text):
            raise self.fail("unexpected end")
        char = self.text[self.pos]
        if char == "{":
            return self.object(path)
        if char == "[":
            return self.array(path)
        if char == '"':
            start = self.pos
            value = self.string()
            self.spans[path] = (start, self.pos)
            return value
        for word, literal in _LITERALS.items():
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return literal
        return self.number()

    def object(self, path: Path) -> dict[str, Any]:
        self.pos += 1
        result: dict[str, Any] = {}
        while True:
            self.skip()
            if self.peek() == "}":
                self.pos += 1
                return result
            if self.peek() != '"':
                raise self.fail("expected a key")
            key = self.string()
            self.skip()
            if self.peek() != ":":
                raise self.fail("expected ':'")
            self.pos += 1
            result[key] = self.value((*path, key))
            self.skip()
            if self.peek() == ",":
                self.pos += 1
            elif self.peek() != "}":
                raise self.fail("expected ',' or '}'")

    def array(self, path: Path) -> list[Any]:
        self.pos += 1
        result: list[Any] = []
        while True:
            self.skip()
            if self.peek() == "]":
                self.pos += 1
                return result
            result.append(self.value((*path, len(result))))
            self.skip()
            if self.peek() == ",":
                self.pos += 1
            elif self.peek() != "]":
                raise self.fail("expected ',' or ']'")

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def string(self) -> str:
        text = self.text
        self.pos += 1
        parts: list[str] = []
        while True:
            end = self.pos
            while end < len(text) and text[end] not in '"\\\n':
                end += 1
            parts.append(text[self.pos : end])
            self.pos = end
            if end >= len(text) or text[end] == "\n":
                raise self.fail("unclosed string")
            if text[end] == '"':
                self.pos += 1
                return "".join(parts)
            escape = text[end + 1 : end + 2]
            if escape == "u":
                try:
                    parts.append(json.loads(f'"{text[end : end + 6]}"'))
                except ValueError:
                    raise self.fail("bad escape") from None
                self.pos = end + 6
            elif escape in _ESCAPES:
                parts.append(_ESCAPES[escape])
                self.pos = end + 2
            else:
                raise self.fail("bad escape")

    def number(self) -> int | float:
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        try:
            number: int | float = json.loads(self.text[start : self.pos])
        except ValueError:
            self.pos = start
            raise self.fail("unexpected character") from None
        return number


def parse(text: str) -> tuple[Any, Spans]:
    """The value of ``text`` and the span of every string value in it; raises JsonError."""
    reader = _Reader(text)
    value = reader.value(())
    reader.skip()
    if reader.pos != len(text):
        raise reader.fail("extra text")
    return value, reader.spans


def line_of(text: str, offset: int) -> int:
    """1-based line number of ``offset``."""
    return text.count("\n", 0, offset) + 1
