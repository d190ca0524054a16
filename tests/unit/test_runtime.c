/* test_runtime.c — the state machine: effects and fairmath, conditions,
 * routes, flags, delayed effects, runs with rewind, and the play loop driven
 * by a scripted front end. Stories are built by hand in C. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/game.h"
#include "core/runtime.h"
#include "story_builder.h"

enum { R = METER_RESENTMENT, G = METER_GROWTH, I = METER_INTIMACY };

static void assert_position_equal(const Position *a, const Position *b)
{
    assert_int_equal(a->scene, b->scene);
    assert_memory_equal(a->meters, b->meters, sizeof a->meters);
    assert_memory_equal(a->flags, b->flags, sizeof a->flags);
    assert_int_equal(a->n_pending, b->n_pending);
    /* All entries, used or not: unused ones must be zero on both sides. */
    for (int i = 0; i < STORY_MAX_PENDING; i++) {
        assert_int_equal(a->pending[i].scene, b->pending[i].scene);
        assert_int_equal(a->pending[i].choice, b->pending[i].choice);
        assert_int_equal(a->pending[i].later, b->pending[i].later);
        assert_int_equal(a->pending[i].remaining, b->pending[i].remaining);
    }
}

static Position step_ok(const Story *s, const Position *in, int choice, StepInfo *info)
{
    Position out;
    char *err = NULL;
    if (runtime_step(s, in, choice, &out, info, &err) < 0)
        fail_msg("runtime_step failed: %s", err);
    return out;
}

static void choose_ok(Run *r, int choice, StepInfo *info)
{
    char *err = NULL;
    if (run_choose(r, choice, info, &err) < 0)
        fail_msg("run_choose(%d) failed: %s", choice, err);
}

/* ---- effects ---- */

static void add_raises_and_lowers(void **state)
{
    (void)state;
    assert_int_equal(runtime_apply_effect(40, EFFECT_ADD, 10), 50);
    assert_int_equal(runtime_apply_effect(40, EFFECT_ADD, -15), 25);
    assert_int_equal(runtime_apply_effect(40, EFFECT_ADD, 0), 40);
}

static void set_replaces(void **state)
{
    (void)state;
    assert_int_equal(runtime_apply_effect(40, EFFECT_SET, 70), 70);
    assert_int_equal(runtime_apply_effect(40, EFFECT_SET, 0), 0);
    assert_int_equal(runtime_apply_effect(40, EFFECT_SET, 100), 100);
}

static void results_are_clamped_to_0_and_100(void **state)
{
    (void)state;
    assert_int_equal(runtime_apply_effect(95, EFFECT_ADD, 10), 100);
    assert_int_equal(runtime_apply_effect(100, EFFECT_ADD, 1), 100);
    assert_int_equal(runtime_apply_effect(5, EFFECT_ADD, -10), 0);
    assert_int_equal(runtime_apply_effect(0, EFFECT_ADD, -1), 0);
    assert_int_equal(runtime_apply_effect(0, EFFECT_ADD, -100), 0);
    assert_int_equal(runtime_apply_effect(40, EFFECT_SET, 150), 100);
    assert_int_equal(runtime_apply_effect(40, EFFECT_SET, -5), 0);
}

static void fairmath_takes_a_share_of_the_room_left(void **state)
{
    (void)state;
    /* Up: value + amount% of (100 - value). */
    assert_int_equal(runtime_apply_effect(40, EFFECT_FAIR, 20), 52);   /* 40 + 0.2 * 60 */
    assert_int_equal(runtime_apply_effect(0, EFFECT_FAIR, 50), 50);    /* 0 + 0.5 * 100 */
    assert_int_equal(runtime_apply_effect(80, EFFECT_FAIR, 50), 90);   /* 80 + 0.5 * 20 */
    assert_int_equal(runtime_apply_effect(50, EFFECT_FAIR, 100), 100); /* all the room */
    assert_int_equal(runtime_apply_effect(100, EFFECT_FAIR, 50), 100); /* no room */
    assert_int_equal(runtime_apply_effect(10, EFFECT_FAIR, 0), 10);
    /* Down: value - amount% of value. */
    assert_int_equal(runtime_apply_effect(40, EFFECT_FAIR, -25), 30);  /* 40 - 0.25 * 40 */
    assert_int_equal(runtime_apply_effect(100, EFFECT_FAIR, -50), 50);
    assert_int_equal(runtime_apply_effect(50, EFFECT_FAIR, -100), 0);
    assert_int_equal(runtime_apply_effect(0, EFFECT_FAIR, -50), 0);
}

