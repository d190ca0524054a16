/* speech.c — the words Beside reads aloud, built from the same story
 * model the screen shows, so what is heard and what is seen agree. */
#include "app/speech.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"

/* Signs a voice reads badly, and what to say instead: `say` between
 * `before` and `after`, in the interface's language when it is a word. */
static const struct {
    const char *sign, *before, *say, *after;
} signs[] = {
    {"\u2191", " ", N_("up"), " "}, {"\u2193", " ", N_("down"), " "},
    {"\u00b7", "", ", ", ""},     {"\u2014", "", ", ", ""},
    {"\u2713", "", "", ""},       {"\u2026", "", "...", ""},
    {"\u2212", "", N_("minus"), " "},
};

char *speech_clean(const char *text)
{
    TextBuf b = {0};
    bool space = false;
    for (const char *p = text ? text : ""; *p;) {
        bool matched = false;
        for (size_t i = 0; i < sizeof signs / sizeof signs[0] && !matched; i++) {
            size_t n = strlen(signs[i].sign);
            if (strncmp(p, signs[i].sign, n) == 0) {
                textbuf_puts(&b, signs[i].before);
                /* ", " and "..." are not words: only the words are looked up. */
                bool word = signs[i].say[0] >= 'a' && signs[i].say[0] <= 'z';
                textbuf_puts(&b, word ? _(signs[i].say) : signs[i].say);
                textbuf_puts(&b, signs[i].after);
                p += n;
                matched = true;
            }
        }
        if (matched)
            continue;
        if (*p == ' ' || *p == '\n' || *p == '\t') {
            space = true;
            p++;
            continue;
        }
        if (space && b.len > 0 && b.data[b.len - 1] != ' ')
            textbuf_puts(&b, " ");
        space = false;
        char c[2] = {*p++, 0};
        textbuf_puts(&b, c);
    }
    if (b.failed) {
        textbuf_free(&b);
        return NULL;
    }
    char *out = b.data ? b.data : text_dup("");
    /* A sign at the end leaves a space or comma behind. */
    size_t n = strlen(out);
    while (n > 0 && (out[n - 1] == ' ' || out[n - 1] == ','))
        out[--n] = '\0';
    return out;
}

/* "words" with a full stop after it unless it ends a sentence already. */
static void sentence(TextBuf *b, const char *words)
{
    size_t n = strlen(words);
    while (n > 0 && words[n - 1] == ' ')
        n--;
    if (n == 0)
        return;
    if (b->len > 0)
        textbuf_puts(b, " ");
    textbuf_printf(b, "%.*s", (int)n, words);
    char last = words[n - 1];
    bool quote = n >= 3 && strncmp(words + n - 3, "\u201d", 3) == 0;
    if (last != '.' && last != '?' && last != '!' && last != ':' && last != '"' && !quote)
        textbuf_puts(b, ".");
}

static char *finish(TextBuf *b)
{
    if (b->failed) {
        textbuf_free(b);
        return NULL;
    }
    char *clean = speech_clean(b->data ? b->data : "");
    textbuf_free(b);
    return clean;
}

char *speech_scene(const SceneView *v)
{
    TextBuf b = {0};
    const Scene *sc = &v->story->scenes[v->run->pos.scene];
    if (v->at_ending)
        sentence(&b, sc->title ? sc->title : _("An ending"));
    sentence(&b, v->text ? v->text : "");
    if (!v->at_ending && v->n_shown > 0) {
        textbuf_puts(&b, " ");
        textbuf_printf(&b, ngettext("%d choice.", "%d choices.", (unsigned long)v->n_shown),
                       v->n_shown);
        for (int i = 0; i < v->n_shown; i++) {
            textbuf_printf(&b, " %d:", i + 1);
            sentence(&b, sc->choices[v->shown[i]].text);
        }
    }
    return finish(&b);
}

char *speech_choice(const SceneView *v, int shown_index)
{
    if (shown_index < 0 || shown_index >= v->n_shown)
        return text_dup("");
    const Scene *sc = &v->story->scenes[v->run->pos.scene];
    TextBuf b = {0};
    textbuf_printf(&b, _("Choice %d of %d:"), shown_index + 1, v->n_shown);
    sentence(&b, sc->choices[v->shown[shown_index]].text);
    return finish(&b);
}

char *speech_card(const Story *s, const Feedback *f)
{
    TextBuf b = {0};
    sentence(&b, _(story_kind_label(f->choice->kind)));
    if (f->choice->because)
        sentence(&b, f->choice->because);
    int n = s->n_meters < STORY_MAX_METERS ? s->n_meters : STORY_MAX_METERS;
    bool moved = false;
    for (int m = 0; m < n; m++) {
        int d = f->after[m] - f->before[m];
        if (d == 0)
            continue;
        moved = true;
        bool better = (d > 0) == s->meters[m].higher_is_better;
        textbuf_puts(&b, " ");
        /* TRANSLATORS: read aloud: "Resentment up 5, to 20: worse." */
        textbuf_printf(&b, d > 0 ? _("%s up %d, to %d: %s.") : _("%s down %d, to %d: %s."),
                       _(s->meters[m].label), d > 0 ? d : -d, f->after[m],
                       better ? _("better") : _("worse"));
    }
    if (!moved)
        sentence(&b, _("The meters did not move"));
    for (int i = 0; i < f->info.n_landed; i++) {
        const Landed *l = &f->info.landed[i];
        const Later *later = &s->scenes[l->scene].choices[l->choice].later[l->later];
        if (later->says)
            sentence(&b, later->says);
    }
    NowLater nl;
    game_now_later(s, f, &nl);
    if (nl.line)
        sentence(&b, _(nl.line));
    return finish(&b);
}
