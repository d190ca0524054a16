/* report_text.c — the report as plain text, for pasting into an email, and
 * the preview: the same text with each reflection's id, shown before
 * anything is written. */
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "report/report_internal.h"

static const ReportMarkup text_markup = {
    .text = report_clean_text,
    .assignment_open = "%s\n\n",
    .assignment_title = N_("THE ASSIGNMENT"),
    .no_assignment = "%s\n\n",
    .assignment_close = "\n",
    .facts_open = "", .fact_open = "%s: ", .fact_close = "\n", .facts_close = "",
    .note_open = "%s ", .note_close = "\n",
    .questions_open = "%s\n",
    .item_open = "  - ", .item_close = "\n", .questions_close = "",
    .sentence_gap = "\n",
};

static void put_play(TextBuf *b, const ReportData *d, const ReportPlay *rp)
{
    const PlaythroughInfo *pi = rp->info;
    textbuf_puts(b, "== ");
    report_clean_text(b, report_story_title(d, pi->story_id));
    textbuf_puts(b, " ==\n");
    report_put_outcome(b, d, rp, &text_markup);
    textbuf_puts(b, "\n");
    textbuf_printf(b, "\n%s\n", _("Every choice in order, with the meters after it:"));
    int last_step = -1;
    for (int i = 0; i < rp->history.count; i++) {
        const ChoiceRecord *c = &rp->history.items[i];
        if (i > 0 && c->step <= last_step) {
            textbuf_puts(b, "  (");
            textbuf_printf(b, _("went back to step %d and tried again"), c->step + 1);
            textbuf_puts(b, ")\n");
        }
        last_step = c->step;
        /* A choice that is speech already has its quotation marks; others
         * get single ones, so none is quoted twice. */
        bool quoted = c->choice_text && (strncmp(c->choice_text, "\u201c", 3) == 0 ||
                                         c->choice_text[0] == '"');
        textbuf_printf(b, "  %d. %s", c->step + 1, quoted ? "" : "\u2018");
        report_clean_text(b, c->choice_text);
        int k = report_kind_index(c->kind);
        textbuf_printf(b, "%s - ", quoted ? "" : "\u2019");
        report_clean_text(b, k < KIND_COUNT ? report_kind_label(k) : c->kind);
        if (c->n_meters >= 3) {
            textbuf_puts(b, " - ");
            textbuf_printf(b, _("resentment %d, growth %d, intimacy %d"), c->meters[0],
                           c->meters[1], c->meters[2]);
        }
        if (c->taken_back)
            textbuf_printf(b, " [%s]", _("taken back"));
        textbuf_puts(b, "\n");
    }
    report_put_counts(b, rp, &text_markup);
    textbuf_puts(b, "\n");
    textbuf_puts(b, "\n");
}

static bool is_left_out(const ReportOptions *o, int64_t id)
{
    for (int i = 0; o && i < o->n_leave_out; i++)
        if (o->leave_out[i] == id)
            return true;
    return false;
}

/* WHAT WAS WRITTEN: each reflection in the report, and in a preview the
 * ones left out, named so the client can put them back. */
static void put_reflections(TextBuf *b, const ReportData *d, const ReportOptions *o,
                            bool preview)
{
    textbuf_printf(b, "%s\n\n", _("WHAT WAS WRITTEN"));
    int shown = 0;
    for (int i = 0; i < d->n_refl; i++) {
        const JournalEntry *e = &d->refl[i];
        if (is_left_out(o, e->id))
            continue;
        shown++;
        textbuf_puts(b, "-- ");
        report_put_reflection_head(b, d, e, report_clean_text);
        if (preview) {
            textbuf_puts(b, " (");
            textbuf_printf(b, _("reflection %lld"), (long long)e->id);
            textbuf_puts(b, ")");
        }
        textbuf_puts(b, "\n");
        if (e->prompt) {
            textbuf_puts(b, _("The question: "));
            report_clean_text(b, e->prompt);
            textbuf_puts(b, "\n");
        }
        report_clean_text(b, e->body);
        textbuf_puts(b, "\n\n");
    }
    if (shown == 0)
        textbuf_printf(b, "%s\n\n", _("No reflections are in this report."));
    if (preview) {
        for (int i = 0; i < d->n_refl; i++) {
            if (!is_left_out(o, d->refl[i].id))
                continue;
            textbuf_printf(b, _("Left out (not in the report): reflection %lld, "),
                           (long long)d->refl[i].id);
            report_put_reflection_head(b, d, &d->refl[i], report_clean_text);
            textbuf_puts(b, "\n");
        }
    }
}

static int render(Profile *p, const ReportOptions *o, bool preview, char **out, char **err)
{
    *out = NULL;
    ReportData d;
    if (report_gather(p, o, preview, &d, err) < 0)
        return -1;
    TextBuf b = {0};
    char today[64];
    date_day_text(d.now, today, sizeof today);
    textbuf_printf(&b, "%s\n", _("BESIDE: HOMEWORK REPORT"));
    textbuf_printf(&b, _("Written on %s."), today);
    textbuf_puts(&b, "\n\n");
    report_put_assignment(&b, &d, &text_markup);

    textbuf_printf(&b, "%s\n\n", _("WHAT WAS PLAYED"));
    if (d.n_plays == 0)
        textbuf_printf(&b, "%s\n\n", _("No stories were played for this assignment yet."));
    else
        textbuf_printf(&b, "%s\n\n",
                       _("Resentment: lower is better. Growth and intimacy: higher is better."));
    for (int i = 0; i < d.n_plays; i++)
        put_play(&b, &d, &d.plays[i]);

    if (report_drill_wanted(&d))
        report_drill_put_text(&b, &d);

    put_reflections(&b, &d, o, preview);
    if (d.hw && d.hw->practice) {
        textbuf_printf(&b, "%s\n\n", _("PRACTICE FOR THE WEEK"));
        report_clean_text(&b, d.hw->practice);
        textbuf_puts(&b, "\n\n");
    }
    textbuf_printf(&b, "--\n%s\n",
                   _("Beside is practice, not therapy. This report was made by the client, on "
                     "their own computer, when they chose to make it. Beside sends nothing "
                     "anywhere. If you are in danger or in crisis, call your local emergency "
                     "number."));
    report_data_free(&d);
    if (b.failed) {
        textbuf_free(&b);
        if (err)
            *err = text_dup(_("Beside ran out of memory while writing the report."));
        return -1;
    }
    *out = textbuf_take(&b);
    return 0;
}

int report_text(Profile *p, const ReportOptions *o, char **out, char **err)
{
    return render(p, o, false, out, err);
}

int report_preview(Profile *p, const ReportOptions *o, char **out, char **err)
{
    return render(p, o, true, out, err);
}
