/* runtime.h — the deterministic state machine: (story, position) + choice →
 * new position, and a Run that keeps the history of a playthrough so it can be
 * rewound, saved and reported. Same choices in, same state out. */
#ifndef BESIDE_RUNTIME_H
#define BESIDE_RUNTIME_H

#include <stdbool.h>
#include <stdint.h>

#include "core/story.h"
#include "core/text.h"

/* A delayed effect waiting to land: choice `choice` of scene `scene`, its
 * `later` entry, landing after `remaining` more choices. */
typedef struct {
    int32_t scene;
    uint8_t choice;
    uint8_t later;
    uint8_t remaining;
    uint8_t unused;
} Pending;

/* Everything that decides what happens next. Small and copyable. Unused
 * array entries are always zero, so positions compare with memcmp. */
struct Position {
    int32_t scene;
    uint8_t meters[STORY_MAX_METERS];
    uint8_t flags[STORY_MAX_FLAGS / 8];
    uint8_t n_pending;
    Pending pending[STORY_MAX_PENDING];
};

/* A delayed effect that landed during a step. */
typedef struct {
    int scene, choice, later;
} Landed;

/* What a step did, for feedback: the delayed effects that landed, and the
 * meters just before and just after the choice's own effects, so a front end
 * can tell the player's own change from what caught up with them. */
typedef struct {
    Landed landed[STORY_MAX_PENDING * 2];
    int n_landed;
    int n_landed_before_own; /* landed[0..this) came before the choice's own effects */
    uint8_t before_own[STORY_MAX_METERS];
    uint8_t after_own[STORY_MAX_METERS];
} StepInfo;

static inline bool position_flag(const Position *p, int flag)
{
    return (p->flags[flag >> 3] >> (flag & 7)) & 1;
}

/* The position at the start of the story. */
void runtime_start(const Story *s, Position *out);

/* Applies one effect to a meter value and clamps the result to 0..100.
 * Fairmath rounds to the nearest whole number, halves away from zero. */
int runtime_apply_effect(int value, EffectOp op, int amount);

/* Evaluates a condition; an empty one holds. Returns 0, or -1 with *err set. */
int runtime_cond(const Story *s, const Cond *c, const Position *p, bool *out, char **err);

/* Fills `out` with the indices of the choices shown at `p` (those whose `when`
 * holds), in story order. Returns how many, or -1 with *err set. */
int runtime_choices(const Story *s, const Position *p, int *out, char **err);

/* Applies choice `choice` of the current scene. The choice must be one that
 * runtime_choices() shows. Returns 0, or -1 with *err set (a function in the
 * story failed, no route matched, too many delayed effects); `out` is then
 * unspecified and `in` is untouched. `info` may be NULL. */
int runtime_step(const Story *s, const Position *in, int choice, Position *out,
                 StepInfo *info, char **err);

/* Appends the paragraphs of the current scene's text that apply at `p`,
 * separated by blank lines. Returns 0, or -1 with *err set. */
int runtime_scene_text(const Story *s, const Position *p, TextBuf *out, char **err);

static inline bool runtime_at_ending(const Story *s, const Position *p)
{
    return s->scenes[p->scene].is_ending;
}

/* ---- A playthrough with its history. ---- */

typedef struct {
    int scene;
    int choice;
    uint8_t meters[STORY_MAX_METERS]; /* after the choice */
} RunStep;

typedef struct {
    const Story *story;
    Position pos;
    /* The order the choices are shown in: 0 keeps the file's order; any
     * other value is the seed of a shuffle that is the same for the whole
     * playthrough (see game_order_choices). It never changes what a choice
     * does, so rewind, saves and explore are unaffected. */
    uint32_t order;
    RunStep *steps;
    int n_steps;
    int cap_steps;
} Run;

/* Starts a run at the story's beginning. */
void run_init(Run *r, const Story *s);
void run_free(Run *r);
/* Makes `choice` (an index into the current scene's choices, which must be
 * shown). Returns 0; or -1 with *err set and the run unchanged. */
int run_choose(Run *r, int choice, StepInfo *info, char **err);
/* Goes back to how things stood after the first `n` choices (0: the start),
 * by replaying them. Returns 0, or -1 with *err set and the run unchanged. */
int run_rewind(Run *r, int n, char **err);
/* Deep copy; -1 on no memory. */
int run_copy(Run *dst, const Run *src);

#endif
