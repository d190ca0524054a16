/* watch.h — live reload for authors (beside window --watch FILE, and F5):
 * the story file is looked at every 200 ms, loaded again when it changes,
 * and the run carried over to the new story; when the new file has
 * problems they show over the screen, with file:line, until it is fixed.
 * Private to engine/ui/. */
#ifndef BESIDE_UI_WATCH_H
#define BESIDE_UI_WATCH_H

#include <stdbool.h>

#include "ui/app.h"

/* Watches `path` (the story the window was opened with). Returns 0; -1 when
 * out of memory (the window then opens without watching). */
int watch_open(App *a, const char *path);

/* F5: load the story being played (or watched) again now. Says so in the
 * problem line when there is no story to load. */
void watch_request(App *a);

/* Milliseconds until the next look at the file, folded into `wait` (the
 * loop's own wait, -1 for none): the smaller of the two. */
int watch_wait_ms(const App *a, int wait);

/* Looks at the file when that is due. A changed file is loaded: with
 * problems, they go to the overlay and play goes on with the story as it
 * was; without, the overlay is cleared and the new story is swapped in —
 * at once outside play, or returned as R_RELOAD so play can stop and
 * watch_swap() run (R_START when no story was playing because the first
 * load failed). R_NONE otherwise. */
Result watch_tick(App *a);

/* After game_play() returns: swaps in a story loaded by watch_tick(), with
 * the run replayed against it (same scene, meters and history where they
 * still exist). True when it did, so play goes on. */
bool watch_swap(App *a);

/* The overlay with the new file's problems, over the screen's bottom; none
 * when the file is fine. Called at the end of each layout; true when it
 * showed (the "More below" cue is then left out: it would sit under it). */
bool watch_overlay(App *a);

/* The first load's problems (`text`, copied) shown as a later load's are. */
void watch_show_problems(App *a, const char *text);

void watch_free(App *a);

#endif
