/* test_readability.c — the syllable counter against dictionary syllable
 * counts, the word and sentence rules, and Flesch–Kincaid grades worked out
 * by hand from the formula (0.39 * words/sentences + 11.8 * syllables/words
 * - 15.59) in the comments beside each case. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/readability.h"

/* Syllable counts as a dictionary divides the word (Merriam-Webster, Oxford).
 * Words whose count differs between accents or dictionaries (every, fire,
 * real, interesting, chocolate) are left out on purpose. */
static const struct {
    const char *word;
    int syllables;
} dictionary[] = {
    /* one vowel group, and a silent final e */
    {"the", 1}, {"cat", 1}, {"make", 1}, {"time", 1}, {"home", 1}, {"whole", 1},
    {"once", 1}, {"are", 1}, {"were", 1}, {"where", 1}, {"change", 1}, {"since", 1},
    {"be", 1}, {"she", 1}, {"free", 1}, {"blue", 1}, {"true", 1},
    /* -le and -re after a consonant are syllables */
    {"table", 2}, {"little", 2}, {"able", 2}, {"middle", 2}, {"trouble", 2},
    {"centre", 2}, {"acre", 2},
    /* -es and -ed */
    {"makes", 1}, {"lives", 1}, {"homes", 1}, {"boxes", 2}, {"wishes", 2},
    {"places", 2}, {"changes", 2}, {"houses", 2}, {"tables", 2}, {"goes", 1},
    {"tries", 1}, {"walked", 1}, {"lived", 1}, {"asked", 1}, {"called", 1},
    {"smiled", 1}, {"played", 1}, {"tried", 1}, {"wanted", 2}, {"needed", 2},
    {"ended", 2}, {"handled", 2}, {"troubled", 2}, {"hundred", 2}, {"worried", 2},
    {"married", 2}, {"rescued", 2},
    /* y as a vowel, and as a consonant */
    {"yes", 1}, {"you", 1}, {"yellow", 2}, {"day", 1}, {"they", 1}, {"key", 1},
    {"happy", 2}, {"family", 3}, {"money", 2}, {"beyond", 2}, {"player", 2},
    {"loyal", 2}, {"lawyer", 2}, {"buy", 1}, {"sorry", 2}, {"early", 2},
    /* u after q and g */
    {"quality", 3}, {"question", 2}, {"unique", 2}, {"guess", 1}, {"guide", 1},
    {"language", 2}, {"tongue", 1}, {"argument", 3},
    /* vowels said apart */
    {"idea", 3}, {"ideas", 3}, {"area", 3}, {"quiet", 2}, {"diet", 2},
    {"science", 2}, {"client", 2}, {"society", 4}, {"anxiety", 4},
    {"experience", 4}, {"usual", 3}, {"actual", 3}, {"situation", 4},
    {"video", 3}, {"radio", 3}, {"lion", 2}, {"violin", 3}, {"curious", 3},
    {"serious", 3}, {"previous", 3}, {"obvious", 3}, {"medium", 3},
    {"museum", 3}, {"cruel", 2}, {"happier", 3}, {"easier", 3}, {"earlier", 3},
    {"happiest", 3}, {"being", 2}, {"seeing", 2}, {"going", 2}, {"doing", 2},
    {"trying", 2}, {"crying", 2}, {"saying", 2}, {"playing", 2},
    {"continuing", 4}, {"underlying", 4}, {"trial", 2}, {"giant", 2},
    {"media", 3}, {"criticism", 4},
    /* vowels said together */
    {"social", 2}, {"special", 2}, {"nation", 2}, {"emotion", 3}, {"million", 2},
    {"opinion", 3}, {"union", 2}, {"anxious", 2}, {"cushion", 2}, {"patient", 2},
    {"ancient", 2}, {"religious", 3}, {"friend", 1}, {"piece", 1}, {"believe", 2},
    {"field", 1}, {"view", 1}, {"people", 2}, {"beautiful", 3}, {"because", 2},
    {"again", 2}, {"said", 1}, {"boat", 1}, {"goal", 1}, {"thoughts", 1},
    {"house", 1}, {"rescue", 2}, {"issues", 2}, {"pier", 1}, {"priest", 1},
    {"tea", 1},
    /* a silent e inside the word */
    {"lonely", 2}, {"lovely", 2}, {"likely", 2}, {"completely", 3},
    {"absolutely", 4}, {"immediately", 5}, {"careful", 2}, {"carefully", 3},
    {"hopeful", 2}, {"statement", 2}, {"movement", 2}, {"excitement", 3},
    {"homeless", 2}, {"safety", 2}, {"ninety", 2}, {"element", 3},
    {"useful", 2}, {"moment", 2}, {"settlement", 3},
    /* words put together */
    {"someone", 2}, {"everyone", 3}, {"anyone", 3}, {"anything", 3},
    {"something", 2}, {"nothing", 2}, {"nobody", 3}, {"somewhere", 2},
    {"sometimes", 2}, {"everybody", 4},
    /* longer words */
    {"resentment", 3}, {"responsibility", 6}, {"independence", 4},
    {"determination", 5}, {"considerable", 5}, {"encourage", 3},
    {"encouraging", 4}, {"autonomy", 4}, {"therapy", 3}, {"therapist", 3},
    {"relationship", 4}, {"intimacy", 4}, {"envelope", 3}, {"envelopes", 3},
    {"different", 3}, {"several", 3}, {"favourite", 3}, {"headache", 2},
    {"practice", 2}, {"listening", 3}, {"motive", 2}, {"motives", 2},
    {"behaviours", 3}, {"behavior", 3}, {"require", 2}, {"tomorrow", 3},
    /* apostrophes and capitals */
    {"don't", 1}, {"don’t", 1}, {"you're", 1}, {"they're", 1}, {"I've", 1},
    {"Tom's", 1}, {"Nina", 2}, {"Ellen", 2}, {"THE", 1}, {"Table", 2},
};

