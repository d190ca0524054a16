#!/usr/bin/env bash
# window_profile_es.sh BESIDE FIXTURES SCREENS — what the window says when
# the profile cannot be used, in Spanish (issue 19), a window test run by
# ctest with window_test.sh's helpers (Xvfb, xdotool, the layout dump,
# check_layout, shot); exits 77 (skipped) without Xvfb. Kept in its own file
# so it can be changed and committed apart from the other cases.
set -u
here=$(cd "$(dirname "$0")" && pwd)
set -- profile-spanish "$@"
# Everything of window_test.sh before its cases: the helpers and set-up.
# shellcheck source=window_test.sh
source <(sed '/^case \$name in$/,$d' "$here/window_test.sh")
# With BESIDE_LANG=es, a profile that is not a database: the window opens,
# says which file could not be used, why, and the name it is kept under, in
# Spanish, at 1280x720 and 400x700, inside the window (check_layout) and
# kept to look at; the file is kept as it was.
start_x 1400 800
export BESIDE_LANG=es
for size in 1280x720 400x700; do
    export XDG_DATA_HOME=$tmp/data-$size
    dir=$XDG_DATA_HOME/beside
    mkdir -p "$dir"
    echo "not a database" >"$dir/profile.db"
    start_app --size $size --reduce-motion
    wait_text "No se pudo usar tu perfil"
    kept=$(ls "$dir" | grep '^profile\.db\.broken-') || fail "the broken profile was not kept at $size"
    [ "$(cat "$dir/$kept")" = "not a database" ] || fail "the kept file was changed at $size"
    for want in "no es una base de datos." "Se guarda, sin cambios, como" \
                "Beside empezó un perfil nuevo." "No se borró nada del archivo viejo."; do
        shows "$want" || fail "the Spanish notice at $size lacks '$want': $(texts | tr '\n' '|')"
    done
    # The kept file's name is one long word: the notice may break it.
    texts | tr -d '\n' | grep -qF "$kept" ||
        fail "the notice at $size does not name $kept: $(texts | tr '\n' '|')"
    shows "could not be used" && fail "the notice at $size is still in English"
    shot $size-broken; not_blank $size-broken
    check_layout "the Spanish profile notice at $size"
    kill "$app_pid"; wait "$app_pid" 2>/dev/null; app_pid=""
done
finish
