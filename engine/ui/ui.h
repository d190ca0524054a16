/* ui.h — the game window: title, story cards, play, feedback, debrief,
 * help and settings, in SDL2 with SDL2_ttf. */
#ifndef BESIDE_UI_H
#define BESIDE_UI_H

#include <stdbool.h>

typedef struct {
    const char *story;   /* open this story (id or path) straight away; NULL: title */
    int width, height;   /* window size; 0: one that fits the screen */
    bool fullscreen;
    const char *theme;   /* "light", "dark", "high-contrast"; NULL: light */
    int text_size;       /* percent, 100..200; 0: 100 */
    bool reduce_motion;
    bool present;        /* facilitator mode: full screen, votes, no profile */
    bool notes_window;   /* with present: notes in their own window even on one display */
    bool desk;           /* open at the therapist's desk (For therapists) */
    const char *watch;   /* a story file to load again each time it is saved; NULL: none */
    const char *lang;    /* --lang: the words and stories in this language this time,
                            over Settings > Language; NULL: the setting or the locale */
} UiOptions;

enum { UI_OK = 0, UI_FAILED = 1, UI_NO_DISPLAY = 3 };

/* Runs the window until the player quits. Returns UI_OK; UI_NO_DISPLAY
 * (with a message in *err) when no window could be opened, so the caller can
 * fall back to the terminal player; UI_FAILED with *err set otherwise. */
int ui_run(const UiOptions *o, char **err);

#endif
