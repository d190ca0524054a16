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

/* Places a playthrough passed with a choice on show that nobody had taken
 * yet: a later playthrough can go on from one of them instead of playing
 * the whole way from the start again to get there. A place is a real
 * position of play, so whatever is reached from it is reachable. At most
 * MARKS_MAX are kept (about 2 MB); the rest are simply not kept. */
enum { MARKS_MAX = 8192, COVER_PATIENCE = 0 };
typedef struct {
    Position *at;
    int n, cap;
} Marks;

static void marks_push(Marks *m, const Position *p)
{
    if (m->n == m->cap) {
        int cap = m->cap ? m->cap * 2 : 64;
        if (cap > MARKS_MAX)
            return;
        Position *at = realloc(m->at, sizeof *at * (size_t)cap);
        if (!at)
            return; /* a hint lost, not an error: play from the start */
        m->at = at;
        m->cap = cap;
    }
    m->at[m->n++] = *p;
}

/* The choices shown at p that no playthrough has taken; how many. */
static int fresh_choices(const ExploreReport *r, const Position *p, const int *shown, int n,
                         int *fresh)
{
    int n_fresh = 0;
    for (int i = 0; i < n; i++)
        if (!r->choice_reached[p->scene][shown[i]])
            fresh[n_fresh++] = shown[i];
    return n_fresh;
}

/* The most recent place that still has a choice nobody has taken. */
static bool marks_pop(Marks *m, const Story *s, const ExploreReport *r, Position *out)
{
    while (m->n > 0) {
        const Position *p = &m->at[--m->n];
        int shown[STORY_MAX_CHOICES], fresh[STORY_MAX_CHOICES];
        char *err = NULL;
        int n = runtime_choices(s, p, shown, &err);
        free(err);
        if (n > 0 && fresh_choices(r, p, shown, n, fresh) > 0) {
            *out = *p;
            return true;
        }
    }
    return false;
}

/* One playthrough from p; adds what it reached first to *have. -1 on a
 * problem (which explore_cover_decides rules out) or no memory. With a
 * habit, it takes the choice at one place in the list (the first shown,
 * the second, ...) `habit` percent of the time, so meters run to their
 * ends as a player's habits push them; otherwise a choice not yet taken
 * if there is one. With patience >= 0 it stops after that many choices in
 * a row that reached nothing new, short of an ending: 0 stops at the first. */
static int cover_once(const Story *s, ExploreReport *r, uint64_t *rng, long max_steps,
                      Position p, unsigned habit, int patience, Marks *marks, long *have)
{
    unsigned place = (unsigned)(splitmix(rng) % STORY_MAX_CHOICES);
    long last_have = *have;
    for (int idle = 0;; idle = *have > last_have ? 0 : idle + 1) {
        last_have = *have;
        if (patience >= 0 && idle > patience)
            return 0;
        if (!r->scene_reached[p.scene])
            (*have)++;
        explore_mark_reached(r, p.scene, -1);
        if (s->scenes[p.scene].is_ending || r->steps >= max_steps)
            return 0;
        int shown[STORY_MAX_CHOICES], fresh[STORY_MAX_CHOICES];
        char *err = NULL;
        int n = runtime_choices(s, &p, shown, &err);
        if (n <= 0) {
            free(err);
            return -1;
        }
        int n_fresh = fresh_choices(r, &p, shown, n, fresh);
        int choice;
        if (splitmix(rng) % 100 < habit)
            choice = shown[place % (unsigned)n];
        else if (n_fresh)
            choice = fresh[splitmix(rng) % (uint64_t)n_fresh];
        else
            choice = shown[splitmix(rng) % (uint64_t)n];
        if (n_fresh > 1 || (n_fresh == 1 && r->choice_reached[p.scene][choice]))
            marks_push(marks, &p); /* something here is still to take */
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

/* A playthrough from the start, in turn with no habit, a habit half the
 * time, or nearly always; then short runs, one from each place left with a
 * choice not yet taken (most recent first), each going on while it keeps
 * reaching something new; then from the start again. */
int explore_cover_runs(const Story *s, const ExploreOptions *opt, ExploreReport *r)
{
    static const unsigned habit_percent[3] = {0, 50, 95};
    bool *seen = calloc((size_t)s->n_scenes + 1, sizeof *seen);
    long want = seen ? to_reach(s, seen) : -1;
    free(seen);
    if (want < 0)
        return -1;
    uint64_t rng = opt->seed;
    long have = 0, from_start = 0;
    Marks marks = {0};
    bool played = true;
    while (have < want && r->steps < opt->cover_steps) {
        Position p;
        unsigned habit = 0;
        int patience = COVER_PATIENCE;
        if (!marks_pop(&marks, s, r, &p)) {
            runtime_start(s, &p);
            habit = habit_percent[from_start++ % 3];
            patience = -1;
        }
        if (cover_once(s, r, &rng, opt->cover_steps, p, habit, patience, &marks, &have) < 0) {
            played = false; /* not covered: the caller plays every path */
            break;
        }
        r->paths += patience < 0;
    }
    r->covered = played && have >= want;
    free(marks.at);
    return 0;
}
