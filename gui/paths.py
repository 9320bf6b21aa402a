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
    the index, the balance cache and a vault file live. On Linux the XDG rule is applied here,
    as platformdirs applies it (tests/test_paths.py compares them): importing platformdirs takes
    ~7 ms (it imports ``tempfile``), paid by every start of the window and of ``run``."""
    linux = sys.platform.startswith("linux")  # (a name: mypy checks the other branch too)
    if linux:
        return Path(xdg_data_home()) / "okx-key-manager"
    import platformdirs

    return Path(platformdirs.user_data_dir("okx-key-manager", appauthor=False))


def xdg_data_home() -> str:
    """``$XDG_DATA_HOME`` when it is an absolute path (the XDG spec ignores a relative one),
    else ``~/.local/share`` (``$HOME`` when absolute, else the account's home folder)."""
    path = os.environ.get("XDG_DATA_HOME", "")
    if os.path.isabs(path):
        return path
    home = os.environ.get("HOME", "")
    if not os.path.isabs(home):
        import pwd

        home = pwd.getpwuid(os.getuid()).pw_dir
    return os.path.join(home, ".local", "share")


class NotRegularFileError(OSError):
    """A path that is not a regular file (a FIFO, a device, a folder, a socket): refused before a
    byte is read, since reading one can block for ever or never end."""


class FileTooLargeError(OSError):
    """A regular file larger than its reader's cap."""


def _kind(mode: int) -> str:
    import stat

    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a plain file"


def read_regular_file(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them.

    Opened without blocking (``O_NONBLOCK``: opening a FIFO waits for a writer otherwise), then
    checked with ``fstat`` on the open descriptor (no race with a swapped path): anything but a
    regular file raises :class:`NotRegularFileError`; more than ``limit`` bytes
    :class:`FileTooLargeError`. Both are ``OSError`` with a ``strerror`` saying what was found,
    so every reader's existing "cannot read: {reason}" message names the problem."""
    import errno
    import stat

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFileError(
                errno.EINVAL, f"not a regular file: it is {_kind(info.st_mode)}", str(path)
            )
        too_large = FileTooLargeError(
            errno.EFBIG, f"the file is larger than {limit:,} bytes", str(path)
        )
        if info.st_size > limit:
            raise too_large
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1024 * 1024, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise too_large  # it grew while being read
        return b"".join(chunks)
    finally:
        os.close(fd)
