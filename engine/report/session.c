/* session.c — the summary of a facilitated session as one self-contained
 * HTML page (the report's style sheet, an inline SVG chart, no scripts) and
 * as plain text. It shows only the story's own words and the counts: never
 * a scene's facilitator `notes`, never anything about the people in the
 * room. Every story string goes through report_html_text (HTML) or
 * report_clean_text (text). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_internal.h"
#include "session.h"

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

/* The decision's scene, or NULL when its index is not one of the story's. */
static const Scene *decision_scene(const SessionSummary *s, const SessionDecision *d)
{
    return d->scene >= 0 && d->scene < s->story->n_scenes ? &s->story->scenes[d->scene] : NULL;
}

/* Option i of a decision, or NULL when it does not name one of the scene's
 * choices. */
static const Choice *decision_option(const Scene *sc, const SessionDecision *d, int i)
{
    if (!sc || i < 0 || i >= d->n_options || i >= SESSION_MAX_OPTIONS)
        return NULL;
    int c = d->options[i];
    return c >= 0 && c < sc->n_choices ? &sc->choices[c] : NULL;
}

static int decision_options(const SessionDecision *d)
{
    return d->n_options < 0 ? 0 : d->n_options > SESSION_MAX_OPTIONS ? SESSION_MAX_OPTIONS
                                                                        : d->n_options;
}

/* The hands raised for the options shown (those naming a choice). */
static int decision_hands(const Scene *sc, const SessionDecision *d)
{
    int n = 0;
    for (int i = 0; i < decision_options(d); i++)
        if (decision_option(sc, d, i))
            n += d->votes[i] > 0 ? d->votes[i] : 0;
    return n;
}

static const Choice *taken_option(const SessionSummary *s, const SessionDecision *d)
{
    return decision_option(decision_scene(s, d), d, d->picked);
}

/* True when the bytes at p begin an opening quote or a capital: what a new
 * sentence starts with. */
static bool starts_sentence(const char *p)
{
    unsigned char c = (unsigned char)*p;
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' || c == '\'' ||
           strncmp(p, "\u201C", 3) == 0 || strncmp(p, "\u2018", 3) == 0;
}

/* Titles that end in a full stop without ending the sentence. */
static bool after_abbreviation(const char *text, const char *dot)
{
    static const char *const words[] = {"Mr", "Mrs", "Ms", "Dr", "St"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        size_t n = strlen(words[i]);
        if ((size_t)(dot - text) < n)
            continue;
        const char *w = dot - n;
        if (strncmp(w, words[i], n) == 0 && (w == text || w[-1] == ' '))
            return true;
    }
    return false;
}

/* The scene's opening line: the first sentence of its first paragraph that
 * is plain text shown every time (else of its first plain-text paragraph;
 * paragraphs a story function writes are never known here), appended to
 * `out` as written. False when the scene has no such paragraph. */
static bool opening_line(const Scene *sc, TextBuf *out)
{
    const char *text = NULL;
    for (int i = 0; sc && i < sc->n_paras && !text; i++)
        if (sc->paras[i].text && COND_IS_EMPTY(sc->paras[i].when))
            text = sc->paras[i].text;
    for (int i = 0; sc && i < sc->n_paras && !text; i++)
        if (sc->paras[i].text)
            text = sc->paras[i].text;
    if (!text)
        return false;
    /* A stop inside curly quotes ends a sentence someone says, not the
     * line: “I think I’m going to text him. Just to say goodbye.” */
    int quoted = 0;
    for (const char *p = text; *p; p++) {
        if (strncmp(p, "\u201C", 3) == 0)
            quoted++;
        else if (strncmp(p, "\u201D", 3) == 0 && quoted > 0)
            quoted--;
        if (*p != '.' && *p != '?' && *p != '!')
            continue;
        const char *q = p + 1;
        int closed = 0;
        /* More stops and closing quotes belong to this sentence. */
        for (;;) {
            if (*q == '.' || *q == '?' || *q == '!' || *q == '"' || *q == '\'' || *q == ')') {
                q++;
            } else if (strncmp(q, "\u201D", 3) == 0) {
                closed++;
                q += 3;
            } else if (strncmp(q, "\u2019", 3) == 0) {
                q += 3;
            } else {
                break;
            }
        }
        if (*q == '\0')
            break;
        if (quoted - closed > 0)
            continue;
        if (*q != ' ' && *q != '\n')
            continue;
        const char *next = q;
        while (*next == ' ' || *next == '\n')
            next++;
        if (starts_sentence(next) && !(*p == '.' && after_abbreviation(text, p))) {
            textbuf_append(out, text, (size_t)(q - text));
            return true;
        }
    }
    textbuf_puts(out, text);
    return true;
}

