/* test_drill_load.c — the drill "id" { } word: the shipped bank loads whole
 * and passes every check (grade, ideas, balance, matched forms); each kind
 * of mistake is reported at its file and line; story files are unchanged. */
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
#include "script/library.h"
#include "script/loader.h"

static const char *const BANK[] = {
    "bank-partners.lua", "bank-friends.lua", "bank-parents-and-adult-children.lua",
    "bank-siblings.lua", "bank-parent-and-teen.lua", "bank-coworkers.lua",
};

static void load_shipped(DrillBank *b, DiagList *d)
{
    for (size_t i = 0; i < sizeof BANK / sizeof BANK[0]; i++) {
        char *p = text_format("%s/drill/%s", SCRIPTS, BANK[i]);
        assert_int_equal(drill_load_file(p, b, d), 0);
        free(p);
    }
}

static bool has_diag(const DiagList *d, DiagSeverity sev, int line, const char *part)
{
    for (int i = 0; i < d->count; i++)
        if (d->items[i].severity == sev && d->items[i].line == line &&
            strstr(d->items[i].message, part))
            return true;
    return false;
}

static void print_diags(const DiagList *d)
{
    diag_print(d, stderr);
}

static void the_shipped_bank_passes_every_check(void **state)
{
    (void)state;
    DrillBank b = {0};
    DiagList d = {0};
    load_shipped(&b, &d);
    assert_int_equal(b.count, BANK_ITEMS);
    char **ideas = NULL, *where = NULL;
    int n = drill_ideas_find(NULL, &ideas, &where);
    assert_int_equal(n, 10); /* the ten ideas; not "The five parts" */
    DrillCheckOptions opt = {.ideas = (const char *const *)ideas, .n_ideas = n};
    drill_check(&b, &opt, &d);
    print_diags(&d);
    assert_int_equal(d.count, 0);
    DrillCounts c;
    drill_count(&b, &c);
    for (int k = 0; k < KIND_COUNT; k++)
        assert_true(drill_one_answer_score(&c, (ChoiceKind)k) <= DRILL_ONE_ANSWER_MAX);
    for (int r = 0; r < DRILL_REL_COUNT; r++)
        assert_true(c.by_relationship[r] >= DRILL_MIN_PER_RELATIONSHIP);
    for (int i = 0; i < b.count; i++)
        assert_true(drill_item_grade(&b.items[i]) <= DRILL_GRADE_MAX);
    drill_ideas_free(ideas, n);
    free(where);
    diag_list_clear(&d);
    drill_bank_free(&b);
}

/* The forms hold 20 items each, the same number of each kind at each
 * difficulty; the test proves the match item by item. */
static void the_check_forms_are_matched(void **state)
{
    (void)state;
    DrillBank b = {0};
    DiagList d = {0};
    load_shipped(&b, &d);
    char why[300];
    assert_true(drill_forms_matched(&b, why, sizeof why));
    int a[40], bb[40];
    assert_int_equal(drill_form_items(&b, 'A', a, 40), DRILL_FORM_ITEMS);
    assert_int_equal(drill_form_items(&b, 'B', bb, 40), DRILL_FORM_ITEMS);
    int cell[2][KIND_COUNT][4] = {{{0}}};
    for (int i = 0; i < DRILL_FORM_ITEMS; i++) {
        cell[0][b.items[a[i]].kind][b.items[a[i]].difficulty]++;
        cell[1][b.items[bb[i]].kind][b.items[bb[i]].difficulty]++;
    }
    assert_memory_equal(cell[0], cell[1], sizeof cell[0]);
    /* Every kind is in each form. */
    for (int k = 0; k < KIND_COUNT; k++)
        assert_true(cell[0][k][1] + cell[0][k][2] + cell[0][k][3] > 0);
    /* A form item moved to the other form breaks the match, and says how. */
    b.items[a[0]].form = 'B';
    assert_false(drill_forms_matched(&b, why, sizeof why));
    assert_non_null(strstr(why, "form A has 19 items"));
    diag_list_clear(&d);
    drill_bank_free(&b);
}

static void each_mistake_is_reported_at_its_line(void **state)
{
    (void)state;
    DrillBank b = {0};
    DiagList d = {0};
    char path[1024];
    snprintf(path, sizeof path, "%s/drill/problems.lua", FIXTURES);
    assert_int_equal(drill_load_file(path, &b, &d), 6);
    print_diags(&d);
    assert_int_equal(b.count, 0); /* an item with a mistake is left out */
    assert_true(has_diag(&d, DIAG_ERROR, 9, "a field 'becuase' that Beside does not know. Did "
                         "you mean 'because'?"));
    assert_true(has_diag(&d, DIAG_ERROR, 2, "item 'fix-001' needs because"));
    assert_true(has_diag(&d, DIAG_ERROR, 18, "kind = \"rescu\" is not one Beside knows. Did you "
                         "mean \"rescue\"?"));
    assert_true(has_diag(&d, DIAG_ERROR, 22, "item 'fix-003' needs situation"));
    assert_true(has_diag(&d, DIAG_ERROR, 31, "needs couple = \"same-sex\""));
    assert_true(has_diag(&d, DIAG_ERROR, 33, "difficulty is 1 (easy), 2 (medium) or 3"));
    diag_list_clear(&d);
    drill_bank_free(&b);
}

