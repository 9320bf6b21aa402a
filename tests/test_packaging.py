"""Packaging inputs: icons, menu entry, PyInstaller trimming, the .deb layout, the NSIS script.

The full bundle is built and its ``--self-test`` run by ``make package-check`` (CI); these tests
check the pieces quickly, with a stand-in app folder where a build would take too long.
"""

from __future__ import annotations

import configparser
import gzip
import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from gui import __app_id__, __app_name__, __version__

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT / "packaging" / "linux"))
import appversion  # noqa: E402
import pyinstaller_common as common  # noqa: E402


def png_size(data: bytes) -> tuple[int, int]:
    image = QImage.fromData(data)  # the format is read from the data
    assert not image.isNull()
    return image.width(), image.height()


def test_png_icons_have_the_size_in_their_name() -> None:
    pngs = sorted(ICONS.glob(f"{__app_id__}-*.png"))
    assert {int(p.stem.rsplit("-", 1)[1]) for p in pngs} >= {16, 32, 48, 64, 128, 256, 512}
    for png in pngs:
        size = int(png.stem.rsplit("-", 1)[1])
        assert png_size(png.read_bytes()) == (size, size), png.name


def test_ico_holds_png_entries_of_the_sizes_it_declares() -> None:
    data = (ICONS / f"{__app_id__}.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _, _, _, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        side = width or 256
        assert (height or 256) == side
        assert png_size(data[offset : offset + length]) == (side, side)
        assert bits == 32
        sizes.append(side)
    assert {16, 32, 48, 256} <= set(sizes)


def test_icns_holds_png_elements_matching_their_types() -> None:
    data = (ICONS / f"{__app_id__}.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    expected = {b"icp4": 16, b"icp5": 32, b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024}
    expected |= {b"ic11": 32, b"ic12": 64, b"ic13": 256, b"ic14": 512}
    found = {}
    offset = 8
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack_from(">I", data, offset + 4)[0]
        found[kind] = png_size(data[offset + 8 : offset + length])[0]
        offset += length
    assert offset == len(data)
    assert {k: v for k, v in found.items() if k in expected} == expected


def test_svg_icon_is_the_source_of_the_pngs() -> None:
    svg = (ICONS / f"{__app_id__}.svg").read_text(encoding="utf-8")
    assert 'viewBox="0 0 256 256"' in svg
    assert "make icons" in svg


def test_desktop_entry_starts_the_launcher_with_the_app_icon() -> None:
    desktop = ROOT / "resources" / f"{__app_id__}.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(desktop, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Name"] == __app_name__
    assert section["Exec"] == __app_id__
    assert section["Icon"] == __app_id__
    assert section["StartupWMClass"] == __app_id__
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True, timeout=30
        )
        assert result.returncode == 0, result.stdout + result.stderr


def test_the_app_imports_no_qt_module_the_bundle_excludes() -> None:
    imported = set()
    for source in (ROOT / "gui").rglob("*.py"):
        imported |= set(re.findall(r"\bPySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    # D-Bus: the screen-lock signal; Network: the local socket that keeps one window per user
    assert imported == {"QtCore", "QtGui", "QtWidgets", "QtDBus", "QtNetwork"}
    assert not {f"PySide6.{name}" for name in imported} & set(common.EXCLUDES)


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),  # the status icons are SVG
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6\\plugins\\iconengines\\qsvgicon.dll", True),
        ("PySide6/Qt/lib/libQt6Svg.so.6", True),
        ("PySide6/Qt/lib/libQt6DBus.so.6", True),
        ("PySide6/Qt/lib/libQt6Network.so.6", True),  # QLocalServer: one window per user
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_zh_CN.qm", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("resources/translations/okx_key_manager_zh_CN.qm", True),
    ],
)
def test_trimming_keeps_only_what_the_app_uses(dest: str, kept: bool) -> None:
    assert common.keep((dest, "/src/" + dest, "BINARY")) is kept


