/* people.h — the pictures in the screens (people_ui.c):
 * portraits, the face after a choice, covers, the title, the fade. */
#ifndef BESIDE_UI_PEOPLE_H
#define BESIDE_UI_PEOPLE_H

#include "ui/app.h"

/* ---- people_ui.c: the pictures in the screens ---- */
/* Whether pictures are shown: the setting is on, the theme is not high
 * contrast, and the art folder was found. */
bool people_art_on(const App *a);
/* Adds the picture NAME in box b when it is shown and there; true if so. */
bool people_image(App *a, const char *name, LayoutBox b);
/* The scene's people beside the scene text: at the left of the column
 * when the window has room there, else in a row at (x, y). Returns the
 * height taken from y (0 when beside the text); *bottom is the lowest
 * picture's bottom edge. */
int people_draw_scene(App *a, int x, int y, int w, int *bottom);
/* How the person answered took the choice: their face and a caption that
 * says it ("Tom looks hurt."), the caption alone without pictures.
 * Returns the height with a gap after it (0 when no one is there). */
int people_draw_reaction(App *a, int x, int y, int w);
/* A story card's cover at (x, y), `w` wide; returns its height, 0 when
 * none is shown. */
int people_cover(App *a, const Story *s, int x, int y, int w);
/* The height the title's picture takes in a column `w` wide with at most
 * `most` pixels to spare (0: none shown), and the title screen's picture
 * (that high) with the game's name under it; returns the height. */
int people_title_height(App *a, int w, int most);
int people_title(App *a, int x, int y, int w, int picture);
/* The fade between scenes: starts one when what is shown changed (not
 * with reduce motion), moves it on, and draws the veil. */
void people_fade_check(App *a);
bool people_fade_tick(App *a);
void people_fade_draw(App *a);

#endif
