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
pages_of=(report session)
[ "$case_" = print-pages ] || pages_of+=(session-fixture drill-room)
for page in "${pages_of[@]}"; do
    echo "$page.html:"
    node "$here/check_report.mjs" "$case_" "$work/$page.html" "$work" "$out"
done

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
    if command -v pdftoppm >/dev/null; then
        rm -f "$out"/session-a4-*.png "$out"/session-letter-*.png
        pdftoppm -r 60 -png "$work/session-a4.pdf" "$out/session-a4"
        pdftoppm -r 60 -png "$work/session-letter.pdf" "$out/session-letter"
    fi
    # The session summary's ending starts a page of its own, the last.
    command -v pdftotext >/dev/null ||
        { echo "FAIL: pdftotext is not installed (apt-get install poppler-utils)." >&2; exit 1; }
    for pdf in "$work/session-a4.pdf" "$work/session-letter.pdf"; do
        pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
        last=$(pdftotext -f "$pages" -l "$pages" "$pdf" -)
        before=$(pdftotext -f "$((pages - 1))" -l "$((pages - 1))" "$pdf" -)
        echo "$(basename "$pdf"): $pages page(s)"
        if ! grep -q "Where the story ended" <<<"$last" || grep -q "Where the story ended" <<<"$before" ||
            grep -q "^Decision [0-9]" <<<"$last"; then
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
