#!/usr/bin/env bash
# build.sh — install what is missing, build, and then play or test.
#
#   ./build.sh play [ARGS...]   build and start Beside (ARGS go to beside)
#   ./build.sh test             build and run every test: the normal build,
#                               a sanitizer build (ASan + UBSan) and a short
#                               fuzzing run of every file the game reads
#   ./build.sh build            only build
#   ./build.sh package          build the Debian package (build/beside_*.deb),
#                               checked by lintian (tools/package_deb.sh)
#
# Packages come from Debian/Ubuntu (apt). The script asks for sudo only when
# it is not run as root and something is missing.
set -euo pipefail
cd "$(dirname "$0")"

mode=${1:-play}
[ $# -gt 0 ] && shift

packages=(build-essential cmake pkg-config liblua5.4-dev libcmocka-dev
          libsdl2-dev libsdl2-ttf-dev libsdl2-image-dev libfontconfig-dev fonts-dejavu-core libsqlite3-dev
          scdoc librsvg2-bin gettext)
# The Debian package (debian/) and its checks: dpkg-buildpackage with
# debhelper, lintian; desktop-file-validate and appstreamcli for the menu
# entry and the software-centre data; the MIME database and gio for the
# double-clicked assignment; debootstrap for the install test in a clean root.
package_packages=(debhelper dpkg-dev fakeroot lintian)
desktop_test_packages=(desktop-file-utils appstream shared-mime-info libglib2.0-bin debootstrap)
# The game window's end-to-end tests (tests/ui/window_test.sh): a virtual X
# server, input and screenshots.
test_packages=(clang xvfb xdotool imagemagick)
# The homework report's browser checks (tests/report): headless Chromium and
# pdfinfo; node and npm for html-validate, axe-core and puppeteer-core.
report_packages=(chromium poppler-utils)
# libFuzzer's runtime: its own package on Debian 12, part of clang elsewhere.
fuzz_packages=(libclang-rt-14-dev)

updated=""
install_missing() { # [--optional] PACKAGE...
    local optional=""
    [ "${1:-}" = "--optional" ] && { optional=1; shift; }
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    [ -z "$updated" ] && { $sudo apt-get update -qq; updated=1; }
    if [ -n "$optional" ]; then
        local known=()
        for p in "${missing[@]}"; do
            if apt-cache show "$p" >/dev/null 2>&1; then known+=("$p"); else echo "Skipping $p: this system has no such package."; fi
        done
        missing=("${known[@]}")
    fi
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

jobs=$(nproc 2>/dev/null || echo 2)

build() { # build DIR [cmake args...]
    local dir=$1; shift
    cmake -S . -B "$dir" "$@" >/dev/null
    cmake --build "$dir" -j"$jobs"
}
# build_only DIR TARGET: configure, and build only TARGET and what it needs.
build_only() {
    cmake -S . -B "$1" >/dev/null
    cmake --build "$1" -j"$jobs" --target "$2"
}

case "$mode" in
play)
    install_missing "${packages[@]}"
    # Only the game: the tests and benchmarks are built by ./build.sh test.
    build_only build beside
    exec ./build/beside "$@"
    ;;
build)
    install_missing "${packages[@]}"
    build build
    ;;
test)
    install_missing "${packages[@]}" "${test_packages[@]}" "${package_packages[@]}" \
        "${desktop_test_packages[@]}"
    install_missing --optional "${fuzz_packages[@]}"
    install_missing "${report_packages[@]}"
    # Node may come from elsewhere (NodeSource's nodejs holds npm and conflicts
    # with Debian's npm): install Debian's only when there is no node at all.
    command -v node >/dev/null && command -v npm >/dev/null || install_missing nodejs npm
    # The npm packages, again only when missing or the lock file changed.
    lock=tests/report/package-lock.json stamp=tests/report/node_modules/.beside-lock
    if [ ! -f "$stamp" ] || ! cmp -s "$lock" "$stamp"; then
        echo "Installing the report tests' npm packages (tests/report/package-lock.json)"
        PUPPETEER_SKIP_DOWNLOAD=1 npm ci --prefix tests/report --no-audit --no-fund --loglevel=error
        cp "$lock" "$stamp"
    fi
    echo "== Normal build (warnings are errors) =="
    build build
    (cd build && ctest --output-on-failure -j"$jobs")
    echo "== Sanitizer build (ASan + UBSan) =="
    build build-asan -DCMAKE_BUILD_TYPE=Debug -DBESIDE_SANITIZE=ON
    (cd build-asan && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j"$jobs")
    echo "== Fuzzing (libFuzzer, a short run per target) =="
    probe=$(mktemp -d)
    echo 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { return 0; }' >"$probe/f.c"
    if clang -fsanitize=fuzzer "$probe/f.c" -o "$probe/f" 2>/dev/null; then
        build build-fuzz -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=Debug -DBESIDE_FUZZ=ON
        (cd build-fuzz && ctest --output-on-failure -L fuzz)
    else
        echo "SKIPPED: clang on this system cannot build libFuzzer targets (no libFuzzer runtime)."
    fi
    rm -rf "$probe"
    ;;
package)
    install_missing "${packages[@]}" "${package_packages[@]}"
    tools/package_deb.sh build
    ;;
*)
    echo "usage: ./build.sh play|test|build|package" >&2
    exit 2
    ;;
esac
