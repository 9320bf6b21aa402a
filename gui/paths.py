"""Where the app's bundled files are: beside the source tree, or inside a frozen (PyInstaller) app.

PyInstaller unpacks a one-folder build's data below ``sys._MEIPASS`` (``_internal/`` next to the
executable, ``Contents/Frameworks`` in a macOS bundle); ``build.spec`` puts ``resources/`` there.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SOURCE_ROOT = Path(__file__).resolve().parent.parent


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def prepare_frozen_qt() -> None:
    """What PyInstaller's PySide6 run-time hook does at the start of a frozen program — Qt's
    plugin and QML paths, and the embedded ``qt.conf`` that relocates Qt — done here, only when
    Qt is wanted (the window, the self-test), for the Linux command-line program that build.spec
    builds without the hook: the hook imports QtCore, and with it Qt's libraries and ICU, at
    every ``run`` (~100 ms, benchmarks/run_overhead.py). Nothing when not frozen or when the
    hook already ran (it imported QtCore)."""
    if not is_frozen() or "PySide6.QtCore" in sys.modules or not sys.platform.startswith("linux"):
        return
    qt = Path(sys._MEIPASS) / "PySide6" / "Qt"  # type: ignore[attr-defined]
    os.environ["QT_PLUGIN_PATH"] = str(qt / "plugins")
    os.environ["QML2_IMPORT_PATH"] = str(qt / "qml")
    try:
        from _pyi_rth_utils import qt as qt_rth_utils  # type: ignore[import-not-found]
    except ImportError:
        return
    qt_rth_utils.create_embedded_qt_conf("PySide6", str(qt))


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
