/* test_tells.c — the classifier behind `beside check --tells`: it learns a
 * planted tell (a word, a length, a question mark), does no better than
 * guessing when the words carry nothing, reads ’ as ', lists the strongest
 * tells first, and gives the same model for the same data. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/tells.h"

static const char *const vocab[] = {
    "the", "a", "you", "him", "her", "today", "call", "money", "bus", "home", "talk", "later",
    "kitchen", "phone", "plan", "work", "night", "tired", "friend", "sister", "table", "walk",
    "coffee", "letter", "rent", "shift", "sit", "look", "door", "week",
};
enum { VOCAB = sizeof vocab / sizeof vocab[0], N = 160, MAX_TEXT = 256 };

typedef struct {
    char text[N][MAX_TEXT];
    TellsItem items[N];
} Set;

static uint32_t next(uint32_t *seed)
{
    *seed = *seed * 1664525u + 1013904223u;
    return *seed >> 8;
}

/* Random sentences of `words` words (0: 6 to 14) from the vocabulary, with
 * `tell` added to the rescues when given; rescue with probability 1/3. */
static void make_set(Set *s, uint32_t seed, const char *tell, int rescue_words, bool ask)
{
    for (int i = 0; i < N; i++) {
        bool rescue = next(&seed) % 3 == 0;
        int words = rescue && rescue_words ? rescue_words : 6 + (int)(next(&seed) % 9);
        char *t = s->text[i];
        t[0] = '\0';
        for (int w = 0; w < words; w++) {
            if (w)
                strcat(t, " ");
            strcat(t, vocab[next(&seed) % VOCAB]);
        }
        if (rescue && tell)
            strcat(strcat(t, " "), tell);
        if (rescue && ask)
            strcat(t, "?");
        s->items[i] = (TellsItem){t, rescue};
    }
}

static double accuracy_over_baseline(const TellsModel *m, const Set *test)
{
    TellsScore sc;
    tells_score(m, test->items, N, &sc);
    assert_int_equal(sc.options, N);
    return 100.0 * (sc.right - sc.baseline) / sc.options;
}

static void it_learns_a_planted_word(void **state)
{
    (void)state;
    static Set train, test;
    make_set(&train, 1, "fix", 0, false);
    make_set(&test, 2, "fix", 0, false);
    TellsModel *m = tells_train(train.items, N);
    assert_non_null(m);
    assert_true(accuracy_over_baseline(m, &test) > 25);
    assert_true(tells_guess(m, "let me fix the rent"));
    assert_false(tells_guess(m, "sit with him at the table"));
    const char *top[3];
    assert_true(tells_top(m, true, top, 3) >= 1);
    assert_string_equal(top[0], "w:fix");
    tells_free(m);
}

static void it_learns_length_and_questions(void **state)
{
    (void)state;
    static Set train, test;
    make_set(&train, 3, NULL, 26, false); /* rescues are long, the rest 6-14 words */
    make_set(&test, 4, NULL, 26, false);
    TellsModel *m = tells_train(train.items, N);
    assert_true(accuracy_over_baseline(m, &test) > 25);
    tells_free(m);
    make_set(&train, 5, NULL, 0, true); /* rescues ask */
    make_set(&test, 6, NULL, 0, true);
    m = tells_train(train.items, N);
    assert_true(accuracy_over_baseline(m, &test) > 25);
    const char *top[1];
    assert_int_equal(tells_top(m, true, top, 1), 1);
    assert_string_equal(top[0], "has:?");
    tells_free(m);
}

static void words_that_carry_nothing_do_no_better_than_guessing(void **state)
{
    (void)state;
    static Set train, test;
    make_set(&train, 7, NULL, 0, false);
    make_set(&test, 8, NULL, 0, false);
    TellsModel *m = tells_train(train.items, N);
    double over = accuracy_over_baseline(m, &test);
    assert_true(over < 8);
    tells_free(m);
}

static void a_curly_apostrophe_is_the_same_word(void **state)
{
    (void)state;
    TellsItem items[] = {
        {"I'll pay it", true}, {"I'll sort it", true}, {"We talk", false},
        {"You walk home", false}, {"She sits", false}, {"I'll call them", true},
    };
    TellsModel *m = tells_train(items, 6);
    assert_true(tells_guess(m, "I\xe2\x80\x99ll"));
    assert_true(tells_guess(m, "I'LL"));
    assert_false(tells_guess(m, "you walk"));
    tells_free(m);
}

static void the_same_data_gives_the_same_model(void **state)
{
    (void)state;
    static Set train, test;
    make_set(&train, 9, "fix", 0, false);
    make_set(&test, 10, NULL, 0, false);
    TellsModel *a = tells_train(train.items, N), *b = tells_train(train.items, N);
    for (int i = 0; i < N; i++)
        assert_int_equal(tells_guess(a, test.items[i].text), tells_guess(b, test.items[i].text));
    tells_free(a);
    tells_free(b);
    /* Nothing to learn from: it guesses the commoner answer of nothing. */
    TellsModel *empty = tells_train(NULL, 0);
    assert_non_null(empty);
    assert_false(tells_guess(empty, "anything"));
    tells_free(empty);
    tells_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(it_learns_a_planted_word),
        cmocka_unit_test(it_learns_length_and_questions),
        cmocka_unit_test(words_that_carry_nothing_do_no_better_than_guessing),
        cmocka_unit_test(a_curly_apostrophe_is_the_same_word),
        cmocka_unit_test(the_same_data_gives_the_same_model),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
