/* reading.c — gathers the strings a player sees, scene by scene, and feeds
 * each one to the readability counter as a separate string. */
#include "core/reading.h"

void reading_scene_each(const Story *s, int i, void (*fn)(const char *text, void *ctx),
                        void *ctx)
{
#define EACH(t) do { if (t) fn(t, ctx); } while (0)
    const Scene *sc = &s->scenes[i];
    for (int p = 0; p < sc->n_paras; p++)
        EACH(sc->paras[p].text); /* NULL for a text function */
    for (int c = 0; c < sc->n_choices; c++) {
        const Choice *ch = &sc->choices[c];
        EACH(ch->text);
        EACH(ch->because);
        for (int k = 0; k < ch->n_later; k++)
            EACH(ch->later[k].says);
    }
    EACH(sc->discuss);
    if (!sc->is_ending)
        return;
    EACH(sc->title);
    for (int k = 0; k < LENS_COUNT; k++)
        EACH(sc->lens[k]);
    EACH(sc->practice);
    EACH(sc->reflect);
#undef EACH
}

static void add_one(const char *text, void *r)
{
    readability_add(r, text);
}

void reading_scene(const Story *s, int i, Readability *r)
{
    reading_scene_each(s, i, add_one, r);
}

void reading_story(const Story *s, Readability *r)
{
    readability_add(r, s->title);
    readability_add(r, s->teaser);
    for (int k = 0; k < s->n_content_notes; k++)
        readability_add(r, s->content_notes[k]);
    for (int i = 0; i < s->n_scenes; i++)
        reading_scene(s, i, r);
}
