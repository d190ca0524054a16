/* explore.c — exhaustive and random exploration of a story's state space.
 *
 * Exhaustive mode is a depth-first search over positions, each position kept
 * once in a hash set (packed to the bytes that matter for this story). Edges
 * are recorded; the DFS post-order reversed is a topological order of the
 * graph without its back edges, over which path counts, shortest and longest
 * paths are summed in one pass. A back edge means the same state can come
 * round again: a loop the player could circle forever. */
#include "core/explore.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/explore_internal.h"
#include "core/state_key.h"
#include "core/expr.h"
#include "core/runtime.h"
#include "core/text.h"

typedef struct {
    uint32_t key_off;   /* in Graph.keys, for a key too long for its slot */
    uint16_t key_len;
    int32_t scene;
    uint8_t meters[STORY_MAX_METERS];
} Node;

typedef struct {
    uint32_t from, to;
    uint8_t choice;
} Edge;

/* Keys this short (a story with no delayed effect waiting, and few meters
 * and flags) are kept whole in their slot of the state table. */
enum { SLOT_KEY = 11 };

typedef struct {
    uint32_t node;         /* node index + 1; 0 is empty */
    uint8_t len;           /* the key's length when it is kept here, else 0 */
    uint8_t key[SLOT_KEY]; /* that key (zeros after it); else 32 bits of its hash */
} Slot;

typedef struct {
    const Story *s;
    int flag_bytes;
    uint8_t flag_mask[STORY_MAX_FLAGS / 8]; /* the flags some choice or route reads */
    Node *nodes;
    long n_nodes, cap_nodes;
    uint8_t *color; /* per node: 0 new, 1 on the stack, 2 done (small, so it stays cached) */
    long cap_color;
    uint8_t *keys;
    size_t keys_len, keys_cap;
    Slot *table;
    size_t table_cap;
    Edge *edges;
    long n_edges, cap_edges;
    uint32_t *post;  /* post-order */
    long n_post, cap_post;
} Graph;

static int grow(void **p, long *cap, long need, size_t size)
{
    if (need <= *cap)
        return 0;
    long c = *cap ? *cap : 1024;
    while (c < need)
        c *= 2;
    void *q = realloc(*p, (size_t)c * size);
    if (!q)
        return -1;
    *p = q;
    *cap = c;
    return 0;
}

/* The state table is open addressing with linear probing. A slot holds the
 * node and, for a short key, the key itself: finding a state again reads
 * the table only, one cache miss. A longer key stays with the nodes, and
 * its slot keeps 32 bits of its hash, a tag, so that most probes end
 * without reading the node or its key, which are far off in memory. The
 * low bits of the same 32 place the key. */
static inline uint32_t tag_of(uint64_t h)
{
    return (uint32_t)h;
}

static uint32_t slot_tag(const Slot *sl)
{
    uint32_t tag;
    if (sl->len)
        return tag_of(state_key_hash(sl->key, sl->len));
    memcpy(&tag, sl->key, sizeof tag);
    return tag;
}

/* Whether slot `sl` holds the key `key` (of `len` bytes, hash tag `tag`). */
static bool slot_holds(const Graph *g, const Slot *sl, const uint8_t *key, size_t len,
                       uint32_t tag)
{
    if (len <= SLOT_KEY)
        return sl->len == len && memcmp(sl->key, key, len) == 0;
    if (sl->len || slot_tag(sl) != tag)
        return false;
    const Node *nd = &g->nodes[sl->node - 1];
    return nd->key_len == len && memcmp(g->keys + nd->key_off, key, len) == 0;
}

static int table_rehash(Graph *g)
{
    size_t cap = g->table_cap ? g->table_cap * 2 : 4096;
    Slot *t = calloc(cap, sizeof *t);
    if (!t)
        return -1;
    for (size_t i = 0; i < g->table_cap; i++) {
        Slot sl = g->table[i];
        if (!sl.node)
            continue;
        size_t h = slot_tag(&sl) & (cap - 1);
        while (t[h].node)
            h = (h + 1) & (cap - 1);
        t[h] = sl;
    }
    free(g->table);
    g->table = t;
    g->table_cap = cap;
    return 0;
}

