/* balance.h — how each kind of choice in a story moves the meters, now (its
 * own effects) and later (its delayed effects), counted over the choices the
 * story holds. An author sees a one-sided story at a glance: rescues that
 * never feel good now, supports that never cost anything. */
#ifndef BESIDE_BALANCE_H
#define BESIDE_BALANCE_H

#include "core/story.h"

typedef struct {
    int choices;    /* choices of this kind in the story */
    int with_later; /* of those, how many have a delayed effect */
    /* How many of those choices raise / lower each meter: by their own
     * effects (now) and by their delayed effects taken together (later).
     * An "=N" effect counts as neither: whether it raises depends on where
     * the meter stands. */
    int now_up[STORY_MAX_METERS], now_down[STORY_MAX_METERS];
    int later_up[STORY_MAX_METERS], later_down[STORY_MAX_METERS];
} KindBalance;

typedef struct {
    KindBalance kinds[KIND_COUNT];
} Balance;

/* Counts every choice of every scene. Never fails. */
void balance_count(const Story *s, Balance *out);

/* How many choices of `kb` make some meter better (better = true) or worse,
 * now or later. */
int balance_moving(const Story *s, const KindBalance *kb, bool better, bool later);

/* Plain sentences for the kinds that are one-sided (only kinds with at least
 * three choices are judged): no rescue that feels good now or ever helps
 * growth; a support, boundary or self-care that never costs anything; a kind
 * with no delayed effect. Fills out[0..max) with malloc'd strings and
 * returns how many (free each). */
int balance_notes(const Story *s, const Balance *b, char **out, int max);

#endif
