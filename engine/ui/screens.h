/* screens.h — the screens of the window, each laid out into
 * the display list (screens_menu.c, screens_play.c, chart.c, journal.c,
 * homework_ui.c, report_ui.c). */
#ifndef BESIDE_UI_SCREENS_H
#define BESIDE_UI_SCREENS_H

#include "ui/app.h"

/* ---- screens (screens_menu.c, screens_play.c) ---- */
/* Lays out the top bar (a title and the Help button) and returns its height. */
int screen_top_bar(App *a, const char *title, bool with_back, bool with_history);
void screen_title(App *a);
void screen_stories(App *a);
void screen_notes(App *a);
void screen_help(App *a);
void screen_settings(App *a);
void screen_play(App *a);
void screen_debrief(App *a);
int play_ending_lessons(App *a, const Scene *sc, int x, int y, int w, const char *practice_heading,
                      const char *reflect_heading);
void screen_history(App *a);
void screen_confirm(App *a);
void screen_journal(App *a);
void screen_write(App *a);
void screen_import(App *a);
void screen_homework(App *a);
void screen_report(App *a);
const char *screen_name(ScreenId s);


/* ---- screens_play.c, shared with present mode ---- */
int play_header(App *a);
int play_feedback_card(App *a, int x, int y, int w);
/* "You made 3 choices: 2 Rescue, 1 Support." for the run so far ("The
 * room made…" with `room`); lives until the next layout. */
const char *play_path_summary(App *a, bool room);
/* "The same words, another moment": the choices made on this path whose
 * very words are another kind elsewhere in the story, each with its twin's
 * kind and `because` (core/twins.h). Draws nothing and returns 0 when there
 * are none; otherwise returns the height. */
int play_twins(App *a, int x, int y, int w);
/* ---- chart.c ---- */
int play_chart(App *a, int x, int y, int w);
/* Each meter's colour, and its dash (0 solid) so the chart needs no colour. */
ColourSlot play_meter_colour(int m);
int play_meter_dash(const App *a, int m);
/* The meters a story has, at most STORY_MAX_METERS. */
int play_meter_count(const Story *s);
const char *play_signed_change(App *a, int d);

#endif
