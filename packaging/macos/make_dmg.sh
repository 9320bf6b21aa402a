#!/usr/bin/env bash
# Builds dist/OKX-Key-Manager-<version>-<arch>.dmg from "dist/OKX Key Manager.app" (`make dist`
# on macOS; `make dmg` runs this): the app copied with ditto (which keeps signatures, extended
# attributes and symlinks, unlike cp -R), a link to /Applications, a compressed read-only image.
# The app holds one architecture (arm64 or x86_64): each is built on a Mac of that kind and
# ships as its own image. With OKX_KM_CODESIGN_IDENTITY the image is signed too; notarize and
# staple the app before, the image after (docs/install.md).
# Usage: packaging/macos/make_dmg.sh [APP] [OUT_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
field() { sed -n "s/^$1 = \"\\(.*\\)\"/\\1/p" "$root/gui/__init__.py"; }
app_name=$(field __app_name__)
app_id=$(field __app_id__)
version=$(field __version__)
app=${1:-$root/dist/$app_name.app}
out=${2:-$root/dist}

[ -d "$app" ] || { echo "make_dmg: no $app; run make dist on macOS first" >&2; exit 1; }
arch=$(lipo -archs "$app/Contents/MacOS/$app_id")
case "$arch" in
arm64 | x86_64) ;;
*) echo "make_dmg: $app holds '$arch', not one architecture" >&2; exit 1 ;;
esac

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
ditto "$app" "$stage/$app_name.app"
ln -s /Applications "$stage/Applications"
mkdir -p "$out"
dmg="$out/${app_name// /-}-$version-$arch.dmg"
hdiutil create -volname "$app_name" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg" >/dev/null
if [ -n "${OKX_KM_CODESIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$OKX_KM_CODESIGN_IDENTITY" "$dmg"
fi
hdiutil verify "$dmg" >/dev/null
echo "$dmg"
