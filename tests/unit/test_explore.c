/* test_explore.c — every path and random playthroughs over the stories in
 * tests/fixtures/explore/, against counts worked out by hand from each file. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/explore.h"
#include "script/loader.h"

enum { R = METER_RESENTMENT, G = METER_GROWTH, I = METER_INTIMACY };

static Story *load(const char *name)
{
    char path[512];
    snprintf(path, sizeof path, "%s/explore/%s", FIXTURES, name);
    DiagList d = {0};
    Story *s = loader_load_file(path, NULL, &d);
    if (!s) {
        diag_print(&d, stderr);
        diag_list_clear(&d);
        fail_msg("%s did not load", path);
    }
    diag_list_clear(&d);
    return s;
}

/* Explores every path; the test fails if memory runs out. */
static void explore_all(const Story *s, ExploreReport *r)
{
    ExploreOptions opt = {0};
    assert_int_equal(explore_run(s, &opt, r), 0);
    assert_true(r->exhaustive);
    assert_false(r->truncated);
}

static const EndingStat *ending(const Story *s, const ExploreReport *r, const char *id)
{
    int scene = story_find_scene(s, id);
    assert_true(scene >= 0);
    for (int i = 0; i < r->n_endings; i++)
        if (r->endings[i].scene == scene)
            return &r->endings[i];
    fail_msg("no ending '%s' in the report", id);
    return NULL;
}

static void assert_reached_all(const Story *s, const ExploreReport *r)
{
    for (int i = 0; i < s->n_scenes; i++) {
        if (!r->scene_reached[i])
            fail_msg("scene '%s' not reached", s->scenes[i].id);
        for (int c = 0; c < s->scenes[i].n_choices; c++)
            if (!r->choice_reached[i][c])
                fail_msg("choice %d of '%s' not reached", c + 1, s->scenes[i].id);
    }
}

static void paths_meeting_in_one_state_are_explored_once(void **state)
{
    (void)state;
    Story *s = load("diamond-same.lua");
    ExploreReport r;
    explore_all(s, &r);
    /* top, left, right, bottom (growth 40 either way), end. */
    assert_int_equal(r.states, 5);
    /* top 2, left 1, right 1, bottom once: 5. */
    assert_int_equal(r.steps, 5);
    assert_true(r.paths == 2);
    assert_int_equal(r.n_endings, 1);
    assert_true(ending(s, &r, "end")->paths == 2);
    assert_int_equal(ending(s, &r, "end")->min[G], 40);
    assert_int_equal(ending(s, &r, "end")->max[G], 40);
    assert_int_equal(r.shortest.length, 3);
    assert_int_equal(r.longest.length, 3);
    assert_false(r.has_loop);
    assert_int_equal(r.dead_ends, 0);
    assert_int_equal(r.dead_end_scene, -1);
    assert_int_equal(r.problems.count, 0);
    assert_reached_all(s, &r);
    explore_report_free(s, &r);
    story_free(s);
}

static void paths_with_different_flags_stay_apart(void **state)
{
    (void)state;
    Story *s = load("diamond-flags.lua");
    ExploreReport r;
    explore_all(s, &r);
    /* top, left, right, bottom and end once per flag: 7. */
    assert_int_equal(r.states, 7);
    /* top 2, left 1, right 1, bottom twice: 6. */
    assert_int_equal(r.steps, 6);
    assert_true(r.paths == 2);
    assert_true(ending(s, &r, "end")->paths == 2);
    assert_int_equal(r.shortest.length, 3);
    assert_int_equal(r.longest.length, 3);
    assert_false(r.has_loop);
    explore_report_free(s, &r);
    story_free(s);
}

static void flags_nothing_reads_do_not_split_states(void **state)
{
    (void)state;
    Story *s = load("diamond-unread-flags.lua");
    ExploreReport r;
    explore_all(s, &r);
    /* As diamond-same: top, left, right, one bottom, one end. */
    assert_int_equal(r.states, 5);
    assert_int_equal(r.steps, 5);
    assert_true(r.paths == 2);
    assert_reached_all(s, &r);
    explore_report_free(s, &r);
    story_free(s);
}

