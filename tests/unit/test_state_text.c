/* test_state_text.c — a run as text and back: the exact format, byte-identical
 * round trips, every kind of corrupt text refused with its line, and a
 * deterministic mutation loop that must never crash the reader. */
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

/* a: 1 Left (growth %+20), 2 Right (sets right; resentment +15 three choices
 *    later) -> b
 * b: 1 Wait (intimacy +5, sets waited; growth -5 two choices later) -> c
 * c: 1 Again (when not again; sets again) -> c, 2 End -> end
 * Meters: the standard three and trust (50). */
static Story *save_story(void)
{
    Story *s = sb_new("save-test");
    assert_int_equal(story_add_meter(s, "trust", 50, true, 0), 3);
    int a = sb_scene(s, "a", false);
    int b = sb_scene(s, "b", false);
    int c = sb_scene(s, "c", false);
    sb_scene(s, "end", true);
    sb_effect(s, a, sb_choice(s, a, "Left", "b"), G, EFFECT_FAIR, 20);
    int right = sb_choice(s, a, "Right", "b");
    sb_set(s, a, right, "right");
    sb_later(s, a, right, 3, R, EFFECT_ADD, 15);
    int wait = sb_choice(s, b, "Wait", "c");
    sb_effect(s, b, wait, I, EFFECT_ADD, 5);
    sb_set(s, b, wait, "waited");
    sb_later(s, b, wait, 2, G, EFFECT_ADD, -5);
    int again = sb_choice(s, c, "Again", "c");
    sb_when(s, c, again, "not again");
    sb_set(s, c, again, "again");
    sb_choice(s, c, "End", "end");
    sb_finish(s);
    return s;
}

/* Choices (0-based) of one full playthrough: Right, Wait, Again, End. */
static const int path[] = {1, 0, 0, 1};
enum { PATH_LEN = 4 };

static void play(Run *r, const Story *s, int n)
{
    run_init(r, s);
    for (int i = 0; i < n; i++) {
        char *err = NULL;
        if (run_choose(r, path[i], NULL, &err) < 0)
            fail_msg("choice %d: %s", i + 1, err);
    }
}

/* After Right and Wait: two delayed effects wait, two flags are on. */
static const char two_steps[] =
    "beside-state 1\n"
    "story save-test\n"
    "scene c\n"
    "meters resentment=20 growth=30 intimacy=45 trust=50\n"
    "flags right waited\n"
    "later a 2 1 2\n"
    "later b 1 1 2\n"
    "step a 2 resentment=20 growth=30 intimacy=40 trust=50\n"
    "step b 1 resentment=20 growth=30 intimacy=45 trust=50\n"
    "end\n";

static void assert_runs_equal(const Run *a, const Run *b)
{
    assert_int_equal(a->pos.scene, b->pos.scene);
    assert_memory_equal(a->pos.meters, b->pos.meters, sizeof a->pos.meters);
    assert_memory_equal(a->pos.flags, b->pos.flags, sizeof a->pos.flags);
    assert_int_equal(a->pos.n_pending, b->pos.n_pending);
    for (int i = 0; i < STORY_MAX_PENDING; i++) {
        assert_int_equal(a->pos.pending[i].scene, b->pos.pending[i].scene);
        assert_int_equal(a->pos.pending[i].choice, b->pos.pending[i].choice);
        assert_int_equal(a->pos.pending[i].later, b->pos.pending[i].later);
        assert_int_equal(a->pos.pending[i].remaining, b->pos.pending[i].remaining);
    }
    assert_int_equal(a->n_steps, b->n_steps);
    for (int i = 0; i < a->n_steps; i++) {
        assert_int_equal(a->steps[i].scene, b->steps[i].scene);
        assert_int_equal(a->steps[i].choice, b->steps[i].choice);
        assert_memory_equal(a->steps[i].meters, b->steps[i].meters, sizeof a->steps[i].meters);
    }
}

