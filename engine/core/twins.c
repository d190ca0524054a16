/* twins.c — the same words, a different kind (see twins.h). */
#include "core/twins.h"

#include <stdlib.h>
#include <string.h>

/* True when choices x and y are twins: same text, other scenes, and one of
 * them a rescue while the other is not. */
static bool twins(const Story *s, int xs, int xc, int ys, int yc)
{
    const Choice *x = &s->scenes[xs].choices[xc], *y = &s->scenes[ys].choices[yc];
    if (xs == ys || !x->text || !y->text)
        return false;
    if ((x->kind == KIND_RESCUE) == (y->kind == KIND_RESCUE))
        return false;
    return strcmp(x->text, y->text) == 0;
}

enum { TWINS_KEPT = 4096 }; /* pairs sorted into file order; more are only counted */

typedef struct {
    const char *text;
    int scene, choice;
} Entry;

static int by_text(const void *x, const void *y)
{
    const Entry *a = x, *b = y;
    int c = strcmp(a->text, b->text);
    if (c == 0)
        c = a->scene != b->scene ? a->scene - b->scene : a->choice - b->choice;
    return c;
}

static int by_place(const void *x, const void *y)
{
    const TwinPair *a = x, *b = y;
    if (a->a_scene != b->a_scene)
        return a->a_scene - b->a_scene;
    if (a->a_choice != b->a_choice)
        return a->a_choice - b->a_choice;
    return a->b_scene != b->b_scene ? a->b_scene - b->b_scene : a->b_choice - b->b_choice;
}

/* Sorting the texts keeps a story of thousands of choices quick: only
 * choices with the same words are compared with each other. */
int twins_find(const Story *s, TwinPair *out, int max)
{
    int total = 0;
    for (int i = 0; i < s->n_scenes; i++)
        total += s->scenes[i].n_choices;
    Entry *e = malloc(sizeof *e * (size_t)(total ? total : 1));
    if (!e)
        return -1;
    int n = 0;
    for (int i = 0; i < s->n_scenes; i++)
        for (int c = 0; c < s->scenes[i].n_choices; c++)
            if (s->scenes[i].choices[c].text)
                e[n++] = (Entry){s->scenes[i].choices[c].text, i, c};
    qsort(e, (size_t)n, sizeof *e, by_text);
    TwinPair *all = NULL;
    int found = 0, cap = 0;
    for (int g = 0; g < n && found >= 0;) {
        int end = g + 1;
        while (end < n && strcmp(e[end].text, e[g].text) == 0)
            end++;
        for (int x = g; x < end && found >= 0; x++)
            for (int y = x + 1; y < end && found >= 0; y++) {
                if (!twins(s, e[x].scene, e[x].choice, e[y].scene, e[y].choice))
                    continue;
                if (found >= TWINS_KEPT) {
                    found++; /* counted, not kept: a hostile file's thousands */
                    continue;
                }
                if (found == cap) {
                    cap = cap ? cap * 2 : 16;
                    TwinPair *grown = realloc(all, sizeof *all * (size_t)cap);
                    if (!grown) {
                        found = -1;
                        break;
                    }
                    all = grown;
                }
                all[found++] = (TwinPair){e[x].scene, e[x].choice, e[y].scene, e[y].choice};
            }
        g = end;
    }
    free(e);
    int kept = found < TWINS_KEPT ? found : TWINS_KEPT;
    if (kept > 0 && max > 0) {
        qsort(all, (size_t)kept, sizeof *all, by_place);
        memcpy(out, all, sizeof *all * (size_t)(kept < max ? kept : max));
    }
    free(all);
    return found;
}

bool twins_of(const Story *s, int scene, int choice, int *out_scene, int *out_choice)
{
    for (int ys = 0; ys < s->n_scenes; ys++)
        for (int yc = 0; yc < s->scenes[ys].n_choices; yc++)
            if (twins(s, scene, choice, ys, yc)) {
                *out_scene = ys;
                *out_choice = yc;
                return true;
            }
    return false;
}

int twins_on_path(const Run *run, TwinStep *out, int max)
{
    const Story *s = run->story;
    int n = 0;
    for (int i = 0; i < run->n_steps; i++) {
        int scene = run->steps[i].scene, choice = run->steps[i].choice, ts, tc;
        if (!twins_of(s, scene, choice, &ts, &tc))
            continue;
        if (n < max)
            out[n] = (TwinStep){i, &s->scenes[scene].choices[choice],
                                &s->scenes[ts].choices[tc], ts};
        n++;
    }
    return n;
}
