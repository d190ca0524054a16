/* test_state_resume.c — resuming a save against a story edited since it was
 * written: a scene removed or renamed, a choice removed or hidden, a choice
 * leading elsewhere, effects changed, nothing changed; another story's save
 * refused; and damaged saves never crash. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/runtime.h"
#include "core/state_text.h"
#include "story_builder.h"

enum { R = METER_RESENTMENT, G = METER_GROWTH, I = METER_INTIMACY };

/* What an edit did to the story. */
typedef enum {
    AS_WRITTEN,
    KITCHEN_REMOVED,   /* hall leads to a new scene, "garden"; no kitchen */
    HALL_RENAMED,      /* "hall" is now "corridor" */
    LECTURE_REMOVED,   /* kitchen's second choice is gone */
    FIX_IT_HIDDEN,     /* hall's "Fix it" now has a condition that fails */
    TALK_ELSEWHERE,    /* hall's "Talk" leads to "garden" */
    KNOCK_SOFTER,      /* Knock's effect is +5, not +10 */
} Edit;

/* porch: Knock (resentment +10), Wait (growth +10, sets waited) -> hall;
 * hall: Talk (intimacy +10), Fix it (resentment +15) -> kitchen;
 * kitchen: Listen -> close, Lecture -> apart (endings). */
static Story *walk(Edit edit)
{
    Story *s = sb_new("walk");
    const char *hall_id = edit == HALL_RENAMED ? "corridor" : "hall";
    const char *after_hall = edit == KITCHEN_REMOVED ? "garden" : "kitchen";
    int porch = sb_scene(s, "porch", false);
    int hall = sb_scene(s, hall_id, false);
    int kitchen = sb_scene(s, edit == KITCHEN_REMOVED ? "garden" : "kitchen", false);
    if (edit == TALK_ELSEWHERE)
        sb_choice(s, sb_scene(s, "garden", false), "Sit", "close");
    sb_scene(s, "close", true);
    sb_scene(s, "apart", true);
    sb_effect(s, porch, sb_choice(s, porch, "Knock", hall_id), R, EFFECT_ADD,
              edit == KNOCK_SOFTER ? 5 : 10);
    int wait = sb_choice(s, porch, "Wait", hall_id);
    sb_effect(s, porch, wait, G, EFFECT_ADD, 10);
    sb_set(s, porch, wait, "waited");
    sb_effect(s, hall, sb_choice(s, hall, "Talk", edit == TALK_ELSEWHERE ? "garden" : after_hall),
              I, EFFECT_ADD, 10);
    int fix = sb_choice(s, hall, "Fix it", after_hall);
    sb_effect(s, hall, fix, R, EFFECT_ADD, 15);
    if (edit == FIX_IT_HIDDEN)
        sb_when(s, hall, fix, "growth > 90");
    sb_choice(s, kitchen, "Listen", "close");
    if (edit != LECTURE_REMOVED)
        sb_choice(s, kitchen, "Lecture", "apart");
    sb_finish(s);
    return s;
}

/* The save after `choices` (0-based) in the story as written. */
static char *save_after(const int *choices, int n)
{
    Story *s = walk(AS_WRITTEN);
    Run r;
    run_init(&r, s);
    for (int i = 0; i < n; i++) {
        char *err = NULL;
        if (run_choose(&r, choices[i], NULL, &err) < 0)
            fail_msg("choice %d: %s", i + 1, err);
    }
    char *text = state_text_write(&r);
    run_free(&r);
    story_free(s);
    return text;
}

/* Resumes `text` in the story after `edit`; checks what was kept and where
 * the player stands. */
static void assert_resumes(Edit edit, const char *text, int kept, int saved, bool changed,
                           const char *scene)
{
    Story *s = walk(edit);
    Run r;
    StateResume info;
    char *err = NULL;
    if (state_text_resume(s, text, &r, &info, &err) < 0)
        fail_msg("resume refused: %s", err);
    assert_int_equal(info.saved, saved);
    assert_int_equal(info.kept, kept);
    assert_int_equal(r.n_steps, kept);
    assert_int_equal(info.changed, changed);
    assert_string_equal(s->scenes[r.pos.scene].id, scene);
    /* The run is whole: it writes, reads back, and plays on. */
    char *again = state_text_write(&r);
    Run back;
    if (state_text_read(s, again, &back, &err) < 0)
        fail_msg("the resumed run does not read back: %s", err);
    run_free(&back);
    free(again);
    run_free(&r);
    story_free(s);
}