static void fairmath_rounds_halves_away_from_zero(void **state)
{
    (void)state;
    /* 45 + 0.1 * 55 = 50.5: the rise of 5.5 rounds to 6 (truncating gives 50). */
    assert_int_equal(runtime_apply_effect(45, EFFECT_FAIR, 10), 51);
    /* 35 + 0.1 * 65 = 41.5: 6.5 rounds to 7 (to-even would give 41). */
    assert_int_equal(runtime_apply_effect(35, EFFECT_FAIR, 10), 42);
    /* 45 - 0.1 * 45 = 40.5: the fall of 4.5 rounds to 5 (rounding the result
     * half up would give 41, to-even 41 as well). */
    assert_int_equal(runtime_apply_effect(45, EFFECT_FAIR, -10), 40);
    /* 99 + 0.5 * 1 = 99.5 -> 100; 1 - 0.5 * 1 = 0.5 -> 0. */
    assert_int_equal(runtime_apply_effect(99, EFFECT_FAIR, 50), 100);
    assert_int_equal(runtime_apply_effect(1, EFFECT_FAIR, -50), 0);
    /* Below a half rounds toward no change: 33 + 0.01 * 67 = 33.67 -> 34,
     * 33 - 0.01 * 33 = 32.67 -> 33. */
    assert_int_equal(runtime_apply_effect(33, EFFECT_FAIR, 1), 34);
    assert_int_equal(runtime_apply_effect(33, EFFECT_FAIR, -1), 33);
}

static void a_choice_applies_each_effect_to_its_meter(void **state)
{
    (void)state;
    Story *s = sb_new("effects");
    int a = sb_scene(s, "a", false);
    sb_scene(s, "end", true);
    int c = sb_choice(s, a, "Do it", "end");
    sb_effect(s, a, c, R, EFFECT_ADD, 10);
    sb_effect(s, a, c, G, EFFECT_FAIR, 20);
    sb_effect(s, a, c, I, EFFECT_SET, 70);
    sb_effect(s, a, c, R, EFFECT_ADD, -5); /* a second change to one meter, in order */
    sb_finish(s);
    Position p;
    runtime_start(s, &p);
    assert_int_equal(p.scene, a);
    assert_int_equal(p.meters[R], 20);
    assert_int_equal(p.meters[G], 30);
    assert_int_equal(p.meters[I], 40);
    Position q = step_ok(s, &p, c, NULL);
    assert_int_equal(q.scene, 1);
    assert_int_equal(q.meters[R], 25);  /* 20 + 10 - 5 */
    assert_int_equal(q.meters[G], 44);  /* 30 + 0.2 * 70 */
    assert_int_equal(q.meters[I], 70);
    assert_true(runtime_at_ending(s, &q));
    /* The input position is untouched. */
    assert_int_equal(p.meters[R], 20);
    story_free(s);
}

/* ---- conditions, text, routes, flags ---- */

/* hub: 0 "Grow" (growth +20, sets met) -> hub; 1 "When grown" (growth >= 50)
 * -> end; 2 "Before meeting" (not met) -> end. Text: "You have met." when
 * met, "Always.", "Still small." when growth < 40. */
static Story *hub_story(void)
{
    Story *s = sb_new("hub");
    int h = sb_scene(s, "hub", false);
    sb_scene(s, "end", true);
    int grow = sb_choice(s, h, "Grow", "hub");
    sb_effect(s, h, grow, G, EFFECT_ADD, 20);
    sb_set(s, h, grow, "met");
    sb_when(s, h, sb_choice(s, h, "When grown", "end"), "growth >= 50");
    sb_when(s, h, sb_choice(s, h, "Before meeting", "end"), "not met");
    sb_para(s, h, "met", "You have met.");
    sb_para(s, h, NULL, "Always.");
    sb_para(s, h, "growth < 40", "Still small.");
    sb_finish(s);
    return s;
}

static void conditions_hide_choices(void **state)
{
    (void)state;
    Story *s = hub_story();
    Position p, q;
    runtime_start(s, &p);
    int shown[STORY_MAX_CHOICES];
    char *err = NULL;
    assert_int_equal(runtime_choices(s, &p, shown, &err), 2);
    assert_int_equal(shown[0], 0);
    assert_int_equal(shown[1], 2);
    q = step_ok(s, &p, 0, NULL); /* growth 50, met */
    assert_int_equal(runtime_choices(s, &q, shown, &err), 2);
    assert_int_equal(shown[0], 0);
    assert_int_equal(shown[1], 1);
    story_free(s);
}

static void text_paragraphs_show_when_their_condition_holds(void **state)
{
    (void)state;
    Story *s = hub_story();
    Position p, q;
    runtime_start(s, &p);
    char *err = NULL;
    TextBuf b = {0};
    assert_int_equal(runtime_scene_text(s, &p, &b, &err), 0);
    assert_string_equal(b.data, "Always.\n\nStill small.");
    textbuf_free(&b);
    q = step_ok(s, &p, 0, NULL);
    assert_int_equal(runtime_scene_text(s, &q, &b, &err), 0);
    assert_string_equal(b.data, "You have met.\n\nAlways.");
    textbuf_free(&b);
    story_free(s);
}

