/* session.c — the summary of a facilitated session as one self-contained
 * HTML page (the report's style sheet, an inline SVG chart, no scripts),
 * formatted from its model (session_model.c). It shows only the story's own
 * words and the counts: never a scene's facilitator `notes`, never anything
 * about the people in the room. Every story string goes through
 * report_html_text. */
#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "report/session_model.h"

/* Added to report_css: the decision boxes, the show-of-hands bars, and the
 * ending on a page of its own when printed, so it can be handed out. */
static const char session_css[] =
    ".decision{border:1px solid #767676;border-radius:4px;padding:.4em .7em .5em;margin:.6em 0;"
    "break-inside:avoid;page-break-inside:avoid}\n"
    ".decision h3{margin-top:.1em}\n"
    ".opening{font-style:italic;unicode-bidi:plaintext}\n"
    "td.hands,td.kind{white-space:nowrap}td.hands svg{vertical-align:middle;margin-right:.35em}\n"
    "tr.taken td{font-weight:bold}\n"
    "ol.path li{margin:.1em 0}\n"
    ".ending{border-top:2px solid #1a1a1a;margin-top:1em}\n"
    ".ending h2{border-bottom:0}\n"
    "dl.lens{grid-template-columns:minmax(8em,max-content) 1fr;gap:.3em .8em}\n"
    "@media print{.ending{break-before:page;page-break-before:always;border-top:0;margin-top:0}"
    ".decision{margin:.4em 0}}\n";

/* The widest bar, in CSS pixels: the share of all hands counted. */
enum { BAR_WIDTH = 60 };

/* Room for the page's <title>, which browsers and screen readers show whole
 * only up to about 70 characters: the story's title gets what the words
 * before it leave. */
enum { TITLE_ROOM = 70 };

/* How many characters s takes as JavaScript counts them (UTF-16 units). */
static int units(const char *s)
{
    int n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        n += (*p & 0xC0) != 0x80 ? (*p >= 0xF0 ? 2 : 1) : 0;
    return n;
}

/* Appends s escaped, cut with "…" to at most `room` characters as written
 * in the file (an escape counts in full; one never splits), counted as
 * JavaScript does: two for a character outside the BMP. */
static void put_short(TextBuf *b, const char *s, int room)
{
    TextBuf esc = {0};
    report_html_text(&esc, s);
    const char *p = esc.data ? esc.data : "";
    const char *cut = p;
    int used = 0;
    bool fits = true;
    for (const char *q = p; *q;) {
        size_t n = 1;
        int units = 1;
        if (*q == '&') {
            const char *semi = strchr(q, ';');
            n = semi ? (size_t)(semi - q) + 1 : 1;
            units = (int)n;
        } else if ((unsigned char)*q >= 0xC0) {
            while ((q[n] & 0xC0) == 0x80)
                n++;
            units = n == 4 ? 2 : 1;
        }
        if (used + units > room - 1 && fits)
            cut = q, fits = false;
        used += units;
        if (used > room) {
            textbuf_append(b, p, (size_t)(cut - p));
            textbuf_puts(b, "\u2026");
            b->failed |= esc.failed;
            textbuf_free(&esc);
            return;
        }
        q += n;
    }
    textbuf_puts(b, p);
    b->failed |= esc.failed;
    textbuf_free(&esc);
}

/* Under the ending's title, so the page can be handed out on its own. */
static void html_ending_from(TextBuf *b, const SessionModel *m)
{
    textbuf_puts(b, "<p class=\"meta\">");
    if (*m->date)
        session_put_story(b, m, report_html_text, "<em>%s</em>",
                          _("From %s, a Beside story played together on %s."), m->date);
    else
        session_put_story(b, m, report_html_text, "<em>%s</em>",
                          _("From %s, a Beside story played together."), NULL);
    textbuf_puts(b, "</p>\n");
}

