/* test_homework_app.c — the homework and the rooms' summaries in the
 * application layer (engine/app/assignment, homework_report, room): an
 * assignment opened from its file is kept in the profile and comes back
 * after a restart, until it is forgotten; a broken file is refused with
 * file:line and keeps nothing; the report's preview holds a reflection until
 * the player leaves it out, and saving writes the page and a plain-text copy
 * to the documents folder, never over a file; a room's summary says where it
 * went and that it holds nothing about anyone in the room. */
#include "../profile/profile_test.h"
#include "app/assignment.h"
#include "app/homework_report.h"
#include "app/room.h"

static Profile *reopen(const char *path)
{
    char *notice = NULL, *err = NULL;
    Profile *p = profile_open(path, &notice, &err);
    assert_null(notice);
    assert_null(err);
    assert_non_null(p);
    return p;
}

static void an_assignment_is_kept_until_forgotten(void **state)
{
    Fixture *f = *state;
    Profile *p = open_clean(f->path);
    assert_null(assignment_restore(p)); /* nothing kept yet */
    DiagList d = {0};
    char *problem = NULL;
    Homework *hw = assignment_open(p, FIXTURES "/homework/good.beside-homework", &d, &problem);
    assert_non_null(hw);
    assert_null(problem);
    assert_int_equal(d.count, 0);
    assert_string_equal(hw->from, "Sam Lee");
    homework_free(hw);
    profile_close(p);

    p = reopen(f->path); /* a restart */
    hw = assignment_restore(p);
    assert_non_null(hw);
    assert_string_equal(hw->from, "Sam Lee");
    assert_string_equal(hw->due, "2026-12-08");
    assert_int_equal(hw->n_stories, 2);
    homework_free(hw);
    assignment_forget(p);
    assert_null(assignment_restore(p));
    profile_close(p);

    /* Without a profile it opens all the same, and nothing is kept. */
    hw = assignment_open(NULL, FIXTURES "/homework/good.beside-homework", &d, &problem);
    assert_non_null(hw);
    assert_null(problem);
    homework_free(hw);
    assert_null(assignment_restore(NULL));
    assignment_forget(NULL);
    assert_true(assignment_is_file("/tmp/week-2.beside-homework"));
    assert_false(assignment_is_file("/tmp/nina-and-tom.lua"));
}

static void a_broken_assignment_keeps_the_one_before(void **state)
{
    Fixture *f = *state;
    Profile *p = open_clean(f->path);
    DiagList d = {0};
    char *problem = NULL;
    Homework *hw = assignment_open(p, FIXTURES "/homework/good.beside-homework", &d, &problem);
    assert_non_null(hw);
    homework_free(hw);
    hw = assignment_open(p, FIXTURES "/homework/missing-comma.beside-homework", &d, &problem);
    assert_null(hw);
    assert_null(problem);
    assert_true(d.count > 0);
    assert_true(d.items[0].line > 0); /* each problem names its line */
    diag_list_clear(&d);
    hw = assignment_restore(p); /* the good one is still the one kept */
    assert_non_null(hw);
    assert_string_equal(hw->from, "Sam Lee");
    homework_free(hw);
    profile_close(p);
}

static void the_report_leaves_out_what_the_player_says(void **state)
{
    Fixture *f = *state;
    make_profile(f->path, f->story); /* one playthrough of walk, one journal page */
    Profile *p = reopen(f->path);
    HomeworkReport r = {0};
    homework_report_prepare(&r, p, NULL);
    assert_int_equal(r.n_reflections, 1);
    assert_non_null(r.preview);
    assert_true(contains(r.preview, JOURNAL_TEXT));
    int64_t id = r.reflections[0].id;
    assert_false(homework_report_left_out(&r, id));

    assert_int_equal(homework_report_toggle(&r, p, NULL, 0), 1);
    assert_true(homework_report_left_out(&r, id));
    assert_false(contains(r.preview, JOURNAL_TEXT));
    assert_int_equal(r.n_reflections, 1); /* still listed, to put back */
    homework_report_prepare(&r, p, NULL); /* read again: the choice holds */
    assert_false(contains(r.preview, JOURNAL_TEXT));
    assert_int_equal(homework_report_toggle(&r, p, NULL, 0), 1);
    assert_true(contains(r.preview, JOURNAL_TEXT));
    assert_int_equal(homework_report_toggle(&r, p, NULL, 5), 0); /* no such reflection */
    homework_report_toggle(&r, p, NULL, 0);
    homework_report_clear_choices(&r);
    assert_false(homework_report_left_out(&r, id));
    homework_report_free(&r);
    profile_close(p);

    homework_report_prepare(&r, NULL, NULL);
    assert_true(contains(r.preview, "no profile open"));
    assert_int_equal(r.n_reflections, 0);
    homework_report_free(&r);
}

static void saving_the_report_never_overwrites(void **state)
{
    Fixture *f = *state;
    make_profile(f->path, f->story);
    Profile *p = reopen(f->path);
    char *docs = in_dir(f->dir, "docs");
    assert_int_equal(mkdir(docs, 0700), 0);
    setenv("XDG_DOCUMENTS_DIR", docs, 1);
    HomeworkReport r = {0};
    homework_report_prepare(&r, p, NULL);
    char *first = homework_report_save(&r, p, NULL);
    assert_true(contains(first, "Your report was saved as"));
    assert_true(contains(first, docs));
    assert_true(contains(first, "plain-text copy"));
    char *second = homework_report_save(&r, p, NULL);
    assert_true(contains(second, "-2.html"));
    assert_int_equal(count_files(docs, "beside-report-", NULL), 4); /* two pages, two texts */
    free(first);
    free(second);
    homework_report_free(&r);
    profile_close(p);
    free(docs);
}

static void a_rooms_summary_says_where_it_went(void **state)
{
    Fixture *f = *state;
    char *docs = in_dir(f->dir, "room");
    assert_int_equal(mkdir(docs, 0700), 0);
    setenv("XDG_DOCUMENTS_DIR", docs, 1);
    SessionSummary s = {.story = f->story, .ending = -1, .started = 1796385600,
                        .finished = 1796389200};
    char *msg = room_save_session(&s);
    assert_true(contains(msg, "The summary was saved as"));
    assert_true(contains(msg, docs));
    assert_true(contains(msg, "nothing about anyone in the room"));
    free(msg);
    DrillRoom room = {0};
    msg = room_save_drill(&room);
    assert_true(contains(msg, "The room's summary was saved as"));
    assert_true(contains(msg, "beside-spot-it-room-"));
    free(msg);
    assert_int_equal(count_files(docs, "beside-session-", NULL), 1);
    assert_int_equal(count_files(docs, "beside-spot-it-room-", NULL), 1);

    setenv("XDG_DOCUMENTS_DIR", "/nonexistent/beside-test", 1);
    setenv("HOME", "/nonexistent/beside-test", 1);
    msg = room_save_session(&s);
    assert_true(contains(msg, "The summary could not be saved: "));
    free(msg);
    free(docs);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(an_assignment_is_kept_until_forgotten, setup, teardown),
        cmocka_unit_test_setup_teardown(a_broken_assignment_keeps_the_one_before, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(the_report_leaves_out_what_the_player_says, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(saving_the_report_never_overwrites, setup, teardown),
        cmocka_unit_test_setup_teardown(a_rooms_summary_says_where_it_went, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
