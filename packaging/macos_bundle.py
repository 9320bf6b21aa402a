"""The macOS app's Info.plist, the oldest macOS its binaries run on, and a check of a built app.

Every Mach-O binary records the oldest macOS it runs on (``minos`` of ``LC_BUILD_VERSION``, or
``LC_VERSION_MIN_MACOSX`` in older ones). An app must not declare an older
``LSMinimumSystemVersion`` than its neediest binary, or it starts on a system where a library
then fails to load. ``build.spec`` therefore derives the declared version from the binaries it
collects (never below :data:`FLOOR`), and ``check`` re-reads the built app (the desktop workflow
runs it on each macOS runner)::

    python packaging/macos_bundle.py check "dist/OKX Key Manager.app" --arch arm64

It fails, naming the files, when a binary lacks the architecture or needs a newer macOS than the
plist declares, or when the plist lacks the app's languages. Nothing here needs macOS: the
tests run it on Linux on hand-made Mach-O files.
"""

from __future__ import annotations

import argparse
import plistlib
import re
import struct
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

#: The oldest macOS declared even when every binary allows an older one: Qt 6.8 and 6.9 (the
#: PySide6 of pyproject.toml) support macOS 12 and later.
FLOOR = (12, 0, 0)

#: Apple's language IDs of the app's languages (English, zh_CN, zh_TW). Without
#: CFBundleLocalizations macOS reports the development region (English) to Qt whatever the
#: user's preferred languages are; CFBundleAllowMixedLocalizations lets Qt see the user's locale.
LANGUAGES = ("en", "zh-Hans", "zh-Hant")

_FAT_MAGIC, _FAT_MAGIC_64 = 0xCAFEBABE, 0xCAFEBABF  # big-endian fat header
_MH_MAGIC, _MH_MAGIC_64 = 0xFEEDFACE, 0xFEEDFACF  # little-endian thin header (x86_64, arm64)
_LC_VERSION_MIN_MACOSX, _LC_BUILD_VERSION = 0x24, 0x32
_PLATFORM_MACOS = 1
ARCHS = {0x01000007: "x86_64", 0x0100000C: "arm64", 7: "i386"}

Version = tuple[int, int, int]


@dataclass(frozen=True)
class Slice:
    """One architecture of a Mach-O file and the oldest macOS it runs on (None: not recorded)."""

    arch: str
    minimum: Version | None


def _version(encoded: int) -> Version:
    return encoded >> 16, (encoded >> 8) & 0xFF, encoded & 0xFF


def format_version(version: Version) -> str:
    major, minor, patch = version
    return f"{major}.{minor}.{patch}" if patch else f"{major}.{minor}"


def parse_version(text: str) -> Version:
    parts = [int(part) for part in text.split(".")]
    if not 1 <= len(parts) <= 3:
        raise ValueError(f"not a macOS version: {text!r}")
    major, minor, patch = (*parts, 0, 0)[:3]
    return major, minor, patch


def _thin(data: bytes) -> Slice | None:
    if len(data) < 28:
        return None
    magic, cputype, _, _, ncmds = struct.unpack_from("<IiiII", data)
    if magic not in (_MH_MAGIC, _MH_MAGIC_64):
        return None
    offset = 32 if magic == _MH_MAGIC_64 else 28
    minimum: Version | None = None
    for _ in range(ncmds):
        if offset + 16 > len(data):
            break
        cmd, size, first, second = struct.unpack_from("<IIII", data, offset)
        if cmd == _LC_BUILD_VERSION and first == _PLATFORM_MACOS:
            minimum = _version(second)
        elif cmd == _LC_VERSION_MIN_MACOSX:
            minimum = _version(first)
        if size < 8:
            break
        offset += size
    return Slice(ARCHS.get(cputype, hex(cputype)), minimum)


def read_slices(path: Path) -> list[Slice] | None:
    """The slices of a Mach-O file (one for a thin file); None when ``path`` is not one."""
    with path.open("rb") as file:
        head = file.read(8)
    if len(head) < 8:
        return None
    (magic, count) = struct.unpack(">II", head)
    if magic in (_FAT_MAGIC, _FAT_MAGIC_64):
        if not 0 < count < 32:  # a Java class file starts with the same magic
            return None
        data = path.read_bytes()
        slices = []
        for index in range(count):
            if magic == _FAT_MAGIC:
                _, _, offset, size, _ = struct.unpack_from(">iiIII", data, 8 + 20 * index)
            else:
                _, _, offset, size, _, _ = struct.unpack_from(">iiQQII", data, 8 + 32 * index)
            thin = _thin(data[offset : offset + size])
            if thin is not None:
                slices.append(thin)
        return slices or None
    if struct.unpack("<I", head[:4])[0] not in (_MH_MAGIC, _MH_MAGIC_64):
        return None
    thin = _thin(path.read_bytes())
    return [thin] if thin is not None else None


