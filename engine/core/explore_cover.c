/* explore_cover.c — reaching every scene and choice without playing every
 * path. For a story where play can find nothing else (explore_cover_decides),
 * check needs to know only that each scene and choice is reached somewhere;
 * seeded playthroughs that prefer a choice not yet taken usually show that
 * in a few thousand choices, where every path can be millions of states. */
#include <stdlib.h>
#include <string.h>

#include "core/explore_internal.h"
#include "core/runtime.h"

/* Whether any route can lead from scene `i` back to itself: a colour DFS
 * over the scenes (0 new, 1 on the stack, 2 done) with its own stack. */
static bool scene_graph_has_cycle(const Story *s)
{
    int n = s->n_scenes;
    unsigned char *colour = calloc((size_t)n + 1, 1);
    int *stack = malloc(sizeof(int) * (size_t)(n + 1) * 2); /* (scene, next edge) pairs */
    bool cycle = !colour || !stack; /* without memory, assume the worst */
    for (int root = 0; !cycle && root < n; root++) {
        if (colour[root])
            continue;
        int depth = 0;
        stack[0] = root;
        stack[1] = 0;
        colour[root] = 1;
        depth = 1;
        while (depth > 0 && !cycle) {
            int u = stack[2 * (depth - 1)], *e = &stack[2 * (depth - 1) + 1];
            const Scene *sc = &s->scenes[u];
            /* Edges numbered over all routes of all choices. */
            int k = *e, c = 0;
            while (c < sc->n_choices && k >= sc->choices[c].n_next)
                k -= sc->choices[c++].n_next;
            if (c == sc->n_choices) {
                colour[u] = 2;
                depth--;
                continue;
            }
            (*e)++;
            int v = sc->choices[c].next[k].scene;
            if (v < 0 || colour[v] == 2)
                continue;
            if (colour[v] == 1) {
                cycle = true;
                break;
            }
            colour[v] = 1;
            stack[2 * depth] = v;
            stack[2 * depth + 1] = 0;
            depth++;
        }
    }
    free(colour);
    free(stack);
    return cycle;
}

bool explore_cover_decides(const Story *s)
{
    int most_after = 0, most_later = 0;
    for (int i = 0; i < s->n_scenes; i++) {
        const Scene *sc = &s->scenes[i];
        for (int p = 0; p < sc->n_paras; p++)
            if (sc->paras[p].host_ref || sc->paras[p].when.host_ref)
                return false; /* a function may fail */
        bool always = false;
        for (int c = 0; c < sc->n_choices; c++) {
            const Choice *ch = &sc->choices[c];
            if (ch->when.host_ref || ch->next_host_ref || ch->n_next == 0)
                return false;
            for (int r = 0; r < ch->n_next; r++)
                if (ch->next[r].when.host_ref || ch->next[r].scene < 0)
                    return false;
            if (!COND_IS_EMPTY(ch->next[ch->n_next - 1].when))
                return false; /* no route may hold: an error in play */
            always |= COND_IS_EMPTY(ch->when);
            if (ch->n_later > most_later)
                most_later = ch->n_later;
            for (int l = 0; l < ch->n_later; l++)
                if (ch->later[l].after > most_after)
                    most_after = ch->later[l].after;
        }
        if (sc->n_choices > 0 && !always)
            return false; /* every choice hidden: a dead end */
    }
    /* A delayed effect waits at most `after` choices, so no more than
     * most_after * most_later wait at once. */
    if ((long)most_after * most_later > STORY_MAX_PENDING)
        return false;
    return !scene_graph_has_cycle(s); /* a state could come round again */
}

/* Marks the scenes routes reach from the start; returns how many scenes
 * and choices there are to reach. */
static long to_reach(const Story *s, bool *seen)
{
    int *todo = malloc(sizeof(int) * (size_t)(s->n_scenes + 1));
    if (!todo || s->start < 0) {
        free(todo);
        return -1;
    }
    long want = 0;
    int n = 0;
    todo[n++] = s->start;
    seen[s->start] = true;
    while (n) {
        const Scene *sc = &s->scenes[todo[--n]];
        want += 1 + sc->n_choices;
        for (int c = 0; c < sc->n_choices; c++)
            for (int r = 0; r < sc->choices[c].n_next; r++) {
                int to = sc->choices[c].next[r].scene;
                if (to >= 0 && !seen[to]) {
                    seen[to] = true;
                    todo[n++] = to;
                }
            }
    }
    free(todo);
    return want;
}

static uint64_t splitmix(uint64_t *x)
{
    uint64_t z = (*x += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* One playthrough; adds what it reached first to *have. -1 on a problem
 * (which explore_cover_decides rules out) or no memory. Each playthrough
 * has a habit: in two of three, it takes the choice at one place in the
 * list (the first shown, the second, ...) half the time or nearly always,
 * so meters run to their ends as a player's habits push them; otherwise,
 * and the rest of the time, a choice not yet taken if there is one. */
static int cover_once(const Story *s, ExploreReport *r, uint64_t *rng, long max_steps,
                      long *have)
{
    static const unsigned habit_percent[3] = {0, 50, 95};
    unsigned habit = habit_percent[r->paths < 0 ? 0 : (long)r->paths % 3];
    unsigned place = (unsigned)(splitmix(rng) % STORY_MAX_CHOICES);
    Position p;
    runtime_start(s, &p);
    for (;;) {
        if (!r->scene_reached[p.scene])
            (*have)++;
        explore_mark_reached(r, p.scene, -1);
        if (s->scenes[p.scene].is_ending || r->steps >= max_steps)
            return 0;
        int shown[STORY_MAX_CHOICES], fresh[STORY_MAX_CHOICES], n_fresh = 0;
        char *err = NULL;
        int n = runtime_choices(s, &p, shown, &err);
        if (n <= 0) {
            free(err);
            return -1;
        }
        for (int i = 0; i < n; i++)
            if (!r->choice_reached[p.scene][shown[i]])
                fresh[n_fresh++] = shown[i];
        int choice;
        if (splitmix(rng) % 100 < habit)
            choice = shown[place % (unsigned)n];
        else if (n_fresh)
            choice = fresh[splitmix(rng) % (uint64_t)n_fresh];
        else
            choice = shown[splitmix(rng) % (uint64_t)n];
        Position q;
        r->steps++;
        if (runtime_step(s, &p, choice, &q, NULL, &err) < 0) {
            free(err);
            return -1;
        }
        if (!r->choice_reached[p.scene][choice])
            (*have)++;
        explore_mark_reached(r, p.scene, choice);
        p = q;
    }
}

int explore_cover_runs(const Story *s, const ExploreOptions *opt, ExploreReport *r)
{
    bool *seen = calloc((size_t)s->n_scenes + 1, sizeof *seen);
    long want = seen ? to_reach(s, seen) : -1;
    free(seen);
    if (want < 0)
        return -1;
    uint64_t rng = opt->seed;
    long have = 0;
    while (have < want && r->steps < opt->cover_steps) {
        if (cover_once(s, r, &rng, opt->cover_steps, &have) < 0)
            return 0; /* not covered: the caller plays every path */
        r->paths += 1;
    }
    r->covered = have >= want;
    return 0;
}
