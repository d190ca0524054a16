/* game.c — the play loop shared by all front ends. */
#include "core/game.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/i18n.h"

const char *game_kind_meaning(ChoiceKind kind)
{
    switch (kind) {
    case KIND_RESCUE: return N_("doing for someone what they can do for themselves");
    case KIND_SUPPORT: return N_("staying beside someone while they handle what is theirs");
    case KIND_BOUNDARY: return N_("saying clearly what you will and will not do");
    case KIND_SELF_CARE: return N_("looking after your own needs too");
    case KIND_NEUTRAL: return N_("neither rescuing nor supporting, like small talk or waiting");
    case KIND_DEPENDS:
        return N_("a step that can help or can turn into a rescue, depending on how and when "
                  "it is done");
    case KIND_HURTFUL: return N_("neither rescuing nor supporting, and it hurts");
    case KIND_COUNT: break;
    }
    return "";
}

/* A 32-bit mix (the finaliser of MurmurHash3): every input bit moves
 * every output bit, so neighbouring scenes and choices get unrelated keys. */
static uint32_t mix32(uint32_t h)
{
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
}

void game_order_choices(uint32_t order, int scene, int *shown, int n)
{
    if (order == 0 || n < 2)
        return;
    uint32_t key[STORY_MAX_CHOICES];
    for (int i = 0; i < n; i++)
        key[i] = mix32(order ^ mix32((uint32_t)scene * 0x9e3779b9u ^ mix32((uint32_t)shown[i] + 1)));
    /* Insertion sort: at most nine items; ties keep the story's order. */
    for (int i = 1; i < n; i++) {
        uint32_t k = key[i];
        int c = shown[i], j = i - 1;
        while (j >= 0 && key[j] > k) {
            key[j + 1] = key[j];
            shown[j + 1] = shown[j];
            j--;
        }
        key[j + 1] = k;
        shown[j + 1] = c;
    }
}

uint32_t game_new_order(void)
{
    const char *env = getenv("BESIDE_CHOICE_ORDER");
    if (env && *env) {
        if (strcmp(env, "file") == 0)
            return 0;
        char *end;
        unsigned long v = strtoul(env, &end, 10);
        if (*end == '\0')
            return (uint32_t)v;
    }
    uint32_t seed = 0;
    FILE *f = fopen("/dev/urandom", "rb");
    if (f) {
        if (fread(&seed, sizeof seed, 1, f) != 1)
            seed = 0;
        fclose(f);
    }
    if (seed == 0) {
        struct timespec ts;
        timespec_get(&ts, TIME_UTC);
        seed = mix32((uint32_t)ts.tv_nsec ^ mix32((uint32_t)ts.tv_sec));
    }
    return seed ? seed : 1;
}

/* The change from `a` to `b`, summed over meters and signed so that a
 * change the better way counts up. */
static int better_by(const Story *s, const uint8_t *a, const uint8_t *b)
{
    int sum = 0;
    for (int m = 0; m < s->n_meters; m++) {
        int d = b[m] - a[m];
        sum += s->meters[m].higher_is_better ? d : -d;
    }
    return sum;
}

void game_now_later(const Story *s, const Feedback *f, NowLater *out)
{
    out->now = better_by(s, f->info.before_own, f->info.after_own);
    uint8_t then[STORY_MAX_METERS];
    memcpy(then, f->info.after_own, sizeof then);
    for (int l = 0; l < f->choice->n_later; l++) {
        const EffectList *e = &f->choice->later[l].effects;
        for (int i = 0; i < e->count; i++)
            then[e->items[i].meter] = (uint8_t)runtime_apply_effect(
                then[e->items[i].meter], e->items[i].op, e->items[i].amount);
    }
    out->later = better_by(s, f->info.after_own, then);
    int now = out->now, later = out->later;
    if (now > 0)
        out->line = later < 0 ? N_("This feels better now. Watch what it does later.")
                  : later > 0 ? N_("This helps now, and there is more to come later.")
                              : NULL;
    else if (now < 0)
        out->line = later > 0 ? N_("This is hard now. It can pay off later.")
                  : later < 0 ? N_("This costs something now, and more later.")
                              : N_("This costs something now.");
    else
        out->line = later < 0 ? N_("Nothing shows yet. Watch what it does later.")
                  : later > 0 ? N_("Nothing shows yet. It can pay off later.")
                              : NULL;
}

