/* tells.c — a logistic-regression classifier of option texts, from scratch:
 * features are the words (lower case; ’ read as '), a length bucket of four
 * words and "asks a question"; trained by full-batch gradient descent with
 * a little L2 weight decay, which is deterministic and, for a few hundred
 * options, takes milliseconds. */
#include "core/tells.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/text.h"

enum {
    EPOCHS = 200,
    MAX_WORD = 40,
    MAX_FEATURES_PER_TEXT = 256,
};
static const double RATE = 0.5, DECAY = 0.001;

struct TellsModel {
    char **names;   /* feature names: "w:word", "len:3", "has:?" */
    double *weight;
    int n, cap;
    int *slot;      /* open-addressing index into names, -1 empty */
    int n_slots;    /* a power of two, at least twice cap */
    double bias;
};

static uint32_t hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static int find(const TellsModel *m, const char *name)
{
    for (uint32_t i = hash(name) & (uint32_t)(m->n_slots - 1);; i = (i + 1) & (uint32_t)(m->n_slots - 1)) {
        if (m->slot[i] < 0)
            return -1 - (int)i; /* where it would go */
        if (strcmp(m->names[m->slot[i]], name) == 0)
            return m->slot[i];
    }
}

static int grow(TellsModel *m)
{
    int cap = m->cap ? m->cap * 2 : 512;
    char **names = realloc(m->names, (size_t)cap * sizeof *names);
    if (!names)
        return -1;
    m->names = names;
    double *w = realloc(m->weight, (size_t)cap * sizeof *w);
    if (!w)
        return -1;
    m->weight = w;
    int n_slots = cap * 2;
    int *slot = malloc((size_t)n_slots * sizeof *slot);
    if (!slot)
        return -1;
    free(m->slot);
    m->slot = slot;
    m->n_slots = n_slots;
    m->cap = cap;
    for (int i = 0; i < n_slots; i++)
        slot[i] = -1;
    for (int f = 0; f < m->n; f++) {
        int at = find(m, m->names[f]);
        m->slot[-1 - at] = f;
    }
    return 0;
}

/* The feature's index; added when `add` (-2 on no memory), else -1 if unknown. */
static int feature(TellsModel *m, const char *name, bool add)
{
    int at = m->n_slots ? find(m, name) : -1;
    if (at >= 0 || !add)
        return at >= 0 ? at : -1;
    if (m->n == m->cap) {
        if (grow(m) < 0)
            return -2;
        at = find(m, name);
    }
    char *copy = text_dup(name);
    if (!copy)
        return -2;
    m->names[m->n] = copy;
    m->weight[m->n] = 0;
    m->slot[-1 - at] = m->n;
    return m->n++;
}

/* Calls fn(name) for each feature of `text`, each once. */
typedef int (*FeatureFn)(void *ud, const char *name);
static int features(const char *text, FeatureFn fn, void *ud)
{
    char seen[MAX_FEATURES_PER_TEXT][MAX_WORD + 3];
    int n_seen = 0, words = 0;
    bool question = false;
    const unsigned char *p = (const unsigned char *)text;
    while (*p) {
        char word[MAX_WORD + 3] = "w:";
        int len = 2;
        while (*p) {
            char c = 0;
            int step = 1;
            if (*p >= 'a' && *p <= 'z')
                c = (char)*p;
            else if (*p >= 'A' && *p <= 'Z')
                c = (char)(*p - 'A' + 'a');
            else if (*p == '\'')
                c = '\'';
            else if (p[0] == 0xe2 && p[1] == 0x80 && p[2] == 0x99)
                c = '\'', step = 3; /* ’ */
            if (!c)
                break;
            if (len < MAX_WORD + 2)
                word[len++] = c;
            p += step;
        }
        if (len > 2) {
            word[len] = '\0';
            words++;
            bool dup = false;
            for (int i = 0; i < n_seen && !dup; i++)
                dup = strcmp(seen[i], word) == 0;
            if (!dup && n_seen < MAX_FEATURES_PER_TEXT) {
                memcpy(seen[n_seen++], word, (size_t)len + 1);
                if (fn(ud, word) < 0)
                    return -1;
            }
        } else {
            question |= *p == '?';
            p++;
        }
    }
    char name[16];
    snprintf(name, sizeof name, "len:%d", words / 4 < 6 ? words / 4 : 6);
    if (fn(ud, name) < 0)
        return -1;
    return question ? fn(ud, "has:?") : 0;
}

