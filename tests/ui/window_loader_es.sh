#!/usr/bin/env bash
# window_loader_es.sh BESIDE FIXTURES SCREENS — a broken story's message in
# the window in Spanish (issue 19), a window test run by ctest with
# window_test.sh's helpers (Xvfb, xdotool, the layout dump, check_layout,
# shot); exits 77 (skipped) without Xvfb. Kept in its own file so it can be
# changed and committed apart from the other cases.
set -u
here=$(cd "$(dirname "$0")" && pwd)
set -- loader-spanish "$@"
# Everything of window_test.sh before its cases: the helpers and set-up.
# shellcheck source=window_test.sh
source <(sed '/^case \$name in$/,$d' "$here/window_test.sh")
# With BESIDE_LANG=es, `beside window --watch` of a story whose first
# support choice has a field with a typo shows the loader's message in
# Spanish at the choice's file:line, over the stories, at 1280x720 and
# 400x700, inside the window (check_layout) and kept to look at; fixed, the
# story starts.
draft=$tmp/draft.lua
line=$(grep -n '^  support {' "$story" | head -1 | cut -d: -f1)
start_x 1400 800
export BESIDE_LANG=es
for size in 1280x720 400x700; do
    export XDG_DATA_HOME=$tmp/data-$size
    # The typo: the first 'because =' after that support {.
    awk -v from="$line" 'NR > from && !done && sub(/because =/, "becuase =") { done = 1 } 1' \
        "$story" >"$draft"
    start_app --size $size --reduce-motion --watch "$draft"
    wait_text "Tu historia tiene un problema"
    for want in "draft.lua:$line:" "opción support tiene un campo 'becuase' que Beside no conoce." \
                "¿Querías decir 'because'?"; do
        shows "$want" || fail "the Spanish problem at $size lacks '$want': $(texts | tr '\n' '|')"
    done
    shows "that Beside does not know" && fail "the problem at $size is still in English"
    shot $size-broken; not_blank $size-broken
    check_layout "the Spanish problem at $size"
    cp "$story" "$draft"
    wait_text "Monday."
    shows "Tu historia tiene un problema" && fail "the problem stayed after the fix at $size"
    kill "$app_pid"; wait "$app_pid" 2>/dev/null; app_pid=""
done
finish
