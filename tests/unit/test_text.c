/* test_text.c — the string helpers: edit distance, did-you-mean, TextBuf. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/text.h"
#include "core/userdirs.h"

static void distance_of_equal_names_is_zero(void **state)
{
    (void)state;
    assert_int_equal(text_distance("because", "because", 3), 0);
    assert_int_equal(text_distance("", "", 3), 0);
}

static void distance_counts_insertions_deletions_and_changes(void **state)
{
    (void)state;
    assert_int_equal(text_distance("grow", "growth", 5), 2);  /* two insertions */
    assert_int_equal(text_distance("growth", "grow", 5), 2);  /* two deletions */
    assert_int_equal(text_distance("cat", "bat", 5), 1);      /* one change */
    assert_int_equal(text_distance("kitten", "sitting", 5), 3);
    assert_int_equal(text_distance("", "abc", 5), 3);
    assert_int_equal(text_distance("abc", "", 5), 3);
}

static void distance_counts_a_swap_of_neighbours_as_one(void **state)
{
    (void)state;
    assert_int_equal(text_distance("becuase", "because", 3), 1);
    assert_int_equal(text_distance("ab", "ba", 3), 1);
    assert_int_equal(text_distance("resentmnet", "resentment", 3), 1);
    /* Two separate swaps are two edits. */
    assert_int_equal(text_distance("rgowht", "growth", 3), 2);
}

static void distance_is_capped_at_limit_plus_one(void **state)
{
    (void)state;
    assert_int_equal(text_distance("kitten", "sitting", 1), 2);
    assert_int_equal(text_distance("abc", "xyz", 0), 1);
    assert_int_equal(text_distance("abcdefgh", "zzzzzzzz", 2), 3);
    /* At the limit exactly, the true distance comes back. */
    assert_int_equal(text_distance("kitten", "sitting", 3), 3);
}

static void suggest_picks_a_likely_typo(void **state)
{
    (void)state;
    const char *meters[] = {"resentment", "growth", "intimacy"};
    assert_string_equal(text_suggest("growht", meters, 3), "growth");
    assert_string_equal(text_suggest("resentmnt", meters, 3), "resentment");
    const char *scenes[] = {"nina-home", "tom-leaves"};
    assert_string_equal(text_suggest("tom-leavs", scenes, 2), "tom-leaves");
}

static void suggest_allows_a_third_of_the_word(void **state)
{
    (void)state;
    /* "abcdef" has 6 letters: up to 2 edits are a typo, 3 are not. */
    const char *two[] = {"abcxyf"};
    const char *three[] = {"axyzef"};
    assert_string_equal(text_suggest("abcdef", two, 1), "abcxyf");
    assert_null(text_suggest("abcdef", three, 1));
    /* "abcdefghi" has 9: 3 edits still suggest. */
    const char *nine[] = {"abcxyzghi"};
    assert_string_equal(text_suggest("abcdefghi", nine, 1), "abcxyzghi");
}

static void suggest_allows_one_edit_for_short_words(void **state)
{
    (void)state;
    /* A third of 2 is 0, but the minimum is one edit. */
    const char *one[] = {"ax"};
    const char *two[] = {"xy"};
    assert_string_equal(text_suggest("ab", one, 1), "ax");
    assert_null(text_suggest("ab", two, 1));
    const char *dog[] = {"dog"};
    assert_null(text_suggest("cat", dog, 1));
}

static void suggest_prefers_the_closest_then_the_first(void **state)
{
    (void)state;
    const char *names[] = {"grown", "grow", "grew"};
    assert_string_equal(text_suggest("grow", names, 3), "grow");
    const char *tie[] = {"bat", "hat"};
    assert_string_equal(text_suggest("cat", tie, 2), "bat");
}

static void suggest_skips_null_names_and_empty_lists(void **state)
{
    (void)state;
    const char *names[] = {NULL, "growth", NULL};
    assert_string_equal(text_suggest("growt", names, 3), "growth");
    assert_null(text_suggest("growth", names, 0));
}

static void textbuf_appends_and_formats(void **state)
{
    (void)state;
    TextBuf b = {0};
    textbuf_puts(&b, "ab");
    textbuf_printf(&b, "%d-%s", 12, "x");
    textbuf_append(&b, "hello", 3);
    assert_int_equal(b.failed, 0);
    assert_int_equal(b.len, 9);
    assert_string_equal(b.data, "ab12-xhel");
    assert_int_equal(b.data[b.len], '\0');
    textbuf_free(&b);
    assert_null(b.data);
    assert_int_equal(b.len, 0);
}

