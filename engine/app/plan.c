/* plan.c — a session plan for a facilitator (see plan.h): the scenes every
 * path passes, the stop points, and the page that says it all. */
#include "app/plan.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/i18n.h"
#include "core/text.h"
#include "report/report.h"

/* Whether an ending can be reached from the start without entering scene
 * `skip` (-1: none), marking the reached scenes' depths when `depth`. */
static bool reach_end(const Story *s, int skip, int *queue, int *depth)
{
    int n = s->n_scenes, head = 0, tail = 0;
    for (int i = 0; i < n; i++)
        depth[i] = -1;
    if (s->start < 0 || s->start == skip)
        return false;
    depth[s->start] = 0;
    queue[tail++] = s->start;
    bool ended = false;
    while (head < tail) {
        int at = queue[head++];
        const Scene *sc = &s->scenes[at];
        ended = ended || sc->is_ending;
        for (int c = 0; c < sc->n_choices; c++) {
            const Choice *ch = &sc->choices[c];
            int targets = ch->next_host_ref ? n : ch->n_next;
            for (int t = 0; t < targets; t++) {
                int to = ch->next_host_ref ? t : ch->next[t].scene;
                if (to < 0 || to >= n || to == skip || depth[to] >= 0)
                    continue;
                depth[to] = depth[at] + 1;
                queue[tail++] = to;
            }
        }
    }
    return ended;
}

static void pick_stops(const Story *s, SessionPlan *p)
{
    /* Scenes in the order a playthrough meets them: by depth, then file order. */
    for (int d = 0; d < s->n_scenes; d++)
        for (int i = 0; i < s->n_scenes; i++) {
            const Scene *sc = &s->scenes[i];
            if (p->depth[i] != d || sc->is_ending || !sc->discuss)
                continue;
            if (p->every_path[i] && p->n_stops < PLAN_STOPS)
                p->stops[p->n_stops++] = i;
            else if (p->n_more < PLAN_MORE)
                p->more[p->n_more++] = i;
        }
    /* A story with few unmissable questions takes its stops from the rest. */
    while (p->n_stops < PLAN_STOPS && p->n_more > 0) {
        p->stops[p->n_stops++] = p->more[0];
        memmove(p->more, p->more + 1, sizeof p->more[0] * (size_t)--p->n_more);
    }
}

int plan_build(const Story *s, SessionPlan *out)
{
    memset(out, 0, sizeof *out);
    int n = s->n_scenes > 0 ? s->n_scenes : 1;
    out->every_path = calloc((size_t)n, sizeof *out->every_path);
    out->depth = calloc((size_t)n, sizeof *out->depth);
    int *queue = malloc(sizeof *queue * (size_t)n), *scratch = malloc(sizeof *scratch * (size_t)n);
    if (!out->every_path || !out->depth || !queue || !scratch) {
        free(queue);
        free(scratch);
        plan_free(out);
        return -1;
    }
    bool ends = reach_end(s, -1, queue, out->depth);
    for (int i = 0; ends && i < s->n_scenes; i++)
        out->every_path[i] = out->depth[i] >= 0 && !reach_end(s, i, queue, scratch);
    free(queue);
    free(scratch);
    pick_stops(s, out);
    out->story_minutes = s->minutes > 15 ? s->minutes : 15;
    out->total_minutes = 5 + out->story_minutes + 10 + 5;
    return 0;
}

void plan_free(SessionPlan *p)
{
    free(p->every_path);
    free(p->depth);
    memset(p, 0, sizeof *p);
}

/* ---- the page ---- */

static void esc(TextBuf *b, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '&': textbuf_puts(b, "&amp;"); break;
        case '<': textbuf_puts(b, "&lt;"); break;
        case '>': textbuf_puts(b, "&gt;"); break;
        case '"': textbuf_puts(b, "&quot;"); break;
        case '\'': textbuf_puts(b, "&#39;"); break;
        default: textbuf_append(b, s, 1);
        }
    }
}

/* Writes the text between tags: <open>text</close>. */
static void tag(TextBuf *b, const char *open, const char *text, const char *close)
{
    textbuf_puts(b, open);
    esc(b, text);
    textbuf_puts(b, close);
}

