#!/usr/bin/env bash
# cli_test.sh NAME BESIDE FIXTURES — one end-to-end test of the `beside`
# command per NAME, run by ctest. Each prints what it checks and exits
# non-zero on the first failure.
set -u
name=$1 beside=$2 fixtures=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME=$tmp/data HOME=$tmp/home BESIDE_STORIES=$fixtures/cli
fail() { echo "FAIL: $*"; exit 1; }
expect_exit() { # CODE CMD...
    local want=$1; shift
    "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
    local got=$?
    [ "$got" -eq "$want" ] || fail "'$*' exited $got, expected $want; stderr: $(head -c 400 "$tmp/err")"
}
has() { grep -qF -- "$2" "$1" || fail "$1 lacks '$2': $(head -c 600 "$1")"; }

case $name in
help)
    expect_exit 0 "$beside" --help; has "$tmp/out" "Usage: beside"
    has "$tmp/out" "practice, not therapy"
    for c in window play list check explore graph assign; do
        expect_exit 0 "$beside" "$c" --help; has "$tmp/out" "Usage: beside $c"
    done
    expect_exit 0 "$beside" --version; grep -qE '^beside [0-9]+\.[0-9]+\.[0-9]+$' "$tmp/out" || fail "version line"
    ;;
usage-errors)
    expect_exit 2 "$beside" no-such-command; has "$tmp/err" "is not a command"
    expect_exit 2 "$beside" check --bogus; has "$tmp/err" "unknown option '--bogus'"
    expect_exit 2 "$beside" explore; has "$tmp/err" "which story?"
    expect_exit 2 "$beside" explore --random; has "$tmp/err" "needs a whole number"
    expect_exit 2 "$beside" play a b; has "$tmp/err" "give one story"
    expect_exit 2 "$beside" graph; has "$tmp/err" "which story?"
    expect_exit 2 "$beside" window --size 10x10; has "$tmp/err" "--size needs WIDTHxHEIGHT"
    expect_exit 2 "$beside" window --theme pink; has "$tmp/err" "--theme is light, dark or high-contrast"
    expect_exit 2 "$beside" window --text-size 120; has "$tmp/err" "--text-size is 100"
    expect_exit 2 "$beside" window a b; has "$tmp/err" "give one story"
    expect_exit 2 "$beside" window --desk clean; has "$tmp/err" "--desk opens the desk, not a story"
    expect_exit 2 "$beside" window --desk --present; has "$tmp/err" "--desk opens the desk, not a story"
    ;;
check-clean)
    expect_exit 0 "$beside" check "$fixtures/cli/clean.lua"
    has "$tmp/out" "1 file checked: 0 errors, 0 warnings."
    expect_exit 0 "$beside" check clean   # by id, through $BESIDE_STORIES
    ;;
check-broken)
    expect_exit 1 "$beside" check "$fixtures/cli/broken.lua"
    has "$tmp/out" "broken.lua:10: error: support choice has a field 'becuase' that Beside does not know. Did you mean 'because'?"
    ;;
check-reading)
    # A scene in long sentences of long words: a warning at the scene's line
    # and one at the scenario's, each with the grade and the fix.
    expect_exit 1 "$beside" check "$fixtures/check/reading-hard.lua"
    has "$tmp/out" "reading-hard.lua:5: warning: scene 'start' reads at grade 32.7, above grade 9. Use shorter sentences and shorter words"
    has "$tmp/out" "reading-hard.lua:3: warning: the story reads at grade 18.2 as a whole, above grade 7. Use shorter sentences and shorter words."
    has "$tmp/out" "1 file checked: 0 errors, 2 warnings."
    expect_exit 0 "$beside" check "$fixtures/cli/clean.lua"
    if grep -q "reads at grade\|one sentence at grade" "$tmp/out"; then fail "a reading warning for plain text"; fi
    # One hard sentence in a plain scene: a warning naming the sentence.
    expect_exit 1 "$beside" check "$fixtures/check/reading-one-sentence.lua"
    has "$tmp/out" "reading-one-sentence.lua:5: warning: scene 'start' reads plainly but for one sentence at grade 31.2: \"He says his manager's unprecedented"
    has "$tmp/out" "Split it in two, and pick everyday words."
    has "$tmp/out" "1 file checked: 0 errors, 1 warning."
    ;;
check-reading-report)
    # --reading lists the story's grade, then every scene, hardest first.
    expect_exit 1 "$beside" check --reading "$fixtures/check/reading-hard.lua"
    grep 'grade [-0-9.]*: ' "$tmp/out" >"$tmp/grades"
    [ "$(wc -l <"$tmp/grades")" -eq 3 ] || fail "expected 3 grade lines: $(cat "$tmp/out")"
    sed -n 1p "$tmp/grades" | grep -qF "reading-hard.lua:3: grade 18.2: the story 'reading-hard' as a whole (67 words, 17 sentences)." || fail "story line: $(cat "$tmp/grades")"
    sed -n 2p "$tmp/grades" | grep -qF "reading-hard.lua:5: grade 32.7: scene 'start' (40 words, 5 sentences): too hard" || fail "hardest scene first: $(cat "$tmp/grades")"
    sed -n 3p "$tmp/grades" | grep -qF "reading-hard.lua:19: grade -1.9: ending 'end'" || fail "easiest last: $(cat "$tmp/grades")"
    expect_exit 0 "$beside" check -r "$fixtures/cli/clean.lua"
    has "$tmp/out" "clean.lua:2: grade"
    has "$tmp/out" "1 file checked: 0 errors, 0 warnings."
    expect_exit 0 "$beside" check --help; has "$tmp/out" "--reading"
    ;;
