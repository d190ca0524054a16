/* test_drill_homework.c — an assignment may ask for Spot it: drill = N
 * rounds and check_form = "A" or "B", with or without stories; bad values
 * are reported at their line; the fields survive writing and reading back;
 * an assignment without them loads as before. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "homework/homework.h"
#include "homework/homework_check.h"

static Homework *load(const char *src, DiagList *d)
{
    return homework_load_text("week.beside-homework", src, strlen(src), d);
}

static bool has_diag(const DiagList *d, int line, const char *part)
{
    for (int i = 0; i < d->count; i++)
        if (d->items[i].line == line && strstr(d->items[i].message, part))
            return true;
    diag_print(d, stderr);
    return false;
}

static void drill_and_check_form_are_read(void **state)
{
    (void)state;
    DiagList d = {0};
    Homework *hw = load("homework {\n  stories = { \"nina-and-tom\" },\n  drill = 3,\n"
                        "  check_form = \"B\",\n}\n", &d);
    assert_non_null(hw);
    assert_int_equal(hw->drill_rounds, 3);
    assert_int_equal(hw->check_form, 'B');
    assert_int_equal(hw->n_stories, 1);
    homework_free(hw);
    /* Spot it alone needs no story. */
    hw = load("homework { drill = 1 }", &d);
    assert_non_null(hw);
    assert_int_equal(hw->n_stories, 0);
    homework_free(hw);
    hw = load("homework { check_form = \"A\" }", &d);
    assert_non_null(hw);
    assert_int_equal(hw->check_form, 'A');
    homework_free(hw);
    /* Without them, as before. */
    hw = load("homework { stories = { \"nina-and-tom\" } }", &d);
    assert_non_null(hw);
    assert_int_equal(hw->drill_rounds, 0);
    assert_int_equal(hw->check_form, 0);
    homework_free(hw);
    assert_int_equal(d.count, 0);
    diag_list_clear(&d);
}

static void bad_values_are_told_at_their_line(void **state)
{
    (void)state;
    DiagList d = {0};
    assert_null(load("homework {\n  stories = { \"nina-and-tom\" },\n  drill = \"3\",\n"
                     "  check_form = \"C\",\n}\n", &d));
    assert_true(has_diag(&d, 3, "drill is the number of Spot it rounds to play, from 1 to 20"));
    assert_true(has_diag(&d, 4, "check_form is \"A\" or \"B\""));
    diag_list_clear(&d);
    assert_null(load("homework {\n  drill = 21,\n}\n", &d));
    assert_true(has_diag(&d, 2, "from 1 to 20"));
    diag_list_clear(&d);
    /* Neither stories nor the drill: still an error, and it names both. */
    assert_null(load("homework { note = \"hi\" }", &d));
    assert_true(has_diag(&d, 1, "homework needs stories"));
    assert_true(has_diag(&d, 1, "drill = 3"));
    diag_list_clear(&d);
    assert_null(load("homework { stories = { \"x\" }, dril = 2 }", &d));
    assert_true(has_diag(&d, 1, "Did you mean 'drill'?"));
    diag_list_clear(&d);
}

static void the_fields_survive_writing(void **state)
{
    (void)state;
    Homework hw = {.assigned = "2026-12-04", .drill_rounds = 5, .check_form = 'A'};
    char *text = homework_write(&hw);
    assert_non_null(strstr(text, "drill = 5,"));
    assert_non_null(strstr(text, "check_form = \"A\","));
    assert_null(strstr(text, "stories = "));
    DiagList d = {0};
    Homework *back = load(text, &d);
    assert_non_null(back);
    assert_int_equal(back->drill_rounds, 5);
    assert_int_equal(back->check_form, 'A');
    homework_free(back);
    free(text);
    diag_list_clear(&d);
    /* homework_check takes a Spot it assignment with no story. */
    static const char *const names[HOMEWORK_F_COUNT] = {
        "--story", "--question", "--practice", "--note", "--from", "--due", "--contact",
    };
    HomeworkProblems p = {0};
    assert_int_equal(homework_check(&hw, "2026-12-04", names, &p), 0);
    homework_problems_clear(&p);
    hw.drill_rounds = 0;
    hw.check_form = 0;
    assert_true(homework_check(&hw, "2026-12-04", names, &p) > 0);
    homework_problems_clear(&p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(drill_and_check_form_are_read),
        cmocka_unit_test(bad_values_are_told_at_their_line),
        cmocka_unit_test(the_fields_survive_writing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
