/* test_game.c — what the play loop adds on top of the runtime: the order a
 * playthrough shows its choices in (seeded, stable, a true permutation, the
 * number pressed is the number shown), the now-and-later line of the
 * feedback card, when a delayed effect counts as landed, and how each kind
 * of choice is counted for `explore` (core/balance). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/balance.h"
#include "core/game.h"
#include "core/state_text.h"
#include "story_builder.h"

enum { R = METER_RESENTMENT, G = METER_GROWTH, I = METER_INTIMACY };

/* start: six choices "A".."F", each to "next"; next: one choice to "end". */
static Story *six_story(void)
{
    Story *s = sb_new("six");
    int a = sb_scene(s, "start", false);
    int b = sb_scene(s, "next", false);
    sb_scene(s, "end", true);
    const char *names[] = {"A", "B", "C", "D", "E", "F"};
    for (int i = 0; i < 6; i++)
        sb_choice(s, a, names[i], "next");
    sb_choice(s, b, "On", "end");
    sb_finish(s);
    return s;
}

static void order_zero_keeps_the_file_order(void **state)
{
    (void)state;
    int shown[] = {0, 1, 2, 3, 4, 5};
    game_order_choices(0, 0, shown, 6);
    for (int i = 0; i < 6; i++)
        assert_int_equal(shown[i], i);
}

static void an_order_is_a_permutation_and_the_same_every_time(void **state)
{
    (void)state;
    for (uint32_t seed = 1; seed < 200; seed++) {
        int a[] = {0, 1, 2, 3, 4, 5}, b[] = {0, 1, 2, 3, 4, 5};
        game_order_choices(seed, 3, a, 6);
        game_order_choices(seed, 3, b, 6);
        assert_memory_equal(a, b, sizeof a);
        int seen = 0;
        for (int i = 0; i < 6; i++)
            seen |= 1 << a[i];
        assert_int_equal(seen, 0x3f);
    }
}

static void orders_vary_by_seed_and_by_scene(void **state)
{
    (void)state;
    /* Over many seeds every choice comes first sometimes, and roughly as
     * often as the others (a fair shuffle, not a rotation). */
    int first[6] = {0};
    enum { SEEDS = 6000 };
    for (uint32_t seed = 1; seed <= SEEDS; seed++) {
        int shown[] = {0, 1, 2, 3, 4, 5};
        game_order_choices(seed, 7, shown, 6);
        first[shown[0]]++;
    }
    for (int i = 0; i < 6; i++) {
        assert_true(first[i] > SEEDS / 6 - SEEDS / 20);
        assert_true(first[i] < SEEDS / 6 + SEEDS / 20);
    }
    /* The same seed orders two scenes differently at least sometimes. */
    int differ = 0;
    for (uint32_t seed = 1; seed <= 50; seed++) {
        int a[] = {0, 1, 2, 3}, b[] = {0, 1, 2, 3};
        game_order_choices(seed, 1, a, 4);
        game_order_choices(seed, 2, b, 4);
        differ += memcmp(a, b, sizeof a) != 0;
    }
    assert_true(differ > 25);
}

static void a_hidden_choice_does_not_move_the_others(void **state)
{
    (void)state;
    for (uint32_t seed = 1; seed < 100; seed++) {
        int all[] = {0, 1, 2, 3, 4}, some[] = {0, 1, 3, 4}; /* 2 hidden by its `when` */
        game_order_choices(seed, 0, all, 5);
        game_order_choices(seed, 0, some, 4);
        int k = 0;
        for (int i = 0; i < 5; i++)
            if (all[i] != 2)
                assert_int_equal(all[i], some[k++]);
    }
}

/* A scripted front end: always picks the first choice shown, remembers the
 * text of what it saw first and what the feedback says was chosen. */
typedef struct {
    const char *seen_first[4];
    const char *chosen[4];
    int asks, feedbacks;
} Script;

