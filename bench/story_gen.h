/* story_gen.h — big stories for the benchmarks: N scenes, written out plainly
 * (one block per scene) or compactly (a Lua loop that declares them). */
#ifndef BESIDE_BENCH_STORY_GEN_H
#define BESIDE_BENCH_STORY_GEN_H

#include <stdbool.h>

/* The text of a story with `scenes` scenes (2 or more) and the id `id`.
 * Each scene has three choices (rescue, support, boundary) leading a few
 * scenes on, with relative and fairmath effects, a flag, a condition on a
 * choice and a conditional route, so every part of the runtime is on the hot
 * path; the last leads to one of two endings. `compact` writes the same
 * story as a loop of a few lines. Returns a malloc'd text, or NULL. */
char *story_gen(int scenes, const char *id, bool compact);

#endif
