#!/usr/bin/env bash
# man_test.sh BESIDE MAN_SOURCE — the man page (docs/beside.6.scd) and
# every --help say the same: each command of 'beside --help' has its own
# entry in the page, each option and $VARIABLE of any 'beside [COMMAND]
# --help' is in the page, and each option the page names is in some --help.
# A failure names what is missing where.
set -u
beside=$1 page=$2
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$beside" --help >"$tmp/help" || { echo "FAIL: beside --help exited $?"; exit 1; }
# The commands: the words at the start of an indented line of the Commands
# and Homework parts of the top-level help ("  window [STORY]  ...").
commands=$(awk '/^(Commands|Homework):/ { on = 1; next } /^[^ ]/ { on = 0 }
                on && /^  [a-z]/ { print $1 }' "$tmp/help")
[ -n "$commands" ] || { echo "FAIL: found no commands in beside --help"; exit 1; }
cp "$tmp/help" "$tmp/all"
for c in $commands; do
    if ! grep -q "^\*$c\*" "$page"; then
        echo "FAIL: command '$c' (beside --help) has no entry in $page (a line starting *$c*)"
        fail=1
    fi
    "$beside" "$c" --help >"$tmp/help-$c" 2>&1 || { echo "FAIL: beside $c --help exited $?"; fail=1; }
    cat "$tmp/help-$c" >>"$tmp/all"
done

# options_in FILE: every --long option and every -x short option in FILE.
options_in() {
    grep -oE -- '(^|[^a-zA-Z0-9-])--?[a-zA-Z][a-zA-Z0-9-]*' "$1" | sed -E 's/^[^-]*//' |
        grep -vxE -- '-[a-zA-Z][a-zA-Z0-9-]+' | sort -u
}
for f in "$tmp/help" "$tmp"/help-*; do
    name=$(basename "$f"); name=${name#help-}; [ "$name" = help ] && name="" || name="$name "
    for opt in $(options_in "$f"); do
        grep -qF -- "*$opt*" "$page" ||
            { echo "FAIL: option $opt of 'beside ${name}--help' is not in $page (as *$opt*)"; fail=1; }
    done
    for var in $(grep -oE '\$[A-Z_]{3,}' "$f" | tr -d '$' | sort -u); do
        grep -qF -- "$var" "$page" ||
            { echo "FAIL: \$$var of 'beside ${name}--help' is not in $page"; fail=1; }
    done
done

# The other way: every option the page sets in bold is in some --help.
for opt in $(grep -oE -- '\*--?[a-zA-Z][a-zA-Z0-9-]*\*' "$page" | tr -d '*' | sort -u); do
    grep -qE -- "(^|[^a-zA-Z0-9-])$opt([^a-zA-Z0-9-]|\$)" "$tmp/all" ||
        { echo "FAIL: $page names $opt, which no 'beside ... --help' has"; fail=1; }
done

# The parts a man page needs.
for part in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS FILES ENVIRONMENT "EXIT STATUS" EXAMPLES; do
    grep -qx "# $part" "$page" || { echo "FAIL: $page has no '# $part' part"; fail=1; }
done

n=$(printf '%s\n' $commands | wc -l)
[ $fail -eq 0 ] && echo "ok: the man page names all $n commands and every option of their --help, and no other option"
exit $fail
