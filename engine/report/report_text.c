/* report_text.c — the report as plain text, for pasting into an email, and
 * the preview: the same text with each reflection's id, shown before
 * anything is written. */
#include <stdlib.h>
#include <string.h>

#include "report_internal.h"

static void put_day(TextBuf *b, const char *day)
{
    int64_t t = report_parse_day(day);
    char buf[64];
    if (t) {
        report_date(t, buf, sizeof buf);
        textbuf_puts(b, buf);
    } else {
        report_clean_text(b, day);
    }
}

static void put_kinds(TextBuf *b, const int *counts)
{
    bool any = false;
    for (int k = 0; k < REPORT_KINDS; k++) {
        if (counts[k] == 0 && k != KIND_RESCUE && k != KIND_SUPPORT)
            continue;
        textbuf_printf(b, "%s%d %s", any ? ", " : "", counts[k], report_kind_label(k));
        any = true;
    }
}

static void put_assignment(TextBuf *b, const ReportData *d)
{
    const Homework *hw = d->hw;
    textbuf_puts(b, "THE ASSIGNMENT\n\n");
    if (!hw) {
        textbuf_puts(b, "No assignment was given: this report holds every story played.\n\n");
        return;
    }
    if (hw->from) {
        textbuf_puts(b, "From: ");
        report_clean_text(b, hw->from);
        textbuf_puts(b, "\n");
    }
    if (hw->assigned) {
        textbuf_puts(b, "Given on: ");
        put_day(b, hw->assigned);
        textbuf_puts(b, "\n");
    }
    if (hw->due) {
        textbuf_puts(b, "Due by: ");
        put_day(b, hw->due);
        textbuf_puts(b, "\n");
    }
    textbuf_puts(b, "Stories: ");
    for (int i = 0; i < hw->n_stories; i++) {
        textbuf_puts(b, i ? ", " : "");
        report_clean_text(b, report_story_title(d, hw->stories[i]));
        if (!report_story_played(d, hw->stories[i]))
            textbuf_puts(b, " (not played yet)");
    }
    textbuf_puts(b, "\n");
    if (hw->note) {
        textbuf_puts(b, "A note: ");
        report_clean_text(b, hw->note);
        textbuf_puts(b, "\n");
    }
    if (hw->n_questions > 0) {
        textbuf_puts(b, "Questions to think and write about:\n");
        for (int i = 0; i < hw->n_questions; i++) {
            textbuf_puts(b, "  - ");
            report_clean_text(b, hw->questions[i]);
            textbuf_puts(b, "\n");
        }
    }
    textbuf_puts(b, "\n");
}

static void put_play(TextBuf *b, const ReportData *d, const ReportPlay *rp)
{
    const PlaythroughInfo *pi = rp->info;
    char when[64], spent[64];
    report_date(pi->started, when, sizeof when);
    report_duration(pi->active_seconds, spent, sizeof spent);
    textbuf_puts(b, "== ");
    report_clean_text(b, report_story_title(d, pi->story_id));
    textbuf_printf(b, " ==\nPlayed on %s. Time spent: %s.\n", when, spent);
    if (pi->n_endings > 0) {
        textbuf_puts(b, pi->n_endings == 1 ? "Ending reached: " : "Endings reached: ");
        for (int i = 0; i < pi->n_endings; i++) {
            textbuf_puts(b, i ? ", " : "");
            report_clean_text(b, pi->endings[i]);
        }
        textbuf_puts(b, ".\n");
    } else {
        textbuf_puts(b, pi->abandoned ? "Left before an ending.\n" : "Not finished yet.\n");
    }
    if (pi->rewinds > 0 || rp->retries > 0)
        textbuf_printf(b, "Went back %d time%s and tried again %d time%s.\n", pi->rewinds,
                       pi->rewinds == 1 ? "" : "s", rp->retries, rp->retries == 1 ? "" : "s");
    textbuf_puts(b, "\nEvery choice in order, with the meters after it:\n");
    int last_step = -1;
    for (int i = 0; i < rp->history.count; i++) {
        const ChoiceRecord *c = &rp->history.items[i];
        if (i > 0 && c->step <= last_step)
            textbuf_printf(b, "  (went back to step %d and tried again)\n", c->step + 1);
        last_step = c->step;
        textbuf_printf(b, "  %d. \"", c->step + 1);
        report_clean_text(b, c->choice_text);
        int k = report_kind_index(c->kind);
        textbuf_puts(b, "\" - ");
        report_clean_text(b, k < KIND_COUNT ? report_kind_label(k) : c->kind);
        if (c->n_meters >= 3)
            textbuf_printf(b, " - resentment %d, growth %d, intimacy %d", c->meters[0],
                           c->meters[1], c->meters[2]);
        textbuf_puts(b, c->taken_back ? " [taken back]\n" : "\n");
    }
    textbuf_puts(b, "Responses kept: ");
    put_kinds(b, rp->kept);
    textbuf_puts(b, ".\n");
    int back = 0;
    for (int k = 0; k < REPORT_KINDS; k++)
        back += rp->taken_back[k];
    if (back > 0) {
        textbuf_puts(b, "Taken back: ");
        put_kinds(b, rp->taken_back);
        textbuf_puts(b, ".\n");
    }
    textbuf_puts(b, "\n");
}

static bool is_left_out(const ReportOptions *o, int64_t id)
{
    for (int i = 0; o && i < o->n_leave_out; i++)
        if (o->leave_out[i] == id)
            return true;
    return false;
}

static void put_reflection_head(TextBuf *b, const ReportData *d, const JournalEntry *e)
{
    char when[64];
    report_date(e->created, when, sizeof when);
    if (e->story_id) {
        textbuf_puts(b, "After ");
        report_clean_text(b, report_story_title(d, e->story_id));
        textbuf_puts(b, ", ");
    }
    textbuf_puts(b, when);
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
    put_assignment(&b, &d);

    textbuf_puts(&b, "WHAT WAS PLAYED\n\n");
    if (d.n_plays == 0)
        textbuf_puts(&b, "No stories were played for this assignment yet.\n\n");
    else
        textbuf_puts(&b, "Resentment: lower is better. Growth and intimacy: higher is better.\n\n");
    for (int i = 0; i < d.n_plays; i++)
        put_play(&b, &d, &d.plays[i]);

    textbuf_puts(&b, "WHAT WAS WRITTEN\n\n");
    int shown = 0;
    for (int i = 0; i < d.n_refl; i++) {
        const JournalEntry *e = &d.refl[i];
        if (is_left_out(o, e->id))
            continue;
        shown++;
        textbuf_puts(&b, "-- ");
        put_reflection_head(&b, &d, e);
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
            put_reflection_head(&b, &d, &d.refl[i]);
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
