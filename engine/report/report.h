/* report.h — the homework report: what the client played and wrote, for
 * them and their therapist to read together. One self-contained HTML file
 * that prints on one or two pages, or plain text for an email. Reads the
 * profile only; writing the file is the caller's (see report_write_file).
 *
 * What goes in: the playthroughs of the assigned stories (every story when
 * there is no assignment) started on or after the assignment's `assigned`
 * day (local time; all of them when it has none), oldest first; and the
 * reflections: journal pages opened from those stories, and pages whose
 * prompt is one of the assignment's questions, written on or after that
 * day, less the ones the client chose to leave out. Free journal pages
 * are never included. */
#ifndef BESIDE_REPORT_H
#define BESIDE_REPORT_H

#include <stdint.h>

#include "homework/homework.h"
#include "profile/profile.h"

typedef struct {
    const Homework *homework;  /* NULL: every story played */
    const int64_t *leave_out;  /* journal ids the client left out */
    int n_leave_out;
    int64_t now;               /* unix seconds the report is written at; 0: now */
    /* Optional: the title of story `story_id` (scene_id NULL) or of its
     * ending `scene_id`, or NULL when it is not known. The profile keeps the
     * titles of stories played, but not of endings or of stories not played
     * yet; without this the report shows their ids. */
    const char *(*title)(void *ctx, const char *story_id, const char *scene_id);
    void *title_ctx;
} ReportOptions;

/* The report as one HTML file (malloc'd, UTF-8) in *out. Every text from
 * the player, the stories and the assignment is escaped. Returns 0, or -1
 * with *err set (malloc'd) when the profile cannot be read. */
int report_html(Profile *p, const ReportOptions *o, char **out, char **err);
/* The same report as plain text, for pasting into an email. */
int report_text(Profile *p, const ReportOptions *o, char **out, char **err);
/* The preview: the report as plain text with each reflection's id, so the
 * client can see exactly what it holds and choose what to leave out. */
int report_preview(Profile *p, const ReportOptions *o, char **out, char **err);
/* The reflections the report holds (left-out ones excluded), oldest first;
 * free with journal_entries_free. */
int report_reflections(Profile *p, const ReportOptions *o, JournalEntry **out, int *count,
                       char **err);

/* Writes `data` to a new file readable by its owner only (0600). With
 * `path` NULL: in `dir` as "NAME-YYYY-MM-DD.EXT" (NAME like "beside-report";
 * the date of `now`), or "-2", "-3"… before the extension when that exists.
 * An existing file is never replaced (an explicit `path` that exists is
 * refused). Returns the path written (malloc'd), or NULL with *err set. */
char *report_write_file(const char *path, const char *dir, const char *name, const char *ext,
                        int64_t now, const char *data, char **err);
/* Where reports go by default: $XDG_DOCUMENTS_DIR, else ~/Documents when it
 * is a folder, else ~ (malloc'd; NULL when HOME is unset too). */
char *report_default_dir(void);

#endif