static void run_choose_refuses_a_hidden_choice_and_leaves_the_run_unchanged(void **state)
{
    (void)state;
    Story *s = hub_story();
    Run r;
    run_init(&r, s);
    Position before = r.pos;
    char *err = NULL;
    assert_int_equal(run_choose(&r, 1, NULL, &err), -1); /* growth is 30, not >= 50 */
    assert_string_equal(err, "choice 2 is not offered in scene 'hub'");
    free(err);
    err = NULL;
    assert_int_equal(run_choose(&r, 7, NULL, &err), -1); /* no such choice */
    assert_string_equal(err, "choice 8 is not offered in scene 'hub'");
    free(err);
    err = NULL;
    assert_int_equal(run_choose(&r, -1, NULL, &err), -1);
    free(err);
    err = NULL;
    assert_int_equal(r.n_steps, 0);
    assert_position_equal(&r.pos, &before);

    choose_ok(&r, 0, NULL);
    choose_ok(&r, 1, NULL); /* now shown */
    assert_true(runtime_at_ending(s, &r.pos));
    before = r.pos;
    assert_int_equal(run_choose(&r, 0, NULL, &err), -1);
    assert_string_equal(err, "the story has ended; there are no more choices");
    free(err);
    assert_int_equal(r.n_steps, 2);
    assert_position_equal(&r.pos, &before);
    run_free(&r);
    story_free(s);
}

/* a: one choice with routes: angry when resentment > 50, friendly when met,
 * plain otherwise. */
static void the_first_route_whose_condition_holds_is_taken(void **state)
{
    (void)state;
    Story *s = sb_new("routes");
    int a = sb_scene(s, "a", false);
    int angry = sb_scene(s, "angry", true);
    int friendly = sb_scene(s, "friendly", true);
    int plain = sb_scene(s, "plain", true);
    int c = sb_choice(s, a, "Knock", NULL);
    sb_route(s, a, c, "resentment > 50", "angry");
    sb_route(s, a, c, "met", "friendly");
    sb_route(s, a, c, NULL, "plain");
    int met = story_flag(s, "met", 1);
    sb_finish(s);
    Position p;
    runtime_start(s, &p);
    assert_int_equal(step_ok(s, &p, c, NULL).scene, plain);
    p.flags[met >> 3] |= (uint8_t)(1u << (met & 7));
    assert_int_equal(step_ok(s, &p, c, NULL).scene, friendly);
    p.meters[R] = 60; /* both conditions hold: the first wins */
    assert_int_equal(step_ok(s, &p, c, NULL).scene, angry);
    story_free(s);
}

static void routes_see_the_choices_own_effects(void **state)
{
    (void)state;
    Story *s = sb_new("routes-after");
    int a = sb_scene(s, "a", false);
    int high = sb_scene(s, "high", true);
    sb_scene(s, "low", true);
    int c = sb_choice(s, a, "Push", NULL);
    sb_effect(s, a, c, R, EFFECT_ADD, 40); /* 20 -> 60 */
    sb_set(s, a, c, "pushed");
    sb_route(s, a, c, "resentment > 50 and pushed", "high");
    sb_route(s, a, c, NULL, "low");
    sb_finish(s);
    Position p;
    runtime_start(s, &p);
    assert_int_equal(step_ok(s, &p, c, NULL).scene, high);
    story_free(s);
}

static void no_route_holding_is_an_error_and_the_run_is_unchanged(void **state)
{
    (void)state;
    Story *s = sb_new("stuck");
    int a = sb_scene(s, "a", false);
    sb_scene(s, "b", true);
    int c = sb_choice(s, a, "Try", NULL);
    sb_route(s, a, c, "growth > 90", "b");
    sb_finish(s);
    Run r;
    run_init(&r, s);
    Position before = r.pos;
    char *err = NULL;
    assert_int_equal(run_choose(&r, c, NULL, &err), -1);
    char *want = text_format("built.lua:%d: none of this choice's next = { ... } conditions "
                             "held, so the story has nowhere to go. End the list with a plain "
                             "scene id that always applies.", sb_get(s, a, c)->line);
    assert_string_equal(err, want);
    free(want);
    free(err);
    assert_int_equal(r.n_steps, 0);
    assert_position_equal(&r.pos, &before);
    run_free(&r);
    story_free(s);
}

static void flags_are_set_and_cleared(void **state)
{
    (void)state;
    Story *s = sb_new("flags");
    int a = sb_scene(s, "a", false);
    sb_scene(s, "end", true);
    int on = sb_choice(s, a, "On", "a");
    int x = sb_set(s, a, on, "x");
    int y = sb_set(s, a, on, "y");
    int off = sb_choice(s, a, "Off", "a");
    sb_clear(s, a, off, "x");
    int z = sb_clear(s, a, off, "z"); /* never set: stays clear */
    sb_choice(s, a, "Leave", "end");
    sb_finish(s);
    Position p;
    runtime_start(s, &p);
    assert_false(position_flag(&p, x));
    assert_false(position_flag(&p, y));
    p = step_ok(s, &p, on, NULL);
    assert_true(position_flag(&p, x));
    assert_true(position_flag(&p, y));
    assert_false(position_flag(&p, z));
    p = step_ok(s, &p, on, NULL); /* setting again changes nothing */
    assert_true(position_flag(&p, x));
    p = step_ok(s, &p, off, NULL);
    assert_false(position_flag(&p, x));
    assert_true(position_flag(&p, y));
    assert_false(position_flag(&p, z));
    story_free(s);
}

