/* runtime.c — applying choices to positions; runs with history and rewind. */
#include "core/runtime.h"

#include <stdlib.h>
#include <string.h>

#include "core/expr.h"
#include "core/i18n.h"

void runtime_start(const Story *s, Position *out)
{
    memset(out, 0, sizeof *out);
    out->scene = s->start;
    for (int i = 0; i < s->n_meters; i++)
        out->meters[i] = (uint8_t)s->meters[i].initial;
}

static int clamp(long v)
{
    return v < METER_MIN ? METER_MIN : v > METER_MAX ? METER_MAX : (int)v;
}

/* Rounds num/den to the nearest integer, halves away from zero (den > 0). */
static long round_div(long num, long den)
{
    return num >= 0 ? (num + den / 2) / den : -((-num + den / 2) / den);
}

int runtime_apply_effect(int value, EffectOp op, int amount)
{
    switch (op) {
    case EFFECT_ADD:
        return clamp((long)value + amount);
    case EFFECT_SET:
        return clamp(amount);
    case EFFECT_FAIR:
        /* ChoiceScript's fairmath: a rise takes a share of the room left below
         * 100, a fall a share of the value, so extremes are hard to reach. */
        if (amount >= 0)
            return clamp(value + round_div((long)(METER_MAX - value) * amount, 100));
        return clamp(value - round_div((long)value * -amount, 100));
    }
    return value;
}

static void apply_effects(const EffectList *e, Position *p)
{
    for (int i = 0; i < e->count; i++) {
        const Effect *f = &e->items[i];
        p->meters[f->meter] = (uint8_t)runtime_apply_effect(p->meters[f->meter], f->op, f->amount);
    }
}

int runtime_cond(const Story *s, const Cond *c, const Position *p, bool *out, char **err)
{
    if (c->expr) {
        *out = expr_eval(c->expr, p);
        return 0;
    }
    if (c->host_ref) {
        if (!s->host.cond) {
            *err = text_dup(_("this story uses functions, but no host can run them"));
            return -1;
        }
        return s->host.cond(s->host.ctx, s, c->host_ref, p, out, err);
    }
    *out = true;
    return 0;
}

int runtime_choices(const Story *s, const Position *p, int *out, char **err)
{
    const Scene *sc = &s->scenes[p->scene];
    int n = 0;
    for (int i = 0; i < sc->n_choices; i++) {
        bool ok;
        if (runtime_cond(s, &sc->choices[i].when, p, &ok, err) < 0)
            return -1;
        if (ok)
            out[n++] = i;
    }
    return n;
}

static void note_landed(StepInfo *info, int scene, int choice, int later)
{
    if (info && info->n_landed < (int)(sizeof info->landed / sizeof info->landed[0])) {
        Landed *l = &info->landed[info->n_landed++];
        l->scene = scene;
        l->choice = choice;
        l->later = later;
    }
}

static void land(const Story *s, Position *p, const Pending *w, StepInfo *info)
{
    const Later *l = &s->scenes[w->scene].choices[w->choice].later[w->later];
    apply_effects(&l->effects, p);
    note_landed(info, w->scene, w->choice, w->later);
}

/* Lands the delayed effects whose time has come (all of them if `all`),
 * keeping the rest in their order. */
static void tick_pending(const Story *s, Position *p, bool all, StepInfo *info)
{
    int kept = 0;
    for (int i = 0; i < p->n_pending; i++) {
        Pending w = p->pending[i];
        if (all || w.remaining <= 1) {
            land(s, p, &w, info);
        } else {
            w.remaining--;
            p->pending[kept++] = w;
        }
    }
    for (int i = kept; i < p->n_pending; i++)
        memset(&p->pending[i], 0, sizeof p->pending[i]);
    p->n_pending = (uint8_t)kept;
}

/* Picks the first route whose condition holds. A route into an ending is
 * judged on the meters as they will stand there, with every delayed effect
 * landed, so the ending a player reaches always matches its numbers. */
