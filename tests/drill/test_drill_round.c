/* test_drill_round.c — Spot it rounds: Leitner boxes, the level that follows
 * accuracy, easy items first, missed items coming back, check-form items
 * never in practice, and the same seed giving the same round. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/drill_round.h"
#include "core/text.h"
#include "script/drill_load.h"

static void load_shipped(DrillBank *b)
{
    DiagList d = {0};
    static const char *const files[] = {
        "bank-partners.lua", "bank-friends.lua", "bank-parents-and-adult-children.lua",
        "bank-siblings.lua", "bank-parent-and-teen.lua", "bank-coworkers.lua",
    };
    for (int i = 0; i < 6; i++) {
        char *p = text_format("%s/drill/%s", SCRIPTS, files[i]);
        assert_int_equal(drill_load_file(p, b, &d), 0);
        free(p);
    }
    diag_list_clear(&d);
}

static void boxes_move_up_when_right_and_back_to_one_when_wrong(void **state)
{
    (void)state;
    assert_int_equal(drill_box_after(0, true), 2);
    assert_int_equal(drill_box_after(0, false), 1);
    assert_int_equal(drill_box_after(3, true), 4);
    assert_int_equal(drill_box_after(5, true), 5);
    assert_int_equal(drill_box_after(5, false), 1);
    assert_int_equal(drill_box_interval(1), 1);
    assert_int_equal(drill_box_interval(2), 2);
    assert_int_equal(drill_box_interval(5), 16);
    DrillMemory m = {.box = 3, .last_round = 4};
    assert_false(drill_due(&m, 7));
    assert_true(drill_due(&m, 8));
    DrillMemory never = {0};
    assert_false(drill_due(&never, 100));
}

static void the_level_rises_with_accuracy(void **state)
{
    (void)state;
    assert_int_equal(drill_level(0, 0), 1);
    assert_int_equal(drill_level(9, 9), 1);   /* too few answers yet */
    assert_int_equal(drill_level(5, 10), 1);  /* 50% */
    assert_int_equal(drill_level(6, 10), 2);  /* 60% */
    assert_int_equal(drill_level(19, 19), 2); /* under twenty answers */
    assert_int_equal(drill_level(15, 20), 2); /* 75% */
    assert_int_equal(drill_level(16, 20), 3); /* 80% */
}

static bool in_round(const int *r, int n, int item)
{
    for (int i = 0; i < n; i++)
        if (r[i] == item)
            return true;
    return false;
}

static void a_first_round_is_easy_and_never_uses_the_check_forms(void **state)
{
    (void)state;
    DrillBank b = {0};
    load_shipped(&b);
    DrillMemory *mem = calloc((size_t)b.count, sizeof *mem);
    int r[DRILL_ROUND_ITEMS];
    for (uint64_t seed = 1; seed < 50; seed++) {
        int n = drill_round_pick(&b, mem, 1, 1, seed, r);
        assert_int_equal(n, DRILL_ROUND_ITEMS);
        for (int i = 0; i < n; i++) {
            assert_int_equal(b.items[r[i]].form, 0);
            assert_int_equal(b.items[r[i]].difficulty, 1);
            for (int j = 0; j < i; j++)
                assert_int_not_equal(r[i], r[j]);
        }
    }
    /* At level 3 new items are subtle first, and the round runs easy first. */
    int n = drill_round_pick(&b, mem, 1, 3, 7, r);
    assert_int_equal(n, DRILL_ROUND_ITEMS);
    for (int i = 1; i < n; i++)
        assert_true(b.items[r[i - 1]].difficulty <= b.items[r[i]].difficulty);
    assert_int_equal(b.items[r[n - 1]].difficulty, 3);
    free(mem);
    drill_bank_free(&b);
}

static void the_same_seed_gives_the_same_round(void **state)
{
    (void)state;
    DrillBank b = {0};
    load_shipped(&b);
    DrillMemory *mem = calloc((size_t)b.count, sizeof *mem);
    int r1[DRILL_ROUND_ITEMS], r2[DRILL_ROUND_ITEMS], r3[DRILL_ROUND_ITEMS];
    drill_round_pick(&b, mem, 1, 2, 42, r1);
    drill_round_pick(&b, mem, 1, 2, 42, r2);
    drill_round_pick(&b, mem, 1, 2, 43, r3);
    assert_memory_equal(r1, r2, sizeof r1);
    assert_memory_not_equal(r1, r3, sizeof r1);
    free(mem);
    drill_bank_free(&b);
}

