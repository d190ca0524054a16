/* story.c — building and freeing the story model; resolving names after load. */
#include "core/story.h"

#include <stdlib.h>
#include <string.h>

#include "core/expr.h"
#include "core/i18n.h"
#include "core/text.h"

static const char *const kind_names[KIND_COUNT] = {
    "rescue", "support", "boundary", "self_care", "neutral", "it_depends", "hurtful",
};
static const char *const kind_labels[KIND_COUNT] = {
    N_("Rescue"), N_("Support"),    N_("Boundary"), N_("Self-care"),
    N_("Neutral"), N_("It depends"), N_("Hurtful"),
};
static const char *const lens_names[LENS_COUNT] = {
    "goal", "behaviours", "thoughts", "emotions", "underlying",
};
static const char *const lens_labels[LENS_COUNT] = {
    N_("Goal"), N_("Behaviours"), N_("Thoughts"), N_("Emotions"), N_("Underlying problem"),
};

const char *story_kind_name(ChoiceKind k) { return k < KIND_COUNT ? kind_names[k] : "?"; }
const char *story_kind_label(ChoiceKind k) { return k < KIND_COUNT ? kind_labels[k] : "?"; }
const char *story_lens_name(int p) { return p >= 0 && p < LENS_COUNT ? lens_names[p] : "?"; }
const char *story_lens_label(int p) { return p >= 0 && p < LENS_COUNT ? lens_labels[p] : "?"; }

Story *story_new(const char *file)
{
    Story *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->file = text_dup(file ? file : "");
    s->start = -1;
    if (!s->file || story_add_meter(s, "resentment", 20, false, 0) != METER_RESENTMENT ||
        story_add_meter(s, "growth", 30, true, 0) != METER_GROWTH ||
        story_add_meter(s, "intimacy", 40, true, 0) != METER_INTIMACY) {
        story_free(s);
        return NULL;
    }
    return s;
}

void cond_clear(Cond *c)
{
    free(c->source);
    expr_free(c->expr);
    memset(c, 0, sizeof *c);
}

static void effects_free(EffectList *e)
{
    free(e->items);
    e->items = NULL;
    e->count = 0;
}

static void choice_free(Choice *c)
{
    free(c->text);
    free(c->because);
    effects_free(&c->effects);
    free(c->set_flags);
    free(c->clear_flags);
    for (int i = 0; i < c->n_later; i++) {
        effects_free(&c->later[i].effects);
        free(c->later[i].says);
    }
    free(c->later);
    cond_clear(&c->when);
    for (int i = 0; i < c->n_next; i++) {
        cond_clear(&c->next[i].when);
        free(c->next[i].scene_id);
    }
    free(c->next);
}

static void scene_free(Scene *sc)
{
    free(sc->id);
    for (int i = 0; i < sc->n_paras; i++) {
        cond_clear(&sc->paras[i].when);
        free(sc->paras[i].text);
    }
    free(sc->paras);
    free(sc->discuss);
    free(sc->notes);
    for (int i = 0; i < sc->n_choices; i++)
        choice_free(&sc->choices[i]);
    free(sc->choices);
    free(sc->title);
    for (int i = 0; i < LENS_COUNT; i++)
        free(sc->lens[i]);
    free(sc->practice);
    free(sc->reflect);
    free(sc->place);
}

void story_free(Story *s)
{
    if (!s)
        return;
    if (s->host.free)
        s->host.free(s->host.ctx);
    for (int i = 0; i < s->n_scenes; i++)
        scene_free(&s->scenes[i]);
    free(s->scenes);
    free(s->scene_index);
    for (int i = 0; i < s->n_meters; i++) {
        free(s->meters[i].name);
        free(s->meters[i].label);
    }
    for (int i = 0; i < s->n_flags; i++)
        free(s->flags[i]);
    for (int i = 0; i < s->n_content_notes; i++)
        free(s->content_notes[i]);
    free(s->content_notes);
    free(s->file);
    free(s->id);
    free(s->title);
    free(s->teaser);
    free(s->you_play);
    free(s->author);
    free(s->version);
    free(s->start_id);
    free(s->place);
    for (int i = 0; i < s->n_people; i++) {
        free(s->people[i].key);
        free(s->people[i].name);
        free(s->people[i].art);
    }
    free(s);
}

