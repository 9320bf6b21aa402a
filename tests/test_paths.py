"""The data folder follows the XDG rule exactly as platformdirs does (gui/paths.py applies it
itself on Linux, for start-up time)."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from gui.paths import user_data_dir

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG rule")


@pytest.mark.parametrize(
    ("xdg", "home"),
    [
        ("/srv/data", "/home/ann"),  # absolute: used as is
        (None, "/home/ann"),  # unset: ~/.local/share
        ("", "/home/ann"),  # empty: as unset
        ("relative/data", "/home/ann"),  # relative: ignored, as the spec says
        ("/srv/data/", "/home/ann/"),  # trailing slashes
        (None, "relative-home"),  # a relative HOME: the account's home folder
        (None, None),  # no HOME at all
    ],
)
def test_the_data_folder_is_platformdirs(
    monkeypatch: pytest.MonkeyPatch, xdg: str | None, home: str | None
) -> None:
    for name, value in (("XDG_DATA_HOME", xdg), ("HOME", home)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    expected = Path(platformdirs.user_data_dir("okx-key-manager", appauthor=False))
    assert user_data_dir() == expected
