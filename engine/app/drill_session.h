/* drill_session.h — the application layer's Spot it round: what every front
 * end does the same way (the terminal now; the window's round screen and a
 * facilitated room round next). A session picks its items (a practice round
 * from the profile's boxes and level, or a check form), hands them out one
 * at a time, takes an answer (saved at once when there is a profile), and
 * keeps the score per kind. The front end only shows and asks. */
#ifndef BESIDE_APP_DRILL_SESSION_H
#define BESIDE_APP_DRILL_SESSION_H

#include <stdbool.h>
#include <stdint.h>

#include "core/drill_round.h"
#include "profile/profile_drill.h"

typedef struct {
    const DrillBank *bank; /* borrowed */
    Profile *profile;      /* borrowed; NULL: nothing is saved */
    char form;             /* 0 for practice; 'A' or 'B' for a check */
    int number;            /* the practice round's number (1 first); 0 a check */
    int level;             /* the hardest difficulty new items came at */
    int items[DRILL_FORM_ITEMS];
    int n, at;             /* items[at] is asked next; at == n: done */
    int64_t round;         /* the round in the profile; 0 when not saved */
    DrillScore score;
    bool save_failed;      /* a save failed; later failures are quiet */
} DrillSession;

/* Every item Beside finds (drill_load_library). Returns how many; 0 with
 * *problem (malloc'd, for the player) when there are none. Items with
 * mistakes are left out and *problem says to run beside check. */
int drill_session_bank(DrillBank *bank, char **problem);

/* A practice round: its number and level from the profile (1 and easy
 * without one), items by drill_round_pick with `seed`, begun in the
 * profile. Returns 0; -1 with *problem when the bank has no practice item;
 * 1 with *problem when the round cannot be saved (it plays on unsaved). */
int drill_session_practice(DrillSession *s, const DrillBank *b, Profile *p, uint64_t seed,
                           char **problem);
/* Check form 'A' or 'B' (drill_form_items), begun in the profile. The same
 * returns. */
int drill_session_check(DrillSession *s, const DrillBank *b, Profile *p, char form,
                        char **problem);

/* The item to answer now, or NULL when every item is answered. */
const DrillItem *drill_session_item(const DrillSession *s);
/* Answers the current item with `kind`, saves it, moves on. Returns 1 when
 * right, 0 when not; *problem (malloc'd) is set the first time a save
 * fails (the answer still counts). -1 when there is no item to answer.
 * A round whose last item is answered is marked finished. */
int drill_session_answer(DrillSession *s, ChoiceKind kind, char **problem);
bool drill_session_done(const DrillSession *s);

/* The last finished check of the other form (for the change from A to B),
 * other than this session's own. Returns 1 and fills *out when there is
 * one, 0 when not (or without a profile), -1 on a read error. */
int drill_session_other_check(const DrillSession *s, DrillRoundInfo *out, char **problem);

/* Practice over time, for the progress screen's chart and the terminal's
 * sentences: the practice rounds that have answers, summed in blocks of
 * `per` rounds (the last block may be shorter), oldest first. */
typedef struct {
    int first, last;  /* the practice round numbers the block spans */
    int64_t from, to; /* when its first and last round were begun */
    DrillScore score;
} DrillBlock;
/* *out is malloc'd (NULL when there are none). Returns 0, or -1 with
 * *problem. */
int drill_session_progress(Profile *p, int per, DrillBlock **out, int *count, char **problem);

#endif
