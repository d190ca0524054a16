#!/bin/sh
# translate_test.sh BESIDE FIXTURES SCRIPTS — a story in another language
# through the command line: translate extract writes and updates a
# catalogue, check --lang reports missing and outdated lines with
# file:line, and the shipped Spanish stories are complete, read at
# "bastante fácil" or easier, and play to an ending in Spanish with
# LANG=es_ES.UTF-8. Prints what it checks; exits 1 on the first failure.
set -u
beside=$1 fixtures=$2 scripts=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME=$tmp/data HOME=$tmp/home BESIDE_CHOICE_ORDER=file
unset BESIDE_LANG LANGUAGE LC_ALL LC_MESSAGES
fail() { echo "FAIL: $*"; exit 1; }
run() { # CODE CMD...: runs CMD, output in $tmp/out and $tmp/err
    want=$1; shift
    "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
    got=$?
    [ "$got" -eq "$want" ] || fail "'$*' exited $got, expected $want: $(head -c 600 "$tmp/err") $(head -c 600 "$tmp/out")"
}
has() { grep -qF -- "$2" "$1" || fail "$1 lacks '$2': $(head -c 800 "$1")"; }

echo "extract: a new catalogue beside the story, every line once"
mkdir -p "$tmp/stories"
cp "$fixtures/translate/tiny.lua" "$tmp/stories/tiny.lua"
run 0 "$beside" translate extract "$tmp/stories/tiny.lua" --lang es
po=$tmp/stories/es/tiny.po
[ -f "$po" ] || fail "no $po"
[ "$(grep -c '^msgctxt' "$po")" -eq 26 ] || fail "expected 26 lines in $po"
has "$po" 'msgctxt "start/choice-1/later-1"'
has "$po" '"Language: es\n"'
if command -v msgfmt >/dev/null; then
    msgfmt --check-format -o /dev/null "$po" || fail "msgfmt refuses $po"
fi

echo "extract again: a translation kept, a changed English line fuzzy, a removed one obsolete"
sed 's/^msgstr ""$/msgstr "ES"/' "$po" >"$tmp/po" && sed '1,2s/^msgstr "ES"$/msgstr ""/' "$tmp/po" >"$po"
sed -e 's/"Ask what he needs."/"Ask him what he needs."/' -e '/discuss = "What does Tom need?"/d' \
    "$fixtures/translate/tiny.lua" >"$tmp/stories/tiny.lua"
run 0 "$beside" translate extract "$tmp/stories/tiny.lua" --lang es
has "$tmp/out" "0 new, 24 unchanged, 1 to review"
has "$tmp/out" "1 no longer in the story"
grep -B3 '^msgid "Ask him what he needs."' "$po" | grep -qx '#, fuzzy' || fail "changed line not fuzzy"
has "$po" '#| msgid "Ask what he needs."'
has "$po" '#~ msgid "What does Tom need?"'

echo "check --lang es: each missing and outdated line with file:line"
run 1 "$beside" check --lang es "$fixtures/translate/tiny.lua"
story_line=$(grep -n 'support { "Ask what he needs."' "$fixtures/translate/tiny.lua" | cut -d: -f1)
has "$tmp/out" "tiny.lua:$story_line: warning: start/choice-2 has no es translation"
fuzzy_line=$(grep -n '^#, fuzzy' "$fixtures/translate/es/tiny.po" | cut -d: -f1)
has "$tmp/out" "es/tiny.po:$fuzzy_line: warning: start/discuss needs review"
empty_line=$(grep -n '^msgctxt "after/choice-1"' "$fixtures/translate/es/tiny.po" | cut -d: -f1)
has "$tmp/out" "es/tiny.po:$empty_line: warning: after/choice-1 is not translated yet"
has "$tmp/out" "9 of 26 lines translated, 16 missing, 1 to review"
echo "check --lang es: a hard Spanish scene is named with the catalogue's line"
mkdir -p "$tmp/hard/es"
cp "$fixtures/translate/tiny.lua" "$tmp/hard/tiny.lua"
cat >"$tmp/hard/es/tiny.po" <<'PO'
msgid ""
msgstr "Language: es\n"