static const SessionMarkup html_markup = {
    .text = report_html_text,
    .scene_open = " <span class=\"quiet\">(%s ", .scene_close = ")</span>",
    .head_close = "</h3>\n",
    .opening_open = "<p class=\"opening\" dir=\"auto\">", .opening_close = "</p>\n",
    .question_open = "<p><strong>%s</strong> ", .question_close = "</p>\n",
    .lenses_open = "<h3>%s</h3>\n<dl class=\"facts lens\">\n",
    .lens_open = "<dt>%s</dt><dd>", .lens_close = "</dd>\n", .lenses_close = "</dl>\n",
    .practice_open = "<h3>%s</h3>\n<p>",
    .reflect_open = "<h3>%s</h3>\n<p>", .part_close = "</p>\n",
    .no_ending = "<section class=\"ending\" aria-labelledby=\"h-ending\">\n<h2 id=\"h-ending\">"
                 "%s</h2>\n<p>%s</p>\n</section>\n",
    .ending_open = "<section class=\"ending\" aria-labelledby=\"h-ending\">\n<h2 id=\"h-ending\">"
                   "%s ",
    .ending_word = N_("Where the story ended:"),
    .ending_close = "</h2>\n", .ending_from = html_ending_from, .ending_end = "</section>\n",
};

static void html_head(TextBuf *b, const SessionModel *m)
{
    const char *head = _("Beside: session summary");
    textbuf_printf(b, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      "<title>%s, ",
                   report_html_lang(), head);
    put_short(b, m->title, TITLE_ROOM - units(head) - 2);
    textbuf_printf(b, "</title>\n<style>\n%s%s</style>\n</head>\n<body>\n<header>\n",
                   report_css, session_css);
    textbuf_printf(b, "<h1>%s</h1>\n<p class=\"meta\">", head);
    session_put_story(b, m, report_html_text, "<strong>%s</strong>", _("Story: %s."), NULL);
    if (*m->date) {
        textbuf_puts(b, " ");
        textbuf_printf(b, _("Played together on %s."), m->date);
    }
    textbuf_puts(b, " ");
    textbuf_printf(b, _("Length of the session: %s. Decisions made: %d."), m->spent, m->n_steps);
    textbuf_puts(b, "</p>\n</header>\n<main>\n");
}

/* One row of a decision's table: the option, its kind, a bar and its hands. */
static void html_option(TextBuf *b, const SessionOption *o, int hands)
{
    textbuf_printf(b, "<tr%s><td class=\"num\">%d</td><td>", o->taken ? " class=\"taken\"" : "",
                   o->number);
    report_html_text(b, o->text);
    if (o->taken)
        textbuf_printf(b, " <span class=\"tag\">%s</span>", _("the room\u2019s choice"));
    textbuf_puts(b, "</td><td class=\"kind\">");
    report_html_text(b, o->kind);
    /* The bar only repeats the number beside it. */
    int w = hands > 0 ? (o->votes * BAR_WIDTH + hands / 2) / hands : 0;
    textbuf_printf(b, "</td><td class=\"hands\"><svg xmlns=\"http://www.w3.org/2000/svg\" "
                      "width=\"%d\" height=\"10\" viewBox=\"0 0 %d 10\" aria-hidden=\"true\" "
                      "focusable=\"false\"><rect x=\"0.5\" y=\"0.5\" width=\"%d\" height=\"9\" "
                      "fill=\"#ffffff\" stroke=\"#767676\"/>",
                   BAR_WIDTH + 1, BAR_WIDTH + 1, BAR_WIDTH);
    if (w > 0)
        textbuf_printf(b, "<rect x=\"0.5\" y=\"0.5\" width=\"%d\" height=\"9\" fill=\"#454545\"/>",
                       w);
    textbuf_printf(b, "</svg>%d</td></tr>\n", o->votes);
}

static void html_decision(TextBuf *b, const SessionStep *st, int number)
{
    textbuf_printf(b, "<article class=\"decision\" aria-labelledby=\"d%d\">\n<h3 id=\"d%d\">",
                   number, number);
    textbuf_printf(b, _("Decision %d"), number);
    session_put_scene(b, st, &html_markup);
    textbuf_printf(b, "<table>\n<thead><tr><th scope=\"col\" class=\"num\">%s</th>"
                      "<th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
                      "<th scope=\"col\">%s</th></tr></thead>\n<tbody>\n",
                   _("Option"), _("What could be done"), _("Kind"), _("Hands"));
    for (int i = 0; i < st->n_options; i++)
        html_option(b, &st->options[i], st->hands);
    textbuf_puts(b, "</tbody>\n</table>\n<p class=\"quiet\">");
    session_put_hands(b, st);
    textbuf_puts(b, "</p>\n</article>\n");
}

