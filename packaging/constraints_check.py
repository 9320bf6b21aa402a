"""Checks that this environment holds the versions packaging/constraints.txt pins.

``make dist`` runs it before PyInstaller: a build environment changed by hand (a ``pip install``
of another PySide6) must not slip into a release. A pin applies when its environment marker
does and the distribution is installed (a constraints file pins, it does not add)::

    .venv/bin/python packaging/constraints_check.py [CONSTRAINTS]

Exit status 1, naming each difference, when an installed version is not the pinned one.
"""

from __future__ import annotations

import importlib.metadata
import sys
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

CONSTRAINTS = Path(__file__).resolve().parent / "constraints.txt"


def pins(text: str) -> dict[str, str]:
    """Name (canonical: ``pyside6-essentials``) → pinned version, for the lines whose marker
    applies here."""
    found: dict[str, str] = {}
    for line in text.splitlines():
        line = line.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        requirement = Requirement(line)
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        (specifier,) = requirement.specifier
        if specifier.operator != "==":
            raise ValueError(f"not an exact pin: {line!r}")
        found[canonicalize_name(requirement.name)] = specifier.version
    return found


def differences(pinned: dict[str, str]) -> list[str]:
    wrong = []
    for name, version in pinned.items():
        try:
            installed = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue  # not needed on this platform
        if installed != version:
            wrong.append(f"{name} {installed} is installed; the constraints pin {version}")
    return wrong


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else CONSTRAINTS
    pinned = pins(path.read_text(encoding="utf-8"))
    wrong = differences(pinned)
    for line in wrong:
        print(f"constraints_check: {line}", file=sys.stderr)
    if wrong:
        print(
            f"constraints_check: reinstall with pip install -c {path} -e '.[build]' (or change "
            "the pins on purpose: docs/install.md, Release builds)",
            file=sys.stderr,
        )
        return 1
    print(f"constraints: ok ({len(pinned)} pins apply here)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
