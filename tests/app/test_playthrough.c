/* test_playthrough.c — the application layer's playthrough (engine/app):
 * a new one is saved at once with its choice order; every change is saved,
 * and a rewind keeps the taken-back choices in the profile; Continue gives
 * back the same run and order; starting over leaves the old one behind; a
 * changed story or an unreadable save says so and still gives a run to
 * play; with no profile nothing is saved and nothing fails. */
#include "../profile/profile_test.h"
#include "app/playthrough.h"

static void a_new_playthrough_is_saved_with_its_order(void **state)
{
    Fixture *f = *state;
    Profile *p = open_clean(f->path);
    setenv("BESIDE_CHOICE_ORDER", "4242", 1);
    Playthrough pt;
    char *problem = NULL;
    assert_int_equal(playthrough_start(&pt, p, f->story, 0, &problem), 0);
    assert_null(problem);
    assert_true(pt.id > 0);
    assert_int_equal(pt.run.order, 4242);
    char *saved = NULL, *err = NULL;
    assert_int_equal(profile_state(p, pt.id, &saved, &err), 0);
    assert_non_null(strstr(saved, "\norder 4242\n"));
    free(saved);
    /* Continue gives back the same run and order. */
    choose_all(&pt.run, (int[]){1, 0}, 2);
    assert_int_equal(playthrough_save(&pt, &problem), 0);
    Playthrough back;
    char *message = NULL;
    assert_int_equal(playthrough_resume(&back, p, f->story, pt.id, &message), 0);
    assert_null(message);
    assert_int_equal(back.run.order, 4242);
    assert_int_equal(back.run.n_steps, 2);
    assert_memory_equal(&back.run.pos, &pt.run.pos, sizeof back.run.pos);
    playthrough_free(&back);
    playthrough_free(&pt);
    profile_close(p);
    setenv("BESIDE_CHOICE_ORDER", "file", 1);
}

static void a_rewind_is_saved_and_the_taken_back_choice_kept(void **state)
{
    Fixture *f = *state;
    Profile *p = open_clean(f->path);
    Playthrough pt;
    char *problem = NULL, *err = NULL;
    assert_int_equal(playthrough_start(&pt, p, f->story, 0, &problem), 0);
    choose_all(&pt.run, (int[]){0}, 1);
    assert_int_equal(playthrough_save(&pt, &problem), 0);
    choose_all(&pt.run, (int[]){1}, 1);
    assert_int_equal(playthrough_save(&pt, &problem), 0);
    assert_int_equal(run_rewind(&pt.run, 1, &err), 0);
    assert_int_equal(playthrough_save(&pt, &problem), 0);
    choose_all(&pt.run, (int[]){0}, 1);
    assert_int_equal(playthrough_save(&pt, &problem), 0);
    ChoiceHistory h;
    assert_int_equal(profile_history(p, pt.id, &h, &err), 0);
    int standing = 0, back = 0;
    for (int i = 0; i < h.count; i++) {
        standing += !h.items[i].taken_back;
        back += h.items[i].taken_back;
    }
    assert_int_equal(standing, 2);
    assert_int_equal(back, 1);
    choice_history_free(&h);
    playthrough_free(&pt);
    profile_close(p);
}

static void starting_over_leaves_the_old_one_behind(void **state)
{
    Fixture *f = *state;
    Profile *p = open_clean(f->path);
    Playthrough a, b;
    char *problem = NULL, *err = NULL, *story = NULL, *saved = NULL;
    assert_int_equal(playthrough_start(&a, p, f->story, 0, &problem), 0);
    choose_all(&a.run, (int[]){0}, 1);
    playthrough_save(&a, &problem);
    int64_t newest = 0;
    assert_int_equal(profile_last_unfinished(p, &newest, &story, &saved, &err), 0);
    assert_int_equal(newest, a.id);
    free(story), free(saved), story = saved = NULL;
    assert_int_equal(playthrough_start(&b, p, f->story, a.id, &problem), 0);
    assert_true(b.id != a.id);
    assert_int_equal(profile_last_unfinished(p, &newest, &story, &saved, &err), 0);
    assert_int_equal(newest, b.id);
    free(story), free(saved);
    playthrough_free(&a);
    playthrough_free(&b);
    profile_close(p);
}

static void a_changed_story_or_a_bad_save_says_so(void **state)
{
    Fixture *f = *state;
    Profile *p = open_clean(f->path);
    Playthrough pt, back;
    char *problem = NULL, *message = NULL;
    assert_int_equal(playthrough_start(&pt, p, f->story, 0, &problem), 0);
    choose_all(&pt.run, (int[]){0, 1}, 2);
    playthrough_save(&pt, &problem);
    /* The same story with hall's second choice gone: back at choice 2. */
    Story *changed = walk_story();
    changed->scenes[1].n_choices = 1;
    assert_int_equal(playthrough_resume(&back, p, changed, pt.id, &message), 1);
    assert_non_null(strstr(message, "you are back at your choice 2 of 2"));
    assert_int_equal(back.run.n_steps, 1);
    free(message);
    message = NULL;
    playthrough_free(&back);
    changed->scenes[1].n_choices = 2;
    story_free(changed);
    /* A playthrough that is not in the profile: from the start, said plainly. */
    assert_int_equal(playthrough_resume(&back, p, f->story, 9999, &message), 1);
    assert_non_null(strstr(message, "could not be read back"));
    assert_int_equal(back.run.n_steps, 0);
    assert_int_equal(back.run.pos.scene, f->story->start);
    free(message);
    playthrough_free(&back);
    playthrough_free(&pt);
    profile_close(p);
}

static void without_a_profile_nothing_is_saved_or_fails(void **state)
{
    Fixture *f = *state;
    Playthrough pt;
    char *problem = NULL;
    assert_int_equal(playthrough_start(&pt, NULL, f->story, 0, &problem), 0);
    assert_int_equal(pt.id, 0);
    choose_all(&pt.run, (int[]){0}, 1);
    assert_int_equal(playthrough_save(&pt, &problem), 0);
    assert_null(problem);
    playthrough_free(&pt);
    playthrough_free(NULL);
}

static void a_failed_save_is_said_once(void **state)
{
    Fixture *f = *state;
    Profile *p = open_clean(f->path);
    Playthrough pt;
    char *problem = NULL;
    assert_int_equal(playthrough_start(&pt, p, f->story, 0, &problem), 0);
    pt.id = 777777; /* no such playthrough: every save fails */
    choose_all(&pt.run, (int[]){0}, 1);
    assert_int_equal(playthrough_save(&pt, &problem), -1);
    assert_non_null(strstr(problem, "could not be saved"));
    free(problem);
    problem = NULL;
    choose_all(&pt.run, (int[]){0}, 1);
    assert_int_equal(playthrough_save(&pt, &problem), 0);
    assert_null(problem);
    playthrough_free(&pt);
    profile_close(p);
}

int main(void)
{
    setenv("BESIDE_CHOICE_ORDER", "file", 1);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(a_new_playthrough_is_saved_with_its_order, setup, teardown),
        cmocka_unit_test_setup_teardown(a_rewind_is_saved_and_the_taken_back_choice_kept, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(starting_over_leaves_the_old_one_behind, setup, teardown),
        cmocka_unit_test_setup_teardown(a_changed_story_or_a_bad_save_says_so, setup, teardown),
        cmocka_unit_test_setup_teardown(without_a_profile_nothing_is_saved_or_fails, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(a_failed_save_is_said_once, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