static void html_decisions(TextBuf *b, const SessionModel *m)
{
    textbuf_printf(b, "<section aria-labelledby=\"h-decisions\">\n<h2 id=\"h-decisions\">%s"
                      "</h2>\n",
                   _("The decisions"));
    if (m->n_steps == 0) {
        textbuf_printf(b, "<p>%s</p>\n", _("The room made no decisions."));
    } else {
        char marked[96];
        snprintf(marked, sizeof marked, "<em>%s</em>", _("the room\u2019s choice"));
        textbuf_puts(b, "<p class=\"quiet\">");
        textbuf_printf(b, _("For each decision: how the scene opened, every option with its kind "
                            "and the hands raised for it, and the one the room took, marked %s."),
                       marked);
        textbuf_puts(b, "</p>\n");
    }
    for (int i = 0; i < m->n_steps; i++)
        html_decision(b, &m->steps[i], i + 1);
    textbuf_puts(b, "</section>\n");
}

static void html_path(TextBuf *b, const SessionModel *m)
{
    textbuf_printf(b, "<section aria-labelledby=\"h-path\">\n<h2 id=\"h-path\">%s</h2>\n",
                   _("The path the room took"));
    if (m->n_steps == 0 && !m->ending) {
        textbuf_printf(b, "<p>%s</p>\n</section>\n", _("The room made no decisions."));
        return;
    }
    textbuf_puts(b, "<ol class=\"path\">\n");
    for (int i = 0; i < m->n_steps; i++) {
        const SessionOption *o = m->steps[i].taken;
        textbuf_puts(b, "<li>");
        if (o) {
            report_html_text(b, o->text);
            textbuf_puts(b, " <span class=\"tag\">");
            report_html_text(b, o->kind);
            textbuf_puts(b, "</span>");
        } else {
            textbuf_puts(b, _("No option was taken."));
        }
        textbuf_puts(b, "</li>\n");
    }
    textbuf_puts(b, "</ol>\n");
    if (m->ending) {
        textbuf_printf(b, "<p><strong>%s</strong> ", _("The ending:"));
        report_html_text(b, m->ending);
        textbuf_puts(b, "</p>\n");
    }
    textbuf_puts(b, "</section>\n");
}

static void html_meters(TextBuf *b, const SessionModel *m)
{
    const int *first = m->meters[0], *last = m->meters[m->n_steps];
    TextBuf title = {0};
    textbuf_printf(&title, ngettext("Chart of the three meters from the start over the %d decision.",
                                    "Chart of the three meters from the start over the %d decisions.",
                                    (unsigned long)m->n_steps),
                   m->n_steps);
    TextBuf said = {0};
    for (int i = 0; i < 3; i++) {
        textbuf_puts(&said, " ");
        textbuf_printf(&said, _("%s went from %d to %d (%s)."), _(report_meters[i].name),
                       first[i], last[i], _(report_meters[i].better));
    }
    textbuf_puts(&title, said.data ? said.data : "");
    textbuf_printf(b, "<section aria-labelledby=\"h-meters\">\n<h2 id=\"h-meters\">%s</h2>\n"
                      "<div class=\"cols\">\n<div>\n<p>",
                   _("How the meters moved"));
    textbuf_puts(b, said.data ? said.data + 1 : "");
    textbuf_puts(b, "</p>\n");
    report_html_legend(b, _("The chart shows the meters at the start and after each decision:"));
    textbuf_puts(b, "</div>\n");
    report_html_chart(b, (const int(*)[3])m->meters, m->n_steps + 1, 0, _("decision"),
                      "chart-meters", title.data ? title.data : "");
    textbuf_puts(b, "</div>\n</section>\n");
    textbuf_free(&title);
    textbuf_free(&said);
}

static void html_ending(TextBuf *b, const SessionModel *m)
{
    session_put_ending(b, m, &html_markup);
}

char *session_html(const SessionSummary *s)
{
    static const SessionPart parts[] = {html_head, html_decisions, html_path, html_meters,
                                        html_ending, NULL};
    return session_render(s, parts,
                          "</main>\n<footer>\n<p>%s</p>\n</footer>\n</body>\n</html>\n");
}