def needed_version(slices: Iterable[Slice], arch: str | None) -> Version | None:
    """The oldest macOS the ``arch`` slice runs on (every slice's newest when ``arch`` is None)."""
    found = [s.minimum for s in slices if s.minimum is not None and arch in (None, s.arch)]
    return max(found) if found else None


def required_macos(
    paths: Iterable[Path], arch: str | None, floor: Version = FLOOR
) -> tuple[Version, Path | None]:
    """The newest minimum among the Mach-O files in ``paths`` (never below ``floor``) and the
    file that needs it (None: the floor decided)."""
    best: tuple[Version, Path | None] = (floor, None)
    for path in paths:
        slices = read_slices(path)
        needed = needed_version(slices, arch) if slices else None
        if needed is not None and needed > best[0]:
            best = (needed, path)
    return best


def short_version(version: str) -> str:
    """CFBundleShortVersionString / CFBundleVersion take up to three integers: ``0.2.0rc1`` is
    shown as ``0.2.0`` (the full text is in CFBundleGetInfoString)."""
    match = re.match(r"\d+(?:\.\d+){0,2}", version)
    if match is None:
        raise ValueError(f"not a version: {version!r}")
    return match.group(0)


def info_plist(app_name: str, executable: str, version: str, minimum: Version) -> dict[str, object]:
    """The Info.plist entries build.spec gives PyInstaller's BUNDLE."""
    return {
        "CFBundleName": app_name,
        "CFBundleDisplayName": app_name,
        "CFBundleExecutable": executable,  # the windowed program, not the -cli one beside it
        "CFBundleShortVersionString": short_version(version),
        "CFBundleVersion": short_version(version),
        "CFBundleGetInfoString": f"{app_name} {version}",
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": list(LANGUAGES),
        "CFBundleAllowMixedLocalizations": True,
        "NSHighResolutionCapable": True,
        "LSBackgroundOnly": False,
        "LSMinimumSystemVersion": format_version(minimum),
        "LSApplicationCategoryType": "public.app-category.finance",
        "NSHumanReadableCopyright": "MIT License",
    }


def check_app(app: Path, arch: str) -> tuple[list[str], list[str]]:
    """Checks a built .app; returns (problems, summary lines)."""
    plist = plistlib.loads((app / "Contents" / "Info.plist").read_bytes())
    problems = []
    for key, wanted in (
        ("CFBundleDevelopmentRegion", "en"),
        ("CFBundleAllowMixedLocalizations", True),
    ):
        if plist.get(key) != wanted:
            problems.append(f"Info.plist: {key} is {plist.get(key)!r}, not {wanted!r}")
    missing = set(LANGUAGES) - set(plist.get("CFBundleLocalizations", []))
    if missing:
        problems.append(f"Info.plist: CFBundleLocalizations lacks {', '.join(sorted(missing))}")
    executable = app / "Contents" / "MacOS" / str(plist.get("CFBundleExecutable"))
    if not executable.is_file():
        problems.append(f"Info.plist: CFBundleExecutable {executable.name} not in Contents/MacOS")
    declared = parse_version(str(plist.get("LSMinimumSystemVersion", "0")))
    count = 0
    newest: tuple[Version, str] = ((0, 0, 0), "")
    for path in sorted(p for p in app.rglob("*") if p.is_file() and not p.is_symlink()):
        slices = read_slices(path)
        if slices is None:
            continue
        count += 1
        name = str(path.relative_to(app))
        if arch not in {s.arch for s in slices}:
            problems.append(f"{name}: no {arch} code (has {', '.join(s.arch for s in slices)})")
            continue
        needed = needed_version(slices, arch)
        if needed is not None and needed > newest[0]:
            newest = (needed, name)
        if needed is not None and needed > declared:
            problems.append(
                f"{name}: needs macOS {format_version(needed)}, Info.plist declares "
                f"{format_version(declared)}"
            )
    if count == 0:
        problems.append("no Mach-O binary found")
    summary = [
        f"{count} Mach-O files, every one with {arch} code"
        if not any("code (has" in p for p in problems)
        else f"{count} Mach-O files",
        f"newest minimum: macOS {format_version(newest[0])} ({newest[1]}); "
        f"LSMinimumSystemVersion {format_version(declared)}",
        f"languages: {', '.join(plist.get('CFBundleLocalizations', []))}",
    ]
    return problems, summary


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="macos_bundle.py", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check a built .app (architecture, minimum macOS)")
    check.add_argument("app", type=Path)
    check.add_argument("--arch", required=True, choices=sorted(set(ARCHS.values())))
    args = parser.parse_args(argv)
    problems, summary = check_app(args.app, args.arch)
    for line in summary:
        print(f"{args.app.name}: {line}")
    for problem in problems:
        print(f"macos_bundle: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
