/* explore_internal.h — shared by explore.c (every path) and explore_random.c
 * (random playthroughs): how both record what they reach. Not for use
 * outside engine/core/explore*.c. */
#ifndef BESIDE_EXPLORE_INTERNAL_H
#define BESIDE_EXPLORE_INTERNAL_H

#include "core/explore.h"

/* Records a problem from the story's functions once per distinct message;
 * takes ownership of err (NULL means out of memory). */
void explore_note_problem(ExploreReport *r, const Story *s, char *err);
/* Marks a scene (and, if choice >= 0, one of its choices) as reached. */
void explore_mark_reached(ExploreReport *r, int scene, int choice);
/* When choice `choice` of `scene` has a next function: records that it led
 * to `target` (once per target). -1 on no memory. */
int explore_note_target(ExploreReport *r, const Story *s, int scene, int choice, int target);
void explore_targets_free(const Story *s, ExploreReport *r);
/* Counts a state with no choice to offer. */
void explore_note_dead_end(ExploreReport *r, int scene);
/* Adds `paths` paths ending at `scene` with these meters to its statistics. */
void explore_note_ending(ExploreReport *r, const Story *s, int scene, const uint8_t *meters,
                         double paths);
/* Allocates room for a path of `length` choices; -1 on no memory. */
int explore_path_alloc(ExplorePath *p, int length);
/* Plays opt->random_runs random playthroughs into r. -1 on no memory. */
int explore_random_runs(const Story *s, const ExploreOptions *opt, ExploreReport *r);
/* Plays playthroughs until every scene and choice is reached or
 * opt->cover_steps choices are played (explore_cover.c); sets r->covered.
 * -1 on no memory. */
int explore_cover_runs(const Story *s, const ExploreOptions *opt, ExploreReport *r);

#endif
