"""Writes packaging/linux/copyright, the .deb's machine-readable copyright file (DEP-5).

Run after changing packaging/constraints.txt, from the build environment (the versions it pins
are the ones installed)::

    .venv/bin/python packaging/linux/make_copyright.py > packaging/linux/copyright

It names the app (MIT, "Expat" in Debian's words) and everything the bundle carries: Python,
Qt through PySide6 and shiboken6, PyInstaller's bootloader, each Python distribution of the
constraints file that the app runs (copyright lines from its own licence file) and the shared
libraries PyInstaller copies from the build machine's Debian packages. Licences whose text Debian
ships in /usr/share/common-licenses point there; the others are quoted in full.
"""

from __future__ import annotations

import importlib.metadata
import re
import sys
import sysconfig
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "okx-key-manager"
INTERNAL = f"opt/{APP_ID}/_internal"

#: Distributions of the constraints file that only build the bundle (not in it).
BUILD_ONLY = {
    "pyinstaller",
    "pyinstaller-hooks-contrib",
    "altgraph",
    "packaging",
    "setuptools",
    "macholib",
    "pefile",
    "pywin32-ctypes",  # Windows only
}
#: Debian's short names (DEP-5) for the SPDX ones the distributions declare.
SHORT_NAMES = {
    "MIT": "Expat",
    "BSD-3-Clause": "BSD-3-clause",
    "Apache-2.0": "Apache-2.0",
    "MPL-2.0": "MPL-2.0",
    "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only": "LGPL-3 or GPL-2 or GPL-3",
    "Apache-2.0 OR BSD-3-Clause": "Apache-2.0 or BSD-3-clause",
}
#: Licences Debian ships the text of: the paragraph points there.
COMMON = {
    "Apache-2.0": "Apache-2.0",
    "MPL-2.0": "MPL-2.0",
    "LGPL-3": "LGPL-3",
    "GPL-2": "GPL-2",
    "GPL-3": "GPL-3",
    "GPL-2+": "GPL-2",
}
COMMON_NAMES = {
    "Apache-2.0": "the Apache License, Version 2.0",
    "MPL-2.0": "the Mozilla Public License, Version 2.0",
    "LGPL-3": "the GNU Lesser General Public License, version 3",
    "GPL-2": "the GNU General Public License, version 2",
    "GPL-3": "the GNU General Public License, version 3",
    "GPL-2+": "the GNU General Public License, version 2",
}

EXPAT = """\
Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""

BSD_3 = """\
Redistribution and use in source and binary forms, with or without modification, are permitted
provided that the following conditions are met:

1. Redistributions of source code must retain the above copyright notice, this list of
   conditions and the following disclaimer.
2. Redistributions in binary form must reproduce the above copyright notice, this list of
   conditions and the following disclaimer in the documentation and/or other materials provided
   with the distribution.
3. Neither the name of the copyright holder nor the names of its contributors may be used to
   endorse or promote products derived from this software without specific prior written
   permission.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR
IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND
FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR
CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER
IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT
OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
"""

PYINSTALLER_EXCEPTION = """\
PyInstaller is licensed under the terms of the GNU General Public License as published by the
Free Software Foundation; either version 2 of the License, or (at your option) any later
version.

Bootloader Exception: In addition to the permissions in the GNU General Public License, the
authors give you unlimited permission to link or embed compiled bootloader and related files
into combinations with other programs, and to distribute those combinations without any
restriction coming from the use of those files. (The General Public License restrictions do
apply in other respects; for example, they cover modification of the files, and distribution
when not linked into a combined executable.)