static void a_flag_past_the_first_byte_is_kept_in_its_own_bit(void **state)
{
    (void)state;
    Story *s = sb_new("many-flags");
    int a = sb_scene(s, "a", false);
    sb_scene(s, "end", true);
    int c = sb_choice(s, a, "Go", "end");
    char name[16];
    for (int i = 0; i < 20; i++) {
        snprintf(name, sizeof name, "f%d", i);
        story_flag(s, name, 1);
    }
    int f13 = sb_set(s, a, c, "f13");
    sb_finish(s);
    Position p;
    runtime_start(s, &p);
    p = step_ok(s, &p, c, NULL);
    for (int i = 0; i < 20; i++)
        assert_int_equal(position_flag(&p, i), i == f13);
    assert_int_equal(p.flags[13 >> 3], 1u << (13 & 7));
    story_free(s);
}

/* ---- delayed effects ---- */

/* s1 -> s2 -> s3 -> s4 -> end, one choice each. s1's choice promises
 * resentment +30 two choices later. */
static Story *chain_story(void)
{
    Story *s = sb_new("chain");
    const char *ids[] = {"s1", "s2", "s3", "s4", "end"};
    for (int i = 0; i < 5; i++)
        sb_scene(s, ids[i], i == 4);
    for (int i = 0; i < 4; i++)
        sb_choice(s, i, "On", ids[i + 1]);
    sb_later(s, 0, 0, 2, R, EFFECT_ADD, 30);
    sb_finish(s);
    return s;
}

static void a_delayed_effect_lands_after_its_number_of_choices(void **state)
{
    (void)state;
    Story *s = chain_story();
    Run r;
    run_init(&r, s);
    StepInfo info;
    choose_ok(&r, 0, &info); /* made the promise */
    assert_int_equal(info.n_landed, 0);
    assert_int_equal(r.pos.n_pending, 1);
    assert_int_equal(r.pos.pending[0].scene, 0);
    assert_int_equal(r.pos.pending[0].choice, 0);
    assert_int_equal(r.pos.pending[0].later, 0);
    assert_int_equal(r.pos.pending[0].remaining, 2);
    assert_int_equal(r.pos.meters[R], 20);
    choose_ok(&r, 0, &info); /* one choice later: still waiting */
    assert_int_equal(info.n_landed, 0);
    assert_int_equal(r.pos.n_pending, 1);
    assert_int_equal(r.pos.pending[0].remaining, 1);
    assert_int_equal(r.pos.meters[R], 20);
    choose_ok(&r, 0, &info); /* two choices later: lands */
    assert_int_equal(info.n_landed, 1);
    assert_int_equal(info.landed[0].scene, 0);
    assert_int_equal(info.landed[0].choice, 0);
    assert_int_equal(info.landed[0].later, 0);
    assert_int_equal(r.pos.n_pending, 0);
    assert_int_equal(r.pos.pending[0].remaining, 0); /* the emptied entry is zero */
    assert_int_equal(r.pos.meters[R], 50);
    choose_ok(&r, 0, &info); /* nothing left to land */
    assert_int_equal(info.n_landed, 0);
    assert_int_equal(r.pos.meters[R], 50);
    run_free(&r);
    story_free(s);
}

static void a_delayed_effect_lands_before_the_choices_own_effects(void **state)
{
    (void)state;
    Story *s = sb_new("order");
    int a = sb_scene(s, "a", false);
    int b = sb_scene(s, "b", false);
    sb_scene(s, "end", true);
    sb_later(s, a, sb_choice(s, a, "Promise", "b"), 1, R, EFFECT_SET, 50);
    sb_effect(s, b, sb_choice(s, b, "Act", "end"), R, EFFECT_ADD, 10);
    sb_finish(s);
    Position p;
    runtime_start(s, &p);
    p = step_ok(s, &p, 0, NULL);
    p = step_ok(s, &p, 0, NULL);
    assert_int_equal(p.meters[R], 60); /* =50, then +10; the other order gives 50 */
    story_free(s);
}

