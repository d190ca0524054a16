/* session_model.c — the session summary's model, built once from a
 * SessionSummary: for each decision its opening line, question and options
 * with their hands; the path; the meters; the ending. Both renderers
 * (session.c, session_text.c) format only this. It keeps the story's own
 * words and the counts: never a scene's facilitator `notes`. */
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "report/session_model.h"

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

/* One decision: the options shown that name a choice, in the order shown,
 * and the hands for them. Returns -1 on no memory. */
static int build_step(const SessionSummary *s, const SessionDecision *d, SessionStep *st)
{
    const Scene *sc = decision_scene(s, d);
    st->scene_id = sc ? sc->id : NULL;
    st->discuss = sc ? sc->discuss : NULL;
    st->compared = d->compared;
    TextBuf open = {0};
    if (opening_line(sc, &open) && !(st->opening = textbuf_take(&open)))
        return -1;
    textbuf_free(&open);
    for (int i = 0; i < decision_options(d); i++) {
        const Choice *c = decision_option(sc, d, i);
        if (!c)
            continue;
        SessionOption *o = &st->options[st->n_options++];
        o->number = i + 1;
        o->text = c->text;
        o->kind = _(story_kind_label(c->kind));
        o->votes = d->votes[i] > 0 ? d->votes[i] : 0;
        o->taken = i == d->picked;
        st->hands += o->votes;
        if (o->taken)
            st->taken = o;
    }
    return 0;
}

static void build_ending(const SessionSummary *s, SessionModel *m)
{
    if (s->ending < 0 || s->ending >= s->story->n_scenes)
        return;
    const Scene *e = &s->story->scenes[s->ending];
    m->ending = e->title ? e->title : e->id;
    for (int p = 0; p < LENS_COUNT; p++)
        m->lens[p] = e->lens[p];
    m->practice = e->practice;
    m->reflect = e->reflect;
}

static void build_when(const SessionSummary *s, SessionModel *m)
{
    if (s->started > 0)
        date_day_text(s->started, m->date, sizeof m->date);
    report_duration(s->started > 0 && s->finished >= s->started ? s->finished - s->started : -1,
                    m->spent, sizeof m->spent);
}

int session_model_build(const SessionSummary *s, SessionModel *m)
{
    memset(m, 0, sizeof *m);
    if (!s || !s->story || s->n_decisions < 0 || (s->n_decisions > 0 && !s->decisions))
        return -1;
    int n = s->n_decisions;
    m->title = s->story->title ? s->story->title : s->story->id;
    build_when(s, m);
    build_ending(s, m);
    m->meters = malloc((size_t)(n + 1) * sizeof *m->meters);
    m->steps = n > 0 ? calloc((size_t)n, sizeof *m->steps) : NULL;
    if (!m->meters || (n > 0 && !m->steps)) {
        session_model_free(m);
        return -1;
    }
    for (int i = 0; i < 3; i++)
        m->meters[0][i] = s->meters_start[i];
    for (int k = 0; k < n; k++) {
        const SessionDecision *d = &s->decisions[k];
        for (int i = 0; i < 3; i++)
            m->meters[k + 1][i] = d->meters_after[i];
        m->n_steps++;
        if (build_step(s, d, &m->steps[k]) < 0) {
            session_model_free(m);
            return -1;
        }
    }
    return 0;
}

void session_model_free(SessionModel *m)
{
    if (!m)
        return;
    for (int k = 0; k < m->n_steps; k++)
        free(m->steps[k].opening);
    free(m->steps);
    free(m->meters);
    memset(m, 0, sizeof *m);
}