static void sc_scene(void *ud, const SceneView *v) { (void)ud, (void)v; }
static GameCommand sc_ask(void *ud, const SceneView *v)
{
    Script *sc = ud;
    if (v->at_ending || sc->asks >= 4)
        return (GameCommand){GAME_QUIT, 0};
    const Scene *scene = &v->story->scenes[v->run->pos.scene];
    sc->seen_first[sc->asks++] = scene->choices[v->shown[0]].text;
    return (GameCommand){GAME_CHOOSE, 0};
}
static void sc_feedback(void *ud, const SceneView *v, const Feedback *f)
{
    (void)v;
    Script *sc = ud;
    sc->chosen[sc->feedbacks++] = f->choice->text;
}
static void sc_ending(void *ud, const SceneView *v) { (void)ud, (void)v; }
static void sc_problem(void *ud, const char *m) { (void)ud, (void)m; }

static void the_number_pressed_is_the_choice_shown(void **state)
{
    (void)state;
    Story *s = six_story();
    int moved = 0;
    for (uint32_t seed = 1; seed <= 20; seed++) {
        Run r;
        run_init(&r, s);
        r.order = seed;
        Script sc = {0};
        Frontend fe = {.ud = &sc, .scene = sc_scene, .ask = sc_ask, .feedback = sc_feedback,
                       .ending = sc_ending, .problem = sc_problem};
        game_play(&r, &fe);
        assert_true(sc.feedbacks >= 1);
        assert_string_equal(sc.seen_first[0], sc.chosen[0]);
        moved += strcmp(sc.chosen[0], "A") != 0;
        run_free(&r);
    }
    assert_true(moved > 10); /* "A" is not first for most seeds */
    story_free(s);
}

static void the_order_survives_a_rewind_and_a_save(void **state)
{
    (void)state;
    Story *s = six_story();
    Run r;
    run_init(&r, s);
    r.order = 123456789u;
    SceneView v1, v2;
    TextBuf b1 = {0}, b2 = {0};
    char *err = NULL;
    assert_int_equal(game_view(&r, &v1, &b1, &err), 0);
    assert_int_equal(run_choose(&r, v1.shown[0], NULL, &err), 0);
    assert_int_equal(run_rewind(&r, 0, &err), 0);
    assert_int_equal(game_view(&r, &v2, &b2, &err), 0);
    assert_memory_equal(v1.shown, v2.shown, sizeof v1.shown);
    /* Saved and read back, and resumed: the same seed. */
    assert_int_equal(run_choose(&r, v1.shown[2], NULL, &err), 0);
    char *text = state_text_write(&r);
    assert_non_null(strstr(text, "\norder 123456789\n"));
    Run back, resumed;
    assert_int_equal(state_text_read(s, text, &back, &err), 0);
    assert_int_equal(back.order, 123456789u);
    StateResume how;
    assert_int_equal(state_text_resume(s, text, &resumed, &how, &err), 0);
    assert_int_equal(resumed.order, 123456789u);
    assert_false(how.changed);
    free(text);
    run_free(&back);
    run_free(&resumed);
    /* A save from before the order existed shows the file's order. */
    Run old;
    run_init(&old, s);
    text = state_text_write(&old);
    assert_null(strstr(text, "order"));
    assert_int_equal(state_text_read(s, text, &back, &err), 0);
    assert_int_equal(back.order, 0);
    free(text);
    run_free(&back);
    run_free(&old);
    /* A bad order is refused with its line. */
    const char *bad = "beside-state 1\nstory six\nscene start\n"
                      "meters resentment=20 growth=30 intimacy=40\nflags\norder 0\nend\n";
    assert_int_equal(state_text_read(s, bad, &back, &err), -1);
    assert_non_null(strstr(err, "line 6"));
    free(err);
    run_free(&back);
    textbuf_free(&b1);
    textbuf_free(&b2);
    run_free(&r);
    story_free(s);
}

static void the_environment_fixes_a_new_order(void **state)
{
    (void)state;
    setenv("BESIDE_CHOICE_ORDER", "file", 1);
    assert_int_equal(game_new_order(), 0);
    setenv("BESIDE_CHOICE_ORDER", "42", 1);
    assert_int_equal(game_new_order(), 42);
    unsetenv("BESIDE_CHOICE_ORDER");
    uint32_t a = game_new_order(), b = game_new_order();
    assert_true(a != 0 && b != 0);
    assert_true(a != b); /* 1 in 4 billion to fail by chance */
}

/* ---- now and later ---- */

