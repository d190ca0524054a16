/* test_homework_check.c — the checks an assignment gets before it is
 * written (homework/homework_check), shared by `beside assign` and the
 * desk: each field's problem names the field as the caller calls it, in
 * order; a story not installed is marked as such; a good draft has none. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "homework/homework_check.h"

static const char *const names[HOMEWORK_F_COUNT] = {
    [HOMEWORK_F_STORIES] = "Story", [HOMEWORK_F_QUESTIONS] = "Question",
    [HOMEWORK_F_PRACTICE] = "The practice task", [HOMEWORK_F_NOTE] = "The note",
    [HOMEWORK_F_FROM] = "Your name", [HOMEWORK_F_DUE] = "The due date",
    [HOMEWORK_F_CONTACTS] = "Contact line",
};

static void a_good_draft_has_no_problems(void **state)
{
    (void)state;
    setenv("BESIDE_STORIES", SCRIPTS, 1);
    char *stories[] = {"nina-and-tom", "the-fine-line"};
    char *questions[] = {"When did you feel the pull to fix it?"};
    Homework hw = {.stories = stories, .n_stories = 2, .questions = questions,
                   .n_questions = 1, .due = "2026-12-08", .from = "Sam Lee"};
    HomeworkProblems p = {0};
    assert_int_equal(homework_check(&hw, "2026-12-01", names, &p), 0);
    assert_int_equal(p.count, 0);
    assert_null(homework_problems_about(&p, HOMEWORK_F_STORIES, -1));
}

static void each_problem_names_its_field(void **state)
{
    (void)state;
    setenv("BESIDE_STORIES", SCRIPTS, 1);
    char *stories[] = {"nina-and-tom"};
    char *questions[] = {"Fine?", "  \n"};
    char *contacts[] = {"Crisis\033[2J"};
    Homework hw = {.stories = stories, .n_stories = 1, .questions = questions,
                   .n_questions = 2, .contacts = contacts, .n_contacts = 1,
                   .due = "2026-11-30"};
    HomeworkProblems p = {0};
    /* Every problem at once, in the order of the fields: the desk shows each beside its field. */
    assert_int_equal(homework_check(&hw, "2026-12-01", names, &p), 3);
    assert_int_equal(p.items[1].field, HOMEWORK_F_QUESTIONS);
    assert_int_equal(p.items[2].field, HOMEWORK_F_CONTACTS);
    assert_int_equal(p.items[0].field, HOMEWORK_F_DUE);
    assert_string_equal(p.items[0].message, "The due date 2026-11-30 is before today "
                                            "(2026-12-01). The due date must be today or later.");
    homework_problems_clear(&p);
    hw.due = "2026-02-30";
    homework_check(&hw, "2026-01-01", names, &p);
    assert_non_null(strstr(p.items[0].message, "is not a day on the calendar"));
    homework_problems_clear(&p);
    hw.due = NULL;
    homework_check(&hw, "2026-01-01", names, &p);
    assert_int_equal(p.items[0].field, HOMEWORK_F_QUESTIONS);
    assert_int_equal(p.items[0].item, 2);
    assert_string_equal(p.items[0].message, "Question 2 is empty. Write the text, or leave it out.");
    char *about = homework_problems_about(&p, HOMEWORK_F_QUESTIONS, 2);
    assert_non_null(about);
    free(about);
    assert_null(homework_problems_about(&p, HOMEWORK_F_QUESTIONS, 1));
    homework_problems_clear(&p);
    hw.n_questions = 1;
    homework_check(&hw, "2026-01-01", names, &p);
    assert_int_equal(p.items[0].field, HOMEWORK_F_CONTACTS);
    assert_non_null(strstr(p.items[0].message, "Contact line 1 contains a control character"));
    homework_problems_clear(&p);
}

static void stories_are_checked(void **state)
{
    (void)state;
    setenv("BESIDE_STORIES", SCRIPTS, 1);
    Homework hw = {0};
    HomeworkProblems p = {0};
    homework_check(&hw, NULL, names, &p);
    assert_string_equal(p.items[0].message, "Which stories? Pick at least one.");
    homework_problems_clear(&p);
    char *twice[] = {"nina-and-tom", "nina-and-tom"};
    hw.stories = twice, hw.n_stories = 2;
    homework_check(&hw, NULL, names, &p);
    assert_string_equal(p.items[0].message, "Story nina-and-tom is given twice; list each "
                                            "story once.");
    homework_problems_clear(&p);
    char *missing[] = {"nina-and-tim"};
    hw.stories = missing, hw.n_stories = 1;
    homework_check(&hw, NULL, names, &p);
    assert_true(p.items[0].not_found);
    assert_non_null(strstr(p.items[0].message, "Did you mean 'nina-and-tom'?"));
    homework_problems_clear(&p);
    char *many[] = {"a", "b", "c", "d", "e", "f", "g"};
    char *ok[] = {"nina-and-tom"};
    hw.stories = ok, hw.contacts = many, hw.n_contacts = 7;
    homework_check(&hw, NULL, names, &p);
    assert_string_equal(p.items[0].message, "7 contact lines is too many; the most is 6. Keep "
                                            "the ones your client most needs.");
    homework_problems_clear(&p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_good_draft_has_no_problems),
        cmocka_unit_test(each_problem_names_its_field),
        cmocka_unit_test(stories_are_checked),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
