/* decisions.h — every distinct decision a story can put in front of a
 * player: a scene that is not an ending, with the paragraphs of its text
 * that show and the choices it offers. Found by walking every reachable
 * position, each once. The window's check of the projected screen lays out
 * each of them (docs/FACILITATORS.md, "Does every decision fit?"). */
#ifndef BESIDE_DECISIONS_H
#define BESIDE_DECISIONS_H

#include <stdbool.h>
#include <stdint.h>

#include "core/runtime.h"

typedef struct {
    Position pos;     /* one position where the decision is met */
    uint64_t paras;   /* bit i: paragraph i of the scene shows (the first 64) */
    uint32_t choices; /* bit i: choice i is offered */
} Decision;

typedef struct {
    Decision *items;  /* in the order first met */
    int count, cap;
    long states;      /* positions walked */
    bool truncated;   /* the walk stopped at max_states */
    char *problem;    /* the first error a story's function raised, or NULL */
} DecisionList;

/* Walks every position of `s` reachable from its start (at most
 * `max_states`; 0 means 2,000,000) and lists each distinct decision once.
 * A position where a story's function fails is skipped and the first such
 * error kept in out->problem. Returns 0, or -1 when memory runs out (out is
 * then empty). Free with decisions_free. */
int decisions_find(const Story *s, long max_states, DecisionList *out);
void decisions_free(DecisionList *d);

#endif