static void every_waiting_effect_lands_at_an_ending(void **state)
{
    (void)state;
    Story *s = sb_new("catch-up");
    int s1 = sb_scene(s, "s1", false);
    int s2 = sb_scene(s, "s2", false);
    sb_scene(s, "end", true);
    sb_choice(s, s1, "Promise", "s2");
    sb_later(s, s1, 0, 5, G, EFFECT_ADD, 10);
    sb_later(s, s1, 0, 3, I, EFFECT_ADD, -10);
    sb_choice(s, s2, "Finish", "end");
    sb_later(s, s2, 0, 4, R, EFFECT_ADD, 5); /* made on the way into the ending */
    sb_finish(s);
    Run r;
    run_init(&r, s);
    StepInfo info;
    choose_ok(&r, 0, &info);
    assert_int_equal(r.pos.n_pending, 2);
    choose_ok(&r, 0, &info);
    assert_true(runtime_at_ending(s, &r.pos));
    assert_int_equal(r.pos.n_pending, 0);
    assert_int_equal(r.pos.meters[G], 40);
    assert_int_equal(r.pos.meters[I], 30);
    assert_int_equal(r.pos.meters[R], 25);
    assert_int_equal(info.n_landed, 3);
    assert_int_equal(info.landed[0].scene, s1);
    assert_int_equal(info.landed[0].later, 0);
    assert_int_equal(info.landed[1].scene, s1);
    assert_int_equal(info.landed[1].later, 1);
    assert_int_equal(info.landed[2].scene, s2);
    assert_int_equal(info.landed[2].choice, 0);
    assert_int_equal(info.landed[2].later, 0);
    for (int i = 0; i < STORY_MAX_PENDING; i++)
        assert_int_equal(r.pos.pending[i].remaining, 0);
    /* The history records the meters after all of it landed. */
    assert_int_equal(r.steps[1].meters[G], 40);
    run_free(&r);
    story_free(s);
}

static void too_many_waiting_effects_is_an_error(void **state)
{
    (void)state;
    Story *s = sb_new("flood");
    int a = sb_scene(s, "a", false);
    sb_scene(s, "end", true);
    int c = sb_choice(s, a, "Again", "a");
    for (int i = 0; i < 8; i++)
        sb_later(s, a, c, 50, R, EFFECT_ADD, 1);
    sb_choice(s, a, "Leave", "end");
    sb_finish(s);
    Run r;
    run_init(&r, s);
    choose_ok(&r, c, NULL);
    choose_ok(&r, c, NULL);
    choose_ok(&r, c, NULL);
    assert_int_equal(r.pos.n_pending, 24);
    Position before = r.pos;
    char *err = NULL;
    assert_int_equal(run_choose(&r, c, NULL, &err), -1);
    char *want = text_format("built.lua:%d: more than 24 delayed effects are waiting at once. "
                             "Use fewer later = { ... } entries or shorter delays.",
                             sb_get(s, a, c)->line);
    assert_string_equal(err, want);
    free(want);
    free(err);
    assert_int_equal(r.n_steps, 3);
    assert_position_equal(&r.pos, &before);
    run_free(&r);
    story_free(s);
}

/* ---- runs: history and rewind ---- */

/* A story with meters, a flag and a delayed effect in the way, so rewinding
 * must restore all of them: a (2 choices) -> b -> c (loops once) -> end. */
static Story *rewind_story(void)
{
    Story *s = sb_new("rewind");
    int a = sb_scene(s, "a", false);
    int b = sb_scene(s, "b", false);
    int c = sb_scene(s, "c", false);
    sb_scene(s, "end", true);
    sb_effect(s, a, sb_choice(s, a, "Left", "b"), G, EFFECT_FAIR, 20);
    int right = sb_choice(s, a, "Right", "b");
    sb_set(s, a, right, "right");
    sb_later(s, a, right, 2, R, EFFECT_ADD, 15);
    sb_effect(s, b, sb_choice(s, b, "Wait", "c"), I, EFFECT_ADD, 5);
    int again = sb_choice(s, c, "Again", "c");
    sb_when(s, c, again, "not again");
    sb_set(s, c, again, "again");
    sb_effect(s, c, again, R, EFFECT_ADD, 1);
    sb_choice(s, c, "End", "end");
    sb_finish(s);
    return s;
}

static void run_records_each_choice_with_the_meters_after_it(void **state)
{
    (void)state;
    Story *s = rewind_story();
    Run r;
    run_init(&r, s);
    choose_ok(&r, 1, NULL); /* a: Right */
    choose_ok(&r, 0, NULL); /* b: Wait */
    assert_int_equal(r.n_steps, 2);
    assert_int_equal(r.steps[0].scene, 0);
    assert_int_equal(r.steps[0].choice, 1);
    assert_int_equal(r.steps[0].meters[R], 20);
    assert_int_equal(r.steps[1].scene, 1);
    assert_int_equal(r.steps[1].choice, 0);
    assert_int_equal(r.steps[1].meters[I], 45);
    run_free(&r);
    story_free(s);
}

