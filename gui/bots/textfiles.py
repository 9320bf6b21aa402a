"""Reading files for the scan: strictly for ``migrate`` (which writes them back), leniently
for ``scan`` (which only reads), and never a FIFO, a device or a file over the cap."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

from gui.paths import read_regular_file

MAX_FILE_BYTES = 16 * 1024 * 1024  # bigger files are listed as not read, with the reason


def read_text(path: Path) -> str | None:
    """The file's text for ``migrate`` (which writes it back): strict UTF-8, or None when it is
    not a regular file, too big, binary or not UTF-8."""
    try:
        data = read_regular_file(path, MAX_FILE_BYTES)
    except OSError:
        return None
    if b"\0" in data[:8192]:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16's: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_for_scan(path: Path) -> tuple[str | None, str | None, bool]:
    """``(text, None, exact)``, or ``(None, why it was not read, False)``. Lenient, since the
    scan only reads: UTF-16 or UTF-32 with a byte-order mark, UTF-8 with stray bytes (kept as
    escapes); ``exact`` is False for those (``migrate`` cannot rewrite them). A FIFO, a device
    or a file over :data:`MAX_FILE_BYTES` is refused before it is read."""
    try:
        data = read_regular_file(path, MAX_FILE_BYTES)
    except OSError as exc:
        return None, exc.strerror or type(exc).__name__, False
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), None, False
    if b"\0" in data[:8192]:
        return None, "binary, not text", False
    try:
        return data.decode("utf-8-sig"), None, True
    except UnicodeDecodeError:
        return data.decode("utf-8-sig", errors="surrogateescape"), None, False


def notebook_text(text: str) -> str | None:
    """A Jupyter notebook's cells as one text (the keys people paste sit in code cells), or
    None when it is not a notebook."""
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError):
        return None
    cells = doc.get("cells") if isinstance(doc, dict) else None
    if not isinstance(cells, list):
        return None
    parts = []
    for cell in cells:
        source = cell.get("source") if isinstance(cell, dict) else None
        if isinstance(source, list):
            source = "".join(x for x in source if isinstance(x, str))
        if isinstance(source, str):
            parts.append(source)
    return "\n".join(parts)
