/* drill_round.c — picking a Spot it round (Leitner boxes, a level that
 * follows accuracy), the check forms, and scores per kind. */
#include "core/drill_round.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"

int drill_box_after(int box, bool right)
{
    if (!right)
        return 1;
    if (box < 1)
        return 2;
    return box < DRILL_BOXES ? box + 1 : DRILL_BOXES;
}

int drill_box_interval(int box)
{
    if (box < 1)
        box = 1;
    if (box > DRILL_BOXES)
        box = DRILL_BOXES;
    return 1 << (box - 1);
}

bool drill_due(const DrillMemory *m, int round)
{
    return m->box >= 1 && round - m->last_round >= drill_box_interval(m->box);
}

int drill_level(int right, int total)
{
    if (total < 10 || right * 100 < total * 60)
        return 1;
    if (total < DRILL_RECENT || right * 100 < total * 80)
        return 2;
    return 3;
}

/* splitmix64: a tiny generator, the same on every machine. */
static uint64_t next_random(uint64_t *s)
{
    uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/* A stable order for the qsort calls below: qsort is not stable, so every
 * comparison ends on the shuffled position, which is unique. */
typedef struct {
    int item;
    int pos; /* place in the shuffled order */
    int key1, key2;
} Cand;

static int by_keys(const void *a, const void *b)
{
    const Cand *x = a, *y = b;
    if (x->key1 != y->key1)
        return x->key1 < y->key1 ? -1 : 1;
    if (x->key2 != y->key2)
        return x->key2 < y->key2 ? -1 : 1;
    return x->pos - y->pos;
}

static bool taken(const int *out, int n, int item)
{
    for (int i = 0; i < n; i++)
        if (out[i] == item)
            return true;
    return false;
}

/* Which pass an item belongs to, and its keys there: 0 due again (lowest
 * box, then longest ago), 1 new at or below the level (the level's own
 * difficulty first), 2 the rest (least known first, easiest first). */
static int pass_of(const DrillItem *it, const DrillMemory *m, int round, int level, Cand *c)
{
    if (m->box >= 1 && drill_due(m, round)) {
        c->key1 = m->box;
        c->key2 = m->last_round;
        return 0;
    }
    if (m->box == 0 && it->difficulty <= level) {
        c->key1 = level - it->difficulty;
        c->key2 = 0;
        return 1;
    }
    c->key1 = m->box;
    c->key2 = it->difficulty * 1000000 + m->last_round;
    return 2;
}

static int by_difficulty(const void *a, const void *b)
{
    const Cand *x = a, *y = b;
    if (x->key1 != y->key1)
        return x->key1 < y->key1 ? -1 : 1;
    return x->pos - y->pos;
}

int drill_round_pick(const DrillBank *b, const DrillMemory *mem, int round, int level,
                     uint64_t seed, int *out)
{
    Cand *c = malloc(((size_t)b->count + 1) * sizeof *c);
    if (!c)
        return 0;
    int n = 0;
    for (int i = 0; i < b->count; i++)
        if (b->items[i].form == 0)
            c[n++] = (Cand){.item = i};
    uint64_t s = seed;
    for (int i = n - 1; i > 0; i--) {
        int j = (int)(next_random(&s) % (uint64_t)(i + 1));
        Cand t = c[i];
        c[i] = c[j];
        c[j] = t;
    }
    for (int i = 0; i < n; i++)
        c[i].pos = i;
    int got = 0;
    for (int pass = 0; pass < 3 && got < DRILL_ROUND_ITEMS; pass++) {
        int m = 0;
        Cand *here = malloc(((size_t)n + 1) * sizeof *here);
        if (!here)
            break;
        for (int i = 0; i < n; i++) {
            Cand k = c[i];
            if (pass_of(&b->items[k.item], &mem[k.item], round, level, &k) == pass)
                here[m++] = k;
        }
        qsort(here, (size_t)m, sizeof *here, by_keys);
        int limit = pass == 0 ? DRILL_ROUND_MAX_DUE : DRILL_ROUND_ITEMS;
        for (int i = 0, added = 0; i < m && got < DRILL_ROUND_ITEMS && added < limit; i++)
            if (!taken(out, got, here[i].item)) {
                out[got++] = here[i].item;
                added++;
            }
        free(here);
    }
    /* Easy first; items of one difficulty keep the order they were picked. */
    for (int i = 0; i < got; i++)
        c[i] = (Cand){.item = out[i], .pos = i, .key1 = b->items[out[i]].difficulty};
    qsort(c, (size_t)got, sizeof *c, by_difficulty);
    for (int i = 0; i < got; i++)
        out[i] = c[i].item;
    free(c);
    return got;
}

int drill_form_items(const DrillBank *b, char form, int *out, int max)
{
    int n = 0;
    for (int d = DRILL_MIN_DIFFICULTY; d <= DRILL_MAX_DIFFICULTY; d++)
        for (int i = 0; i < b->count && n < max; i++)
            if (b->items[i].form == form && b->items[i].difficulty == d)
                out[n++] = i;
    return n;
}

bool drill_forms_matched(const DrillBank *b, char *why, size_t why_size)
{
    int count[2][KIND_COUNT][DRILL_MAX_DIFFICULTY + 1];
    int total[2] = {0, 0};
    memset(count, 0, sizeof count);
    for (int i = 0; i < b->count; i++) {
        const DrillItem *it = &b->items[i];
        if (it->form != 'A' && it->form != 'B')
            continue;
        if ((unsigned)it->kind >= KIND_COUNT || it->difficulty < 1 ||
            it->difficulty > DRILL_MAX_DIFFICULTY)
            continue;
        count[it->form - 'A'][it->kind][it->difficulty]++;
        total[it->form - 'A']++;
    }
    for (int f = 0; f < 2; f++)
        if (total[f] != DRILL_FORM_ITEMS) {
            snprintf(why, why_size, _("form %c has %d items; each form has %d."), 'A' + f,
                     total[f], DRILL_FORM_ITEMS);
            return false;
        }
    for (int k = 0; k < KIND_COUNT; k++)
        for (int d = 1; d <= DRILL_MAX_DIFFICULTY; d++)
            if (count[0][k][d] != count[1][k][d]) {
                snprintf(why, why_size, _("form A has %d %s items of difficulty %d and form B "
                         "has %d; the forms need the same number of each kind at each "
                         "difficulty."), count[0][k][d], story_kind_name((ChoiceKind)k), d,
                         count[1][k][d]);
                return false;
            }
    if (why_size)
        why[0] = '\0';
    return true;
}

void drill_score_add(DrillScore *s, ChoiceKind kind, bool right)
{
    if ((unsigned)kind >= KIND_COUNT)
        return;
    s->total[kind]++;
    s->right[kind] += right;
}

int drill_score_right(const DrillScore *s)
{
    int n = 0;
    for (int k = 0; k < KIND_COUNT; k++)
        n += s->right[k];
    return n;
}

int drill_score_total(const DrillScore *s)
{
    int n = 0;
    for (int k = 0; k < KIND_COUNT; k++)
        n += s->total[k];
    return n;
}

int drill_score_percent(const DrillScore *s, ChoiceKind kind)
{
    if ((unsigned)kind >= KIND_COUNT || s->total[kind] == 0)
        return -1;
    return (int)((100.0 * s->right[kind]) / s->total[kind] + 0.5);
}

const char *drill_honest_note(void)
{
    return _("A short check is a rough measure, not a diagnosis. Twenty items can move by a "
             "few answers from one day to the next; talk over what you notice with someone "
             "you trust.");
}
