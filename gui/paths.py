"""Where the app's bundled files are: beside the source tree, or inside a frozen (PyInstaller) app.

PyInstaller unpacks a one-folder build's data below ``sys._MEIPASS`` (``_internal/`` next to the
executable, ``Contents/Frameworks`` in a macOS bundle); ``build.spec`` puts ``resources/`` there.
"""

from __future__ import annotations

import sys
from pathlib import Path

SOURCE_ROOT = Path(__file__).resolve().parent.parent


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resources_dir() -> Path:
    """The ``resources`` folder: ``<_MEIPASS>/resources`` when frozen, else the source tree's."""
    if is_frozen():
        return Path(sys._MEIPASS) / "resources"  # type: ignore[attr-defined]
    return SOURCE_ROOT / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def user_data_dir() -> Path:
    """The user's data folder for the app (``$XDG_DATA_HOME/okx-key-manager`` on Linux): where
    the index, the balance cache and a vault file live."""
    import platformdirs

    return Path(platformdirs.user_data_dir("okx-key-manager", appauthor=False))