/* Adds the key bytes of a new node. -1: no memory. */
static int keep_key(Graph *g, const uint8_t *key, size_t len)
{
    if (g->keys_len + len > g->keys_cap) {
        size_t cap = g->keys_cap ? g->keys_cap * 2 : 65536;
        while (cap < g->keys_len + len)
            cap *= 2;
        uint8_t *k = realloc(g->keys, cap);
        if (!k)
            return -1;
        g->keys = k;
        g->keys_cap = cap;
    }
    memcpy(g->keys + g->keys_len, key, len);
    return 0;
}

/* Finds or adds the node for position p. *is_new tells which. `tag` is its
 * key's tag when known already, else 0. -1: no memory. */
static long intern(Graph *g, const Position *p, uint32_t tag, bool *is_new)
{
    uint8_t key[STATE_KEY_MAX];
    size_t len = state_key_pack(g->s, g->flag_bytes, g->flag_mask, p, key);
    if ((size_t)(g->n_nodes + 1) * 2 > g->table_cap && table_rehash(g) < 0)
        return -1;
    if (!tag)
        tag = tag_of(state_key_hash(key, len));
    size_t h = tag & (g->table_cap - 1);
    for (; g->table[h].node; h = (h + 1) & (g->table_cap - 1))
        if (slot_holds(g, &g->table[h], key, len, tag)) {
            *is_new = false;
            return g->table[h].node - 1;
        }
    if (grow((void **)&g->nodes, &g->cap_nodes, g->n_nodes + 1, sizeof *g->nodes) < 0 ||
        grow((void **)&g->color, &g->cap_color, g->n_nodes + 1, 1) < 0 ||
        (len > SLOT_KEY && keep_key(g, key, len) < 0))
        return -1;
    Node *nd = &g->nodes[g->n_nodes];
    nd->key_off = (uint32_t)g->keys_len;
    nd->key_len = (uint16_t)len;
    nd->scene = p->scene;
    memcpy(nd->meters, p->meters, sizeof nd->meters);
    g->color[g->n_nodes] = 0;
    Slot *sl = &g->table[h];
    *sl = (Slot){.node = (uint32_t)g->n_nodes + 1};
    if (len <= SLOT_KEY) {
        sl->len = (uint8_t)len;
        memcpy(sl->key, key, len);
    } else {
        memcpy(sl->key, &tag, sizeof tag);
        g->keys_len += len;
    }
    *is_new = true;
    return g->n_nodes++;
}

typedef struct {
    uint32_t node;
    Position pos;
    int shown[STORY_MAX_CHOICES];
    uint32_t tag[STORY_MAX_CHOICES]; /* of the state each leads to; 0: not known */
    int n_shown;
    int next;
} Frame;

/* Asks early for the table slots of the states the choices shown at `f`
 * lead to: looked up one by one, each is a cache miss that waits for the
 * one before (most of a search's time); asked together, they overlap.
 * Routes decided by a story function are left alone: running it twice
 * could cost the story's budget. */
static void prefetch_next(const Graph *g, Frame *f)
{
    memset(f->tag, 0, sizeof f->tag);
#if defined(__GNUC__)
    const Scene *sc = &g->s->scenes[f->pos.scene];
    for (int k = 0; k < f->n_shown; k++) {
        const Choice *ch = &sc->choices[f->shown[k]];
        bool fn = ch->next_host_ref != 0;
        for (int r = 0; r < ch->n_next; r++)
            fn |= ch->next[r].when.host_ref != 0;
        Position q;
        char *err = NULL;
        if (fn || runtime_step(g->s, &f->pos, f->shown[k], &q, NULL, &err) < 0) {
            free(err);
            continue;
        }
        uint8_t key[STATE_KEY_MAX];
        size_t len = state_key_pack(g->s, g->flag_bytes, g->flag_mask, &q, key);
        f->tag[k] = tag_of(state_key_hash(key, len));
        __builtin_prefetch(&g->table[f->tag[k] & (g->table_cap - 1)]);
    }
#else
    (void)g, (void)f;
#endif
}

static void mask_flag(void *ud, int flag)
{
    ((uint8_t *)ud)[flag >> 3] |= (uint8_t)(1u << (flag & 7));
}

