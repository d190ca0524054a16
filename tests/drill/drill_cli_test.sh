#!/usr/bin/env bash
# drill_cli_test.sh NAME BESIDE SCRIPTS FIXTURES — one end-to-end test of
# `beside drill` (and check on drill files) per NAME, run by ctest, in the
# style of tests/cli/cli_test.sh: transcripts in, text out.
set -u
name=$1 beside=$2 scripts=$3 fixtures=$4
reportdir=$(cd "$(dirname "$0")/../report" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME=$tmp/data HOME=$tmp/home BESIDE_STORIES=$tmp/none
fail() { echo "FAIL: $*"; exit 1; }
expect_exit() { # CODE CMD...
    local want=$1; shift
    "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
    local got=$?
    [ "$got" -eq "$want" ] || fail "'$*' exited $got, expected $want; stderr: $(head -c 400 "$tmp/err")"
}
feed() { # INPUT CMD...: runs CMD with INPUT on stdin
    local input=$1; shift
    printf '%b' "$input" | "$@" >"$tmp/out" 2>"$tmp/err"
    local got=$?
    [ "$got" -eq 0 ] || fail "'$*' exited $got; stderr: $(head -c 400 "$tmp/err")"
}
has() { grep -qF -- "$2" "$1" || fail "$1 lacks '$2': $(head -c 800 "$1")"; }
lacks() { if grep -qF -- "$2" "$1"; then fail "$1 has '$2'"; fi; }
count() { grep -cF -- "$2" "$1"; }

case $name in
help)
    expect_exit 0 "$beside" drill --help; has "$tmp/out" "Usage: beside drill"
    has "$tmp/out" "--check A|B"; has "$tmp/out" "--export-json"; has "$tmp/out" "--progress"
    expect_exit 0 "$beside" --help; has "$tmp/out" "drill [--check A|B]"
    expect_exit 2 "$beside" drill --check C; has "$tmp/err" "--check needs A or B"
    expect_exit 2 "$beside" drill --bogus; has "$tmp/err" "unknown option '--bogus'"
    expect_exit 2 "$beside" drill --seed x; has "$tmp/err" "--seed needs a whole number"
    expect_exit 2 "$beside" drill --progress --export-json; has "$tmp/err" "give one of"
    expect_exit 2 "$beside" drill nina-and-tom; has "$tmp/err" "drill takes no story"
    ;;