static void rewind_to_every_earlier_point_matches_replaying(void **state)
{
    (void)state;
    Story *s = rewind_story();
    const int choices[] = {1, 0, 0, 1};
    enum { N = 4 };
    /* Expected positions, by stepping by hand from the start. */
    Position expect[N + 1];
    runtime_start(s, &expect[0]);
    for (int i = 0; i < N; i++)
        expect[i + 1] = step_ok(s, &expect[i], choices[i], NULL);
    /* Hand check of the end: resentment 20 + 15 (landed) + 1 = 36. */
    assert_int_equal(expect[N].meters[R], 36);
    assert_int_equal(expect[N].meters[I], 45);
    assert_int_equal(expect[2].n_pending, 1);

    Run full;
    run_init(&full, s);
    for (int i = 0; i < N; i++)
        choose_ok(&full, choices[i], NULL);
    assert_position_equal(&full.pos, &expect[N]);
    for (int n = N; n >= 0; n--) {
        Run r;
        assert_int_equal(run_copy(&r, &full), 0);
        char *err = NULL;
        if (run_rewind(&r, n, &err) < 0)
            fail_msg("rewind to %d: %s", n, err);
        assert_int_equal(r.n_steps, n);
        assert_position_equal(&r.pos, &expect[n]);
        for (int i = 0; i < n; i++) {
            assert_int_equal(r.steps[i].choice, choices[i]);
            assert_memory_equal(r.steps[i].meters, expect[i + 1].meters, sizeof r.steps[i].meters);
        }
        /* Play on from there: the same choices give the same end. */
        for (int i = n; i < N; i++)
            choose_ok(&r, choices[i], NULL);
        assert_position_equal(&r.pos, &expect[N]);
        run_free(&r);
    }
    /* Rewinding in place, step by step, also works. */
    for (int n = N - 1; n >= 0; n--) {
        char *err = NULL;
        assert_int_equal(run_rewind(&full, n, &err), 0);
        assert_position_equal(&full.pos, &expect[n]);
    }
    run_free(&full);
    story_free(s);
}

static void rewind_out_of_range_is_refused_and_changes_nothing(void **state)
{
    (void)state;
    Story *s = rewind_story();
    Run r;
    run_init(&r, s);
    choose_ok(&r, 0, NULL);
    Position before = r.pos;
    char *err = NULL;
    assert_int_equal(run_rewind(&r, 2, &err), -1);
    assert_string_equal(err, "there is no choice 2 to go back to");
    free(err);
    err = NULL;
    assert_int_equal(run_rewind(&r, -1, &err), -1);
    assert_string_equal(err, "there is no choice -1 to go back to");
    free(err);
    assert_int_equal(r.n_steps, 1);
    assert_position_equal(&r.pos, &before);
    run_free(&r);
    story_free(s);
}

static void rewind_refuses_a_history_that_does_not_fit_the_story(void **state)
{
    (void)state;
    /* A history can come from a save made before the story was edited. */
    Story *s = rewind_story();
    Run r;
    run_init(&r, s);
    choose_ok(&r, 0, NULL);
    choose_ok(&r, 0, NULL);
    choose_ok(&r, 1, NULL); /* c: End */
    Position before = r.pos;
    r.steps[1].scene = 2;   /* the history now claims scene c came second... */
    r.steps[1].choice = 1;  /* ...where b has only one choice */
    char *err = NULL;
    assert_int_equal(run_rewind(&r, 3, &err), -1);
    assert_string_equal(err, "choice 2 of the history does not fit the story: it was made in "
                             "scene 'c', but replaying reaches scene 'b'");
    free(err);
    err = NULL;
    r.steps[1].scene = 1; /* the right scene, but a choice it does not have */
    assert_int_equal(run_rewind(&r, 3, &err), -1);
    free(err);
    assert_int_equal(r.n_steps, 3);
    assert_position_equal(&r.pos, &before);
    run_free(&r);
    story_free(s);
}

static void run_copy_is_deep(void **state)
{
    (void)state;
    Story *s = rewind_story();
    Run a, b;
    run_init(&a, s);
    choose_ok(&a, 0, NULL);
    assert_int_equal(run_copy(&b, &a), 0);
    choose_ok(&b, 0, NULL);
    assert_int_equal(a.n_steps, 1);
    assert_int_equal(b.n_steps, 2);
    assert_int_equal(a.pos.scene, 1);
    assert_int_equal(b.pos.scene, 2);
    assert_ptr_not_equal(a.steps, b.steps);
    run_free(&a);
    run_free(&b);
    run_free(NULL);
    Run empty;
    run_init(&empty, s);
    assert_int_equal(run_copy(&b, &empty), 0);
    assert_int_equal(b.n_steps, 0);
    run_free(&b);
    run_free(&empty);
    story_free(s);
}

/* ---- the play loop with a scripted front end ---- */

typedef struct {
    const GameCommand *script;
    int n_script, next;
    TextBuf log;
} Script;

static void fe_scene(void *ud, const SceneView *v)
{
    Script *sc = ud;
    textbuf_printf(&sc->log, "scene %s [%s] shown", v->story->scenes[v->run->pos.scene].id,
                   v->text);
    for (int i = 0; i < v->n_shown; i++)
        textbuf_printf(&sc->log, " %d", v->shown[i]);
    textbuf_puts(&sc->log, v->at_ending ? " ending\n" : "\n");
}