static const char css[] =
    "body{font:12pt/1.5 system-ui,sans-serif;max-width:42em;margin:2em auto;padding:0 1em;"
    "color:#1a1a1a;background:#fff}h1{font-size:1.6em}h2{font-size:1.25em;margin-top:1.6em;"
    "border-bottom:1px solid #999}table{border-collapse:collapse;width:100%}th,td{border:1px "
    "solid #999;padding:.3em .5em;text-align:left;vertical-align:top}.q{font-style:italic}"
    "code{font-size:.95em}@media print{body{margin:0;max-width:none}h2{break-after:avoid}"
    "section{break-inside:avoid}}";

static void put_time_row(TextBuf *b, int at, const char *what, int minutes)
{
    textbuf_printf(b, "<tr><td>%d:%02d</td><td>", at / 60, at % 60);
    esc(b, what);
    textbuf_printf(b, "</td><td>%d</td></tr>\n", minutes);
}

static void put_timings(TextBuf *b, const Story *s, const SessionPlan *p)
{
    tag(b, "<h2>", _("The plan at a glance"), "</h2>\n<table>\n<thead><tr>");
    tag(b, "<th scope=\"col\">", _("time"), "</th>");
    tag(b, "<th scope=\"col\">", _("what"), "</th>");
    tag(b, "<th scope=\"col\">", _("minutes"), "</th></tr></thead>\n<tbody>\n");
    char *story = text_format(_("The story: %s"), s->title ? s->title : s->id);
    put_time_row(b, 0, _("Opening, ground rules and the content notes"), 5);
    put_time_row(b, 5, story ? story : _("The story"), p->story_minutes);
    put_time_row(b, 5 + p->story_minutes, _("Debrief: the ending, in five parts"), 10);
    put_time_row(b, 15 + p->story_minutes, _("Closing"), 5);
    free(story);
    textbuf_puts(b, "</tbody>\n</table>\n<p>");
    /* TRANSLATORS: the last %s is the Enter key, as <kbd>Enter</kbd>. */
    textbuf_printf(b, _("%d minutes in all. At each stop point below the room talks for two or "
                        "three minutes; at every other choice, read the scene, count hands and "
                        "press %s."),
                   p->total_minutes, "<kbd>Enter</kbd>");
    textbuf_puts(b, "</p>\n");
}

static void put_scene(TextBuf *b, const Story *s, int i, bool stop, bool every)
{
    const Scene *sc = &s->scenes[i];
    textbuf_puts(b, "<section>\n<h3>");
    esc(b, stop ? _("Stop point: ") : "");
    tag(b, "<code>", sc->id, "</code>");
    textbuf_puts(b, "</h3>\n");
    if (sc->n_paras > 0 && sc->paras[0].text)
        tag(b, "<p>", sc->paras[0].text, "</p>\n");
    tag(b, "<p>", _("The question for the room:"), " <span class=\"q\">");
    tag(b, "", sc->discuss, "</span></p>\n<p>");
    unsigned long n = (unsigned long)sc->n_choices;
    char *line = text_format(every ? ngettext("%d choice; every way through the story passes this "
                                              "scene.",
                                              "%d choices; every way through the story passes this "
                                              "scene.", n)
                                   : ngettext("%d choice; some ways through the story pass it.",
                                              "%d choices; some ways through the story pass it.", n),
                             sc->n_choices);
    tag(b, "", line, "</p>\n</section>\n");
    free(line);
}

static void put_endings(TextBuf *b, const Story *s)
{
    tag(b, "<h2>", _("Debrief"), "</h2>\n");
    textbuf_puts(b, "<p>");
    textbuf_puts(b, _("Beside shows the ending the room reached, in five parts: goal, behaviours, "
                      "thoughts, emotions, underlying problem. Read them out in plain words, then "
                      "ask the ending's question."));
    textbuf_puts(b, "</p>\n<ul>\n");
    for (int i = 0; i < s->n_scenes; i++) {
        const Scene *sc = &s->scenes[i];
        if (!sc->is_ending)
            continue;
        tag(b, "<li><strong>", sc->title ? sc->title : sc->id, "</strong>");
        tag(b, " (<code>", sc->id, "</code>)");
        if (sc->reflect)
            tag(b, ": <span class=\"q\">", sc->reflect, "</span>");
        textbuf_puts(b, "</li>\n");
    }
    textbuf_puts(b, "</ul>\n");
}

