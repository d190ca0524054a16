/* test_twins.c — twins: the same words, a rescue in one scene and not in
 * another (core/twins.h). */
#include "story_builder.h"

#include "core/runtime.h"
#include "core/twins.h"

/* start: a rescue "Pay it." and a support "Ask."; middle: a support "Pay it."
 * (the twin), a rescue "Ask." (a twin too) and a rescue "Pay it." (the same
 * words and the same kind as start's: not a twin); end. */
static Story *two_pairs(void)
{
    Story *s = sb_new("twins");
    int a = sb_scene(s, "start", false), b = sb_scene(s, "middle", false);
    sb_scene(s, "end", true);
    sb_choice(s, a, "Pay it.", "middle");
    sb_get(s, a, 0)->kind = KIND_RESCUE;
    sb_choice(s, a, "Ask.", "middle");
    sb_choice(s, b, "Pay it.", "end");
    sb_get(s, b, 0)->kind = KIND_SUPPORT;
    free(sb_get(s, b, 0)->because);
    sb_get(s, b, 0)->because = text_dup("He asked, and he cannot do it today.");
    sb_choice(s, b, "Ask.", "end");
    sb_get(s, b, 1)->kind = KIND_RESCUE;
    sb_choice(s, b, "Pay it.", "end");
    sb_get(s, b, 2)->kind = KIND_RESCUE;
    sb_finish(s);
    return s;
}

static void finds_each_pair_across_the_rescue_line_in_file_order(void **state)
{
    (void)state;
    Story *s = two_pairs();
    TwinPair t[8];
    assert_int_equal(twins_find(s, t, 8), 2);
    assert_int_equal(t[0].a_scene, 0); /* start's "Pay it." with middle's support */
    assert_int_equal(t[0].a_choice, 0);
    assert_int_equal(t[0].b_scene, 1);
    assert_int_equal(t[0].b_choice, 0);
    assert_int_equal(t[1].a_choice, 1); /* start's "Ask." with middle's rescue */
    assert_int_equal(t[1].b_choice, 1);
    assert_int_equal(twins_find(s, t, 1), 2); /* counts all, fills what fits */
    assert_int_equal(t[0].a_choice, 0);
    story_free(s);
}

static void same_kind_same_scene_or_other_words_are_not_twins(void **state)
{
    (void)state;
    Story *s = sb_new("none");
    int a = sb_scene(s, "start", false), b = sb_scene(s, "later", false);
    sb_scene(s, "end", true);
    sb_choice(s, a, "Pay it.", "later");
    sb_get(s, a, 0)->kind = KIND_RESCUE;
    sb_choice(s, a, "Pay it.", "later"); /* same scene */
    sb_choice(s, b, "Pay it.", "end");
    sb_get(s, b, 0)->kind = KIND_RESCUE; /* same kind */
    sb_choice(s, b, "Pay it!", "end");   /* other words, by one byte */
    sb_finish(s);
    TwinPair t[4];
    assert_int_equal(twins_find(s, t, 4), 1); /* start#2 (support) and later#1 (rescue) */
    assert_int_equal(t[0].a_choice, 1);
    assert_int_equal(t[0].b_choice, 0);
    int ts = -1, tc = -1;
    assert_false(twins_of(s, 1, 1, &ts, &tc));
    assert_int_equal(ts, -1);
    story_free(s);
}

/* "X." in four places: a rescue in s0, a support in s1, a support and a
 * rescue in s2. Pairs: s0-s1, s0-s2 (the support), s1-s2 (the rescue); the
 * support and the rescue of s2 are one scene, not twins. */
static void counts_a_group_of_equal_words_once_per_pair(void **state)
{
    (void)state;
    Story *s = sb_new("group");
    int a = sb_scene(s, "s0", false), b = sb_scene(s, "s1", false), c = sb_scene(s, "s2", false);
    sb_scene(s, "end", true);
    sb_choice(s, a, "X.", "s1");
    sb_get(s, a, 0)->kind = KIND_RESCUE;
    sb_choice(s, b, "X.", "s2");
    sb_choice(s, c, "X.", "end");
    sb_choice(s, c, "X.", "end");
    sb_get(s, c, 1)->kind = KIND_RESCUE;
    sb_finish(s);
    TwinPair t[8];
    assert_int_equal(twins_find(s, t, 8), 3);
    assert_int_equal(t[0].a_scene, 0);
    assert_int_equal(t[0].b_scene, 1);
    assert_int_equal(t[1].a_scene, 0);
    assert_int_equal(t[1].b_scene, 2);
    assert_int_equal(t[1].b_choice, 0); /* the support of s2 */
    assert_int_equal(t[2].a_scene, 1);
    assert_int_equal(t[2].b_scene, 2);
    assert_int_equal(t[2].b_choice, 1); /* the rescue of s2 */
    assert_int_equal(twins_find(s, NULL, 0), 3); /* counting needs no room */
    story_free(s);
}

static void a_path_names_the_twin_of_each_choice_made(void **state)
{
    (void)state;
    Story *s = two_pairs();
    Run r;
    run_init(&r, s);
    char *err = NULL;
    assert_int_equal(run_choose(&r, 0, NULL, &err), 0); /* the rescue "Pay it." */
    assert_int_equal(run_choose(&r, 0, NULL, &err), 0); /* its twin, the support */
    TwinStep t[4];
    assert_int_equal(twins_on_path(&r, t, 4), 2);
    assert_int_equal(t[0].step, 0);
    assert_int_equal(t[0].chosen->kind, KIND_RESCUE);
    assert_int_equal(t[0].twin->kind, KIND_SUPPORT);
    assert_int_equal(t[0].twin_scene, 1);
    assert_string_equal(t[0].twin->because, "He asked, and he cannot do it today.");
    assert_int_equal(t[1].step, 1);
    assert_int_equal(t[1].chosen->kind, KIND_SUPPORT);
    assert_int_equal(t[1].twin_scene, 0);
    run_free(&r);
    /* "Ask." (support, its twin a rescue in middle), then middle's third
     * "Pay it.", a rescue like start's: only the first step has a twin. */
    run_init(&r, s);
    assert_int_equal(run_choose(&r, 1, NULL, &err), 0);
    assert_int_equal(run_choose(&r, 2, NULL, &err), 0);
    assert_int_equal(twins_on_path(&r, t, 4), 1);
    assert_int_equal(t[0].step, 0);
    assert_int_equal(t[0].twin->kind, KIND_RESCUE);
    run_free(&r);
    story_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(finds_each_pair_across_the_rescue_line_in_file_order),
        cmocka_unit_test(same_kind_same_scene_or_other_words_are_not_twins),
        cmocka_unit_test(counts_a_group_of_equal_words_once_per_pair),
        cmocka_unit_test(a_path_names_the_twin_of_each_choice_made),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
