/* speech.h — what Beside says aloud when it reads the screen (the window's
 * Read aloud setting and the V key): a scene with its choices, one choice,
 * the card after a choice. Plain text in the words the screen uses, without
 * the signs a voice would read out oddly (arrows, the middle dot). Every
 * function returns a malloc'd string (NULL only when memory runs out). */
#ifndef BESIDE_SPEECH_H
#define BESIDE_SPEECH_H

#include "core/game.h"

/* The scene's text, then "N choices." and each "1: its words." in the
 * order shown; at an ending, its title first. */
char *speech_scene(const SceneView *v);
/* One choice as its button says it: "Choice 2 of 4: its words." */
char *speech_choice(const SceneView *v, int shown_index);
/* The card after a choice: the kind, why, each meter that moved ("Resentment
 * up 5, to 20. Worse."), what came back from earlier, and the now-and-later
 * line. */
char *speech_card(const Story *s, const Feedback *f);
/* A line of the screen made fit to say: arrows and middle dots become
 * words or pauses, runs of spaces one space. */
char *speech_clean(const char *text);

#endif