/* Two positions that differ only in flags nothing reads have the same future
 * (the same choices, routes and effects), so explore keeps them as one. Text
 * conditions do not count: they change words, not paths. A story function
 * might read any flag, so with functions every flag counts. */
static void compute_flag_mask(const Story *s, uint8_t *mask)
{
    memset(mask, 0, STORY_MAX_FLAGS / 8);
    for (int i = 0; i < s->n_scenes; i++) {
        const Scene *sc = &s->scenes[i];
        for (int c = 0; c < sc->n_choices; c++) {
            const Choice *ch = &sc->choices[c];
            bool fn = ch->when.host_ref || ch->next_host_ref;
            for (int k = 0; k < ch->n_next; k++)
                fn |= ch->next[k].when.host_ref != 0;
            if (fn) {
                memset(mask, 0xFF, STORY_MAX_FLAGS / 8);
                return;
            }
            if (ch->when.expr)
                expr_each_flag(ch->when.expr, mask_flag, mask);
            for (int k = 0; k < ch->n_next; k++)
                if (ch->next[k].when.expr)
                    expr_each_flag(ch->next[k].when.expr, mask_flag, mask);
        }
    }
}

/* Runs the scene's text functions, so check finds the ones that fail. */
static void try_text(const Story *s, const Position *p, ExploreReport *r)
{
    const Scene *sc = &s->scenes[p->scene];
    bool has_fn = false;
    for (int i = 0; i < sc->n_paras; i++)
        has_fn |= sc->paras[i].host_ref != 0;
    if (!has_fn)
        return;
    TextBuf b = {0};
    char *err = NULL;
    if (runtime_scene_text(s, p, &b, &err) < 0)
        explore_note_problem(r, s, err);
    textbuf_free(&b);
}

/* On the first visit to a frame's state: marks it on the stack and reached,
 * and finds the choices shown there. */
static void first_visit(Graph *g, ExploreReport *r, Frame *f)
{
    const Story *s = g->s;
    g->color[f->node] = 1;
    explore_mark_reached(r, f->pos.scene, -1);
    try_text(s, &f->pos, r);
    f->next = 0;
    f->n_shown = 0;
    if (s->scenes[f->pos.scene].is_ending)
        return;
    char *err = NULL;
    int n = runtime_choices(s, &f->pos, f->shown, &err);
    if (n < 0)
        explore_note_problem(r, s, err);
    else if (n == 0)
        explore_note_dead_end(r, f->pos.scene);
    else
        f->n_shown = n;
    prefetch_next(g, f);
}

static int dfs(Graph *g, ExploreReport *r, long max_states)
{
    const Story *s = g->s;
    Frame *stack = NULL;
    long depth = 0, cap = 0;
    Position start;
    bool is_new;
    runtime_start(s, &start);
    long root = intern(g, &start, 0, &is_new);
    if (root < 0 || grow((void **)&stack, &cap, 1, sizeof *stack) < 0)
        goto nomem;
    stack[0].node = (uint32_t)root;
    stack[0].pos = start;
    stack[0].next = -1;
    depth = 1;
    while (depth > 0) {
        Frame *f = &stack[depth - 1];
        if (f->next < 0)
            first_visit(g, r, f);
        if (f->next == f->n_shown) {
            g->color[f->node] = 2;
            if (grow((void **)&g->post, &g->cap_post, g->n_post + 1, sizeof *g->post) < 0)
                goto nomem;
            g->post[g->n_post++] = f->node;
            depth--;
            continue;
        }
        uint32_t tag = f->tag[f->next];
        int choice = f->shown[f->next++];
        Position q;
        char *err = NULL;
        r->steps++;
        if (runtime_step(s, &f->pos, choice, &q, NULL, &err) < 0) {
            explore_note_problem(r, s, err);
            continue;
        }
        explore_mark_reached(r, f->pos.scene, choice);
        if (explore_note_target(r, s, f->pos.scene, choice, q.scene) < 0)
            goto nomem;
        long to = intern(g, &q, tag, &is_new);
        if (to < 0 || grow((void **)&g->edges, &g->cap_edges, g->n_edges + 1, sizeof *g->edges) < 0)
            goto nomem;
        g->edges[g->n_edges++] = (Edge){f->node, (uint32_t)to, (uint8_t)choice};
        if (is_new) {
            if (g->n_nodes > max_states) {
                r->truncated = true;
                break;
            }
            if (grow((void **)&stack, &cap, depth + 1, sizeof *stack) < 0)
                goto nomem;
            Frame *c = &stack[depth++];
            c->node = (uint32_t)to;
            c->pos = q;
            c->next = -1;
        } else if (g->color[to] == 1 && !r->has_loop) {
            r->has_loop = true;
            r->loop_scene = q.scene;
        }
    }
    free(stack);
    return 0;
nomem:
    free(stack);
    return -1;
}

