/* decisions.c — the distinct decisions of a story, found by a depth-first
 * walk over its positions. Each position is kept once, packed to the bytes
 * this story uses, in a hash set; the walk's to-do list holds their numbers,
 * so memory grows with the states (about 30 bytes each), not with paths. */
#include "core/decisions.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/state_key.h"
#include "core/text.h"


typedef struct {
    const Story *s;
    int flag_bytes;
    uint8_t *keys;      /* every state's packed bytes, one after another */
    size_t keys_len, keys_cap;
    uint32_t *offsets;  /* where state i starts in keys; offsets[n] is the end */
    long n, cap;
    uint32_t *table;    /* state number + 1; 0 is empty */
    size_t table_cap;
    uint32_t *todo;
    long n_todo, cap_todo;
    int *first;         /* per scene: its first decision, or -1 */
    int *next;          /* per decision: the next one of the same scene, or -1 */
    long cap_next;
} Walk;

static void unpack(const Walk *w, long i, Position *p)
{
    const uint8_t *b = w->keys + w->offsets[i];
    size_t n = 0;
    memset(p, 0, sizeof *p);
    memcpy(&p->scene, b, 4);
    n += 4;
    memcpy(p->meters, b + n, (size_t)w->s->n_meters);
    n += (size_t)w->s->n_meters;
    memcpy(p->flags, b + n, (size_t)w->flag_bytes);
    n += (size_t)w->flag_bytes;
    p->n_pending = b[n++];
    for (int k = 0; k < p->n_pending; k++) {
        memcpy(&p->pending[k].scene, b + n, 4);
        p->pending[k].choice = b[n + 4];
        p->pending[k].later = b[n + 5];
        p->pending[k].remaining = b[n + 6];
        n += 7;
    }
}

static int grow(void **p, long *cap, long need, size_t size)
{
    if (need <= *cap)
        return 0;
    long c = *cap ? *cap * 2 : 1024;
    while (c < need)
        c *= 2;
    void *q = realloc(*p, (size_t)c * size);
    if (!q)
        return -1;
    *p = q;
    *cap = c;
    return 0;
}

static int rehash(Walk *w)
{
    size_t cap = w->table_cap ? w->table_cap * 2 : 4096;
    uint32_t *t = calloc(cap, sizeof *t);
    if (!t)
        return -1;
    for (long i = 0; i < w->n; i++) {
        size_t h = (size_t)state_key_hash(w->keys + w->offsets[i], w->offsets[i + 1] - w->offsets[i]);
        while (t[h & (cap - 1)])
            h++;
        t[h & (cap - 1)] = (uint32_t)i + 1;
    }
    free(w->table);
    w->table = t;
    w->table_cap = cap;
    return 0;
}

/* Adds p to the set and the to-do list unless it was there. -1: no memory. */
static int visit(Walk *w, const Position *p)
{
    uint8_t key[STATE_KEY_MAX];
    size_t len = state_key_pack(w->s, w->flag_bytes, NULL, p, key);
    if ((size_t)(w->n + 1) * 2 > w->table_cap && rehash(w) < 0)
        return -1;
    size_t h = (size_t)state_key_hash(key, len);
    for (;; h++) {
        uint32_t at = w->table[h & (w->table_cap - 1)];
        if (!at)
            break;
        size_t off = w->offsets[at - 1], n = w->offsets[at] - off;
        if (n == len && memcmp(w->keys + off, key, len) == 0)
            return 0;
    }
    if (grow((void **)&w->offsets, &w->cap, w->n + 2, sizeof *w->offsets) < 0 ||
        grow((void **)&w->todo, &w->cap_todo, w->n_todo + 1, sizeof *w->todo) < 0)
        return -1;
    if (w->keys_len + len > w->keys_cap) {
        size_t cap = w->keys_cap ? w->keys_cap * 2 : 65536;
        uint8_t *k = realloc(w->keys, cap);
        if (!k)
            return -1;
        w->keys = k;
        w->keys_cap = cap;
    }
    memcpy(w->keys + w->keys_len, key, len);
    w->offsets[w->n] = (uint32_t)w->keys_len;
    w->keys_len += len;
    w->offsets[w->n + 1] = (uint32_t)w->keys_len;
    w->table[h & (w->table_cap - 1)] = (uint32_t)w->n + 1;
    w->todo[w->n_todo++] = (uint32_t)w->n++;
    return 0;
}

