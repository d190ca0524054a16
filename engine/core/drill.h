/* drill.h — the "Spot it" item bank: short items (a situation, one response,
 * its kind and why), read from drill "id" { } blocks by engine/script and
 * checked here: ids unique across files, the reading grade of each item, the
 * ideas they teach, and the balance of the bank (no kind a lazy answer can
 * ride, enough items in each relationship). Plain C, no globals. */
#ifndef BESIDE_DRILL_H
#define BESIDE_DRILL_H

#include <stdbool.h>

#include "core/diag.h"
#include "core/story.h"

/* The relationship groups; names as written in the files. */
typedef enum {
    DRILL_PARTNERS,
    DRILL_FRIENDS,
    DRILL_PARENTS, /* parents and adult children, ageing parents included */
    DRILL_SIBLINGS,
    DRILL_TEEN,    /* a parent and a teenager */
    DRILL_COWORKERS,
    DRILL_REL_COUNT
} DrillRelationship;

enum {
    DRILL_MIN_DIFFICULTY = 1, /* easy */
    DRILL_MAX_DIFFICULTY = 3, /* subtle */
    DRILL_MIN_PER_RELATIONSHIP = 12,
    DRILL_FORM_ITEMS = 20,    /* items in each check form */
};
/* The grade an item (situation and response together) may read at. */
#define DRILL_GRADE_MAX 9.0
/* The most a bank may score for someone who always gives one answer. */
#define DRILL_ONE_ANSWER_MAX 0.35

typedef struct {
    char *id;
    DrillRelationship relationship;
    char *couple;      /* "same-sex" or "different-sex" for partners; else NULL */
    int difficulty;    /* 1..3 */
    char *idea;        /* a heading of docs/IDEAS.md */
    char *situation;
    char *response;
    ChoiceKind kind;
    char *because;
    char form;         /* 'A' or 'B' for the check forms; 0 for practice */
    char *file;        /* where it was written, for messages */
    int line;
} DrillItem;

typedef struct {
    DrillItem *items;
    int count, cap;
} DrillBank;

/* "partners", "friends", "parents-and-adult-children", "siblings",
 * "parent-and-teen", "coworkers"; and for people ("Partners", ...). */
const char *drill_relationship_name(DrillRelationship r);
const char *drill_relationship_label(DrillRelationship r);
/* The relationship called `name`, or -1. */
int drill_relationship_find(const char *name);
/* The kind called `name` ("rescue", ...), or -1. */
int drill_kind_find(const char *name);
/* "easy", "medium", "subtle" (1..3); "?" otherwise. */
const char *drill_difficulty_name(int difficulty);

/* Appends a copy of `item` (its strings are taken over: the caller must not
 * free them). Returns its index, or -1 when memory runs out (the strings are
 * then freed). */
int drill_bank_add(DrillBank *b, DrillItem *item);
/* Frees the items and empties the bank; a zeroed bank is valid. */
void drill_bank_free(DrillBank *b);
/* Index of the item with `id`, or -1. */
int drill_bank_find(const DrillBank *b, const char *id);

/* The reading grade of an item: its situation and response read together. */
double drill_item_grade(const DrillItem *item);

/* What drill_check finds in a bank. `ideas` is the list of idea headings
 * (NULL: not checked; the caller says so). Only items whose file is in
 * `files` (NULL: every item) get messages of their own; the balance is
 * judged on the whole bank. Adds errors (duplicate ids) and warnings
 * (grade, idea, balance) to `diags`. */
typedef struct {
    const char *const *ideas;
    int n_ideas;
    const char *const *files;
    int n_files;
} DrillCheckOptions;
void drill_check(const DrillBank *b, const DrillCheckOptions *opt, DiagList *diags);

/* Counts of a bank, for check's summary, the docs and the tests. */
typedef struct {
    int total;
    int by_kind[KIND_COUNT];
    int by_difficulty[DRILL_MAX_DIFFICULTY + 1];
    int by_relationship[DRILL_REL_COUNT];
    int by_form[2]; /* A, B */
} DrillCounts;
void drill_count(const DrillBank *b, DrillCounts *out);
/* The share (0..1) of the bank someone always answering `kind` gets right. */
double drill_one_answer_score(const DrillCounts *c, ChoiceKind kind);

/* The headings ("## Name") of an IDEAS.md text, except "The five parts".
 * Returns how many (malloc'd strings in *out; free with drill_ideas_free),
 * or -1 when memory runs out. */
int drill_ideas_parse(const char *markdown, char ***out);
void drill_ideas_free(char **ideas, int n);

#endif
