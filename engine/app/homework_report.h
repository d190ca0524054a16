/* homework_report.h — the homework report as a player makes it, in any
 * front end: every reflection that could go in, the ones the player chose
 * to leave out, a preview of exactly what the report holds, and the files
 * written only when the player says so (engine/report/ builds the text). */
#ifndef BESIDE_APP_HOMEWORK_REPORT_H
#define BESIDE_APP_HOMEWORK_REPORT_H

#include <stdbool.h>
#include <stdint.h>

#include "homework/homework.h"
#include "profile/profile.h"

struct Titles;

/* Start with `HomeworkReport r = {0};`; free with homework_report_free. */
typedef struct {
    JournalEntry *reflections; /* every one that could go in, left out or not */
    int n_reflections;
    int64_t *left_out;         /* journal ids the player left out */
    int n_left_out;
    char *preview;             /* the report as plain text, exactly; never NULL
                                  after homework_report_prepare */
    struct Titles *titles;     /* story and ending titles (app/titles.h) */
} HomeworkReport;

/* Reads the reflections for `hw` (NULL: no assignment, every story) from
 * `p` and builds the preview; what was left out before stays left out.
 * With `p` NULL the preview says there is nothing to report. */
void homework_report_prepare(HomeworkReport *r, Profile *p, const Homework *hw);
/* Whether the reflection with journal id `id` is left out. */
bool homework_report_left_out(const HomeworkReport *r, int64_t id);
/* Leaves reflection number `index` out, or puts it back, and builds the
 * preview again. Returns 1 when something changed, 0 otherwise. */
int homework_report_toggle(HomeworkReport *r, Profile *p, const Homework *hw, int index);
/* Forgets what was left out (a new assignment was opened). */
void homework_report_clear_choices(HomeworkReport *r);
/* Writes the report as HTML, with a plain-text copy, to the documents
 * folder, never over a file. Returns what to tell the player (malloc'd):
 * where it went and how to read it, or why it could not be saved. */
char *homework_report_save(HomeworkReport *r, Profile *p, const Homework *hw);
void homework_report_free(HomeworkReport *r);

/* ---- the report in one step (beside report) ---- */

typedef enum { REPORT_AS_HTML, REPORT_AS_TEXT, REPORT_AS_PREVIEW } ReportFormat;

/* Whether each of the `n` journal ids in `ids` is a reflection the report
 * for `hw` would hold (so a typo cannot let in a page meant to stay out):
 * the index of the first that is not, -1 when all are, or -2 with *err
 * when the profile cannot be read. */
int homework_report_unknown_id(Profile *p, const Homework *hw, const int64_t *ids, int n,
                               char **err);
/* The report for `hw` (NULL: every story) in `format`, with the
 * reflections in `leave_out` left out and stories and endings by title:
 * 0 with *out (malloc'd), or -1 with *err. */
int homework_report_make(Profile *p, const Homework *hw, const int64_t *leave_out, int n,
                         ReportFormat format, char **out, char **err);
/* Writes `text` to `path` (never over a file), or with `path` NULL to the
 * documents folder as beside-report-DATE.EXT (then -2, -3…). Returns the
 * path written (malloc'd), or NULL with *err (saying how to name a file
 * when there is no documents folder). */
char *homework_report_write(const char *path, const char *ext, const char *text, char **err);

#endif