Run-time hooks and the additional run-time modules PyInstaller embeds are licensed under the
Apache License, Version 2.0.
"""

#: Shared libraries the Linux bundle copies from Debian 12 packages (the build machine); their
#: Debian copyright files are /usr/share/doc/<package>/copyright on any Debian system.
SYSTEM_LIBRARIES = """\
The other shared libraries in _internal are copies of the build machine's Debian 12 packages
(the package in brackets), each under its own free licence: OpenSSL's libssl and libcrypto
[libssl3]: Apache-2.0; libffi [libffi8], expat [libexpat1], libxcb and its extensions
[libxcb-*], libX11, libXau, libXdmcp, libX11-xcb [libx11-6, libxau6, libxdmcp6, libx11-xcb1],
xkbcommon [libxkbcommon0, libxkbcommon-x11-0], fontconfig [libfontconfig1]: Expat/X11-style;
zlib [zlib1g]: Zlib; bzip2 [libbz2-1.0], libbsd [libbsd0], libmd [libmd0], pcre2
[libpcre2-8-0], zstd [libzstd1], lz4 [liblz4-1], brotli [libbrotli1]: BSD-style or Expat; xz
[liblzma5]: public domain; libpng [libpng16-16]: libpng; FreeType [libfreetype6]: FTL or GPL-2+;
GLib [libglib2.0-0], libsystemd [libsystemd0], libgcrypt [libgcrypt20], libgpg-error
[libgpg-error0]: LGPL-2.1+; D-Bus [libdbus-1-3]: AFL-2.1 or GPL-2+; libcap [libcap2]: BSD-3-clause
or GPL-2; Kerberos [libkrb5-3, libgssapi-krb5-2, libk5crypto3, libkrb5support0, libcom-err2,
libkeyutils1]: MIT-style and LGPL-2+; the GCC runtime [libgcc-s1, libstdc++6]: GPL-3+ with the GCC
Runtime Library Exception. Each package's copyright file, with the full texts, is
/usr/share/doc/<package>/copyright on a Debian system (https://metadata.ftp-master.debian.org/
changelogs/ otherwise).
"""


def constraint_names() -> list[str]:
    text = (ROOT / "packaging" / "constraints.txt").read_text(encoding="utf-8")
    names = [
        match.group(1)
        for match in re.finditer(r"^([A-Za-z0-9_.\-]+)==", text, re.MULTILINE)
        if match.group(1).lower() not in BUILD_ONLY
    ]
    return list(dict.fromkeys(names))  # one entry each (a name may have one line per platform)


def copyright_lines(dist: importlib.metadata.Distribution) -> list[str]:
    """The "Copyright ..." lines of the distribution's licence files (templates skipped), else
    its author."""
    lines: list[str] = []
    for file in dist.files or []:
        if not re.search(r"LICEN[CS]E|COPYING", str(file).upper()):
            continue
        text = Path(str(dist.locate_file(file))).read_text(encoding="utf-8", errors="replace")
        for line in text.splitlines():
            found = re.match(r"\s*Copyright\s+(?:\([cC]\)|©)?\s*(.*\d{4}.*)", line)
            if found and not re.search(r"[\[<]", found.group(1)):
                holder = found.group(1).strip().rstrip(".")
                if holder not in lines:
                    lines.append(holder)
    if not lines:
        author = dist.metadata.get("Author") or dist.metadata.get("Author-email") or ""
        author = re.sub(r"\s*<[^>]*>", "", author).strip().strip('"')
        lines.append(author or f"the {dist.metadata['Name']} authors")
    return lines


def bundled_names(dist: importlib.metadata.Distribution) -> list[str]:
    """Where the distribution's modules and data are in ``_internal`` (pure modules are in the
    programs' archive; these are the folders of its binaries and data, where it has any)."""
    names = set()
    for file in dist.files or []:
        parts = str(file).split("/")
        if parts[0].startswith("..") or parts[0].endswith((".dist-info", ".pth")):
            continue
        if parts[0] in {"jaraco", "backports"}:  # namespace packages: their own part only
            if len(parts) > 2 and parts[1] != "__pycache__":
                names.add(f"{parts[0]}/{parts[1]}")
        else:
            names.add(parts[0].removesuffix(".py"))
    return sorted(names)


def license_of(dist: importlib.metadata.Distribution) -> str:
    expression = dist.metadata.get("License-Expression") or dist.metadata.get("License") or ""
    if expression not in SHORT_NAMES:
        classifiers = dist.metadata.get_all("Classifier") or []
        for classifier, name in (("MIT License", "MIT"), ("Apache Software License", "Apache-2.0")):
            if f"License :: OSI Approved :: {classifier}" in classifiers:
                expression = name
    if expression not in SHORT_NAMES:
        raise SystemExit(
            f"make_copyright: no Debian name for {dist.metadata['Name']}'s {expression!r}"
        )
    return SHORT_NAMES[expression]


def python_license() -> str:
    """The PSF licence agreement of the Python that builds the bundle."""
    candidates = [
        Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",
    ]
    for path in candidates:
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            start = text.index("PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2")
            end = text.index("BEOPEN.COM LICENSE AGREEMENT", start)
            return text[start:end].strip().replace("-" * 10, "").strip() + "\n"
    raise SystemExit("make_copyright: this Python has no LICENSE.txt")


def python_copyright() -> str:
    found = re.search(r"Copyright \(c\) ([\d,\s]+) Python Software Foundation", python_license())
    years = sorted(re.findall(r"\d{4}", found.group(1))) if found else []
    span = f"{years[0]}-{years[-1]} " if years else ""
    return f"{span}Python Software Foundation"


def paragraph(text: str) -> str:
    """Text as a DEP-5 field continuation: one space in front, blank lines as " ."."""
    return "\n".join(f" {line.rstrip()}" if line.strip() else " ." for line in text.splitlines())


