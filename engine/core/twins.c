/* twins.c — the same words, a different kind (see twins.h). */
#include "core/twins.h"

#include <limits.h>
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

static bool is_rescue(const Story *s, const Entry *e)
{
    return s->scenes[e->scene].choices[e->choice].kind == KIND_RESCUE;
}

/* Keeps the pair of entries x and y (in file order) in *kept, growing it.
 * Returns -1 when memory runs out. */
static int keep(TwinPair **kept, int *n_kept, int *cap, const Entry *x, const Entry *y)
{
    if (*n_kept == *cap) {
        int grown_cap = *cap ? *cap * 2 : 16;
        TwinPair *grown = realloc(*kept, sizeof **kept * (size_t)grown_cap);
        if (!grown)
            return -1;
        *kept = grown, *cap = grown_cap;
    }
    bool x_first = x->scene < y->scene;
    const Entry *a = x_first ? x : y, *b = x_first ? y : x;
    (*kept)[(*n_kept)++] = (TwinPair){a->scene, a->choice, b->scene, b->choice};
    return 0;
}

/* The pairs of one group of choices with the same words, e[0..n) sorted by
 * scene: rescues times the others, less those in one scene. Keeps pairs in
 * *kept while there is room (up to TWINS_KEPT), so a hostile file of
 * thousands of equal options costs a count, not a loop over every pair.
 * Returns the group's count, or -1 when memory runs out. */
static long long group_pairs(const Story *s, const Entry *e, int n, TwinPair **kept, int *n_kept,
                             int *cap)
{
    long long rescues = 0, others = 0, same_scene = 0;
    for (int i = 0; i < n;) {
        long long r = 0, o = 0;
        int j = i;
        for (; j < n && e[j].scene == e[i].scene; j++) {
            if (is_rescue(s, &e[j]))
                r++;
            else
                o++;
        }
        rescues += r, others += o, same_scene += r * o;
        i = j;
    }
    long long pairs = rescues * others - same_scene;
    if (pairs == 0 || *n_kept >= TWINS_KEPT)
        return pairs;
    int *side = malloc(sizeof *side * (size_t)n), n_r = 0, n_o = 0;
    if (!side)
        return -1;
    for (int i = 0; i < n; i++) /* rescues from the front, the others from the back */
        if (is_rescue(s, &e[i]))
            side[n_r++] = i;
        else
            side[n - 1 - n_o++] = i;
    for (int x = 0; x < n_r && *n_kept < TWINS_KEPT; x++)
        for (int y = n - 1; y >= n - n_o && *n_kept < TWINS_KEPT; y--) {
            const Entry *a = &e[side[x]], *b = &e[side[y]];
            if (a->scene != b->scene && keep(kept, n_kept, cap, a, b) < 0) {
                free(side);
                return -1;
            }
        }
    free(side);
    return pairs;
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
    TwinPair *kept = NULL;
    int n_kept = 0, cap = 0;
    long long found = 0;
    for (int g = 0; g < n && found >= 0;) {
        int end = g + 1;
        while (end < n && strcmp(e[end].text, e[g].text) == 0)
            end++;
        long long pairs = end - g > 1 ? group_pairs(s, e + g, end - g, &kept, &n_kept, &cap) : 0;
        found = pairs < 0 ? -1 : found + pairs;
        g = end;
    }
    free(e);
    if (found > 0 && max > 0) {
        qsort(kept, (size_t)n_kept, sizeof *kept, by_place);
        memcpy(out, kept, sizeof *kept * (size_t)(n_kept < max ? n_kept : max));
    }
    free(kept);
    return found > INT_MAX ? INT_MAX : (int)found;
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
