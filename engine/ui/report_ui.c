/* report_ui.c — the homework report in the window: a preview of exactly
 * what it holds, any reflection left out with one press, and a file written
 * only when the player says so (engine/report/ builds it). */
#include <stdlib.h>
#include <string.h>

#include "app/titles.h"
#include "core/text.h"
#include "report/report.h"
#include "ui/app.h"

static bool left_out(const App *a, int64_t id)
{
    for (int i = 0; i < a->hw.n_left_out; i++)
        if (a->hw.left_out[i] == id)
            return true;
    return false;
}

static ReportOptions options(App *a)
{
    if (!a->hw.titles)
        a->hw.titles = titles_new(); /* endings and unplayed stories by title */
    return (ReportOptions){.homework = a->hw.assignment, .leave_out = a->hw.left_out,
                           .n_leave_out = a->hw.n_left_out, .title = titles_lookup,
                           .title_ctx = a->hw.titles};
}

void app_report_free(App *a)
{
    journal_entries_free(a->hw.reflections, a->hw.n_reflections);
    titles_free(a->hw.titles);
    a->hw.titles = NULL;
    a->hw.reflections = NULL;
    a->hw.n_reflections = 0;
    free(a->hw.preview);
    a->hw.preview = NULL;
    free(a->hw.left_out);
    a->hw.left_out = NULL;
    a->hw.n_left_out = 0;
}

/* Builds the preview text from the profile as it is now. */
static void rebuild(App *a)
{
    free(a->hw.preview);
    a->hw.preview = NULL;
    char *err = NULL;
    ReportOptions o = options(a);
    if (!a->profile) {
        a->hw.preview = text_dup("Beside has no profile open, so there is nothing to "
                                     "report.");
        return;
    }
    if (report_text(a->profile, &o, &a->hw.preview, &err) < 0) {
        a->hw.preview = text_format("The report could not be made: %s", err ? err : "");
        free(err);
    }
}

void app_report_prepare(App *a)
{
    journal_entries_free(a->hw.reflections, a->hw.n_reflections);
    a->hw.reflections = NULL;
    a->hw.n_reflections = 0;
    if (a->profile) {
        /* Every reflection that could go in, left out or not, for the
         * buttons; the preview text holds only those kept. */
        ReportOptions all = {.homework = a->hw.assignment};
        char *err = NULL;
        if (report_reflections(a->profile, &all, &a->hw.reflections,
                               &a->hw.n_reflections, &err) < 0) {
            a->hw.reflections = NULL;
            a->hw.n_reflections = 0;
        }
        free(err);
    }
    rebuild(a);
}

void app_report_toggle(App *a, int index)
{
    if (index < 0 || index >= a->hw.n_reflections)
        return;
    int64_t id = a->hw.reflections[index].id;
    for (int i = 0; i < a->hw.n_left_out; i++)
        if (a->hw.left_out[i] == id) {
            a->hw.left_out[i] = a->hw.left_out[--a->hw.n_left_out];
            rebuild(a);
            a->dirty = true;
            return;
        }
    int64_t *more = realloc(a->hw.left_out,
                            (size_t)(a->hw.n_left_out + 1) * sizeof *more);
    if (!more)
        return;
    a->hw.left_out = more;
    more[a->hw.n_left_out++] = id;
    rebuild(a);
    a->dirty = true;
}

void app_report_save(App *a)
{
    if (!a->profile)
        return;
    ReportOptions o = options(a);
    char *html = NULL, *text = NULL, *err = NULL;
    char *dir = report_default_dir(), *html_path = NULL, *text_path = NULL;
    if (report_html(a->profile, &o, &html, &err) == 0 &&
        report_text(a->profile, &o, &text, &err) == 0 && dir) {
        html_path = report_write_file(NULL, dir, "beside-report", "html", 0, html, &err);
        if (html_path)
            text_path = report_write_file(NULL, dir, "beside-report", "txt", 0, text, &err);
    }
    char *msg = html_path
                    ? text_format("Your report was saved as %s%s%s. Open it in a web browser "
                                  "to read or print it. It stays on this computer until you "
                                  "share it.",
                                  html_path, text_path ? ", with a plain-text copy as " : "",
                                  text_path ? text_path : "")
                    : text_format("The report could not be saved: %s",
                                  err ? err : "there is no folder to save it in.");
    app_set_problem(a, msg);
    a->scroll = 0; /* the message is at the top */
    free(msg);
    free(err);
    free(html);
    free(text);
    free(dir);
    free(html_path);
    free(text_path);
}

void screen_report(App *a)
{
    int y = screen_top_bar(a, "Your report", true, false), x, w, gap = ui_gap(a);
    ui_column(a, &x, &w);
    y += gap;
    y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                 "This is everything the report will hold. Nothing is saved until you press "
                 "Save, and then only in your documents folder, on this computer.") + gap;
    if (a->hw.n_reflections > 0) {
        y += ui_text(a, FONT_HEADING, C_ACCENT, x, y, w, "Your reflections") + gap / 3;
        y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w,
                     "Press one to leave it out of the report, or to put it back. It stays in "
                     "your journal either way.") + gap / 2;
        for (int i = 0; i < a->hw.n_reflections; i++) {
            const JournalEntry *e = &a->hw.reflections[i];
            const char *body = e->body && *e->body ? e->body : "(empty)";
            size_t n = strcspn(body, "\n");
            if (n > 80)
                n = 80;
            while (n > 0 && ((unsigned char)body[n] & 0xC0) == 0x80)
                n--;
            int at = a->dl.count;
            y += ui_button(a, x, y, w,
                           dl_printf(&a->dl, "%s: %.*s%s", left_out(a, e->id) ? "Left out"
                                                                               : "In the report",
                                     (int)n, body, body[n] ? "\u2026" : ""),
                           ACT_REPORT_TOGGLE, i) + gap / 3;
            a->dl.items[at].selected = !left_out(a, e->id);
        }
        y += gap;
    }
    y += ui_button(a, x, y, w, "Save the report", ACT_REPORT_SAVE, 0) + gap;
    y += ui_text(a, FONT_HEADING, C_ACCENT, x, y, w, "The report, word for word") + gap / 2;
    y += ui_text(a, FONT_SMALL, C_TEXT, x, y, w, a->hw.preview) + gap;
    y += ui_button(a, x, y, w, "Back", ACT_BACK, 0);
    a->dl.content_h = y + gap * 2 - a->dl.body_top;
}