msgctxt "end/text-1"
msgid "It is over."
msgstr "La responsabilidad económica de la administración municipal correspondiente determinará definitivamente la reorganización institucional de los departamentos administrativos, considerando especialmente las necesidades presupuestarias extraordinarias, la sostenibilidad financiera intergeneracional y la colaboración interinstitucional permanente con las organizaciones comunitarias independientes."
PO
run 1 "$beside" check --lang es "$tmp/hard/tiny.lua"
hard_line=$(grep -n '^msgctxt "end/' "$tmp/hard/es/tiny.po" | head -1 | cut -d: -f1)
has "$tmp/out" "es/tiny.po:$hard_line: warning: the ending 'end' reads at"
has "$tmp/out" "Aim for 60 or more in each scene"
run 0 "$beside" check --lang fr "$fixtures/translate/tiny.lua"
has "$tmp/out" "note: no fr translation of 'tiny'"
run 2 "$beside" check --lang
run 2 "$beside" translate extract tiny --lang 'e/s'
run 2 "$beside" translate extract

for id in nina-and-tom the-fine-line after-the-breakup; do
    echo "$id: the Spanish is complete and reads bastante fácil or easier"
    run 0 "$beside" check --lang es "$scripts/$id.lua"
    has "$tmp/out" "0 missing, 0 to review"
    ease=$(sed -n 's/.*reading ease \([0-9.]*\) (Fernández-Huerta.*/\1/p' "$tmp/out")
    [ -n "$ease" ] || fail "$id: no reading ease in $(cat "$tmp/out")"
    awk -v e="$ease" 'BEGIN { exit !(e >= 70) }' || fail "$id reads at $ease, under 70"
    echo "  Fernández-Huerta $ease"

    echo "$id: plays to an ending in Spanish with LANG=es_ES.UTF-8"
    i=0; : >"$tmp/in"
    while [ $i -lt 80 ]; do echo 1 >>"$tmp/in"; i=$((i + 1)); done
    LANG=es_ES.UTF-8 "$beside" play --no-save --width 72 "$scripts/$id.lua" <"$tmp/in" >"$tmp/play" 2>&1 ||
        fail "$id: play failed: $(tail -c 600 "$tmp/play")"
    # The first paragraph and every ending's title, as the catalogue says them.
    # The catalogue with each string on one line (gettext wraps long ones).
    awk '/^"/ { sub(/^"/, ""); sub(/"$/, ""); line = line $0; next }
         { if (NR > 1) print line; line = $0; if (!sub(/ ""$/, " ", line)) sub(/ "/, " ", line); sub(/"$/, "", line) }
         END { print line }' "$scripts/es/$id.po" >"$tmp/flat"
    first=$(grep -A2 '^msgctxt .*/text-1$' "$tmp/flat" | sed -n 's/^msgstr \(.\{40\}\).*/\1/p' | head -1)
    english=$(grep -A1 '^msgctxt .*/text-1$' "$tmp/flat" | sed -n 's/^msgid \(.\{30\}\).*/\1/p' | head -1)
    [ -n "$first" ] && [ -n "$english" ] || fail "$id: could not read the first paragraph from the catalogue"
    has "$tmp/play" "$first"
    found=""
    for t in $(grep -A2 '^msgctxt .*/title$' "$tmp/flat" | sed -n 's/^msgstr //p' | tr ' ' _); do
        grep -qF "$(echo "$t" | tr _ ' ')" "$tmp/play" && found=$t
    done
    [ -n "$found" ] || fail "$id: no Spanish ending title in $(tail -c 800 "$tmp/play")"
    echo "  reached: $(echo "$found" | tr _ ' ')"
    # The English of that first paragraph is not shown.
    if [ -n "$english" ] && grep -qF "$english" "$tmp/play"; then fail "$id: English shown: $english"; fi

    echo "$id: BESIDE_LANG=en and --lang pick over the locale"
    BESIDE_LANG=en LANG=es_ES.UTF-8 "$beside" play --no-save "$scripts/$id.lua" <"$tmp/in" >"$tmp/play" 2>&1
    has "$tmp/play" "$english"
    LANG=C "$beside" play --no-save --lang es "$scripts/$id.lua" <"$tmp/in" >"$tmp/play" 2>&1
    has "$tmp/play" "$first"
done
echo "ok"
