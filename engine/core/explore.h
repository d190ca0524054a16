/* explore.h — playing every path of a story (states deduplicated), or N seeded
 * random playthroughs, and summing up what was reached. Used by `beside
 * explore`, by `beside check` for problems only play can find, and by tests. */
#ifndef BESIDE_EXPLORE_H
#define BESIDE_EXPLORE_H

#include <stdbool.h>
#include <stdint.h>

#include "core/diag.h"
#include "core/story.h"

typedef struct {
    long max_states;   /* exhaustive search stops past this many states (0: 2,000,000) */
    long random_runs;  /* 0: every path; N: N random playthroughs */
    uint64_t seed;     /* for random playthroughs */
    int max_steps;     /* a random playthrough longer than this is cut (0: 10,000) */
    /* N > 0: instead, seeded playthroughs that prefer a choice not yet taken,
     * until every scene and choice the routes lead to is reached (covered)
     * or N choices are played. Only scenes and choices reached are reported. */
    long cover_steps;
} ExploreOptions;

typedef struct {
    int scene;            /* the ending's scene index */
    double paths;         /* distinct paths (or playthroughs) that end here */
    uint8_t min[STORY_MAX_METERS];
    uint8_t max[STORY_MAX_METERS];
} EndingStat;

/* A path as the scenes and choices it takes. */
typedef struct {
    int *scenes;
    int *choices;
    int length;      /* number of choices */
    int end_scene;
} ExplorePath;

/* The scenes a choice whose next is a function went to, as play saw them. */
typedef struct {
    int *scenes;
    int count;
} ExploreTargets;

typedef struct {
    bool exhaustive;     /* every path was played */
    bool truncated;      /* exhaustive search stopped at max_states */
    bool covered;        /* cover_steps: every scene and choice was reached */
    long states;         /* distinct states (exhaustive) */
    long steps;          /* choices applied */
    double paths;        /* complete paths, or playthroughs */
    double seconds;
    bool *scene_reached;     /* [n_scenes] */
    bool **choice_reached;   /* [n_scenes][n_choices] */
    EndingStat *endings;     /* one per ending scene, in story order */
    int n_endings;
    ExplorePath shortest, longest;
    /* A loop that changes nothing (the same state comes round again). */
    bool has_loop;
    int loop_scene;
    /* States where the story cannot go on: not an ending, no choice shown. */
    long dead_ends;
    int dead_end_scene;  /* the first found, or -1 */
    bool *dead_end_at;   /* [n_scenes]: a dead end was found in this scene */
    /* Errors from the story's functions during play, with file:line. */
    DiagList problems;
    /* [n_scenes][n_choices]: for a choice whose next is a function, where it
     * led; NULL (or count 0) elsewhere, and NULL when no choice has one. */
    ExploreTargets **next_targets;
} ExploreReport;

/* Explores `s`. Returns 0, or -1 when memory runs out (report is then freed).
 * Errors raised by the story's own functions do not stop the search; each
 * distinct one is recorded in report->problems. */
int explore_run(const Story *s, const ExploreOptions *opt, ExploreReport *report);
void explore_report_free(const Story *s, ExploreReport *report);

/* Whether reaching every scene and choice once is all that playing every
 * path could find in `s`: no story functions (they may fail), no scene whose
 * every choice has a when (a dead end), no route list that can run out, no
 * delayed effects that can pile up past the most that can wait, and no route
 * back to a scene already passed (a loop). Then a covered report
 * (cover_steps) says as much as playing every path. */
bool explore_cover_decides(const Story *s);

#endif