static const char *hands_word(int n)
{
    return n == 1 ? "hand" : "hands";
}

static void meters_of(const SessionSummary *s, int k, int out[3])
{
    const uint8_t *m = k == 0 ? s->meters_start : s->decisions[k - 1].meters_after;
    for (int i = 0; i < 3; i++)
        out[i] = m[i];
}

/* -------------------------------------------------------------- HTML */

/* Room for the story's title in the page's <title>, which browsers and
 * screen readers show whole only up to about 70 characters. */
enum { TITLE_ROOM = 70 - (int)sizeof "Beside: session summary, " + 1 };

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

static void html_head(TextBuf *b, const SessionSummary *s, const char *date, const char *spent)
{
    textbuf_puts(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    "<title>Beside: session summary, ");
    put_short(b, s->story->title ? s->story->title : s->story->id, TITLE_ROOM);
    textbuf_printf(b, "</title>\n<style>\n%s%s</style>\n</head>\n<body>\n<header>\n"
                      "<h1>Beside: session summary</h1>\n<p class=\"meta\">Story: <strong>",
                   report_css, session_css);
    report_html_text(b, s->story->title ? s->story->title : s->story->id);
    textbuf_puts(b, "</strong>.");
    if (*date)
        textbuf_printf(b, " Played together on %s.", date);
    textbuf_printf(b, " Length of the session: %s. Decisions made: %d.</p>\n</header>\n<main>\n",
                   spent, s->n_decisions);
}

static void html_decision(TextBuf *b, const SessionSummary *s, int index)
{
    const SessionDecision *d = &s->decisions[index];
    const Scene *sc = decision_scene(s, d);
    textbuf_printf(b, "<article class=\"decision\" aria-labelledby=\"d%d\">\n<h3 id=\"d%d\">"
                      "Decision %d",
                   index + 1, index + 1, index + 1);
    if (sc) {
        textbuf_puts(b, " <span class=\"quiet\">(scene ");
        report_html_text(b, sc->id);
        textbuf_puts(b, ")</span>");
    }
    textbuf_puts(b, "</h3>\n");
    TextBuf open = {0};
    if (opening_line(sc, &open)) {
        textbuf_puts(b, "<p class=\"opening\" dir=\"auto\">");
        report_html_text(b, open.data);
        textbuf_puts(b, "</p>\n");
    }
    b->failed |= open.failed;
    textbuf_free(&open);
    if (sc && sc->discuss) {
        textbuf_puts(b, "<p><strong>The question for the room:</strong> ");
        report_html_text(b, sc->discuss);
        textbuf_puts(b, "</p>\n");
    }
    int hands = decision_hands(sc, d);
    textbuf_puts(b, "<table>\n<thead><tr><th scope=\"col\" class=\"num\">Option</th>"
                    "<th scope=\"col\">What could be done</th><th scope=\"col\">Kind</th>"
                    "<th scope=\"col\">Hands</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < decision_options(d); i++) {
        const Choice *c = decision_option(sc, d, i);
        if (!c)
            continue;
        bool taken = i == d->picked;
        int v = d->votes[i] > 0 ? d->votes[i] : 0;
        textbuf_printf(b, "<tr%s><td class=\"num\">%d</td><td>", taken ? " class=\"taken\"" : "",
                       i + 1);
        report_html_text(b, c->text);
        if (taken)
            textbuf_puts(b, " <span class=\"tag\">the room\u2019s choice</span>");
        textbuf_puts(b, "</td><td class=\"kind\">");
        report_html_text(b, story_kind_label(c->kind));
        /* The bar only repeats the number beside it. */
        int w = hands > 0 ? (v * BAR_WIDTH + hands / 2) / hands : 0;
        textbuf_printf(b, "</td><td class=\"hands\"><svg xmlns=\"http://www.w3.org/2000/svg\" "
                          "width=\"%d\" height=\"10\" viewBox=\"0 0 %d 10\" aria-hidden=\"true\" "
                          "focusable=\"false\"><rect x=\"0.5\" y=\"0.5\" width=\"%d\" height=\"9\" "
                          "fill=\"#ffffff\" stroke=\"#767676\"/>",
                       BAR_WIDTH + 1, BAR_WIDTH + 1, BAR_WIDTH);
        if (w > 0)
            textbuf_printf(b, "<rect x=\"0.5\" y=\"0.5\" width=\"%d\" height=\"9\" fill=\"#454545\"/>",
                           w);
        textbuf_printf(b, "</svg>%d</td></tr>\n", v);
    }
    textbuf_puts(b, "</tbody>\n</table>\n<p class=\"quiet\">");
    if (hands > 0)
        textbuf_printf(b, "%d %s counted in all.", hands, hands_word(hands));
    else
        textbuf_puts(b, "No hands were counted.");
    if (d->compared)
        textbuf_puts(b, " The room compared all options side by side.");
    textbuf_puts(b, "</p>\n</article>\n");
}

