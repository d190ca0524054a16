#!/usr/bin/env bash
# window_homework_es.sh BESIDE FIXTURES SCREENS — the Homework, report and
# journal screens and the your-data messages in Spanish (issue 19), a window
# test run by ctest with window_test.sh's helpers (Xvfb, xdotool, the
# layout dump, check_layout, shot); exits 77 (skipped) without Xvfb.
# Kept in its own file so it can be changed and committed apart from the
# other cases.
set -u
here=$(cd "$(dirname "$0")" && pwd)
set -- homework-spanish "$@"
# Everything of window_test.sh before its cases: the helpers and set-up.
# shellcheck source=window_test.sh
source <(sed '/^case \$name in$/,$d' "$here/window_test.sh")
# Issue 19: the homework, report and journal screens in Spanish
# (BESIDE_LANG=es) from an assignment written in English, at 1280x720
# and 400x700: their own words, a count in the plural, the month's name,
# each screen inside the window (check_layout) and kept to look at.
mkdir -p "$HOME/Documents"
"$beside" assign --story window-walk --question "When did you want to fix it?" \
    --from "Sam Lee" --due 2026-12-08 --drill 2 --output "$tmp/hw.beside-homework" \
    >/dev/null || fail "beside assign failed"
# far_either ES EN: clicks the button starting ES, or EN, at the screen's end.
one_in_view() { in_view "$1" || in_view "$2"; }
far_either() {
    key End; wait_until "'$1' in view" one_in_view "$1" "$2"
    if in_view "$1"; then click "$1"; else click "$2"; fi
}
start_x 1400 800
export BESIDE_LANG=es
months=(enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre)
for size in 1280x720 400x700; do
    export XDG_DATA_HOME=$tmp/data-$size
    rm -f "$HOME/Documents"/beside-report-*
    start_app --size $size "$tmp/hw.beside-homework"
    wait_screen homework
    wait_text "De Sam Lee, con fecha "
    for want in "Intenta terminarla para el 2026-12-08." "Historias para jugar" "Sin empezar." \
                "Juega 2 rondas de práctica de diez casos cortos." "Preguntas para pensar" \
                "Cuando quieras" "Ver el informe antes de guardarlo" "Cerrar esta tarea"; do
        shows "$want" || fail "the Spanish Homework screen at $size lacks '$want': $(texts | tr '\n' '|')"
    done
    shows "Stories to play" && fail "the Spanish Homework screen still says 'Stories to play'"
    shot $size-1-homework; check_layout "the Spanish Homework screen at $size"
    click_down "Escribir sobre esto"; wait_screen write
    wait_text "Se guarda mientras escribes, solo en este equipo."
    shows "Listo" || fail "the Spanish writing page has no 'Listo' button"
    xdotool type --delay 30 "Quise arreglarlo yo."
    wait_text "Quise arreglarlo yo."
    shot $size-2-write; check_layout "the Spanish writing page at $size"
    key Escape; wait_screen homework
    click_down "Ver el informe"; wait_screen report
    wait_text "En el informe: Quise arreglarlo yo."
    for want in "Tu informe" "Tus reflexiones" "El informe, palabra por palabra" \
                "No se guarda nada hasta que pulses Guardar"; do
        shows "$want" || fail "the Spanish report screen at $size lacks '$want': $(texts | tr '\n' '|')"
    done
    shot $size-3-report; check_layout "the Spanish report screen at $size"
    click "En el informe: Quise"
    wait_text "Fuera del informe: Quise arreglarlo yo."
    click_down "Guardar el informe"; wait_text "Tu informe se guardó como"
    ls "$HOME/Documents"/beside-report-*.html >/dev/null 2>&1 || fail "no report in Documents"
    shot $size-4-saved; check_layout "the Spanish report saved at $size"
    # The journal's list: its page dated with the month in Spanish.
    key Escape; wait_screen homework; key Escape; wait_screen title
    snap; if [ -n "$(button_at Diario)" ]; then click Diario; else click Journal; fi
    wait_screen journal
    wait_text "Tu diario se queda en este equipo. Solo tú decides quién lo lee."
    month=${months[$((10#$(date +%m) - 1))]}
    wait_text " de $month de $(date +%Y), "
    shows "Escribir una página nueva" || fail "the Spanish journal has no 'Escribir una página nueva'"
    shot $size-5-journal; check_layout "the Spanish journal at $size"
    # Your data, from Settings: the export and delete messages in Spanish
    # (the buttons are found in Spanish, or in English until Settings is).
    key Escape; wait_screen title
    snap; if [ -n "$(button_at Ajustes)" ]; then click Ajustes; else click Settings; fi
    wait_screen settings
    far_either "Exportar una copia" "Export a copy"
    wait_text "Tus datos se guardaron en"
    shows "La copia tiene tu progreso, tus decisiones y tu diario: guárdala en un lugar privado." ||
        fail "the Spanish export message at $size is not whole: $(texts | tr '\n' '|')"
    shot $size-6-exported; check_layout "the Spanish export message at $size"
    far_either "Borrar todos mis datos" "Delete all my data"; wait_screen confirm
    snap; if [ -n "$(button_at "Borrarlo todo")" ]; then click "Borrarlo todo"; else click "Delete everything"; fi
    wait_screen settings
    wait_text "Se borraron todos tus datos de Beside: progreso, decisiones, diario y ajustes."
    shot $size-7-deleted; check_layout "the Spanish delete message at $size"
    key ctrl+q; wait "$app_pid"; app_pid=""
done
