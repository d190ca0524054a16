/* reading.c — gathers the strings a player sees, scene by scene, and feeds
 * each one to the readability counter as a separate string. */
#include "core/reading.h"

void reading_scene(const Story *s, int i, Readability *r)
{
    const Scene *sc = &s->scenes[i];
    for (int p = 0; p < sc->n_paras; p++)
        readability_add(r, sc->paras[p].text); /* NULL for a text function */
    for (int c = 0; c < sc->n_choices; c++) {
        const Choice *ch = &sc->choices[c];
        readability_add(r, ch->text);
        readability_add(r, ch->because);
        for (int k = 0; k < ch->n_later; k++)
            readability_add(r, ch->later[k].says);
    }
    readability_add(r, sc->discuss);
    if (!sc->is_ending)
        return;
    readability_add(r, sc->title);
    for (int k = 0; k < LENS_COUNT; k++)
        readability_add(r, sc->lens[k]);
    readability_add(r, sc->practice);
    readability_add(r, sc->reflect);
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
