/* report_common.c — the parts of the report that read the same in HTML and
 * in plain text: the assignment, what happened in a playthrough, the counts
 * of each kind, a reflection's heading. Each renderer gives its markup and
 * its way of writing text (escaped for HTML, cleaned for plain text). */
#include <stdio.h>

#include "core/i18n.h"
#include "report/report_internal.h"

void report_put_day(TextBuf *b, const char *day, ReportEscape text)
{
    int64_t t = report_parse_day(day);
    char buf[64];
    if (t) {
        date_day_text(t, buf, sizeof buf);
        textbuf_puts(b, buf);
    } else {
        text(b, day);
    }
}

void report_put_kinds(TextBuf *b, const int *counts)
{
    bool any = false;
    for (int k = 0; k < REPORT_KINDS; k++) {
        /* Rescue and support are always named, even at 0: they are the point. */
        if (counts[k] == 0 && k != KIND_RESCUE && k != KIND_SUPPORT)
            continue;
        textbuf_printf(b, "%s%d %s", any ? ", " : "", counts[k], report_kind_label(k));
        any = true;
    }
}

static void fact(TextBuf *b, const ReportMarkup *m, const char *label)
{
    textbuf_printf(b, m->fact_open, label);
}

void report_put_assignment(TextBuf *b, const ReportData *d, const ReportMarkup *m)
{
    const Homework *hw = d->hw;
    textbuf_printf(b, m->assignment_open, _(m->assignment_title));
    if (!hw) {
        textbuf_printf(b, m->no_assignment,
                       _("No assignment was given: this report holds every story played."));
        return;
    }
    textbuf_puts(b, m->facts_open);
    if (hw->from) {
        fact(b, m, _("From"));
        m->text(b, hw->from);
        textbuf_puts(b, m->fact_close);
    }
    if (hw->assigned) {
        fact(b, m, _("Given on"));
        report_put_day(b, hw->assigned, m->text);
        textbuf_puts(b, m->fact_close);
    }
    if (hw->due) {
        fact(b, m, _("Due by"));
        report_put_day(b, hw->due, m->text);
        textbuf_puts(b, m->fact_close);
    }
    if (hw->n_stories > 0)
        fact(b, m, _("Stories"));
    for (int i = 0; i < hw->n_stories; i++) {
        textbuf_puts(b, i ? ", " : "");
        m->text(b, report_story_title(d, hw->stories[i]));
        if (!report_story_played(d, hw->stories[i]))
            textbuf_puts(b, _(" (not played yet)"));
    }
    if (hw->n_stories > 0)
        textbuf_puts(b, m->fact_close);
    if (hw->drill_rounds || hw->check_form) {
        fact(b, m, _("Spot it"));
        if (hw->drill_rounds)
            textbuf_printf(b, ngettext("%d practice round", "%d practice rounds",
                                       (unsigned long)hw->drill_rounds),
                           hw->drill_rounds);
        if (hw->check_form) {
            textbuf_puts(b, hw->drill_rounds ? ", " : "");
            textbuf_printf(b, _("check form %c"), hw->check_form);
        }
        textbuf_puts(b, m->fact_close);
    }
    textbuf_puts(b, m->facts_close);
    if (hw->note) {
        textbuf_printf(b, m->note_open, _("A note:"));
        m->text(b, hw->note);
        textbuf_puts(b, m->note_close);
    }
    if (hw->n_questions > 0) {
        textbuf_printf(b, m->questions_open, _("Questions to think and write about:"));
        for (int i = 0; i < hw->n_questions; i++) {
            textbuf_puts(b, m->item_open);
            m->text(b, hw->questions[i]);
            textbuf_puts(b, m->item_close);
        }
        textbuf_puts(b, m->questions_close);
    }
    textbuf_puts(b, m->assignment_close);
}

void report_put_outcome(TextBuf *b, const ReportData *d, const ReportPlay *rp,
                        const ReportMarkup *m)
{
    const PlaythroughInfo *pi = rp->info;
    char when[64], spent[64];
    date_day_text(pi->started, when, sizeof when);
    report_duration(pi->active_seconds, spent, sizeof spent);
    textbuf_printf(b, _("Played on %s. Time spent: %s."), when, spent);
    textbuf_puts(b, m->sentence_gap);
    if (pi->n_endings > 0) {
        textbuf_puts(b, ngettext("Ending reached: ", "Endings reached: ",
                                 (unsigned long)pi->n_endings));
        for (int i = 0; i < pi->n_endings; i++) {
            textbuf_puts(b, i ? ", " : "");
            m->text(b, report_ending_title(d, pi->story_id, pi->endings[i]));
        }
        textbuf_puts(b, ".");
    } else {
        textbuf_puts(b, pi->abandoned ? _("Left before an ending.") : _("Not finished yet."));
    }
    if (pi->rewinds > 0 || rp->retries > 0) {
        char back[48], again[48];
        snprintf(back, sizeof back, ngettext("%d time", "%d times", (unsigned long)pi->rewinds),
                 pi->rewinds);
        snprintf(again, sizeof again, ngettext("%d time", "%d times", (unsigned long)rp->retries),
                 rp->retries);
        textbuf_puts(b, m->sentence_gap);
        textbuf_printf(b, _("Went back %s and tried again %s."), back, again);
    }
}

void report_put_counts(TextBuf *b, const ReportPlay *rp, const ReportMarkup *m)
{
    textbuf_puts(b, _("Responses kept: "));
    report_put_kinds(b, rp->kept);
    textbuf_puts(b, ".");
    int back = 0;
    for (int k = 0; k < REPORT_KINDS; k++)
        back += rp->taken_back[k];
    if (back > 0) {
        textbuf_puts(b, m->sentence_gap);
        textbuf_puts(b, _("Taken back: "));
        report_put_kinds(b, rp->taken_back);
        textbuf_puts(b, ".");
    }
}

void report_put_reflection_head(TextBuf *b, const ReportData *d, const JournalEntry *e,
                                ReportEscape text)
{
    char when[64];
    date_day_text(e->created, when, sizeof when);
    if (!e->story_id) {
        textbuf_puts(b, when);
        return;
    }
    TextBuf title = {0};
    text(&title, report_story_title(d, e->story_id));
    textbuf_printf(b, _("After %s, %s"), title.data ? title.data : "", when);
    b->failed |= title.failed;
    textbuf_free(&title);
}