new-story)
    # beside new ID (issue 18): a starter story in the stories folder that
    # check finds clean and plays to both endings; never over a file; never
    # an id another story has; next steps said.
    expect_exit 0 "$beside" new --help; has "$tmp/out" "Usage: beside new ID"
    expect_exit 0 "$beside" new jo-and-the-interview
    file=$XDG_DATA_HOME/beside/stories/jo-and-the-interview.lua
    [ -f "$file" ] || fail "no file at $file: $(cat "$tmp/out")"
    has "$tmp/out" "$file"
    has "$tmp/out" "beside check jo-and-the-interview"
    has "$tmp/out" "beside window --watch $file"
    grep -q 'id = "jo-and-the-interview"' "$file" || fail "the id is not in the file"
    grep -q 'title = "Jo and the interview"' "$file" || fail "the title is not made from the id"
    expect_exit 0 "$beside" check jo-and-the-interview
    has "$tmp/out" "1 file checked: 0 errors, 0 warnings."
    expect_exit 0 "$beside" explore jo-and-the-interview
    has "$tmp/out" "Every scene and every choice was reached."
    printf '1\n' | "$beside" play --no-save jo-and-the-interview >"$tmp/out" 2>&1
    has "$tmp/out" "Your answers"
    printf '2\n' | "$beside" play --no-save jo-and-the-interview >"$tmp/out" 2>&1
    has "$tmp/out" "The one we practised went well."
    # Never over a file: the author's changes stay.
    echo "-- my change" >>"$file"; before=$(cksum <"$file")
    expect_exit 1 "$beside" new jo-and-the-interview
    has "$tmp/err" "is there already; nothing was written"
    [ "$(cksum <"$file")" = "$before" ] || fail "new wrote over the story"
    # An id another story has (clean.lua, in $BESIDE_STORIES): refused.
    expect_exit 1 "$beside" new clean
    has "$tmp/err" "there is already a story called 'clean', in $fixtures/cli/clean.lua"
    [ ! -e "$XDG_DATA_HOME/beside/stories/clean.lua" ] || fail "new wrote a clashing id"
    expect_exit 2 "$beside" new "Jo Story"; has "$tmp/err" "cannot be a story id"
    expect_exit 2 "$beside" new; has "$tmp/err" "which id?"
    ;;
id-clash)
    # Issue 18: a story with another story's id. A copy of clean.lua in the
    # user's folder (searched after $BESIDE_STORIES) is hidden; a file with
    # another name but the same id opens the other. check and list name both
    # files and the one that wins; the guide says the order.
    stories=$XDG_DATA_HOME/beside/stories
    mkdir -p "$stories" "$tmp/lib"
    cp "$fixtures/cli/clean.lua" "$tmp/lib/" # a library with no broken story in it
    export BESIDE_STORIES=$tmp/lib
    cp "$tmp/lib/clean.lua" "$stories/clean.lua"
    cp "$tmp/lib/clean.lua" "$stories/my-clean.lua"
    expect_exit 1 "$beside" check "$stories/clean.lua"
    has "$tmp/out" "$stories/clean.lua:2: warning: another story has the id 'clean': $tmp/lib/clean.lua. Beside opens that one for 'clean', not this file"
    has "$tmp/out" "then in your stories folder"
    expect_exit 1 "$beside" check clean # the winner: it hides the copy
    has "$tmp/out" "$tmp/lib/clean.lua:2: warning: $stories/clean.lua has the same name, so Beside never finds it: this file wins"
    expect_exit 1 "$beside" check "$stories/my-clean.lua"
    has "$tmp/out" "$stories/my-clean.lua:2: warning: another story has the id 'clean': $tmp/lib/clean.lua."
    expect_exit 0 "$beside" list
    has "$tmp/out" "$stories/clean.lua: warning: not listed, because $tmp/lib/clean.lua has the same name and wins"
    has "$tmp/out" "$stories/my-clean.lua: warning: $tmp/lib/clean.lua has the same id, 'clean'. Beside opens $tmp/lib/clean.lua for it"
    # Without the clash, nothing is said.
    rm "$stories/clean.lua" "$stories/my-clean.lua"
    expect_exit 0 "$beside" check clean; has "$tmp/out" "0 errors, 0 warnings."
    expect_exit 0 "$beside" list
    if grep -q "warning" "$tmp/out"; then fail "list warns with no clash: $(cat "$tmp/out")"; fi
    ;;
file-too-big)
    # Issue 18: the size limit's message reads 'FILE: error:' like every other.
    truncate -s 100M "$tmp/big.lua"
    expect_exit 1 "$beside" check "$tmp/big.lua"
    has "$tmp/out" "$tmp/big.lua: error: the file is larger than "
    if grep -q "^error:" "$tmp/out"; then fail "an error line without its file: $(cat "$tmp/out")"; fi
    ;;
check-unknown-id)
    expect_exit 1 "$beside" check claen
    has "$tmp/err" "there is no story called 'claen'. Did you mean 'clean'?"
    # Issue 18: no "0 files checked: 0 errors" after it, which reads as all is well.
    has "$tmp/out" "Nothing was checked."
    if grep -q "files checked" "$tmp/out"; then fail "a summary of nothing: $(cat "$tmp/out")"; fi
    mkdir "$tmp/empty"
    expect_exit 1 "$beside" check "$tmp/empty"; has "$tmp/out" "Nothing was checked."
    ;;
user-stories-folder)
    # A therapist drops a story into their own folder; it is found by id.
    unset BESIDE_STORIES
    mkdir -p "$XDG_DATA_HOME/beside/stories"
    sed 's/id = "clean"/id = "my-own"/' "$fixtures/cli/clean.lua" >"$XDG_DATA_HOME/beside/stories/my-own.lua"
    expect_exit 0 "$beside" check my-own
    expect_exit 0 "$beside" list; has "$tmp/out" "my-own"
    ;;
play-plain)
    printf '2\n1\n' | "$beside" play clean >"$tmp/out" 2>"$tmp/err"; code=$?
    [ $code -eq 0 ] || fail "play exited $code"
    if grep -q $'\033' "$tmp/out"; then fail "escape codes in plain output"; fi
    has "$tmp/out" "That was Support: staying beside someone"
    has "$tmp/out" "Growth 40, up 10 (higher is better)."
    has "$tmp/out" "Side by side"
    has "$tmp/out" "Input has ended, so Beside is leaving the story."
    ;;