static void warnings_name_the_item_and_duplicates_the_other_file(void **state)
{
    (void)state;
    DrillBank b = {0};
    DiagList d = {0};
    char path[1024];
    snprintf(path, sizeof path, "%s/drill/warnings.lua", FIXTURES);
    assert_int_equal(drill_load_file(path, &b, &d), 0);
    load_shipped(&b, &d);
    char **ideas = NULL, *where = NULL;
    int n = drill_ideas_find(path, &ideas, &where);
    const char *files[] = {path};
    DrillCheckOptions opt = {.ideas = (const char *const *)ideas, .n_ideas = n, .files = files,
                             .n_files = 1};
    drill_check(&b, &opt, &d);
    print_diags(&d);
    assert_true(has_diag(&d, DIAG_WARNING, 3, "reads at grade"));
    assert_true(has_diag(&d, DIAG_WARNING, 13, "idea \"Saying nope\" is not a heading of "
                         "docs/IDEAS.md. Did you mean \"Saying no\"?"));
    assert_true(has_diag(&d, DIAG_ERROR, 23, "there is already an item called 'partners-001' "));
    assert_int_equal(d.count, 3); /* no message for the shipped file's own item */
    drill_ideas_free(ideas, n);
    free(where);
    diag_list_clear(&d);
    drill_bank_free(&b);
}

static void a_lopsided_bank_is_told_its_balance(void **state)
{
    (void)state;
    DrillBank b = {0};
    DiagList d = {0};
    for (int i = 0; i < 12; i++) {
        char *src = text_format("drill \"s-%d\" { relationship = \"friends\", difficulty = 1, "
                                "idea = \"Self-care\", situation = \"A friend calls.\", response "
                                "= \"Listen.\", kind = \"support\", because = \"It is hers.\" }",
                                i);
        assert_int_equal(drill_load_text("lopsided.lua", src, strlen(src), &b, &d), 0);
        free(src);
    }
    DrillCheckOptions opt = {0};
    drill_check(&b, &opt, &d);
    assert_true(has_diag(&d, DIAG_WARNING, 1, "always answering \"support\" scores that much"));
    assert_true(has_diag(&d, DIAG_WARNING, 1, "0 items for relationship = \"partners\""));
    assert_false(has_diag(&d, DIAG_WARNING, 1, "relationship = \"friends\""));
    diag_list_clear(&d);
    drill_bank_free(&b);
}

static void drill_files_are_told_from_story_files(void **state)
{
    (void)state;
    assert_true(drill_text_is_drill("-- items\n\ndrill \"a\" {\n}"));
    assert_true(drill_text_is_drill("  drill\"a\" {}"));
    assert_false(drill_text_is_drill("scenario { id = \"x\" }\ndrill \"a\" {}"));
    assert_false(drill_text_is_drill("-- drill \"a\"\nscene \"x\" {}"));
    assert_false(drill_text_is_drill("drilling = 1"));
    /* A story cannot use the word: it is not a story word. */
    DiagList d = {0};
    const char *src = "scenario { id = \"x\", title = \"X\", start = \"a\" }\n"
                      "drill \"a\" { }\nending \"a\" { \"The end.\" }\n";
    Story *s = loader_load_text("story.lua", src, strlen(src), NULL, &d);
    assert_null(s);
    assert_true(has_diag(&d, DIAG_ERROR, 2, "'drill' is not a word Beside knows"));
    diag_list_clear(&d);
}

static void bad_text_and_ids_never_crash(void **state)
{
    (void)state;
    const char *const srcs[] = {
        "drill \"bad id\" { }", "drill { }", "drill \"x\" \"y\"", "drill \"x\" { 1, 2 }",
        "drill \"x\" { kind = 3, situation = {}, difficulty = \"2\" }", "drill(",
        "drill \"x\" { situation = \"\\27[2J\" }", "for i = 1, 1e9 do drill(\"x\" .. i) { } end",
    };
    for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
        DrillBank b = {0};
        DiagList d = {0};
        assert_true(drill_load_text("bad.lua", srcs[i], strlen(srcs[i]), &b, &d) > 0);
        assert_int_equal(b.count, 0);
        assert_true(d.count > 0);
        assert_true(d.count <= 202);
        diag_list_clear(&d);
        drill_bank_free(&b);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_shipped_bank_passes_every_check),
        cmocka_unit_test(the_check_forms_are_matched),
        cmocka_unit_test(each_mistake_is_reported_at_its_line),
        cmocka_unit_test(warnings_name_the_item_and_duplicates_the_other_file),
        cmocka_unit_test(a_lopsided_bank_is_told_its_balance),
        cmocka_unit_test(drill_files_are_told_from_story_files),
        cmocka_unit_test(bad_text_and_ids_never_crash),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
