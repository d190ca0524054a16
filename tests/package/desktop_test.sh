#!/usr/bin/env bash
# desktop_test.sh CASE BESIDE SOURCE BUILD FIXTURES — the desktop
# integration in desktop/, one CTest per CASE:
#   validate      desktop-file-validate on the menu entry, appstreamcli on
#                 the AppStream data the build wrote, the MIME type read back
#                 by update-mime-database, the icons rendered
#   double-click  the entry and the MIME type installed in a private
#                 XDG_DATA_HOME; 'gio open' (else xdg-open) on an assignment
#                 under Xvfb starts Beside at its Homework screen
# Exits 77 (ctest: skipped) with a line saying what is missing.
set -u
case_=$1 beside=$2 src=$3 build=$4 fixtures=$5
id=org.beside.Beside
fail() { echo "FAIL: $*"; exit 1; }
skip() { echo "SKIP: $*"; exit 77; }
tmp=$(mktemp -d)
pids=()
# Killing Xvfb also ends the Beside that gio started: it loses its display.
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; wait 2>/dev/null; sleep 0.3; rm -rf "$tmp"; }
trap cleanup EXIT

case $case_ in
validate)
    for t in desktop-file-validate appstreamcli update-mime-database; do
        command -v $t >/dev/null || skip "$t is not installed (apt install desktop-file-utils appstream shared-mime-info)"
    done
    out=$(desktop-file-validate "$src/desktop/$id.desktop" 2>&1) || fail "desktop-file-validate: $out"
    [ -z "$out" ] || fail "desktop-file-validate has remarks: $out"
    echo "ok: desktop-file-validate $id.desktop: no remarks"
    meta=$build/desktop/$id.metainfo.xml
    [ -f "$meta" ] || fail "$meta was not written by the build"
    out=$(appstreamcli validate --no-net --pedantic "$meta" 2>&1) || fail "appstreamcli validate: $out"
    echo "ok: appstreamcli validate --pedantic: $(echo "$out" | tail -1)"
    version=$("$beside" --version | awk '{print $2}')
    grep -q "<release version=\"$version\"" "$meta" || fail "$meta has no release $version (beside --version)"
    grep -q 'practice, not therapy' "$meta" || fail "$meta does not say 'practice, not therapy'"
    grep -q '<content_rating type="oars-' "$meta" || fail "$meta has no OARS content rating"
    mkdir -p "$tmp/share/mime/packages"
    cp "$src/desktop/beside-homework.xml" "$tmp/share/mime/packages/"
    update-mime-database "$tmp/share/mime" 2>"$tmp/mime.err" || fail "update-mime-database refused beside-homework.xml: $(cat "$tmp/mime.err")"
    grep -q '^application/x-beside-homework:\*\.beside-homework$' "$tmp/share/mime/globs" ||
        fail "the MIME database has no glob *.beside-homework: $(cat "$tmp/share/mime/globs")"
    grep -qx "MimeType=application/x-beside-homework;" "$src/desktop/$id.desktop" ||
        fail "$id.desktop does not say it opens application/x-beside-homework"
    echo "ok: *.beside-homework is application/x-beside-homework, and the entry opens it"
    if [ -d "$build/desktop/icons" ]; then
        for s in 16 32 48 256; do
            f=$build/desktop/icons/${s}x$s/$id.png
            [ -f "$f" ] || fail "the $s px icon was not rendered"
            head -c 24 "$f" | od -An -tx1 | tr -d ' \n' | grep -q "^89504e47" || fail "$f is not a PNG"
        done
        echo "ok: icons rendered at 16 to 512 px"
    fi
    ;;
double-click)
    command -v Xvfb >/dev/null || skip "Xvfb is not installed (apt install xvfb)"
    command -v update-mime-database >/dev/null || skip "update-mime-database is not installed (apt install shared-mime-info)"
    if command -v gio >/dev/null; then opener=(gio open)
    elif command -v xdg-open >/dev/null; then opener=(xdg-open)
    else skip "neither gio (libglib2.0-bin) nor xdg-open (xdg-utils) is installed"; fi
    export HOME=$tmp/home XDG_DATA_HOME=$tmp/share XDG_CONFIG_HOME=$tmp/config XDG_DATA_DIRS=$tmp/share
    mkdir -p "$HOME" "$tmp/share/applications" "$tmp/share/mime/packages"
    # The entry as the package installs it, but starting this build's beside.
    sed -e "s|^Exec=beside |Exec=$beside |" -e "s|^TryExec=beside$|TryExec=$beside|" \
        "$src/desktop/$id.desktop" >"$tmp/share/applications/$id.desktop"
    cp "$src/desktop/beside-homework.xml" "$tmp/share/mime/packages/"
    update-mime-database "$tmp/share/mime" || fail "update-mime-database failed"
    command -v update-desktop-database >/dev/null && update-desktop-database "$tmp/share/applications"
    export BESIDE_STORIES=$fixtures/ui BESIDE_UI_DUMP=$tmp/dump SDL_RENDER_DRIVER=software SDL_VIDEODRIVER=x11
    export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
    unset WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
    "$beside" assign --story window-walk --from "Sam Lee" --output "$tmp/week-3.beside-homework" >/dev/null ||
        fail "beside assign failed"
    : >"$tmp/display"
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$tmp/display" >"$tmp/xvfb.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 100); do grep -q '^[0-9]' "$tmp/display" && break; sleep 0.1; done
    grep -q '^[0-9]' "$tmp/display" || fail "Xvfb did not start: $(cat "$tmp/xvfb.log")"
    export DISPLAY=:$(head -1 "$tmp/display")
    "${opener[@]}" "$tmp/week-3.beside-homework" >"$tmp/open.log" 2>&1 ||
        fail "${opener[*]} failed: $(cat "$tmp/open.log")"
    for _ in $(seq 300); do
        [ "$(head -1 "$tmp/dump" 2>/dev/null)" = "screen homework" ] && break
        sleep 0.05
    done
    [ "$(head -1 "$tmp/dump" 2>/dev/null)" = "screen homework" ] ||
        fail "after '${opener[*]} week-3.beside-homework' Beside is not at the Homework screen (dump: $(head -3 "$tmp/dump" 2>/dev/null); ${opener[*]}: $(cat "$tmp/open.log"))"
    grep -q "From Sam Lee" "$tmp/dump" || fail "the Homework screen does not show the assignment"
    echo "ok: '${opener[*]} week-3.beside-homework' opened Beside at the Homework screen"
    ;;
*)
    fail "no case '$case_'"
    ;;
esac
