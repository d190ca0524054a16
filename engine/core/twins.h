/* twins.h — the same words, a different kind. Two choices of one story, in
 * two different scenes, with exactly the same text, where one is a rescue
 * and the other is not: the moment decides, not the words. That is the
 * skill Beside trains, in its plainest form. `beside explore` lists a
 * story's twins; the debrief and the terminal show the twin of each choice
 * the player made, with the `because` that says what is different there. */
#ifndef BESIDE_TWINS_H
#define BESIDE_TWINS_H

#include <stdbool.h>

#include "core/runtime.h"
#include "core/story.h"

/* One pair: choice `a_choice` of scene `a_scene` and choice `b_choice` of
 * scene `b_scene` (indices into the story), a before b in the file. */
typedef struct {
    int a_scene, a_choice;
    int b_scene, b_choice;
} TwinPair;

/* The story's twin pairs in file order: fills out[0..max) and returns how
 * many there are in all (which may be more than max), or -1 when memory
 * runs out. Texts are compared byte for byte; a choice with no text has
 * no twin. At most 4096 pairs are kept (the first found, in the order of
 * their words) and put in file order: a file with more is not a story a
 * person wrote, and the rest are only counted. */
int twins_find(const Story *s, TwinPair *out, int max);

/* The twin of choice `choice` of scene `scene`: the first choice of another
 * scene with the same text and the other side of the rescue line. Returns
 * false (and leaves the outputs alone) when it has none. */
bool twins_of(const Story *s, int scene, int choice, int *out_scene, int *out_choice);

/* A choice made on a path that has a twin: what the player chose at `step`
 * (0 is the first choice), and its twin, in scene `twin_scene`. */
typedef struct {
    int step;
    const Choice *chosen;
    const Choice *twin;
    int twin_scene;
} TwinStep;

/* The choices made in `run` that have a twin, in the order they were made,
 * for the debrief's "The same words, another moment". Fills out[0..max)
 * and returns how many there are in all. */
int twins_on_path(const Run *run, TwinStep *out, int max);

#endif
