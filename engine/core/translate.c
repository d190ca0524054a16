/* translate.c — the translatable lines of a story, and putting a catalogue's
 * translations in their place (translate.h). Merging catalogues is in
 * translate_merge.c. */
#include "core/translate.h"

#include <stdlib.h>
#include <string.h>

#include "core/people.h"
#include "core/text.h"

static int push(TrLines *l, char **slot, int line, char *ctxt, char *what)
{
    if (ctxt && what && l->count == l->cap) {
        int cap = l->cap ? l->cap * 2 : 256;
        TrLine *items = realloc(l->items, (size_t)cap * sizeof *items);
        if (items) {
            l->items = items;
            l->cap = cap;
        }
    }
    if (!ctxt || !what || l->count == l->cap) {
        free(ctxt);
        free(what);
        return -1;
    }
    l->items[l->count++] = (TrLine){.ctxt = ctxt, .slot = slot, .line = line, .what = what};
    return 0;
}

/* Adds the line in *slot (when it has text) with the context made from the
 * format, taking `what`. */
#define ADD(slot, line, ...)                                                              \
    do {                                                                                  \
        if (*(slot) && **(slot)) {                                                        \
            if (push(out, (slot), (line), text_format(__VA_ARGS__), what) < 0)            \
                return -1;                                                                \
        } else {                                                                          \
            free(what);                                                                   \
        }                                                                                 \
    } while (0)

static int choice_lines(Scene *sc, int c, TrLines *out)
{
    Choice *ch = &sc->choices[c];
    const char *kind = story_kind_name(ch->kind);
    char *what = text_format("Scene %s, choice %d (%s): what the player picks", sc->id, c + 1, kind);
    ADD(&ch->text, ch->line, "%s/choice-%d", sc->id, c + 1);
    what = text_format("Scene %s, choice %d (%s): why it works out as it does", sc->id, c + 1, kind);
    ADD(&ch->because, ch->line, "%s/choice-%d/because", sc->id, c + 1);
    for (int k = 0; k < ch->n_later; k++) {
        what = text_format("Scene %s, choice %d (%s): what happens %d choices later", sc->id,
                           c + 1, kind, ch->later[k].after);
        ADD(&ch->later[k].says, ch->later[k].line, "%s/choice-%d/later-%d", sc->id, c + 1, k + 1);
    }
    return 0;
}

static int scene_lines(Scene *sc, TrLines *out)
{
    const char *is = sc->is_ending ? "Ending" : "Scene";
    char *what;
    for (int p = 0; p < sc->n_paras; p++) {
        what = text_format("%s %s, paragraph %d%s%s", is, sc->id, p + 1,
                           sc->paras[p].when.source ? ", shown when " : "",
                           sc->paras[p].when.source ? sc->paras[p].when.source : "");
        ADD(&sc->paras[p].text, sc->paras[p].line, "%s/text-%d", sc->id, p + 1);
    }
    for (int c = 0; c < sc->n_choices; c++)
        if (choice_lines(sc, c, out) < 0)
            return -1;
    what = text_format("%s %s: a question for a group to talk about", is, sc->id);
    ADD(&sc->discuss, sc->line, "%s/discuss", sc->id);
    if (!sc->is_ending)
        return 0;
    what = text_format("Ending %s: its title", sc->id);
    ADD(&sc->title, sc->line, "%s/title", sc->id);
    for (int k = 0; k < LENS_COUNT; k++) {
        what = text_format("Ending %s, the lens: %s", sc->id, story_lens_label(k));
        ADD(&sc->lens[k], sc->line, "%s/lens-%s", sc->id, story_lens_name(k));
    }
    what = text_format("Ending %s: something to practise", sc->id);
    ADD(&sc->practice, sc->line, "%s/practice", sc->id);
    what = text_format("Ending %s: a question to think about", sc->id);
    ADD(&sc->reflect, sc->line, "%s/reflect", sc->id);
    return 0;
}

static int story_head_lines(Story *s, TrLines *out)
{
    char *what = text_dup("The story's title");
    ADD(&s->title, s->line, "@story/title");
    what = text_dup("The story's teaser, under its title in the list of stories");
    ADD(&s->teaser, s->line, "@story/teaser");
    what = text_dup("Who the player plays (a name)");
    ADD(&s->you_play, s->line, "@story/you-play");
    for (int k = 0; k < s->n_content_notes; k++) {
        what = text_format("Content note %d: what the story is about, shown before it starts", k + 1);
        ADD(&s->content_notes[k], s->line, "@story/content-note-%d", k + 1);
    }
    for (int k = 0; k < s->n_people; k++) {
        Person *p = &s->people[k];
        what = text_format("The name of a person in the story (key %s); scene text that "
                           "names them should use the same name", p->key);
        ADD(&p->name, p->line, "@person/%s", p->key);
    }
    for (int k = 3; k < s->n_meters; k++) {
        MeterDef *m = &s->meters[k];
        what = text_format("The label of the story's own meter '%s'", m->name);
        ADD(&m->label, m->line, "@meter/%s", m->name);
    }
    return 0;
}