static void textbuf_grows_past_its_first_block(void **state)
{
    (void)state;
    TextBuf b = {0};
    for (int i = 0; i < 1000; i++)
        textbuf_append(&b, i % 2 ? "b" : "a", 1);
    assert_int_equal(b.len, 1000);
    assert_true(b.cap >= 1001);
    assert_int_equal(strlen(b.data), 1000);
    assert_int_equal(b.data[0], 'a');
    assert_int_equal(b.data[999], 'b');
    textbuf_free(&b);
}

static void textbuf_take_hands_over_and_empties(void **state)
{
    (void)state;
    TextBuf b = {0};
    textbuf_puts(&b, "kept");
    char *s = textbuf_take(&b);
    assert_string_equal(s, "kept");
    assert_null(b.data);
    assert_int_equal(b.len, 0);
    assert_int_equal(b.cap, 0);
    free(s);
    /* An empty buffer gives an empty string, not NULL. */
    s = textbuf_take(&b);
    assert_non_null(s);
    assert_string_equal(s, "");
    free(s);
}

static void textbuf_after_a_failure_appends_nothing_and_takes_null(void **state)
{
    (void)state;
    TextBuf b = {0};
    textbuf_puts(&b, "before");
    b.failed = 1; /* as after a failed allocation */
    textbuf_puts(&b, "after");
    assert_int_equal(b.len, 6);
    assert_null(textbuf_take(&b));
    assert_int_equal(b.failed, 0);
    assert_null(b.data);
    textbuf_free(&b); /* safe on an emptied buffer */
}

static void dup_and_format_copy(void **state)
{
    (void)state;
    char *d = text_dup("nina");
    assert_string_equal(d, "nina");
    free(d);
    char *f = text_format("%s:%d: %s", "a.lua", 42, "oops");
    assert_string_equal(f, "a.lua:42: oops");
    free(f);
}

/* The XDG rules: an absolute $XDG_* wins, a relative one is ignored for
 * $HOME's usual folder, and with neither there is no path. */
static void userdirs_follow_the_xdg_rules(void **state)
{
    (void)state;
    setenv("HOME", "/home/kim", 1);
    setenv("XDG_DATA_HOME", "/data/kim", 1);
    char *p = userdirs_path("XDG_DATA_HOME", ".local/share", "beside/profile.db");
    assert_string_equal(p, "/data/kim/beside/profile.db");
    free(p);
    setenv("XDG_DATA_HOME", "relative/data", 1);
    p = userdirs_path("XDG_DATA_HOME", ".local/share", "beside/stories");
    assert_string_equal(p, "/home/kim/.local/share/beside/stories");
    free(p);
    unsetenv("XDG_CONFIG_HOME");
    p = userdirs_path("XDG_CONFIG_HOME", ".config", "beside/contacts.conf");
    assert_string_equal(p, "/home/kim/.config/beside/contacts.conf");
    free(p);
    unsetenv("HOME");
    assert_null(userdirs_path("XDG_CONFIG_HOME", ".config", "x"));
}

/* A text that quotes itself is shown as it is; any other gets “ ”. */
static void quotes_itself(void **state)
{
    (void)state;
    assert_true(text_quotes_itself("\u201cSure.\u201d Then listen."));
    assert_true(text_quotes_itself("Text Rosa: \u201cCoffee?\u201d"));
    assert_true(text_quotes_itself("Say \"no\"."));
    assert_false(text_quotes_itself("Pay the bill tonight."));
    assert_false(text_quotes_itself("It\u2019s his."));
    assert_false(text_quotes_itself(NULL));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(quotes_itself),
        cmocka_unit_test(distance_of_equal_names_is_zero),
        cmocka_unit_test(distance_counts_insertions_deletions_and_changes),
        cmocka_unit_test(distance_counts_a_swap_of_neighbours_as_one),
        cmocka_unit_test(distance_is_capped_at_limit_plus_one),
        cmocka_unit_test(suggest_picks_a_likely_typo),
        cmocka_unit_test(suggest_allows_a_third_of_the_word),
        cmocka_unit_test(suggest_allows_one_edit_for_short_words),
        cmocka_unit_test(suggest_prefers_the_closest_then_the_first),
        cmocka_unit_test(suggest_skips_null_names_and_empty_lists),
        cmocka_unit_test(textbuf_appends_and_formats),
        cmocka_unit_test(textbuf_grows_past_its_first_block),
        cmocka_unit_test(textbuf_take_hands_over_and_empties),
        cmocka_unit_test(textbuf_after_a_failure_appends_nothing_and_takes_null),
        cmocka_unit_test(dup_and_format_copy),
        cmocka_unit_test(userdirs_follow_the_xdg_rules),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
