/* test_titles.c — titles of stories and endings by id for reports
 * (engine/app/titles): a shipped story's title and an ending's, NULL for a
 * story or scene that does not exist, and each story loaded once. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "app/titles.h"

static void titles_come_from_the_story_files(void **state)
{
    (void)state;
    setenv("BESIDE_STORIES", SCRIPTS, 1);
    Titles *t = titles_new();
    assert_non_null(t);
    const char *story = titles_lookup(t, "nina-and-tom", NULL);
    assert_non_null(story);
    assert_string_equal(story, "Nina and Tom");
    const char *ending = titles_lookup(t, "nina-and-tom", "tom-leaves");
    assert_non_null(ending);
    assert_true(strlen(ending) > 0 && strcmp(ending, "tom-leaves") != 0);
    assert_ptr_equal(titles_lookup(t, "nina-and-tom", NULL), story); /* loaded once */
    assert_null(titles_lookup(t, "nina-and-tom", "no-such-ending"));
    assert_null(titles_lookup(t, "no-such-story", NULL));
    assert_null(titles_lookup(t, "no-such-story", "x"));
    assert_null(titles_lookup(NULL, "nina-and-tom", NULL));
    titles_free(t);
    titles_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(titles_come_from_the_story_files),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
