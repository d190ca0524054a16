/* term_drill.h — Spot it in the terminal: one item at a time in whole
 * sentences a screen reader speaks in reading order, the kind typed as a
 * number (1 to 7) or its name, and what the answer shows. Reads and writes
 * through a TermPlayer, with the terminal player's keys (h help, t the text
 * again, q quit). */
#ifndef BESIDE_TERM_DRILL_H
#define BESIDE_TERM_DRILL_H

#include <stdbool.h>

#include "core/drill_round.h"
#include "term/term_player.h"

/* Shows item `n` of `of` and asks its kind. Returns the kind picked, or -1
 * when the player quits (q, or the input ends). */
int term_drill_ask(TermPlayer *tp, const DrillItem *it, int n, int of);

/* Says at once whether `answer` was right, the item's kind and why. */
void term_drill_feedback(TermPlayer *tp, const DrillItem *it, ChoiceKind answer);

/* The score, in all and for each kind asked: "Rescue: 3 of 4 right." */
void term_drill_score(TermPlayer *tp, const DrillScore *s);

#endif
