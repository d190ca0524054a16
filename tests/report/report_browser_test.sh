#!/usr/bin/env bash
# report_browser_test.sh CASE MAKE_REPORT OUTDIR — the homework report in a
# real browser. CASE is one of:
#   html-validate  the report is valid HTML (html-validate, recommended rules)
#   axe            axe-core in headless Chromium finds no accessibility problem
#   print-pages    printed to PDF (A4 and Letter) a two-story report is at
#                  most two pages; the pages are kept as PNGs in OUTDIR
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
"$make_report" "$work" >/dev/null
mkdir -p "$out"
export CHROMIUM="$chromium"
node "$here/check_report.mjs" "$case_" "$work/report.html" "$work" "$out"

if [ "$case_" = print-pages ]; then
    # Chromium's own --print-to-pdf too (its default paper, Letter).
    "$chromium" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf="$work/cli.pdf" "file://$work/report.html" >/dev/null 2>&1
    # The pages as pictures, to look at (kept when the test fails too).
    if command -v pdftoppm >/dev/null; then
        rm -f "$out"/a4-*.png "$out"/letter-*.png
        pdftoppm -r 60 -png "$work/a4.pdf" "$out/a4"
        pdftoppm -r 60 -png "$work/letter.pdf" "$out/letter"
        echo "The printed pages: $out/a4-*.png, $out/letter-*.png"
    fi
    for pdf in "$work/a4.pdf" "$work/letter.pdf" "$work/cli.pdf"; do
        pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
        echo "$(basename "$pdf"): $pages page(s)"
        if [ "$pages" -gt 2 ]; then
            echo "FAIL: a two-story report printed on $pages pages ($(basename "$pdf")); at most 2." >&2
            exit 1
        fi
    done
fi
