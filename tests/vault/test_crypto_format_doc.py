"""docs/vault-format.md is right: its decryption snippet opens a container this app wrote."""

from __future__ import annotations

import re
from pathlib import Path

from gui.vault.crypto import HEADER_LENGTH, ContainerKind, seal_with_password

DOC = Path(__file__).resolve().parents[2] / "docs" / "vault-format.md"


def _python_snippet() -> str:
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)
    assert len(blocks) == 1, "the format document should hold exactly one Python example"
    return str(blocks[0])


def test_the_documented_snippet_decrypts_a_vault_file(tmp_path: Path) -> None:
    password = "ünïcödé passwörd 2024"  # decomposed below: the snippet must normalise it
    path = tmp_path / "vault"
    path.write_bytes(seal_with_password(b'{"hello": "world"}', password, ContainerKind.VAULT))
    snippet = _python_snippet()
    assert '"path/to/file"' in snippet
    assert '"the password"' in snippet
    decomposed = password.replace("ü", "u\u0308").replace("ö", "o\u0308")
    assert decomposed != password
    code = snippet.replace('"path/to/file"', repr(str(path))).replace(
        '"the password"', repr(decomposed)
    )
    namespace: dict[str, object] = {}
    exec(compile(code, str(DOC), "exec"), namespace)  # noqa: S102 - our own documentation
    assert namespace["plaintext"] == b'{"hello": "world"}'


def test_the_documented_table_matches_the_header_length() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert f"The header is always {HEADER_LENGTH} bytes." in text
    assert f"| {HEADER_LENGTH} | *n* | body |" in text
