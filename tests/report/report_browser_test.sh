#!/usr/bin/env bash
# report_browser_test.sh CASE MAKE_REPORT OUTDIR — the homework report and
# the session summaries (a room's play of The Fine Line, and the test story
# whose text must be escaped) in a real browser. CASE is one of:
#   html-validate  every page is valid HTML (html-validate, recommended rules)
#   axe            axe-core in headless Chromium finds no accessibility problem
#                  on any page
#   print-pages    printed to PDF (A4 and Letter) a two-story report is at
#                  most two pages; the session summary's last page is its
#                  ending alone, to hand out; the pages are kept as PNGs in
#                  OUTDIR
#   spanish        the pages in Spanish (make_report DIR es, issue 19): their
#                  own words are Spanish, <html lang="es">, and they pass
#                  all three checks above (the longer words still print on
#                  two pages; PNGs as OUTDIR/es-*.png)
# Skips (exit 77) only when node or Chromium is not installed; missing npm
# packages or pdfinfo fail it (./build.sh test installs them all).
set -euo pipefail
case_=$1 make_report=$2 out=$3
here=$(cd "$(dirname "$0")" && pwd)

skip() { echo "SKIPPED: $*"; exit 77; }
command -v node >/dev/null || skip "node is not installed (apt-get install nodejs npm)."
[ -d "$here/node_modules/html-validate" ] && [ -d "$here/node_modules/axe-core" ] &&
    [ -d "$here/node_modules/puppeteer-core" ] ||
    { echo "FAIL: the npm packages are missing: run 'npm ci --prefix tests/report' (./build.sh test does)." >&2; exit 1; }
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ "$case_" != html-validate ]; then
    [ -n "$chromium" ] || skip "Chromium is not installed (apt-get install chromium)."
fi
if [ "$case_" = print-pages ]; then
    command -v pdfinfo >/dev/null ||
        { echo "FAIL: pdfinfo is not installed (apt-get install poppler-utils; ./build.sh test does)." >&2; exit 1; }
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
export CHROMIUM="$chromium"
ending="Where the story ended" decision="Decision"

# checks CASE: the browser checks of one case on the pages in $work.
checks() {
    local pages_of=(report session)
    [ "$1" = print-pages ] || pages_of+=(session-fixture drill-room)
    for page in "${pages_of[@]}"; do
        echo "$page.html:"
        node "$here/check_report.mjs" "$1" "$work/$page.html" "$work" "$out"
    done
}