static void html_path(TextBuf *b, const SessionSummary *s, const Scene *ending)
{
    textbuf_puts(b, "<section aria-labelledby=\"h-path\">\n<h2 id=\"h-path\">The path the room "
                    "took</h2>\n");
    if (s->n_decisions == 0 && !ending) {
        textbuf_puts(b, "<p>The room made no decisions.</p>\n</section>\n");
        return;
    }
    textbuf_puts(b, "<ol class=\"path\">\n");
    for (int i = 0; i < s->n_decisions; i++) {
        const Choice *c = taken_option(s, &s->decisions[i]);
        textbuf_puts(b, "<li>");
        if (c) {
            report_html_text(b, c->text);
            textbuf_puts(b, " <span class=\"tag\">");
            report_html_text(b, story_kind_label(c->kind));
            textbuf_puts(b, "</span>");
        } else {
            textbuf_puts(b, "No option was taken.");
        }
        textbuf_puts(b, "</li>\n");
    }
    textbuf_puts(b, "</ol>\n");
    if (ending) {
        textbuf_puts(b, "<p><strong>The ending:</strong> ");
        report_html_text(b, ending->title ? ending->title : ending->id);
        textbuf_puts(b, "</p>\n");
    }
    textbuf_puts(b, "</section>\n");
}

static void html_meters(TextBuf *b, const SessionSummary *s)
{
    int n = s->n_decisions + 1, first[3], last[3];
    int (*points)[3] = malloc((size_t)n * sizeof *points);
    if (!points) {
        b->failed = 1;
        return;
    }
    for (int k = 0; k < n; k++)
        meters_of(s, k, points[k]);
    memcpy(first, points[0], sizeof first);
    memcpy(last, points[n - 1], sizeof last);
    TextBuf title = {0};
    textbuf_printf(&title, "Chart of the three meters from the start over the %d decision%s.",
                   s->n_decisions, s->n_decisions == 1 ? "" : "s");
    TextBuf said = {0};
    for (int m = 0; m < 3; m++)
        textbuf_printf(&said, " %s went from %d to %d (%s).", report_meters[m].name, first[m],
                       last[m], report_meters[m].better);
    textbuf_puts(&title, said.data ? said.data : "");
    textbuf_puts(b, "<section aria-labelledby=\"h-meters\">\n<h2 id=\"h-meters\">How the meters "
                    "moved</h2>\n<div class=\"cols\">\n<div>\n<p>");
    textbuf_puts(b, said.data ? said.data + 1 : "");
    textbuf_puts(b, "</p>\n");
    report_html_legend(b, "The chart shows the meters at the start and after each decision:");
    textbuf_puts(b, "</div>\n");
    report_html_chart(b, (const int(*)[3])points, n, 0, "decision", "chart-meters",
                      title.data ? title.data : "");
    textbuf_puts(b, "</div>\n</section>\n");
    textbuf_free(&title);
    textbuf_free(&said);
    free(points);
}

