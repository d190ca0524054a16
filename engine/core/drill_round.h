/* drill_round.h — how Spot it picks and scores items: rounds of ten, Leitner
 * boxes for spaced repetition, a level that rises with accuracy, and the two
 * check forms. Pure functions of their inputs (a seed included), so the same
 * history always gives the same round. docs/DRILL.md says it in words. */
#ifndef BESIDE_DRILL_ROUND_H
#define BESIDE_DRILL_ROUND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/drill.h"

enum {
    DRILL_ROUND_ITEMS = 10,
    DRILL_BOXES = 5,         /* box 1: every round ... box 5: every 16th */
    DRILL_RECENT = 20,       /* answers the level is judged on */
    DRILL_ROUND_MAX_DUE = 6, /* at most this many items come back in a round */
};

/* What the player has done with one item, kept in the profile. */
typedef struct {
    int box;        /* 1..DRILL_BOXES; 0 never answered */
    int last_round; /* the practice round it was last answered in; 0 never */
} DrillMemory;

/* The box after an answer: right moves up one (a first answer that is right
 * goes to box 2), wrong goes back to box 1. */
int drill_box_after(int box, bool right);
/* Rounds between two showings of an item in `box`: 1, 2, 4, 8, 16. */
int drill_box_interval(int box);
/* True when an item answered before (box >= 1) is due again in `round`. */
bool drill_due(const DrillMemory *m, int round);

/* The hardest difficulty a round offers new items at, from the player's
 * last answers (`right` of `total`, at most DRILL_RECENT): 1 until ten
 * answers and while under 60% right; 2 under 80% or under twenty answers;
 * else 3. */
int drill_level(int right, int total);

/* Picks a practice round (never a check-form item) into out[0..]: returns
 * how many (DRILL_ROUND_ITEMS, or fewer when the bank is smaller). `mem`
 * runs parallel to the bank's items. Items due again come first in choosing
 * (missed ones, box 1, before known ones; at most DRILL_ROUND_MAX_DUE), then
 * items never seen at or below `level` (the level's own difficulty first),
 * then the least known of the rest. The round is then ordered easy first.
 * The same inputs give the same round. */
int drill_round_pick(const DrillBank *b, const DrillMemory *mem, int round, int level,
                     uint64_t seed, int *out);

/* The items of check form `form` ('A' or 'B'), easy first, then in bank
 * order. Returns how many (at most `max`). */
int drill_form_items(const DrillBank *b, char form, int *out, int max);
/* True when forms A and B each hold DRILL_FORM_ITEMS items and the same
 * number of each kind at each difficulty. Otherwise false, with why[] saying
 * what differs. */
bool drill_forms_matched(const DrillBank *b, char *why, size_t why_size);

/* Right answers of each kind. */
typedef struct {
    int right[KIND_COUNT];
    int total[KIND_COUNT];
} DrillScore;
void drill_score_add(DrillScore *s, ChoiceKind kind, bool right);
int drill_score_right(const DrillScore *s);
int drill_score_total(const DrillScore *s);
/* Percent right of `kind` (0..100), or -1 when none were asked. */
int drill_score_percent(const DrillScore *s, ChoiceKind kind);

/* The note every check result carries: a short check is a rough measure,
 * not a diagnosis. */
const char *drill_honest_note(void);

#endif
