#!/usr/bin/env bash
# output_clean_test.sh — issue 13: no story or assignment file makes any
# command write a control character (ESC above all) to a terminal, and none
# hangs past its deadline plus a second.
#   output_clean_test.sh BESIDE FIXTURES SLOW
# SLOW is the sanitizer slowdown of the time limit (1, or 4 under ASan).
set -u
beside=$1 fixtures=$2 slow=${3:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config XDG_STATE_HOME=$work/state
export HOME=$work BESIDE_CHOICE_ORDER=file
unset DISPLAY WAYLAND_DISPLAY
fail=0

# Bytes below 0x20 but \n and \t, DEL, and the C1 controls (U+0080..U+009F).
controls() { # FILE: prints the offending bytes' count
    LC_ALL=C grep -c -P '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]' "$1"
}

check_clean() { # NAME FILE
    local n
    n=$(controls "$2")
    if [ "$n" != "0" ]; then
        echo "FAIL: $1 wrote $n line(s) with control characters:"
        LC_ALL=C cat -v "$2" | head -20
        fail=1
    else
        echo "ok: $1: no control characters ($(wc -c <"$2") bytes)"
    fi
}

story=$fixtures/sandbox/play-escapes-everywhere.lua
printf '1\n1\n1\nq\n' | "$beside" play --text "$story" >"$work/play.out" 2>&1
check_clean "play --text" "$work/play.out"
grep -q "Hello red bad" "$work/play.out" || { echo "FAIL: play --text did not show the cleaned text"; cat -v "$work/play.out"; fail=1; }
grep -q "boom" "$work/play.out" || { echo "FAIL: play --text did not show the error"; fail=1; }
"$beside" check "$story" >"$work/check.out" 2>&1
check_clean "check" "$work/check.out"
"$beside" explore "$story" >"$work/explore.out" 2>&1
check_clean "explore" "$work/explore.out"
"$beside" graph "$story" >"$work/graph.out" 2>&1
check_clean "graph" "$work/graph.out"
"$beside" check "$fixtures/sandbox/id-escape.lua" >"$work/id.out" 2>&1
check_clean "check (an id with ESC)" "$work/id.out"
grep -q 'scene "a?\[2J"' "$work/id.out" || { echo "FAIL: the id was not echoed cleaned"; cat -v "$work/id.out"; fail=1; }

# Hangs: each stopped within the deadline (1 s, x SLOW) plus a second.
limit=$(awk -v s="$slow" 'BEGIN { print s * 1 + 1 }')
timed() { # NAME WORDS COMMAND...
    local name=$1 words=$2; shift 2
    local t0 t1 took
    t0=$(date +%s.%N)
    timeout 60 "$@" >"$work/t.out" 2>&1
    t1=$(date +%s.%N)
    took=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
    if awk -v t="$took" -v l="$limit" 'BEGIN { exit !(t < l) }' && grep -q "$words" "$work/t.out"; then
        echo "ok: $name stopped in $took s"
    else
        echo "FAIL: $name took $took s (limit $limit) or did not say '$words':"
        LC_ALL=C cat -v "$work/t.out" | head -5
        fail=1
    fi
    check_clean "$name" "$work/t.out"
}
hw=$fixtures/homework/call-self.beside-homework
timed "assign --check (__call self)" "call-self.beside-homework:2:.*__call must be a function" \
    "$beside" assign --check "$hw"
timed "report --homework (__call self)" "__call must be a function" \
    "$beside" report --homework "$hw" --text --output -
timed "check (table.sort with string.packsize)" "sort-packsize.lua:2:.*ran too long" \
    "$beside" check "$fixtures/sandbox/sort-packsize.lua"
timed "check (string.packsize of 64 MB)" "packsize-huge.lua:2:.*ran too long" \
    "$beside" check "$fixtures/sandbox/packsize-huge.lua"
timed "check (string.format copy loop)" "format-copy-loop.lua:2:.*ran too long" \
    "$beside" check "$fixtures/sandbox/format-copy-loop.lua"
timed "check (string.rep 1e15)" "string-rep-empty.lua:2:.*ran too long" \
    "$beside" check "$fixtures/sandbox/string-rep-empty.lua"
timed "explore (play-time string.format loop)" "ran too long" \
    "$beside" explore "$fixtures/sandbox/play-format-loop.lua"
exit $fail
