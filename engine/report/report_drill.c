/* report_drill.c — the Spot it part of the homework report: practice
 * accuracy per kind, the check forms' results and the change between them,
 * and the items missed, with their text as they were asked. */
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "report/report_internal.h"

/* Missed items listed at most; the rest are counted. */
enum { MAX_MISSED = 20 };

int report_drill_gather(Profile *p, int64_t since, ReportDrill *out, char **err)
{
    memset(out, 0, sizeof *out);
    if (profile_drill_rounds(p, since, &out->rounds, &out->n_rounds, err) < 0)
        return -1;
    DrillAnswerRecord *all = NULL;
    int n = 0;
    if (profile_drill_answers(p, since, true, &all, &n, err) < 0) {
        report_drill_free(out);
        return -1;
    }
    /* Each item once, at its latest miss: newest first. */
    out->missed = calloc((size_t)n + 1, sizeof *out->missed);
    for (int i = n - 1; out->missed && i >= 0; i--) {
        bool seen = false;
        for (int j = 0; j < out->n_missed && !seen; j++)
            seen = strcmp(out->missed[j].item_id, all[i].item_id) == 0;
        if (seen)
            continue;
        out->missed[out->n_missed++] = all[i];
        memset(&all[i], 0, sizeof all[i]);
    }
    drill_answer_records_free(all, n);
    return 0;
}

void report_drill_free(ReportDrill *d)
{
    free(d->rounds);
    drill_answer_records_free(d->missed, d->n_missed);
    memset(d, 0, sizeof *d);
}

bool report_drill_wanted(const ReportData *d)
{
    return d->drill.n_rounds > 0 || (d->hw && (d->hw->drill_rounds || d->hw->check_form));
}

/* Practice summed, the last finished check of each form, rounds played. */
static void sum_up(const ReportDrill *r, DrillScore *practice, int *played,
                   const DrillRoundInfo **form)
{
    memset(practice, 0, sizeof *practice);
    *played = 0;
    form[0] = form[1] = NULL;
    for (int i = 0; i < r->n_rounds; i++) {
        const DrillRoundInfo *ri = &r->rounds[i];
        if (strcmp(ri->mode, "practice") == 0) {
            *played += drill_score_total(&ri->score) > 0;
            for (int k = 0; k < KIND_COUNT; k++) {
                practice->right[k] += ri->score.right[k];
                practice->total[k] += ri->score.total[k];
            }
        } else if (ri->finished && (ri->mode[0] == 'A' || ri->mode[0] == 'B')) {
            form[ri->mode[0] - 'A'] = ri;
        }
    }
}

static void put_score(TextBuf *b, const DrillScore *s)
{
    int right = drill_score_right(s), total = drill_score_total(s);
    textbuf_printf(b, _("%d of %d right (%d%%)"), right, total,
                   total ? (int)(100.0 * right / total + 0.5) : 0);
}

static void put_asked(TextBuf *b, const ReportData *d, int played)
{
    if (d->hw && d->hw->drill_rounds)
        textbuf_printf(b, ngettext("Asked for %d practice round; %d played.",
                                   "Asked for %d practice rounds; %d played.",
                                   (unsigned long)d->hw->drill_rounds),
                       d->hw->drill_rounds, played);
    else
        textbuf_printf(b, ngettext("%d practice round played.", "%d practice rounds played.",
                                   (unsigned long)played),
                       played);
    textbuf_puts(b, " ");
    if (d->hw && d->hw->check_form) {
        textbuf_printf(b, _("Asked for check form %c."), d->hw->check_form);
        textbuf_puts(b, " ");
    }
}

