/* test_drill_session.c — the application layer's Spot it round, as every
 * front end drives it: a practice round picked from the profile (missed
 * items back next round), answers saved at once and the round marked
 * finished, a check form with its other form found for the change, and a
 * round without a profile. */
#include "../profile/profile_test.h"

#include "app/drill_session.h"

typedef struct {
    char *dir;
    Profile *p;
    DrillBank bank;
} Fx;

static int fx_setup(void **state)
{
    Fx *f = calloc(1, sizeof *f);
    f->dir = temp_dir();
    char *path = in_dir(f->dir, "profile.db");
    f->p = open_clean(path);
    free(path);
    /* The shipped bank, found as the game finds it. */
    setenv("BESIDE_STORIES", f->dir, 1);
    char *problem = NULL;
    assert_int_equal(drill_session_bank(&f->bank, &problem), BANK_ITEMS);
    assert_null(problem);
    *state = f;
    return 0;
}

static int fx_teardown(void **state)
{
    Fx *f = *state;
    profile_close(f->p);
    drill_bank_free(&f->bank);
    rm_tree(f->dir);
    free(f->dir);
    free(f);
    return 0;
}

static void missed_items_come_back_in_the_next_round(void **state)
{
    Fx *f = *state;
    DrillSession s;
    char *problem = NULL;
    assert_int_equal(drill_session_practice(&s, &f->bank, f->p, 11, &problem), 0);
    assert_int_equal(s.number, 1);
    assert_int_equal(s.level, 1);
    assert_int_equal(s.n, DRILL_ROUND_ITEMS);
    const char *missed[DRILL_ROUND_ITEMS];
    int n_missed = 0;
    for (const DrillItem *it; (it = drill_session_item(&s));) {
        /* Wrong on every rescue and support, right on the rest. */
        bool miss = it->kind == KIND_RESCUE || it->kind == KIND_SUPPORT;
        ChoiceKind k = miss ? (it->kind == KIND_RESCUE ? KIND_SUPPORT : KIND_RESCUE) : it->kind;
        if (miss)
            missed[n_missed++] = it->id;
        assert_int_equal(drill_session_answer(&s, k, &problem), !miss);
    }
    assert_null(problem);
    assert_true(drill_session_done(&s));
    assert_int_equal(drill_session_answer(&s, KIND_RESCUE, &problem), -1);
    assert_int_equal(drill_score_total(&s.score), DRILL_ROUND_ITEMS);
    DrillRoundInfo *r;
    int n;
    assert_int_equal(profile_drill_rounds(f->p, 0, &r, &n, &problem), 0);
    assert_int_equal(n, 1);
    assert_true(r[0].finished);
    assert_int_equal(drill_score_total(&r[0].score), DRILL_ROUND_ITEMS);
    free(r);
    DrillSession next;
    assert_int_equal(drill_session_practice(&next, &f->bank, f->p, 12, &problem), 0);
    assert_int_equal(next.number, 2);
    int back = 0;
    for (int i = 0; i < n_missed; i++)
        for (int j = 0; j < next.n; j++)
            back += strcmp(f->bank.items[next.items[j]].id, missed[i]) == 0;
    assert_int_equal(back, n_missed < DRILL_ROUND_MAX_DUE ? n_missed : DRILL_ROUND_MAX_DUE);
}

static void a_check_finds_the_other_form(void **state)
{
    Fx *f = *state;
    DrillSession a, b;
    char *problem = NULL;
    DrillRoundInfo before;
    assert_int_equal(drill_session_check(&a, &f->bank, f->p, 'A', &problem), 0);
    assert_int_equal(a.n, DRILL_FORM_ITEMS);
    assert_int_equal(drill_session_other_check(&a, &before, &problem), 0);
    while (!drill_session_done(&a))
        drill_session_answer(&a, KIND_SUPPORT, &problem);
    assert_int_equal(drill_score_right(&a.score), 5);
    assert_int_equal(drill_session_check(&b, &f->bank, f->p, 'B', &problem), 0);
    for (int i = 0; i < b.n; i++) /* no item of form A is in form B */
        for (int j = 0; j < a.n; j++)
            assert_int_not_equal(b.items[i], a.items[j]);
    assert_int_equal(drill_session_other_check(&b, &before, &problem), 1);
    assert_string_equal(before.mode, "A");
    assert_int_equal(drill_score_right(&before.score), 5);
    /* A check moved no box. */
    DrillMemoryRow *rows;
    int n;
    assert_int_equal(profile_drill_memory(f->p, &rows, &n, &problem), 0);
    assert_int_equal(n, 0);
    drill_memory_rows_free(rows, n);
    assert_int_equal(drill_session_check(&b, &f->bank, f->p, 'C', &problem), -1);
    assert_non_null(strstr(problem, "no items of check form C"));
    free(problem);
}

static void without_a_profile_it_plays_unsaved(void **state)
{
    Fx *f = *state;
    DrillSession s;
    char *problem = NULL;
    assert_int_equal(drill_session_practice(&s, &f->bank, NULL, 3, &problem), 0);
    assert_int_equal(s.round, 0);
    while (!drill_session_done(&s))
        assert_true(drill_session_answer(&s, KIND_NEUTRAL, &problem) >= 0);
    assert_null(problem);
    DrillBank empty = {0};
    assert_int_equal(drill_session_practice(&s, &empty, NULL, 3, &problem), -1);
    free(problem);
}

static void progress_sums_rounds_in_blocks(void **state)
{
    Fx *f = *state;
    char *problem = NULL;
    DrillBlock *b;
    int n;
    assert_int_equal(drill_session_progress(f->p, 5, &b, &n, &problem), 0);
    assert_int_equal(n, 0);
    assert_null(b);
    for (int round = 1; round <= 7; round++) {
        DrillSession s;
        assert_int_equal(drill_session_practice(&s, &f->bank, f->p, (uint64_t)round, &problem),
                         0);
        while (!drill_session_done(&s)) /* right on every other item */
            drill_session_answer(&s, s.at % 2 ? KIND_HURTFUL
                                               : drill_session_item(&s)->kind, &problem);
    }
    DrillSession check; /* a check is not practice: not in the blocks */
    assert_int_equal(drill_session_check(&check, &f->bank, f->p, 'A', &problem), 0);
    drill_session_answer(&check, KIND_RESCUE, &problem);
    assert_int_equal(drill_session_progress(f->p, 5, &b, &n, &problem), 0);
    assert_int_equal(n, 2);
    assert_int_equal(b[0].first, 1);
    assert_int_equal(b[0].last, 5);
    assert_int_equal(drill_score_total(&b[0].score), 50);
    assert_int_equal(b[1].first, 6);
    assert_int_equal(b[1].last, 7);
    assert_int_equal(drill_score_total(&b[1].score), 20);
    assert_true(drill_score_right(&b[1].score) >= 10);
    assert_true(b[0].from <= b[1].to);
    free(b);
    assert_null(problem);
}

int main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, fx_setup, fx_teardown)
    const struct CMUnitTest tests[] = {
        T(missed_items_come_back_in_the_next_round),
        T(a_check_finds_the_other_form),
        T(without_a_profile_it_plays_unsaved),
        T(progress_sums_rounds_in_blocks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
