/* reading.h — the reading level of what a player sees in a story: which
 * strings count, summed per scene and for the whole story (readability.h
 * says how words, sentences and syllables are counted). */
#ifndef BESIDE_READING_H
#define BESIDE_READING_H

#include "core/readability.h"
#include "core/story.h"

/* The highest Flesch–Kincaid grade a story may read at as a whole, and any
 * one scene or ending in it. `beside check` warns above these. */
#define READING_STORY_MAX 7.0
#define READING_SCENE_MAX 9.0
/* One sentence of at least READING_SENTENCE_WORDS words above this grade
 * gets a warning of its own: a scene's average can hide it. */
#define READING_SENTENCE_MAX 14.0
#define READING_SENTENCE_WORDS 8

/* Adds the player-facing text of scene `i` to `r`: its paragraphs, each
 * choice's text, because and the says of its later; discuss (shown to
 * groups); and for an ending its title, the five lens parts, practice and
 * reflect. Not notes (for facilitators only) and not text made by the
 * story's functions, which cannot be read without playing. */
void reading_scene(const Story *s, int i, Readability *r);
/* Calls `fn` with each player-facing string of scene `i`, the same strings
 * reading_scene() counts, and `ctx`. */
void reading_scene_each(const Story *s, int i, void (*fn)(const char *text, void *ctx),
                        void *ctx);
/* Adds the whole story's player-facing text to `r`: the title, teaser and
 * content notes, and every scene as reading_scene() counts it. */
void reading_story(const Story *s, Readability *r);

#endif