bool game_later_landed(const Run *run, int step, int later)
{
    if (step < 0 || step >= run->n_steps)
        return false;
    const RunStep *st = &run->steps[step];
    const Choice *c = &run->story->scenes[st->scene].choices[st->choice];
    if (later < 0 || later >= c->n_later)
        return false;
    if (runtime_at_ending(run->story, &run->pos))
        return true;
    /* It lands just before the choice `after` steps on (at least the next)
     * is applied. */
    int after = c->later[later].after < 1 ? 1 : c->later[later].after;
    return run->n_steps - 1 - step >= after;
}

int game_came_back(const Run *run, CameBack *out, int max)
{
    int n = 0;
    for (int i = 0; i < run->n_steps; i++) {
        const Choice *c = &run->story->scenes[run->steps[i].scene].choices[run->steps[i].choice];
        for (int l = 0; l < c->n_later; l++)
            if (game_later_landed(run, i, l)) {
                if (n < max)
                    out[n] = (CameBack){i, l, c};
                n++;
            }
    }
    return n;
}

int game_view(const Run *run, SceneView *v, TextBuf *buf, char **err)
{
    memset(v, 0, sizeof *v);
    v->story = run->story;
    v->run = run;
    v->at_ending = runtime_at_ending(run->story, &run->pos);
    if (runtime_scene_text(run->story, &run->pos, buf, err) < 0)
        return -1;
    v->text = buf->data ? buf->data : "";
    if (!v->at_ending) {
        int n = runtime_choices(run->story, &run->pos, v->shown, err);
        if (n < 0)
            return -1;
        v->n_shown = n;
        game_order_choices(run->order, run->pos.scene, v->shown, n);
    }
    return 0;
}

int game_play(Run *run, const Frontend *fe)
{
    int failures = 0;
    for (;;) {
        SceneView v;
        TextBuf buf = {0};
        char *err = NULL;
        if (game_view(run, &v, &buf, &err) < 0) {
            fe->problem(fe->ud, err ? err : _("out of memory"));
            free(err);
            err = NULL; /* freed again below when no step back is possible */
            textbuf_free(&buf);
            /* Step back one choice so the player is not stuck on a broken scene. */
            if (run->n_steps > 0 && ++failures < 3 && run_rewind(run, run->n_steps - 1, &err) == 0)
                continue;
            free(err);
            return GAME_FAILED;
        }
        fe->scene(fe->ud, &v);
        if (v.at_ending)
            fe->ending(fe->ud, &v);
        else if (v.n_shown == 0)
            fe->problem(fe->ud, N_("No choice is open here: the story has a dead end. You can "
                                   "go back a step, or quit."));
        bool redraw = false;
        while (!redraw) {
            GameCommand cmd = fe->ask(fe->ud, &v);
            if (cmd.type == GAME_QUIT) {
                textbuf_free(&buf);
                return GAME_QUIT_BY_PLAYER;
            }
            if (cmd.type == GAME_REWIND) {
                if (run_rewind(run, cmd.arg, &err) < 0) {
                    fe->problem(fe->ud, err ? err : _("out of memory"));
                    free(err);
                    err = NULL;
                    continue;
                }
                if (fe->changed)
                    fe->changed(fe->ud, run);
                redraw = true;
                continue;
            }
            if (v.at_ending || cmd.arg < 0 || cmd.arg >= v.n_shown) {
                fe->problem(fe->ud, N_("That is not one of the choices."));
                continue;
            }
            Feedback f = {0};
            f.choice = &run->story->scenes[run->pos.scene].choices[v.shown[cmd.arg]];
            memcpy(f.before, run->pos.meters, sizeof f.before);
            if (run_choose(run, v.shown[cmd.arg], &f.info, &err) < 0) {
                fe->problem(fe->ud, err ? err : _("out of memory"));
                free(err);
                err = NULL;
                continue;
            }
            failures = 0;
            memcpy(f.after, run->pos.meters, sizeof f.after);
            if (fe->changed)
                fe->changed(fe->ud, run);
            fe->feedback(fe->ud, &v, &f);
            redraw = true;
        }
        textbuf_free(&buf);
    }
}
