#!/usr/bin/env bash
# Builds dist/okx-key-manager_<version>-<revision>_<arch>.deb from the PyInstaller folder
# dist/okx-key-manager (`make dist`): the app under /opt/okx-key-manager, the launchers
# /usr/bin/okx-key-manager and /usr/bin/okx-key-manager-cli, the menu entry, the hicolor icons,
# and /usr/share/doc/okx-key-manager/ with Debian's changelog (packaging/linux/changelog, whose
# first entry must be this version's) and the machine-readable copyright file
# (packaging/linux/copyright). dpkg's triggers refresh the menu and icon caches: no maintainer
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
# Debian's form of the version: a pre-release sorts before its release (0.2.0rc1 -> 0.2.0~rc1),
# then the package's revision, both from the changelog's first entry.
upstream=$(printf '%s' "$version" | sed -E 's/^([0-9][0-9.]*[0-9])\.?((a|b|rc|dev)[0-9]+)$/\1~\2/')
changelog=$root/packaging/linux/changelog
deb_version=$(sed -n "1s/^$app_id (\([^)]*\)) .*/\1/p" "$changelog")
case "$deb_version" in
"$upstream"-[0-9]*) ;;
*)
    echo "build_deb: packaging/linux/changelog starts with version '$deb_version', not" \
        "$upstream-<revision>: add an entry for $version at its top" >&2
    exit 1
    ;;
esac

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
install -d "$stage/DEBIAN" "$stage/opt/$app_id" "$stage/usr/bin" \
    "$stage/usr/share/applications" "$stage/usr/share/icons/hicolor/scalable/apps" \
    "$stage/usr/share/doc/$app_id"
cp -a "$dist/." "$stage/opt/$app_id/"
# Shared libraries and modules need only be readable to load (lintian: shared-library-is-executable)
find "$stage/opt/$app_id/_internal" -type f -name '*.so*' -exec chmod 0644 {} +
# A wrapper, not a symlink: the bundle finds _internal/ beside its real path either way, but a
# script also survives tools that copy /usr/bin entries.
for program in "$app_id" "$app_id-cli"; do
    cat >"$stage/usr/bin/$program" <<SH
#!/bin/sh
exec /opt/$app_id/$program "\$@"
SH
    chmod 0755 "$stage/usr/bin/$program"
done
install -m 0644 "$root/resources/$app_id.desktop" "$stage/usr/share/applications/$app_id.desktop"
install -m 0644 "$icons/$app_id.svg" "$stage/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for png in "$icons/$app_id"-*.png; do
    size=${png##*-}
    size=${size%.png}
    install -d "$stage/usr/share/icons/hicolor/${size}x${size}/apps"
    install -m 0644 "$png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
install -m 0644 "$root/packaging/linux/copyright" "$stage/usr/share/doc/$app_id/copyright"
gzip -9nc "$changelog" >"$stage/usr/share/doc/$app_id/changelog.Debian.gz"
chmod 0644 "$stage/usr/share/doc/$app_id/changelog.Debian.gz"
install -d "$stage/usr/share/lintian/overrides"
install -m 0644 "$root/packaging/linux/lintian-overrides" "$stage/usr/share/lintian/overrides/$app_id"

# What the bundle does not carry: libc (as new as the newest GLIBC_ symbol the bundle uses),
# OpenGL/EGL, libxcb and Wayland's client libraries, plus README's apt list (fontconfig brings the
# system's font configuration and a font).
glibc=$(find "$dist" -type f \( -name '*.so*' -o -name "$app_id" \) -exec objdump -T {} + 2>/dev/null |
    grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1 || true)
cat >"$stage/DEBIAN/control" <<CONTROL
Package: $app_id
Version: $deb_version
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

(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z |
    xargs -0 md5sum) >"$stage/DEBIAN/md5sums"
chmod 0644 "$stage/DEBIAN/md5sums"

mkdir -p "$out"
deb="$out/${app_id}_${deb_version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "$deb"
