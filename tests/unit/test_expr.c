/* test_expr.c — conditions: every operator, precedence, and every compile
 * error an author can meet, word for word. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/expr.h"
#include "core/runtime.h"
#include "story_builder.h"

typedef struct {
    Story *s;
    Position p;
    int lent, asked;
} Fixture;

/* Meters resentment 45, growth 30, intimacy 40; flag lent on, asked off. */
static int setup(void **state)
{
    Fixture *f = calloc(1, sizeof *f);
    f->s = sb_new("expr");
    f->lent = story_flag(f->s, "lent", 1);
    f->asked = story_flag(f->s, "asked", 1);
    f->p.meters[METER_RESENTMENT] = 45;
    f->p.meters[METER_GROWTH] = 30;
    f->p.meters[METER_INTIMACY] = 40;
    f->p.flags[f->lent >> 3] |= (uint8_t)(1u << (f->lent & 7));
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    Fixture *f = *state;
    story_free(f->s);
    free(f);
    return 0;
}

/* Compiles and evaluates `src`, failing the test if it does not compile. */
static bool eval(Fixture *f, const char *src)
{
    char *err = NULL;
    Expr *e = expr_compile(f->s, src, &err);
    if (!e)
        fail_msg("'%s' did not compile: %s", src, err);
    assert_null(err);
    bool v = expr_eval(e, &f->p);
    expr_free(e);
    return v;
}

/* Compiles `src`, which must fail, and checks the message. */
static void assert_compile_error(Fixture *f, const char *src, const char *message)
{
    char *err = NULL;
    Expr *e = expr_compile(f->s, src, &err);
    if (e) {
        expr_free(e);
        fail_msg("'%s' compiled, but should fail with: %s", src, message);
    }
    assert_non_null(err);
    assert_string_equal(err, message);
    free(err);
}

static void comparisons(void **state)
{
    Fixture *f = *state;
    assert_true(eval(f, "resentment >= 45"));
    assert_false(eval(f, "resentment >= 46"));
    assert_false(eval(f, "resentment > 45"));
    assert_true(eval(f, "resentment > 44"));
    assert_true(eval(f, "resentment < 46"));
    assert_false(eval(f, "resentment < 45"));
    assert_true(eval(f, "resentment <= 45"));
    assert_false(eval(f, "resentment <= 44"));
    assert_true(eval(f, "resentment == 45"));
    assert_false(eval(f, "resentment == 44"));
    assert_false(eval(f, "resentment ~= 45"));
    assert_true(eval(f, "resentment ~= 44"));
    assert_true(eval(f, "resentment != 44"));
    assert_false(eval(f, "resentment != 45"));
    assert_true(eval(f, "100 > resentment"));
    assert_true(eval(f, "growth < intimacy"));
    assert_true(eval(f, "  resentment>=45  "));
}

static void sums_bind_tighter_than_comparisons_and_go_left_to_right(void **state)
{
    Fixture *f = *state;
    assert_true(eval(f, "growth + 10 == intimacy"));        /* 30 + 10 = 40 */
    assert_true(eval(f, "intimacy - growth == 10"));        /* 40 - 30 */
    assert_true(eval(f, "resentment + growth > intimacy")); /* 75 > 40 */
    assert_false(eval(f, "resentment > growth + intimacy")); /* 45 > 70 */
    /* Left to right: (30 - 10) - 5 = 15, not 30 - (10 - 5) = 25. */
    assert_true(eval(f, "growth - 10 - 5 == 15"));
    assert_true(eval(f, "growth - (10 - 5) == 25"));
    /* Below zero is allowed in the middle of a sum. */
    assert_true(eval(f, "growth - intimacy == 0 - 10"));
}

static void flags_and_truth_values(void **state)
{
    Fixture *f = *state;
    assert_true(eval(f, "lent"));
    assert_false(eval(f, "asked"));
    assert_true(eval(f, "true"));
    assert_false(eval(f, "false"));
    assert_true(eval(f, "lent == true"));
    assert_true(eval(f, "asked == false"));
    assert_false(eval(f, "lent == asked"));
    assert_true(eval(f, "lent ~= asked"));
    assert_true(eval(f, "lent != asked"));
}

static void not_and_or(void **state)
{
    Fixture *f = *state;
    assert_true(eval(f, "not asked"));
    assert_false(eval(f, "not lent"));
    assert_true(eval(f, "not not lent"));
    assert_true(eval(f, "not false"));
    assert_false(eval(f, "lent and asked"));
    assert_true(eval(f, "lent and lent"));
    assert_true(eval(f, "lent or asked"));
    assert_false(eval(f, "asked or asked"));
    assert_true(eval(f, "asked or lent"));
}