static void put_head(TextBuf *b, const Story *s)
{
    const char *title = s->title ? s->title : s->id;
    /* TRANSLATORS: The code of this language for the report's <html lang>: es, fr, pt-BR. */
    tag(b, "<!DOCTYPE html>\n<html lang=\"", _("en"), "\">\n<head>\n<meta charset=\"utf-8\">\n");
    char *head = text_format(_("Session plan: %s"), title);
    tag(b, "<title>", head ? head : title, "</title>\n");
    textbuf_printf(b, "<style>%s</style>\n</head>\n<body>\n<main>\n", css);
    tag(b, "<h1>", head ? head : title, "</h1>\n");
    free(head);
    TextBuf cmd = {0};
    textbuf_puts(&cmd, "<code>beside --present ");
    esc(&cmd, s->id);
    textbuf_puts(&cmd, "</code>");
    textbuf_puts(b, "<p>");
    /* TRANSLATORS: %s is the command that starts it, as <code>beside --present ID</code>. */
    textbuf_printf(b, _("For a class or a group, with Beside on a projector: start it with %s. "
                        "The room reads each scene together, talks, and votes with a show of "
                        "hands. This is practice, not therapy: no one has to share anything "
                        "personal."),
                   cmd.data ? cmd.data : "");
    textbuf_puts(b, "</p>\n");
    textbuf_free(&cmd);
    if (s->you_play) {
        char *plays = text_format(_("The room plays %s."), s->you_play);
        tag(b, "<p>", plays ? plays : s->you_play, "</p>\n");
        free(plays);
    }
    if (s->n_content_notes > 0) {
        tag(b, "<p>", _("Read the content notes out at the start; anyone may sit a part out:"),
            "</p>\n<ul>\n");
        for (int i = 0; i < s->n_content_notes; i++)
            tag(b, "<li>", s->content_notes[i], "</li>\n");
        textbuf_puts(b, "</ul>\n");
    }
}

char *plan_html(const Story *s, const SessionPlan *p)
{
    TextBuf b = {0};
    put_head(&b, s);
    put_timings(&b, s, p);
    tag(&b, "<h2>", _("Stop points"), "</h2>\n");
    if (p->n_stops == 0) {
        textbuf_puts(&b, "<p>");
        /* TRANSLATORS: %s is the story field's name, as <code>discuss</code>. */
        textbuf_printf(&b, _("This story has no questions for the room (no scene has %s). Stop "
                             "where the room is divided."),
                       "<code>discuss</code>");
        textbuf_puts(&b, "</p>\n");
    }
    for (int i = 0; i < p->n_stops; i++)
        put_scene(&b, s, p->stops[i], true, p->every_path[p->stops[i]]);
    if (p->n_more > 0)
        tag(&b, "<h2>", _("If you have time"), "</h2>\n");
    for (int i = 0; i < p->n_more; i++)
        put_scene(&b, s, p->more[i], false, false);
    put_endings(&b, s);
    tag(&b, "<h2>", _("The keys"), "</h2>\n<p>");
    /* TRANSLATORS: each %s is a key, as <kbd>D</kbd>; the first is 1 to 9. */
    textbuf_printf(&b, _("%s add a vote; %s shows the question for the room; %s compares every "
                         "option; %s reveals the option with most votes; %s goes back a step; %s "
                         "saves the session summary."),
                   "<kbd>1</kbd>&ndash;<kbd>9</kbd>", "<kbd>D</kbd>", "<kbd>C</kbd>",
                   "<kbd>Enter</kbd>", "<kbd>Backspace</kbd>", "<kbd>E</kbd>");
    textbuf_puts(&b, "</p>\n</main>\n</body>\n</html>\n");
    return textbuf_take(&b);
}

int plan_save(const Story *s, const char *dir, char **path, char **message)
{
    *path = NULL;
    SessionPlan p;
    char *html = plan_build(s, &p) == 0 ? plan_html(s, &p) : NULL;
    plan_free(&p);
    char *folder = dir ? text_dup(dir) : report_default_dir(), *err = NULL;
    char *name = text_format("session-plan-%s", s->id);
    if (html && folder && name)
        *path = report_write_file(NULL, folder, name, "html", (int64_t)time(NULL), html, &err);
    if (*path)
        *message = text_format(_("The session plan was saved as %s. Open it in a browser to "
                                 "print it."), *path);
    else if (!html || !name)
        *message = text_dup(_("There is not enough memory to make the session plan."));
    else
        *message = text_format(_("The session plan could not be saved: %s"),
                               folder ? (err ? err : "") : _("there is no home folder to put it in."));
    free(err);
    free(name);
    free(folder);
    free(html);
    return *path ? 0 : -1;
}