static void html_ending(TextBuf *b, const SessionSummary *s, const Scene *e, const char *date)
{
    textbuf_puts(b, "<section class=\"ending\" aria-labelledby=\"h-ending\">\n<h2 id=\"h-ending\">");
    if (!e) {
        textbuf_puts(b, "The story did not reach an ending</h2>\n<p>The session stopped before "
                        "an ending.</p>\n</section>\n");
        return;
    }
    textbuf_puts(b, "Where the story ended: ");
    report_html_text(b, e->title ? e->title : e->id);
    textbuf_puts(b, "</h2>\n<p class=\"meta\">From <em>");
    report_html_text(b, s->story->title ? s->story->title : s->story->id);
    textbuf_puts(b, "</em>, a Beside story played together");
    if (*date)
        textbuf_printf(b, " on %s", date);
    textbuf_puts(b, ".</p>\n");
    bool any = false;
    for (int p = 0; p < LENS_COUNT; p++)
        any = any || e->lens[p];
    if (any) {
        textbuf_puts(b, "<h3>Five ways to look at what happened</h3>\n<dl class=\"facts lens\">\n");
        for (int p = 0; p < LENS_COUNT; p++) {
            if (!e->lens[p])
                continue;
            textbuf_printf(b, "<dt>%s</dt><dd>", story_lens_label(p));
            report_html_text(b, e->lens[p]);
            textbuf_puts(b, "</dd>\n");
        }
        textbuf_puts(b, "</dl>\n");
    }
    if (e->practice) {
        textbuf_puts(b, "<h3>Something to practise this week</h3>\n<p>");
        report_html_text(b, e->practice);
        textbuf_puts(b, "</p>\n");
    }
    if (e->reflect) {
        textbuf_puts(b, "<h3>A question to think or write about</h3>\n<p>");
        report_html_text(b, e->reflect);
        textbuf_puts(b, "</p>\n");
    }
    textbuf_puts(b, "</section>\n");
}

static const char footer_words[] =
    "Beside is practice, not therapy. This summary was made on this computer, from a story "
    "played together. It holds no personal data: no names and nothing anyone typed, only the "
    "story's own words and the counts of hands. Beside sends nothing anywhere. If you are in "
    "danger or in crisis, call your local emergency number.";

static const Scene *ending_of(const SessionSummary *s)
{
    return s->ending >= 0 && s->ending < s->story->n_scenes ? &s->story->scenes[s->ending] : NULL;
}

static void when_and_length(const SessionSummary *s, char *date, size_t dsize, char *spent,
                            size_t ssize)
{
    *date = '\0';
    if (s->started > 0)
        report_date(s->started, date, dsize);
    report_duration(s->started > 0 && s->finished >= s->started ? s->finished - s->started : -1,
                    spent, ssize);
}

char *session_html(const SessionSummary *s)
{
    if (!s || !s->story || s->n_decisions < 0 || (s->n_decisions > 0 && !s->decisions))
        return NULL;
    char date[64], spent[64];
    when_and_length(s, date, sizeof date, spent, sizeof spent);
    const Scene *ending = ending_of(s);
    TextBuf b = {0};
    html_head(&b, s, date, spent);
    textbuf_puts(&b, "<section aria-labelledby=\"h-decisions\">\n<h2 id=\"h-decisions\">The "
                     "decisions</h2>\n");
    if (s->n_decisions == 0)
        textbuf_puts(&b, "<p>The room made no decisions.</p>\n");
    else
        textbuf_puts(&b, "<p class=\"quiet\">For each decision: how the scene opened, every "
                         "option with its kind and the hands raised for it, and the one the "
                         "room took, marked <em>the room\u2019s choice</em>.</p>\n");
    for (int i = 0; i < s->n_decisions; i++)
        html_decision(&b, s, i);
    textbuf_puts(&b, "</section>\n");
    html_path(&b, s, ending);
    html_meters(&b, s);
    html_ending(&b, s, ending, date);
    textbuf_printf(&b, "</main>\n<footer>\n<p>%s</p>\n</footer>\n</body>\n</html>\n",
                   footer_words);
    if (b.failed) {
        textbuf_free(&b);
        return NULL;
    }
    return textbuf_take(&b);
}

/* -------------------------------------------------------------- text */