play-spanish)
    # Issue 19: the terminal player's own words in Spanish (po/es.po), chosen
    # by BESIDE_LANG, or by LANG on a machine where no Spanish locale was
    # ever generated; a story with no Spanish catalogue keeps its English.
    printf 'h\n2\nm\n1\n' | BESIDE_LANG=es "$beside" play --no-save clean >"$tmp/out" 2>"$tmp/err"
    has "$tmp/out" "Escribe un número del 1 al"
    has "$tmp/out" "  m: ver los medidores."
    has "$tmp/out" "Eso fue Apoyo: quedarte a su lado mientras resuelve lo que es suyo."
    has "$tmp/out" "Crecimiento 40, sube 10 (más alto es mejor)."
    has "$tmp/out" "Ya no llega más texto, así que Beside sale de la historia."
    has "$tmp/out" "Side by side"
    printf '2\n' | env -u BESIDE_LANG -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=es_ES.UTF-8 \
        "$beside" play --no-save clean >"$tmp/out" 2>"$tmp/err"
    has "$tmp/out" "Eso fue Apoyo"
    printf '2\n' | BESIDE_LANG=en LANG=es_ES.UTF-8 "$beside" play --no-save clean >"$tmp/out" 2>"$tmp/err"
    has "$tmp/out" "That was Support"
    if grep -q "Apoyo" "$tmp/out"; then fail "BESIDE_LANG=en still showed Spanish"; fi
    printf '2\n' | BESIDE_LANG=en "$beside" play --no-save --lang es clean >"$tmp/out" 2>"$tmp/err"
    has "$tmp/out" "Eso fue Apoyo"
    ;;
report-spanish)
    # Issue 19: the homework report follows the interface's language, like
    # everything else: its own words and its <html lang> are Spanish with
    # BESIDE_LANG=es; the story's words stay as the story has them; in
    # English it is English, lang "en".
    printf '2\n1\n' | "$beside" play clean >"$tmp/out" 2>"$tmp/err"
    expect_exit 0 env BESIDE_LANG=es "$beside" report --text --output -
    has "$tmp/out" "BESIDE: INFORME DE LA TAREA"
    has "$tmp/out" "No hubo tarea: este informe tiene todas las historias jugadas."
    has "$tmp/out" "== A clean story =="
    has "$tmp/out" "Final: Side by side."
    has "$tmp/out" " - Apoyo - resentimiento 20, crecimiento 40, cercanía 50"
    has "$tmp/out" "Respuestas que quedaron: 0 Rescate, 1 Apoyo, 1 Neutral."
    has "$tmp/out" "Este informe no tiene reflexiones."
    grep -qE "^Escrito el [0-9]+ de [a-z]+ de 20[0-9][0-9]\.$" "$tmp/out" || fail "no date in Spanish: $(head -3 "$tmp/out")"
    if grep -q "Written on\|Responses kept\|Support" "$tmp/out"; then fail "English left in the Spanish report"; fi
    expect_exit 0 env BESIDE_LANG=es "$beside" report --output "$tmp/es.html"
    has "$tmp/es.html" '<html lang="es">'
    has "$tmp/es.html" '<h2 id="h-played">Lo que se jugó</h2>'
    has "$tmp/es.html" '<th scope="col">Lo que se eligió</th><th scope="col">Tipo</th>'
    expect_exit 0 env BESIDE_LANG=en LANG=es_ES.UTF-8 "$beside" report --output "$tmp/en.html"
    has "$tmp/en.html" '<html lang="en">'
    has "$tmp/en.html" '<h2 id="h-played">What was played</h2>'
    if grep -q "Lo que se" "$tmp/en.html"; then fail "BESIDE_LANG=en still wrote Spanish"; fi
    ;;
play-people)
    # Issue 15: the terminal says how the person answered took the choice,
    # in the same words as the window's card.
    printf '1\n1\n' | "$beside" play --no-save "$fixtures/art/art-people.lua" >"$tmp/out" 2>"$tmp/err"
    has "$tmp/out" "Tom looks hurt."
    has "$tmp/out" "Tom looks relieved."
    ;;
play-resume)
    # Every choice is saved: quit after one, and the next play offers to go on.
    printf '2\nq\n' | "$beside" play clean >"$tmp/out" 2>"$tmp/err" || fail "first play: exit $?"
    [ -f "$XDG_DATA_HOME/beside/profile.db" ] || fail "no profile was made"
    printf 'y\n' | "$beside" play clean >"$tmp/out" 2>"$tmp/err"
    has "$tmp/out" "You have this story in progress (1 choice made)."
    has "$tmp/out" "The next day, Alex texts you."
    # Answering n starts over from the first scene, and the old one is let go.
    printf 'n\n' | "$beside" play clean >"$tmp/out" 2>"$tmp/err"
    has "$tmp/out" "in progress"
    grep -q "The next day" "$tmp/out" && fail "n did not start over"
    printf 'q\n' | "$beside" play clean >"$tmp/out" 2>"$tmp/err"
    grep -q "in progress" "$tmp/out" && fail "a playthrough with no choices was offered to continue"
    # --no-save neither asks nor saves.
    printf '2\nq\n' | "$beside" play clean >/dev/null 2>&1
    printf 'q\n' | "$beside" play --no-save clean >"$tmp/out" 2>"$tmp/err"
    grep -q "in progress" "$tmp/out" && fail "--no-save read the profile"
    # A profile that is not a database: set aside with a message, play goes on.
    printf 'q\n' | "$beside" play clean >/dev/null 2>&1
    echo "not a database" >"$XDG_DATA_HOME/beside/profile.db"
    rm -f "$XDG_DATA_HOME/beside/profile.db-wal" "$XDG_DATA_HOME/beside/profile.db-shm"
    printf '2\nq\n' | "$beside" play clean >"$tmp/out" 2>"$tmp/err" || fail "exit $? with a broken profile"
    has "$tmp/err" "profile.db.broken-"
    ls "$XDG_DATA_HOME/beside/" | grep -q 'profile.db.broken-' || fail "the broken profile was not kept"
    ;;
