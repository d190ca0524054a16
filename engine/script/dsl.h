/* dsl.h — the scenario language: the words a story file uses (scenario, scene,
 * ending, rescue, support, boundary, self_care, neutral, it_depends, hurtful)
 * and how each turns
 * Lua tables into the C story model, reporting problems with file:line. */
#ifndef BESIDE_DSL_H
#define BESIDE_DSL_H

#include "core/story.h"
#include "script/sandbox.h"

typedef struct DslContext DslContext;

/* Makes the language's words available in `sb`, building into `story` and
 * reporting to `diags`. NULL when memory runs out. */
DslContext *dsl_new(Sandbox *sb, Story *story, DiagList *diags);
/* After the file has run: reports scenes named but never given a body, choices
 * outside any scene, and a missing scenario. Returns the number of errors
 * found while loading, including these. */
int dsl_finish(DslContext *dsl);
void dsl_free(DslContext *dsl);

/* The words of the language and the fields of each block, for documentation
 * tests. Each list ends with NULL. */
extern const char *const dsl_words[];
extern const char *const dsl_scenario_fields[];
extern const char *const dsl_scene_fields[];
extern const char *const dsl_ending_fields[];
extern const char *const dsl_choice_fields[];
extern const char *const dsl_later_fields[];
extern const char *const dsl_meter_fields[];

#endif
