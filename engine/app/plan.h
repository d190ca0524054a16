/* plan.h — a facilitator's session plan for any story, the way
 * docs/FACILITATORS.md plans two by hand: the timings, three stop points
 * (scenes every path passes that have a question for the room), more
 * places to stop if there is time, and the endings to debrief. Saved as a
 * printable HTML page: all text escaped, no scripts, nothing fetched. */
#ifndef BESIDE_APP_PLAN_H
#define BESIDE_APP_PLAN_H

#include <stdbool.h>

#include "core/story.h"

enum { PLAN_STOPS = 3, PLAN_MORE = 5 };

typedef struct {
    bool *every_path; /* [n_scenes]: every way from the start to an ending passes it */
    int *depth;       /* [n_scenes]: fewest choices from the start; -1 unreachable */
    int stops[PLAN_STOPS]; /* scene indices, in the order a playthrough meets them */
    int n_stops;
    int more[PLAN_MORE];   /* other scenes with a question, if there is time */
    int n_more;
    int story_minutes;     /* the story's block in the plan */
    int total_minutes;
} SessionPlan;

/* Which scenes every path passes, found on the scene graph (every route
 * counted, a story's own next-function as leading anywhere, so a scene
 * is only called unmissable when it is), and the stops picked from them.
 * Returns 0, or -1 on no memory. */
int plan_build(const Story *s, SessionPlan *out);
void plan_free(SessionPlan *p);
/* The plan as a whole HTML page (malloc'd), or NULL on no memory. */
char *plan_html(const Story *s, const SessionPlan *p);
/* Builds the plan and writes it as session-plan-ID-DATE.html in `dir`
 * (NULL: the documents folder), never over a file. Returns 0 with *path
 * and *message saying where; -1 with *message saying why not. */
int plan_save(const Story *s, const char *dir, char **path, char **message);

#endif