static unsigned hash_id(const char *id)
{
    unsigned h = 2166136261u; /* FNV-1a */
    for (; *id; id++)
        h = (h ^ (unsigned char)*id) * 16777619u;
    return h;
}

/* Puts scene i in the index, growing it when half full. -1 on no memory. */
static int index_scene(Story *s, int i)
{
    if ((i + 1) * 2 > s->scene_index_cap) {
        int cap = s->scene_index_cap ? s->scene_index_cap * 2 : 64;
        int *t = calloc((size_t)cap, sizeof *t);
        if (!t)
            return -1;
        free(s->scene_index);
        s->scene_index = t;
        s->scene_index_cap = cap;
        for (int k = 0; k < i; k++)
            index_scene(s, k);
    }
    unsigned mask = (unsigned)s->scene_index_cap - 1;
    unsigned h = hash_id(s->scenes[i].id) & mask;
    while (s->scene_index[h])
        h = (h + 1) & mask;
    s->scene_index[h] = i + 1;
    return 0;
}

int story_add_scene(Story *s, const char *id, int line, bool is_ending)
{
    if (s->n_scenes == s->cap_scenes) {
        int cap = s->cap_scenes ? s->cap_scenes * 2 : 16;
        Scene *sc = realloc(s->scenes, (size_t)cap * sizeof *sc);
        if (!sc)
            return -1;
        s->scenes = sc;
        s->cap_scenes = cap;
    }
    Scene *sc = &s->scenes[s->n_scenes];
    memset(sc, 0, sizeof *sc);
    sc->id = text_dup(id);
    if (!sc->id)
        return -1;
    sc->line = line;
    sc->is_ending = is_ending;
    if (index_scene(s, s->n_scenes) < 0) {
        free(sc->id);
        return -1;
    }
    return s->n_scenes++;
}

int story_find_scene(const Story *s, const char *id)
{
    if (!s->scene_index_cap)
        return -1;
    unsigned mask = (unsigned)s->scene_index_cap - 1;
    for (unsigned h = hash_id(id) & mask; s->scene_index[h]; h = (h + 1) & mask)
        if (strcmp(s->scenes[s->scene_index[h] - 1].id, id) == 0)
            return s->scene_index[h] - 1;
    return -1;
}

int story_find_meter(const Story *s, const char *name)
{
    for (int i = 0; i < s->n_meters; i++)
        if (strcmp(s->meters[i].name, name) == 0)
            return i;
    return -1;
}

int story_add_meter(Story *s, const char *name, int initial, bool higher_is_better, int line)
{
    int i = story_find_meter(s, name);
    if (i < 0) {
        if (s->n_meters == STORY_MAX_METERS)
            return -1;
        i = s->n_meters;
        MeterDef *m = &s->meters[i];
        m->name = text_dup(name);
        m->label = text_dup(name);
        if (!m->name || !m->label) {
            free(m->name);
            free(m->label);
            return -1;
        }
        /* "self_worth" reads as "Self worth". */
        for (char *c = m->label; *c; c++)
            if (*c == '_')
                *c = ' ';
        if (m->label[0] >= 'a' && m->label[0] <= 'z')
            m->label[0] = (char)(m->label[0] - 'a' + 'A');
        s->n_meters++;
    }
    s->meters[i].initial = initial;
    s->meters[i].higher_is_better = higher_is_better;
    s->meters[i].line = line;
    return i;
}

int story_find_flag(const Story *s, const char *name)
{
    for (int i = 0; i < s->n_flags; i++)
        if (strcmp(s->flags[i], name) == 0)
            return i;
    return -1;
}

int story_flag(Story *s, const char *name, int line)
{
    int i = story_find_flag(s, name);
    if (i >= 0)
        return i;
    if (s->n_flags == STORY_MAX_FLAGS)
        return -1;
    s->flags[s->n_flags] = text_dup(name);
    if (!s->flags[s->n_flags])
        return -1;
    s->flag_lines[s->n_flags] = line;
    return s->n_flags++;
}

