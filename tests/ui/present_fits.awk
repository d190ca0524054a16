# present_fits.awk — reads the layouts BESIDE_PRESENT_CHECK writes (each
# after a line "decision STORY SCENE WxH discuss 0|1 tail WORD") and checks
# that the room sees, at once and without scrolling: every option in its
# button with its "Votes: N", the line that ends the scene's text (it ends
# with WORD), and with discuss 1 the whole discussion panel. After a line
# "compare STORY SCENE WxH options N" (the compare view, C): N option cards,
# each with its "N.  Votes: M" heading, whole. "At once" means above the
# window's bottom, or above the "More below" band when there is one. Prints
# each problem and the count; exits 1 when there is any.
function txt(line,   t) { t = line; sub(/^text -?[0-9]+ -?[0-9]+ [0-9]+ [0-9]+ [a-z]+ /, "", t); sub(/ +$/, "", t); return t }
function finish() {
    if (!name) return
    if (compare) { finish_compare(); return }
    limit = cue ? cue : H
    if (nvotes == 0) bad("no option shows its votes")
    if (nbuttons < nvotes) bad("fewer vote buttons than tallies")
    if (vote_bottom > limit) bad("an option or its votes end at " vote_bottom ", below " limit)
    if (!tail_seen) bad("no line ends the scene with '" tail "'")
    else if (tail_bottom > limit || tail_top < T) bad("the scene's last line is at " tail_top "-" tail_bottom ", off the screen (" T " to " limit ")")
    if (discuss && !panel) bad("the discussion panel is missing")
    if (discuss && panel_bottom > limit) bad("the discussion panel ends at " panel_bottom ", below " limit)
    total++
}
function finish_compare() {
    limit = cue ? cue : H
    if (nheads != want) bad("the compare view shows " nheads " of " want " options")
    if (ncards != want) bad("the compare view has " ncards " cards for " want " options")
    if (card_bottom > limit) bad("an option's card ends at " card_bottom ", below " limit)
    total++
}
function bad(why) { printf "%s: %s\n", name, why; errors++ }
$1 == "compare" {
    finish()
    compare = 1; name = "compare " $2 " " $3 " " $4; want = $6
    H = 0; T = 0; cue = 0; nheads = 0; ncards = 0; card_bottom = 0
    next
}
compare && $1 == "fill" && $7 == "card" { ncards++; if ($3 + $5 > card_bottom) card_bottom = $3 + $5 }
compare && $1 == "text" && $0 ~ /^text -?[0-9]+ -?[0-9]+ [0-9]+ [0-9]+ [a-z]+ [0-9]+\.  Votes: [0-9]+/ { nheads++ }
$1 == "decision" {
    finish()
    compare = 0
    name = $2 " " $3 " " $4 (($6 == 1) ? " with the discussion" : ""); discuss = $6; tail = $8
    H = 0; T = 0; cue = 0; nvotes = 0; nbuttons = 0; vote_bottom = 0; tail_seen = 0; tail_bottom = 0; tail_top = 0
    panel = 0; panel_bottom = 0; inbutton = 0
    next
}
$1 == "window" { H = $3; next }
$1 == "body" && NF == 3 { T = $2; next }
$1 == "fill" && $6 == "overlay" && $7 == "bg" { cue = $3; next }
$1 == "button" { bx = $2; by = $3; bw = $4; bh = $5; next }
$1 == "frame" && $7 == "accent" && discuss { panel = 1; panel_bottom = $3 + $5; next }
$1 == "text" {
    t = txt($0); y2 = $3 + $5
    if (t ~ /^Votes: [0-9]+$/) {
        nvotes++
        if ($2 >= bx && $2 < bx + bw && $3 >= by && $3 < by + bh) { nbuttons++; if (by + bh > vote_bottom) vote_bottom = by + bh }
        if (y2 > vote_bottom) vote_bottom = y2
    }
    n = length(tail)
    if ($6 == "body" && n > 0 && substr(t, length(t) - n + 1) == tail && !nvotes) { tail_seen = 1; tail_top = $3; tail_bottom = y2 }
}
END { finish(); printf "%d layouts, %d problems\n", total, errors; exit errors > 0 }
