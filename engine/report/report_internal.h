/* report_internal.h — what the report's files share: the data a report
 * holds, gathered once from the profile, and the words it uses. */
#ifndef BESIDE_REPORT_INTERNAL_H
#define BESIDE_REPORT_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "core/text.h"
#include "report.h"

/* The responses of one playthrough, counted by kind. */
enum { REPORT_KINDS = KIND_COUNT + 1 }; /* the story kinds, then any other */

typedef struct {
    const PlaythroughInfo *info;
    ChoiceHistory history;
    int kept[REPORT_KINDS];       /* standing choices by kind */
    int taken_back[REPORT_KINDS]; /* taken-back choices by kind */
    int retries;                  /* times `step` went back: tries after the first */
} ReportPlay;

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
} ReportData;

int report_gather(Profile *p, const ReportOptions *o, bool keep_left_out, ReportData *d,
                  char **err);
void report_data_free(ReportData *d);

/* Index into `kept`/`taken_back` for a kind name ("rescue", …). */
int report_kind_index(const char *kind);
/* "Rescue", "Support", …; the name itself for a kind Beside does not know. */
const char *report_kind_label(int index);
/* The title a playthrough's story had ("" never: falls back to its id). */
const char *report_story_title(const ReportData *d, const char *story_id);
/* True when the assignment (if any) lists story_id. */
bool report_story_assigned(const ReportData *d, const char *story_id);
bool report_story_played(const ReportData *d, const char *story_id);

/* "3 December 2026" in local time; into buf. */
void report_date(int64_t t, char *buf, size_t size);
/* "12 minutes", "1 hour 5 minutes", "under a minute", "not measured". */
void report_duration(int64_t seconds, char *buf, size_t size);
/* The "YYYY-MM-DD" day as local midnight, or 0 when it is not such a day. */
int64_t report_parse_day(const char *day);

/* Appends s as text safe to print: valid UTF-8 (bad bytes become U+FFFD),
 * without control characters other than tab and newline (CR LF and a lone
 * CR become a newline). */
void report_clean_text(TextBuf *b, const char *s);

#endif