static void test_dictionary_words(void **state)
{
    (void)state;
    int wrong = 0;
    for (size_t i = 0; i < sizeof dictionary / sizeof dictionary[0]; i++) {
        int got = readability_syllables(dictionary[i].word);
        if (got != dictionary[i].syllables) {
            print_error("'%s': %d syllables, the dictionary says %d\n", dictionary[i].word, got,
                        dictionary[i].syllables);
            wrong++;
        }
    }
    assert_int_equal(wrong, 0);
}

/* Accented letters count as their base letter; a diaeresis or a final acute
 * accent makes a vowel its own syllable. Precomposed and combining forms. */
static void test_accents(void **state)
{
    (void)state;
    assert_int_equal(readability_syllables("café"), 2);
    assert_int_equal(readability_syllables("cafe\xcc\x81"), 2); /* e + U+0301 */
    assert_int_equal(readability_syllables("résumé"), 3);
    assert_int_equal(readability_syllables("naïve"), 2);
    assert_int_equal(readability_syllables("Zoë"), 2);
    assert_int_equal(readability_syllables("José"), 2);
    assert_int_equal(readability_syllables("façade"), 2);
    assert_int_equal(readability_syllables("Łukasz"), 2);
}

static Readability count(const char *text)
{
    Readability r = {0};
    readability_add(&r, text);
    return r;
}

static void assert_counts(const char *text, long words, long sentences, long syllables)
{
    Readability r = count(text);
    if (r.words != words || r.sentences != sentences || r.syllables != syllables)
        print_error("'%s': %ld words, %ld sentences, %ld syllables; expected %ld, %ld, %ld\n",
                    text, r.words, r.sentences, r.syllables, words, sentences, syllables);
    assert_int_equal(r.words, words);
    assert_int_equal(r.sentences, sentences);
    assert_int_equal(r.syllables, syllables);
}