static const int KNOCK_FIX_LECTURE[] = {0, 1, 1};

static void nothing_changed_keeps_every_choice(void **state)
{
    (void)state;
    for (int n = 0; n <= 3; n++) {
        char *text = save_after(KNOCK_FIX_LECTURE, n);
        static const char *const at[] = {"porch", "hall", "kitchen", "apart"};
        assert_resumes(AS_WRITTEN, text, n, n, false, at[n]);
        /* Exactly what state_text_read gives. */
        Story *s = walk(AS_WRITTEN);
        Run a, b;
        StateResume info;
        char *err = NULL;
        assert_int_equal(state_text_resume(s, text, &a, &info, &err), 0);
        assert_int_equal(state_text_read(s, text, &b, &err), 0);
        char *ta = state_text_write(&a), *tb = state_text_write(&b);
        assert_string_equal(ta, tb);
        assert_string_equal(ta, text);
        free(ta);
        free(tb);
        run_free(&a);
        run_free(&b);
        story_free(s);
        free(text);
    }
}

static void a_removed_scene_stops_at_the_choice_made_in_it(void **state)
{
    (void)state;
    char *text = save_after(KNOCK_FIX_LECTURE, 3);
    /* Knock and Fix it replay (Fix it now leads to the garden); the choice
     * made in the kitchen cannot: "you are back at your choice 3 of 3". */
    assert_resumes(KITCHEN_REMOVED, text, 2, 3, true, "garden");
    free(text);
}

static void a_renamed_scene_stops_at_the_choice_made_in_it(void **state)
{
    (void)state;
    char *text = save_after(KNOCK_FIX_LECTURE, 3);
    assert_resumes(HALL_RENAMED, text, 1, 3, true, "corridor");
    free(text);
}

static void a_removed_choice_is_made_again(void **state)
{
    (void)state;
    char *text = save_after(KNOCK_FIX_LECTURE, 3);
    assert_resumes(LECTURE_REMOVED, text, 2, 3, true, "kitchen");
    free(text);
    /* Choices before it, or another one in its scene, are untouched. */
    const int listen[] = {0, 1, 0};
    text = save_after(listen, 3);
    assert_resumes(LECTURE_REMOVED, text, 3, 3, false, "close");
    free(text);
}

static void a_choice_no_longer_offered_is_made_again(void **state)
{
    (void)state;
    char *text = save_after(KNOCK_FIX_LECTURE, 2);
    assert_resumes(FIX_IT_HIDDEN, text, 1, 2, true, "hall");
    free(text);
}

static void a_last_choice_that_now_leads_elsewhere_is_made_again(void **state)
{
    (void)state;
    const int talk[] = {0, 0};
    char *text = save_after(talk, 2);
    /* Talk replays, but to the garden, not the kitchen the save stands in. */
    assert_resumes(TALK_ELSEWHERE, text, 1, 2, true, "hall");
    free(text);
    /* Earlier in a longer save the next step's scene catches it. */
    const int talk_listen[] = {0, 0, 0};
    text = save_after(talk_listen, 3);
    assert_resumes(TALK_ELSEWHERE, text, 2, 3, true, "garden");
    free(text);
}

static void changed_effects_keep_the_choices_and_say_so(void **state)
{
    (void)state;
    char *text = save_after(KNOCK_FIX_LECTURE, 2);
    assert_resumes(KNOCK_SOFTER, text, 2, 2, true, "kitchen");
    Story *s = walk(KNOCK_SOFTER);
    Run r;
    StateResume info;
    char *err = NULL;
    assert_int_equal(state_text_resume(s, text, &r, &info, &err), 0);
    assert_int_equal(r.pos.meters[R], 20 + 5 + 15); /* the story as it is now */
    run_free(&r);
    story_free(s);
    free(text);
}

