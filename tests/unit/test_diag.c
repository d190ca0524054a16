/* test_diag.c — the problem list: long messages are cut cleanly, sorting keeps
 * the order of problems on the same line, printing uses file:line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/diag.h"

static void long_messages_are_cut_at_a_character_and_marked(void **state)
{
    (void)state;
    /* 999 bytes of 'a', then "é" (2 bytes) across the cut at 1000, then more. */
    char big[3000];
    memset(big, 'a', 999);
    memcpy(big + 999, "\xC3\xA9", 2);
    memset(big + 1001, 'b', 1500);
    big[2501] = '\0';
    DiagList d = {0};
    diag_add(&d, DIAG_ERROR, "f.lua", 3, "%s", big);
    assert_int_equal(d.count, 1);
    const char *m = d.items[0].message;
    /* The é would straddle the cut, so the cut falls before it. */
    assert_int_equal(strlen(m), 999 + 3);
    assert_memory_equal(m + 999, "\xE2\x80\xA6", 3);
    diag_list_clear(&d);
}

static void messages_just_over_the_limit_are_safe(void **state)
{
    (void)state;
    /* The cut writes 4 bytes at up to 1000: lengths near it must not overrun
     * (the sanitizer build catches it) and keep or cut consistently. */
    for (size_t len = 995; len <= 1010; len++) {
        char *s = malloc(len + 1);
        memset(s, 'x', len);
        s[len] = '\0';
        DiagList d = {0};
        diag_add(&d, DIAG_ERROR, NULL, 0, "%s", s);
        size_t got = strlen(d.items[0].message);
        if (len <= DIAG_MAX_MESSAGE + 3)
            assert_int_equal(got, len);
        else
            assert_int_equal(got, DIAG_MAX_MESSAGE + 3);
        diag_list_clear(&d);
        free(s);
    }
}

static void short_messages_are_kept_whole(void **state)
{
    (void)state;
    DiagList d = {0};
    diag_add(&d, DIAG_WARNING, "f.lua", 1, "scene '%s' has no text.", "a");
    assert_string_equal(d.items[0].message, "scene 'a' has no text.");
    diag_list_clear(&d);
}

static void sorting_is_by_file_then_line_and_stable(void **state)
{
    (void)state;
    DiagList d = {0};
    diag_add(&d, DIAG_ERROR, "b.lua", 1, "b1");
    diag_add(&d, DIAG_ERROR, "a.lua", 9, "a9");
    diag_add(&d, DIAG_ERROR, "a.lua", 2, "first on 2");
    diag_add(&d, DIAG_WARNING, "a.lua", 2, "second on 2");
    diag_sort(&d);
    assert_string_equal(d.items[0].message, "first on 2");
    assert_string_equal(d.items[1].message, "second on 2");
    assert_string_equal(d.items[2].message, "a9");
    assert_string_equal(d.items[3].message, "b1");
    diag_list_clear(&d);
}

static void locations_are_split_from_messages(void **state)
{
    (void)state;
    int line;
    assert_string_equal(diag_split_location("s.lua:12: bad", "s.lua", &line), "bad");
    assert_int_equal(line, 12);
    /* Lua shortens long names to "...tail". */
    assert_string_equal(diag_split_location("...ories/s.lua:7: x", "/home/me/stories/s.lua", &line), "x");
    assert_int_equal(line, 7);
    assert_string_equal(diag_split_location("other.lua:3: y", "s.lua", &line), "other.lua:3: y");
    assert_int_equal(line, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(long_messages_are_cut_at_a_character_and_marked),
        cmocka_unit_test(messages_just_over_the_limit_are_safe),
        cmocka_unit_test(short_messages_are_kept_whole),
        cmocka_unit_test(sorting_is_by_file_then_line_and_stable),
        cmocka_unit_test(locations_are_split_from_messages),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