/* Sums paths, shortest and longest over the graph in topological order. */
/* What summarise() works out per node: the paths that reach it, and the
 * shortest and longest path there with the edge each came by. */
typedef struct {
    double *paths;
    int *lo, *hi;
    long *lo_from, *hi_from;
    long *first; /* the node's edges are order[first[u] .. first[u + 1]) */
    long *order;
} Sums;

static void sums_free(Sums *m)
{
    free(m->paths);
    free(m->lo);
    free(m->hi);
    free(m->lo_from);
    free(m->hi_from);
    free(m->first);
    free(m->order);
}

/* Groups the edges by source (a counting sort), so each node's are at hand. */
static int edges_by_source(const Graph *g, Sums *m)
{
    long n = g->n_nodes;
    memset(m->first, 0, (size_t)(n + 1) * sizeof *m->first);
    for (long e = 0; e < g->n_edges; e++)
        m->first[g->edges[e].from + 1]++;
    for (long i = 0; i < n; i++)
        m->first[i + 1] += m->first[i];
    long *fill = malloc((size_t)(n + 1) * sizeof *fill);
    if (!fill)
        return -1;
    memcpy(fill, m->first, (size_t)(n + 1) * sizeof *fill);
    for (long e = 0; e < g->n_edges; e++)
        m->order[fill[g->edges[e].from]++] = e;
    free(fill);
    return 0;
}

/* Paths, shortest and longest, in reverse post-order from the start. An
 * edge u→v is a back edge (a loop) when v finishes after u: skipped. */
static int count_paths(const Graph *g, Sums *m)
{
    long n = g->n_nodes;
    long *rank = malloc((size_t)n * sizeof *rank);
    if (!rank)
        return -1;
    for (long i = 0; i < n; i++) {
        rank[i] = -1;
        m->lo[i] = 1 << 30;
        m->hi[i] = -1;
        m->lo_from[i] = m->hi_from[i] = -1;
    }
    for (long i = 0; i < g->n_post; i++)
        rank[g->post[i]] = i;
    m->paths[0] = 1;
    m->lo[0] = m->hi[0] = 0;
    for (long k = g->n_post - 1; k >= 0; k--) {
        uint32_t u = g->post[k];
        if (m->hi[u] < 0)
            continue;
        for (long j = m->first[u]; j < m->first[u + 1]; j++) {
            uint32_t v = g->edges[m->order[j]].to;
            if (rank[v] < 0 || rank[v] >= rank[u])
                continue; /* back edge (a loop), or a node the search never finished */
            m->paths[v] += m->paths[u];
            if (m->lo[u] + 1 < m->lo[v]) {
                m->lo[v] = m->lo[u] + 1;
                m->lo_from[v] = m->order[j];
            }
            if (m->hi[u] + 1 > m->hi[v]) {
                m->hi[v] = m->hi[u] + 1;
                m->hi_from[v] = m->order[j];
            }
        }
    }
    free(rank);
    return 0;
}

/* The path to node `end` of `len` choices, following `from` back. */
static int trace_path(const Graph *g, long end, int len, const long *from, ExplorePath *p)
{
    if (explore_path_alloc(p, len) < 0)
        return -1;
    p->end_scene = g->nodes[end].scene;
    long v = end;
    for (int k = len - 1; k >= 0; k--) {
        const Edge *e = &g->edges[from[v]];
        p->scenes[k] = g->nodes[e->from].scene;
        p->choices[k] = e->choice;
        v = e->from;
    }
    return 0;
}

