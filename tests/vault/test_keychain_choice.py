"""The app's keychain is keyring's own choice; skipping the macOS framework lookup off macOS
(``skip_macos_framework_lookup``) changes nothing but the time it took."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

CHOICE = """
import sys
{prelude}
print(type(backend).__module__, type(backend).__name__, "keyring.backends.macOS.api" in sys.modules
      and sys.modules["keyring.backends.macOS.api"] is not None, "ctypes.util" in sys.modules)
"""
KEYRING = "import keyring\nbackend = keyring.get_keyring()"
APP = "from gui.connections.stores import system_keyring\nbackend = system_keyring()"


def chosen(prelude: str) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}  # a desktop's
    result = subprocess.run(
        [sys.executable, "-c", CHOICE.format(prelude=prelude)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=True,
    )
    return result.stdout.split()


@pytest.mark.skipif(sys.platform == "darwin", reason="the lookup is skipped elsewhere only")
def test_the_app_chooses_keyrings_backend_without_the_macos_lookup() -> None:
    module, name, _api, _util = chosen(KEYRING)
    assert chosen(APP) == [module, name, "False", "False"]
