#!/usr/bin/env bash
# cli_check_es.sh NAME BESIDE FIXTURES — `beside check` and the --help pages
# in Spanish (issue 19), with cli_test.sh's helpers (expect_exit, has, fail).
# Kept in its own file so it can be changed and committed apart from the
# other cases.
#   check-spanish      check's problems and summary in Spanish with
#                      BESIDE_LANG=es, each still at its file:line with the
#                      English prefix words editors read; English unchanged
#   help-spanish-width every command's --help in Spanish and English fits 80 columns
set -u
here=$(cd "$(dirname "$0")" && pwd)
# Everything of cli_test.sh before its cases: the helpers and set-up.
# shellcheck source=cli_test.sh
source <(sed '/^case \$name in$/,$d' "$here/cli_test.sh")

case $name in
check-spanish)
    broken=$fixtures/cli/broken.lua because=$fixtures/check/no-because.lua
    export BESIDE_LANG=es
    # An error (a next to a scene that does not exist) and a warning (a
    # choice with no because): Spanish after the English prefix, at file:line.
    expect_exit 1 "$beside" check "$broken" "$because"
    has "$tmp/out" "$broken:5: error: opción 1 ('Ask.') lleva a la escena 'twoo', que no existe. ¿Querías decir 'two'?"
    has "$tmp/out" "$because:7: warning: la opción 2 de la escena 'start' no tiene because. Añade because ="
    has "$tmp/out" "2 archivos revisados: 2 errores, 1 aviso."
    # One of each, in the singular.
    expect_exit 1 "$beside" check "$fixtures/check/unreachable-scene.lua"
    has "$tmp/out" "unreachable-scene.lua:9: warning: nunca se llega a la escena 'orphan'"
    has "$tmp/out" "1 archivo revisado: 0 errores, 1 aviso."
    expect_exit 1 "$beside" check "$fixtures/check/reading-hard.lua"
    has "$tmp/out" "reading-hard.lua:3: warning: la historia entera se lee en el nivel 18.2, por encima del nivel 7."
    expect_exit 0 "$beside" check --reading "$fixtures/cli/clean.lua"
    has "$tmp/out" "clean.lua:2: nivel "; has "$tmp/out" "la historia 'clean' entera ("
    expect_exit 0 "$beside" check --lang es "$fixtures/cli/clean.lua"
    has "$tmp/out" "clean.lua:2: note: no hay traducción (es) de 'clean'"
    mkdir -p "$tmp/empty"
    expect_exit 1 "$beside" check "$tmp/empty"
    has "$tmp/err" "no hay archivos de historia .lua en esta carpeta"
    has "$tmp/out" "No se revisó nada."
    # A Spot it file: its summary of the bank in Spanish, the kinds as written.
    expect_exit 1 "$beside" check "$fixtures/drill/warnings.lua"
    has "$tmp/out" "warnings.lua:13: warning: "
    grep -qE "^Banco de Descúbrelo: [0-9]+ casos; rescue [0-9]+, support [0-9]+," "$tmp/out" ||
        fail "the bank's summary is not in Spanish: $(tail -2 "$tmp/out")"
    has "$tmp/out" "Responder siempre \"support\" acierta el "
    expect_exit 2 "$beside" check --lang
    has "$tmp/err" "--lang necesita un idioma, como es"
    expect_exit 0 "$beside" check --help; has "$tmp/out" "Uso: beside check"
    has "$tmp/out" "muestra solo los problemas, no el resumen"
    # English stays English, byte for byte.
    export BESIDE_LANG=en
    expect_exit 1 "$beside" check "$broken" "$because"
    has "$tmp/out" "$broken:5: error: choice 1 ('Ask.') goes to scene 'twoo', which does not exist. Did you mean 'two'?"
    has "$tmp/out" "$because:7: warning: choice 2 in scene 'start' has no because. Add because ="
    has "$tmp/out" "2 files checked: 2 errors, 1 warning."
    if grep -q "opción\|archivos revisados" "$tmp/out"; then fail "Spanish in English: $(cat "$tmp/out")"; fi
    ;;
help-spanish-width)
    # Every line of every --help, in Spanish and in English, is 80 columns
    # or fewer (counted in characters: "ó" is one column), so it reads in an
    # 80-column terminal.
    wide=0
    for lang in es en; do
        export BESIDE_LANG=$lang
        for c in "" window play list new check explore graph translate drill assign report; do
            # shellcheck disable=SC2086 # an empty $c is no argument
            expect_exit 0 "$beside" $c --help
            if [ "$lang" = es ]; then
                grep -q "^Uso: beside" "$tmp/out" || fail "beside $c --help is not in Spanish"
            else
                grep -q "^Usage: beside" "$tmp/out" || fail "beside $c --help is not in English"
            fi
            while IFS= read -r line; do
                if [ "$(printf '%s' "$line" | LC_ALL=C.UTF-8 wc -m)" -gt 80 ]; then
                    echo "beside $c --help ($lang): wider than 80 columns: $line"
                    wide=1
                fi
            done <"$tmp/out"
        done
    done
    [ "$wide" = 0 ] || fail "--help lines wider than 80 columns"
    ;;
*)
    fail "no test called $name"
    ;;
esac
echo "ok: $name"