check-bank)
    # The shipped bank: no errors, no warnings, forms matched, the balance said.
    # The count and the support share are worked out here from the files.
    items=$(cat "$scripts"/drill/*.lua | grep -c '^drill "')
    share=$(cat "$scripts"/drill/*.lua | python3 -c 'import re,sys; t=sys.stdin.read(); print("%.1f" % (100.0 * len(re.findall(r"^\s*kind = \"support\"", t, re.M)) / len(re.findall(r"^drill \"", t, re.M))))')
    expect_exit 0 "$beside" check "$scripts/drill"
    has "$tmp/out" "6 files checked: 0 errors, 0 warnings."
    has "$tmp/out" "Spot it bank: $items items"
    has "$tmp/out" "Always answering \"support\" scores $share%."
    has "$tmp/out" "Check forms: A 20, B 20 items."
    expect_exit 0 "$beside" check "$scripts/drill/bank-partners.lua"
    has "$tmp/out" "1 file checked: 0 errors, 0 warnings."
    # With no argument, check reads the drill folders too (the stories are
    # their own tests' business: only the drill part is looked at here).
    "$beside" check >"$tmp/out" 2>&1 </dev/null
    has "$tmp/out" "Spot it bank: $items items"
    lacks "$tmp/out" "/drill/bank-"
    ;;
check-problems)
    expect_exit 1 "$beside" check "$fixtures/drill/problems.lua"
    has "$tmp/out" "problems.lua:9: error: item 'fix-001' has a field 'becuase' that Beside does not know. Did you mean 'because'?"
    has "$tmp/out" "problems.lua:18: error: item 'fix-002': kind = \"rescu\" is not one Beside knows. Did you mean \"rescue\"?"
    has "$tmp/out" "problems.lua:22: error: item 'fix-003' needs situation."
    has "$tmp/out" "1 file checked: 6 errors, 0 warnings."
    expect_exit 1 "$beside" check "$fixtures/drill/warnings.lua"
    has "$tmp/out" "warnings.lua:3: warning: item 'warn-001' reads at grade"
    has "$tmp/out" "warnings.lua:13: warning: item 'warn-002': idea \"Saying nope\" is not a heading of docs/IDEAS.md. Did you mean \"Saying no\"?"
    has "$tmp/out" "warnings.lua:23: error: there is already an item called 'partners-001'"
    ;;
round)
    # A round of ten in the terminal: every item asked, feedback at once,
    # the score per kind, and the round kept in the profile.
    feed '1\n2\n3\nself-care\nneutral\nit depends\n7\n1\n2\n3\n' "$beside" drill --text --seed 5
    has "$tmp/out" "Spot it: round 1, 10 items, easy first."
    has "$tmp/out" "Item 1 of 10."; has "$tmp/out" "Item 10 of 10."
    has "$tmp/out" "The response: "
    has "$tmp/out" "What kind of response is it?"; has "$tmp/out" "  6. It depends"
    [ "$(count "$tmp/out" "Right: ")" -ge 0 ] || fail "no feedback"
    [ $(( $(count "$tmp/out" "Right: ") + $(count "$tmp/out" "Not quite: ") )) -eq 10 ] || fail "not one answer per item"
    has "$tmp/out" "Round done. "; has "$tmp/out" " of 10 right."
    has "$tmp/out" "Items you missed come back in a later round."
    lacks "$tmp/out" $'\033'
    feed '1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n' "$beside" drill --seed 6
    has "$tmp/out" "Spot it: round 2, 10 items"
    expect_exit 0 "$beside" drill --progress --width 200
    has "$tmp/out" "Rounds 1 to 2 ("; has "$tmp/out" " of 20 right ("
    ;;
round-same-seed)
    # The same seed and the same progress: the same round.
    feed 'q\n' "$beside" drill --seed 9 --no-save; cp "$tmp/out" "$tmp/a"
    feed 'q\n' "$beside" drill --seed 9 --no-save
    cmp -s "$tmp/a" "$tmp/out" || fail "the same seed gave another round"
    [ ! -e "$tmp/data/beside/profile.db" ] || fail "--no-save wrote a profile"
    ;;
round-keys)
    # Help, the item again, a word Beside does not know, a number out of
    # range, and q: the answers so far are kept.
    feed 'h\nt\nbanana\n9\nrescue\nq\n' "$beside" drill --seed 3
    has "$tmp/out" "Help"; has "$tmp/out" "Rescue: "
    [ "$(count "$tmp/out" "Item 1 of 10.")" -eq 2 ] || fail "t did not show the item again"
    has "$tmp/out" "Beside did not understand 'banana'. Type h for help."
    has "$tmp/out" "Pick a number from 1 to 7."
    has "$tmp/out" "Stopping here. Your answers so far are kept."
    grep -qE "Round stopped\. [01] of 1 right\." "$tmp/out" || fail "no score after q"
    expect_exit 0 "$beside" drill --progress
    has "$tmp/out" "Round 1 ("
    # Input that ends mid-round stops cleanly too.
    feed '2\n' "$beside" drill --seed 4
    has "$tmp/out" "Input has ended, so Beside is stopping here."
    ;;
check-forms)
    # Form A, then B: twenty items each, no feedback until the end, the
    # result per kind, the change from A to B, and the honest note.
    feed "$(printf '2\\n%.0s' $(seq 20))" "$beside" drill --check A
    has "$tmp/out" "Spot it: check form A, 20 items."
    has "$tmp/out" "Item 20 of 20."
    lacks "$tmp/out" "Not quite"; lacks "$tmp/out" "Right: "
    has "$tmp/out" "Check form A: 5 of 20 right."
    has "$tmp/out" "  Support: 5 of 5 right."
    has "$tmp/out" "A short check is a rough measure, not a diagnosis."
    lacks "$tmp/out" "Since check form"
    feed "$(printf '1\\n%.0s' $(seq 20))" "$beside" drill --check b
    has "$tmp/out" "Check form B: 5 of 20 right."
    has "$tmp/out" "Since check form A on "
    has "$tmp/out" "  Rescue: 0% then, 100% now (up)."
    has "$tmp/out" "  Support: 100% then, 0% now (down)."
    has "$tmp/out" "rough measure, not a diagnosis"
    expect_exit 0 "$beside" drill --progress
    has "$tmp/out" "Check form A ("; has "$tmp/out" "Check form B ("
    ;;
export-json)
    expect_exit 0 "$beside" drill --export-json
    python3 - "$tmp/out" "$(cat "$scripts"/drill/*.lua | grep -c '^drill "')" <<'PY' || fail "the JSON is not what reviewers need"
import json, sys
items = json.load(open(sys.argv[1], encoding="utf-8"))
want = int(sys.argv[2])  # items in the bank files
assert len(items) == want, len(items)
need = {"id", "situation", "response", "kind", "difficulty", "relationship", "couple", "idea", "because"}
for it in items:
    assert need <= set(it), it
    assert it["difficulty"] in (1, 2, 3)
    assert (it["couple"] is not None) == (it["relationship"] == "partners"), it["id"]
assert sum(1 for it in items if it["form"] == "A") == 20
assert len({it["id"] for it in items}) == want
PY
    ;;
assign)
    expect_exit 0 "$beside" assign --drill 3 --check-form a --output "$tmp/hw.beside-homework"
    has "$tmp/out" "Spot it: 3 practice rounds of 10 items ('beside drill')."
    has "$tmp/out" "Spot it: check form A ('beside drill --check A')."
    has "$tmp/hw.beside-homework" "drill = 3,"; has "$tmp/hw.beside-homework" 'check_form = "A",'
    expect_exit 0 "$beside" assign --check "$tmp/hw.beside-homework"
    has "$tmp/out" "a good assignment."
    expect_exit 2 "$beside" assign --drill 0; has "$tmp/err" "--drill 0: give the number of Spot it rounds, from 1 to 20"
    expect_exit 2 "$beside" assign --drill 2 --check-form C; has "$tmp/err" "--check-form is A or B"
    expect_exit 2 "$beside" assign --note hi; has "$tmp/err" "which stories?"
    # An old assignment, without the drill, loads as before.
    printf 'homework { stories = { "nina-and-tom" } }\n' >"$tmp/old.beside-homework"
    expect_exit 0 "$beside" assign --check "$tmp/old.beside-homework"
    lacks "$tmp/out" "Spot it"
    ;;
report)
    # The homework report shows accuracy per kind and the missed items with
    # their text, in plain text and HTML.
    expect_exit 0 "$beside" assign --drill 1 --check-form B --output "$tmp/hw.beside-homework"
    feed '2\n2\n2\n2\n2\n2\n2\n2\n2\n2\n' "$beside" drill --seed 2
    feed "$(printf '2\\n%.0s' $(seq 20))" "$beside" drill --check A
    feed "$(printf '1\\n%.0s' $(seq 20))" "$beside" drill --check B
    expect_exit 0 "$beside" report --homework "$tmp/hw.beside-homework" --text --output -
    has "$tmp/out" "Spot it: 1 practice round, check form B"
    has "$tmp/out" "SPOT IT (THE PRACTICE DRILL)"
    has "$tmp/out" "Asked for 1 practice round; 1 played. Asked for check form B."
    has "$tmp/out" "Practice: "
    has "$tmp/out" "Check form A ("; has "$tmp/out" "Check form B ("
    has "$tmp/out" "  Rescue: 5 of 5 right (form A: 0%, form B: 100%)."
    has "$tmp/out" "A short check is a rough measure, not a diagnosis."
    has "$tmp/out" "Items missed, latest first:"
    has "$tmp/out" "; the answer was Rescue. "
    has "$tmp/out" " The response: "
    lacks "$tmp/out" "Stories:"
    expect_exit 0 "$beside" report --homework "$tmp/hw.beside-homework" --output "$tmp/r.html"
    has "$tmp/r.html" '<h2 id="h-drill">Spot it: the practice drill</h2>'
    has "$tmp/r.html" '<th scope="col" class="num">Check form B</th>'
    has "$tmp/r.html" "rough measure, not a diagnosis"
    # In a browser: valid HTML and no accessibility problem (as tests/report).
    if command -v node >/dev/null && [ -d "$reportdir/node_modules/html-validate" ]; then
        node "$reportdir/check_report.mjs" html-validate "$tmp/r.html" "$tmp" "$tmp" ||
            fail "the report with Spot it is not valid HTML"
        chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
        if [ -n "$chromium" ]; then
            CHROMIUM=$chromium node "$reportdir/check_report.mjs" axe "$tmp/r.html" "$tmp" "$tmp" ||
                fail "axe finds problems in the report with Spot it"
        fi
    else
        echo "note: node or the npm packages of tests/report are missing: the browser checks were skipped"
    fi
    ;;
*) fail "no test called $name" ;;
esac
echo "ok: $name"