/* Reports an unknown scene id with the closest known one. */
static void unknown_scene(Story *s, DiagList *d, int line, const char *what, const char *id)
{
    const char **names = malloc((size_t)(s->n_scenes ? s->n_scenes : 1) * sizeof *names);
    const char *guess = NULL;
    if (names) {
        for (int i = 0; i < s->n_scenes; i++)
            names[i] = s->scenes[i].id;
        guess = text_suggest(id, names, s->n_scenes);
        free(names);
    }
    if (guess)
        diag_add(d, DIAG_ERROR, s->file, line,
                 _("%s goes to scene '%s', which does not exist. Did you mean '%s'?"), what, id,
                 guess);
    else
        diag_add(d, DIAG_ERROR, s->file, line,
                 _("%s goes to scene '%s', which does not exist. Check the spelling, or add "
                   "scene \"%s\" { ... }."), what, id, id);
}

/* What a problem in a story_finish() check is about: fixed text, or a
 * choice whose name ("choice 2 ('Take the envelopes…')") is made only when
 * a message needs it. Making it for every choice of a big story was 2% of
 * loading it. */
typedef struct {
    const char *text;
    const Choice *choice;
    int index;
    char *name;
} About;

static char *choice_name(const Choice *c, int index);

static const char *about(About *a)
{
    if (!a->choice)
        return a->text;
    if (!a->name)
        a->name = choice_name(a->choice, a->index);
    return a->name ? a->name : _("choice");
}

static int compile_cond(Story *s, Cond *c, DiagList *d, About *what)
{
    if (!c->source || c->expr)
        return 0;
    char *err = NULL;
    c->expr = expr_compile(s, c->source, &err);
    if (c->expr)
        return 0;
    /* Quote a long condition by its start, so the explanation stays in view. */
    size_t cut = strlen(c->source);
    bool shortened = cut > 60;
    if (shortened) {
        cut = 60;
        while (cut > 0 && ((unsigned char)c->source[cut] & 0xC0) == 0x80)
            cut--;
    }
    diag_add(d, DIAG_ERROR, s->file, c->line, "%s: when = \"%.*s%s\": %s", about(what),
             (int)cut, c->source, shortened ? "…" : "", err ? err : _("out of memory"));
    free(err);
    return 1;
}

/* A short name for a choice in messages: "choice 2 ('Take the envelopes…')". */
static char *choice_name(const Choice *c, int index)
{
    char excerpt[48];
    const char *t = c->text ? c->text : "";
    size_t n = strlen(t);
    if (n > 30) {
        /* Cut at a character boundary: skip UTF-8 continuation bytes. */
        size_t cut = 30;
        while (cut > 0 && ((unsigned char)t[cut] & 0xC0) == 0x80)
            cut--;
        snprintf(excerpt, sizeof excerpt, "%.*s...", (int)cut, t);
    } else {
        snprintf(excerpt, sizeof excerpt, "%s", t);
    }
    return text_format(_("choice %d ('%s')"), index + 1, excerpt);
}

int story_finish(Story *s, DiagList *d)
{
    int errors = 0;
    if (!s->start_id && s->line == 0) {
        errors++; /* no scenario { } at all: the loader has said so */
    } else if (!s->start_id) {
        diag_add(d, DIAG_ERROR, s->file, s->line,
                 _("the scenario does not say where the story starts. Add start = "
                   "\"first-scene-id\" to scenario { ... }."));
        errors++;
    } else {
        s->start = story_find_scene(s, s->start_id);
        if (s->start < 0) {
            unknown_scene(s, d, s->line, "start", s->start_id);
            errors++;
        }
    }
    for (int i = 0; i < s->n_scenes; i++) {
        Scene *sc = &s->scenes[i];
        About text = {.text = "text"};
        for (int p = 0; p < sc->n_paras; p++)
            errors += compile_cond(s, &sc->paras[p].when, d, &text);
        for (int c = 0; c < sc->n_choices; c++) {
            Choice *ch = &sc->choices[c];
            About what = {.choice = ch, .index = c};
            errors += compile_cond(s, &ch->when, d, &what);
            for (int r = 0; r < ch->n_next; r++) {
                Route *rt = &ch->next[r];
                errors += compile_cond(s, &rt->when, d, &what);
                rt->scene = story_find_scene(s, rt->scene_id);
                if (rt->scene < 0) {
                    unknown_scene(s, d, rt->when.line ? rt->when.line : ch->line, about(&what),
                                  rt->scene_id);
                    errors++;
                }
            }
            free(what.name);
        }
    }
    return errors;
}
