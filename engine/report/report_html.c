/* report_html.c — the report as one self-contained HTML file: inline CSS
 * with print rules, an inline SVG chart per playthrough, no scripts and
 * nothing fetched. Every text from the player, a story or the assignment
 * goes through put_text, which escapes it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "report/report_internal.h"

/* Kept short so two stories print on two pages: 10pt text, the chart beside
 * the table, nothing split across a page inside a story's block. Colours
 * keep a contrast of at least 7:1 against white. */
const char report_css[] =
    "html{color:#1a1a1a;background:#fff;font:11pt/1.4 \"DejaVu Sans\",\"Segoe UI\",Arial,sans-serif,\"Noto Color Emoji\",\"Apple Color Emoji\",\"Segoe UI Emoji\"}\n"
    "body{max-width:52rem;margin:1.5rem auto;padding:0 1rem}\n"
    "h1{font-size:1.45em;margin:0 0 .2em}\n"
    "h2{font-size:1.15em;margin:.9em 0 .35em;padding-bottom:.15em;border-bottom:2px solid #1a1a1a}\n"
    "h3{font-size:1em;margin:.6em 0 .2em}\n"
    "p{margin:.3em 0}\n"
    "ul{margin:.2em 0 .4em;padding-left:1.4em}\n"
    ".meta,.quiet{color:#454545}\n"
    "dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.1em .8em;margin:.3em 0}\n"
    "dl.facts dt{font-weight:bold}dl.facts dd{margin:0}\n"
    ".player{white-space:pre-wrap;unicode-bidi:plaintext;overflow-wrap:anywhere}\n"
    ".story{border:1px solid #767676;border-radius:4px;padding:.4em .7em .5em;margin:.6em 0;"
    "break-inside:avoid;page-break-inside:avoid}\n"
    ".story h3{margin-top:.1em}\n"
    ".cols{display:flex;gap:1em;align-items:flex-start}\n"
    ".cols>*{flex:1 1 50%;min-width:0}.cols figure{flex:0 0 40%;margin:0}\n"
    "table{border-collapse:collapse;font-size:.88em;line-height:1.25;width:100%;margin-top:.3em}\n"
    "th,td{border-bottom:1px solid #b0b0b0;padding:.08em .35em;text-align:left;vertical-align:top}\n"
    "th{background:#ececec}\n"
    "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
    "tr.back td{color:#454545;font-style:italic}\n"
    ".tag{font-style:normal;font-size:.85em;border:1px solid #454545;border-radius:3px;"
    "padding:0 .25em;white-space:nowrap}\n"
    "tr.retry td{background:#f3f3f3;color:#1a1a1a;font-size:.92em}\n"
    "figure svg{width:100%;height:auto;display:block}\n"
    ".legend{font-size:.85em;list-style:none;padding:0;margin:.3em 0 0}\n"
    ".legend svg{width:28px;height:8px;display:inline-block;vertical-align:middle}\n"
    ".reflection{margin:.4em 0;break-inside:avoid;page-break-inside:avoid}\n"
    ".reflection .player{border-left:3px solid #767676;padding:.1em 0 .1em .6em;margin:.2em 0}\n"
    "footer{margin-top:.9em;break-inside:avoid;border-top:1px solid #767676;padding-top:.4em;font-size:.88em;"
    "color:#454545}\n"
    "@page{margin:11mm 12mm}\n"
    "@media print{html{font-size:9.5pt}body{max-width:none;margin:0;padding:0}"
    "h2,h3{break-after:avoid;page-break-after:avoid}tr{break-inside:avoid}"
    "th{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n";

/* The three meters: told apart by line style as well as colour, so the
 * chart reads in grey print and with any colour vision. */
const ReportMeterStyle report_meters[3] = {
    {N_("Resentment"), "#b2182b", "", N_("red solid line"), N_("lower is better")},
    {N_("Growth"), "#2166ac", "7 4", N_("blue dashed line"), N_("higher is better")},
    {N_("Intimacy"), "#6a3d9a", "1.5 3.5", N_("purple dotted line"), N_("higher is better")},
};

const char *report_html_lang(void)
{
    /* TRANSLATORS: the code of this language for the report's <html lang>: es, fr, pt-BR. */
    return _("en");
}

void report_html_text(TextBuf *b, const char *s)
{
    TextBuf clean = {0};
    report_clean_text(&clean, s);
    for (const char *p = clean.data ? clean.data : ""; *p; p++) {
        switch (*p) {
        case '&': textbuf_puts(b, "&amp;"); break;
        case '<': textbuf_puts(b, "&lt;"); break;
        case '>': textbuf_puts(b, "&gt;"); break;
        case '"': textbuf_puts(b, "&quot;"); break;
        case '\'': textbuf_puts(b, "&#39;"); break;
        default: textbuf_append(b, p, 1);
        }
    }
    textbuf_free(&clean);
}