if [ "$case_" = spanish ]; then
    command -v pdfinfo >/dev/null ||
        { echo "FAIL: pdfinfo is not installed (apt-get install poppler-utils; ./build.sh test does)." >&2; exit 1; }
    "$make_report" "$work" es >/dev/null
    fail() { echo "FAIL: $*" >&2; exit 1; }
    has() { grep -qF -- "$2" "$work/$1" || fail "$1 lacks '$2'"; }
    lacks() { if grep -qF -- "$2" "$work/$1"; then fail "$1 still says '$2' in English"; fi; }
    for page in report session session-fixture drill-room; do
        has "$page.html" '<html lang="es">'
    done
    # The homework report: its headings, the dates in Spanish, the counts.
    has report.html "<h1>Beside: informe de la tarea</h1>"
    has report.html '<h2 id="h-assignment">La tarea</h2>'
    has report.html '<h2 id="h-played">Lo que se jugó</h2>'
    has report.html "Respuestas que quedaron: "
    has report.html "<th scope=\"col\">Lo que se eligió</th>"
    has report.html "Crecimiento: línea azul de rayas, más alto es mejor"
    grep -qE "Jugada el [0-9]+ de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de 20[0-9]{2}\\. Tiempo: " \
        "$work/report.html" || fail "report.html lacks a date in Spanish ('Jugada el 3 de diciembre de 2026. Tiempo: ')"
    has report.txt "BESIDE: INFORME DE LA TAREA"
    has report.txt "LO QUE SE JUGÓ"
    has report.txt "resentimiento "
    for w in "Written on" "What was played" "Responses kept" "Chart of the three meters" \
             "higher is better" "Time spent" " December " "Beside is practice"; do
        lacks report.html "$w"
        lacks report.txt "$w"
    done
    # The session summary: its own words, and The Fine Line's in Spanish.
    has session.html "<h1>Beside: resumen de la sesión</h1>"
    has session.html "Decisión 1"
    has session.html "<th scope=\"col\">Manos</th>"
    has session.html "la opción de la sala"
    has session.html "Dónde terminó la historia: "
    has session.txt "LAS DECISIONES"
    has session.txt "CÓMO SE MOVIERON LOS MEDIDORES"
    has session.txt "  Al inicio: resentimiento "
    for w in "The decisions" "The question for the room" "hands counted" "Where the story ended" \
             "Length of the session" "Five ways to look"; do
        lacks session.html "$w"
        lacks session.txt "$w"
    done
    # A room's round of Spot it.
    has drill-room.html "<h1>Descúbrelo con una sala</h1>"
    has drill-room.html "La sala acertó <strong>2 de 3</strong>."
    has drill-room.html "<caption>Aciertos por tipo</caption>"
    for w in "The room got" "Right answers by kind" "the room missed it" "The response:"; do
        lacks drill-room.html "$w"
    done
    echo "The pages' own words are Spanish."
    checks html-validate
    checks axe
    checks print-pages
    ending="Dónde terminó la historia" decision="Decisión"
    case_=print-pages prefix=es-
else
    "$make_report" "$work" >/dev/null
    checks "$case_"
    prefix=
fi

if [ "$case_" = print-pages ]; then
    # Chromium's own --print-to-pdf too (its default paper, Letter).
    "$chromium" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf="$work/cli.pdf" "file://$work/report.html" >/dev/null 2>&1
    # The pages as pictures, to look at (kept when the test fails too).
    if command -v pdftoppm >/dev/null; then
        rm -f "$out/${prefix}"a4-*.png "$out/${prefix}"letter-*.png
        pdftoppm -r 60 -png "$work/a4.pdf" "$out/${prefix}a4"
        pdftoppm -r 60 -png "$work/letter.pdf" "$out/${prefix}letter"
        echo "The printed pages: $out/${prefix}a4-*.png, $out/${prefix}letter-*.png"
    fi
    if command -v pdftoppm >/dev/null; then
        rm -f "$out/${prefix}"session-a4-*.png "$out/${prefix}"session-letter-*.png
        pdftoppm -r 60 -png "$work/session-a4.pdf" "$out/${prefix}session-a4"
        pdftoppm -r 60 -png "$work/session-letter.pdf" "$out/${prefix}session-letter"
    fi
    # The session summary's ending starts a page of its own, the last.
    command -v pdftotext >/dev/null ||
        { echo "FAIL: pdftotext is not installed (apt-get install poppler-utils)." >&2; exit 1; }
    for pdf in "$work/session-a4.pdf" "$work/session-letter.pdf"; do
        pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
        last=$(pdftotext -f "$pages" -l "$pages" "$pdf" -)
        before=$(pdftotext -f "$((pages - 1))" -l "$((pages - 1))" "$pdf" -)
        echo "$(basename "$pdf"): $pages page(s)"
        if ! grep -q "$ending" <<<"$last" || grep -q "$ending" <<<"$before" ||
            grep -q "^$decision [0-9]" <<<"$last"; then
            echo "FAIL: the session summary's ending is not a page of its own at the end ($(basename "$pdf"))." >&2
            exit 1
        fi
    done
    for pdf in "$work/a4.pdf" "$work/letter.pdf" "$work/cli.pdf"; do
        pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
        echo "$(basename "$pdf"): $pages page(s)"
        if [ "$pages" -gt 2 ]; then
            echo "FAIL: a two-story report printed on $pages pages ($(basename "$pdf")); at most 2." >&2
            exit 1
        fi
    done
fi