def test_libraries_only_a_dropped_plugin_needed_are_dropped() -> None:
    links = {
        "/s/QtWidgets.abi3.so": ["libQt6Widgets.so.6"],
        "/s/libQt6Widgets.so.6": ["libQt6Gui.so.6"],
        "/s/libQt6Gui.so.6": ["libc.so.6"],
        "/s/libqxcb.so": ["libxcb-cursor.so.0", "libQt6Gui.so.6"],
        "/s/libxcb-cursor.so.0": [],
        "/s/libgtk-3.so.0": ["libcairo.so.2"],
        "/s/libcairo.so.2": [],
    }
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "/s/QtWidgets.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "/s/libQt6Widgets.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("libxcb-cursor.so.0", "/s/libxcb-cursor.so.0", "BINARY"),
        ("libgtk-3.so.0", "/s/libgtk-3.so.0", "BINARY"),  # needed by the dropped gtk3 theme
        ("libcairo.so.2", "/s/libcairo.so.2", "BINARY"),
    ]
    kept = common.drop_unreferenced_libraries(binaries, lambda source: links[source])
    assert [dest.rsplit("/", 1)[-1] for dest, _, _ in kept] == [
        "QtWidgets.abi3.so",
        "libQt6Widgets.so.6",
        "libQt6Gui.so.6",
        "libqxcb.so",
        "libxcb-cursor.so.0",
    ]


@pytest.mark.parametrize(
    ("runpath", "kept"),
    [
        ("/root/.pyenv/versions/3.11.7/lib", ""),
        ("$ORIGIN/../lib:/opt/build/lib", "$ORIGIN/../lib"),
        ("${ORIGIN}:$ORIGIN/lib", "${ORIGIN}:$ORIGIN/lib"),
        ("", ""),
    ],
)
def test_only_run_paths_inside_the_bundle_are_kept(runpath: str, kept: str) -> None:
    assert common.bundle_runpath(runpath) == kept