static void text_decision(TextBuf *b, const SessionSummary *s, int index)
{
    const SessionDecision *d = &s->decisions[index];
    const Scene *sc = decision_scene(s, d);
    textbuf_printf(b, "Decision %d", index + 1);
    if (sc) {
        textbuf_puts(b, " (scene ");
        report_clean_text(b, sc->id);
        textbuf_puts(b, ")");
    }
    textbuf_puts(b, "\n");
    TextBuf open = {0};
    if (opening_line(sc, &open)) {
        textbuf_puts(b, "  ");
        report_clean_text(b, open.data);
        textbuf_puts(b, "\n");
    }
    b->failed |= open.failed;
    textbuf_free(&open);
    if (sc && sc->discuss) {
        textbuf_puts(b, "  The question for the room: ");
        report_clean_text(b, sc->discuss);
        textbuf_puts(b, "\n");
    }
    for (int i = 0; i < decision_options(d); i++) {
        const Choice *c = decision_option(sc, d, i);
        if (!c)
            continue;
        int v = d->votes[i] > 0 ? d->votes[i] : 0;
        textbuf_printf(b, "  %d. \"", i + 1);
        report_clean_text(b, c->text);
        textbuf_printf(b, "\" - %s - %d %s%s\n", story_kind_label(c->kind), v, hands_word(v),
                       i == d->picked ? " - the room's choice" : "");
    }
    int hands = decision_hands(sc, d);
    if (hands > 0)
        textbuf_printf(b, "  %d %s counted in all.", hands, hands_word(hands));
    else
        textbuf_puts(b, "  No hands were counted.");
    if (d->compared)
        textbuf_puts(b, " The room compared all options side by side.");
    textbuf_puts(b, "\n\n");
}

char *session_text(const SessionSummary *s)
{
    if (!s || !s->story || s->n_decisions < 0 || (s->n_decisions > 0 && !s->decisions))
        return NULL;
    char date[64], spent[64];
    when_and_length(s, date, sizeof date, spent, sizeof spent);
    const Scene *ending = ending_of(s);
    TextBuf b = {0};
    textbuf_puts(&b, "BESIDE: SESSION SUMMARY\nStory: ");
    report_clean_text(&b, s->story->title ? s->story->title : s->story->id);
    textbuf_puts(&b, ".\n");
    if (*date)
        textbuf_printf(&b, "Played together on %s.\n", date);
    textbuf_printf(&b, "Length of the session: %s. Decisions made: %d.\n\nTHE DECISIONS\n\n",
                   spent, s->n_decisions);
    if (s->n_decisions == 0)
        textbuf_puts(&b, "The room made no decisions.\n\n");
    for (int i = 0; i < s->n_decisions; i++)
        text_decision(&b, s, i);

    textbuf_puts(&b, "THE PATH THE ROOM TOOK\n\n");
    for (int i = 0; i < s->n_decisions; i++) {
        const Choice *c = taken_option(s, &s->decisions[i]);
        textbuf_printf(&b, "  %d. ", i + 1);
        if (c) {
            textbuf_puts(&b, "\"");
            report_clean_text(&b, c->text);
            textbuf_printf(&b, "\" (%s)\n", story_kind_label(c->kind));
        } else {
            textbuf_puts(&b, "No option was taken.\n");
        }
    }
    if (ending) {
        textbuf_puts(&b, "  The ending: ");
        report_clean_text(&b, ending->title ? ending->title : ending->id);
        textbuf_puts(&b, "\n");
    }

    textbuf_puts(&b, "\nHOW THE METERS MOVED\n\n");
    for (int k = 0; k <= s->n_decisions; k++) {
        int m[3];
        meters_of(s, k, m);
        if (k == 0)
            textbuf_puts(&b, "  At the start:");
        else
            textbuf_printf(&b, "  After decision %d:", k);
        textbuf_printf(&b, " resentment %d, growth %d, intimacy %d\n", m[0], m[1], m[2]);
    }
    textbuf_puts(&b, "Resentment: lower is better. Growth and intimacy: higher is better.\n\n");

    if (ending) {
        textbuf_puts(&b, "WHERE THE STORY ENDED: ");
        report_clean_text(&b, ending->title ? ending->title : ending->id);
        textbuf_puts(&b, "\n\n");
        for (int p = 0; p < LENS_COUNT; p++) {
            if (!ending->lens[p])
                continue;
            textbuf_printf(&b, "%s: ", story_lens_label(p));
            report_clean_text(&b, ending->lens[p]);
            textbuf_puts(&b, "\n");
        }
        if (ending->practice) {
            textbuf_puts(&b, "Something to practise this week: ");
            report_clean_text(&b, ending->practice);
            textbuf_puts(&b, "\n");
        }
        if (ending->reflect) {
            textbuf_puts(&b, "A question to think or write about: ");
            report_clean_text(&b, ending->reflect);
            textbuf_puts(&b, "\n");
        }
        textbuf_puts(&b, "\n");
    } else {
        textbuf_puts(&b, "The session stopped before an ending.\n\n");
    }
    textbuf_printf(&b, "--\n%s\n", footer_words);
    if (b.failed) {
        textbuf_free(&b);
        return NULL;
    }
    return textbuf_take(&b);
}
