/* room.c — a room's summary as a page in the documents folder. */
#include "app/room.h"

#include <stdlib.h>

#include "core/text.h"
#include "report/report.h"

/* Writes `html` (which it frees) as NAME-DATE.html in the documents folder
 * and says so; `what` names the summary, `holds` says what is in it. */
static char *save(char *html, const char *name, const char *what, const char *holds)
{
    char *dir = report_default_dir(), *err = NULL;
    char *written = html && dir ? report_write_file(NULL, dir, name, "html", 0, html, &err) : NULL;
    char *msg = written ? text_format("%s was saved as %s. It holds %s: nothing about anyone in "
                                      "the room.", what, written, holds)
                        : text_format("%s could not be saved: %s", what,
                                      err ? err : !html ? "out of memory."
                                                        : "no documents folder was found.");
    free(written);
    free(err);
    free(html);
    free(dir);
    return msg;
}

char *room_save_session(const SessionSummary *s)
{
    return save(session_html(s), "beside-session", "The summary",
                "the story, the votes and the path");
}

char *room_save_drill(const DrillRoom *r)
{
    return save(drill_room_html(r), "beside-spot-it-room", "The room's summary",
                "the items and the count of hands");
}
