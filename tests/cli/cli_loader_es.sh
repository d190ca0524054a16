#!/usr/bin/env bash
# cli_loader_es.sh NAME BESIDE FIXTURES — the story loader's and the
# sandbox's messages in Spanish (issue 19), with cli_test.sh's helpers
# (expect_exit, has, fail). Kept in its own file so it can be changed and
# committed apart from the other cases.
#   loader-spanish  a broken story, a broken Spot it file and a story
#                   function that fails, read by `beside check` and
#                   `beside play` with BESIDE_LANG=es: each message in
#                   Spanish at its file:line, with the English prefix words
#                   editors read and the story language's words (support,
#                   next, because) as they are; Lua's own words stay
#                   English. With BESIDE_LANG=en, the same in English.
set -u
here=$(cd "$(dirname "$0")" && pwd)
# Everything of cli_test.sh before its cases: the helpers and set-up.
# shellcheck source=cli_test.sh
source <(sed '/^case \$name in$/,$d' "$here/cli_test.sh")
lacks() { ! grep -qF -- "$2" "$1" || fail "$1 has '$2': $(head -c 600 "$1")"; }

# A word Beside does not know (the sandbox), a missing comma (Lua's own
# message and the loader's hint) and a next function that names no scene.
printf 'scenario { id = "word", title = "Word", start = "a" }\n\nscene "a" {\n  "Text.",\n  suport { "Go.", next = "a" },\n}\n' >"$tmp/word.lua"
printf 'scenario { id = "comma", title = "Comma", start = "a" }\n\nscene "a" {\n  "Text."\n  support { "Go.", next = "a" },\n}\n' >"$tmp/comma.lua"
printf 'scenario { id = "fn", title = "Fn", start = "a" }\n\nscene "a" {\n  "Text.",\n  support { "Go.", because = "b", next = function() return "nowhere" end },\n}\n' >"$tmp/fn.lua"
broken=$fixtures/cli/broken.lua drill=$fixtures/drill/problems.lua

case $name in
loader-spanish)
    export BESIDE_LANG=es
    # The reader of the blocks: a field with a typo in a support choice.
    expect_exit 1 "$beside" check "$broken"
    has "$tmp/out" "$broken:10: error: opción support tiene un campo 'becuase' que Beside no conoce. ¿Querías decir 'because'?"
    # The sandbox: a word it does not know.
    expect_exit 1 "$beside" check "$tmp/word.lua"
    has "$tmp/out" "$tmp/word.lua:5: error: Beside no conoce la palabra 'suport'. ¿Querías decir 'support'?"
    # Lua's message stays Lua's; the hint after it is Spanish.
    expect_exit 1 "$beside" check "$tmp/comma.lua"
    has "$tmp/out" "$tmp/comma.lua:5: error: '}' expected (to close '{' at line 3) near 'support' Busca una coma que falte después del elemento justo antes de esta línea"
    # A story function that fails, found by check and met in play.
    expect_exit 1 "$beside" check "$tmp/fn.lua"
    has "$tmp/out" "$tmp/fn.lua:5: error: la función next devolvió 'nowhere', que no es una escena."
    printf '1\n' | "$beside" play --no-save "$tmp/fn.lua" >"$tmp/out" 2>&1
    has "$tmp/out" "fn.lua:5: la función next devolvió 'nowhere', que no"  # the terminal wraps the rest
    # beside play of a broken story shows the loader's message, in Spanish.
    expect_exit 1 "$beside" play "$tmp/word.lua"
    has "$tmp/err" "$tmp/word.lua:5: error: Beside no conoce la palabra 'suport'."
    # A story that is not there.
    expect_exit 1 "$beside" play no-such-story
    has "$tmp/err" "no hay ninguna historia llamada 'no-such-story'. Usa 'beside list' para ver las historias que tienes. Beside buscó en:"
    # A Spot it file: an item with a typo, and a difficulty in quotes.
    expect_exit 1 "$beside" check "$drill"
    has "$tmp/out" "$drill:9: error: el caso 'fix-001' tiene un campo 'becuase' que Beside no conoce. ¿Querías decir 'because'?"
    grep -qE "^$drill:[0-9]+: error: caso 'fix-[0-9]+': difficulty es 1 \(fácil\), 2 \(media\) o 3 \(sutil\), escrito sin comillas\.$" "$tmp/out" ||
        fail "no Spanish difficulty message: $(head -c 800 "$tmp/out")"
    lacks "$tmp/out" "that Beside does not know"
    # The same in English, word for word as before.
    export BESIDE_LANG=en
    expect_exit 1 "$beside" check "$broken" "$tmp/word.lua" "$tmp/comma.lua" "$tmp/fn.lua" "$drill"
    has "$tmp/out" "$broken:10: error: support choice has a field 'becuase' that Beside does not know. Did you mean 'because'?"
    has "$tmp/out" "$tmp/word.lua:5: error: 'suport' is not a word Beside knows. Did you mean 'support'?"
    has "$tmp/out" "$tmp/comma.lua:5: error: '}' expected (to close '{' at line 3) near 'support' Check for a missing comma after the item just before this line (blank lines do not count), or a missing } or )."
    has "$tmp/out" "$tmp/fn.lua:5: error: the next function returned 'nowhere', which is not a scene."
    has "$tmp/out" "$drill:9: error: item 'fix-001' has a field 'becuase' that Beside does not know. Did you mean 'because'?"
    lacks "$tmp/out" "Beside no conoce"
    lacks "$tmp/out" "opción"
    expect_exit 1 "$beside" play no-such-story
    has "$tmp/err" "there is no story called 'no-such-story'. Run 'beside list' to see the stories you have. Beside looked in:"
    ;;
*)
    fail "no such case: $name"
    ;;
esac
echo "ok: $name"