static GameCommand fe_ask(void *ud, const SceneView *v)
{
    (void)v;
    Script *sc = ud;
    if (sc->next == sc->n_script)
        return (GameCommand){GAME_QUIT, 0};
    GameCommand c = sc->script[sc->next++];
    textbuf_printf(&sc->log, "ask -> %s %d\n",
                   c.type == GAME_CHOOSE ? "choose" : c.type == GAME_REWIND ? "rewind" : "quit",
                   c.arg);
    return c;
}

static void fe_feedback(void *ud, const SceneView *v, const Feedback *f)
{
    (void)v;
    Script *sc = ud;
    textbuf_printf(&sc->log, "feedback %s r%d>%d g%d>%d landed %d\n", f->choice->text,
                   f->before[R], f->after[R], f->before[G], f->after[G], f->info.n_landed);
}

static void fe_ending(void *ud, const SceneView *v)
{
    Script *sc = ud;
    textbuf_printf(&sc->log, "ending %s\n", v->story->scenes[v->run->pos.scene].id);
}

static void fe_problem(void *ud, const char *message)
{
    Script *sc = ud;
    textbuf_printf(&sc->log, "problem %s\n", message);
}

static void fe_changed(void *ud, const Run *run)
{
    Script *sc = ud;
    textbuf_printf(&sc->log, "changed %d\n", run->n_steps);
}

static Frontend script_frontend(Script *sc)
{
    return (Frontend){sc, fe_scene, fe_ask, fe_feedback, fe_ending, fe_problem, fe_changed};
}

/* first: 0 Left (growth +10), 1 Right (resentment +10) -> second: 0 On -> end. */
static Story *play_story(void)
{
    Story *s = sb_new("play");
    int first = sb_scene(s, "first", false);
    int second = sb_scene(s, "second", false);
    int end = sb_scene(s, "end", true);
    sb_para(s, first, NULL, "First.");
    sb_para(s, second, NULL, "Second.");
    sb_para(s, end, NULL, "The end.");
    sb_effect(s, first, sb_choice(s, first, "Left", "second"), G, EFFECT_ADD, 10);
    sb_effect(s, first, sb_choice(s, first, "Right", "second"), R, EFFECT_ADD, 10);
    sb_choice(s, second, "On", "end");
    sb_finish(s);
    return s;
}

static void game_play_follows_the_players_commands(void **state)
{
    (void)state;
    Story *s = play_story();
    const GameCommand cmds[] = {
        {GAME_CHOOSE, 0}, {GAME_REWIND, 0}, {GAME_CHOOSE, 1}, {GAME_CHOOSE, 5},
        {GAME_REWIND, 9}, {GAME_CHOOSE, 0}, {GAME_CHOOSE, 0}, {GAME_REWIND, 1},
        {GAME_QUIT, 0},
    };
    Script sc = {cmds, sizeof cmds / sizeof cmds[0], 0, {0}};
    Frontend fe = script_frontend(&sc);
    Run r;
    run_init(&r, s);
    assert_int_equal(game_play(&r, &fe), GAME_QUIT_BY_PLAYER);
    assert_string_equal(sc.log.data,
                        "scene first [First.] shown 0 1\n"
                        "ask -> choose 0\n"
                        "changed 1\n"
                        "feedback Left r20>20 g30>40 landed 0\n"
                        "scene second [Second.] shown 0\n"
                        "ask -> rewind 0\n"
                        "changed 0\n"
                        "scene first [First.] shown 0 1\n"
                        "ask -> choose 1\n"
                        "changed 1\n"
                        "feedback Right r20>30 g30>30 landed 0\n"
                        "scene second [Second.] shown 0\n"
                        "ask -> choose 5\n"
                        "problem That is not one of the choices.\n"
                        "ask -> rewind 9\n"
                        "problem there is no choice 9 to go back to\n"
                        "ask -> choose 0\n"
                        "changed 2\n"
                        "feedback On r30>30 g30>30 landed 0\n"
                        "scene end [The end.] shown ending\n"
                        "ending end\n"
                        "ask -> choose 0\n"
                        "problem That is not one of the choices.\n"
                        "ask -> rewind 1\n"
                        "changed 1\n"
                        "scene second [Second.] shown 0\n"
                        "ask -> quit 0\n");
    assert_int_equal(r.n_steps, 1);
    assert_int_equal(r.steps[0].choice, 1);
    textbuf_free(&sc.log);
    run_free(&r);
    story_free(s);
}

static void game_play_reports_a_dead_end_and_lets_the_player_leave(void **state)
{
    (void)state;
    Story *s = sb_new("dead-end");
    int a = sb_scene(s, "a", false);
    sb_scene(s, "end", true);
    sb_para(s, a, NULL, "Stuck.");
    sb_when(s, a, sb_choice(s, a, "Never", "end"), "growth > 90");
    sb_finish(s);
    Script sc = {NULL, 0, 0, {0}};
    Frontend fe = script_frontend(&sc);
    Run r;
    run_init(&r, s);
    assert_int_equal(game_play(&r, &fe), GAME_QUIT_BY_PLAYER);
    assert_string_equal(sc.log.data,
                        "scene a [Stuck.] shown\n"
                        "problem No choice is open here: the story has a dead end. You can go "
                        "back a step, or quit.\n");
    textbuf_free(&sc.log);
    run_free(&r);
    story_free(s);
}

