/* report_text.c — the report as plain text, for pasting into an email, and
 * the preview: the same text with each reflection's id, shown before
 * anything is written. */
#include <stdlib.h>
#include <string.h>

#include "report/report_internal.h"

static const ReportMarkup text_markup = {
    .text = report_clean_text,
    .assignment_open = "THE ASSIGNMENT\n\n",
    .no_assignment = "No assignment was given: this report holds every story played.\n\n",
    .assignment_close = "\n",
    .facts_open = "", .fact_open = "%s: ", .fact_close = "\n", .facts_close = "",
    .note_open = "A note: ", .note_close = "\n",
    .questions_open = "Questions to think and write about:\n",
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
    textbuf_puts(b, "\nEvery choice in order, with the meters after it:\n");
    int last_step = -1;
    for (int i = 0; i < rp->history.count; i++) {
        const ChoiceRecord *c = &rp->history.items[i];
        if (i > 0 && c->step <= last_step)
            textbuf_printf(b, "  (went back to step %d and tried again)\n", c->step + 1);
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
        if (c->n_meters >= 3)
            textbuf_printf(b, " - resentment %d, growth %d, intimacy %d", c->meters[0],
                           c->meters[1], c->meters[2]);
        textbuf_puts(b, c->taken_back ? " [taken back]\n" : "\n");
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

static int render(Profile *p, const ReportOptions *o, bool preview, char **out, char **err)
{
    *out = NULL;
    ReportData d;
    if (report_gather(p, o, preview, &d, err) < 0)
        return -1;
    TextBuf b = {0};
    char today[64];
    report_date(d.now, today, sizeof today);
    textbuf_printf(&b, "BESIDE: HOMEWORK REPORT\nWritten on %s.\n\n", today);
    report_put_assignment(&b, &d, &text_markup);

    textbuf_puts(&b, "WHAT WAS PLAYED\n\n");
    if (d.n_plays == 0)
        textbuf_puts(&b, "No stories were played for this assignment yet.\n\n");
    else
        textbuf_puts(&b, "Resentment: lower is better. Growth and intimacy: higher is better.\n\n");
    for (int i = 0; i < d.n_plays; i++)
        put_play(&b, &d, &d.plays[i]);

    if (report_drill_wanted(&d))
        report_drill_put_text(&b, &d);

    textbuf_puts(&b, "WHAT WAS WRITTEN\n\n");
    int shown = 0;
    for (int i = 0; i < d.n_refl; i++) {
        const JournalEntry *e = &d.refl[i];
        if (is_left_out(o, e->id))
            continue;
        shown++;
        textbuf_puts(&b, "-- ");
        report_put_reflection_head(&b, &d, e, report_clean_text);
        if (preview)
            textbuf_printf(&b, " (reflection %lld)", (long long)e->id);
        textbuf_puts(&b, "\n");
        if (e->prompt) {
            textbuf_puts(&b, "The question: ");
            report_clean_text(&b, e->prompt);
            textbuf_puts(&b, "\n");
        }
        report_clean_text(&b, e->body);
        textbuf_puts(&b, "\n\n");
    }
    if (shown == 0)
        textbuf_puts(&b, "No reflections are in this report.\n\n");
    if (preview) {
        for (int i = 0; i < d.n_refl; i++) {
            if (!is_left_out(o, d.refl[i].id))
                continue;
            textbuf_printf(&b, "Left out (not in the report): reflection %lld, ",
                           (long long)d.refl[i].id);
            report_put_reflection_head(&b, &d, &d.refl[i], report_clean_text);
            textbuf_puts(&b, "\n");
        }
    }
    if (d.hw && d.hw->practice) {
        textbuf_puts(&b, "PRACTICE FOR THE WEEK\n\n");
        report_clean_text(&b, d.hw->practice);
        textbuf_puts(&b, "\n\n");
    }
    textbuf_puts(&b, "--\nBeside is practice, not therapy. This report was made by the client, "
                     "on their own computer, when they chose to make it. Beside sends nothing "
                     "anywhere. If you are in danger or in crisis, call your local emergency "
                     "number.\n");
    report_data_free(&d);
    if (b.failed) {
        textbuf_free(&b);
        if (err)
            *err = text_dup("Beside ran out of memory while writing the report.");
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