/* Plays rounds, answering every item of one kind wrong and the rest right:
 * the missed items come back in the very next round, the known ones wait
 * their box's interval, and the level rises. */
static void missed_items_come_back_and_known_ones_wait(void **state)
{
    (void)state;
    DrillBank b = {0};
    load_shipped(&b);
    DrillMemory *mem = calloc((size_t)b.count, sizeof *mem);
    int r[DRILL_ROUND_ITEMS], prev[DRILL_ROUND_ITEMS], n_prev = 0;
    int right = 0, total = 0, level = 1, top_level = 1;
    for (int round = 1; round <= 12; round++) {
        level = drill_level(right, total);
        top_level = level > top_level ? level : top_level;
        int n = drill_round_pick(&b, mem, round, level, (uint64_t)round, r);
        assert_int_equal(n, DRILL_ROUND_ITEMS);
        for (int i = 0; i < n_prev; i++) {
            const DrillMemory *m = &mem[prev[i]];
            if (m->box == 1) /* missed last round: back now */
                assert_true(in_round(r, n, prev[i]));
            else /* known: box 2 waits a round */
                assert_false(in_round(r, n, prev[i]));
        }
        for (int i = 0; i < n; i++) {
            /* A learner who misses a neutral item the first time it comes
             * and knows it after: missed items return, then are known. */
            bool ok = b.items[r[i]].kind != KIND_NEUTRAL || mem[r[i]].last_round > 0;
            mem[r[i]].box = drill_box_after(mem[r[i]].box, ok);
            mem[r[i]].last_round = round;
            right += ok;
            total++;
            prev[i] = r[i];
        }
        n_prev = n;
        if (total > DRILL_RECENT) { /* the level reads the last answers only */
            right = right * DRILL_RECENT / total;
            total = DRILL_RECENT;
        }
    }
    assert_int_equal(top_level, 3);
    free(mem);
    drill_bank_free(&b);
}

static void scores_count_per_kind(void **state)
{
    (void)state;
    DrillScore s = {0};
    assert_int_equal(drill_score_percent(&s, KIND_RESCUE), -1);
    drill_score_add(&s, KIND_RESCUE, true);
    drill_score_add(&s, KIND_RESCUE, false);
    drill_score_add(&s, KIND_RESCUE, true);
    drill_score_add(&s, KIND_SUPPORT, true);
    drill_score_add(&s, (ChoiceKind)99, true); /* ignored */
    assert_int_equal(drill_score_percent(&s, KIND_RESCUE), 67);
    assert_int_equal(drill_score_percent(&s, KIND_SUPPORT), 100);
    assert_int_equal(drill_score_right(&s), 3);
    assert_int_equal(drill_score_total(&s), 4);
    assert_non_null(strstr(drill_honest_note(), "rough measure, not a diagnosis"));
}

static void a_small_bank_gives_a_short_round(void **state)
{
    (void)state;
    DrillBank b = {0};
    DiagList d = {0};
    const char *src = "drill \"a\" { relationship = \"friends\", difficulty = 3, idea = \"x\", "
                      "situation = \"s\", response = \"r\", kind = \"support\", because = "
                      "\"b\" }\n";
    assert_int_equal(drill_load_text("small.lua", src, strlen(src), &b, &d), 0);
    DrillMemory mem[1] = {{0}};
    int r[DRILL_ROUND_ITEMS];
    assert_int_equal(drill_round_pick(&b, mem, 1, 1, 1, r), 1); /* above the level, still asked */
    DrillBank empty = {0};
    assert_int_equal(drill_round_pick(&empty, NULL, 1, 1, 1, r), 0);
    diag_list_clear(&d);
    drill_bank_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(boxes_move_up_when_right_and_back_to_one_when_wrong),
        cmocka_unit_test(the_level_rises_with_accuracy),
        cmocka_unit_test(a_first_round_is_easy_and_never_uses_the_check_forms),
        cmocka_unit_test(the_same_seed_gives_the_same_round),
        cmocka_unit_test(missed_items_come_back_and_known_ones_wait),
        cmocka_unit_test(scores_count_per_kind),
        cmocka_unit_test(a_small_bank_gives_a_short_round),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
