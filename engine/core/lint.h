/* lint.h — problems an author should fix, found by reading the story (and, when
 * it is small enough, by playing every path). Used by `beside check`. */
#ifndef BESIDE_LINT_H
#define BESIDE_LINT_H

#include "core/diag.h"
#include "core/story.h"

typedef struct {
    long play_limit; /* play every path when there are at most this many states (0: 200,000) */
} LintOptions;

/* Adds warnings (and errors for things that will break play) to `diags`. The
 * story must have loaded without errors. */
void lint_story(const Story *s, const LintOptions *opt, DiagList *diags);

#endif
