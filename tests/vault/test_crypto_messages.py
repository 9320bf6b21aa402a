"""Every message of the container modules is extractable by lupdate and fully formatted."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULES = [
    "gui/vault/crypto_errors.py",
    "gui/vault/container_format.py",
    "gui/vault/password_strength.py",
]


def _message_calls(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "vault_text"
        and node.args
        and not isinstance(node.args[0], ast.Name)  # the helper's own parameter
    ]


@pytest.mark.parametrize("module", MODULES)
def test_messages_are_literal_vault_noops_with_exactly_their_placeholders(module: str) -> None:
    calls = _message_calls(ROOT / module)
    assert calls, f"{module} builds no messages"
    for call in calls:
        marker = call.args[0]
        assert isinstance(marker, ast.Call), ast.unparse(call)
        assert isinstance(marker.func, ast.Name) and marker.func.id == "QT_TRANSLATE_NOOP"
        context, source = marker.args
        assert isinstance(context, ast.Constant) and context.value == "vault"
        assert isinstance(source, ast.Constant) and isinstance(source.value, str)
        placeholders = {
            name for _, name, _, _ in string.Formatter().parse(source.value) if name is not None
        }
        keywords = {keyword.arg for keyword in call.keywords}
        assert placeholders == keywords, source.value
        assert source.value.rstrip().endswith((".", ")")), source.value
