/* story_builder.h — building small stories by hand in C for the unit tests, so a
 * test of the core does not depend on the Lua loader. Every helper asserts on
 * failure (out of memory, a typo in a test), so a test reads as the story. */
#ifndef BESIDE_TEST_STORY_BUILDER_H
#define BESIDE_TEST_STORY_BUILDER_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/story.h"
#include "core/text.h"

/* A story with the three standard meters (resentment 20, growth 30, intimacy 40)
 * and the given id; the caller adds scenes and calls sb_finish(). */
static inline Story *sb_new(const char *id)
{
    Story *s = story_new("built.lua");
    assert_non_null(s);
    s->id = text_dup(id);
    s->title = text_dup(id);
    s->line = 1;
    return s;
}

static inline void sb_start(Story *s, const char *scene_id)
{
    free(s->start_id);
    s->start_id = text_dup(scene_id);
}

/* Adds a scene (or an ending) with the given id and returns its index. The
 * first scene added becomes the start unless sb_start says otherwise. */
static inline int sb_scene(Story *s, const char *id, bool is_ending)
{
    int i = story_add_scene(s, id, 10 * (s->n_scenes + 1), is_ending);
    assert_true(i >= 0);
    if (!s->start_id)
        sb_start(s, id);
    return i;
}

/* Adds a paragraph shown when `when` holds (NULL: always). */
static inline void sb_para(Story *s, int scene, const char *when, const char *text)
{
    Scene *sc = &s->scenes[scene];
    Para *p = realloc(sc->paras, (size_t)(sc->n_paras + 1) * sizeof *p);
    assert_non_null(p);
    sc->paras = p;
    p = &sc->paras[sc->n_paras++];
    memset(p, 0, sizeof *p);
    p->text = text_dup(text);
    p->line = sc->line + 1;
    p->when.line = p->line;
    if (when)
        p->when.source = text_dup(when);
}

/* Adds a choice going to `next` (NULL: add routes with sb_route) and returns
 * its index in the scene. */
static inline int sb_choice(Story *s, int scene, const char *text, const char *next)
{
    Scene *sc = &s->scenes[scene];
    Choice *c = realloc(sc->choices, (size_t)(sc->n_choices + 1) * sizeof *c);
    assert_non_null(c);
    sc->choices = c;
    int index = sc->n_choices++;
    c = &sc->choices[index];
    memset(c, 0, sizeof *c);
    c->kind = KIND_SUPPORT;
    c->text = text_dup(text);
    c->because = text_dup("because");
    c->line = sc->line + 2 + index;
    c->when.line = c->line;
    if (next) {
        c->next = calloc(1, sizeof *c->next);
        assert_non_null(c->next);
        c->next[0].scene_id = text_dup(next);
        c->next[0].scene = -1;
        c->next[0].when.line = c->line;
        c->n_next = 1;
    }
    return index;
}

static inline Choice *sb_get(Story *s, int scene, int choice)
{
    return &s->scenes[scene].choices[choice];
}

/* Adds a route: to `scene_id` when `when` holds (NULL: always). */
static inline void sb_route(Story *s, int scene, int choice, const char *when, const char *scene_id)
{
    Choice *c = sb_get(s, scene, choice);
    Route *r = realloc(c->next, (size_t)(c->n_next + 1) * sizeof *r);
    assert_non_null(r);
    c->next = r;
    r = &c->next[c->n_next++];
    memset(r, 0, sizeof *r);
    r->scene_id = text_dup(scene_id);
    r->scene = -1;
    r->when.line = c->line;
    if (when)
        r->when.source = text_dup(when);
}

static inline void sb_when(Story *s, int scene, int choice, const char *when)
{
    Choice *c = sb_get(s, scene, choice);
    free(c->when.source);
    c->when.source = text_dup(when);
}

static inline void sb_effect_to(EffectList *list, int meter, EffectOp op, int amount)
{
    Effect *e = realloc(list->items, (size_t)(list->count + 1) * sizeof *e);
    assert_non_null(e);
    list->items = e;
    list->items[list->count++] = (Effect){meter, op, amount};
}

static inline void sb_effect(Story *s, int scene, int choice, int meter, EffectOp op, int amount)
{
    sb_effect_to(&sb_get(s, scene, choice)->effects, meter, op, amount);
}

static inline void sb_flags_add(int **list, int *count, int flag)
{
    int *l = realloc(*list, (size_t)(*count + 1) * sizeof *l);
    assert_non_null(l);
    *list = l;
    l[(*count)++] = flag;
}

static inline int sb_set(Story *s, int scene, int choice, const char *flag)
{
    Choice *c = sb_get(s, scene, choice);
    int f = story_flag(s, flag, c->line);
    assert_true(f >= 0);
    sb_flags_add(&c->set_flags, &c->n_set, f);
    return f;
}

static inline int sb_clear(Story *s, int scene, int choice, const char *flag)
{
    Choice *c = sb_get(s, scene, choice);
    int f = story_flag(s, flag, c->line);
    assert_true(f >= 0);
    sb_flags_add(&c->clear_flags, &c->n_clear, f);
    return f;
}

/* Adds a delayed effect of one change, landing `after` choices later.
 * Returns its index in the choice's later list. */
static inline int sb_later(Story *s, int scene, int choice, int after, int meter, EffectOp op,
                           int amount)
{
    Choice *c = sb_get(s, scene, choice);
    Later *l = realloc(c->later, (size_t)(c->n_later + 1) * sizeof *l);
    assert_non_null(l);
    c->later = l;
    l = &c->later[c->n_later++];
    memset(l, 0, sizeof *l);
    l->after = after;
    l->line = c->line;
    sb_effect_to(&l->effects, meter, op, amount);
    return c->n_later - 1;
}

/* Resolves the story; the test fails if story_finish reports anything. */
static inline void sb_finish(Story *s)
{
    DiagList d = {0};
    int errors = story_finish(s, &d);
    if (errors) {
        diag_print(&d, stderr);
        diag_list_clear(&d);
        fail_msg("story_finish reported %d errors", errors);
    }
    diag_list_clear(&d);
}

#endif
