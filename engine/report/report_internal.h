/* report_internal.h — what the report's files share: the data a report
 * holds, gathered once from the profile, and the words it uses. */
#ifndef BESIDE_REPORT_INTERNAL_H
#define BESIDE_REPORT_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "core/dates.h"
#include "core/text.h"
#include "profile/profile_drill.h"
#include "report/report.h"

/* The responses of one playthrough, counted by kind. */
enum { REPORT_KINDS = KIND_COUNT + 1 }; /* the story kinds, then any other */

typedef struct {
    const PlaythroughInfo *info;
    ChoiceHistory history;
    int kept[REPORT_KINDS];       /* standing choices by kind */
    int taken_back[REPORT_KINDS]; /* taken-back choices by kind */
    int retries;                  /* times `step` went back: tries after the first */
} ReportPlay;

/* Spot it since the assignment (report_drill.c): every round, and each
 * item missed once, at its latest miss, newest first. */
typedef struct {
    DrillRoundInfo *rounds;
    int n_rounds;
    DrillAnswerRecord *missed;
    int n_missed;
} ReportDrill;

typedef struct {
    const Homework *hw;          /* may be NULL */
    int64_t now;
    int64_t since;               /* the assigned day's first second; 0: all */
    PlaythroughInfo *all;        /* every playthrough, as profile_playthroughs gave them */
    int n_all;
    ReportPlay *plays;           /* those in the report, oldest first */
    int n_plays;
    JournalEntry *refl;          /* the reflections, oldest first */
    int n_refl;
    const ReportOptions *opts;   /* for titles the profile does not keep */
    ReportDrill drill;
} ReportData;

int report_gather(Profile *p, const ReportOptions *o, bool keep_left_out, ReportData *d,
                  char **err);
void report_data_free(ReportData *d);

/* ---- report_drill.c: the Spot it section ---- */
int report_drill_gather(Profile *p, int64_t since, ReportDrill *out, char **err);
void report_drill_free(ReportDrill *d);
/* True when the report has a Spot it section: the assignment asks for the
 * drill, or the client played it since. */
bool report_drill_wanted(const ReportData *d);
/* The section: accuracy per kind in practice and each check form, the
 * change from A to B with the honest note, and the items missed with
 * their text. */
void report_drill_put_text(TextBuf *b, const ReportData *d);
void report_drill_put_html(TextBuf *b, const ReportData *d);

/* Index into `kept`/`taken_back` for a kind name ("rescue", …). */
int report_kind_index(const char *kind);
/* "Rescue", "Support", …; the name itself for a kind Beside does not know. */
const char *report_kind_label(int index);
/* The title a playthrough's story had ("" never: falls back to its id). */
const char *report_story_title(const ReportData *d, const char *story_id);
/* True when the assignment (if any) lists story_id. */
bool report_story_assigned(const ReportData *d, const char *story_id);
bool report_story_played(const ReportData *d, const char *story_id);

/* "12 minutes", "1 hour 5 minutes", "under a minute", "not measured". */
void report_duration(int64_t seconds, char *buf, size_t size);
/* The "YYYY-MM-DD" day as local midnight, or 0 when it is not such a day. */
int64_t report_parse_day(const char *day);

/* Appends s as text safe to print: valid UTF-8 (bad bytes become U+FFFD),
 * without control characters other than tab and newline (CR LF and a lone
 * CR become a newline). */
void report_clean_text(TextBuf *b, const char *s);

/* ---- report_common.c: what HTML and plain text say alike ---- */

/* How a renderer writes the player's and the stories' text. */
typedef void (*ReportEscape)(TextBuf *b, const char *s);

/* A renderer's markup around the shared parts. fact_open is a printf
 * format taking the fact's label; assignment_open one taking
 * assignment_title (N_-marked, translated where shown); no_assignment,
 * note_open and questions_open each take their words in the interface's
 * language. */
typedef struct {
    ReportEscape text;
    const char *assignment_open, *assignment_title, *no_assignment, *assignment_close;
    const char *facts_open, *fact_open, *fact_close, *facts_close;
    const char *note_open, *note_close;
    const char *questions_open, *item_open, *item_close, *questions_close;
    const char *sentence_gap; /* between the sentences about a playthrough */
} ReportMarkup;

/* An assignment's YYYY-MM-DD as a date in words. */
void report_put_day(TextBuf *b, const char *day, ReportEscape text);
/* "6 Rescue, 5 Support, 2 Boundary": rescue and support always named. */
void report_put_kinds(TextBuf *b, const int *counts);
void report_put_assignment(TextBuf *b, const ReportData *d, const ReportMarkup *m);
/* When it was played, how long, the ending, the rewinds. */
void report_put_outcome(TextBuf *b, const ReportData *d, const ReportPlay *rp,
                        const ReportMarkup *m);
/* An ending's title (through ReportOptions.title), or its id. */
const char *report_ending_title(const ReportData *d, const char *story_id, const char *ending_id);
/* The responses kept and taken back, counted by kind. */
void report_put_counts(TextBuf *b, const ReportPlay *rp, const ReportMarkup *m);
/* "After Nina and Tom, 1 December 2026". */
void report_put_reflection_head(TextBuf *b, const ReportData *d, const JournalEntry *e,
                                ReportEscape text);

/* The HTML pages' shared parts (report_html.c), used by the homework report
 * and the session summary (session.c). */

/* The language the report is written in, for <html lang>: "en", or the
 * code of the interface's catalogue when its words are translated. */
const char *report_html_lang(void);

/* The base style sheet: text, headings, tables, tags, charts, print rules. */
extern const char report_css[];

/* The three meters in charts: told apart by line style as well as colour,
 * so a chart reads in grey print and with any colour vision. */
typedef struct {
    const char *name, *colour, *dash, *words, *better;
} ReportMeterStyle;
extern const ReportMeterStyle report_meters[3];

/* Appends s cleaned (report_clean_text) and escaped for HTML text and
 * attribute values alike. */
void report_html_text(TextBuf *b, const char *s);
/* A line chart of the three meters: points[k] for k in 0..n-1, drawn at
 * x labels first_x + k ("start" for 0), the axis named x_name. The SVG is
 * an image named by `title` through a <title> with id `id`-title.
 * Nothing when n is 0. */
void report_html_chart(TextBuf *b, const int (*points)[3], int n, int first_x,
                       const char *x_name, const char *id, const char *title);
/* The charts' key in words: `intro`, then each meter's line, colour and
 * which way is better. */
void report_html_legend(TextBuf *b, const char *intro);

#endif
