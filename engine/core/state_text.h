/* state_text.h — a run as a small, versioned text, and back. The text names
 * scenes, meters and flags (not indices), so it stays readable and survives a
 * story being edited:
 *
 *   beside-state 1
 *   story nina-and-tom
 *   scene tom-opens-up
 *   meters resentment=5 growth=40 intimacy=50
 *   flags asked_first
 *   order 2718281828
 *   later after-close 2 1 2
 *   step after-close 2 resentment=5 growth=40 intimacy=50
 *   end
 *
 * `order` (left out when 0) is the seed of the order the choices are shown
 * in (Run.order); saves written before it existed show the file's order.
 * `later` lines are delayed effects still waiting: scene, choice number,
 * later number, choices left. `step` lines are the history, oldest first:
 * scene, choice number, meters after. */
#ifndef BESIDE_STATE_TEXT_H
#define BESIDE_STATE_TEXT_H

#include "core/runtime.h"

enum { STATE_TEXT_VERSION = 1 };

/* Returns a malloc'd text, or NULL when memory runs out. */
char *state_text_write(const Run *r);

/* Reads a text written by state_text_write() for story `s` into `r` (which is
 * initialised here; run_free it). On failure returns -1, leaves `r` empty and
 * sets *err to a malloc'd message naming the line and what is wrong. */
int state_text_read(const Story *s, const char *text, Run *r, char **err);

/* How a save fitted the story it was resumed against. */
typedef struct {
    int saved;    /* choices in the save */
    int kept;     /* of those, replayed: the player is back at choice kept + 1 */
    bool changed; /* the story changed in a way the player will see: fewer
                   * choices kept, or other meters, flags or scene than saved */
} StateResume;

/* Resumes a save against story `s`, which may have been edited since the
 * save was written (a scene removed or renamed, a choice removed or given a
 * condition). The save's choices are replayed from the start while each
 * one's scene exists, is the scene the replay has reached, and its choice is
 * offered there; replay stops at the first that is not. When every choice
 * replays but leads somewhere other than the saved scene, the last one is
 * dropped too, so the player makes it again. `r` holds the replayed run
 * (run_free it); *out says how much was kept, so a front end can say, for
 * example, "This story changed since you last played; you are back at your
 * choice 5 of 7." With an unchanged story the result is what
 * state_text_read() gives.
 *
 * The save's meters, flags and delayed effects are not read: replaying
 * makes them again from the story as it is now. Returns 0; or -1 with *err
 * set (naming the line) when the text is not a save of this version or is
 * a save of another story, leaving `r` at the story's start. */
int state_text_resume(const Story *s, const char *text, Run *r, StateResume *out, char **err);

#endif
