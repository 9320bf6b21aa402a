"""What the PyInstaller specs (``build.spec``, ``benchmarks/bare_window.spec``) share: which parts
of Qt and Python the app never uses, so both bundles are trimmed the same way.

The app imports only QtCore, QtGui, QtWidgets, QtNetwork (a local socket: one window per user,
``gui/single_instance.py``) and, on Linux, QtDBus (``grep -r "from PySide6" gui``), paints with the
raster engine, loads PNG icons (built into QtGui) and ships its own Chinese translations plus Qt's
``qtbase`` ones. Everything else Qt's hooks would collect is dropped here.
"""

from __future__ import annotations

import fnmatch
import shutil
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path

# Python modules the app never imports (PyInstaller would otherwise follow optional imports).
EXCLUDES = [
    "tkinter",
    "unittest",
    "pydoc",
    "doctest",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtPdf",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtSvg",  # the binding; the SVG plugins below still load libQt6Svg
    "PySide6.QtSvgWidgets",
    "PySide6.QtConcurrent",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
]

# Qt plugins kept (path below PySide6/Qt/plugins/); every other plugin is dropped.
KEEP_PLUGINS = [
    "platforms/libqxcb.so",
    "platforms/libqoffscreen.so",
    "platforms/libqwayland*.so",
    "platforms/qwindows.dll",
    "platforms/qoffscreen.dll",
    "platforms/libqcocoa.dylib",
    "platforms/libqoffscreen.dylib",
    "platformthemes/libqxdgdesktopportal.so",
    "xcbglintegrations/*",
    "wayland-shell-integration/*",
    "wayland-decoration-client/*",
    "wayland-graphics-integration-client/*",
    "platforminputcontexts/*",
    "styles/*",
    # the manager's status icons are SVG: icon engine + image format plugin (they need libQt6Svg)
    "iconengines/*qsvgicon*",
    "imageformats/*qsvg*",
]

# Qt translations kept: only the languages the app ships.
KEEP_TRANSLATIONS = ["qtbase_zh_CN.qm", "qtbase_zh_TW.qm"]

# Shared libraries never needed once the plugins above are gone.
DROP_LIBRARIES = [
    "libQt6Qml*",
    "libQt6Quick*",
    "libQt6Pdf*",
    "libQt6Sql*",
    "libQt6Test*",
    "libQt6Xml*",
    "libQt6OpenGLWidgets*",
    "libQt6PrintSupport*",
    "libQt6VirtualKeyboard*",
    "libQt6WaylandCompositor*",
    "libQt6Designer*",
    "libQt6Help*",
    "Qt6Qml*",
    "Qt6Quick*",
    "Qt6Pdf*",
    "opengl32sw.dll",
]


def _qt_relative(dest: str, folder: str) -> str | None:
    """The part of ``dest`` below ``PySide6/Qt/<folder>/`` (any separator), or None."""
    normal = dest.replace("\\", "/")
    for prefix in (f"PySide6/Qt/{folder}/", f"PySide6/{folder}/"):
        if normal.startswith(prefix):
            return normal[len(prefix) :]
    return None


def keep(entry: tuple[str, str, str]) -> bool:
    """Whether a TOC entry ``(dest, source, kind)`` stays in the bundle."""
    dest = entry[0]
    plugin = _qt_relative(dest, "plugins")
    if plugin is not None:
        return any(fnmatch.fnmatch(plugin, pattern) for pattern in KEEP_PLUGINS)
    translation = _qt_relative(dest, "translations")
    if translation is not None:
        return translation in KEEP_TRANSLATIONS
    name = dest.replace("\\", "/").rsplit("/", 1)[-1]
    return not any(fnmatch.fnmatch(name, pattern) for pattern in DROP_LIBRARIES)


def trim(toc: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [entry for entry in toc if keep(entry)]


def _is_shared_library(dest: str) -> bool:
    name = dest.replace("\\", "/").rsplit("/", 1)[-1]
    if "/plugins/" in dest.replace("\\", "/") or name.startswith("libpython"):
        return False  # roots: kept plugins and the interpreter
    return name.startswith("lib") and (".so" in name or name.endswith(".dylib"))


def drop_unreferenced_libraries(
    binaries: list[tuple[str, str, str]], imports_of: Callable[[str], Iterable[str]]
) -> list[tuple[str, str, str]]:
    """Drops shared libraries no kept binary needs any more.

    PyInstaller resolves dependencies before :func:`trim` runs, so the libraries only a dropped
    plugin needed (GTK for the gtk3 theme, EGLFS, ...) are still listed. Roots are extension
    modules, kept plugins and libpython; ``imports_of(source)`` names what a binary links to.
    """
    by_name: dict[str, tuple[str, str, str]] = {}
    roots: list[tuple[str, str, str]] = []
    for entry in binaries:
        name = entry[0].replace("\\", "/").rsplit("/", 1)[-1]
        if _is_shared_library(entry[0]):
            by_name.setdefault(name, entry)
        else:
            roots.append(entry)
    needed: set[str] = set()
    queue = [entry[1] for entry in roots]
    while queue:
        for name in imports_of(queue.pop()):
            if name in by_name and name not in needed:
                needed.add(name)
                queue.append(by_name[name][1])
    return [
        entry
        for entry in binaries
        if not _is_shared_library(entry[0])
        or entry[0].replace("\\", "/").rsplit("/", 1)[-1] in needed
    ]


def bundle_runpath(runpath: str) -> str:
    """The part of an ELF ``RUNPATH``/``RPATH`` that stays: the entries relative to the binary
    (``$ORIGIN``); absolute ones name folders of the build machine (``/root/.pyenv/...``)."""
    kept = [entry for entry in runpath.split(":") if entry.startswith(("$ORIGIN", "${ORIGIN}"))]
    return ":".join(kept)


def drop_build_machine_paths(folder: Path, patchelf: str = "patchelf") -> list[Path]:
    """Removes the build machine's folders from the run paths of the ELF files below ``folder``
    (the bundle's ``_internal``; not the programs, whose appended archive patchelf must not move).

    A Python built with ``LDFLAGS=-Wl,-rpath,...`` (pyenv's) stamps its ``lib`` folder on
    libpython and every extension module; the bundle must load only what it carries. Returns the
    files changed; needs ``patchelf`` (apt-get install patchelf).
    """
    changed = []
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as file:
            if file.read(4) != b"\x7fELF":
                continue
        if shutil.which(patchelf) is None:
            raise SystemExit(
                "build.spec: patchelf is needed to remove the build machine's paths from the "
                "bundle's libraries (apt-get install patchelf)"
            )
        runpath = subprocess.run(  # noqa: S603 - patchelf on the bundle's own files
            [patchelf, "--print-rpath", str(path)], capture_output=True, text=True, check=True
        ).stdout.strip()
        kept = bundle_runpath(runpath)
        if kept == runpath:
            continue
        command = ["--set-rpath", kept] if kept else ["--remove-rpath"]
        subprocess.run([patchelf, *command, str(path)], check=True)  # noqa: S603 - as above
        changed.append(path)
    return changed