new-kinds)
    # The two newer kinds are named on the card; the card says now and later;
    # a delayed effect names the choice it came from; the debrief lists it.
    story=$fixtures/ui/kinds/now-and-later.lua
    printf '1\n\n1\n\n1\n' | BESIDE_CHOICE_ORDER=file "$beside" play --text --no-save "$story" >"$tmp/out" 2>&1
    has "$tmp/out" "That was Rescue: doing for someone"
    has "$tmp/out" "This feels better now. Watch what it does later."
    has "$tmp/out" "That was It depends: a step that can help or can turn into a rescue"
    has "$tmp/out" "Earlier you chose: “Alpha: pay the bill tonight so he can sleep.”"
    has "$tmp/out" "Choices that came back later"
    # Monday's rescue has a twin on Wednesday: the ending names it, with the
    # twin's kind and its because.
    has "$tmp/out" "The same words, another moment"
    has "$tmp/out" "In another scene, the same words count as Support. This time he asked,"
    printf '6\n\n2\n\n1\n' | BESIDE_CHOICE_ORDER=file "$beside" play --text --no-save "$story" >"$tmp/out" 2>&1
    has "$tmp/out" "That was Hurtful: neither rescuing nor supporting, and it hurts."
    grep -c "That was Hurtful" "$tmp/out" | grep -qx 2 || fail "two hurtful choices, not $(grep -c 'That was Hurtful' "$tmp/out")"
    printf '2\n\n' | BESIDE_CHOICE_ORDER=file "$beside" play --text --no-save "$story" >"$tmp/out" 2>&1
    has "$tmp/out" "This is hard now. It can pay off later."
    ;;
choice-order)
    # Each playthrough shows a scene's choices in its own order; the number
    # typed is the number shown; the order stays the same after Continue.
    story=$fixtures/ui/kinds/now-and-later.lua
    kind_of() { case $1 in Alpha) echo Rescue;; Bravo) echo Support;; Charlie) echo Boundary;;
                Delta) echo Self-care;; Echo) echo Neutral;; Foxtrot) echo Hurtful;; esac; }
    moved=0
    for seed in 11 22 33 44; do
        printf '1\n' | BESIDE_CHOICE_ORDER=$seed "$beside" play --text --no-save "$story" >"$tmp/out" 2>&1
        first=$(sed -n 's/^  1\. \([A-Z][a-z]*\):.*/\1/p' "$tmp/out" | head -1)
        [ -n "$first" ] || fail "no first option with seed $seed: $(head -c 600 "$tmp/out")"
        [ "$first" != Alpha ] && moved=$((moved + 1))
        has "$tmp/out" "That was $(kind_of "$first"):"
        order=$(sed -n 's/^  [1-6]\. \([A-Z][a-z]*\):.*/\1/p' "$tmp/out" | head -6 | tr '\n' ' ')
        printf '1\n' | BESIDE_CHOICE_ORDER=$seed "$beside" play --text --no-save "$story" >"$tmp/out2" 2>&1
        again=$(sed -n 's/^  [1-6]\. \([A-Z][a-z]*\):.*/\1/p' "$tmp/out2" | head -6 | tr '\n' ' ')
        [ "$order" = "$again" ] || fail "seed $seed gave '$order' and then '$again'"
    done
    [ "$moved" -ge 2 ] || fail "the first option was Alpha for $((4 - moved)) of 4 seeds"
    BESIDE_CHOICE_ORDER=file "$beside" play --text --no-save "$story" </dev/null >"$tmp/out" 2>&1
    [ "$(sed -n 's/^  [1-6]\. \([A-Z][a-z]*\):.*/\1/p' "$tmp/out" | tr '\n' ' ')" = "Alpha Bravo Charlie Delta Echo Foxtrot " ] ||
        fail "BESIDE_CHOICE_ORDER=file did not keep the file's order"
    # A saved playthrough keeps its order: play one choice, quit, continue.
    unset BESIDE_CHOICE_ORDER
    mkdir -p "$tmp/s" && cp "$story" "$tmp/s/now-and-later.lua"
    printf '1\n\nq\n' | BESIDE_STORIES=$tmp/s "$beside" play --text now-and-later >"$tmp/out" 2>&1
    before=$(sed -n '/^Tuesday/,$p' "$tmp/out" | sed -n 's/^  [1-2]\. \([A-Z][a-z]*\):.*/\1/p' | tr '\n' ' ')
    printf 'y\nq\n' | BESIDE_STORIES=$tmp/s "$beside" play --text now-and-later >"$tmp/out" 2>&1
    has "$tmp/out" "Tuesday."
    after=$(sed -n '/^Tuesday/,$p' "$tmp/out" | sed -n 's/^  [1-2]\. \([A-Z][a-z]*\):.*/\1/p' | tr '\n' ' ')
    [ -n "$before" ] && [ "$before" = "$after" ] || fail "Continue showed '$after', not '$before'"
    ;;
first-language)
    # A story written for the first language (five kinds) still checks
    # clean, reaches everything, and plays with its kinds named.
    story=$fixtures/check/first-language.lua
    expect_exit 0 "$beside" check "$story"; has "$tmp/out" "1 file checked: 0 errors, 0 warnings."
    expect_exit 0 "$beside" explore "$story"; has "$tmp/out" "Every scene and every choice was reached."
    for pick in "1 Rescue" "2 Support" "3 Boundary" "4 Self-care" "5 Neutral"; do
        printf '%s\n\n1\n' "${pick% *}" | BESIDE_CHOICE_ORDER=file "$beside" play --text --no-save "$story" >"$tmp/out" 2>&1
        has "$tmp/out" "That was ${pick#* }:"
    done
    printf '1\n\n1\n' | BESIDE_CHOICE_ORDER=file "$beside" play --text --no-save "$story" >"$tmp/out" 2>&1
    has "$tmp/out" "Next month Kim asks again, as if it was the plan."
    has "$tmp/out" "Worn thin"
    ;;