def stanza(files: str, holders: list[str], license_name: str, comment: str = "") -> str:
    lines = [f"Files: {files}", "Copyright: " + "\n ".join(holders), f"License: {license_name}"]
    if comment:
        lines.append("Comment:\n" + paragraph(textwrap.fill(comment, 96)))
    return "\n".join(lines)


def main() -> None:
    version = importlib.metadata.version
    out = [
        "\n".join(
            [
                "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/",
                "Upstream-Name: OKX Key Manager",
                f"Upstream-Contact: OKX Key Manager developers <maintainers@{APP_ID}.invalid>",
                "Comment:",
                paragraph(
                    "Generated by packaging/linux/make_copyright.py from the versions of "
                    "packaging/constraints.txt. The bundle under /opt/okx-key-manager holds the "
                    "app and the software listed below, each under its own licence. Pure Python "
                    "modules are inside the programs' archive; a Files pattern names the folder "
                    "of a distribution's binaries and data in _internal."
                ),
            ]
        ),
        stanza("*", ["2025-2026 OKX Key Manager developers"], "Expat", "The app itself (MIT)."),
        # before the libraries named below: in DEP-5 the last matching paragraph applies
        stanza(
            f"{INTERNAL}/lib*.so*",
            ["the authors of each library, as Debian records them"],
            "other",
            SYSTEM_LIBRARIES,
        ),
        stanza(
            f"{INTERNAL}/libpython3* {INTERNAL}/base_library.zip {INTERNAL}/python3*/lib-dynload/*",
            [python_copyright()],
            "PSF-2.0",
            f"Python {sys.version.split()[0]}, its standard library and extension modules.",
        ),
        stanza(
            f"{INTERNAL}/PySide6/* {INTERNAL}/shiboken6/* {INTERNAL}/libQt6* "
            f"{INTERNAL}/libpyside6* {INTERNAL}/libshiboken6*",
            ["2016-2025 The Qt Company Ltd. and other contributors"],
            "LGPL-3 or GPL-2 or GPL-3",
            f"Qt {version('PySide6-Essentials')} (QtCore, QtGui, QtWidgets, QtNetwork, QtDBus, "
            "QtSvg and their plugins) and its Python bindings PySide6 and shiboken6, used under "
            "the LGPL-3: the Qt libraries are separate shared libraries in the bundle, which a "
            "user may replace with their own builds.",
        ),
        stanza(
            f"{INTERNAL}/libicu* {INTERNAL}/PySide6/Qt/lib/libicu*",
            ["1991-2023 Unicode, Inc. and others"],
            "Expat",
            "ICU 73, which Qt uses, from PySide6's wheel: its Unicode licence is this MIT-style "
            "permission notice (as Debian's libicu records it).",
        ),
        stanza(
            f"opt/{APP_ID}/{APP_ID} opt/{APP_ID}/{APP_ID}-cli",
            [
                "2010-2023 PyInstaller Development Team",
                "2005-2009 Giovanni Bajo",
                "2002 McMillan Enterprises, Inc.",
            ],
            "GPL-2+ with PyInstaller bootloader exception",
            f"The programs' bootloader, from PyInstaller {version('pyinstaller')}.",
        ),
    ]
    used = {
        "Expat",
        "PSF-2.0",
        "LGPL-3",
        "GPL-2",
        "GPL-3",
        "GPL-2+ with PyInstaller bootloader exception",
    }
    for name in constraint_names():
        if name.lower() in {"pyside6-essentials", "shiboken6"}:
            continue
        dist = importlib.metadata.distribution(name)
        license_name = license_of(dist)
        used |= set(license_name.split(" or "))
        files = " ".join(f"{INTERNAL}/{part}*" for part in bundled_names(dist))
        out.append(
            stanza(
                files,
                copyright_lines(dist),
                license_name,
                f"{dist.metadata['Name']} {dist.version}",
            )
        )
    texts = {
        "Expat": EXPAT,
        "BSD-3-clause": BSD_3,
        "PSF-2.0": python_license(),
        "GPL-2+ with PyInstaller bootloader exception": PYINSTALLER_EXCEPTION
        + "\nOn Debian systems, the complete text of the GNU General Public License version 2 "
        "can be found in /usr/share/common-licenses/GPL-2.\n",
        "other": "Each library's own licence; see the Comment above.\n",
    }
    for name in sorted(used | {"other"}):
        if name in texts:
            body = texts[name]
        else:
            body = (
                f"On Debian systems, the complete text of {COMMON_NAMES[name]} can be found in "
                f"/usr/share/common-licenses/{COMMON[name]}.\n"
            )
        out.append(f"License: {name}\n{paragraph(body)}")
    sys.stdout.write("\n\n".join(out) + "\n")


if __name__ == "__main__":
    main()