/* A host whose text function fails in scene "second" only. */
static int failing_text(void *ctx, const Story *s, int ref, const Position *p, char **out,
                        char **err)
{
    (void)ctx;
    (void)ref;
    if (strcmp(s->scenes[p->scene].id, "second") == 0) {
        *err = text_dup("story.lua:7: the text function failed: boom");
        return -1;
    }
    *out = text_dup("Made by a function.");
    return 0;
}

static void game_play_steps_back_from_a_scene_whose_function_fails(void **state)
{
    (void)state;
    Story *s = play_story();
    Scene *second = &s->scenes[1];
    free(second->paras[0].text);
    second->paras[0].text = NULL;
    second->paras[0].host_ref = 1;
    s->host.text = failing_text;
    const GameCommand cmds[] = {{GAME_CHOOSE, 0}};
    Script sc = {cmds, 1, 0, {0}};
    Frontend fe = script_frontend(&sc);
    Run r;
    run_init(&r, s);
    assert_int_equal(game_play(&r, &fe), GAME_QUIT_BY_PLAYER);
    assert_string_equal(sc.log.data,
                        "scene first [First.] shown 0 1\n"
                        "ask -> choose 0\n"
                        "changed 1\n"
                        "feedback Left r20>20 g30>40 landed 0\n"
                        "problem story.lua:7: the text function failed: boom\n"
                        "scene first [First.] shown 0 1\n");
    assert_int_equal(r.n_steps, 0);
    textbuf_free(&sc.log);
    run_free(&r);
    story_free(s);
}

static void game_play_fails_when_the_first_scene_cannot_be_shown(void **state)
{
    (void)state;
    Story *s = play_story();
    Scene *first = &s->scenes[0];
    free(first->paras[0].text);
    first->paras[0].text = NULL;
    first->paras[0].host_ref = 1;
    /* No host at all: the runtime says so instead of crashing. */
    Script sc = {NULL, 0, 0, {0}};
    Frontend fe = script_frontend(&sc);
    Run r;
    run_init(&r, s);
    assert_int_equal(game_play(&r, &fe), GAME_FAILED);
    assert_string_equal(sc.log.data,
                        "problem this story uses functions, but no host can run them\n");
    textbuf_free(&sc.log);
    /* With the host, the function's text is shown. */
    s->host.text = failing_text;
    TextBuf b = {0};
    char *err = NULL;
    assert_int_equal(runtime_scene_text(s, &r.pos, &b, &err), 0);
    assert_string_equal(b.data, "Made by a function.");
    textbuf_free(&b);
    run_free(&r);
    story_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(add_raises_and_lowers),
        cmocka_unit_test(set_replaces),
        cmocka_unit_test(results_are_clamped_to_0_and_100),
        cmocka_unit_test(fairmath_takes_a_share_of_the_room_left),
        cmocka_unit_test(fairmath_rounds_halves_away_from_zero),
        cmocka_unit_test(a_choice_applies_each_effect_to_its_meter),
        cmocka_unit_test(conditions_hide_choices),
        cmocka_unit_test(text_paragraphs_show_when_their_condition_holds),
        cmocka_unit_test(run_choose_refuses_a_hidden_choice_and_leaves_the_run_unchanged),
        cmocka_unit_test(the_first_route_whose_condition_holds_is_taken),
        cmocka_unit_test(routes_see_the_choices_own_effects),
        cmocka_unit_test(no_route_holding_is_an_error_and_the_run_is_unchanged),
        cmocka_unit_test(flags_are_set_and_cleared),
        cmocka_unit_test(a_flag_past_the_first_byte_is_kept_in_its_own_bit),
        cmocka_unit_test(a_delayed_effect_lands_after_its_number_of_choices),
        cmocka_unit_test(a_delayed_effect_lands_before_the_choices_own_effects),
        cmocka_unit_test(every_waiting_effect_lands_at_an_ending),
        cmocka_unit_test(too_many_waiting_effects_is_an_error),
        cmocka_unit_test(run_records_each_choice_with_the_meters_after_it),
        cmocka_unit_test(rewind_to_every_earlier_point_matches_replaying),
        cmocka_unit_test(rewind_out_of_range_is_refused_and_changes_nothing),
        cmocka_unit_test(rewind_refuses_a_history_that_does_not_fit_the_story),
        cmocka_unit_test(run_copy_is_deep),
        cmocka_unit_test(game_play_follows_the_players_commands),
        cmocka_unit_test(game_play_reports_a_dead_end_and_lets_the_player_leave),
        cmocka_unit_test(game_play_steps_back_from_a_scene_whose_function_fails),
        cmocka_unit_test(game_play_fails_when_the_first_scene_cannot_be_shown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
