/* game.h — the one interface every front end implements (terminal, window,
 * tests), and the loop that drives a story through it. The loop owns the
 * rules; a front end only shows things and reports what the player wants. */
#ifndef BESIDE_GAME_H
#define BESIDE_GAME_H

#include "core/runtime.h"

/* What the player sees at one moment of the story. */
typedef struct {
    const Story *story;
    const Run *run;
    const char *text;              /* the scene's text as it applies now */
    int shown[STORY_MAX_CHOICES];  /* indices of the choices offered */
    int n_shown;
    bool at_ending;
} SceneView;

/* What a choice did: the meters before and after, and any delayed effects
 * from earlier choices that landed now. */
typedef struct {
    const Choice *choice;
    uint8_t before[STORY_MAX_METERS];
    uint8_t after[STORY_MAX_METERS];
    StepInfo info;
} Feedback;

typedef enum {
    GAME_CHOOSE, /* arg: index into view.shown */
    GAME_REWIND, /* arg: how many choices to keep (0: the start) */
    GAME_QUIT,
} GameCommandType;

typedef struct {
    GameCommandType type;
    int arg;
} GameCommand;

typedef struct {
    void *ud;
    /* A new moment of the story to show. */
    void (*scene)(void *ud, const SceneView *v);
    /* Waits for the player. At an ending only GAME_REWIND and GAME_QUIT make
     * sense. Must return GAME_QUIT when input has ended. */
    GameCommand (*ask)(void *ud, const SceneView *v);
    /* What the chosen response was and what it did. */
    void (*feedback)(void *ud, const SceneView *v, const Feedback *f);
    /* The story has reached an ending: the debrief. */
    void (*ending)(void *ud, const SceneView *v);
    /* Something went wrong that the player should know (a story function
     * failed, a command was not possible). Play goes on where it can. */
    void (*problem)(void *ud, const char *message);
    /* Optional: called after every change to the run (a save point). */
    void (*changed)(void *ud, const Run *run);
} Frontend;

enum { GAME_ENDED = 0, GAME_QUIT_BY_PLAYER = 1, GAME_FAILED = -1 };

/* Plays `run` from where it stands until the player quits. Returns
 * GAME_QUIT_BY_PLAYER (whether or not an ending was reached; see
 * runtime_at_ending), or GAME_FAILED when the story itself cannot go on (a
 * function in it fails at every turn); the problem was passed to fe->problem. */
int game_play(Run *run, const Frontend *fe);

/* Fills `v` for the run's current position; `text` must be freed by the
 * caller (textbuf_free on `buf`). Returns 0, or -1 with *err set. */
int game_view(const Run *run, SceneView *v, TextBuf *buf, char **err);

/* Puts the `n` choice indices in `shown` (story order) into the order a
 * playthrough with seed `order` shows them at `scene`. Each choice gets a
 * key from (order, scene, its index), and the choices are sorted by key: so
 * the order is the same every time that scene comes up in the playthrough
 * (after a rewind, a resume, on the facilitator's screen), and a choice
 * hidden by its condition does not move the others. `order` 0 leaves the
 * story's order. */
void game_order_choices(uint32_t order, int scene, int *shown, int n);

/* A seed for a new playthrough's choice order. The environment variable
 * BESIDE_CHOICE_ORDER fixes it: "file" (or 0) keeps the story's order, a
 * number is used as the seed (for tests and for a facilitator who wants
 * the same order in every class). Otherwise it is random; never 0. */
uint32_t game_new_order(void);

/* What a choice does now and what it has waiting for later, for the
 * feedback card. `now` and `later` are the sum, over the meters, of each
 * change signed by which way is better (+ better, - worse): `now` is the
 * choice's own change (not what an earlier choice brought), `later` what its
 * delayed effects would do to the meters as they stand after it. `line` is a
 * plain sentence for the card, or NULL when the meters say it all (better
 * now and nothing later, or nothing at all). */
typedef struct {
    int now;
    int later;
    const char *line;
} NowLater;
void game_now_later(const Story *s, const Feedback *f, NowLater *out);

/* True when delayed effect `later` of the choice made at step `step` (0 is
 * the first choice) has landed in `run`: its count has run out, or the run
 * is at an ending, where everything still waiting lands. */
bool game_later_landed(const Run *run, int step, int later);

/* A delayed effect that came back: `later` of the choice made at `step`. */
typedef struct {
    int step, later;
    const Choice *choice; /* the choice made at `step` */
} CameBack;

/* The delayed effects that have landed in `run`, in the order of the
 * choices that caused them, for the debrief's "Choices that came back
 * later". Fills out[0..max) and returns how many there are in all (which
 * may be more than max). */
int game_came_back(const Run *run, CameBack *out, int max);

/* A plain-words description of each kind of response, for feedback. */
const char *game_kind_meaning(ChoiceKind kind);

#endif
