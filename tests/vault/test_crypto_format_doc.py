"""docs/vault-format.md is right: its snippet opens a vault file this app wrote, down to one
entry's secrets, and the constants it names are the code's."""

from __future__ import annotations

import re
from pathlib import Path

from gui.okx.regions import Environment, Region
from gui.vault.crypto import ENTRY_KEY_INFO, HEADER_LENGTH
from gui.vault.filevault import FileVaultStore
from gui.vault.payload import ENTRY_AAD_PREFIX
from tests.vault.contract import KEY_C

DOC = Path(__file__).resolve().parents[2] / "docs" / "vault-format.md"


def _python_snippet() -> str:
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)
    assert len(blocks) == 1, "the format document should hold exactly one Python example"
    return str(blocks[0])


def test_the_documented_snippet_opens_a_vault_entry(tmp_path: Path) -> None:
    password = "ünïcödé passwörd 2024"  # decomposed below: the snippet must normalise it
    path = tmp_path / "vault"
    store = FileVaultStore.create(path, password)
    store.add("Main", Region.GLOBAL, Environment.LIVE, KEY_C)
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
    assert namespace["secrets"] == {
        "api_key": KEY_C.api_key,
        "secret_key": KEY_C.secret_key,
        "passphrase": KEY_C.passphrase,
    }


def test_the_documented_constants_are_the_code_s() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert f"The header is always {HEADER_LENGTH} bytes." in text
    assert f"| {HEADER_LENGTH} | *n* | body |" in text
    info = ENTRY_KEY_INFO.decode("ascii")
    assert f"the {len(ENTRY_KEY_INFO)} ASCII bytes `{info}`" in text
    prefix = ENTRY_AAD_PREFIX.removesuffix(b"\x00").decode("ascii")
    assert ENTRY_AAD_PREFIX.endswith(b"\x00")
    assert f"the {len(prefix)} bytes `{prefix}` followed by a zero byte" in text