/* One scene whose choices each go to "end":
 *   0 relief now, cost later     (resentment -5; later resentment +10)
 *   1 hard now, pays off later   (intimacy -5; later growth +10)
 *   2 costs now                  (growth -5)
 *   3 helps now                  (growth +5)
 *   4 nothing now, cost later    (later intimacy -5)
 *   5 nothing at all */
static Story *now_later_story(void)
{
    Story *s = sb_new("now-later");
    int a = sb_scene(s, "a", false);
    sb_scene(s, "end", true);
    for (int i = 0; i < 6; i++)
        sb_choice(s, a, "x", "end");
    sb_effect(s, a, 0, R, EFFECT_ADD, -5);
    sb_later(s, a, 0, 2, R, EFFECT_ADD, 10);
    sb_effect(s, a, 1, I, EFFECT_ADD, -5);
    sb_later(s, a, 1, 2, G, EFFECT_ADD, 10);
    sb_effect(s, a, 2, G, EFFECT_ADD, -5);
    sb_effect(s, a, 3, G, EFFECT_ADD, 5);
    sb_later(s, a, 4, 1, I, EFFECT_ADD, -5);
    sb_finish(s);
    return s;
}

static const char *line_for(const Story *s, int choice, NowLater *nl)
{
    Feedback f = {0};
    Position p, q;
    runtime_start(s, &p);
    f.choice = &s->scenes[0].choices[choice];
    memcpy(f.before, p.meters, sizeof f.before);
    char *err = NULL;
    assert_int_equal(runtime_step(s, &p, choice, &q, &f.info, &err), 0);
    memcpy(f.after, q.meters, sizeof f.after);
    game_now_later(s, &f, nl);
    return nl->line;
}

static void the_card_says_now_and_later(void **state)
{
    (void)state;
    Story *s = now_later_story();
    NowLater nl;
    assert_string_equal(line_for(s, 0, &nl), "This feels better now. Watch what it does later.");
    assert_true(nl.now > 0 && nl.later < 0);
    assert_string_equal(line_for(s, 1, &nl), "This is hard now. It can pay off later.");
    assert_true(nl.now < 0 && nl.later > 0);
    assert_string_equal(line_for(s, 2, &nl), "This costs something now.");
    assert_null(line_for(s, 3, &nl));
    assert_string_equal(line_for(s, 4, &nl), "Nothing shows yet. Watch what it does later.");
    assert_null(line_for(s, 5, &nl));
    story_free(s);
}

static void a_delayed_effect_lands_after_its_count_or_at_the_ending(void **state)
{
    (void)state;
    /* a -> b -> c -> end, one choice each; a's choice has later after 2. */
    Story *s = sb_new("landing");
    int a = sb_scene(s, "a", false), b = sb_scene(s, "b", false), c = sb_scene(s, "c", false);
    sb_scene(s, "end", true);
    sb_choice(s, a, "x", "b");
    sb_later(s, a, 0, 2, R, EFFECT_ADD, 10);
    sb_choice(s, b, "y", "c");
    sb_choice(s, c, "z", "end");
    sb_finish(s);
    Run r;
    run_init(&r, s);
    char *err = NULL;
    StepInfo info;
    assert_int_equal(run_choose(&r, 0, &info, &err), 0);
    assert_false(game_later_landed(&r, 0, 0));
    assert_int_equal(run_choose(&r, 0, &info, &err), 0);
    assert_false(game_later_landed(&r, 0, 0));
    assert_int_equal(info.n_landed, 0);
    assert_int_equal(run_choose(&r, 0, &info, &err), 0); /* lands here, and ends */
    assert_int_equal(info.n_landed, 1);
    assert_true(game_later_landed(&r, 0, 0));
    assert_false(game_later_landed(&r, 1, 0)); /* that choice has none */
    CameBack back[4];
    assert_int_equal(game_came_back(&r, back, 4), 1);
    assert_int_equal(back[0].step, 0);
    assert_int_equal(back[0].later, 0);
    assert_ptr_equal(back[0].choice, &s->scenes[a].choices[0]);
    assert_int_equal(run_rewind(&r, 1, &err), 0); /* before it lands: none */
    assert_int_equal(game_came_back(&r, back, 4), 0);
    run_free(&r);
    story_free(s);
}