static void the_flags_and_delayed_effects_are_made_again(void **state)
{
    (void)state;
    const int wait[] = {1};
    char *text = save_after(wait, 1);
    assert_non_null(strstr(text, "flags waited\n"));
    /* A hand-edited save that lost the flag: replay sets it again. */
    char *edited = text_dup(text);
    char *f = strstr(edited, "flags waited\n");
    memcpy(f, "flags       \n", 13);
    Story *s = walk(AS_WRITTEN);
    Run r;
    StateResume info;
    char *err = NULL;
    assert_int_equal(state_text_resume(s, edited, &r, &info, &err), 0);
    assert_true(position_flag(&r.pos, story_find_flag(s, "waited")));
    assert_true(info.changed);
    assert_int_equal(info.kept, 1);
    run_free(&r);
    story_free(s);
    free(edited);
    free(text);
}

static void another_storys_save_is_refused(void **state)
{
    (void)state;
    char *text = save_after(KNOCK_FIX_LECTURE, 2);
    Story *other = sb_new("other");
    sb_scene(other, "only", true);
    sb_finish(other);
    Run r;
    StateResume info = {.saved = 9, .kept = 9};
    char *err = NULL;
    assert_int_equal(state_text_resume(other, text, &r, &info, &err), -1);
    assert_string_equal(err, "line 2: this save belongs to story 'walk', not 'other'");
    free(err);
    assert_int_equal(r.n_steps, 0);
    assert_int_equal(info.saved, 0);
    assert_int_equal(info.kept, 0);
    run_free(&r);
    err = NULL;
    assert_int_equal(state_text_resume(other, "beside-state 2\nstory other\nend\n", &r, &info,
                                       &err), -1);
    assert_string_equal(err, "line 1: this save is version 2; this Beside reads version 1");
    free(err);
    run_free(&r);
    err = NULL;
    assert_int_equal(state_text_resume(other, "Dear diary,\n", &r, &info, &err), -1);
    assert_string_equal(err, "line 1: expected 'beside-state'");
    free(err);
    run_free(&r);
    story_free(other);
    free(text);
}

static uint64_t rng_next(uint64_t *x)
{
    *x ^= *x >> 12;
    *x ^= *x << 25;
    *x ^= *x >> 27;
    return *x * 0x2545F4914F6CDD1Dull;
}

static void damaged_saves_resume_or_are_refused_never_crash(void **state)
{
    (void)state;
    Story *s = walk(AS_WRITTEN);
    char *valid = save_after(KNOCK_FIX_LECTURE, 3);
    size_t len = strlen(valid);
    uint64_t rng = 0x7e57ab1e5eedull;
    int resumed = 0, refused = 0;
    for (int i = 0; i < 20000; i++) {
        char *t = text_dup(valid);
        for (int k = 0, n = 1 + (int)(rng_next(&rng) % 4); k < n; k++) {
            size_t at = (size_t)(rng_next(&rng) % len);
            if (rng_next(&rng) % 2)
                t[at] = (char)(t[at] ^ (1 << (rng_next(&rng) % 8)));
            else
                t[at] = "0123456789 \n=aehklpst\xff"[rng_next(&rng) % 22];
        }
        Run r;
        StateResume info;
        char *err = NULL;
        if (state_text_resume(s, t, &r, &info, &err) < 0) {
            assert_non_null(err);
            assert_memory_equal(err, "line ", 5);
            free(err);
            refused++;
        } else {
            assert_true(info.kept <= info.saved);
            assert_int_equal(r.n_steps, info.kept);
            char *w = state_text_write(&r);
            Run back;
            if (state_text_read(s, w, &back, &err) < 0)
                fail_msg("a resumed run does not read back: %s", err);
            run_free(&back);
            free(w);
            resumed++;
        }
        run_free(&r);
        free(t);
    }
    assert_true(resumed > 100);
    assert_true(refused > 100);
    free(valid);
    story_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(nothing_changed_keeps_every_choice),
        cmocka_unit_test(a_removed_scene_stops_at_the_choice_made_in_it),
        cmocka_unit_test(a_renamed_scene_stops_at_the_choice_made_in_it),
        cmocka_unit_test(a_removed_choice_is_made_again),
        cmocka_unit_test(a_choice_no_longer_offered_is_made_again),
        cmocka_unit_test(a_last_choice_that_now_leads_elsewhere_is_made_again),
        cmocka_unit_test(changed_effects_keep_the_choices_and_say_so),
        cmocka_unit_test(the_flags_and_delayed_effects_are_made_again),
        cmocka_unit_test(another_storys_save_is_refused),
        cmocka_unit_test(damaged_saves_resume_or_are_refused_never_crash),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