static void a_binary_tree_three_deep_has_eight_paths(void **state)
{
    (void)state;
    Story *s = load("tree3.lua");
    ExploreReport r;
    explore_all(s, &r);
    assert_int_equal(r.states, 15);
    assert_int_equal(r.steps, 14);
    assert_true(r.paths == 8);
    assert_int_equal(r.n_endings, 8);
    /* Left: growth +10, right: resentment +10, from 30 and 20. */
    static const struct { const char *id; int g, res; } ends[] = {
        {"e1", 60, 20}, {"e2", 50, 30}, {"e3", 50, 30}, {"e4", 40, 40},
        {"e5", 50, 30}, {"e6", 40, 40}, {"e7", 40, 40}, {"e8", 30, 50},
    };
    for (int i = 0; i < 8; i++) {
        const EndingStat *e = ending(s, &r, ends[i].id);
        assert_true(e->paths == 1);
        assert_int_equal(e->min[G], ends[i].g);
        assert_int_equal(e->max[G], ends[i].g);
        assert_int_equal(e->min[R], ends[i].res);
        assert_int_equal(e->max[R], ends[i].res);
        assert_int_equal(e->min[I], 40);
    }
    assert_int_equal(r.shortest.length, 3);
    assert_int_equal(r.longest.length, 3);
    assert_reached_all(s, &r);
    explore_report_free(s, &r);
    story_free(s);
}

static void each_ending_counts_its_paths_and_meter_ranges(void **state)
{
    (void)state;
    Story *s = load("ranges.lua");
    ExploreReport r;
    explore_all(s, &r);
    /* mid with growth 40, 70, 20; from each, Push -> calm and Open up ->
     * calm, except from 70, where Open up -> close. */
    assert_int_equal(r.states, 10);
    assert_int_equal(r.steps, 9);
    assert_true(r.paths == 6);
    const EndingStat *calm = ending(s, &r, "calm");
    assert_true(calm->paths == 5);
    assert_int_equal(calm->min[R], 20);
    assert_int_equal(calm->max[R], 25);
    assert_int_equal(calm->min[G], 20);
    assert_int_equal(calm->max[G], 70);
    assert_int_equal(calm->min[I], 40);
    assert_int_equal(calm->max[I], 70); /* 40 + 0.5 * 60 */
    const EndingStat *close = ending(s, &r, "close");
    assert_true(close->paths == 1);
    assert_int_equal(close->min[R], 20);
    assert_int_equal(close->max[R], 20);
    assert_int_equal(close->min[G], 70);
    assert_int_equal(close->max[G], 70);
    assert_int_equal(close->min[I], 70);
    assert_int_equal(close->max[I], 70);
    explore_report_free(s, &r);
    story_free(s);
}

static void shortest_and_longest_paths_are_spelled_out(void **state)
{
    (void)state;
    Story *s = load("lengths.lua");
    ExploreReport r;
    explore_all(s, &r);
    int start = story_find_scene(s, "start"), a = story_find_scene(s, "a"),
        b = story_find_scene(s, "b");
    /* fast (reached twice in one state), start, a, b, slow. */
    assert_int_equal(r.states, 5);
    assert_int_equal(r.steps, 5);
    assert_true(r.paths == 3);
    assert_true(ending(s, &r, "fast")->paths == 2);
    assert_true(ending(s, &r, "slow")->paths == 1);
    assert_int_equal(r.shortest.length, 1);
    assert_int_equal(r.shortest.end_scene, story_find_scene(s, "fast"));
    assert_int_equal(r.shortest.scenes[0], start);
    assert_int_equal(r.shortest.choices[0], 0);
    assert_int_equal(r.longest.length, 3);
    assert_int_equal(r.longest.end_scene, story_find_scene(s, "slow"));
    assert_int_equal(r.longest.scenes[0], start);
    assert_int_equal(r.longest.choices[0], 1);
    assert_int_equal(r.longest.scenes[1], a);
    assert_int_equal(r.longest.choices[1], 1);
    assert_int_equal(r.longest.scenes[2], b);
    assert_int_equal(r.longest.choices[2], 0);
    explore_report_free(s, &r);
    story_free(s);
}

