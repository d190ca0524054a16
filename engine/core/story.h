/* story.h — the story model: a scenario, its meters, scenes, choices and endings.
 * Plain C data built by a loader (engine/script) and read by the runtime. Scene
 * references are indices; names are kept for messages, saves and reports. */
#ifndef BESIDE_STORY_H
#define BESIDE_STORY_H

#include <stdbool.h>
#include <stdint.h>

#include "core/diag.h"

enum {
    STORY_MAX_METERS = 12,  /* resentment, growth, intimacy + up to 9 of the author's */
    STORY_MAX_FLAGS = 256,
    STORY_MAX_PENDING = 24, /* delayed effects waiting at one time */
    STORY_MAX_CHOICES = 9,  /* per scene: one number key each */
    STORY_MAX_LATER = 8,    /* delayed effects per choice */
    STORY_MAX_PEOPLE = 8,   /* people = { } of a story: portraits, reactions */
    STORY_MAX_WITH = 3,     /* people shown at once in a scene */
    METER_MIN = 0,
    METER_MAX = 100,
};

/* The three meters every story has, always at these indices. */
enum { METER_RESENTMENT = 0, METER_GROWTH = 1, METER_INTIMACY = 2 };

typedef enum {
    KIND_RESCUE,
    KIND_SUPPORT,
    KIND_BOUNDARY,
    KIND_SELF_CARE,
    KIND_NEUTRAL,
    KIND_DEPENDS, /* helps or rescues, depending on how and when it is done */
    KIND_HURTFUL, /* dismissing, punishing, withdrawing in anger, relapsing */
    KIND_COUNT
} ChoiceKind;

/* "rescue", "support", "boundary", "self_care", "neutral", "it_depends",
 * "hurtful": the words of the scenario language. New kinds are only ever
 * added at the end, so older story files keep their meaning. */
const char *story_kind_name(ChoiceKind kind);
/* "Rescue", "Support", "Boundary", "Self-care", "Neutral", "It depends",
 * "Hurtful": for people. */
const char *story_kind_label(ChoiceKind kind);

typedef enum {
    EFFECT_ADD,  /* "+10", "-5" */
    EFFECT_FAIR, /* "%+20": up by 20% of the room left; "%-20": down by 20% of the value */
    EFFECT_SET,  /* "=50" */
} EffectOp;

typedef struct {
    int meter;
    EffectOp op;
    int amount; /* signed for ADD and FAIR, 0..100 for SET */
} Effect;

typedef struct {
    Effect *items;
    int count;
} EffectList;

/* A condition: a compiled expression ("resentment >= 40 and not lent") or a
 * function the host (the Lua layer) evaluates through StoryHost.cond. */
typedef struct Expr Expr;
typedef struct {
    char *source;  /* the expression as written; NULL when absent or a function */
    Expr *expr;    /* compiled from source by story_finish() */
    int host_ref;  /* a host function instead of an expression; 0 when unused */
    int line;
} Cond;

/* True when the condition is absent: it always holds. */
#define COND_IS_EMPTY(c) (!(c).source && !(c).host_ref)

/* An effect that lands `after` choices later (or at the ending, if sooner). */
typedef struct {
    int after;
    EffectList effects;
    char *says; /* what the player is told when it lands; may be NULL */
    int line;
} Later;

/* Where a choice leads: the first route whose condition holds (a route with
 * no condition always holds). A host function may pick instead. */
typedef struct {
    Cond when; /* when.expr == NULL && when.host_ref == 0: always */
    char *scene_id;
    int scene;  /* index, resolved by story_finish(); -1 before */
} Route;

typedef struct {
    ChoiceKind kind;
    char *text;
    char *because;
    EffectList effects;
    int *set_flags;
    int n_set;
    int *clear_flags;
    int n_clear;
    Later *later;
    int n_later;
    Cond when;
    Route *next;
    int n_next;
    int next_host_ref; /* a function choosing the next scene, or 0 */
    int line;
    /* How each of the story's people (by index) takes this choice: a Face,
     * FACE_BY_RULE when the story does not say (see core/people.h). */
    uint8_t reacts[STORY_MAX_PEOPLE];
} Choice;

/* One paragraph of scene text, shown when its condition holds. */
typedef struct {
    Cond when;
    char *text;   /* NULL when host_ref gives the text */
    int host_ref;
    int line;
} Para;