void report_drill_put_text(TextBuf *b, const ReportData *d)
{
    const ReportDrill *r = &d->drill;
    DrillScore practice;
    int played;
    const DrillRoundInfo *form[2];
    sum_up(r, &practice, &played, form);
    textbuf_printf(b, "%s\n\n", _("SPOT IT (THE PRACTICE DRILL)"));
    put_asked(b, d, played);
    textbuf_puts(b, "\n");
    if (drill_score_total(&practice) > 0) {
        textbuf_puts(b, _("Practice: "));
        put_score(b, &practice);
        textbuf_puts(b, ".\n");
        for (int k = 0; k < KIND_COUNT; k++)
            if (practice.total[k]) {
                textbuf_puts(b, "  ");
                textbuf_printf(b, _("%s: %d of %d right."), _(story_kind_label((ChoiceKind)k)),
                               practice.right[k], practice.total[k]);
                textbuf_puts(b, "\n");
            }
    }
    for (int f = 0; f < 2; f++) {
        if (!form[f])
            continue;
        char day[64];
        date_day_text(form[f]->started, day, sizeof day);
        textbuf_printf(b, _("Check form %c (%s):"), 'A' + f, day);
        textbuf_puts(b, " ");
        put_score(b, &form[f]->score);
        textbuf_puts(b, ".\n");
        for (int k = 0; k < KIND_COUNT; k++) {
            int now = drill_score_percent(&form[f]->score, (ChoiceKind)k);
            int was = f == 1 && form[0] ? drill_score_percent(&form[0]->score, (ChoiceKind)k) : -1;
            if (now < 0)
                continue;
            textbuf_puts(b, "  ");
            textbuf_printf(b, _("%s: %d of %d right"), _(story_kind_label((ChoiceKind)k)),
                           form[f]->score.right[k], form[f]->score.total[k]);
            if (was >= 0) {
                textbuf_puts(b, " ");
                textbuf_printf(b, _("(form A: %d%%, form B: %d%%)"), was, now);
            }
            textbuf_puts(b, ".\n");
        }
    }
    if (form[0] || form[1]) {
        textbuf_puts(b, _(drill_honest_note()));
        textbuf_puts(b, "\n");
    }
    if (r->n_missed)
        textbuf_printf(b, "\n%s\n", _("Items missed, latest first:"));
    for (int i = 0; i < r->n_missed && i < MAX_MISSED; i++) {
        const DrillAnswerRecord *a = &r->missed[i];
        textbuf_puts(b, "  - ");
        textbuf_printf(b, _("It is %s; the answer was %s."), _(story_kind_label(a->kind)),
                       _(story_kind_label(a->answer)));
        textbuf_puts(b, " ");
        report_clean_text(b, a->situation);
        textbuf_printf(b, " %s ", _("The response:"));
        report_clean_text(b, a->response);
        textbuf_puts(b, "\n");
    }
    if (r->n_missed > MAX_MISSED) {
        textbuf_puts(b, "  (");
        textbuf_printf(b, _("and %d more"), r->n_missed - MAX_MISSED);
        textbuf_puts(b, ")\n");
    }
    textbuf_puts(b, "\n");
}

static void html_row(TextBuf *b, int k, const DrillScore *practice, const DrillRoundInfo **form)
{
    textbuf_printf(b, "<tr><th scope=\"row\">%s</th>", _(story_kind_label((ChoiceKind)k)));
    const DrillScore *cols[3] = {practice, form[0] ? &form[0]->score : NULL,
                                 form[1] ? &form[1]->score : NULL};
    for (int c = 0; c < 3; c++) {
        if (c > 0 && !form[c - 1])
            continue;
        if (!cols[c] || cols[c]->total[k] == 0)
            textbuf_puts(b, "<td class=\"num\">–</td>");
        else {
            textbuf_puts(b, "<td class=\"num\">");
            textbuf_printf(b, _("%d of %d"), cols[c]->right[k], cols[c]->total[k]);
            textbuf_puts(b, "</td>");
        }
    }
    textbuf_puts(b, "</tr>\n");
}

void report_drill_put_html(TextBuf *b, const ReportData *d)
{
    const ReportDrill *r = &d->drill;
    DrillScore practice;
    int played;
    const DrillRoundInfo *form[2];
    sum_up(r, &practice, &played, form);
    textbuf_printf(b, "<section aria-labelledby=\"h-drill\">\n<h2 id=\"h-drill\">%s</h2>\n<p>",
                   _("Spot it: the practice drill"));
    put_asked(b, d, played);
    textbuf_printf(b, "</p>\n<table>\n<caption>%s</caption>\n<thead><tr>"
                      "<th scope=\"col\">%s</th><th scope=\"col\" class=\"num\">%s</th>",
                   _("Right answers per kind"), _("Kind"), _("Practice"));
    for (int f = 0; f < 2; f++)
        if (form[f]) {
            textbuf_puts(b, "<th scope=\"col\" class=\"num\">");
            textbuf_printf(b, _("Check form %c"), 'A' + f);
            textbuf_puts(b, "</th>");
        }
    textbuf_puts(b, "</tr></thead>\n<tbody>\n");
    for (int k = 0; k < KIND_COUNT; k++)
        html_row(b, k, &practice, form);
    textbuf_puts(b, "</tbody>\n</table>\n");
    if (form[0] || form[1]) {
        textbuf_puts(b, "<p class=\"quiet\">");
        report_html_text(b, _(drill_honest_note()));
        textbuf_puts(b, "</p>\n");
    }
    if (r->n_missed)
        textbuf_printf(b, "<h3>%s</h3>\n<ul>\n", _("Items missed, latest first"));
    for (int i = 0; i < r->n_missed && i < MAX_MISSED; i++) {
        const DrillAnswerRecord *a = &r->missed[i];
        textbuf_puts(b, "<li><strong>");
        textbuf_printf(b, _("It is %s; the answer was %s."), _(story_kind_label(a->kind)),
                       _(story_kind_label(a->answer)));
        textbuf_puts(b, "</strong> ");
        report_html_text(b, a->situation);
        textbuf_printf(b, " <em>%s</em> ", _("The response:"));
        report_html_text(b, a->response);
        textbuf_puts(b, "</li>\n");
    }
    if (r->n_missed)
        textbuf_puts(b, "</ul>\n");
    if (r->n_missed > MAX_MISSED) {
        textbuf_puts(b, "<p>");
        textbuf_printf(b, _("And %d more."), r->n_missed - MAX_MISSED);
        textbuf_puts(b, "</p>\n");
    }
    textbuf_puts(b, "</section>\n");
}
