/* people.h — the story's people in play: who is in a scene, and how the
 * person the player answers takes a choice (a face for the portrait and a
 * caption that says the same in words, so the picture never carries the
 * meaning alone). Plain C, no Lua, no SDL. */
#ifndef BESIDE_PEOPLE_H
#define BESIDE_PEOPLE_H

#include <stddef.h>

#include "core/game.h"

/* A face. FACE_BY_RULE (0) is "the story does not say": people_reaction
 * then reads it from what the choice did to the meters. */
typedef enum { FACE_BY_RULE, FACE_CALM, FACE_HURT, FACE_WARM, FACE_COUNT } Face;

/* "calm", "hurt", "warm" (the words of reacts = and the art's file names);
 * "by-rule" for FACE_BY_RULE. */
const char *people_face_name(Face f);
/* The face a word of reacts = names: calm, hurt (or angry), warm (or
 * relieved); FACE_BY_RULE when it names none. */
Face people_face_find(const char *word);
/* Index of the person with that key, or -1. */
int people_find(const Story *s, const char *key);

/* Who is in scene `scene`, at most STORY_MAX_WITH indices into s->people
 * written to out: the scene's with = when it has one; else each person
 * whose name its text (plain paragraphs) or its choices name, the first
 * named first; else the main person. Returns how many. */
int people_in_scene(const Story *s, int scene, int out[]);

/* How person `who` takes the choice of `f`: the choice's reacts = for them
 * when it says; else a hurtful choice hurts; else the meters the choice
 * itself moved (growth aside, which is the player's own): more of them
 * better than worse is warm, more worse is hurt, none or even is calm. */
Face people_reaction(const Story *s, const Feedback *f, int who);

/* The caption that says the face in words: "Tom looks hurt.", "Tom stays
 * calm.", "Tom looks relieved.", in the interface's language (core/i18n.h).
 * Written into buf (always terminated). */
void people_caption(const Story *s, int who, Face face, char *buf, size_t size);

#endif