check-tells)
    # --tells reports, per story, the classifier against guessing and the
    # words that give rescues away; check's own result is unchanged.
    expect_exit 0 "$beside" check --tells "$fixtures/cli/clean.lua"
    has "$tmp/out" "clean.lua:"
    has "$tmp/out" "tells: a classifier trained on"
    has "$tmp/out" "always guessing"
    has "$tmp/out" "Reads as a rescue:"
    has "$tmp/out" "Words per option, on average:"
    has "$tmp/out" "1 file checked: 0 errors, 0 warnings."
    expect_exit 0 "$beside" check -t "$fixtures/ui/kinds/now-and-later.lua"
    has "$tmp/out" "Options that ask a question:"
    has "$tmp/out" "It depends"
    expect_exit 0 "$beside" check --help; has "$tmp/out" "--tells"
    ;;
one-numbering)
    # Issue 18: a choice hidden by its 'when' renumbers the ones after it for
    # the player; explore's paths and graph's labels show the player's
    # number with the file's in brackets, so a transcript fits the map.
    # In hidden-first.lua, monday's first choice is hidden (no 'asked' yet):
    # the player sees the support as 1 and the self-care as 2.
    story=$fixtures/cli/hidden-first.lua
    BESIDE_CHOICE_ORDER=file expect_exit 0 "$beside" play --no-save "$story"
    has "$tmp/out" "1. Ask her which part is hard."
    has "$tmp/out" "2. Say you need to rest tonight."
    # (explore exits 1: monday's first choice is never offered, by design.)
    expect_exit 1 "$beside" explore "$story"
    has "$tmp/out" "monday#2[3] -> her-letter" # the self-care: shown 2, the file's 3
    has "$tmp/out" "monday#1[2] -> tuesday#" # the support, then tuesday (nothing hidden)
    if grep -q "tuesday#[0-9]\[" "$tmp/out"; then fail "tuesday hides nothing, yet a bracket: $(cat "$tmp/out")"; fi
    "$beside" explore --json "$story" >"$tmp/out"
    has "$tmp/out" '"scene": "monday", "choice": 3, "shown": 2'
    expect_exit 0 "$beside" graph "$story"
    has "$tmp/out" '"monday" -> "done-for-her" [label="1 rescue", style=dashed]'
    has "$tmp/out" '"monday" -> "tuesday" [label="1-2 [2] support"]'
    has "$tmp/out" '"monday" -> "her-letter" [label="2-3 [3] self_care"]'
    ;;
explore-kinds)
    # explore counts each kind's choices now and later, and says the
    # numbers follow the file; --json carries the same.
    expect_exit 0 "$beside" explore "$fixtures/ui/kinds/now-and-later.lua"
    has "$tmp/out" "What each kind does"
    has "$tmp/out" "  Rescue: 1 choice, 1 with a delayed effect"
    has "$tmp/out" "  Hurtful: 2 choices, 0 with a delayed effect"
    has "$tmp/out" "  It depends: 1 choice, 0 with a delayed effect"
    has "$tmp/out" "    later: resentment +1 -0,  growth +0 -1,  intimacy +0 -0"
    has "$tmp/out" "Choice numbers are the ones a player sees in the file's order"
    has "$tmp/out" "Twins: 1 pair of the same words, a rescue in one scene and not in the other"
    has "$tmp/out" "  monday, line 18 (Rescue) / wednesday, line 87 (Support): “Alpha: pay the bill tonight so he can sleep.”"
    expect_exit 0 "$beside" explore --json "$fixtures/ui/kinds/now-and-later.lua"
    has "$tmp/out" '"choice_order": "file"'
    has "$tmp/out" '"twin_pairs": 1'
    has "$tmp/out" '"a": {"scene": "monday", "choice": 1, "line": 18, "kind": "rescue"}, "b": {"scene": "wednesday", "choice": 2, "line": 87, "kind": "support"}'
    has "$tmp/out" '"it_depends": {"choices": 1, "with_later": 0'
    expect_exit 0 "$beside" graph "$fixtures/ui/kinds/now-and-later.lua"
    has "$tmp/out" "// Choice numbers are the ones a player sees in the file's order"
    has "$tmp/out" '[label="1 it_depends"]'
    ;;
play-commands)
    printf 'h\nm\n7\nhello\n1\np\nb\n2\np\nq\n' | "$beside" play clean >"$tmp/out" 2>&1 || fail "exit $?"
    has "$tmp/out" "b N: go back to just before your choice number N."
    has "$tmp/out" "Resentment 20 (lower is better)."
    has "$tmp/out" "There is no choice 7 here. Pick a number from 1 to 2."
    has "$tmp/out" "Beside did not understand 'hello'."
    has "$tmp/out" "1. Rescue: Tell Alex you will call the boss yourself."
    has "$tmp/out" "1. Support: Ask:"
    has "$tmp/out" "Leaving the story."
    ;;
play-broken-story)
    expect_exit 1 "$beside" play "$fixtures/cli/broken.lua"
    has "$tmp/err" "broken.lua:5: error:"
    has "$tmp/err" "cannot be played"
    ;;
play-closed-output)
    # The reader of our output goes away: Beside must stop cleanly, not crash.
    yes 1 | head -50 | "$beside" play clean 2>"$tmp/err" | head -c 10 >/dev/null
    code=${PIPESTATUS[2]}
    [ "$code" -lt 128 ] || fail "killed by a signal ($code)"
    ;;
no-display)
    env -u DISPLAY -u WAYLAND_DISPLAY "$beside" </dev/null >"$tmp/out" 2>"$tmp/err"
    has "$tmp/err" "No display was found, so Beside is starting the terminal player."
    # Asked for the window by name with no display: a message, not a crash.
    env -u DISPLAY -u WAYLAND_DISPLAY SDL_VIDEODRIVER=x11 "$beside" window </dev/null \
        >"$tmp/out" 2>"$tmp/err"
    [ $? -eq 1 ] || fail "beside window without a display should exit 1"
    has "$tmp/err" "to play without a window, use the terminal player: beside play"
    ;;
explore-json)
    expect_exit 0 "$beside" explore --json clean
    has "$tmp/out" '"mode": "every-path"'
    has "$tmp/out" '"paths": 2'
    has "$tmp/out" '"unreached_scenes": []'
    ;;
