/* test_decisions.c — the distinct decisions of a story (core/decisions):
 * one per scene, paragraphs shown and choices offered, each once however
 * many paths meet it; an ending is none; counts worked out by hand. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/decisions.h"
#include "script/loader.h"

/* a: two choices, one sets a flag. b: its second paragraph and its second
 * choice only with the flag, so b is met two ways. Both of a's choices
 * reach b twice over (by c as well), and b's meters differ by path. */
static const char src[] =
    "scenario { id = \"d\", title = \"D\", start = \"a\" }\n"
    "scene \"a\" { \"A.\",\n"
    "  neutral { \"Set it\", because = \"x\", set = \"lent\", effects = { growth = \"+5\" }, next = \"b\" },\n"
    "  neutral { \"Not\", because = \"x\", next = \"c\" } }\n"
    "scene \"c\" { \"C.\", neutral { \"On\", because = \"x\", effects = { growth = \"+1\" }, next = \"b\" } }\n"
    "scene \"b\" { \"B.\", { when = \"lent\", \"You lent.\" },\n"
    "  neutral { \"End\", because = \"x\", next = \"end\" },\n"
    "  neutral { \"Back\", because = \"x\", when = \"lent\", next = \"end\" } }\n"
    "ending \"end\" { title = \"E\", \"The end.\" }\n";

static void each_decision_once(void **state)
{
    (void)state;
    DiagList d = {0};
    Story *s = loader_load_text("d.lua", src, strlen(src), NULL, &d);
    for (int i = 0; !s && i < d.count; i++)
        fprintf(stderr, "%s\n", d.items[i].message);
    diag_list_clear(&d);
    assert_non_null(s);
    DecisionList list;
    assert_int_equal(decisions_find(s, 0, &list), 0);
    assert_null(list.problem);
    assert_false(list.truncated);
    /* a; c; b without the flag (paragraph 0, choice 0); b with it (both). */
    assert_int_equal(list.count, 4);
    int b = -1;
    for (int i = 0; i < s->n_scenes; i++)
        if (strcmp(s->scenes[i].id, "b") == 0)
            b = i;
    int with = 0, without = 0;
    for (int i = 0; i < list.count; i++) {
        const Decision *x = &list.items[i];
        assert_false(s->scenes[x->pos.scene].is_ending);
        if (x->pos.scene != b)
            continue;
        if (x->paras == 3 && x->choices == 3)
            with++;
        if (x->paras == 1 && x->choices == 1)
            without++;
    }
    assert_int_equal(with, 1);
    assert_int_equal(without, 1);
    /* a; b with the flag; c; b from c; the end from each b (their meters
     * and flags differ, so two states); b's two choices with the flag meet
     * in one. */
    assert_int_equal(list.states, 6);
    decisions_free(&list);
    /* A cap on the walk is said. */
    assert_int_equal(decisions_find(s, 2, &list), 0);
    assert_true(list.truncated);
    decisions_free(&list);
    story_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(each_decision_once),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