static void write_gives_the_documented_form(void **state)
{
    (void)state;
    Story *s = save_story();
    Run r;
    play(&r, s, 2);
    char *t = state_text_write(&r);
    assert_string_equal(t, two_steps);
    free(t);
    run_free(&r);
    play(&r, s, 0);
    t = state_text_write(&r);
    assert_string_equal(t, "beside-state 1\n"
                           "story save-test\n"
                           "scene a\n"
                           "meters resentment=20 growth=30 intimacy=40 trust=50\n"
                           "flags\n"
                           "end\n");
    free(t);
    run_free(&r);
    story_free(s);
}

static void write_read_write_is_byte_identical_at_every_point(void **state)
{
    (void)state;
    Story *s = save_story();
    for (int n = 0; n <= PATH_LEN; n++) {
        Run r, back;
        play(&r, s, n);
        char *t1 = state_text_write(&r);
        assert_non_null(t1);
        char *err = NULL;
        if (state_text_read(s, t1, &back, &err) < 0)
            fail_msg("after %d choices: %s\n%s", n, err, t1);
        assert_runs_equal(&r, &back);
        char *t2 = state_text_write(&back);
        assert_string_equal(t1, t2);
        free(t1);
        free(t2);
        run_free(&r);
        run_free(&back);
    }
    story_free(s);
}

static void a_read_run_plays_on_and_rewinds_like_the_original(void **state)
{
    (void)state;
    Story *s = save_story();
    Run full, back;
    play(&full, s, PATH_LEN);
    char *err = NULL;
    assert_int_equal(state_text_read(s, two_steps, &back, &err), 0);
    /* Both waiting effects have 2 choices to go: Again leaves them at 1... */
    assert_int_equal(run_choose(&back, 0, NULL, &err), 0);
    assert_int_equal(back.pos.n_pending, 2);
    assert_int_equal(back.pos.pending[0].remaining, 1);
    assert_int_equal(back.pos.pending[1].remaining, 1);
    assert_int_equal(back.pos.meters[R], 20);
    /* ...and End lands them: resentment 20 + 15, growth 30 - 5. */
    assert_int_equal(run_choose(&back, 1, NULL, &err), 0);
    assert_int_equal(back.pos.meters[R], 35);
    assert_int_equal(back.pos.meters[G], 25);
    assert_runs_equal(&full, &back);
    assert_int_equal(run_rewind(&back, 1, &err), 0);
    assert_int_equal(back.pos.scene, 1);
    assert_int_equal(back.pos.n_pending, 1);
    run_free(&full);
    run_free(&back);
    story_free(s);
}

/* Reads `text`, which must fail with exactly `message`, leaving an empty run. */
static void assert_read_fails(const Story *s, const char *text, const char *message)
{
    Run r;
    char *err = NULL;
    if (state_text_read(s, text, &r, &err) == 0) {
        run_free(&r);
        fail_msg("read accepted:\n%s\nbut should fail with: %s", text, message);
    }
    assert_non_null(err);
    assert_string_equal(err, message);
    free(err);
    /* The run is left as at the start of the story. */
    Position start;
    runtime_start(s, &start);
    assert_int_equal(r.n_steps, 0);
    assert_int_equal(r.pos.scene, start.scene);
    assert_memory_equal(r.pos.meters, start.meters, sizeof start.meters);
    assert_int_equal(r.pos.n_pending, 0);
    run_free(&r);
}

/* two_steps with line `line` (1-based) replaced by `with` (NULL: removed). */
static char *replace_line(int line, const char *with)
{
    TextBuf b = {0};
    const char *p = two_steps;
    for (int n = 1; *p; n++) {
        const char *nl = strchr(p, '\n');
        size_t len = (size_t)(nl - p) + 1;
        if (n != line)
            textbuf_append(&b, p, len);
        else if (with)
            textbuf_printf(&b, "%s\n", with);
        p += len;
    }
    return textbuf_take(&b);
}

static void fails_with_line(const Story *s, int line, const char *with, const char *message)
{
    char *t = replace_line(line, with);
    assert_read_fails(s, t, message);
    free(t);
}

static void read_refuses_another_version(void **state)
{
    (void)state;
    Story *s = save_story();
    fails_with_line(s, 1, "beside-state 2",
                    "line 1: this save is version 2; this Beside reads version 1");
    fails_with_line(s, 1, "beside-state one", "line 1: 'one' is not a number");
    fails_with_line(s, 1, "beside-stat 1", "line 1: expected 'beside-state'");
    assert_read_fails(s, "hello\n", "line 1: expected 'beside-state'");
    story_free(s);
}

