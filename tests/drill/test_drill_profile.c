/* test_drill_profile.c — Spot it in the profile: an answer moves its item's
 * box (practice only, never a check), rounds are numbered and scored per
 * kind, missed answers keep the text that was asked, recent accuracy feeds
 * the level, and "delete all" removes it all. */
#include "../profile/profile_test.h"

#include "core/drill_round.h"
#include "profile/profile_drill.h"

typedef struct {
    char *dir, *path;
    Profile *p;
    DrillItem items[3];
} Fx;

static int fx_setup(void **state)
{
    Fx *f = calloc(1, sizeof *f);
    f->dir = temp_dir();
    f->path = in_dir(f->dir, "profile.db");
    f->p = open_clean(f->path);
    static const char *const ids[] = {"friends-001", "friends-002", "work-003"};
    static const ChoiceKind kinds[] = {KIND_RESCUE, KIND_SUPPORT, KIND_BOUNDARY};
    for (int i = 0; i < 3; i++)
        f->items[i] = (DrillItem){.id = (char *)ids[i], .kind = kinds[i], .difficulty = 1,
                                  .situation = (char *)"Your friend asks for money again.",
                                  .response = (char *)"Say, “Not this time.”"};
    *state = f;
    return 0;
}

static int fx_teardown(void **state)
{
    Fx *f = *state;
    profile_close(f->p);
    rm_tree(f->dir);
    free(f->dir);
    free(f->path);
    free(f);
    return 0;
}

static void answer(Fx *f, int64_t round, int item, ChoiceKind k)
{
    char *err = NULL;
    DrillAnswer a = {.item = &f->items[item], .answer = k};
    if (profile_drill_answer(f->p, round, &a, &err) < 0)
        fail_msg("answer: %s", err);
}

static int box_of(Fx *f, const char *id, int *last_round)
{
    DrillMemoryRow *rows;
    int n, box = 0;
    char *err = NULL;
    assert_int_equal(profile_drill_memory(f->p, &rows, &n, &err), 0);
    for (int i = 0; i < n; i++)
        if (strcmp(rows[i].item_id, id) == 0) {
            box = rows[i].memory.box;
            *last_round = rows[i].memory.last_round;
        }
    drill_memory_rows_free(rows, n);
    return box;
}

static void practice_moves_boxes_and_a_check_does_not(void **state)
{
    Fx *f = *state;
    char *err = NULL;
    int number;
    assert_int_equal(profile_drill_next_round(f->p, &number, &err), 0);
    assert_int_equal(number, 1);
    int64_t r1 = profile_drill_begin(f->p, "practice", number, &err);
    assert_true(r1 > 0);
    answer(f, r1, 0, KIND_RESCUE);  /* right: box 2 */
    answer(f, r1, 1, KIND_RESCUE);  /* wrong: box 1 */
    assert_int_equal(profile_drill_finish(f->p, r1, &err), 0);
    int last = 0;
    assert_int_equal(box_of(f, "friends-001", &last), 2);
    assert_int_equal(last, 1);
    assert_int_equal(box_of(f, "friends-002", &last), 1);
    assert_int_equal(profile_drill_next_round(f->p, &number, &err), 0);
    assert_int_equal(number, 2);
    int64_t r2 = profile_drill_begin(f->p, "practice", number, &err);
    answer(f, r2, 0, KIND_RESCUE); /* right again: box 3 */
    assert_int_equal(box_of(f, "friends-001", &last), 3);
    assert_int_equal(last, 2);
    /* A check counts, but moves no box. */
    int64_t c = profile_drill_begin(f->p, "A", 0, &err);
    answer(f, c, 0, KIND_HURTFUL);
    answer(f, c, 2, KIND_BOUNDARY);
    assert_int_equal(box_of(f, "friends-001", &last), 3);
    assert_int_equal(box_of(f, "work-003", &last), 0);
    assert_int_equal(profile_drill_finish(f->p, c, &err), 0);
    /* Recent accuracy reads practice answers only: 2 of 3. */
    int right, total;
    assert_int_equal(profile_drill_recent(f->p, DRILL_RECENT, &right, &total, &err), 0);
    assert_int_equal(total, 3);
    assert_int_equal(right, 2);
    assert_int_equal(profile_drill_recent(f->p, 1, &right, &total, &err), 0);
    assert_int_equal(total, 1);
    /* Rounds, oldest first, scored per kind. */
    DrillRoundInfo *r;
    int n;
    assert_int_equal(profile_drill_rounds(f->p, 0, &r, &n, &err), 0);
    assert_int_equal(n, 3);
    assert_string_equal(r[0].mode, "practice");
    assert_true(r[0].finished);
    assert_false(r[1].finished);
    assert_int_equal(r[0].score.right[KIND_RESCUE], 1);
    assert_int_equal(r[0].score.total[KIND_SUPPORT], 1);
    assert_int_equal(r[0].score.right[KIND_SUPPORT], 0);
    assert_string_equal(r[2].mode, "A");
    assert_int_equal(drill_score_right(&r[2].score), 1);
    free(r);
    /* The missed answers, with the text as it was asked. */
    DrillAnswerRecord *a;
    assert_int_equal(profile_drill_answers(f->p, 0, true, &a, &n, &err), 0);
    assert_int_equal(n, 2);
    assert_string_equal(a[0].item_id, "friends-002");
    assert_int_equal(a[0].kind, KIND_SUPPORT);
    assert_int_equal(a[0].answer, KIND_RESCUE);
    assert_string_equal(a[0].response, "Say, “Not this time.”");
    assert_string_equal(a[1].mode, "A");
    drill_answer_records_free(a, n);
    assert_int_equal(profile_drill_answers(f->p, 0, false, &a, &n, &err), 0);
    assert_int_equal(n, 5);
    drill_answer_records_free(a, n);
}

static void an_answer_to_no_round_is_refused(void **state)
{
    Fx *f = *state;
    char *err = NULL;
    DrillAnswer a = {.item = &f->items[0], .answer = KIND_RESCUE};
    assert_int_equal(profile_drill_answer(f->p, 99, &a, &err), -1);
    assert_non_null(strstr(err, "not in your profile"));
    free(err);
}

static void delete_all_removes_the_drill(void **state)
{
    Fx *f = *state;
    char *err = NULL;
    int64_t r = profile_drill_begin(f->p, "practice", 1, &err);
    answer(f, r, 1, KIND_HURTFUL);
    assert_int_equal(profile_delete_all(f->p, &err), 0);
    DrillRoundInfo *ri;
    int n;
    assert_int_equal(profile_drill_rounds(f->p, 0, &ri, &n, &err), 0);
    assert_int_equal(n, 0);
    free(ri);
    int last = 0;
    assert_int_equal(box_of(f, "friends-002", &last), 0);
}

int main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, fx_setup, fx_teardown)
    const struct CMUnitTest tests[] = {
        T(practice_moves_boxes_and_a_check_does_not),
        T(an_answer_to_no_round_is_refused),
        T(delete_all_removes_the_drill),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