/* What shows at p: paragraphs and choices. -1 with *err from a function. */
static int shows(const Story *s, const Position *p, uint64_t *paras, uint32_t *choices,
                 int *shown, int *n_shown, char **err)
{
    const Scene *sc = &s->scenes[p->scene];
    *paras = 0;
    for (int i = 0; i < sc->n_paras && i < 64; i++) {
        bool ok;
        if (runtime_cond(s, &sc->paras[i].when, p, &ok, err) < 0)
            return -1;
        if (ok)
            *paras |= (uint64_t)1 << i;
    }
    *n_shown = runtime_choices(s, p, shown, err);
    if (*n_shown < 0)
        return -1;
    *choices = 0;
    for (int i = 0; i < *n_shown; i++)
        *choices |= (uint32_t)1 << shown[i];
    return 0;
}

/* Lists (p, paras, choices) unless its scene has it already. -1: no memory. */
static int note(Walk *w, DecisionList *out, const Position *p, uint64_t paras, uint32_t choices)
{
    for (int i = w->first[p->scene]; i >= 0; i = w->next[i])
        if (out->items[i].paras == paras && out->items[i].choices == choices)
            return 0;
    long cap = out->cap;
    if (grow((void **)&out->items, &cap, out->count + 1, sizeof *out->items) < 0 ||
        grow((void **)&w->next, &w->cap_next, out->count + 1, sizeof *w->next) < 0)
        return -1;
    out->cap = (int)cap;
    out->items[out->count] = (Decision){*p, paras, choices};
    w->next[out->count] = w->first[p->scene];
    w->first[p->scene] = out->count++;
    return 0;
}

static int walk(Walk *w, long max_states, DecisionList *out)
{
    const Story *s = w->s;
    Position start;
    runtime_start(s, &start);
    if (visit(w, &start) < 0)
        return -1;
    while (w->n_todo > 0) {
        Position p;
        unpack(w, w->todo[--w->n_todo], &p);
        if (runtime_at_ending(s, &p))
            continue;
        uint64_t paras;
        uint32_t choices;
        int shown[STORY_MAX_CHOICES], n_shown;
        char *err = NULL;
        if (shows(s, &p, &paras, &choices, shown, &n_shown, &err) < 0) {
            if (!out->problem)
                out->problem = err ? err : text_dup(_("out of memory"));
            else
                free(err);
            continue;
        }
        if (n_shown > 0 && note(w, out, &p, paras, choices) < 0)
            return -1;
        for (int i = 0; i < n_shown; i++) {
            Position next;
            if (runtime_step(s, &p, shown[i], &next, NULL, &err) < 0) {
                if (!out->problem)
                    out->problem = err;
                else
                    free(err);
                err = NULL;
                continue;
            }
            if (w->n >= max_states) {
                out->truncated = true;
                break;
            }
            if (visit(w, &next) < 0)
                return -1;
        }
    }
    return 0;
}

int decisions_find(const Story *s, long max_states, DecisionList *out)
{
    memset(out, 0, sizeof *out);
    Walk w = {.s = s, .flag_bytes = (s->n_flags + 7) / 8};
    w.first = malloc((size_t)(s->n_scenes > 0 ? s->n_scenes : 1) * sizeof *w.first);
    int rc = -1;
    if (w.first) {
        for (int i = 0; i < s->n_scenes; i++)
            w.first[i] = -1;
        rc = walk(&w, max_states > 0 ? max_states : 2000000, out);
    }
    out->states = w.n;
    free(w.keys);
    free(w.offsets);
    free(w.table);
    free(w.todo);
    free(w.first);
    free(w.next);
    if (rc < 0)
        decisions_free(out);
    return rc;
}

void decisions_free(DecisionList *d)
{
    free(d->items);
    free(d->problem);
    memset(d, 0, sizeof *d);
}