static void read_refuses_another_story(void **state)
{
    (void)state;
    Story *s = save_story();
    fails_with_line(s, 2, "story nina-and-tom",
                    "line 2: this save belongs to story 'nina-and-tom', not 'save-test'");
    fails_with_line(s, 2, "tale save-test", "line 2: expected 'story'");
    story_free(s);
}

static void read_refuses_an_unknown_scene(void **state)
{
    (void)state;
    Story *s = save_story();
    fails_with_line(s, 3, "scene nowhere", "line 3: the story has no scene 'nowhere'");
    fails_with_line(s, 3, "scene", "line 3: a scene id is missing");
    fails_with_line(s, 6, "later nowhere 2 1 2", "line 6: the story has no scene 'nowhere'");
    fails_with_line(s, 8, "step nowhere 2 resentment=20 growth=30 intimacy=40 trust=50",
                    "line 8: the story has no scene 'nowhere'");
    story_free(s);
}

static void read_refuses_unknown_and_missing_meters(void **state)
{
    (void)state;
    Story *s = save_story();
    fails_with_line(s, 4, "meters anger=20 growth=30 intimacy=45 trust=50",
                    "line 4: expected meter 'resentment', found 'anger'");
    fails_with_line(s, 4, "meters growth=30 resentment=20 intimacy=45 trust=50",
                    "line 4: expected meter 'resentment', found 'growth'");
    fails_with_line(s, 4, "meters resentment=20 growth=30 intimacy=45",
                    "line 4: meter 'trust' is missing");
    fails_with_line(s, 4, "meters resentment=20 growth intimacy=45 trust=50",
                    "line 4: expected name=value, found 'growth'");
    fails_with_line(s, 4, "meters resentment=20 growth=30 intimacy=45 trust=50 joy=1",
                    "line 4: unexpected text at the end of the line");
    fails_with_line(s, 9, "step b 1 resentment=20 growth=30 intimacy=45 trst=50",
                    "line 9: expected meter 'trust', found 'trst'");
    story_free(s);
}

static void read_refuses_values_outside_0_to_100(void **state)
{
    (void)state;
    Story *s = save_story();
    fails_with_line(s, 4, "meters resentment=20 growth=101 intimacy=45 trust=50",
                    "line 4: meter 'growth' has value '101'; it must be 0..100");
    fails_with_line(s, 4, "meters resentment=-1 growth=30 intimacy=45 trust=50",
                    "line 4: meter 'resentment' has value '-1'; it must be 0..100");
    fails_with_line(s, 4, "meters resentment=20 growth=3x intimacy=45 trust=50",
                    "line 4: meter 'growth' has value '3x'; it must be 0..100");
    fails_with_line(s, 4, "meters resentment=20 growth= intimacy=45 trust=50",
                    "line 4: meter 'growth' has value ''; it must be 0..100");
    fails_with_line(s, 8, "step a 2 resentment=20 growth=30 intimacy=40 trust=1000",
                    "line 8: meter 'trust' has value '1000'; it must be 0..100");
    story_free(s);
}

static void read_refuses_an_unknown_flag(void **state)
{
    (void)state;
    Story *s = save_story();
    fails_with_line(s, 5, "flags right nope", "line 5: the story has no flag 'nope'");
    fails_with_line(s, 5, "flag right", "line 5: expected 'flags'");
    story_free(s);
}

