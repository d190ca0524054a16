#!/usr/bin/env bash
# package_deb.sh [OUTDIR] — Beside's Debian package, from this tree: a copy
# of the files git knows of (and new ones it does not ignore) in a temporary
# folder, debian/changelog written there from CMake's project version (the
# version's one source), dpkg-buildpackage, and lintian, which must report no
# error. Writes OUTDIR/beside_VERSION_ARCH.deb (default OUTDIR: build/) and
# prints its path on the last line. `./build.sh package` runs this after
# installing what it needs (debian/control's Build-Depends, lintian).
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
out=$(realpath -m "${1:-$src/build}")

version=$(sed -n 's/^project(beside VERSION \([0-9][0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
[ -n "$version" ] || { echo "package_deb.sh: no 'project(beside VERSION x.y.z' in CMakeLists.txt" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dir=$tmp/beside-$version
mkdir -p "$dir"
cd "$src"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    # Tracked files still there, and new files not ignored: never build/.
    git ls-files -z --cached --others --exclude-standard |
        while IFS= read -r -d '' f; do [ -f "$f" ] && printf '%s\0' "$f"; done |
        tar --null -T - -cf - | tar -xf - -C "$dir"
    when=$(git log -1 --format=%cD 2>/dev/null || date -R)
else
    tar --exclude='./build*' --exclude='./tests/report/node_modules' -cf - . | tar -xf - -C "$dir"
    when=$(date -R)
fi

maintainer=$(sed -n 's/^Maintainer: //p' debian/control)
cat >"$dir/debian/changelog" <<END
beside ($version) unstable; urgency=medium

  * Beside $version, packaged from its source tree by ./build.sh package.

 -- $maintainer  $when
END

echo "Building the Debian package of Beside $version (in $tmp)"
(cd "$dir" && dpkg-buildpackage --build=binary --no-sign -jauto) >"$tmp/build.log" 2>&1 || {
    tail -n 40 "$tmp/build.log"; echo "package_deb.sh: dpkg-buildpackage failed (its log's end above)" >&2; exit 1; }
deb=$(ls "$tmp"/beside_"$version"_*.deb)

if command -v lintian >/dev/null; then
    echo "lintian:"
    (cd "$tmp" && lintian --fail-on error --display-info "$deb") 2>&1 | { grep -v "^running with root privileges" || true; } | sed 's/^/  /' || {
        echo "package_deb.sh: lintian reports errors on $(basename "$deb")" >&2; exit 1; }
else
    echo "lintian is not installed (apt install lintian): the package was not checked."
fi

mkdir -p "$out"
cp "$deb" "$out/"
echo "$out/$(basename "$deb")"