static void precedence_not_then_and_then_or(void **state)
{
    Fixture *f = *state;
    /* and before or: (F and F) or T = T; or-first would give F and (F or T) = F. */
    assert_true(eval(f, "asked and asked or lent"));
    /* T or (F and F) = T; left to right would give (T or F) and F = F. */
    assert_true(eval(f, "lent or asked and asked"));
    /* not binds to its operand: (not F) and F = F; not (F and F) would be T. */
    assert_false(eval(f, "not asked and asked"));
    /* not applies to a whole comparison: not (45 > 50). */
    assert_true(eval(f, "not resentment > 50"));
    assert_false(eval(f, "(lent or asked) and asked"));
    assert_true(eval(f, "not (lent and asked)"));
    assert_true(eval(f, "resentment >= 40 and not asked"));
    assert_true(eval(f, "((((lent))))"));
}

static void mark(void *ud, int flag)
{
    ((int *)ud)[flag]++;
}

static void expression_lists_the_flags_it_reads(void **state)
{
    Fixture *f = *state;
    char *err = NULL;
    Expr *e = expr_compile(f->s, "lent and not asked or growth > 3", &err);
    assert_non_null(e);
    int seen[2] = {0, 0};
    expr_each_flag(e, mark, seen);
    assert_int_equal(seen[f->lent], 1);
    assert_int_equal(seen[f->asked], 1);
    expr_free(e);
    e = expr_compile(f->s, "growth > 3", &err);
    seen[0] = seen[1] = 0;
    expr_each_flag(e, mark, seen);
    assert_int_equal(seen[0] + seen[1], 0);
    expr_free(e);
}

static void unknown_name_suggests_a_close_one(void **state)
{
    Fixture *f = *state;
    assert_compile_error(f, "resentmnt > 40",
                         "'resentmnt' is not a meter or a flag. Did you mean 'resentment'?");
    assert_compile_error(f, "lnet", "'lnet' is not a meter or a flag. Did you mean 'lent'?");
}

static void unknown_name_without_a_close_one_says_where_names_come_from(void **state)
{
    Fixture *f = *state;
    assert_compile_error(f, "zzz > 1",
                         "'zzz' is not a meter or a flag. Flags come from set = \"zzz\" on a "
                         "choice; meters are declared in scenario { meters = { ... } }.");
}

static void single_equals_asks_for_double(void **state)
{
    Fixture *f = *state;
    const char *m = "to test if two things are equal write '==', not '='.";
    assert_compile_error(f, "growth = 40", m);
    assert_compile_error(f, "= 40", m);
    assert_compile_error(f, "lent and growth = 40", m);
}

static void flag_compared_as_a_number(void **state)
{
    Fixture *f = *state;
    assert_compile_error(f, "lent < 3",
                         "'<' compares numbers; a flag is only true or false. Write the flag "
                         "alone, or 'not' and the flag.");
    assert_compile_error(f, "growth >= lent",
                         "'>=' compares numbers; a flag is only true or false. Write the flag "
                         "alone, or 'not' and the flag.");
    assert_compile_error(f, "growth == lent",
                         "one side of '==' is a number and the other is true/false.");
    assert_compile_error(f, "lent ~= 1",
                         "one side of '~=' is a number and the other is true/false.");
    assert_compile_error(f, "lent + 1 > 0",
                         "'+' and '-' work on meters and numbers, not on flags.");
}

static void meter_alone_is_not_a_condition(void **state)
{
    Fixture *f = *state;
    assert_compile_error(f, "growth",
                         "a meter alone is a number, not true or false. Compare it, like: "
                         "growth >= 50.");
    assert_compile_error(f, "growth + 1",
                         "a meter alone is a number, not true or false. Compare it, like: "
                         "growth >= 50.");
    assert_compile_error(f, "growth and lent",
                         "a meter alone is a number, not true or false. Compare it next to "
                         "'and', like: growth >= 50.");
    assert_compile_error(f, "lent or intimacy",
                         "a meter alone is a number, not true or false. Compare it next to "
                         "'or', like: growth >= 50.");
    assert_compile_error(f, "not growth",
                         "'not' goes before a flag or a comparison, like: not lent_money.");
}

static void unbalanced_parentheses(void **state)
{
    Fixture *f = *state;
    assert_compile_error(f, "(growth > 3", "a '(' is never closed. Add ')' where the group ends.");
    assert_compile_error(f, "((lent)", "a '(' is never closed. Add ')' where the group ends.");
    assert_compile_error(f, "growth > 3)",
                         "Beside could not read the condition from ')' on. Join conditions "
                         "with 'and' or 'or'.");
}