static void test_words_and_sentences(void **state)
{
    (void)state;
    /* Runs of end marks end one sentence. */
    assert_counts("Wait... what?! Oh.", 3, 3, 3);
    assert_counts("Stop! Stop? Stop.", 3, 3, 3);
    assert_counts("Wait\xe2\x80\xa6 no.", 2, 2, 2); /* U+2026 … */
    /* Curly quotes, a curly apostrophe and an em dash. */
    assert_counts("\xe2\x80\x9cI can\xe2\x80\x99t,\xe2\x80\x9d she says \xe2\x80\x94 and stops.", 6, 1, 6);
    /* A hyphenated word is one word; its parts' syllables add up. */
    assert_counts("A ten-year-old.", 2, 1, 4);
    /* A spaced hyphen and a double hyphen separate words. */
    assert_counts("Yes - no -- maybe.", 3, 1, 4);
    /* Numbers: one word, a syllable per digit; 3.50 and 1,000 are one number. */
    assert_counts("I am 15.", 3, 1, 4);
    assert_counts("It costs 3.50 a day.", 5, 1, 7);
    assert_counts("We owe 1,000 now.", 4, 1, 7);
    /* Mr. and Dr. and e.g. do not end the sentence. */
    assert_counts("Mr. Smith met Dr. Jones.", 5, 1, 2 + 1 + 1 + 2 + 1);
    assert_counts("Bring food, e.g. bread.", 4, 1, 1 + 1 + 2 + 1); /* e.g: "e g" */
    /* Each separate string ends a sentence; a string with no end is one. */
    assert_counts("Nina and Tom", 3, 1, 4);
    assert_counts("   ", 0, 0, 0);
    assert_counts("\xe2\x80\x94 ... !", 0, 0, 0); /* marks with no words: no sentence */
}

static void test_empty(void **state)
{
    (void)state;
    Readability r = {0};
    readability_add(&r, "");
    readability_add(&r, NULL);
    assert_int_equal(r.words, 0);
    assert_int_equal(r.sentences, 0);
    assert_int_equal(r.syllables, 0);
    assert_true(readability_grade(&r) == 0.0);
    assert_int_equal(readability_syllables(""), 0);
}

static void assert_grade(double got, double want)
{
    if (got < want - 0.001 || got > want + 0.001)
        fail_msg("grade %.4f, worked out by hand as %.4f", got, want);
}

static void test_grades(void **state)
{
    (void)state;
    /* "The cat sat on the mat.": 6 words, 1 sentence, 6 syllables.
     * 0.39 * 6 + 11.8 * 6/6 - 15.59 = 2.34 + 11.8 - 15.59 = -1.45 */
    Readability r = count("The cat sat on the mat.");
    assert_grade(readability_grade(&r), -1.45);

    /* You(1) lend(1) Tom(1) the(1) money(2) again(2): 6 words, 8 syllables.
     * He thanks you, but he will not look at you: 10 words, 10 syllables.
     * 16 words, 2 sentences, 18 syllables:
     * 0.39 * 8 + 11.8 * 18/16 - 15.59 = 3.12 + 13.275 - 15.59 = 0.805 */
    r = count("You lend Tom the money again. He thanks you, but he will not look at you.");
    assert_int_equal(r.words, 16);
    assert_int_equal(r.sentences, 2);
    assert_int_equal(r.syllables, 18);
    assert_grade(readability_grade(&r), 0.805);

    /* Responsibility(6) and(1) independence(4) require(2) considerable(5)
     * determination(5): 6 words, 1 sentence, 23 syllables.
     * 0.39 * 6 + 11.8 * 23/6 - 15.59 = 2.34 + 45.2333 - 15.59 = 31.9833 */
    r = count("Responsibility and independence require considerable determination.");
    assert_grade(readability_grade(&r), 31.98333);

    /* "Nina and Tom" (no full stop): 3 words, 1 sentence, 4 syllables.
     * 0.39 * 3 + 11.8 * 4/3 - 15.59 = 1.17 + 15.7333 - 15.59 = 1.3133 */
    r = count("Nina and Tom");
    assert_grade(readability_grade(&r), 1.31333);
}

/* The hardest sentence: its grade worked out by hand as one sentence, its
 * bytes without the space before it, sentences under the word floor left
 * out, and an abbreviation's full stop not taken as an end. */
