/* voice_ui.h — reading aloud in the window (voice_ui.c):
 * Settings → Read aloud and the V key. */
#ifndef BESIDE_UI_VOICE_UI_H
#define BESIDE_UI_VOICE_UI_H

#include "ui/app.h"

/* ---- voice_ui.c: reading aloud (Settings: Read aloud; the V key) ---- */
/* V: says what has focus, then the scene, the card or the screen's words. */
void voice_ui_read(App *a);
/* After each layout, with Read aloud on: says a scene, card or screen that
 * just appeared, or what just took the focus. */
void voice_ui_frame(App *a);
/* Read aloud was just turned on: says so (or why it cannot). */
void voice_ui_turned_on(App *a);
/* Why reading aloud is not available, once that was found; else NULL. */
const char *voice_ui_problem(const App *a);
void voice_ui_close(App *a);

#endif
