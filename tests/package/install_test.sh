#!/usr/bin/env bash
# install_test.sh SOURCE — the package as a user meets it: builds the .deb
# (tools/package_deb.sh, lintian must report no error), makes a clean
# Debian 12 root with debootstrap, and there, as a new user account:
# apt-get install ./beside_*.deb, beside --version, beside list, beside check
# nina-and-tom, beside play --text to an ending, the window under Xvfb to the
# title screen, an assignment opened with 'gio open' (as a double click in a
# file manager opens it) to the Homework screen; then apt-get purge and a
# look at every file of the root: nothing of the package may be left, only
# the user's own data.
# Needs root, debootstrap, dpkg-buildpackage, unshare, Xvfb and Debian's
# package archive (BESIDE_DEBIAN_MIRROR, default deb.debian.org); exits 77
# (ctest: skipped) with a line saying what is missing.
set -u
src=$1
mirror=${BESIDE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
fail() { echo "FAIL: $*"; exit 1; }
skip() { echo "SKIP: $*"; exit 77; }
[ "$(id -u)" -eq 0 ] || skip "the install test needs root (debootstrap, chroot); run ./build.sh test as root"
for t in debootstrap dpkg-buildpackage unshare chroot Xvfb; do
    command -v $t >/dev/null || skip "$t is not installed (apt install debootstrap dpkg-dev debhelper util-linux xvfb)"
done

tmp=$(mktemp -d /var/tmp/beside-install.XXXXXX)
xvfb_pid=""
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    wait 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
start=$SECONDS
step() { echo "[$((SECONDS - start))s] $*"; }

step "building the package"
"$src/tools/package_deb.sh" "$tmp/out" >"$tmp/package.log" 2>&1 ||
    fail "tools/package_deb.sh failed: $(tail -n 30 "$tmp/package.log")"
sed -n '/^lintian:/,$p' "$tmp/package.log" | sed '$d'
deb=$(tail -n 1 "$tmp/package.log")
[ -f "$deb" ] || fail "no package: $(tail -n 5 "$tmp/package.log")"
step "built $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

# A fresh root is the same every time for a while: debootstrap's result is
# kept as a tar file for a day (BESIDE_FRESH_ROOT=1: never), with the
# packages it downloaded, to be quicker and kinder to the mirror.
cache=/var/cache/beside-debootstrap
mkdir -p "$cache" "$tmp/root"
if [ -z "${BESIDE_FRESH_ROOT:-}" ] && [ -n "$(find "$cache/bookworm-minbase.tar" -mmin -1440 2>/dev/null)" ]; then
    step "unpacking a clean Debian 12 root (debootstrap --variant=minbase bookworm, made $(date -r "$cache/bookworm-minbase.tar" +'%H:%M'))"
    tar -xpf "$cache/bookworm-minbase.tar" --numeric-owner -C "$tmp/root" || fail "could not unpack $cache/bookworm-minbase.tar"
else
    step "making a clean Debian 12 root (debootstrap --variant=minbase bookworm)"
    debootstrap --variant=minbase --cache-dir="$cache" bookworm "$tmp/root" "$mirror" \
        >"$tmp/debootstrap.log" 2>&1 || fail "debootstrap failed: $(tail -n 20 "$tmp/debootstrap.log")"
    new=$(mktemp "$cache/bookworm-minbase.XXXXXX")
    if tar -cpf "$new" --numeric-owner -C "$tmp/root" .; then
        mv "$new" "$cache/bookworm-minbase.tar"
    else
        rm -f "$new"
    fi
fi
cp "$deb" "$tmp/root/tmp/"
cp "$src/tests/package/install_steps.sh" "$tmp/root/tmp/"

# The window opens on an X server outside the root, through its socket.
: >"$tmp/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$tmp/display" >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do grep -q '^[0-9]' "$tmp/display" && break; sleep 0.1; done
grep -q '^[0-9]' "$tmp/display" || fail "Xvfb did not start: $(cat "$tmp/xvfb.log")"
display=:$(head -1 "$tmp/display")

step "in the root: install, use, purge (tests/package/install_steps.sh)"
# A mount namespace of its own: /proc and the X socket are unmounted when
# it ends, whatever happens.
unshare --mount --propagation private -- bash -c '
    root=$1; shift
    mount -t proc proc "$root/proc" &&
    mkdir -p "$root/tmp/.X11-unix" && mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix" &&
    exec chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin "$@"' \
    _ "$tmp/root" bash /tmp/install_steps.sh "/tmp/$(basename "$deb")" "$display" 2>&1 |
    while IFS= read -r line; do echo "  $line"; done
rc=${PIPESTATUS[0]}
[ "$rc" -eq 0 ] || fail "a step in the clean root failed (above)"
step "done: installed, used and removed in a clean Debian 12 root"
