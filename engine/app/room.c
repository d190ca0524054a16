/* room.c — a room's summary as a page in the documents folder. */
#include "app/room.h"

#include <stdlib.h>

#include "core/i18n.h"
#include "core/text.h"
#include "report/report.h"

/* Writes `html` (which it frees) as NAME-DATE.html in the documents folder
 * and says so: `saved` is the whole sentence for a saved page (its %s the
 * file), `failed` the one for a page not saved (its %s the reason). */
static char *save(char *html, const char *name, const char *saved, const char *failed)
{
    char *dir = report_default_dir(), *err = NULL;
    char *written = html && dir ? report_write_file(NULL, dir, name, "html", 0, html, &err) : NULL;
    char *msg = written ? text_format(saved, written)
                        : text_format(failed, err ? err
                                              : !html ? _("out of memory.")
                                                      : _("no documents folder was found."));
    free(written);
    free(err);
    free(html);
    free(dir);
    return msg;
}

char *room_save_session(const SessionSummary *s)
{
    return save(session_html(s), "beside-session",
                _("The summary was saved as %s. It holds the story, the votes and the path: "
                  "nothing about anyone in the room."),
                _("The summary could not be saved: %s"));
}

char *room_save_drill(const DrillRoom *r)
{
    return save(drill_room_html(r), "beside-spot-it-room",
                _("The room's summary was saved as %s. It holds the items and the count of "
                  "hands: nothing about anyone in the room."),
                _("The room's summary could not be saved: %s"));
}