static void a_choice_that_changes_nothing_and_comes_back_is_a_loop(void **state)
{
    (void)state;
    Story *s = load("loop.lua");
    ExploreReport r;
    explore_all(s, &r);
    assert_true(r.has_loop);
    assert_int_equal(r.loop_scene, story_find_scene(s, "start"));
    assert_int_equal(r.states, 2);
    assert_int_equal(r.steps, 2);
    assert_true(r.paths == 1); /* going round is not counted as more paths */
    assert_reached_all(s, &r);
    explore_report_free(s, &r);
    story_free(s);
}

static void a_loop_that_sets_a_flag_is_not_a_loop(void **state)
{
    (void)state;
    Story *s = load("loop-once.lua");
    ExploreReport r;
    explore_all(s, &r);
    assert_false(r.has_loop);
    assert_int_equal(r.loop_scene, -1);
    /* start, start after waiting, end, end after waiting. */
    assert_int_equal(r.states, 4);
    assert_int_equal(r.steps, 3);
    assert_true(r.paths == 2);
    assert_int_equal(r.shortest.length, 1);
    assert_int_equal(r.longest.length, 2);
    explore_report_free(s, &r);
    story_free(s);
}

static void a_scene_whose_choices_are_all_hidden_is_a_dead_end(void **state)
{
    (void)state;
    Story *s = load("dead-end.lua");
    ExploreReport r;
    explore_all(s, &r);
    assert_int_equal(r.dead_ends, 1);
    assert_int_equal(r.dead_end_scene, story_find_scene(s, "gate"));
    /* start, gate with growth 60, gate with growth 30, end. */
    assert_int_equal(r.states, 4);
    assert_int_equal(r.steps, 3);
    assert_true(r.paths == 1);
    assert_reached_all(s, &r); /* every choice is taken on some path */
    explore_report_free(s, &r);
    story_free(s);
}

static void an_ending_kept_out_by_conditions_is_not_reached(void **state)
{
    (void)state;
    Story *s = load("unreachable-ending.lua");
    ExploreReport r;
    explore_all(s, &r);
    assert_false(r.scene_reached[story_find_scene(s, "bitter")]);
    assert_true(r.scene_reached[story_find_scene(s, "fine")]);
    assert_true(ending(s, &r, "bitter")->paths == 0);
    assert_true(ending(s, &r, "fine")->paths == 1);
    assert_int_equal(r.states, 2);
    assert_true(r.paths == 1);
    explore_report_free(s, &r);
    story_free(s);
}

static void a_failing_function_is_recorded_once_and_the_search_goes_on(void **state)
{
    (void)state;
    Story *s = load("function-error.lua");
    ExploreReport r;
    explore_all(s, &r);
    assert_int_equal(r.problems.count, 1);
    char want[600];
    snprintf(want, sizeof want, "%s/explore/function-error.lua:3: the next function returned "
             "'nowhere', which is not a scene.", FIXTURES);
    assert_string_equal(r.problems.items[0].message, want);
    assert_int_equal(r.problems.items[0].severity, DIAG_ERROR);
    int start = story_find_scene(s, "start"), middle = story_find_scene(s, "middle");
    assert_false(r.choice_reached[start][0]);
    assert_true(r.choice_reached[start][1]);
    assert_false(r.choice_reached[middle][0]);
    assert_true(r.choice_reached[middle][1]);
    assert_int_equal(r.states, 3);
    assert_int_equal(r.steps, 4); /* the two failed tries count as steps */
    assert_true(r.paths == 1);
    explore_report_free(s, &r);
    story_free(s);
}

static void the_search_stops_at_max_states(void **state)
{
    (void)state;
    Story *s = load("tree3.lua");
    ExploreOptions opt = {.max_states = 5};
    ExploreReport r;
    assert_int_equal(explore_run(s, &opt, &r), 0);
    assert_true(r.truncated);
    assert_false(r.exhaustive);
    assert_int_equal(r.states, 6); /* stops on the first state past the limit */
    assert_true(r.paths == 0);     /* no sums from a part of the graph */
    explore_report_free(s, &r);
    story_free(s);
}

