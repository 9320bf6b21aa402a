#!/usr/bin/env bash
# Installs a built .deb into a temporary root (dpkg-deb -x) and starts the packaged app as a user
# would: both programs through their /usr/bin launchers, --self-test inside a private Secret
# Service (tests/with-secret-service), the app started without standard streams (as Windows
# starts the windowed program: its report goes to the user log folder), then a real X11 window
# through the launcher under Xvfb (when xvfb-run exists). Fails when the package lacks a piece
# (launchers, menu entry, icons, either program, Debian's changelog and copyright), reports
# another version, keeps a run path of the build machine, fails lintian (when installed: errors
# only), fails a self-test check or paints no window; where a Secret Service can run, the
# keychain line must name it (a frozen app that lost keyring's backends would otherwise pass on
# the vault-file fallback). Every run gets its own HOME, XDG folders and TMPDIR: a copy of the
# app the same user has open (one window per data folder, gui/single_instance.py) is left alone.
set -euo pipefail
root_dir=$(cd "$(dirname "$0")/.." && pwd)
deb=$1
app_id=$(dpkg-deb --field "$deb" Package)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/data" XDG_CONFIG_HOME="$tmp/home/config" \
    XDG_STATE_HOME="$tmp/home/state" XDG_CACHE_HOME="$tmp/home/cache" \
    XDG_RUNTIME_DIR="$tmp/runtime" TMPDIR="$tmp/tmp"
mkdir -p "$HOME" "$TMPDIR"
mkdir -m 0700 "$XDG_RUNTIME_DIR"

dpkg-deb -x "$deb" "$tmp/root"
doc="usr/share/doc/$app_id"
for path in "opt/$app_id/$app_id" "opt/$app_id/$app_id-cli" "usr/bin/$app_id" "usr/bin/$app_id-cli" \
    "usr/share/applications/$app_id.desktop" \
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "usr/share/icons/hicolor/256x256/apps/$app_id.png" "$doc/copyright" "$doc/changelog.Debian.gz"; do
    [ -e "$tmp/root/$path" ] || { echo "check_deb: $path missing from $deb" >&2; exit 1; }
done
for program in "$app_id" "$app_id-cli"; do
    grep -qx "exec /opt/$app_id/$program \"\$@\"" "$tmp/root/usr/bin/$program" ||
        { echo "check_deb: /usr/bin/$program does not start /opt/$app_id/$program" >&2; exit 1; }
done
head -1 "$tmp/root/$doc/copyright" |
    grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
    { echo "check_deb: $doc/copyright is not in the machine-readable format" >&2; exit 1; }
changelog_version=$(gzip -dc "$tmp/root/$doc/changelog.Debian.gz" | sed -n "1s/^$app_id (\([^)]*\)).*/\1/p")
[ "$changelog_version" = "$(dpkg-deb --field "$deb" Version)" ] ||
    { echo "check_deb: the changelog's first entry is '$changelog_version', not the package's" >&2; exit 1; }
# No library may look for others in a folder of the build machine (pyenv's RUNPATH): only
# $ORIGIN-relative run paths, which stay inside the bundle.
# shellcheck disable=SC2016 # $ORIGIN is readelf's text, not a shell variable
leaks=$(find "$tmp/root/opt/$app_id" -type f \( -name '*.so*' -o -perm -u+x \) -print0 |
    xargs -0 readelf -d 2>/dev/null | awk '/^File: /{file=$2} /\((RUN)?PATH\)/{print file": "$NF}' |
    grep -v ': \[\$ORIGIN[^:]*\(:\$ORIGIN[^:]*\)*\]$' || true)
if [ -n "$leaks" ]; then
    echo "$leaks" >&2
    echo "check_deb: run paths outside the bundle (see above)" >&2
    exit 1
fi
echo "run paths: ok (none outside the bundle)"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$tmp/root/usr/share/applications/$app_id.desktop"
fi

echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB; Depends: $(dpkg-deb --field "$deb" Depends)"
app_name=$(sed -n 's/^__app_name__ = "\(.*\)"/\1/p' "$root_dir/gui/__init__.py")
expected="$app_name $(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root_dir/gui/__init__.py")"
# Both programs as a user types them: the launchers in /usr/bin, their /opt paths moved into the
# temporary root.
for program in "$app_id" "$app_id-cli"; do
    sed "s|/opt/|$tmp/root/opt/|" "$tmp/root/usr/bin/$program" >"$tmp/$program"
    chmod +x "$tmp/$program"
    version=$("$tmp/$program" --version)
    [ "$version" = "$expected" ] ||
        { echo "check_deb: $program --version says '$version', not '$expected'" >&2; exit 1; }
done
echo "launchers: ok (/usr/bin/$app_id and /usr/bin/$app_id-cli say '$expected')"
if command -v lintian >/dev/null; then
    # Errors fail the check; warnings are printed (packaging/linux/lintian-overrides says why
    # some errors do not apply).
    lint_status=0
    lintian --fail-on error "$deb" >"$tmp/lintian.txt" 2>&1 || lint_status=$?
    grep -v 'running with root privileges' "$tmp/lintian.txt" || true
    [ "$lint_status" = 0 ] || { echo "check_deb: lintian reports errors (above)" >&2; exit 1; }
    echo "lintian: ok (no error)"
else
    echo "check_deb: no lintian; the package is not linted" >&2
fi
status=0
env -u QT_QPA_PLATFORM "$root_dir/tests/with-secret-service" \
    "$tmp/root/opt/$app_id/$app_id" --self-test >"$tmp/report.txt" 2>"$tmp/stderr.txt" || status=$?
cat "$tmp/report.txt"
if [ "$status" != 0 ]; then
    cat "$tmp/stderr.txt" >&2
    echo "check_deb: the packaged app's --self-test failed (exit $status)" >&2
    exit 1
fi
if command -v gnome-keyring-daemon >/dev/null && command -v dbus-run-session >/dev/null &&
    ! grep -q '^keychain: ok (SecretService' "$tmp/report.txt"; then
    echo "check_deb: the packaged app did not use the Secret Service" >&2
    exit 1
fi
# Descriptors 0-2 closed: Python starts with sys.stdin/stdout/stderr set to None, as the windowed
# Windows program does; the report goes to the user log folder (gui/streams.py).
status=0
env -u QT_QPA_PLATFORM XDG_STATE_HOME="$tmp/state" PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring \
    sh -c 'exec "$@" <&- >&- 2>&-' sh "$tmp/root/opt/$app_id/$app_id" --self-test || status=$?
report="$tmp/state/$app_id/log/command-report.txt"
if [ "$status" != 0 ] || ! grep -qx 'self-test: ok' "$report"; then
    cat "$report" >&2 || true
    echo "check_deb: the app started without standard streams failed (exit $status)" >&2
    exit 1
fi
echo "no standard streams: ok (exit 0, report in the user log folder, $(wc -l <"$report") lines)"
# A real X11 window, started through the menu's launcher (its /opt path moved into the temporary
# root) as a user starts it: the xcb plugin and its libraries load and the window paints.
if command -v xvfb-run >/dev/null; then
    # A desktop session has a D-Bus session bus (without one libdbus spends ~3 s autolaunching).
    painted=$(env -u QT_QPA_PLATFORM OKX_KM_REPORT_FIRST_PAINT=1 timeout 60 \
        "$root_dir/tests/with-secret-service" xvfb-run -a "$tmp/$app_id" --simulator \
        2>"$tmp/x11.txt") || true
    case "$painted" in
    first-paint-ms\ *) echo "x11 window: ok (painted ${painted#first-paint-ms } ms after start)" ;;
    *)
        cat "$tmp/x11.txt" >&2
        echo "check_deb: the packaged app painted no X11 window" >&2
        exit 1
        ;;
    esac
else
    echo "check_deb: no xvfb-run; the X11 start is not checked" >&2
fi
echo "check_deb: ok"
