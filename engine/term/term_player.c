/* term_player.c — the terminal player. Everything it says is whole sentences
 * in reading order, so a screen reader speaks it the way a person reads it. */
#include "term/term_player.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/people.h"
#include "core/text.h"
#include "core/twins.h"

static void out(TermPlayer *tp, const char *s)
{
    if (fputs(s, tp->out) == EOF)
        tp->output_failed = true;
}

static void outf(TermPlayer *tp, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void outf(TermPlayer *tp, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = text_vformat(fmt, ap);
    va_end(ap);
    if (s)
        out(tp, s);
    free(s);
}

static void heading(TermPlayer *tp, const char *s)
{
    if (tp->plain)
        outf(tp, "%s\n", s);
    else
        outf(tp, "\033[1m%s\033[0m\n", s);
}

/* Display width of a UTF-8 string, counting each character as one column. */
static int columns(const char *s, size_t n)
{
    int c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

void term_wrap_hanging(TermPlayer *tp, const char *text, int first, int rest)
{
    int width = tp->width > 20 ? tp->width : 72;
    int indent = first;
    const char *p = text;
    while (*p) {
        /* One paragraph: up to a blank line. */
        const char *end = strstr(p, "\n\n");
        size_t plen = end ? (size_t)(end - p) : strlen(p);
        int col = 0;
        size_t i = 0;
        while (i < plen) {
            while (i < plen && isspace((unsigned char)p[i]))
                i++;
            size_t w = i;
            while (w < plen && !isspace((unsigned char)p[w]))
                w++;
            if (w == i)
                break;
            int wc = columns(p + i, w - i);
            if (col > 0 && indent + col + 1 + wc > width) {
                out(tp, "\n");
                col = 0;
                indent = rest;
            }
            if (col == 0)
                outf(tp, "%*s", indent, "");
            else
                out(tp, " ");
            outf(tp, "%.*s", (int)(w - i), p + i);
            col += (col ? 1 : 0) + wc;
            i = w;
        }
        out(tp, "\n");
        if (!end)
            break;
        out(tp, "\n");
        p = end + 2;
        indent = first;
    }
}

void term_wrap(TermPlayer *tp, const char *text, int indent)
{
    term_wrap_hanging(tp, text, indent, indent);
}

#if 0 /* For xgettext only: the labels of the three meters every story has. */
N_("Resentment") N_("Growth") N_("Intimacy")
#endif

static void meter_line(TermPlayer *tp, const MeterDef *m, int before, int after, bool with_change)
{
    const char *better = m->higher_is_better ? _("higher is better") : _("lower is better");
    if (!with_change || before == after)
        outf(tp, "  %s %d%s (%s).\n", _(m->label), after, with_change ? _(", no change") : "", better);
    else
        outf(tp, "  %s %d, %s %d (%s).\n", _(m->label), after, after > before ? _("up") : _("down"),
             abs(after - before), better);
}

static void show_meters(TermPlayer *tp, const Story *s, const uint8_t *meters)
{
    for (int i = 0; i < s->n_meters; i++)
        meter_line(tp, &s->meters[i], meters[i], meters[i], false);
}

void term_player_intro(TermPlayer *tp, const Story *s)
{
    heading(tp, s->title ? s->title : s->id);
    if (s->teaser)
        term_wrap(tp, s->teaser, 0);
    TextBuf b = {0};
    if (s->you_play)
        textbuf_printf(&b, _("You play %s. "), s->you_play);
    if (s->minutes)
        textbuf_printf(&b, _("It takes about %d minutes. "), s->minutes);
    if (b.len)
        term_wrap(tp, b.data, 0);
    textbuf_free(&b);
    if (s->n_content_notes) {
        textbuf_puts(&b, _("Content notes: this story includes "));
        for (int i = 0; i < s->n_content_notes; i++)
            textbuf_printf(&b, "%s%s", s->content_notes[i],
                           i + 2 < s->n_content_notes   ? ", "
                           : i + 1 < s->n_content_notes ? (s->n_content_notes > 2 ? _(", and ") : _(" and "))
                                                        : ".");
        term_wrap(tp, b.data, 0);
        textbuf_free(&b);
    }
    term_wrap(tp, _("This is practice, not therapy. If you are in danger, call your local "
                    "emergency number. Type h at any time for help."), 0);
    out(tp, "\n");
}

static void fe_scene(void *ud, const SceneView *v)
{
    TermPlayer *tp = ud;
    const Scene *sc = &v->story->scenes[v->run->pos.scene];
    if (v->at_ending)
        heading(tp, sc->title ? sc->title : _("The end"));
    term_wrap(tp, v->text, 0);
    out(tp, "\n");
    if (v->at_ending)
        return;
    heading(tp, _("What do you do?"));
    for (int i = 0; i < v->n_shown; i++) {
        const Choice *c = &sc->choices[v->shown[i]];
        char num[16];
        snprintf(num, sizeof num, "%d. ", i + 1);
        TextBuf b = {0};
        textbuf_printf(&b, "%s%s", num, c->text);
        term_wrap_hanging(tp, b.data, 2, 2 + (int)strlen(num));
        textbuf_free(&b);
    }
}

static void help(TermPlayer *tp, bool at_ending)
{
    heading(tp, _("Help"));
    if (!at_ending)
        out(tp, _("  Type the number of a choice and press Enter.\n"));
    out(tp, _("  m: show the meters.\n"
              "  t: show the text again.\n"
              "  p: list the choices you made so far.\n"
              "  b: go back one choice and try another.\n"
              "  b N: go back to just before your choice number N.\n"
              "  q: quit.\n"));
    term_wrap(tp, _("Beside is practice, not therapy. If you are in danger or in crisis, call "
                    "your local emergency number now. If a relationship involves threats or "
                    "violence, setting boundaries needs a professional's help: please talk to "
                    "one."), 2);
}

static void show_path(TermPlayer *tp, const Run *r)
{
    const Story *s = r->story;
    if (r->n_steps == 0) {
        out(tp, _("  You have not made a choice yet.\n"));
        return;
    }
    for (int i = 0; i < r->n_steps; i++) {
        const RunStep *st = &r->steps[i];
        const Choice *c = &s->scenes[st->scene].choices[st->choice];
        TextBuf b = {0};
        textbuf_printf(&b, _("%d. %s: %s Then"), i + 1, _(story_kind_label(c->kind)), c->text);
        for (int m = 0; m < s->n_meters; m++)
            textbuf_printf(&b, "%s %s %d", m ? "," : "", s->meters[m].label, st->meters[m]);
        textbuf_puts(&b, ".");
        term_wrap_hanging(tp, b.data, 2, i + 1 < 10 ? 5 : 6);
        textbuf_free(&b);
    }
}

static GameCommand fe_ask(void *ud, const SceneView *v)
{
    TermPlayer *tp = ud;
    char line[256];
    for (;;) {
        if (v->at_ending || v->n_shown == 0)
            out(tp, _("Type b to go back a choice, p to see your path, or q to quit.\n"));
        else if (v->n_shown == 1)
            out(tp, _("Type 1, or h for help.\n"));
        else
            outf(tp, _("Type a number from 1 to %d, or h for help.\n"), v->n_shown);
        out(tp, "> ");
        fflush(tp->out);
        if (tp->output_failed)
            return (GameCommand){GAME_QUIT, 0};
        if (!fgets(line, sizeof line, tp->in)) {
            out(tp, _("\nInput has ended, so Beside is leaving the story.\n"));
            return (GameCommand){GAME_QUIT, 0};
        }
        if (!strchr(line, '\n') && !feof(tp->in)) { /* an overlong line: drop the rest */
            int ch;
            while ((ch = fgetc(tp->in)) != EOF && ch != '\n')
                ;
        }
        char *p = line;
        while (isspace((unsigned char)*p))
            p++;
        char *e = p + strlen(p);
        while (e > p && isspace((unsigned char)e[-1]))
            *--e = '\0';
        if (tp->echo)
            outf(tp, "%s\n", p);
        out(tp, "\n");
        char cmd = (char)tolower((unsigned char)*p);
        if (isdigit((unsigned char)cmd) && v->at_ending) {
            out(tp, _("The story has ended, so there are no choices left. Type b to go back "
                      "and try another way.\n"));
        } else if (isdigit((unsigned char)cmd) && v->n_shown == 0) {
            out(tp, _("No choice is open here. Type b to go back a choice, or q to quit.\n"));
        } else if (isdigit((unsigned char)cmd)) {
            char *end;
            long n = strtol(p, &end, 10);
            if (*end == '\0' && n >= 1 && n <= v->n_shown)
                return (GameCommand){GAME_CHOOSE, (int)n - 1};
            outf(tp, _("There is no choice %s here. Pick a number from 1 to %d.\n"), p, v->n_shown);
        } else if (cmd == 'q' && p[1] == '\0') {
            out(tp, _("Leaving the story. Take care of yourself.\n"));
            return (GameCommand){GAME_QUIT, 0};
        } else if (cmd == 'b' && (p[1] == '\0' || p[1] == ' ')) {
            int steps = v->run->n_steps;
            if (p[1] == '\0') {
                if (steps == 0)
                    out(tp, _("You are at the start; there is no choice to go back to.\n"));
                else
                    return (GameCommand){GAME_REWIND, steps - 1};
            } else {
                long n = strtol(p + 2, NULL, 10);
                if (n >= 1 && n <= steps)
                    return (GameCommand){GAME_REWIND, (int)n - 1};
                outf(tp, _("Pick a choice number from 1 to %d (type p to see them).\n"), steps);
            }
        } else if (cmd == 'm' && p[1] == '\0') {
            show_meters(tp, v->story, v->run->pos.meters);
        } else if (cmd == 't' && p[1] == '\0') {
            fe_scene(tp, v);
        } else if (cmd == 'p' && p[1] == '\0') {
            show_path(tp, v->run);
        } else if ((cmd == 'h' || cmd == '?') && (p[1] == '\0' || strcmp(p, "help") == 0)) {
            help(tp, v->at_ending);
        } else if (*p == '\0') {
            /* An empty line: ask again. */
        } else {
            outf(tp, _("Beside did not understand '%s'. Type h for help.\n"), p);
        }
    }
}

/* Delayed effects landed[from..to) and the meter changes they made. */
static void show_landed(TermPlayer *tp, const Story *s, const StepInfo *info, int from, int to,
                        const uint8_t *before, const uint8_t *after)
{
    if (from == to)
        return;
    out(tp, _("Something from earlier caught up with you.\n"));
    for (int i = from; i < to; i++) {
        const Landed *l = &info->landed[i];
        const Choice *was = &s->scenes[l->scene].choices[l->choice];
        const Later *lt = &was->later[l->later];
        TextBuf b = {0};
        textbuf_printf(&b, text_quotes_itself(was->text) ? _("Earlier you chose: %s")
                                                         : _("Earlier you chose: \u201c%s\u201d"),
                       was->text);
        term_wrap(tp, b.data, 2);
        textbuf_free(&b);
        if (lt->says)
            term_wrap(tp, lt->says, 2);
    }
    for (int i = 0; i < s->n_meters; i++)
        if (after[i] != before[i])
            meter_line(tp, &s->meters[i], before[i], after[i], true);
    out(tp, "\n");
}

/* In the order things happened: what earlier choices brought, what this
 * choice did, and (at an ending) whatever was still waiting. */
static void fe_feedback(void *ud, const SceneView *v, const Feedback *f)
{
    TermPlayer *tp = ud;
    const Story *s = v->story;
    const StepInfo *in = &f->info;
    show_landed(tp, s, in, 0, in->n_landed_before_own, f->before, in->before_own);
    /* How the person answered took it, as the window's card says it. */
    int who[STORY_MAX_WITH];
    const Run *r = v->run;
    if (r->n_steps > 0 && people_in_scene(s, r->steps[r->n_steps - 1].scene, who) > 0) {
        char caption[200];
        people_caption(s, who[0], people_reaction(s, f, who[0]), caption, sizeof caption);
        term_wrap(tp, caption, 0);
    }
    TextBuf b = {0};
    textbuf_printf(&b, _("That was %s: %s."), _(story_kind_label(f->choice->kind)),
                   _(game_kind_meaning(f->choice->kind)));
    heading(tp, b.data);
    textbuf_free(&b);
    if (f->choice->because)
        term_wrap(tp, f->choice->because, 0);
    for (int i = 0; i < s->n_meters; i++)
        meter_line(tp, &s->meters[i], in->before_own[i], in->after_own[i], true);
    NowLater nl;
    game_now_later(s, f, &nl);
    if (nl.line)
        term_wrap(tp, _(nl.line), 0);
    out(tp, "\n");
    show_landed(tp, s, in, in->n_landed_before_own, in->n_landed, in->after_own, f->after);
}

/* The choices whose delayed effects landed: what you chose, what it did later. */
static void show_came_back(TermPlayer *tp, const Run *r)
{
    CameBack back[64];
    int n = game_came_back(r, back, 64);
    n = n < 64 ? n : 64;
    for (int i = 0; i < n; i++) {
        const Choice *c = back[i].choice;
        if (i == 0)
            heading(tp, _("Choices that came back later"));
        if (i == 0 || back[i - 1].step != back[i].step) {
            TextBuf b = {0};
            textbuf_printf(&b, text_quotes_itself(c->text) ? _("Choice %d: %s")
                                                           : _("Choice %d: \u201c%s\u201d"),
                           back[i].step + 1, c->text);
            term_wrap(tp, b.data, 0);
            textbuf_free(&b);
        }
        if (c->later[back[i].later].says)
            term_wrap(tp, c->later[back[i].later].says, 2);
    }
    if (n > 0)
        out(tp, "\n");
}

/* The choices whose very words are another kind elsewhere in the story. */
static void show_twins(TermPlayer *tp, const Run *r)
{
    TwinStep t[32];
    int n = twins_on_path(r, t, 32);
    if (n <= 0)
        return;
    heading(tp, _("The same words, another moment"));
    term_wrap(tp, _("The words of these choices come back in another scene of this story as a "
                    "different kind. The moment decides, not the words."), 0);
    for (int i = 0; i < n && i < 32; i++) {
        TextBuf b = {0};
        textbuf_printf(&b, text_quotes_itself(t[i].chosen->text)
                               ? _("Choice %d (%s): %s")
                               : _("Choice %d (%s): \u201c%s\u201d"),
                       t[i].step + 1,
                       _(story_kind_label(t[i].chosen->kind)), t[i].chosen->text);
        term_wrap(tp, b.data, 0);
        textbuf_free(&b);
        textbuf_printf(&b, _("In another scene, the same words count as %s."),
                       _(story_kind_label(t[i].twin->kind)));
        if (t[i].twin->because)
            textbuf_printf(&b, " %s", t[i].twin->because);
        term_wrap(tp, b.data, 2);
        textbuf_free(&b);
    }
    out(tp, "\n");
}

static void fe_ending(void *ud, const SceneView *v)
{
    TermPlayer *tp = ud;
    const Story *s = v->story;
    const Scene *sc = &s->scenes[v->run->pos.scene];
    heading(tp, _("Looking back"));
    out(tp, _("Your path:\n"));
    show_path(tp, v->run);
    int counts[KIND_COUNT] = {0};
    for (int i = 0; i < v->run->n_steps; i++)
        counts[s->scenes[v->run->steps[i].scene].choices[v->run->steps[i].choice].kind]++;
    TextBuf b = {0};
    textbuf_puts(&b, _("Your responses:"));
    bool first = true;
    for (int k = 0; k < KIND_COUNT; k++)
        if (counts[k]) {
            textbuf_printf(&b, "%s %d %s", first ? "" : ",", counts[k], _(story_kind_label(k)));
            first = false;
        }
    textbuf_puts(&b, ".");
    term_wrap(tp, b.data, 0);
    textbuf_free(&b);
    out(tp, _("Where the meters ended:\n"));
    show_meters(tp, s, v->run->pos.meters);
    out(tp, "\n");
    show_came_back(tp, v->run);
    show_twins(tp, v->run);
    bool any_lens = false;
    for (int k = 0; k < LENS_COUNT; k++)
        any_lens |= sc->lens[k] != NULL;
    if (any_lens) {
        heading(tp, _("The five parts"));
        for (int k = 0; k < LENS_COUNT; k++)
            if (sc->lens[k]) {
                textbuf_printf(&b, "%s: %s", _(story_lens_label(k)), sc->lens[k]);
                term_wrap(tp, b.data, 2);
                textbuf_free(&b);
            }
        out(tp, "\n");
    }
    if (sc->practice) {
        heading(tp, _("To practise this week"));
        term_wrap(tp, sc->practice, 0);
        out(tp, "\n");
    }
    if (sc->reflect) {
        heading(tp, _("To think or write about"));
        term_wrap(tp, sc->reflect, 0);
        out(tp, "\n");
    }
}

static void fe_problem(void *ud, const char *message)
{
    TermPlayer *tp = ud;
    term_wrap(tp, message[0] ? _(message) : message, 0); /* gettext("") is the header */
}

void term_player_frontend(TermPlayer *tp, Frontend *fe)
{
    memset(fe, 0, sizeof *fe);
    fe->ud = tp;
    fe->scene = fe_scene;
    fe->ask = fe_ask;
    fe->feedback = fe_feedback;
    fe->ending = fe_ending;
    fe->problem = fe_problem;
}