static int pick_next(const Story *s, const Choice *c, const Position *p, int *out, char **err)
{
    if (c->next_host_ref) {
        if (!s->host.next) {
            *err = text_dup(_("this story uses functions, but no host can run them"));
            return -1;
        }
        return s->host.next(s->host.ctx, s, c->next_host_ref, p, out, err);
    }
    Position at_end;
    bool have_end = false;
    for (int i = 0; i < c->n_next; i++) {
        const Route *rt = &c->next[i];
        const Position *judge = p;
        if (s->scenes[rt->scene].is_ending && p->n_pending && !COND_IS_EMPTY(rt->when)) {
            if (!have_end) {
                at_end = *p;
                tick_pending(s, &at_end, true, NULL);
                have_end = true;
            }
            judge = &at_end;
        }
        bool ok;
        if (runtime_cond(s, &rt->when, judge, &ok, err) < 0)
            return -1;
        if (ok) {
            *out = rt->scene;
            return 0;
        }
    }
    *err = text_format(_("%s:%d: none of this choice's next = { ... } conditions held, so the "
                       "story has nowhere to go. End the list with a plain scene id that "
                       "always applies."), s->file, c->line);
    return -1;
}

int runtime_step(const Story *s, const Position *in, int choice, Position *out,
                 StepInfo *info, char **err)
{
    const Choice *c = &s->scenes[in->scene].choices[choice];
    Position p = *in;
    if (info)
        info->n_landed = 0;

    tick_pending(s, &p, false, info);
    if (info) {
        info->n_landed_before_own = info->n_landed;
        memcpy(info->before_own, p.meters, sizeof info->before_own);
    }
    apply_effects(&c->effects, &p);
    if (info)
        memcpy(info->after_own, p.meters, sizeof info->after_own);
    for (int i = 0; i < c->n_set; i++)
        p.flags[c->set_flags[i] >> 3] |= (uint8_t)(1u << (c->set_flags[i] & 7));
    for (int i = 0; i < c->n_clear; i++)
        p.flags[c->clear_flags[i] >> 3] &= (uint8_t)~(1u << (c->clear_flags[i] & 7));
    for (int i = 0; i < c->n_later; i++) {
        if (p.n_pending == STORY_MAX_PENDING) {
            *err = text_format(_("%s:%d: more than %d delayed effects are waiting at once. Use "
                               "fewer later = { ... } entries or shorter delays."),
                               s->file, c->later[i].line, STORY_MAX_PENDING);
            return -1;
        }
        Pending *w = &p.pending[p.n_pending++];
        w->scene = in->scene;
        w->choice = (uint8_t)choice;
        w->later = (uint8_t)i;
        w->remaining = (uint8_t)c->later[i].after;
    }
    int next;
    if (pick_next(s, c, &p, &next, err) < 0)
        return -1;
    p.scene = next;
    /* Consequences catch up with the player: at an ending nothing stays pending. */
    if (s->scenes[next].is_ending)
        tick_pending(s, &p, true, info);
    *out = p;
    return 0;
}

int runtime_scene_text(const Story *s, const Position *p, TextBuf *out, char **err)
{
    const Scene *sc = &s->scenes[p->scene];
    bool first = true;
    for (int i = 0; i < sc->n_paras; i++) {
        const Para *pa = &sc->paras[i];
        bool ok;
        if (runtime_cond(s, &pa->when, p, &ok, err) < 0)
            return -1;
        if (!ok)
            continue;
        char *dyn = NULL;
        const char *t = pa->text;
        if (pa->host_ref) {
            if (!s->host.text) {
                *err = text_dup(_("this story uses functions, but no host can run them"));
                return -1;
            }
            if (s->host.text(s->host.ctx, s, pa->host_ref, p, &dyn, err) < 0)
                return -1;
            /* Text from the file is checked when it loads; text a function
             * makes is checked here, so no story can drive the terminal. */
            text_strip_controls(dyn);
            t = dyn;
        }
        if (t && *t) {
            if (!first)
                textbuf_puts(out, "\n\n");
            textbuf_puts(out, t);
            first = false;
        }
        free(dyn);
    }
    if (out->failed) {
        *err = text_dup(_("out of memory"));
        return -1;
    }
    return 0;
}

