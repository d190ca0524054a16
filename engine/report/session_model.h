/* session_model.h — what the session summary says, gathered once from a
 * SessionSummary, so the HTML page (session.c) and the plain text
 * (session_text.c) only format it, sharing the parts that read alike
 * (session_common.c). Internal to engine/report. The strings are the
 * story's own, as written: each renderer escapes or cleans them. */
#ifndef BESIDE_SESSION_MODEL_H
#define BESIDE_SESSION_MODEL_H

#include <stdbool.h>

#include "report/report_internal.h"
#include "report/session.h"

/* One option shown at a decision that names one of the scene's choices. */
typedef struct {
    int number;       /* its place among the options shown, from 1 */
    const char *text; /* the choice's words */
    const char *kind; /* its kind's label: "Rescue", "Support", … */
    int votes;        /* hands raised for it, never below 0 */
    bool taken;       /* the one the room took */
} SessionOption;

typedef struct {
    const char *scene_id;   /* NULL when the decision names no scene of the story */
    char *opening;          /* the scene's opening line (malloc'd), or NULL */
    const char *discuss;    /* the question for the room, or NULL */
    SessionOption options[SESSION_MAX_OPTIONS];
    int n_options;
    const SessionOption *taken; /* into options[], or NULL when none was taken */
    int hands;              /* all hands counted for the options */
    bool compared;          /* the room compared all options side by side */
} SessionStep;

typedef struct {
    const char *title;      /* the story's title, else its id */
    char date[64];          /* "1 January 2000", or "" when not known */
    char spent[64];         /* the session's length in words */
    SessionStep *steps;     /* the decisions, in the order the room made them */
    int n_steps;
    int (*meters)[3];       /* the three meters at the start, then after each decision */
    /* The ending reached: its title (else its id), or NULL when the session
     * stopped before one; then its five lenses, practice and question (each
     * NULL when the ending has none). */
    const char *ending;
    const char *lens[LENS_COUNT];
    const char *practice, *reflect;
} SessionModel;

/* Fills *m from s. Returns 0, or -1 with *m empty when s is not a summary
 * (NULL, no story, decisions missing) or on no memory. Indices that name
 * nothing leave their part out rather than fail. */
int session_model_build(const SessionSummary *s, SessionModel *m);
void session_model_free(SessionModel *m);

/* ---- session_common.c: what HTML and plain text say alike ---- */

/* One part of a summary (the head, the decisions, …) written from the model. */
typedef void (*SessionPart)(TextBuf *b, const SessionModel *m);

/* A renderer's markup around the shared parts. Each *_open but
 * opening_open is a printf format taking its words in the interface's
 * language ("scene", "The question for the room:", …; lens_open the lens's
 * label), which it may leave out. */
typedef struct {
    ReportEscape text;
    const char *scene_open, *scene_close, *head_close;
    const char *opening_open, *opening_close;
    const char *question_open, *question_close;
    const char *lenses_open, *lens_open, *lens_close, *lenses_close;
    const char *practice_open, *reflect_open, *part_close;
    /* The ending: all there is when there is none (a format taking the
     * heading and the sentence); else its title between ending_open (a
     * format taking ending_word, N_-marked) and ending_close, what
     * ending_from writes (when not NULL), the parts above, and ending_end. */
    const char *no_ending, *ending_open, *ending_word, *ending_close, *ending_end;
    SessionPart ending_from;
} SessionMarkup;

/* The printf format `format` (in the interface's language) with the
 * story's title written by `text` inside the format `wrap` ("%s", or
 * "<em>%s</em>"), then `date` when it is not NULL. */
void session_put_story(TextBuf *b, const SessionModel *m, ReportEscape text, const char *wrap,
                       const char *format, const char *date);
/* "%d hand" or "%d hands", in the interface's language. */
const char *session_hands_format(int n);
/* After a decision's "Decision N": its scene, the heading's end, the
 * opening line and the question for the room, each when it has one. */
void session_put_scene(TextBuf *b, const SessionStep *st, const SessionMarkup *mk);
/* "11 hands counted in all." or "No hands were counted.", then whether the
 * room compared. */
void session_put_hands(TextBuf *b, const SessionStep *st);
/* The ending reached: its title, its five lenses (between lenses_open and
 * lenses_close, when it has any), its practice and its question. */
void session_put_ending(TextBuf *b, const SessionModel *m, const SessionMarkup *mk);

/* The summary of s: the model built once, each of `parts` (NULL-ended) in
 * order, then the closing words through the printf format `footer`.
 * malloc'd, or NULL when s is not a summary or on no memory. */
char *session_render(const SessionSummary *s, const SessionPart *parts, const char *footer);

#endif