static void balance_counts_each_kind_now_and_later(void **state)
{
    (void)state;
    Story *s = now_later_story();
    Choice *c = s->scenes[0].choices;
    c[0].kind = KIND_RESCUE;
    c[1].kind = KIND_SUPPORT;
    c[2].kind = KIND_SUPPORT;
    c[3].kind = KIND_RESCUE;
    c[4].kind = KIND_HURTFUL;
    c[5].kind = KIND_DEPENDS;
    Balance b;
    balance_count(s, &b);
    const KindBalance *r = &b.kinds[KIND_RESCUE], *sp = &b.kinds[KIND_SUPPORT];
    assert_int_equal(r->choices, 2);
    assert_int_equal(r->with_later, 1);
    assert_int_equal(r->now_down[R], 1);
    assert_int_equal(r->now_up[G], 1);
    assert_int_equal(r->later_up[R], 1);
    assert_int_equal(sp->choices, 2);
    assert_int_equal(sp->now_down[I], 1);
    assert_int_equal(sp->now_down[G], 1);
    assert_int_equal(sp->later_up[G], 1);
    assert_int_equal(b.kinds[KIND_HURTFUL].later_down[I], 1);
    assert_int_equal(b.kinds[KIND_DEPENDS].choices, 1);
    story_free(s);
}

static void balance_names_a_one_sided_story(void **state)
{
    (void)state;
    /* Three rescues that only cost, three supports that only help. */
    Story *s = sb_new("one-sided");
    int a = sb_scene(s, "a", false);
    sb_scene(s, "end", true);
    for (int i = 0; i < 6; i++) {
        int c = sb_choice(s, a, "x", "end");
        s->scenes[a].choices[c].kind = i < 3 ? KIND_RESCUE : KIND_SUPPORT;
        sb_effect(s, a, c, G, EFFECT_ADD, i < 3 ? -5 : 5);
    }
    sb_finish(s);
    Balance b;
    balance_count(s, &b);
    char *notes[8];
    int n = balance_notes(s, &b, notes, 8);
    bool no_relief = false, no_growth = false, no_cost = false, no_later = false;
    for (int i = 0; i < n; i++) {
        no_relief |= strstr(notes[i], "No rescue makes any meter better now") != NULL;
        no_growth |= strstr(notes[i], "No rescue ever raises growth") != NULL;
        no_cost |= strstr(notes[i], "No Support choice ever makes a meter worse") != NULL;
        no_later |= strstr(notes[i], "None of the 3 Rescue choices has a delayed effect") != NULL;
        free(notes[i]);
    }
    assert_true(no_relief && no_growth && no_cost && no_later);
    /* A rescue that feels good now and a support that costs: those notes go. */
    sb_effect(s, a, 0, R, EFFECT_ADD, -5);
    sb_effect(s, a, 1, G, EFFECT_ADD, 10);
    sb_effect(s, a, 3, I, EFFECT_ADD, -5);
    balance_count(s, &b);
    n = balance_notes(s, &b, notes, 8);
    for (int i = 0; i < n; i++) {
        assert_null(strstr(notes[i], "No rescue makes any meter better now"));
        assert_null(strstr(notes[i], "No rescue ever raises growth"));
        assert_null(strstr(notes[i], "No Support choice"));
        free(notes[i]);
    }
    story_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(order_zero_keeps_the_file_order),
        cmocka_unit_test(an_order_is_a_permutation_and_the_same_every_time),
        cmocka_unit_test(orders_vary_by_seed_and_by_scene),
        cmocka_unit_test(a_hidden_choice_does_not_move_the_others),
        cmocka_unit_test(the_number_pressed_is_the_choice_shown),
        cmocka_unit_test(the_order_survives_a_rewind_and_a_save),
        cmocka_unit_test(the_environment_fixes_a_new_order),
        cmocka_unit_test(the_card_says_now_and_later),
        cmocka_unit_test(a_delayed_effect_lands_after_its_count_or_at_the_ending),
        cmocka_unit_test(balance_counts_each_kind_now_and_later),
        cmocka_unit_test(balance_names_a_one_sided_story),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