/* Everything in two reports but the time taken. */
static void assert_reports_equal(const Story *s, const ExploreReport *a, const ExploreReport *b)
{
    assert_int_equal(a->exhaustive, b->exhaustive);
    assert_int_equal(a->states, b->states);
    assert_int_equal(a->steps, b->steps);
    assert_true(a->paths == b->paths);
    for (int i = 0; i < s->n_scenes; i++) {
        assert_int_equal(a->scene_reached[i], b->scene_reached[i]);
        for (int c = 0; c < s->scenes[i].n_choices; c++)
            assert_int_equal(a->choice_reached[i][c], b->choice_reached[i][c]);
    }
    assert_int_equal(a->n_endings, b->n_endings);
    for (int i = 0; i < a->n_endings; i++) {
        assert_int_equal(a->endings[i].scene, b->endings[i].scene);
        assert_true(a->endings[i].paths == b->endings[i].paths);
        assert_memory_equal(a->endings[i].min, b->endings[i].min, sizeof a->endings[i].min);
        assert_memory_equal(a->endings[i].max, b->endings[i].max, sizeof a->endings[i].max);
    }
    const ExplorePath *pa[2] = {&a->shortest, &a->longest}, *pb[2] = {&b->shortest, &b->longest};
    for (int k = 0; k < 2; k++) {
        assert_int_equal(pa[k]->length, pb[k]->length);
        assert_int_equal(pa[k]->end_scene, pb[k]->end_scene);
        assert_memory_equal(pa[k]->scenes, pb[k]->scenes, sizeof(int) * (size_t)pa[k]->length);
        assert_memory_equal(pa[k]->choices, pb[k]->choices, sizeof(int) * (size_t)pa[k]->length);
    }
    assert_int_equal(a->has_loop, b->has_loop);
    assert_int_equal(a->dead_ends, b->dead_ends);
    assert_int_equal(a->problems.count, b->problems.count);
}

static void random_playthroughs_with_a_seed_repeat_exactly(void **state)
{
    (void)state;
    Story *s = load("tree3.lua");
    ExploreOptions opt = {.random_runs = 200, .seed = 7};
    ExploreReport a, b;
    assert_int_equal(explore_run(s, &opt, &a), 0);
    assert_int_equal(explore_run(s, &opt, &b), 0);
    assert_false(a.exhaustive);
    assert_reports_equal(s, &a, &b);
    explore_report_free(s, &a);
    explore_report_free(s, &b);
    story_free(s);
}

static void random_playthroughs_with_another_seed_differ(void **state)
{
    (void)state;
    /* 200 playthroughs spread over 8 endings: two seeds that gave the same
     * count at every ending would mean the seed is not used. */
    Story *s = load("tree3.lua");
    ExploreOptions one = {.random_runs = 200, .seed = 1}, two = {.random_runs = 200, .seed = 2};
    ExploreReport a, b;
    assert_int_equal(explore_run(s, &one, &a), 0);
    assert_int_equal(explore_run(s, &two, &b), 0);
    bool differ = false;
    for (int i = 0; i < a.n_endings; i++)
        differ |= a.endings[i].paths != b.endings[i].paths;
    assert_true(differ);
    explore_report_free(s, &a);
    explore_report_free(s, &b);
    story_free(s);
}

static void random_playthroughs_reach_everything_in_a_small_story(void **state)
{
    (void)state;
    Story *s = load("tree3.lua");
    ExploreOptions opt = {.random_runs = 200, .seed = 1};
    ExploreReport r;
    assert_int_equal(explore_run(s, &opt, &r), 0);
    assert_true(r.paths == 200);
    assert_int_equal(r.steps, 600); /* every playthrough is three choices */
    double sum = 0;
    for (int i = 0; i < r.n_endings; i++) {
        assert_true(r.endings[i].paths >= 1);
        sum += r.endings[i].paths;
    }
    assert_true(sum == 200);
    assert_int_equal(r.shortest.length, 3);
    assert_int_equal(r.longest.length, 3);
    assert_false(r.has_loop);
    assert_reached_all(s, &r);
    explore_report_free(s, &r);
    story_free(s);
}

static void random_playthroughs_note_dead_ends_and_unfinished_runs(void **state)
{
    (void)state;
    Story *s = load("dead-end.lua");
    ExploreOptions opt = {.random_runs = 100, .seed = 3};
    ExploreReport r;
    assert_int_equal(explore_run(s, &opt, &r), 0);
    assert_true(r.dead_ends >= 1);
    assert_int_equal(r.dead_end_scene, story_find_scene(s, "gate"));
    /* A run stuck at the gate is not a completed playthrough. */
    assert_true(r.paths + (double)r.dead_ends == 100);
    explore_report_free(s, &r);
    story_free(s);
}