graph)
    expect_exit 0 "$beside" graph clean
    has "$tmp/out" "digraph story {"
    has "$tmp/out" '"call" -> "after" [label="1 rescue"];'
    has "$tmp/out" '"after" -> "steady" [label="1 neutral", style=dashed];'
    # A next function: a dotted arrow to each scene play saw it choose.
    expect_exit 0 "$beside" graph "$fixtures/cli/next-by-function.lua"
    has "$tmp/out" '"later" -> "kept" [label="1 neutral, by function", style=dotted];'
    has "$tmp/out" '"later" -> "open" [label="1 neutral, by function", style=dotted];'
    if grep -q '"later" -> "unused"' "$tmp/out"; then fail "an arrow to a scene the function never chose"; fi
    ;;
text-function-escapes)
    # Text a story's function makes is cleaned like text in the file.
    printf '1\nq\n' | "$beside" play "$fixtures/cli/escape.lua" >"$tmp/out" 2>&1
    if grep -q $'\033' "$tmp/out"; then fail "escape codes reached the output"; fi
    if grep -q $'\302\233' "$tmp/out"; then fail "a C1 control reached the output"; fi
    has "$tmp/out" "RED"
    ;;
dead-end-prompt)
    printf '2\n1\nq\n' | "$beside" play "$fixtures/../fixtures/explore/dead-end.lua" >"$tmp/out" 2>&1
    has "$tmp/out" "No choice is open here: the story has a dead end."
    has "$tmp/out" "No choice is open here. Type b to go back a choice, or q to quit."
    if grep -q "from 1 to 0" "$tmp/out"; then fail "asked for a number from 1 to 0"; fi
    ;;
deep-condition)
    # 100,000 nested 'not's: refused with a message, never a crash.
    {
        echo 'scenario { id = "deep", title = "Deep", start = "a" }'
        printf 'scene "a" { "x", support { "y", because = "b", set = "f", next = "a2" } }\n'
        printf 'scene "a2" { "x", support { "y", because = "b", when = "'
        for _ in $(seq 1000); do printf 'not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not '; done
        printf 'f", next = "e" } }\nending "e" { "z" }\n'
    } >"$tmp/deep.lua"
    expect_exit 1 "$beside" check "$tmp/deep.lua"
    has "$tmp/out" "the condition is nested too deeply."
    ;;
explore-random-zero)
    expect_exit 2 "$beside" explore --random 0 clean
    has "$tmp/err" "--random needs a number from 1 to 1000000000"
    expect_exit 2 "$beside" explore --random +5 clean
    ;;
assign-writes-checkable)
    # What assign writes, --check accepts and sums up; dated today, due in 7 days.
    cd "$tmp" || fail "cd"
    expect_exit 0 "$beside" assign --story clean --question 'When did you feel the pull to "fix" it?' \
        --question "¿Y después?" --practice "Ask first." --note $'Line one\nLine two' \
        --from "Sam Lee" --due +7
    has "$tmp/out" "Wrote homework.beside-homework."
    [ -f "$tmp/homework.beside-homework" ] || fail "no homework.beside-homework in the current folder"
    has "$tmp/homework.beside-homework" "It holds no personal data about the client"
    has "$tmp/homework.beside-homework" "assigned = \"$(date +%F)\""
    has "$tmp/homework.beside-homework" "due = \"$(date -d +7days +%F)\""
    has "$tmp/homework.beside-homework" 'questions = {'
    has "$tmp/homework.beside-homework" '"When did you feel the pull to \"fix\" it?",'
    has "$tmp/homework.beside-homework" 'note = "Line one\nLine two",'
    expect_exit 0 "$beside" assign --check homework.beside-homework
    has "$tmp/out" "homework.beside-homework: a good assignment."
    has "$tmp/out" "  1. clean"
    has "$tmp/out" "  2. ¿Y después?"
    has "$tmp/out" "From: Sam Lee"
    expect_exit 0 "$beside" assign --story clean --output "$tmp/week-3.beside-homework"
    has "$tmp/out" "Wrote $tmp/week-3.beside-homework."
    expect_exit 0 "$beside" assign --story clean --output -
    has "$tmp/out" 'stories = {'
    ;;
assign-check-broken)
    printf 'homework {\n  stories = { "clean" },\n  qestions = { "Why?" },\n}\n' >"$tmp/bad.beside-homework"
    expect_exit 1 "$beside" assign --check "$tmp/bad.beside-homework"
    has "$tmp/out" "bad.beside-homework:3: error: homework has a field 'qestions' that Beside does not know. Did you mean 'questions'?"
    has "$tmp/out" "1 problem, so Beside cannot open this assignment."
    printf 'os.execute("touch %s/escaped")\nhomework { stories = { "clean" } }\n' "$tmp" >"$tmp/escape.beside-homework"
    expect_exit 1 "$beside" assign --check "$tmp/escape.beside-homework"
    has "$tmp/out" "escape.beside-homework:1: error: 'os' is not a word Beside knows"
    [ ! -e "$tmp/escaped" ] || fail "the assignment ran os.execute"
    expect_exit 2 "$beside" assign --check "$tmp/bad.beside-homework" --story clean
    has "$tmp/err" "takes no other options"
    ;;
assign-contacts)
    # Contact lines travel in the file, come back in the summary, and are
    # checked like every text: a control character or a seventh line is refused.
    expect_exit 0 "$beside" assign --story clean --from "Sam Lee" \
        --contact "Sam Lee's practice: 555 0142, weekdays 9 to 5" \
        --contact "Crisis line: 988, any hour" --output "$tmp/hw.beside-homework"
    has "$tmp/hw.beside-homework" 'contacts = {'
    has "$tmp/hw.beside-homework" '"Crisis line: 988, any hour",'
    has "$tmp/out" "Contacts for your client's Help screen:"
    has "$tmp/out" "  Sam Lee's practice: 555 0142, weekdays 9 to 5"
    expect_exit 2 "$beside" assign --story clean --contact $'Crisis\033[2J' --output "$tmp/bad.beside-homework"
    has "$tmp/err" "--contact 1 contains a control character (code 27)"
    expect_exit 2 "$beside" assign --story clean --contact a --contact b --contact c --contact d \
        --contact e --contact f --contact g --output "$tmp/bad.beside-homework"
    has "$tmp/err" "7 contact lines is too many; the most is 6."
    [ ! -e "$tmp/bad.beside-homework" ] || fail "a file was written with a bad contact line"
    ;;