enum { LENS_GOAL, LENS_BEHAVIOURS, LENS_THOUGHTS, LENS_EMOTIONS, LENS_UNDERLYING, LENS_COUNT };
const char *story_lens_name(int part);  /* "goal", ... "underlying" */
const char *story_lens_label(int part); /* "Goal", ... "Underlying problem" */

typedef struct {
    char *id;
    int line;
    bool is_ending;
    Para *paras;
    int n_paras;
    char *discuss; /* a question for a group; may be NULL */
    char *notes;   /* for the facilitator only; may be NULL */
    Choice *choices;
    int n_choices;
    /* Endings only: */
    char *title;
    char *lens[LENS_COUNT];
    char *practice;
    char *reflect;
    /* Who is there (with = { }): indices into story->people. has_with is
     * false when the scene does not say; then the people its text names
     * are there (people_in_scene, core/people.h). */
    int8_t with[STORY_MAX_WITH];
    int n_with;
    bool has_with;
    /* Where it happens (place = "kitchen"): the picture
     * assets/places/PLACE.svg above the text. NULL: the story's place. */
    char *place;
} Scene;

/* Someone in the story the player answers (people = { } in scenario):
 * `key` names them in with = and reacts =, `name` is what the text calls
 * them ("Tom"), `art` the portrait's file stem (assets/people/ART-FACE.svg). */
typedef struct {
    char *key;
    char *name;
    char *art;
    bool main; /* shown when a scene neither says with = nor names anyone */
    int line;
} Person;

typedef struct {
    char *name;
    char *label;        /* "Resentment" */
    int initial;
    bool higher_is_better;
    int line;
} MeterDef;

/* How the runtime asks the host (the Lua layer) to evaluate functions.
 * Each function returns 0 on success; on failure it returns -1 and fills
 * `err` with a malloc'd message naming file:line. */
typedef struct Position Position;
typedef struct Story Story;
typedef struct {
    void *ctx;
    int (*cond)(void *ctx, const Story *s, int ref, const Position *p, bool *out, char **err);
    int (*text)(void *ctx, const Story *s, int ref, const Position *p, char **out, char **err);
    int (*next)(void *ctx, const Story *s, int ref, const Position *p, int *out_scene, char **err);
    void (*free)(void *ctx);
} StoryHost;

struct Story {
    char *file;
    char *id;
    char *title;
    char *teaser;
    char *you_play;
    char *author;
    char *version;
    int minutes;
    char **content_notes;
    int n_content_notes;
    MeterDef meters[STORY_MAX_METERS];
    int n_meters;
    char *flags[STORY_MAX_FLAGS];
    int flag_lines[STORY_MAX_FLAGS]; /* where each flag is first set or tested */
    int n_flags;
    Scene *scenes;
    int n_scenes;
    int cap_scenes;
    int *scene_index;    /* open-addressing hash of scene ids: index + 1, 0 empty */
    int scene_index_cap; /* a power of two, at least twice n_scenes */
    char *start_id;
    int start;
    int line; /* of the scenario { } block */
    char *place; /* where scenes happen that do not say (place = ); may be NULL */
    Person people[STORY_MAX_PEOPLE]; /* sorted by key */
    int n_people;
    StoryHost host;
};

/* Creates an empty story holding the three standard meters. NULL on no memory. */
Story *story_new(const char *file);
/* Frees everything, including the host context. Safe with NULL. */
void story_free(Story *s);

/* Adds a scene with the given id; returns its index, or -1 if out of memory.
 * Duplicate ids are the caller's to report (story_find_scene first). */
int story_add_scene(Story *s, const char *id, int line, bool is_ending);
int story_find_scene(const Story *s, const char *id);
int story_find_meter(const Story *s, const char *name);
/* Adds a meter (or updates an existing one). -1 if the table is full. */
int story_add_meter(Story *s, const char *name, int initial, bool higher_is_better, int line);
/* Index of a flag, adding it if new; -1 if there are too many. */
int story_flag(Story *s, const char *name, int line);
int story_find_flag(const Story *s, const char *name);

/* Resolves `start` and every route's scene id, compiles every condition, and
 * reports unknown ids and names with a did-you-mean. Returns the number of
 * errors added to `diags`; the story is usable only when that is 0. */
int story_finish(Story *s, DiagList *diags);

/* Frees a condition's parts (not the struct). */
void cond_clear(Cond *c);

#endif