typedef struct {
    TellsModel *m;
    int *ids;
    int n, cap;
    bool add;
} Collect;

static int collect(void *ud, const char *name)
{
    Collect *c = ud;
    int f = feature(c->m, name, c->add);
    if (f == -2)
        return -1;
    if (f < 0)
        return 0;
    if (c->n == c->cap) {
        int cap = c->cap ? c->cap * 2 : 64;
        int *ids = realloc(c->ids, (size_t)cap * sizeof *ids);
        if (!ids)
            return -1;
        c->ids = ids;
        c->cap = cap;
    }
    c->ids[c->n++] = f;
    return 0;
}

void tells_free(TellsModel *m)
{
    if (!m)
        return;
    for (int i = 0; i < m->n; i++)
        free(m->names[i]);
    free(m->names);
    free(m->weight);
    free(m->slot);
    free(m);
}

TellsModel *tells_train(const TellsItem *items, int n)
{
    TellsModel *m = calloc(1, sizeof *m);
    Collect c = {.m = m, .add = true};
    int *start = malloc(((size_t)n + 1) * sizeof *start);
    if (!m || !start)
        goto fail;
    for (int i = 0; i < n; i++) {
        start[i] = c.n;
        if (features(items[i].text ? items[i].text : "", collect, &c) < 0)
            goto fail;
    }
    start[n] = c.n;
    double *grad = calloc((size_t)m->n + 1, sizeof *grad);
    if (!grad)
        goto fail;
    for (int e = 0; e < EPOCHS && n > 0; e++) {
        memset(grad, 0, (size_t)m->n * sizeof *grad);
        double gbias = 0;
        for (int i = 0; i < n; i++) {
            double z = m->bias;
            for (int k = start[i]; k < start[i + 1]; k++)
                z += m->weight[c.ids[k]];
            double d = 1.0 / (1.0 + exp(-z)) - (items[i].rescue ? 1.0 : 0.0);
            gbias += d;
            for (int k = start[i]; k < start[i + 1]; k++)
                grad[c.ids[k]] += d;
        }
        m->bias -= RATE * gbias / n;
        for (int f = 0; f < m->n; f++)
            m->weight[f] -= RATE * (grad[f] / n + DECAY * m->weight[f]);
    }
    free(grad);
    free(start);
    free(c.ids);
    return m;
fail:
    free(start);
    free(c.ids);
    tells_free(m);
    return NULL;
}

bool tells_guess(const TellsModel *m, const char *text)
{
    Collect c = {.m = (TellsModel *)m, .add = false};
    double z = m->bias;
    if (features(text ? text : "", collect, &c) == 0)
        for (int k = 0; k < c.n; k++)
            z += m->weight[c.ids[k]];
    free(c.ids);
    return z > 0;
}

typedef struct {
    double w;
    int f;
} Ranked;

static int by_weight(const void *a, const void *b)
{
    const Ranked *x = a, *y = b;
    if (x->w != y->w)
        return x->w > y->w ? -1 : 1;
    return x->f - y->f; /* ties in the order the features were first seen */
}

int tells_top(const TellsModel *m, bool toward, const char **names, int max)
{
    Ranked *r = malloc((size_t)(m->n ? m->n : 1) * sizeof *r);
    if (!r)
        return 0;
    int n = 0;
    for (int f = 0; f < m->n; f++) {
        double w = toward ? m->weight[f] : -m->weight[f];
        if (w > 0)
            r[n++] = (Ranked){w, f};
    }
    qsort(r, (size_t)n, sizeof *r, by_weight);
    if (n > max)
        n = max;
    for (int i = 0; i < n; i++)
        names[i] = m->names[r[i].f];
    free(r);
    return n;
}

void tells_score(const TellsModel *m, const TellsItem *items, int n, TellsScore *out)
{
    memset(out, 0, sizeof *out);
    out->options = n;
    for (int i = 0; i < n; i++) {
        out->rescues += items[i].rescue;
        out->right += tells_guess(m, items[i].text) == items[i].rescue;
    }
    out->baseline = out->rescues > n - out->rescues ? out->rescues : n - out->rescues;
}
