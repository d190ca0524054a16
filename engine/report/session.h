/* session.h — the summary of a facilitated session (beside --present): each
 * decision the room made, the show of hands for every option, the path the
 * room took and the meter journey. It holds no personal data: no names, no
 * journal, nothing typed; only the story's own text and the counts. */
#ifndef BESIDE_SESSION_H
#define BESIDE_SESSION_H

#include <stdint.h>

#include "core/story.h"

enum { SESSION_MAX_OPTIONS = 9 };

typedef struct {
    int scene;                        /* index into story->scenes */
    int n_options;                    /* the choices shown, at most 9 */
    int options[SESSION_MAX_OPTIONS]; /* their indices into the scene's choices */
    int votes[SESSION_MAX_OPTIONS];   /* hands raised for each */
    int picked;                       /* index into options[] of the one taken */
    bool compared;                    /* the room looked at all options side by side */
    uint8_t meters_after[STORY_MAX_METERS];
} SessionDecision;

typedef struct {
    const Story *story;
    uint8_t meters_start[STORY_MAX_METERS];
    SessionDecision *decisions;       /* in the order the room made them */
    int n_decisions;
    int ending;                       /* the ending scene reached, or -1 */
    int64_t started, finished;        /* unix seconds; for the date and length only */
} SessionSummary;

/* The summary as one self-contained HTML page (no scripts, no external
 * files; prints on A4/Letter): malloc'd, or NULL on no memory. */
char *session_html(const SessionSummary *s);
/* The same as plain text, for the terminal. */
char *session_text(const SessionSummary *s);

#endif
