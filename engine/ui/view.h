/* view.h — the display list the screens lay out into
 * (view.c): wrapped text, buttons, the reading column, drawing and the test
 * dump. */
#ifndef BESIDE_UI_VIEW_H
#define BESIDE_UI_VIEW_H

#include "ui/app.h"

/* ---- display list (view.c) ---- */
void dl_reset(DisplayList *dl);
void dl_free(DisplayList *dl);
Item *dl_add(DisplayList *dl, ItemKind kind, LayoutBox box);
/* printf into the list's arena; the string lives until the next dl_reset. */
const char *dl_printf(DisplayList *dl, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Wraps `text` to width `w` at (x, y) and adds a text item per line; returns
 * the height used. */
int ui_text(App *a, FontRole f, ColourSlot c, int x, int y, int w, const char *text);
/* A full-width button with its wrapped label; returns the height used. */
int ui_button(App *a, int x, int y, int w, const char *label, Action act, int arg);
/* The same with a number before the label, hanging under it (choices). */
int ui_choice_button(App *a, int x, int y, int w, int number, const char *label, Action act,
                     int arg);
/* The message in app->problem, framed, at the top of the body; returns the
 * height used (0 when there is none). */
int ui_problem_box(App *a, int x, int y, int w);
ThemeColour ui_colour(const App *a, ColourSlot c);
/* The reading column for the current window: left edge and width. */
void ui_column(App *a, int *x, int *w);
/* Gaps between things, scaled with the text. */
int ui_gap(const App *a);
/* After the body is laid out and scrolled: a small "More below" at the
 * window's bottom edge while the body goes on below it. */
void ui_scroll_cue(App *a);
/* Draws the display list. */
void ui_draw(App *a);
/* Writes the display list to app->dump_path (for tests). */
void ui_dump(App *a);
/* Writes the display list, as ui_dump does, to an open file. */
void ui_dump_to(App *a, FILE *f);

#endif