static const ReportMarkup html_markup = {
    .text = report_html_text,
    .assignment_open = "<section aria-labelledby=\"h-assignment\">\n"
                       "<h2 id=\"h-assignment\">%s</h2>\n",
    .assignment_title = N_("The assignment"),
    .no_assignment = "<p>%s</p>\n</section>\n",
    .assignment_close = "</div>\n</div>\n</section>\n",
    .facts_open = "<div class=\"cols\">\n<dl class=\"facts\">\n",
    .fact_open = "<dt>%s</dt><dd>", .fact_close = "</dd>\n", .facts_close = "</dl>\n<div>\n",
    .note_open = "<p><strong>%s</strong> <span class=\"player\" dir=\"auto\">",
    .note_close = "</span></p>\n",
    .questions_open = "<p><strong>%s</strong></p>\n<ul>\n",
    .item_open = "<li>", .item_close = "</li>\n", .questions_close = "</ul>\n",
    .sentence_gap = " ",
};

/* How many choices kept have the three meters: the chart's points. */
static int chart_points(const ReportPlay *rp)
{
    int n = 0;
    for (int i = 0; i < rp->history.count; i++)
        n += !rp->history.items[i].taken_back && rp->history.items[i].n_meters >= 3;
    return n;
}

void report_html_chart(TextBuf *b, const int (*points)[3], int n, int first_x,
                       const char *x_name, const char *id, const char *title)
{
    if (n <= 0)
        return;
    const double x0 = 30, x1 = 312, y0 = 8, y1 = 104;
    const double dx = n > 1 ? (x1 - x0) / (n - 1) : 0;
    textbuf_printf(b, "<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 320 128\" "
                      "role=\"img\" aria-labelledby=\"%s-title\">\n<title id=\"%s-title\">",
                   id, id);
    report_html_text(b, title);
    textbuf_puts(b, "</title>\n");
    for (int v = 0; v <= 100; v += 25) {
        double y = y1 - (y1 - y0) * v / 100.0;
        textbuf_printf(b, "<line x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\" stroke=\"#c8c8c8\" "
                          "stroke-width=\"1\"/>\n",
                       x0, y, x1, y);
        if (v % 50 == 0)
            textbuf_printf(b, "<text x=\"%.0f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\" "
                              "fill=\"#1a1a1a\">%d</text>\n",
                           x0 - 5, y + 3.5, v);
    }
    int every = n <= 12 ? 1 : (n + 11) / 12;
    for (int k = 0; k < n; k++) {
        if (k % every != 0 && k != n - 1)
            continue;
        textbuf_printf(b, "<text x=\"%.1f\" y=\"%.0f\" font-size=\"10\" text-anchor=\"middle\" "
                          "fill=\"#1a1a1a\">",
                       x0 + dx * k, y1 + 13);
        if (k + first_x == 0)
            textbuf_printf(b, "%s</text>\n", _("start"));
        else
            textbuf_printf(b, "%d</text>\n", k + first_x);
    }
    textbuf_printf(b, "<text x=\"%.0f\" y=\"126\" font-size=\"10\" text-anchor=\"middle\" "
                      "fill=\"#1a1a1a\">",
                   (x0 + x1) / 2);
    report_html_text(b, x_name);
    textbuf_puts(b, "</text>\n");
    for (int m = 0; m < 3; m++) {
        TextBuf pts = {0};
        for (int k = 0; k < n; k++)
            textbuf_printf(&pts, "%s%.1f,%.1f", k ? " " : "", x0 + dx * k,
                           y1 - (y1 - y0) * points[k][m] / 100.0);
        textbuf_printf(b, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2.2\" "
                          "stroke-linecap=\"round\" stroke-linejoin=\"round\"%s%s%s/>\n",
                       pts.data ? pts.data : "", report_meters[m].colour,
                       *report_meters[m].dash ? " stroke-dasharray=\"" : "", report_meters[m].dash,
                       *report_meters[m].dash ? "\"" : "");
        if (n == 1)
            textbuf_printf(b, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>\n", x0,
                           y1 - (y1 - y0) * points[0][m] / 100.0, report_meters[m].colour);
        textbuf_free(&pts);
    }
    textbuf_puts(b, "</svg>\n</figure>\n");
}