#undef ADD

int translate_lines(Story *s, TrLines *out)
{
    if (story_head_lines(s, out) < 0)
        return -1;
    for (int i = 0; i < s->n_scenes; i++)
        if (scene_lines(&s->scenes[i], out) < 0)
            return -1;
    return 0;
}

void translate_lines_free(TrLines *l)
{
    for (int i = 0; i < l->count; i++) {
        free(l->items[i].ctxt);
        free(l->items[i].what);
    }
    free(l->items);
    *l = (TrLines){0};
}

/* The entry that translates `line`: the same context and English, or else
 * the same English under another context. Fuzzy entries count here. */
static const PoEntry *entry_for(const PoFile *po, const TrLine *line)
{
    const PoEntry *e = po_find(po, line->ctxt, *line->slot);
    for (int i = 0; !e && i < po->count; i++) {
        const PoEntry *o = &po->items[i];
        if (!o->obsolete && !o->fuzzy && o->str[0] && o->ctxt && strcmp(o->id, *line->slot) == 0)
            e = o;
    }
    return e;
}

TrCount translate_status(Story *s, const PoFile *po, TrProblemFn fn, void *ctx)
{
    TrCount n = {0};
    TrLines lines = {0};
    translate_lines(s, &lines);
    for (int i = 0; i < lines.count; i++) {
        const PoEntry *e = entry_for(po, &lines.items[i]);
        n.lines++;
        if (!e || !e->str[0])
            n.missing++;
        else if (e->fuzzy)
            n.fuzzy++;
        else
            n.translated++;
        if ((!e || !e->str[0] || e->fuzzy) && fn)
            fn(ctx, &lines.items[i], e);
    }
    translate_lines_free(&lines);
    return n;
}

/* Who is in a scene without with = is read from the names in its text
 * (core/people.h). Fix it from the English before the text changes, so
 * every language shows the same people ("Mom" is "Mamá", "Dylan's" is
 * "de Dylan"). */
static void keep_people(Story *s)
{
    for (int i = 0; i < s->n_scenes; i++) {
        Scene *sc = &s->scenes[i];
        if (sc->has_with)
            continue;
        int who[STORY_MAX_WITH];
        int n = people_in_scene(s, i, who);
        for (int k = 0; k < n; k++)
            sc->with[k] = (int8_t)who[k];
        sc->n_with = n;
        sc->has_with = true;
    }
}

int translate_apply(Story *s, const PoFile *po, TrCount *count)
{
    keep_people(s);
    TrCount n = {0};
    TrLines lines = {0};
    int rc = translate_lines(s, &lines);
    /* Look every line up before changing any: a translated line must not
     * be found again as the English of a later one. */
    const PoEntry **found = calloc((size_t)lines.count + 1, sizeof *found);
    if (!found)
        rc = -1;
    for (int i = 0; found && i < lines.count; i++)
        found[i] = entry_for(po, &lines.items[i]);
    for (int i = 0; found && i < lines.count; i++) {
        const PoEntry *e = found[i];
        n.lines++;
        if (!e || !e->str[0]) {
            n.missing++;
            continue;
        }
        if (e->fuzzy) {
            n.fuzzy++;
            continue;
        }
        char *t = text_dup(e->str);
        if (!t) {
            rc = -1;
            break;
        }
        free(*lines.items[i].slot);
        *lines.items[i].slot = t;
        n.translated++;
    }
    free(found);
    translate_lines_free(&lines);
    if (count)
        *count = n;
    return rc;
}

/* "es_ES.UTF-8@euro" -> "es_ES"; "C", "POSIX", "C.UTF-8" -> "". */
static void clean_lang(const char *v, char *out, size_t n)
{
    size_t len = strcspn(v, ":.@");
    if (len >= n)
        len = n - 1;
    memcpy(out, v, len);
    out[len] = '\0';
    if (strcmp(out, "C") == 0 || strcmp(out, "POSIX") == 0)
        out[0] = '\0';
}

void translate_pick_lang(const char *const sources[6], char *out, size_t n)
{
    if (n == 0)
        return;
    out[0] = '\0';
    for (int i = 0; i < 6; i++) {
        if (sources[i] && sources[i][0]) {
            clean_lang(sources[i], out, n);
            /* LANGUAGE=:... and the like say nothing; look further. */
            if (out[0] || i != 2)
                break;
        }
    }
    if (strncmp(out, "en", 2) == 0 && (out[2] == '\0' || out[2] == '_'))
        out[0] = '\0';
}