static void test_hardest_sentence(void **state)
{
    (void)state;
    const char *text = "You lend Tom the money again. Responsibility and independence require "
                       "considerable determination. He nods.";
    size_t start, len;
    /* The second sentence, 31.9833 as in test_grades. */
    assert_grade(readability_hardest(text, 1, &start, &len), 31.98333);
    assert_int_equal(start, strlen("You lend Tom the money again. "));
    assert_int_equal(len, strlen("Responsibility and independence require considerable "
                                 "determination."));
    /* With a floor of 7 words only the first (6 words) ... none is left. */
    assert_true(readability_hardest(text, 7, &start, &len) == READABILITY_NONE);
    assert_int_equal(start, 0);
    assert_int_equal(len, 0);
    /* "Dr. Lee" does not end a sentence: the hardest sentence is the whole
     * text, with the grade the whole text counts to. */
    const char *dr = "Dr. Lee says you can call her today.";
    Readability whole = count(dr);
    assert_int_equal(whole.sentences, 1);
    assert_grade(readability_hardest(dr, 8, &start, &len), readability_grade(&whole));
    assert_int_equal(len, strlen("Dr. Lee says you can call her today."));
    assert_true(readability_hardest(NULL, 1, &start, &len) == READABILITY_NONE);
}

/* Counts add up over strings, and each string's end ends a sentence. */
static void test_sum_over_strings(void **state)
{
    (void)state;
    /* "Nina and Tom" + "The cat sat on the mat.": 9 words, 2 sentences, 10
     * syllables. 0.39 * 4.5 + 11.8 * 10/9 - 15.59 = 1.755 + 13.1111 - 15.59
     * = -0.7239 */
    Readability r = {0};
    readability_add(&r, "Nina and Tom");
    readability_add(&r, "The cat sat on the mat.");
    assert_int_equal(r.words, 9);
    assert_int_equal(r.sentences, 2);
    assert_int_equal(r.syllables, 10);
    assert_grade(readability_grade(&r), -0.72389);

    Readability a = count("Nina and Tom"), b = count("The cat sat on the mat.");
    readability_merge(&a, &b);
    assert_int_equal(a.words, 9);
    assert_int_equal(a.sentences, 2);
    assert_int_equal(a.syllables, 10);

    /* Two strings with no full stops are two sentences, not one. */
    r = (Readability){0};
    readability_add(&r, "Call him");
    readability_add(&r, "Wait");
    assert_int_equal(r.sentences, 2);
}

static void test_long_text(void **state)
{
    (void)state;
    /* 10,000 times "The cat sat on the mat. ": 60,000 words, 10,000
     * sentences, 60,000 syllables; the grade is that of one: -1.45. */
    const char *one = "The cat sat on the mat. ";
    size_t n = strlen(one), times = 10000;
    char *text = malloc(n * times + 1);
    assert_non_null(text);
    for (size_t i = 0; i < times; i++)
        memcpy(text + i * n, one, n);
    text[n * times] = '\0';
    Readability r = count(text);
    assert_int_equal(r.words, 60000);
    assert_int_equal(r.sentences, 10000);
    assert_int_equal(r.syllables, 60000);
    assert_grade(readability_grade(&r), -1.45);
    free(text);

    /* One 5,000-letter "word" with no spaces: one word, counted in pieces. */
    text = malloc(5001);
    assert_non_null(text);
    for (int i = 0; i < 5000; i++)
        text[i] = "ba"[i % 2];
    text[5000] = '\0';
    r = count(text);
    assert_int_equal(r.words, 1);
    assert_int_equal(r.sentences, 1);
    assert_int_equal(r.syllables, 2500);
    free(text);
}

/* Bad bytes separate words and never stop the count or read past the end. */
static void test_invalid_utf8(void **state)
{
    (void)state;
    assert_counts("Tom\xff\xfe pays.", 2, 1, 2);
    assert_counts("Tom\xc0\xafpays.", 2, 1, 2);          /* overlong '/' */
    assert_counts("Tom\xed\xa0\x80pays.", 2, 1, 2);      /* a surrogate */
    assert_counts("Tom\xf4\x90\x80\x80pays.", 2, 1, 2);  /* past U+10FFFF */
    assert_counts("Tom pays\xe2\x80", 2, 1, 2);          /* cut off at the end */
    assert_counts("\x80\x80\x80", 0, 0, 0);
    assert_counts("caf\xc3", 1, 1, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dictionary_words),
        cmocka_unit_test(test_accents),
        cmocka_unit_test(test_words_and_sentences),
        cmocka_unit_test(test_empty),
        cmocka_unit_test(test_grades),
        cmocka_unit_test(test_hardest_sentence),
        cmocka_unit_test(test_sum_over_strings),
        cmocka_unit_test(test_long_text),
        cmocka_unit_test(test_invalid_utf8),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