assign-unknown-story)
    expect_exit 1 "$beside" assign --story claen --output "$tmp/hw.beside-homework"
    has "$tmp/err" "there is no story called 'claen'. Did you mean 'clean'?"
    [ ! -e "$tmp/hw.beside-homework" ] || fail "a file was written for a story that is not there"
    expect_exit 2 "$beside" assign --story Clean.lua
    has "$tmp/err" "--story takes the story's id"
    expect_exit 2 "$beside" assign --output "$tmp/hw.beside-homework"
    has "$tmp/err" "which stories? Give at least one with --story ID"
    ;;
assign-no-overwrite)
    expect_exit 0 "$beside" assign --story clean --note "first" --output "$tmp/hw.beside-homework"
    expect_exit 1 "$beside" assign --story clean --note "second" --output "$tmp/hw.beside-homework"
    has "$tmp/err" "is already there, so nothing was written"
    has "$tmp/err" "add --force to replace it"
    has "$tmp/hw.beside-homework" 'note = "first"'
    expect_exit 0 "$beside" assign --story clean --note "second" --output "$tmp/hw.beside-homework" --force
    has "$tmp/hw.beside-homework" 'note = "second"'
    ;;
assign-bad-date)
    expect_exit 2 "$beside" assign --story clean --due 2026-02-30 --output "$tmp/hw.beside-homework"
    has "$tmp/err" "--due 2026-02-30 is not a day on the calendar"
    expect_exit 2 "$beside" assign --story clean --due "next week" --output "$tmp/hw.beside-homework"
    has "$tmp/err" "--due needs a date written year-month-day, like --due 2026-12-08, or +7"
    expect_exit 2 "$beside" assign --story clean --due 2000-01-01 --output "$tmp/hw.beside-homework"
    has "$tmp/err" "is before today"
    expect_exit 2 "$beside" assign --story clean --due +x --output "$tmp/hw.beside-homework"
    has "$tmp/err" "after + give a number of days"
    [ ! -e "$tmp/hw.beside-homework" ] || fail "a file was written with a bad date"
    ;;
commands-spanish)
    # Issue 19: every command's --help and its messages in Spanish (po/es.po)
    # with BESIDE_LANG=es; the options, ids and file names stay as they are.
    export BESIDE_LANG=es
    expect_exit 0 "$beside" --help; has "$tmp/out" "Uso: beside [COMANDO]"
    has "$tmp/out" "Esto es práctica, no terapia."
    has "$tmp/out" "Si estás en peligro o en crisis, llama al número de emergencias"
    for c in window play list new explore graph translate drill assign report; do
        expect_exit 0 "$beside" "$c" --help; has "$tmp/out" "Uso: beside $c"
        if grep -qE "^(Usage|Options|Examples?):" "$tmp/out"; then
            fail "beside $c --help still has English headings"
        fi
    done
    expect_exit 0 "$beside" play --help; has "$tmp/out" "--no-save    no lee ni escribe tu perfil"
    expect_exit 2 "$beside" no-such-command; has "$tmp/err" "'no-such-command' no es un comando"
    expect_exit 2 "$beside" play a b; has "$tmp/err" "da una sola historia; 'b' es una segunda"
    has "$tmp/err" "Escribe 'beside play --help' para ver cómo se usa."
    expect_exit 2 "$beside" window --theme pink; has "$tmp/err" "--theme es light, dark o high-contrast."
    expect_exit 2 "$beside" explore; has "$tmp/err" "¿qué historia?"
    expect_exit 2 "$beside" drill --check C; has "$tmp/err" "--check necesita A o B"
    expect_exit 2 "$beside" assign --story clean --due 2026-02-30 --output "$tmp/hw.beside-homework"
    has "$tmp/err" "--due 2026-02-30 no es un día del calendario."
    expect_exit 0 "$beside" assign --story clean --drill 2 --question "Why?" --output "$tmp/hw.beside-homework"
    has "$tmp/out" "Se escribió $tmp/hw.beside-homework."
    has "$tmp/out" "Historias para jugar, en este orden:"
    has "$tmp/out" "Descúbrelo: 2 rondas de práctica de 10 casos ('beside drill')."
    has "$tmp/out" "Preguntas para pensar:"
    has "$tmp/out" "Dale este archivo a tu cliente."
    grep -q "Why?" "$tmp/hw.beside-homework" ||
        fail "the assignment lost its question"
    expect_exit 0 "$beside" assign --check "$tmp/hw.beside-homework"
    has "$tmp/out" "una tarea correcta"
    expect_exit 1 "$beside" report; has "$tmp/err" "aún no has jugado ninguna historia"
    # Spot it: the kinds in Spanish, and a kind typed by its Spanish name.
    printf 'apoyo\nq\n' | "$beside" drill --no-save --seed 3 >"$tmp/out" 2>"$tmp/err"
    has "$tmp/out" "Descúbrelo: ronda 1, 10 casos"
    has "$tmp/out" "¿Qué tipo de respuesta es?"
    has "$tmp/out" "  4. Cuidarte"
    grep -qE "^(Bien|No del todo): " "$tmp/out" || fail "'apoyo' was not taken as an answer: $(head -c 600 "$tmp/out")"
    has "$tmp/out" "Paramos aquí."
    expect_exit 0 "$beside" drill --progress; has "$tmp/out" "Descúbrelo: tu progreso"
    has "$tmp/out" "Aún no has respondido ningún caso."
    expect_exit 0 "$beside" check --tells "$fixtures/cli/clean.lua"
    has "$tmp/out" "tells: un clasificador entrenado con"
    has "$tmp/out" "Suena a rescate:"
    # English stays English.
    BESIDE_LANG=en "$beside" play a b >"$tmp/out" 2>"$tmp/err"
    has "$tmp/err" "give one story; 'b' is a second"
    ;;
