/* present.h — facilitator mode (beside --present): the
 * room's votes, the projected screens, the compare view and the summary
 * (present.c, present_screens.c, present_check.c). */
#ifndef BESIDE_UI_PRESENT_H
#define BESIDE_UI_PRESENT_H

#include "ui/app.h"

/* ---- present.c, present_screens.c: facilitator mode ---- */
/* The screen a scene (or an ending) of the run is shown on. */
ScreenId app_play_screen(const App *a, bool at_ending);
/* A new session of the story just started: no decisions, no votes. */
void present_begin(App *a);
/* A new moment of the story (from the Frontend's scene): keeps the votes
 * in step with the run and prints the facilitator's notes once a scene. */
void present_scene(App *a, const SceneView *v);
/* The play loop is about to make a choice or rewind. */
void present_command(App *a, const GameCommand *cmd);
/* A choice was made: records the decision with its votes. */
void present_feedback(App *a, const SceneView *v, const Feedback *f);
/* Keys of present mode; true when the key was used (and *r set). */
bool present_key(App *a, int32_t key, uint16_t mod, Result *r);
/* Present mode's actions (ACT_VOTE ... ACT_SESSION_EXPORT). */
Result present_action(App *a, Action act, int arg);
void present_free(App *a);
void screen_present(App *a);
void screen_compare(App *a);
void screen_summary(App *a);
/* ---- present_check.c ---- */
/* BESIDE_PRESENT_CHECK=FILE (for tests): lays out the projected screen of
 * every decision of every story found, at 1280x720 and 1920x1080, with and
 * without the discussion question, and writes each layout to FILE after a
 * line "decision STORY SCENE WxH discuss 0|1 tail TEXT" (TEXT: the end of
 * the scene's text). Returns 0, or -1 with a message on stderr. */
int present_check_all(App *a, const char *path);

#endif