static void read_refuses_choice_numbers_out_of_range(void **state)
{
    (void)state;
    Story *s = save_story();
    fails_with_line(s, 8, "step a 3 resentment=20 growth=30 intimacy=40 trust=50",
                    "line 8: 3 is outside 1..2");
    fails_with_line(s, 8, "step a 0 resentment=20 growth=30 intimacy=40 trust=50",
                    "line 8: 0 is outside 1..2");
    fails_with_line(s, 8, "step a -1 resentment=20 growth=30 intimacy=40 trust=50",
                    "line 8: '-1' is not a number");
    fails_with_line(s, 8, "step end 1 resentment=20 growth=30 intimacy=40 trust=50",
                    "line 8: scene 'end' has no choices");
    fails_with_line(s, 6, "later a 5 1 2", "line 6: 5 is outside 1..2");
    fails_with_line(s, 6, "later a 1 1 2", "line 6: that choice has no delayed effects");
    fails_with_line(s, 6, "later a 2 2 2", "line 6: 2 is outside 1..1");
    fails_with_line(s, 6, "later a 2 1 0", "line 6: 0 is outside 1..255");
    fails_with_line(s, 6, "later a 2 1 256", "line 6: 256 is outside 1..255");
    fails_with_line(s, 6, "later a 2 1", "line 6: a number is missing");
    story_free(s);
}

static void read_refuses_lines_out_of_order_or_unknown(void **state)
{
    (void)state;
    Story *s = save_story();
    /* A later line after the first step line. */
    char *t = replace_line(6, NULL);
    char *u = text_format("%.*slater a 2 1 2\nend\n", (int)(strstr(t, "end\n") - t), t);
    assert_read_fails(s, u, "line 9: 'later' lines come before 'step' lines");
    free(t);
    free(u);
    fails_with_line(s, 6, "jump a 2 1 2", "line 6: 'jump' is not something a save can hold");
    fails_with_line(s, 3, "scene c extra", "line 3: unexpected text at the end of the line");
    story_free(s);
}

static void read_refuses_text_after_end(void **state)
{
    (void)state;
    Story *s = save_story();
    char *t = text_format("%smore\n", two_steps);
    assert_read_fails(s, t, "line 11: text after 'end'");
    free(t);
    fails_with_line(s, 10, "end now", "line 10: unexpected text at the end of the line");
    story_free(s);
}

static void read_refuses_truncated_text(void **state)
{
    (void)state;
    Story *s = save_story();
    assert_read_fails(s, "", "line 1: expected 'beside-state'");
    /* Cut before the end line. */
    char *t = replace_line(10, NULL);
    assert_read_fails(s, t, "line 10: expected 'later', 'step' or 'end'");
    free(t);
    /* Cut in the middle of a line. */
    size_t cut = (size_t)(strstr(two_steps, "growth=30 intimacy=45") - two_steps) + 3;
    t = text_format("%.*s", (int)cut, two_steps);
    assert_read_fails(s, t, "line 4: expected name=value, found 'gro'");
    free(t);
    cut = (size_t)(strstr(two_steps, "\nflags") - two_steps) + 1;
    t = text_format("%.*s", (int)cut, two_steps);
    assert_read_fails(s, t, "line 5: expected 'flags'");
    free(t);
    assert_read_fails(s, "beside-state 1\nstory save-test\nscene a\nmeters resentment=20",
                      "line 4: meter 'growth' is missing");
    story_free(s);
}

static void read_accepts_a_last_line_without_newline(void **state)
{
    (void)state;
    Story *s = save_story();
    char *t = text_format("%.*s", (int)strlen(two_steps) - 1, two_steps);
    Run r;
    char *err = NULL;
    assert_int_equal(state_text_read(s, t, &r, &err), 0);
    char *w = state_text_write(&r);
    assert_string_equal(w, two_steps);
    free(w);
    free(t);
    run_free(&r);
    story_free(s);
}

/* ---- mutation loop ---- */

static uint64_t rng_next(uint64_t *x)
{
    /* xorshift64*: deterministic, so a failure is reproducible. */
    *x ^= *x >> 12;
    *x ^= *x << 25;
    *x ^= *x >> 27;
    return *x * 0x2545F4914F6CDD1Dull;
}