static void trailing_text(void **state)
{
    Fixture *f = *state;
    assert_compile_error(f, "lent asked",
                         "Beside could not read the condition from 'asked' on. Join conditions "
                         "with 'and' or 'or'.");
    assert_compile_error(f, "growth @ 3",
                         "Beside could not read the condition from '@ 3' on. Join conditions "
                         "with 'and' or 'or'.");
    /* Only one comparison per side of and/or. */
    assert_compile_error(f, "growth > 3 == lent",
                         "Beside could not read the condition from '== lent' on. Join "
                         "conditions with 'and' or 'or'.");
}

static void c_style_operators_ask_for_words(void **state)
{
    Fixture *f = *state;
    assert_compile_error(f, "!lent", "write the words 'and', 'or', 'not' instead of '!'.");
    assert_compile_error(f, "lent and !asked", "write the words 'and', 'or', 'not' instead of '!'.");
    assert_compile_error(f, "&& lent", "write the words 'and', 'or', 'not' instead of '&'.");
    /* Between two conditions, where authors actually write them. */
    assert_compile_error(f, "lent && asked", "write the words 'and', 'or', 'not' instead of '&&'.");
    assert_compile_error(f, "lent || asked", "write the words 'and', 'or', 'not' instead of '||'.");
    assert_compile_error(f, "growth > 3 & lent",
                         "write the words 'and', 'or', 'not' instead of '&'.");
}

static void incomplete_conditions(void **state)
{
    Fixture *f = *state;
    const char *soon = "the condition ends too soon. Finish it, like: resentment > 50.";
    assert_compile_error(f, "", soon);
    assert_compile_error(f, "   ", soon);
    assert_compile_error(f, "growth >", soon);
    assert_compile_error(f, "lent and", soon);
    assert_compile_error(f, "not", soon);
    assert_compile_error(f, "and lent",
                         "'and' needs something on each side, like: growth > 40 and lent_money.");
    assert_compile_error(f, "lent or or asked",
                         "'or' needs something on each side, like: growth > 40 or lent_money.");
    assert_compile_error(f, "@",
                         "Beside does not understand '@' here. Conditions use meter names, flag "
                         "names, numbers, comparisons (< <= > >= == ~=) and the words and, or, "
                         "not.");
}

static void too_long_and_too_deep(void **state)
{
    Fixture *f = *state;
    TextBuf b = {0};
    for (int i = 0; i < 40; i++)
        textbuf_puts(&b, i ? " + growth" : "growth");
    textbuf_puts(&b, " > 0");
    assert_compile_error(f, b.data, "the condition is too long. Split it, or use a function.");
    textbuf_free(&b);
    for (int i = 0; i < 40; i++)
        textbuf_puts(&b, "(");
    textbuf_puts(&b, "lent");
    for (int i = 0; i < 40; i++)
        textbuf_puts(&b, ")");
    assert_compile_error(f, b.data, "the condition is nested too deeply.");
    textbuf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(comparisons, setup, teardown),
        cmocka_unit_test_setup_teardown(sums_bind_tighter_than_comparisons_and_go_left_to_right,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(flags_and_truth_values, setup, teardown),
        cmocka_unit_test_setup_teardown(not_and_or, setup, teardown),
        cmocka_unit_test_setup_teardown(precedence_not_then_and_then_or, setup, teardown),
        cmocka_unit_test_setup_teardown(expression_lists_the_flags_it_reads, setup, teardown),
        cmocka_unit_test_setup_teardown(unknown_name_suggests_a_close_one, setup, teardown),
        cmocka_unit_test_setup_teardown(unknown_name_without_a_close_one_says_where_names_come_from,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(single_equals_asks_for_double, setup, teardown),
        cmocka_unit_test_setup_teardown(flag_compared_as_a_number, setup, teardown),
        cmocka_unit_test_setup_teardown(meter_alone_is_not_a_condition, setup, teardown),
        cmocka_unit_test_setup_teardown(unbalanced_parentheses, setup, teardown),
        cmocka_unit_test_setup_teardown(trailing_text, setup, teardown),
        cmocka_unit_test_setup_teardown(c_style_operators_ask_for_words, setup, teardown),
        cmocka_unit_test_setup_teardown(incomplete_conditions, setup, teardown),
        cmocka_unit_test_setup_teardown(too_long_and_too_deep, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
