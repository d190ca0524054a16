/* test_standing.c — the title screen's summary (engine/app/standing): the
 * newest unfinished playthrough to continue, with its story's title; each
 * story counted once however often it is played; each ending of each
 * story counted once; a playthrough with no choice is not a story played;
 * no profile gives an empty summary. */
#include "../profile/profile_test.h"
#include "app/playthrough.h"
#include "app/standing.h"

/* Plays `choices` of the walk story as one saved playthrough. */
static int64_t play_saved(Profile *p, const Story *s, const int *choices, int n)
{
    Playthrough pt;
    char *problem = NULL;
    assert_int_equal(playthrough_start(&pt, p, s, 0, &problem), 0);
    for (int i = 0; i < n; i++) {
        choose_all(&pt.run, &choices[i], 1);
        assert_int_equal(playthrough_save(&pt, &problem), 0);
    }
    int64_t id = pt.id;
    playthrough_free(&pt);
    return id;
}

static void stories_and_endings_are_counted_once(void **state)
{
    Fixture *f = *state;
    Profile *p = open_clean(f->path);
    Story *other = walk_story();
    free(other->id);
    other->id = text_dup("walk-two");
    play_saved(p, f->story, (int[]){0, 0, 0}, 3);     /* walk: close */
    play_saved(p, f->story, (int[]){1, 1, 0}, 3);     /* walk: close again */
    play_saved(p, f->story, (int[]){2}, 1);           /* walk: gone */
    play_saved(p, other, (int[]){0, 0, 1}, 3);        /* walk-two: apart */
    play_saved(p, other, NULL, 0);                    /* no choice: not played */
    int64_t open = play_saved(p, f->story, (int[]){0}, 1); /* unfinished, newest */
    Standing st;
    standing_read(p, &st);
    assert_int_equal(st.stories_played, 2);
    assert_int_equal(st.endings_found, 3); /* walk: close, gone; walk-two: apart */
    assert_int_equal(st.resume, open);
    assert_string_equal(st.story_id, "walk");
    assert_string_equal(st.title, "walk");
    assert_non_null(strstr(st.state, "step porch 1"));
    standing_free(&st);
    standing_free(&st); /* twice is safe */
    story_free(other);
    profile_close(p);
}

static void no_profile_gives_an_empty_standing(void **state)
{
    (void)state;
    Standing st;
    standing_read(NULL, &st);
    assert_int_equal(st.resume, 0);
    assert_null(st.story_id);
    assert_int_equal(st.stories_played, 0);
    assert_int_equal(st.endings_found, 0);
    standing_free(&st);
}

int main(void)
{
    setenv("BESIDE_CHOICE_ORDER", "file", 1);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(stories_and_endings_are_counted_once, setup, teardown),
        cmocka_unit_test(no_profile_gives_an_empty_standing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
