#!/bin/bash
# install_steps.sh DEB DISPLAY — run by install_test.sh inside a clean
# Debian 12 root, as root: what a user does with the package, then its
# removal. Says each step; exits non-zero at the first that fails.
set -u
deb=$1 display=$2
fail() { echo "FAIL: $*"; exit 1; }
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 HOME=/root
cd /tmp

# Every file of the root but the kernel's, apt's and dpkg's own records,
# logs and caches: before the install and after the purge.
files() {
    find / -xdev \( -path /proc -o -path /tmp -o -path /var/lib/dpkg -o -path /var/lib/apt \
        -o -path /var/cache -o -path /var/log -o -path /root \) -prune -o -print | sort
}

apt-get update -qq || fail "apt-get update failed"
useradd --create-home --shell /bin/bash player || fail "useradd failed"
# What a desktop already has, so that the package's triggers run: the MIME
# database, the desktop-file database, and gio to open a file the way a
# file manager does.
apt-get install -y -qq --no-install-recommends shared-mime-info desktop-file-utils libglib2.0-bin \
    >/tmp/apt-desktop.log 2>&1 || fail "installing the desktop tools failed: $(tail -n 20 /tmp/apt-desktop.log)"
files >/tmp/before

echo "apt-get install ./$(basename "$deb")"
apt-get install -y -qq --no-install-recommends "$deb" >/tmp/apt.log 2>&1 ||
    fail "apt-get install failed: $(tail -n 20 /tmp/apt.log)"
echo "  $(grep -c '^Setting up' /tmp/apt.log) packages set up"
for f in /usr/games/beside /usr/share/beside/scripts/nina-and-tom.lua /usr/share/man/man6/beside.6.gz \
         /usr/share/applications/org.beside.Beside.desktop /usr/share/metainfo/org.beside.Beside.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/org.beside.Beside.svg /usr/share/mime/packages/beside-homework.xml \
         /usr/share/doc/beside/copyright; do
    [ -f "$f" ] || fail "the package did not install $f"
done

as_player() { runuser -u player -- env -i HOME=/home/player PATH=/usr/games:/usr/bin:/bin LC_ALL=C.UTF-8 "$@"; }

v=$(as_player beside --version) || fail "beside --version exited $?"
version=$(dpkg-query -W -f='${Version}' beside)
[ "$v" = "beside $version" ] || fail "beside --version says '$v', the package is $version"
echo "beside --version: $v"

as_player beside list >/tmp/list 2>&1 || fail "beside list exited $?: $(cat /tmp/list)"
grep -q "nina-and-tom" /tmp/list || fail "beside list does not show nina-and-tom: $(cat /tmp/list)"
grep -q "/usr/share/beside/scripts/nina-and-tom.lua" /tmp/list ||
    fail "beside list does not find the installed story: $(cat /tmp/list)"
echo "beside list: $(grep -c '/usr/share/beside/scripts/' /tmp/list) stories under /usr/share/beside/scripts"

as_player beside check nina-and-tom >/tmp/check 2>&1 || fail "beside check nina-and-tom exited $?: $(cat /tmp/check)"
echo "beside check nina-and-tom: $(tail -n 1 /tmp/check)"

# The first choice every time, in the file's order: a path to an ending.
yes 1 | head -n 200 | as_player BESIDE_CHOICE_ORDER=file beside play --text --no-save nina-and-tom \
    >/tmp/play 2>&1
rc=$?
[ $rc -eq 0 ] || fail "beside play exited $rc: $(tail -n 20 /tmp/play)"
grep -q "The story has ended" /tmp/play || fail "beside play did not reach an ending: $(tail -n 20 /tmp/play)"
echo "beside play --text --no-save nina-and-tom: reached an ending ($(wc -l </tmp/play) lines)"
[ ! -e /home/player/.local/share/beside/profile.db ] || fail "play --no-save wrote a profile"

# The window, on the X server outside the root: it must reach the title
# screen, with its fonts and pictures found.
as_player DISPLAY="$display" SDL_RENDER_DRIVER=software BESIDE_UI_DUMP=/tmp/dump \
    beside window >/tmp/window.out 2>/tmp/window.err &
pid=$!
for _ in $(seq 300); do
    [ "$(head -n 1 /tmp/dump 2>/dev/null)" = "screen title" ] && break
    kill -0 $pid 2>/dev/null || break
    sleep 0.05
done
[ "$(head -n 1 /tmp/dump 2>/dev/null)" = "screen title" ] ||
    fail "the window did not reach the title screen: $(head -c 1500 /tmp/window.err)"
kill $pid; wait $pid 2>/dev/null
grep -q "no pictures\|is not shown" /tmp/window.err && fail "the window lacks pictures: $(cat /tmp/window.err)"
echo "beside window: the title screen under Xvfb"
[ -f /home/player/.local/share/beside/profile.db ] || fail "the window kept no profile"

# An assignment from a therapist, opened the way a double click opens it:
# the file type and the menu entry the package installed, through gio.
as_player beside assign --story nina-and-tom --from "Sam Lee" --output /home/player/week-3.beside-homework \
    >/tmp/assign 2>&1 || fail "beside assign failed: $(cat /tmp/assign)"
type=$(as_player gio info -a standard::content-type /home/player/week-3.beside-homework | awk '/content-type/ {print $2}')
[ "$type" = application/x-beside-homework ] || fail "the assignment's type is '$type', not application/x-beside-homework"
rm -f /tmp/dump
as_player DISPLAY="$display" SDL_RENDER_DRIVER=software BESIDE_UI_DUMP=/tmp/dump \
    gio open /home/player/week-3.beside-homework >/tmp/gio 2>&1 || fail "gio open failed: $(cat /tmp/gio)"
for _ in $(seq 300); do
    [ "$(head -n 1 /tmp/dump 2>/dev/null)" = "screen homework" ] && break
    sleep 0.05
done
[ "$(head -n 1 /tmp/dump 2>/dev/null)" = "screen homework" ] ||
    fail "gio open week-3.beside-homework did not reach the Homework screen: $(head -n 3 /tmp/dump 2>/dev/null) $(cat /tmp/gio)"
# The Beside that gio started: the one process whose command line is this.
for p in /proc/[0-9]*; do
    cmd=$({ tr '\0' ' ' <"$p/cmdline"; } 2>/dev/null)
    [ "$cmd" = "beside /home/player/week-3.beside-homework " ] && kill "${p#/proc/}"
done
echo "gio open week-3.beside-homework: Beside at the Homework screen ($type)"

echo "apt-get purge --autoremove beside"
apt-get purge -y -qq --autoremove beside >/tmp/purge.log 2>&1 || fail "apt-get purge failed: $(tail -n 20 /tmp/purge.log)"
files >/tmp/after
# The player's home is theirs: Beside's profile, and the font cache that
# fontconfig keeps for every program. Nothing else may be new.
left=$(comm -13 /tmp/before /tmp/after | grep -v '^/home/player/')
[ -z "$left" ] || fail "left after the purge: $left"
gone=$(comm -23 /tmp/before /tmp/after)
[ -z "$gone" ] || fail "gone after the purge that was there before: $gone"
[ -f /home/player/.local/share/beside/profile.db ] || fail "the purge took the player's profile"
echo "after the purge, nothing is left but the player's own files:"
comm -13 /tmp/before /tmp/after | while read -r f; do [ -f "$f" ] && echo "  ${f#/home/player/}"; done |
    sed 's|^  |  ~/|'
