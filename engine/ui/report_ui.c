/* report_ui.c — the homework report in the window: a preview of exactly
 * what it holds, any reflection left out with one press, and a file written
 * only when the player says so (app/homework_report.h keeps all of it). */
#include <stdlib.h>
#include <string.h>

#include "app/homework_report.h"
#include "core/i18n.h"
#include "ui/app.h"
#include "ui/homework_ui.h"
#include "ui/screens.h"
#include "ui/view.h"

void app_report_free(App *a)
{
    homework_report_free(&a->hw.report);
}

void app_report_prepare(App *a)
{
    homework_report_prepare(&a->hw.report, a->profile, a->hw.assignment);
}

void app_report_toggle(App *a, int index)
{
    if (homework_report_toggle(&a->hw.report, a->profile, a->hw.assignment, index))
        a->dirty = true;
}

void app_report_save(App *a)
{
    if (!a->profile)
        return;
    char *msg = homework_report_save(&a->hw.report, a->profile, a->hw.assignment);
    app_set_problem(a, msg);
    a->scroll = 0; /* the message is at the top */
    free(msg);
}

void screen_report(App *a)
{
    int y = screen_top_bar(a, _("Your report"), true, false), x, w, gap = ui_gap(a);
    ui_column(a, &x, &w);
    y += gap;
    y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                 _("This is everything the report will hold. Nothing is saved until you "
                   "press Save, and then only in your documents folder, on this computer.")) +
         gap;
    if (a->hw.report.n_reflections > 0) {
        y += ui_text(a, FONT_HEADING, C_ACCENT, x, y, w, _("Your reflections")) + gap / 3;
        y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w,
                     _("Press one to leave it out of the report, or to put it back. It stays "
                       "in your journal either way.")) + gap / 2;
        for (int i = 0; i < a->hw.report.n_reflections; i++) {
            const JournalEntry *e = &a->hw.report.reflections[i];
            const char *body = e->body && *e->body ? e->body : _("(empty)");
            size_t n = strcspn(body, "\n");
            if (n > 80)
                n = 80;
            while (n > 0 && ((unsigned char)body[n] & 0xC0) == 0x80)
                n--;
            int at = a->dl.count;
            y += ui_button(a, x, y, w,
                           dl_printf(&a->dl,
                                     homework_report_left_out(&a->hw.report, e->id)
                                         ? _("Left out: %.*s%s")
                                         : _("In the report: %.*s%s"),
                                     (int)n, body, body[n] ? "\u2026" : ""),
                           ACT_REPORT_TOGGLE, i) + gap / 3;
            a->dl.items[at].selected = !homework_report_left_out(&a->hw.report, e->id);
        }
        y += gap;
    }
    y += ui_button(a, x, y, w, _("Save the report"), ACT_REPORT_SAVE, 0) + gap;
    y += ui_text(a, FONT_HEADING, C_ACCENT, x, y, w, _("The report, word for word")) + gap / 2;
    y += ui_text(a, FONT_SMALL, C_TEXT, x, y, w, a->hw.report.preview) + gap;
    y += ui_button(a, x, y, w, _("Back"), ACT_BACK, 0);
    a->dl.content_h = y + gap * 2 - a->dl.body_top;
}