def runpath_of(path: Path) -> str:
    dynamic = subprocess.run(
        ["readelf", "-d", str(path)], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(r"\((?:RUNPATH|RPATH)\)\s+Library r(?:un)?path: \[(.*)\]", dynamic)
    return found.group(1) if found else ""


@pytest.mark.skipif(
    not (shutil.which("patchelf") and shutil.which("readelf")),
    reason="needs patchelf and readelf (apt-get install patchelf binutils)",
)
def test_the_build_machines_paths_leave_the_bundles_libraries(tmp_path: Path) -> None:
    import _ctypes  # an extension module: an ELF shared object of this Python

    internal = tmp_path / "dist" / __app_id__ / "_internal"
    (internal / "lib-dynload").mkdir(parents=True)
    leaky = internal / "lib-dynload" / "_ctypes.so"
    mixed = internal / "libmixed.so"
    for copy in (leaky, mixed):
        shutil.copyfile(str(_ctypes.__file__), copy)
    subprocess.run(["patchelf", "--set-rpath", "/home/builder/python/lib", str(leaky)], check=True)
    subprocess.run(
        ["patchelf", "--set-rpath", "$ORIGIN/Qt/lib:/home/builder/qt/lib", str(mixed)], check=True
    )
    (internal / "data.txt").write_text("not ELF", encoding="utf-8")

    changed = common.drop_build_machine_paths(internal)

    assert sorted(changed) == sorted([leaky, mixed])
    assert runpath_of(leaky) == ""
    assert runpath_of(mixed) == "$ORIGIN/Qt/lib"
    assert common.drop_build_machine_paths(internal) == []  # nothing left to change
    loaded = subprocess.run(  # the changed copy still loads (its libraries found without)
        [
            sys.executable,
            "-c",
            "import sys; sys.path.insert(0, sys.argv[1]); import _ctypes; print(_ctypes.__file__)",
            str(leaky.parent),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.strip() == str(leaky)


@pytest.fixture
def stand_in_dist(tmp_path: Path) -> Path:
    """A folder shaped like PyInstaller's output, with a shell script as the program."""
    dist = tmp_path / "dist" / __app_id__
    (dist / "_internal").mkdir(parents=True)
    for name in (__app_id__, f"{__app_id__}-cli"):  # the windowed and the console program
        program = dist / name
        program.write_text(f'#!/bin/sh\necho stand-in {name} "$@"\n', encoding="utf-8")
        program.chmod(0o755)
    (dist / "_internal" / "data.txt").write_text("x", encoding="utf-8")
    library = dist / "_internal" / "libstand-in.so.1"  # as PyInstaller leaves them: 0755
    library.write_bytes(b"\x7fELF stand-in")
    library.chmod(0o755)
    return dist


def deb_version() -> str:
    """The version of the changelog's first entry (packaging/linux/changelog)."""
    first = (ROOT / "packaging/linux/changelog").read_text(encoding="utf-8").splitlines()[0]
    found = re.match(rf"{__app_id__} \(([^)]+)\) unstable; urgency=\w+$", first)
    assert found, first
    return found.group(1)


@pytest.mark.skipif(not shutil.which("dpkg-deb"), reason="needs dpkg-deb (Debian/Ubuntu)")
def test_deb_installs_app_launcher_menu_entry_and_icons(stand_in_dist: Path) -> None:
    out = stand_in_dist.parent
    result = subprocess.run(
        [str(ROOT / "packaging/linux/build_deb.sh"), str(stand_in_dist), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    deb = Path(result.stdout.strip())
    revision = deb_version()
    assert revision.startswith(f"{__version__}-")  # the changelog's first entry is this version's
    assert deb.name.startswith(f"{__app_id__}_{revision}_")
    field = lambda name: subprocess.run(  # noqa: E731
        ["dpkg-deb", "--field", str(deb), name], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert field("Package") == __app_id__
    assert field("Version") == revision
    assert "libgl1" in field("Depends")
    assert "libxcb1" in field("Depends")
    root = out / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True, timeout=60)
    app = root / "opt" / __app_id__
    assert (app / "_internal" / "data.txt").read_text(encoding="utf-8") == "x"
    assert (app / f"{__app_id__}-cli").stat().st_mode & 0o111
    for program in (__app_id__, f"{__app_id__}-cli"):  # both on PATH
        launcher = root / "usr" / "bin" / program
        assert launcher.stat().st_mode & 0o111
        assert f"exec /opt/{__app_id__}/{program} " in launcher.read_text(encoding="utf-8")
        moved = (
            out / f"launcher-{program}"
        )  # as installed: its /opt path moved into the unpacked root
        moved.write_text(
            launcher.read_text(encoding="utf-8").replace("/opt/", f"{root}/opt/"),
            encoding="utf-8",
        )
        started = subprocess.run(
            ["sh", str(moved), "--version"], capture_output=True, text=True, timeout=30
        )
        assert started.stdout == f"stand-in {program} --version\n", started.stderr
    doc = root / "usr/share/doc" / __app_id__
    changelog = gzip.decompress((doc / "changelog.Debian.gz").read_bytes()).decode("utf-8")
    assert changelog.startswith(f"{__app_id__} ({revision}) ")
    assert (
        (doc / "copyright")
        .read_text(encoding="utf-8")
        .startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n")
    )
    overrides = root / "usr/share/lintian/overrides" / __app_id__
    assert "dir-or-file-in-opt" in overrides.read_text(encoding="utf-8")
    md5sums = subprocess.run(
        ["dpkg-deb", "-I", str(deb), "md5sums"], capture_output=True, text=True, check=True
    ).stdout
    assert f"  usr/bin/{__app_id__}-cli\n" in md5sums
    assert (root / "usr/share/applications" / f"{__app_id__}.desktop").is_file()
    hicolor = root / "usr/share/icons/hicolor"
    assert (hicolor / "scalable/apps" / f"{__app_id__}.svg").is_file()
    for size in (16, 32, 48, 64, 128, 256, 512):
        png = hicolor / f"{size}x{size}/apps/{__app_id__}.png"
        assert png_size(png.read_bytes()) == (size, size)
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    assert " root/root " in listing
    assert "/home/" not in listing
    for line in listing.splitlines():  # libraries need not be executable to load
        if line.endswith(".so") or ".so." in line.rsplit("/", 1)[-1]:
            assert line.startswith("-rw-r--r--"), line


# A stand-in for the packaged program: answers what check_deb.sh asks and records the
# environment of every start (STAND_IN_LOG).
STAND_IN_PROGRAM = f"""#!/bin/sh
echo "$1 HOME=$HOME TMPDIR=$TMPDIR DATA=$XDG_DATA_HOME CONFIG=$XDG_CONFIG_HOME \\
RUNTIME=$XDG_RUNTIME_DIR" >>"$STAND_IN_LOG"
case "$1" in
--version) echo "{__app_name__} {__version__}" ;;
--self-test)
    mkdir -p "$XDG_STATE_HOME/{__app_id__}/log"
    printf 'keychain: ok (SecretService, stand-in)\\nself-test: ok\\n' \\
        >"$XDG_STATE_HOME/{__app_id__}/log/command-report.txt"
    printf 'keychain: ok (SecretService, stand-in)\\nself-test: ok\\n' 2>/dev/null || true ;;
--simulator) echo "first-paint-ms 1.0" ;;
*) exit 9 ;;
esac
"""


def run_check_deb(tmp_path: Path, lintian_status: int) -> subprocess.CompletedProcess[str]:
    """Builds a .deb around stand-in programs and runs packaging/check_deb.sh on it, with a
    recording ``lintian`` first on PATH that exits ``lintian_status``."""
    dist = tmp_path / "dist" / __app_id__
    (dist / "_internal").mkdir(parents=True)
    for name in (__app_id__, f"{__app_id__}-cli"):
        (dist / name).write_text(STAND_IN_PROGRAM, encoding="utf-8")
        (dist / name).chmod(0o755)
    built = subprocess.run(
        [str(ROOT / "packaging/linux/build_deb.sh"), str(dist), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    tools = tmp_path / "tools"
    tools.mkdir()
    (tools / "lintian").write_text(
        f'#!/bin/sh\necho "lintian $*" >>"$STAND_IN_LOG"\nexit {lintian_status}\n',
        encoding="utf-8",
    )
    (tools / "lintian").chmod(0o755)
    env = dict(os.environ)
    env["PATH"] = f"{tools}:{env['PATH']}"
    env["STAND_IN_LOG"] = str(tmp_path / "starts.txt")
    return subprocess.run(
        [str(ROOT / "packaging/check_deb.sh"), built.stdout.strip()],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


@pytest.mark.skipif(
    not (shutil.which("dpkg-deb") and shutil.which("xvfb-run")),
    reason="needs dpkg-deb and xvfb-run (apt-get install xvfb)",
)
def test_check_deb_runs_both_launchers_lints_and_keeps_to_its_own_folders(
    tmp_path: Path,
) -> None:
    result = run_check_deb(tmp_path, lintian_status=0)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.endswith("check_deb: ok\n")
    assert f"/usr/bin/{__app_id__}-cli say '{__app_name__} {__version__}'" in result.stdout
    assert "lintian: ok (no error)" in result.stdout
    starts = (tmp_path / "starts.txt").read_text(encoding="utf-8").splitlines()
    lint = [line for line in starts if line.startswith("lintian ")]
    assert len(lint) == 1 and lint[0].startswith("lintian --fail-on error ")
    runs = [line for line in starts if not line.startswith("lintian ")]
    assert [line.split()[0] for line in runs] == [
        "--version",  # /usr/bin/okx-key-manager
        "--version",  # /usr/bin/okx-key-manager-cli
        "--self-test",
        "--self-test",  # without standard streams
        "--simulator",  # the X11 window
    ]
    # Never the user's folders: an open copy of the app (one window per data folder, its socket
    # in TMPDIR) is left alone. Every start had the check's own HOME, XDG folders and TMPDIR.
    own = {line.split("HOME=")[1].split("/home ")[0] for line in runs}
    assert len(own) == 1
    (check_dir,) = own
    assert check_dir != os.environ.get("HOME") and not Path(check_dir).exists()  # cleaned up
    for line in runs:
        fields = dict(field.split("=", 1) for field in line.split()[1:])
        assert fields["HOME"] == f"{check_dir}/home"
        assert fields["TMPDIR"] == f"{check_dir}/tmp"
        assert fields["RUNTIME"] == f"{check_dir}/runtime"
        assert fields["CONFIG"] == f"{check_dir}/home/config"
        assert fields["DATA"].startswith(check_dir)  # its own, or with-secret-service's in it


@pytest.mark.skipif(not shutil.which("dpkg-deb"), reason="needs dpkg-deb (Debian/Ubuntu)")
def test_check_deb_fails_on_a_lintian_error(tmp_path: Path) -> None:
    result = run_check_deb(tmp_path, lintian_status=2)
    assert result.returncode == 1
    assert "check_deb: lintian reports errors (above)" in result.stderr


@pytest.mark.skipif(not shutil.which("makensis"), reason="needs makensis (apt-get install nsis)")
def test_nsis_script_compiles_per_user_installer(stand_in_dist: Path, tmp_path: Path) -> None:
    script = ROOT / "packaging/windows/installer.nsi"
    text = script.read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in text
    assert "$LOCALAPPDATA\\Programs\\" in text
    assert "WriteRegStr HKCU" in text
    assert "HKLM" not in text
    out = tmp_path / "setup.exe"
    result = subprocess.run(
        [
            "makensis",
            "-V2",
            f"-DVERSION={__version__}",
            f"-DVERSION_NUMERIC={appversion.dotted(appversion.numeric_version(__version__))}",
            f"-DDIST_DIR={stand_in_dist}",
            f"-DEXE_NAME={__app_id__}",
            f"-DCLI_EXE_NAME={__app_id__}-cli",
            f"-DOUT_FILE={out}",
            "-DCOMPRESSOR=none",
            str(script),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"MZ"


def test_build_spec_reads_the_app_identity_from_the_package() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    init = (ROOT / "gui" / "__init__.py").read_text(encoding="utf-8")
    for name in ("__app_name__", "__app_id__", "__version__"):
        assert f'_field("{name}")' in spec
        assert re.search(rf'^{name} = "([^"]+)"', init, re.MULTILINE)
    assert 'collect_submodules("keyring.backends")' in spec
    assert 'copy_metadata("keyring")' in spec


def test_install_guide_names_the_real_service_folders_and_files() -> None:
    from gui.selftest import SELFTEST_SERVICE
    from gui.vault.index import FILE_NAME
    from gui.vault.store import APP_NAME, SERVICE, VAULT_FILE_NAME

    guide = (ROOT / "docs" / "install.md").read_text(encoding="utf-8")
    for name in (SERVICE, SELFTEST_SERVICE, FILE_NAME, VAULT_FILE_NAME):
        assert f"`{name}`" in guide, name
    assert f"~/.local/share/{APP_NAME}/" in guide
    assert f"%LOCALAPPDATA%\\{APP_NAME}\\" in guide
    assert f"~/Library/Application Support/{APP_NAME}/" in guide
    assert "AppImage" in guide  # said to be future work, not faked


def test_the_frozen_cli_prepares_qt_only_when_it_opens_qt(tmp_path: Path) -> None:
    # build.spec leaves PyInstaller's PySide6 hook (it imports QtCore) out of the Linux CLI;
    # gui.paths.prepare_frozen_qt does its work when the window or the self-test is wanted.
    import os

    code = (
        "import os, sys\n"
        f"sys.frozen, sys._MEIPASS = True, {str(tmp_path)!r}\n"
        "from gui.paths import prepare_frozen_qt\n"
        "prepare_frozen_qt()\n"
        "print(os.environ.get('QT_PLUGIN_PATH'), 'PySide6.QtCore' in sys.modules)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_PLUGIN_PATH",)}
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=True,
    )
    expected = f"{tmp_path}/PySide6/Qt/plugins" if sys.platform.startswith("linux") else "None"
    assert result.stdout.split() == [expected, "False"]


def test_the_copyright_file_names_everything_the_bundle_carries() -> None:
    """packaging/linux/copyright (make_copyright.py) matches packaging/constraints.txt: every
    distribution the app runs, at its pinned version, with its licence; the app under MIT."""
    import constraints_check
    import make_copyright
    from packaging.utils import canonicalize_name

    text = (ROOT / "packaging/linux/copyright").read_text(encoding="utf-8")
    assert text.startswith(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
    )
    stanzas = text.split("\n\n")
    app = next(s for s in stanzas if s.startswith("Files: *\n"))
    assert "License: Expat" in app and "OKX Key Manager developers" in app
    pinned = constraints_check.pins(
        (ROOT / "packaging/constraints.txt").read_text(encoding="utf-8")
    )
    named = {  # the Comment line " <distribution> <version>" of each library's stanza
        canonicalize_name(found.group(1)): found.group(2)
        for found in re.finditer(r"^ ([A-Za-z0-9_.\-]+) (\d[^\s]*)$", text, re.MULTILINE)
    }
    for name in make_copyright.constraint_names():
        key = canonicalize_name(name)
        if key in {"pyside6-essentials", "shiboken6"}:
            assert f"Qt {pinned[key]} (" in text  # one stanza for Qt and its bindings
        else:
            assert named.get(key) == pinned[key], name
    for licence in (
        "Expat",
        "PSF-2.0",
        "BSD-3-clause",
        "GPL-2+ with PyInstaller bootloader exception",
    ):
        assert f"\nLicense: {licence}\n " in text, licence  # the full text follows
    for debian_has in ("Apache-2.0", "MPL-2.0", "LGPL-3"):
        assert f"/usr/share/common-licenses/{debian_has}." in text, debian_has
    assert "LGPL-3 or GPL-2 or GPL-3" in text  # Qt, PySide6 and shiboken6
    assert "Copyright: <" not in text and "[name of copyright owner]" not in text