/* ---- covering: reaching every scene and choice, for check ---- */

static bool decides(const char *name)
{
    Story *s = load(name);
    bool yes = explore_cover_decides(s);
    story_free(s);
    return yes;
}

static void covering_decides_only_where_play_can_find_nothing_else(void **state)
{
    (void)state;
    assert_true(decides("tree3.lua"));              /* no when, no loop, no function */
    assert_true(decides("unreachable-ending.lua")); /* its route list ends plainly */
    assert_false(decides("loop.lua"));              /* a route back: a loop */
    assert_false(decides("dead-end.lua"));          /* a scene whose every choice has a when */
    assert_false(decides("function-error.lua"));    /* a function may fail */
}

static void covering_reaches_every_scene_and_choice(void **state)
{
    (void)state;
    Story *s = load("tree3.lua");
    ExploreOptions opt = {.cover_steps = 1000, .seed = 1};
    ExploreReport r;
    assert_int_equal(explore_run(s, &opt, &r), 0);
    assert_true(r.covered);
    assert_reached_all(s, &r);
    /* 14 choices, each taken at least once; a choice not yet taken is
     * preferred, so far fewer than the 1000 allowed. */
    assert_true(r.steps >= 14 && r.steps < 1000);
    explore_report_free(s, &r);
    story_free(s);
}

/* Seven forks deep, 128 endings: playing each ending from the start takes
 * 128 x 7 = 896 choices. Going on from the forks left half-taken needs
 * little more than the 254 choices themselves. */
static void covering_goes_on_from_forks_left_half_taken(void **state)
{
    (void)state;
    Story *s = load("tree7.lua");
    ExploreOptions opt = {.cover_steps = 100000, .seed = 1};
    ExploreReport r;
    assert_int_equal(explore_run(s, &opt, &r), 0);
    assert_true(r.covered);
    assert_reached_all(s, &r);
    assert_true(r.steps >= 254);
    assert_true(r.steps < 2 * 254);
    explore_report_free(s, &r);
    story_free(s);
}

static void covering_falls_short_of_an_ending_no_path_reaches(void **state)
{
    (void)state;
    Story *s = load("unreachable-ending.lua");
    ExploreOptions opt = {.cover_steps = 50, .seed = 1};
    ExploreReport r;
    assert_int_equal(explore_run(s, &opt, &r), 0);
    assert_false(r.covered);
    assert_false(r.scene_reached[story_find_scene(s, "bitter")]);
    assert_true(r.steps == 50); /* it spent what it was given, then gave up */
    explore_report_free(s, &r);
    story_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(paths_meeting_in_one_state_are_explored_once),
        cmocka_unit_test(paths_with_different_flags_stay_apart),
        cmocka_unit_test(flags_nothing_reads_do_not_split_states),
        cmocka_unit_test(a_binary_tree_three_deep_has_eight_paths),
        cmocka_unit_test(each_ending_counts_its_paths_and_meter_ranges),
        cmocka_unit_test(shortest_and_longest_paths_are_spelled_out),
        cmocka_unit_test(a_choice_that_changes_nothing_and_comes_back_is_a_loop),
        cmocka_unit_test(a_loop_that_sets_a_flag_is_not_a_loop),
        cmocka_unit_test(a_scene_whose_choices_are_all_hidden_is_a_dead_end),
        cmocka_unit_test(an_ending_kept_out_by_conditions_is_not_reached),
        cmocka_unit_test(a_failing_function_is_recorded_once_and_the_search_goes_on),
        cmocka_unit_test(the_search_stops_at_max_states),
        cmocka_unit_test(random_playthroughs_with_a_seed_repeat_exactly),
        cmocka_unit_test(random_playthroughs_with_another_seed_differ),
        cmocka_unit_test(random_playthroughs_reach_everything_in_a_small_story),
        cmocka_unit_test(random_playthroughs_note_dead_ends_and_unfinished_runs),
        cmocka_unit_test(covering_decides_only_where_play_can_find_nothing_else),
        cmocka_unit_test(covering_reaches_every_scene_and_choice),
        cmocka_unit_test(covering_goes_on_from_forks_left_half_taken),
        cmocka_unit_test(covering_falls_short_of_an_ending_no_path_reaches),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