void report_html_legend(TextBuf *b, const char *intro)
{
    textbuf_puts(b, "<p class=\"legend\">");
    report_html_text(b, intro);
    textbuf_puts(b, "</p>\n<ul class=\"legend\">\n");
    for (int m = 0; m < 3; m++)
        textbuf_printf(b,
                       "<li><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"28\" height=\"8\" "
                       "viewBox=\"0 0 28 8\" aria-hidden=\"true\" focusable=\"false\"><line x1=\"1\" y1=\"4\" "
                       "x2=\"27\" y2=\"4\" stroke=\"%s\" stroke-width=\"2.2\" "
                       "stroke-linecap=\"round\"%s%s%s/></svg> %s: %s, %s</li>\n",
                       report_meters[m].colour, *report_meters[m].dash ? " stroke-dasharray=\"" : "",
                       report_meters[m].dash, *report_meters[m].dash ? "\"" : "",
                       _(report_meters[m].name), _(report_meters[m].words),
                       _(report_meters[m].better));
    textbuf_puts(b, "</ul>\n");
}

/* The meters along the path kept (the standing choices), as a line chart.
 * x: choice 1..n; y: 0..100. */
static void put_chart(TextBuf *b, const ReportPlay *rp, int index)
{
    const ChoiceHistory *h = &rp->history;
    int n = chart_points(rp);
    if (n == 0)
        return;
    int (*points)[3] = malloc((size_t)n * sizeof *points);
    if (!points) {
        b->failed = 1;
        return;
    }
    int k = 0;
    for (int i = 0; i < h->count; i++)
        if (!h->items[i].taken_back && h->items[i].n_meters >= 3) {
            for (int m = 0; m < 3; m++)
                points[k][m] = h->items[i].meters[m];
            k++;
        }
    TextBuf label = {0};
    textbuf_printf(&label, ngettext("Chart of the three meters over the %d choice kept.",
                                    "Chart of the three meters over the %d choices kept.",
                                    (unsigned long)n),
                   n);
    for (int m = 0; m < 3; m++) {
        textbuf_puts(&label, " ");
        textbuf_printf(&label, _("%s went from %d to %d (%s)."), _(report_meters[m].name),
                       points[0][m], points[n - 1][m], _(report_meters[m].better));
    }
    char id[32];
    snprintf(id, sizeof id, "chart-%d", index);
    report_html_chart(b, (const int(*)[3])points, n, 1, _("choice"), id,
                      label.data ? label.data : "");
    textbuf_free(&label);
    free(points);
}

static void put_play(TextBuf *b, const ReportData *d, const ReportPlay *rp, int index)
{
    const PlaythroughInfo *pi = rp->info;
    textbuf_puts(b, "<article class=\"story\">\n<h3>");
    report_html_text(b, report_story_title(d, pi->story_id));
    textbuf_puts(b, "</h3>\n<div class=\"cols\">\n<div class=\"summary\">\n<p>");
    report_put_outcome(b, d, rp, &html_markup);
    textbuf_puts(b, "</p>\n<p>");
    report_put_counts(b, rp, &html_markup);
    textbuf_puts(b, "</p>\n");
    if (chart_points(rp) > 0)
        report_html_legend(b, _("The chart shows the meters after each choice kept:"));
    textbuf_puts(b, "</div>\n");
    put_chart(b, rp, index);
    textbuf_printf(b, "</div>\n<table>\n<thead><tr><th scope=\"col\" class=\"num\">"
                      "%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>",
                   _("Step"), _("What was chosen"), _("Kind"));
    /* TRANSLATORS: the meters' names cut short, to head the table's narrow columns. */
    const char *const abbr[3] = {_("Res."), _("Gro."), _("Int.")};
    for (int m = 0; m < 3; m++)
        textbuf_printf(b, "<th scope=\"col\" class=\"num\"><abbr title=\"%s\">%s</abbr></th>",
                       _(report_meters[m].name), abbr[m]);
    textbuf_puts(b, "</tr></thead>\n<tbody>\n");
    int last_step = -1;
    for (int i = 0; i < rp->history.count; i++) {
        const ChoiceRecord *c = &rp->history.items[i];
        if (i > 0 && c->step <= last_step) {
            textbuf_puts(b, "<tr class=\"retry\"><td colspan=\"6\">&#8617; ");
            textbuf_printf(b, _("Went back to step %d and tried again."), c->step + 1);
            textbuf_puts(b, "</td></tr>\n");
        }
        last_step = c->step;
        textbuf_printf(b, "<tr%s><td class=\"num\">%d</td><td>", c->taken_back ? " class=\"back\"" : "",
                       c->step + 1);
        report_html_text(b, c->choice_text);
        if (c->taken_back)
            textbuf_printf(b, " <span class=\"tag\">%s</span>", _("taken back"));
        textbuf_puts(b, "</td><td>");
        int k = report_kind_index(c->kind);
        report_html_text(b, k < KIND_COUNT ? report_kind_label(k) : c->kind);
        textbuf_puts(b, "</td>");
        for (int m = 0; m < 3; m++) {
            if (m < c->n_meters)
                textbuf_printf(b, "<td class=\"num\">%d</td>", c->meters[m]);
            else
                textbuf_puts(b, "<td class=\"num\">-</td>");
        }
        textbuf_puts(b, "</tr>\n");
    }
    textbuf_puts(b, "</tbody>\n</table>\n</article>\n");
}