profile-spanish)
    # Issue 19: what a player reads when the profile cannot be used, in
    # Spanish with BESIDE_LANG=es: which file, why, and where it was kept.
    dir=$XDG_DATA_HOME/beside
    printf 'q\n' | "$beside" play clean >/dev/null 2>&1
    [ -f "$dir/profile.db" ] || fail "no profile was made"
    echo "not a database" >"$dir/profile.db"
    rm -f "$dir/profile.db-wal" "$dir/profile.db-shm"
    printf 'q\n' | BESIDE_LANG=es "$beside" play clean >"$tmp/out" 2>"$tmp/err" ||
        fail "exit $? with a broken profile"
    kept=$(ls "$dir" | grep '^profile\.db\.broken-') || fail "the broken profile was not kept"
    has "$tmp/err" "No se pudo usar tu perfil en $dir/profile.db: no es una base de datos."
    has "$tmp/err" "Se guarda, sin cambios, como $dir/$kept, y Beside empezó un perfil nuevo."
    has "$tmp/err" "No se borró nada del archivo viejo."
    grep -q "could not be used" "$tmp/err" && fail "English left in: $(cat "$tmp/err")"
    [ "$(cat "$dir/$kept")" = "not a database" ] || fail "the kept file was changed"
    # A profile from a newer Beside: user_version (bytes 60-63 of the
    # header) set to 999. It is left unchanged, and the message says how to
    # get it back.
    printf '\000\000\003\347' | dd of="$dir/profile.db" bs=1 seek=60 conv=notrunc 2>/dev/null
    printf 'q\n' | BESIDE_LANG=es "$beside" play clean >"$tmp/out" 2>"$tmp/err" ||
        fail "exit $? with a newer profile"
    newer=$(ls "$dir" | grep '^profile\.db\.newer-') || fail "the newer profile was not kept"
    has "$tmp/err" "Tu perfil lo hizo una versión más nueva de Beside (versión de perfil 999;"
    has "$tmp/err" "El más nuevo se guarda como $dir/$newer; un Beside más nuevo puede abrirlo"
    has "$tmp/err" "si le vuelves a poner el nombre $dir/profile.db."
    # A report is never written over a file that is there.
    printf '2\nq\n' | "$beside" play clean >/dev/null 2>&1
    echo "mine" >"$tmp/report.html"
    BESIDE_LANG=es "$beside" report --output "$tmp/report.html" >"$tmp/out" 2>"$tmp/err" &&
        fail "report wrote over a file"
    has "$tmp/err" "$tmp/report.html ya existe, y Beside no escribe encima de los archivos."
    [ "$(cat "$tmp/report.html")" = "mine" ] || fail "the file was changed"
    # An assignment file with mistakes (this part's loader): each at its
    # line, in Spanish after the English 'error:' that editors read.
    printf 'homework {\n  stories = { "clean", "clean" },\n  questions = "Why?",\n  due = "2026-13-01",\n}\n' >"$tmp/bad.beside-homework"
    BESIDE_LANG=es "$beside" assign --check "$tmp/bad.beside-homework" >"$tmp/out" 2>"$tmp/err" &&
        fail "a broken assignment passed"
    has "$tmp/out" "bad.beside-homework:2: error: stories: \"clean\" está dos veces. Pon cada historia una sola vez."
    has "$tmp/out" "bad.beside-homework:3: error: questions es una lista entre { }, aunque sea de una sola pregunta: questions = { \"...\" }."
    has "$tmp/out" "bad.beside-homework:4: error: due = \"2026-13-01\" tiene el mes 13; los meses van de 01 a 12."
    printf 'homework { stories = { "clean" } }\nhomework { stories = { "clean" } }\n' >"$tmp/two.beside-homework"
    BESIDE_LANG=es "$beside" assign --check "$tmp/two.beside-homework" >"$tmp/out" 2>"$tmp/err"
    has "$tmp/out" "two.beside-homework:2: error: un archivo de tarea tiene un solo homework { }; este es un segundo (el primero está en la línea 1)."
    # An assignment stopped by a limit gets its own advice in Spanish too:
    # the loader knows which limit stopped it, whatever the language.
    BESIDE_LANG=es "$beside" assign --check "$fixtures/homework/endless-loop.beside-homework" \
        >"$tmp/out" 2>"$tmp/err" && fail "an endless loop passed"
    has "$tmp/out" "Un archivo de tarea no necesita bucles."
    BESIDE_LANG=es "$beside" assign --check "$fixtures/homework/huge-string.beside-homework" \
        >"$tmp/out" 2>"$tmp/err" && fail "a huge string passed"
    has "$tmp/out" "una tarea necesita unos pocos KB."
    BESIDE_LANG=en "$beside" assign --check "$tmp/bad.beside-homework" >"$tmp/out" 2>"$tmp/err"
    has "$tmp/out" "bad.beside-homework:3: error: questions is a list in { }, even for one question: questions = { \"...\" }."
    has "$tmp/out" "bad.beside-homework:4: error: due = \"2026-13-01\" has month 13; months go from 01 to 12."
    # English stays English.
    BESIDE_LANG=en "$beside" report --output "$tmp/report.html" >"$tmp/out" 2>"$tmp/err"
    has "$tmp/err" "$tmp/report.html already exists, and Beside does not write over files. Choose another name, or move that file first."
    echo "not a database" >"$dir/profile.db"
    printf 'q\n' | BESIDE_LANG=en "$beside" play clean >"$tmp/out" 2>"$tmp/err" ||
        fail "exit $? with a broken profile (English)"
    has "$tmp/err" "Your profile at $dir/profile.db could not be used: it is not a database. It is kept, unchanged, as $dir/profile.db.broken-"
    has "$tmp/err" ", and Beside started a fresh profile. Nothing in the old file was deleted."
    ;;
*)
    fail "no test called $name"
    ;;
esac
echo "ok: $name"
