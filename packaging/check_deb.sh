#!/usr/bin/env bash
# Installs a built .deb into a temporary root (dpkg-deb -x) and starts the packaged app as a user
# would: --self-test inside a private Secret Service (tests/with-secret-service), the console
# program beside it, the app started without standard streams (as Windows starts the windowed
# program: its report goes to the user log folder), then a real X11 window through the launcher
# under Xvfb (when xvfb-run exists). Fails when the package lacks a piece (launcher, menu entry,
# icons, either program), reports another version, fails a self-test check or paints no window;
# where a Secret Service can run, the keychain line must name it (a frozen app that lost
# keyring's backends would otherwise pass on the vault-file fallback).
set -euo pipefail
root_dir=$(cd "$(dirname "$0")/.." && pwd)
deb=$1
app_id=$(dpkg-deb --field "$deb" Package)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

dpkg-deb -x "$deb" "$tmp/root"
for path in "opt/$app_id/$app_id" "opt/$app_id/$app_id-cli" "usr/bin/$app_id" "usr/share/applications/$app_id.desktop" \
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "usr/share/icons/hicolor/256x256/apps/$app_id.png"; do
    [ -e "$tmp/root/$path" ] || { echo "check_deb: $path missing from $deb" >&2; exit 1; }
done
grep -qx "exec /opt/$app_id/$app_id \"\$@\"" "$tmp/root/usr/bin/$app_id" ||
    { echo "check_deb: /usr/bin/$app_id does not start /opt/$app_id/$app_id" >&2; exit 1; }
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$tmp/root/usr/share/applications/$app_id.desktop"
fi

echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB; Depends: $(dpkg-deb --field "$deb" Depends)"
app_name=$(sed -n 's/^__app_name__ = "\(.*\)"/\1/p' "$root_dir/gui/__init__.py")
expected="$app_name $(dpkg-deb --field "$deb" Version)"
for program in "$app_id" "$app_id-cli"; do
    version=$("$tmp/root/opt/$app_id/$program" --version)
    [ "$version" = "$expected" ] ||
        { echo "check_deb: packaged $program --version says '$version', not '$expected'" >&2; exit 1; }
done
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
    sed "s|/opt/|$tmp/root/opt/|" "$tmp/root/usr/bin/$app_id" >"$tmp/launcher"
    chmod +x "$tmp/launcher"
    mkdir -p "$tmp/home"
    # A desktop session has a D-Bus session bus (without one libdbus spends ~3 s autolaunching).
    painted=$(env -u QT_QPA_PLATFORM OKX_KM_REPORT_FIRST_PAINT=1 HOME="$tmp/home" \
        XDG_DATA_HOME="$tmp/home/data" XDG_CONFIG_HOME="$tmp/home/config" timeout 60 \
        "$root_dir/tests/with-secret-service" xvfb-run -a "$tmp/launcher" --simulator \
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