static void put_reflections(TextBuf *b, const ReportData *d)
{
    textbuf_printf(b, "<section aria-labelledby=\"h-written\">\n<h2 id=\"h-written\">%s</h2>\n",
                   _("What was written"));
    if (d->n_refl == 0)
        textbuf_printf(b, "<p>%s</p>\n", _("No reflections are in this report."));
    for (int i = 0; i < d->n_refl; i++) {
        const JournalEntry *e = &d->refl[i];
        textbuf_puts(b, "<article class=\"reflection\">\n<h3>");
        report_put_reflection_head(b, d, e, report_html_text);
        textbuf_puts(b, "</h3>\n");
        if (e->prompt) {
            textbuf_printf(b, "<p class=\"quiet\">%s", _("The question: "));
            report_html_text(b, e->prompt);
            textbuf_puts(b, "</p>\n");
        }
        /* No new line after the tag: pre-wrap would show it. */
        textbuf_puts(b, "<p class=\"player\" dir=\"auto\">");
        report_html_text(b, e->body);
        textbuf_puts(b, "</p>\n</article>\n");
    }
    textbuf_puts(b, "</section>\n");
}

int report_html(Profile *p, const ReportOptions *o, char **out, char **err)
{
    *out = NULL;
    ReportData d;
    if (report_gather(p, o, false, &d, err) < 0)
        return -1;
    TextBuf b = {0};
    char today[64];
    date_day_text(d.now, today, sizeof today);
    textbuf_printf(&b, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<title>%s, %s</title>\n<style>\n%s</style>\n</head>\n"
                       "<body>\n<header>\n<h1>%s</h1>\n<p class=\"meta\">",
                   report_html_lang(), _("Beside: homework report"), today, report_css,
                   _("Beside: homework report"));
    textbuf_printf(&b, _("Written on %s."), today);
    if (d.hw && d.hw->from) {
        TextBuf from = {0};
        report_html_text(&from, d.hw->from);
        textbuf_puts(&b, " ");
        textbuf_printf(&b, _("For the next session with %s."), from.data ? from.data : "");
        b.failed |= from.failed;
        textbuf_free(&from);
    }
    textbuf_puts(&b, "</p>\n</header>\n<main>\n");
    report_put_assignment(&b, &d, &html_markup);

    textbuf_printf(&b, "<section aria-labelledby=\"h-played\">\n<h2 id=\"h-played\">%s</h2>\n",
                   _("What was played"));
    if (d.n_plays == 0) {
        textbuf_printf(&b, "<p>%s</p>\n", _("No stories were played for this assignment yet."));
    } else {
        textbuf_printf(&b, "<p class=\"quiet\">%s %s ",
                       _("Each table lists every choice in the order it was made, with the "
                         "meters after it."),
                       _("Resentment: lower is better. Growth and intimacy: higher is better."));
        char marked[96];
        snprintf(marked, sizeof marked, "<em>%s</em>", _("taken back"));
        textbuf_printf(&b, _("A choice marked %s was undone to try another one."), marked);
        textbuf_puts(&b, "</p>\n");
    }
    for (int i = 0; i < d.n_plays; i++)
        put_play(&b, &d, &d.plays[i], i + 1);
    textbuf_puts(&b, "</section>\n");

    if (report_drill_wanted(&d))
        report_drill_put_html(&b, &d);
    put_reflections(&b, &d);
    if (d.hw && d.hw->practice) {
        textbuf_printf(&b, "<section aria-labelledby=\"h-practice\">\n<h2 id=\"h-practice\">"
                           "%s</h2>\n<p class=\"player\" dir=\"auto\">",
                       _("Practice for the week"));
        report_html_text(&b, d.hw->practice);
        textbuf_puts(&b, "</p>\n</section>\n");
    }
    textbuf_printf(&b, "</main>\n<footer>\n<p>%s</p>\n</footer>\n</body>\n</html>\n",
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
