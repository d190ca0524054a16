/* homework_report.c — the homework report as a player makes it: a preview,
 * reflections left out with one press, files written only when asked. */
#include "app/homework_report.h"

#include <stdlib.h>

#include "app/titles.h"
#include "core/i18n.h"
#include "core/text.h"
#include "report/report.h"

bool homework_report_left_out(const HomeworkReport *r, int64_t id)
{
    for (int i = 0; i < r->n_left_out; i++)
        if (r->left_out[i] == id)
            return true;
    return false;
}

static ReportOptions options(HomeworkReport *r, const Homework *hw)
{
    if (!r->titles)
        r->titles = titles_new(); /* endings and unplayed stories by title */
    return (ReportOptions){.homework = hw, .leave_out = r->left_out,
                           .n_leave_out = r->n_left_out, .title = titles_lookup,
                           .title_ctx = r->titles};
}

/* Builds the preview text from the profile as it is now. */
static void rebuild(HomeworkReport *r, Profile *p, const Homework *hw)
{
    free(r->preview);
    r->preview = NULL;
    if (!p) {
        r->preview = text_dup(_("Beside has no profile open, so there is nothing to report."));
        return;
    }
    char *err = NULL;
    ReportOptions o = options(r, hw);
    if (report_text(p, &o, &r->preview, &err) < 0) {
        r->preview = text_format(_("The report could not be made: %s"), err ? err : "");
        free(err);
    }
}

void homework_report_prepare(HomeworkReport *r, Profile *p, const Homework *hw)
{
    journal_entries_free(r->reflections, r->n_reflections);
    r->reflections = NULL;
    r->n_reflections = 0;
    if (p) {
        /* Every reflection that could go in, left out or not, for the
         * buttons; the preview text holds only those kept. */
        ReportOptions all = {.homework = hw};
        char *err = NULL;
        if (report_reflections(p, &all, &r->reflections, &r->n_reflections, &err) < 0) {
            r->reflections = NULL;
            r->n_reflections = 0;
        }
        free(err);
    }
    rebuild(r, p, hw);
}

int homework_report_toggle(HomeworkReport *r, Profile *p, const Homework *hw, int index)
{
    if (index < 0 || index >= r->n_reflections)
        return 0;
    int64_t id = r->reflections[index].id;
    for (int i = 0; i < r->n_left_out; i++)
        if (r->left_out[i] == id) {
            r->left_out[i] = r->left_out[--r->n_left_out];
            rebuild(r, p, hw);
            return 1;
        }
    int64_t *more = realloc(r->left_out, (size_t)(r->n_left_out + 1) * sizeof *more);
    if (!more)
        return 0;
    r->left_out = more;
    more[r->n_left_out++] = id;
    rebuild(r, p, hw);
    return 1;
}

void homework_report_clear_choices(HomeworkReport *r)
{
    free(r->left_out);
    r->left_out = NULL;
    r->n_left_out = 0;
}

char *homework_report_save(HomeworkReport *r, Profile *p, const Homework *hw)
{
    if (!p)
        return text_dup(_("Beside has no profile open, so there is no report to save."));
    ReportOptions o = options(r, hw);
    char *html = NULL, *text = NULL, *err = NULL;
    char *dir = report_default_dir(), *html_path = NULL, *text_path = NULL;
    if (report_html(p, &o, &html, &err) == 0 && report_text(p, &o, &text, &err) == 0 && dir) {
        html_path = report_write_file(NULL, dir, "beside-report", "html", 0, html, &err);
        if (html_path)
            text_path = report_write_file(NULL, dir, "beside-report", "txt", 0, text, &err);
    }
    char *msg = text_path ? text_format(_("Your report was saved as %s, with a plain-text copy "
                                          "as %s. Open it in a web browser to read or print "
                                          "it. It stays on this computer until you share it."),
                                        html_path, text_path)
                : html_path ? text_format(_("Your report was saved as %s. Open it in a web "
                                            "browser to read or print it. It stays on this "
                                            "computer until you share it."),
                                          html_path)
                            : text_format(_("The report could not be saved: %s"),
                                          err ? err : _("there is no folder to save it in."));
    free(err);
    free(html);
    free(text);
    free(dir);
    free(html_path);
    free(text_path);
    return msg;
}

void homework_report_free(HomeworkReport *r)
{
    journal_entries_free(r->reflections, r->n_reflections);
    titles_free(r->titles);
    free(r->preview);
    free(r->left_out);
    *r = (HomeworkReport){0};
}

int homework_report_unknown_id(Profile *p, const Homework *hw, const int64_t *ids, int n,
                               char **err)
{
    ReportOptions all = {.homework = hw};
    JournalEntry *e;
    int count;
    if (report_reflections(p, &all, &e, &count, err) < 0)
        return -2;
    int unknown = -1;
    for (int i = 0; i < n && unknown < 0; i++) {
        bool found = false;
        for (int j = 0; j < count; j++)
            found = found || e[j].id == ids[i];
        if (!found)
            unknown = i;
    }
    journal_entries_free(e, count);
    return unknown;
}

int homework_report_make(Profile *p, const Homework *hw, const int64_t *leave_out, int n,
                         ReportFormat format, char **out, char **err)
{
    Titles *titles = titles_new(); /* endings and unplayed stories by title */
    ReportOptions o = {.homework = hw, .leave_out = leave_out, .n_leave_out = n,
                       .title = titles_lookup, .title_ctx = titles};
    int r = format == REPORT_AS_PREVIEW ? report_preview(p, &o, out, err)
            : format == REPORT_AS_TEXT  ? report_text(p, &o, out, err)
                                        : report_html(p, &o, out, err);
    titles_free(titles);
    return r;
}

char *homework_report_write(const char *path, const char *ext, const char *text, char **err)
{
    char *dir = path ? NULL : report_default_dir();
    if (!path && !dir) {
        *err = text_dup(_("Beside cannot tell where your documents folder is (HOME is not "
                          "set). Say where to write it with --output FILE."));
        return NULL;
    }
    char *written = report_write_file(path, dir, "beside-report", ext, 0, text, err);
    free(dir);
    return written;
}
