"""docs/security.md names, for each defense, the test that proves it: every one must exist."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "security.md"


def test_every_test_the_threat_model_names_exists() -> None:
    references = re.findall(r"`([\w/]+\.py)::(\w+)`", DOC.read_text(encoding="utf-8"))
    assert len(references) >= 30
    missing = []
    for file, name in references:
        path = ROOT / "tests" / file
        defined = set()
        if path.is_file():
            tree = ast.parse(path.read_text(encoding="utf-8"))
            defined = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
        if name not in defined:
            missing.append(f"{file}::{name}")
    assert missing == []
