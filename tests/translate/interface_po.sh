#!/usr/bin/env bash
# interface_po.sh SOURCE_DIR — the interface's catalogues are complete: every
# string the engine marks for translation (_("…") and N_("…"), found by
# xgettext as a translator's tools would) has a translation in each
# po/LANG.po, none is marked fuzzy (waiting for review), and msgfmt --check
# passes (the c-format specifiers of each translation match the English).
set -u
src=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
for tool in xgettext msgcmp msgfmt; do
    command -v $tool >/dev/null || fail "$tool is missing (apt install gettext)"
done
cd "$src" || fail "no source folder $src"
find engine -name '*.c' | sort >"$tmp/files"
xgettext --from-code=UTF-8 -k_ -kN_ --add-comments=TRANSLATORS: -f "$tmp/files" \
    -o "$tmp/beside.pot" 2>"$tmp/err" || fail "xgettext failed: $(cat "$tmp/err")"
n=$(grep -c '^msgid ' "$tmp/beside.pot")
[ "$n" -gt 50 ] || fail "only $n strings are marked for translation"
ls po/*.po >/dev/null 2>&1 || fail "no catalogue in po/"
for po in po/*.po; do
    msgcmp "$po" "$tmp/beside.pot" 2>"$tmp/cmp" ||
        fail "$po lacks translations (msgmerge -U $po beside.pot, then translate): $(head -20 "$tmp/cmp")"
    msgfmt --check --statistics -o /dev/null "$po" 2>"$tmp/stats" || fail "msgfmt --check $po: $(cat "$tmp/stats")"
    grep -q "fuzzy\|untranslated" "$tmp/stats" && fail "$po: $(cat "$tmp/stats")"
    echo "$po: $(cat "$tmp/stats") ($((n - 1)) strings marked in engine/)"
done
echo "ok: interface catalogues"
