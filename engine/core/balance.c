/* balance.c — counting how each kind of choice moves the meters. */
#include "core/balance.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"

/* Adds to *sum what an effect list does to meter m: an added amount or a
 * fairmath percentage, by its sign. "=N" adds nothing. */
static void add_change(const EffectList *e, int m, int *sum)
{
    for (int i = 0; i < e->count; i++)
        if (e->items[i].meter == m && e->items[i].op != EFFECT_SET)
            *sum += e->items[i].amount;
}

static void count_choice(const Story *s, const Choice *c, KindBalance *kb)
{
    kb->choices++;
    kb->with_later += c->n_later > 0;
    for (int m = 0; m < s->n_meters; m++) {
        int now = 0, later = 0;
        add_change(&c->effects, m, &now);
        for (int l = 0; l < c->n_later; l++)
            add_change(&c->later[l].effects, m, &later);
        kb->now_up[m] += now > 0;
        kb->now_down[m] += now < 0;
        kb->later_up[m] += later > 0;
        kb->later_down[m] += later < 0;
    }
}

void balance_count(const Story *s, Balance *out)
{
    memset(out, 0, sizeof *out);
    for (int i = 0; i < s->n_scenes; i++)
        for (int c = 0; c < s->scenes[i].n_choices; c++) {
            const Choice *ch = &s->scenes[i].choices[c];
            if (ch->kind < KIND_COUNT)
                count_choice(s, ch, &out->kinds[ch->kind]);
        }
}

int balance_moving(const Story *s, const KindBalance *kb, bool better, bool later)
{
    /* An upper bound is enough to judge "none": a sum over meters of the
     * choices moving that meter the given way. */
    int n = 0;
    for (int m = 0; m < s->n_meters; m++) {
        bool up_is_better = s->meters[m].higher_is_better;
        const int *up = later ? kb->later_up : kb->now_up;
        const int *down = later ? kb->later_down : kb->now_down;
        n += (better == up_is_better) ? up[m] : down[m];
    }
    return n;
}

int balance_notes(const Story *s, const Balance *b, char **out, int max)
{
    int n = 0;
#define NOTE(...)                                                                  \
    do {                                                                           \
        if (n < max) {                                                             \
            char *t = text_format(__VA_ARGS__);                                    \
            if (t)                                                                 \
                out[n++] = t;                                                      \
        }                                                                          \
    } while (0)
    const KindBalance *r = &b->kinds[KIND_RESCUE];
    if (r->choices >= 3) {
        if (balance_moving(s, r, true, false) == 0)
            NOTE("%s", _("No rescue makes any meter better now. In life a rescue often brings "
                         "relief first and its cost later: let some rescues feel good now."));
        if (r->now_up[METER_GROWTH] + r->later_up[METER_GROWTH] == 0)
            NOTE("%s", _("No rescue ever raises growth. Sometimes stepping in is right (an "
                         "emergency, a person who cannot act): show that once."));
    }
    static const ChoiceKind costly[] = {KIND_SUPPORT, KIND_BOUNDARY, KIND_SELF_CARE};
    static const char *const never_costly[] = {
        N_("No Support choice ever makes a meter worse, now or later. Real support can hurt "
           "now: someone is angry, a week is cold."),
        N_("No Boundary choice ever makes a meter worse, now or later. Real boundary can hurt "
           "now: someone is angry, a week is cold."),
        N_("No Self-care choice ever makes a meter worse, now or later. Real self-care can hurt "
           "now: someone is angry, a week is cold."),
    };
    for (size_t i = 0; i < sizeof costly / sizeof costly[0]; i++) {
        const KindBalance *kb = &b->kinds[costly[i]];
        if (kb->choices >= 3 && balance_moving(s, kb, false, false) == 0 &&
            balance_moving(s, kb, false, true) == 0)
            NOTE("%s", _(never_costly[i]));
    }
    for (int k = 0; k < KIND_COUNT; k++) {
        const KindBalance *kb = &b->kinds[k];
        if (kb->choices >= 3 && kb->with_later == 0)
            NOTE(_("None of the %d %s choices has a delayed effect (later = { ... })."),
                 kb->choices, _(story_kind_label((ChoiceKind)k)));
    }
#undef NOTE
    return n;
}