/* ---- Runs ---- */

void run_init(Run *r, const Story *s)
{
    memset(r, 0, sizeof *r);
    r->story = s;
    runtime_start(s, &r->pos);
}

void run_free(Run *r)
{
    if (!r)
        return;
    free(r->steps);
    r->steps = NULL;
    r->n_steps = r->cap_steps = 0;
}

static int push_step(Run *r, int scene, int choice)
{
    if (r->n_steps == r->cap_steps) {
        int cap = r->cap_steps ? r->cap_steps * 2 : 16;
        RunStep *st = realloc(r->steps, (size_t)cap * sizeof *st);
        if (!st)
            return -1;
        r->steps = st;
        r->cap_steps = cap;
    }
    RunStep *st = &r->steps[r->n_steps++];
    st->scene = scene;
    st->choice = choice;
    memcpy(st->meters, r->pos.meters, sizeof st->meters);
    return 0;
}

static bool choice_shown(const Story *s, const Position *p, int choice, char **err, int *status)
{
    int shown[STORY_MAX_CHOICES];
    const Scene *sc = &s->scenes[p->scene];
    *status = 0;
    if (choice < 0 || choice >= sc->n_choices)
        return false;
    int n = runtime_choices(s, p, shown, err);
    if (n < 0) {
        *status = -1;
        return false;
    }
    for (int i = 0; i < n; i++)
        if (shown[i] == choice)
            return true;
    return false;
}

int run_choose(Run *r, int choice, StepInfo *info, char **err)
{
    const Story *s = r->story;
    int status;
    if (runtime_at_ending(s, &r->pos)) {
        *err = text_dup(_("the story has ended; there are no more choices"));
        return -1;
    }
    if (!choice_shown(s, &r->pos, choice, err, &status)) {
        if (status == 0)
            *err = text_format(_("choice %d is not offered in scene '%s'"), choice + 1,
                               s->scenes[r->pos.scene].id);
        return -1;
    }
    Position next;
    if (runtime_step(s, &r->pos, choice, &next, info, err) < 0)
        return -1;
    int scene = r->pos.scene;
    Position old = r->pos;
    r->pos = next;
    if (push_step(r, scene, choice) < 0) {
        r->pos = old;
        *err = text_dup(_("out of memory"));
        return -1;
    }
    return 0;
}

int run_rewind(Run *r, int n, char **err)
{
    if (n < 0 || n > r->n_steps) {
        *err = text_format(_("there is no choice %d to go back to"), n);
        return -1;
    }
    Position p;
    runtime_start(r->story, &p);
    for (int i = 0; i < n; i++) {
        /* A history read from a save may not fit the story (it was edited, or
         * the save was): check before indexing the scene's choices. */
        const RunStep *st = &r->steps[i];
        if (st->scene != p.scene || st->choice < 0 ||
            st->choice >= r->story->scenes[p.scene].n_choices) {
            *err = text_format(_("choice %d of the history does not fit the story: it was made "
                               "in scene '%s', but replaying reaches scene '%s'"), i + 1,
                               r->story->scenes[st->scene].id, r->story->scenes[p.scene].id);
            return -1;
        }
        Position q;
        if (runtime_step(r->story, &p, st->choice, &q, NULL, err) < 0)
            return -1;
        p = q;
    }
    r->pos = p;
    r->n_steps = n;
    return 0;
}

int run_copy(Run *dst, const Run *src)
{
    *dst = *src;
    dst->steps = NULL;
    dst->cap_steps = dst->n_steps;
    if (src->n_steps) {
        dst->steps = malloc((size_t)src->n_steps * sizeof *dst->steps);
        if (!dst->steps) {
            dst->n_steps = dst->cap_steps = 0;
            return -1;
        }
        memcpy(dst->steps, src->steps, (size_t)src->n_steps * sizeof *dst->steps);
    }
    return 0;
}
