"""Layers: the core (gui.okx, gui.vault), the use cases (gui.connections), the bots and the
commands never import Qt; gui imports only downward, with no import circle anywhere; nothing
above gui.connections imports gui.vault (the door). `lint-imports` checks the same contracts
(pyproject.toml) in `make test`."""

from __future__ import annotations

import ast
import functools
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORE = ["gui/okx", "gui/vault", "gui/connections", "gui/bots", "gui/commands"]
#: Which layers each may import (gui.text, gui.paths: plain helpers every layer uses).
LAYERS = {
    "gui.okx": {"gui.okx", "gui.text", "gui.paths"},
    "gui.vault": {"gui.vault", "gui.okx", "gui.text", "gui.paths"},
    "gui.connections": {"gui.connections", "gui.vault", "gui.okx", "gui.text", "gui.paths"},
    "gui.bots": {"gui.bots", "gui.connections", "gui.okx", "gui.text", "gui.paths"},
    "gui.commands": {
        *("gui.commands", "gui.bots", "gui.connections", "gui.okx", "gui.text", "gui.paths"),
        "gui.hardening",
    },
}
#: Views and entry points: anything below them but the storage layer itself.
ABOVE_THE_DOOR = ["gui/bots", "gui/commands", "gui/wizard", "gui/manager"]
ENTRY_POINTS = ["gui/app.py", "gui/cli.py", "gui/selftest.py", "gui/tasks.py", "gui/i18n.py"]
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", CORE)
def test_core_sources_do_not_import_qt(package: str) -> None:
    files = sorted((ROOT / package).rglob("*.py"))
    assert files, f"{package} has no Python files"
    offenders = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in files
        for name in _imported_modules(path)
        if name.split(".")[0] in QT_MODULES
    }
    assert not offenders


def test_importing_every_core_module_loads_no_qt() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "import gui.okx, gui.vault, gui.connections, gui.bots, gui.commands\n"
        "for pkg in (gui.okx, gui.vault, gui.connections, gui.bots, gui.commands):\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == ""


def _runtime_imports(path: Path) -> set[str]:
    """Modules ``path`` imports when it runs (``if TYPE_CHECKING:`` blocks left out)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(n) for child in node.body for n in ast.walk(child))
    names: set[str] = set()
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
                base = f"{base}.{node.module}" if node.module else base
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


@functools.cache  # the sources do not change during a run
def _module_graph() -> dict[str, set[str]]:
    modules = {
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"): p
        for p in (ROOT / "gui").rglob("*.py")
    }
    return {
        name: {m for m in _runtime_imports(path) if m in modules and m != name}
        for name, path in modules.items()
    }


def test_no_import_circle_in_gui() -> None:
    graph = _module_graph()
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    cycles: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                cycles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target, [*path, target])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert cycles == []


@pytest.mark.parametrize("layer", sorted(LAYERS))
def test_layers_import_only_downward(layer: str) -> None:
    allowed = LAYERS[layer]
    offenders = {
        f"{module} -> {target}"
        for module, targets in _module_graph().items()
        if module == layer or module.startswith(layer + ".")
        for target in targets
        if target.startswith("gui.")
        and not any(target == a or target.startswith(a + ".") for a in allowed)
    }
    assert offenders == set()


MAX_MODULE_LINES = 500


def test_no_module_in_gui_exceeds_500_lines() -> None:
    """Modules stay readable: a module past the limit is split into cohesive parts."""
    files = sorted((ROOT / "gui").rglob("*.py"))
    assert files
    too_long = {
        str(path.relative_to(ROOT)): count
        for path in files
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert too_long == {}


def test_nothing_above_the_door_imports_the_storage_layer() -> None:
    """gui.connections is the one door to storage: the views, the command line and the bots
    import its use cases and its re-exported types, never gui.vault (not even for typing)."""
    files = [p for d in ABOVE_THE_DOOR for p in (ROOT / d).rglob("*.py")]
    files += [ROOT / f for f in ENTRY_POINTS]
    offenders = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in files
        for name in _imported_modules(path)
        if name == "gui.vault" or name.startswith("gui.vault.")
    }
    assert offenders == set()


MAX_VIEW_MODULE_LINES = 400
SMALLER = ["gui/manager", "gui/commands", "gui/wizard"]


@pytest.mark.parametrize("package", SMALLER)
def test_no_module_of_the_views_or_commands_exceeds_400_lines(package: str) -> None:
    """The window, the wizard and the commands stay carved into parts a reader holds at once."""
    files = sorted((ROOT / package).rglob("*.py"))
    assert files
    too_long = {
        str(path.relative_to(ROOT)): count
        for path in files
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_VIEW_MODULE_LINES
    }
    assert too_long == {}
