#!/usr/bin/env bash
# Builds dist/okx-key-manager_<version>_<arch>.deb from the PyInstaller folder dist/okx-key-manager
# (`make dist`): the app under /opt/okx-key-manager, a launcher /usr/bin/okx-key-manager, the menu
# entry and the hicolor icons. dpkg's triggers refresh the menu and icon caches: no maintainer
# scripts. Usage: packaging/linux/build_deb.sh [DIST_DIR] [OUT_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
app_id=$(sed -n 's/^__app_id__ = "\(.*\)"/\1/p' "$root/gui/__init__.py")
app_name=$(sed -n 's/^__app_name__ = "\(.*\)"/\1/p' "$root/gui/__init__.py")
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/gui/__init__.py")
dist=${1:-$root/dist/$app_id}
out=${2:-$root/dist}
arch=$(dpkg --print-architecture)
icons=$root/resources/icons

[ -x "$dist/$app_id" ] || { echo "build_deb: no $dist/$app_id; run make dist first" >&2; exit 1; }

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
install -d "$stage/DEBIAN" "$stage/opt/$app_id" "$stage/usr/bin" \
    "$stage/usr/share/applications" "$stage/usr/share/icons/hicolor/scalable/apps" \
    "$stage/usr/share/doc/$app_id"
cp -a "$dist/." "$stage/opt/$app_id/"
# A wrapper, not a symlink: the bundle finds _internal/ beside its real path either way, but a
# script also survives tools that copy /usr/bin entries.
cat >"$stage/usr/bin/$app_id" <<SH
#!/bin/sh
exec /opt/$app_id/$app_id "\$@"
SH
chmod 0755 "$stage/usr/bin/$app_id"
install -m 0644 "$root/resources/$app_id.desktop" "$stage/usr/share/applications/$app_id.desktop"
install -m 0644 "$icons/$app_id.svg" "$stage/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for png in "$icons/$app_id"-*.png; do
    size=${png##*-}
    size=${size%.png}
    install -d "$stage/usr/share/icons/hicolor/${size}x${size}/apps"
    install -m 0644 "$png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
cat >"$stage/usr/share/doc/$app_id/copyright" <<TXT
$app_name $version. License: MIT. Bundles Python, Qt (LGPLv3) through PySide6, keyring,
requests, cryptography and platformdirs under their own licenses.
TXT

# What the bundle does not carry: libc (as new as the newest GLIBC_ symbol the bundle uses),
# OpenGL/EGL, libxcb and Wayland's client libraries, plus README's apt list (fontconfig brings the
# system's font configuration and a font).
glibc=$(find "$dist" -type f \( -name '*.so*' -o -name "$app_id" \) -exec objdump -T {} + 2>/dev/null |
    grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1 || true)
cat >"$stage/DEBIAN/control" <<CONTROL
Package: $app_id
Version: $version
Architecture: $arch
Maintainer: $app_name developers <maintainers@$app_id.invalid>
Installed-Size: $(du -sk --exclude=DEBIAN "$stage" | cut -f1)
Section: utils
Priority: optional
Depends: libc6 (>= ${glibc:-2.31}), libgl1, libegl1, libxcb1, libfontconfig1, libdbus-1-3, libxkbcommon0, libglib2.0-0, libwayland-client0, libwayland-cursor0, libwayland-egl1
Recommends: gnome-keyring | kwalletmanager | keepassxc, fonts-noto-cjk
Description: Connect an OKX account safely
 A guided API-key wizard that verifies the key with a signed request,
 keeps the API key, secret key and passphrase in the system keychain
 (Secret Service) and explains every failure. Also an offline key vault:
 list, check, rotate, export and restore keys.
CONTROL

mkdir -p "$out"
deb="$out/${app_id}_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "$deb"