static int summarise(Graph *g, ExploreReport *r)
{
    const Story *s = g->s;
    long n = g->n_nodes;
    Sums m = {
        .paths = calloc((size_t)n, sizeof *m.paths),
        .lo = malloc((size_t)n * sizeof *m.lo),
        .hi = malloc((size_t)n * sizeof *m.hi),
        .lo_from = malloc((size_t)n * sizeof *m.lo_from),
        .hi_from = malloc((size_t)n * sizeof *m.hi_from),
        .first = malloc((size_t)(n + 1) * sizeof *m.first),
        .order = malloc((size_t)(g->n_edges ? g->n_edges : 1) * sizeof *m.order),
    };
    int status = -1;
    if (!m.paths || !m.lo || !m.hi || !m.lo_from || !m.hi_from || !m.first || !m.order ||
        edges_by_source(g, &m) < 0 || count_paths(g, &m) < 0)
        goto done;
    long best_lo = -1, best_hi = -1;
    for (long i = 0; i < n; i++) {
        const Node *nd = &g->nodes[i];
        if (!s->scenes[nd->scene].is_ending || m.hi[i] < 0)
            continue;
        r->paths += m.paths[i];
        explore_note_ending(r, s, nd->scene, nd->meters, m.paths[i]);
        if (best_lo < 0 || m.lo[i] < m.lo[best_lo])
            best_lo = i;
        if (best_hi < 0 || m.hi[i] > m.hi[best_hi])
            best_hi = i;
    }
    if ((best_lo >= 0 && trace_path(g, best_lo, m.lo[best_lo], m.lo_from, &r->shortest) < 0) ||
        (best_hi >= 0 && trace_path(g, best_hi, m.hi[best_hi], m.hi_from, &r->longest) < 0))
        goto done;
    status = 0;
done:
    sums_free(&m);
    return status;
}

static int report_init(const Story *s, ExploreReport *r)
{
    memset(r, 0, sizeof *r);
    r->dead_end_scene = -1;
    r->loop_scene = -1;
    r->scene_reached = calloc((size_t)s->n_scenes + 1, sizeof *r->scene_reached);
    r->dead_end_at = calloc((size_t)s->n_scenes + 1, sizeof *r->dead_end_at);
    r->choice_reached = calloc((size_t)s->n_scenes + 1, sizeof *r->choice_reached);
    r->endings = calloc((size_t)s->n_scenes + 1, sizeof *r->endings);
    if (!r->scene_reached || !r->dead_end_at || !r->choice_reached || !r->endings)
        return -1;
    for (int i = 0; i < s->n_scenes; i++) {
        r->choice_reached[i] = calloc((size_t)s->scenes[i].n_choices + 1, sizeof(bool));
        if (!r->choice_reached[i])
            return -1;
        if (s->scenes[i].is_ending)
            r->endings[r->n_endings++].scene = i;
    }
    return 0;
}

int explore_run(const Story *s, const ExploreOptions *opt, ExploreReport *r)
{
    /* C11's timespec_get, not POSIX's clock_gettime: the same on every
     * system (docs/PORTING.md); a clock step during a run only skews the
     * seconds it reports. */
    struct timespec t0, t1;
    timespec_get(&t0, TIME_UTC);
    if (report_init(s, r) < 0) {
        explore_report_free(s, r);
        return -1;
    }
    int status;
    if (opt->cover_steps > 0) {
        status = explore_cover_runs(s, opt, r);
    } else if (opt->random_runs > 0) {
        status = explore_random_runs(s, opt, r);
    } else {
        Graph g = {.s = s, .flag_bytes = (s->n_flags + 7) / 8};
        compute_flag_mask(s, g.flag_mask);
        long max_states = opt->max_states > 0 ? opt->max_states : 2000000;
        status = dfs(&g, r, max_states);
        r->states = g.n_nodes;
        r->exhaustive = !r->truncated;
        if (status == 0 && !r->truncated)
            status = summarise(&g, r);
        free(g.nodes);
        free(g.color);
        free(g.keys);
        free(g.table);
        free(g.edges);
        free(g.post);
    }
    timespec_get(&t1, TIME_UTC);
    r->seconds = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    if (status < 0)
        explore_report_free(s, r);
    return status;
}
