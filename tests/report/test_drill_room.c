/* test_drill_room.c — a room's round of Spot it, summed up: the room's
 * right answers per kind counted from what it said, every text escaped and
 * cleaned, the honest note and nothing about anyone, a cap on the items. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "report/drill_room.h"

static DrillItem item(const char *situation, ChoiceKind kind)
{
    DrillItem it = {.situation = (char *)situation, .response = (char *)"Say, \"I'll do it.\"",
                    .kind = kind, .because = (char *)"Because <it matters>."};
    return it;
}

static void counts_and_words(void **state)
{
    (void)state;
    DrillItem a = item("Ana & Joel <script>alert(1)</script>", KIND_RESCUE);
    DrillItem b = item("Kim asks for a lift.\x1b[2J", KIND_SUPPORT);
    DrillItem c = item("Sam says no.", KIND_RESCUE);
    DrillRoom r = {.finished = 0};
    drill_room_add(&r, &a, (int[KIND_COUNT]){[KIND_RESCUE] = 5, [KIND_SUPPORT] = 2}, KIND_RESCUE);
    drill_room_add(&r, &b, (int[KIND_COUNT]){[KIND_RESCUE] = 4, [KIND_SUPPORT] = 3}, KIND_RESCUE);
    drill_room_add(&r, &c, (int[KIND_COUNT]){[KIND_RESCUE] = 6}, KIND_RESCUE);
    int total, right = drill_room_right(&r, -1, &total);
    assert_int_equal(total, 3);
    assert_int_equal(right, 2); /* a and c were rescues and the room said rescue; b was not */
    assert_int_equal(drill_room_right(&r, KIND_SUPPORT, &total), 0);
    assert_int_equal(total, 1);
    char *html = drill_room_html(&r), *text = drill_room_text(&r);
    assert_non_null(html);
    assert_non_null(text);
    assert_non_null(strstr(html, "The room got <strong>2 of 3</strong> right."));
    assert_non_null(strstr(html, "Ana &amp; Joel &lt;script&gt;"));
    assert_null(strstr(html, "<script"));
    assert_null(strstr(html, "\x1b"));
    assert_non_null(strstr(html, "Because &lt;it matters&gt;."));
    assert_non_null(strstr(html, "Hands: Rescue 4, Support 3."));
    assert_non_null(strstr(html, "not how anyone in it did"));
    assert_non_null(strstr(text, "The room got 2 of 3 right."));
    assert_non_null(strstr(text, "  Rescue: 2 of 2\n"));
    assert_non_null(strstr(text, "  Support: 0 of 1\n"));
    assert_null(strstr(text, "\x1b"));
    free(html);
    free(text);
}

static void items_past_the_cap_are_left_out(void **state)
{
    (void)state;
    DrillItem a = item("One.", KIND_NEUTRAL);
    DrillRoom *r = calloc(1, sizeof *r);
    int none[KIND_COUNT] = {0};
    for (int i = 0; i < DRILL_ROOM_MAX + 5; i++)
        drill_room_add(r, &a, none, KIND_NEUTRAL);
    assert_int_equal(r->n, DRILL_ROOM_MAX);
    char *html = drill_room_html(r);
    assert_non_null(strstr(html, "none counted."));
    free(html);
    free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(counts_and_words),
        cmocka_unit_test(items_past_the_cap_are_left_out),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