static void mutate(TextBuf *b, uint64_t *rng)
{
    static const char bytes[] = "0123456789 =\n-abcdeglnrstw\x01\xff";
    int n = 1 + (int)(rng_next(rng) % 4);
    for (int k = 0; k < n && b->len > 0; k++) {
        size_t at = (size_t)(rng_next(rng) % b->len);
        switch (rng_next(rng) % 5) {
        case 0: /* flip a bit */
            b->data[at] = (char)(b->data[at] ^ (1 << (rng_next(rng) % 8)));
            break;
        case 1: /* delete a byte */
            memmove(b->data + at, b->data + at + 1, b->len - at);
            b->len--;
            break;
        case 2: { /* insert a byte */
            char c = bytes[rng_next(rng) % (sizeof bytes - 1)];
            textbuf_append(b, "x", 1);
            memmove(b->data + at + 1, b->data + at, b->len - at - 1);
            b->data[at] = c;
            break;
        }
        case 3: { /* repeat the line holding byte `at`, as a careless paste would */
            size_t from = at, to = at;
            while (from > 0 && b->data[from - 1] != '\n')
                from--;
            while (to < b->len && b->data[to] != '\n')
                to++;
            if (to < b->len) {
                char *line = text_format("%.*s", (int)(to + 1 - from), b->data + from);
                size_t len = strlen(line);
                for (size_t i = 0; i < len; i++)
                    textbuf_append(b, "x", 1);
                memmove(b->data + to + 1 + len, b->data + to + 1, b->len - len - (to + 1));
                memcpy(b->data + to + 1, line, len);
                free(line);
            }
            break;
        }
        default: /* change a digit, the likeliest hand edit */
            if (b->data[at] >= '0' && b->data[at] <= '9')
                b->data[at] = (char)('0' + rng_next(rng) % 10);
            break;
        }
    }
}

static void mutated_texts_fail_cleanly_or_round_trip(void **state)
{
    (void)state;
    Story *s = save_story();
    /* Texts after 2, 3 and all 4 choices: the last has the longest history. */
    Run run;
    char *valid[3];
    for (int k = 0; k < 3; k++) {
        play(&run, s, 2 + k);
        valid[k] = state_text_write(&run);
        run_free(&run);
    }
    uint64_t rng = 0x5eed5eed12345678ull;
    int accepted = 0, refused = 0;
    for (int i = 0; i < 20000; i++) {
        TextBuf b = {0};
        textbuf_puts(&b, valid[i % 3]);
        mutate(&b, &rng);
        Run r;
        char *err = NULL;
        if (state_text_read(s, b.data, &r, &err) < 0) {
            assert_non_null(err);
            assert_memory_equal(err, "line ", 5);
            assert_int_equal(r.n_steps, 0);
            free(err);
            refused++;
        } else {
            accepted++;
            char *w1 = state_text_write(&r);
            Run again;
            if (state_text_read(s, w1, &again, &err) < 0)
                fail_msg("re-reading failed: %s\nmutated:\n%s\nwritten:\n%s", err, b.data, w1);
            char *w2 = state_text_write(&again);
            assert_string_equal(w1, w2);
            free(w1);
            free(w2);
            run_free(&again);
            /* What was read must be safe to use, even when it makes no sense. */
            if (run_rewind(&r, r.n_steps, &err) < 0)
                free(err);
            err = NULL;
            if (run_choose(&r, 0, NULL, &err) < 0)
                free(err);
        }
        run_free(&r);
        textbuf_free(&b);
    }
    /* Both outcomes happen, so the loop tests both paths. */
    assert_true(accepted > 100);
    assert_true(refused > 100);
    for (int k = 0; k < 3; k++)
        free(valid[k]);
    story_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(write_gives_the_documented_form),
        cmocka_unit_test(write_read_write_is_byte_identical_at_every_point),
        cmocka_unit_test(a_read_run_plays_on_and_rewinds_like_the_original),
        cmocka_unit_test(read_refuses_another_version),
        cmocka_unit_test(read_refuses_another_story),
        cmocka_unit_test(read_refuses_an_unknown_scene),
        cmocka_unit_test(read_refuses_unknown_and_missing_meters),
        cmocka_unit_test(read_refuses_values_outside_0_to_100),
        cmocka_unit_test(read_refuses_an_unknown_flag),
        cmocka_unit_test(read_refuses_choice_numbers_out_of_range),
        cmocka_unit_test(read_refuses_lines_out_of_order_or_unknown),
        cmocka_unit_test(read_refuses_text_after_end),
        cmocka_unit_test(read_refuses_truncated_text),
        cmocka_unit_test(read_accepts_a_last_line_without_newline),
        cmocka_unit_test(mutated_texts_fail_cleanly_or_round_trip),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
