/* state_text.h — a run as a small, versioned text, and back. The text names
 * scenes, meters and flags (not indices), so it stays readable and survives a
 * story being edited:
 *
 *   beside-state 1
 *   story nina-and-tom
 *   scene tom-opens-up
 *   meters resentment=5 growth=40 intimacy=50
 *   flags asked_first
 *   later after-close 2 1 2
 *   step after-close 2 resentment=5 growth=40 intimacy=50
 *   end
 *
 * `later` lines are delayed effects still waiting: scene, choice number,
 * later number, choices left. `step` lines are the history, oldest first:
 * scene, choice number, meters after. */
#ifndef BESIDE_STATE_TEXT_H
#define BESIDE_STATE_TEXT_H

#include "runtime.h"

enum { STATE_TEXT_VERSION = 1 };

/* Returns a malloc'd text, or NULL when memory runs out. */
char *state_text_write(const Run *r);

/* Reads a text written by state_text_write() for story `s` into `r` (which is
 * initialised here; run_free it). On failure returns -1, leaves `r` empty and
 * sets *err to a malloc'd message naming the line and what is wrong. */
int state_text_read(const Story *s, const char *text, Run *r, char **err);

#endif
