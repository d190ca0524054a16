/* test_readability_es.c — the Spanish syllable counter against words
 * divided by hand by the Spanish spelling rules, and the Fernández-Huerta
 * and Szigriszt-Pazos figures against passages worked out by hand in the
 * comments beside each case. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <math.h>
#include <stdio.h>

#include <cmocka.h>

#include "core/readability_es.h"

static const struct {
    const char *word;
    int syllables; /* as divided, in the comment */
} words[] = {
    {"casa", 2},          /* ca-sa */
    {"perro", 2},         /* pe-rro */
    {"ciudad", 2},        /* ciu-dad: i u, a diphthong */
    {"cuidado", 3},       /* cui-da-do */
    {"país", 2},          /* pa-ís: an accented í is said apart */
    {"río", 2},           /* rí-o */
    {"Raúl", 2},          /* Ra-úl */
    {"leer", 2},          /* le-er: two strong vowels */
    {"poeta", 3},         /* po-e-ta */
    {"aéreo", 4},         /* a-é-re-o */
    {"oído", 3},          /* o-í-do */
    {"murciélago", 4},    /* mur-cié-la-go: i é, a diphthong */
    {"buey", 1},          /* buey: a triphthong */
    {"hoy", 1},           /* y with no vowel after it is a vowel */
    {"muy", 1},           /* muy */
    {"estoy", 2},         /* es-toy */
    {"y", 1},             /* y alone */
    {"ayer", 2},          /* a-yer: y before a vowel is a consonant */
    {"yo", 1},            /* yo */
    {"que", 1},           /* que: the u adds nothing */
    {"guerra", 2},        /* gue-rra */
    {"pingüino", 3},      /* pin-güi-no */
    {"ahora", 3},         /* a-ho-ra: h between vowels splits them */
    {"zanahoria", 4},     /* za-na-ho-ria */
    {"huevo", 2},         /* hue-vo */
    {"reír", 2},          /* re-ír */
    {"administración", 5}, /* ad-mi-nis-tra-ción */
    {"responsabilidad", 6}, /* res-pon-sa-bi-li-dad */
    {"económica", 5},     /* e-co-nó-mi-ca */
    {"MAMÁ", 2},          /* capitals count as their letters */
    {"niñera", 3},        /* ni-ñe-ra: ñ is a consonant */
    {"quieres", 2},       /* quie-res */
};

static void test_syllables(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        int got = readability_es_syllables(words[i].word);
        if (got != words[i].syllables)
            fail_msg("%s: counted %d syllables, the word has %d", words[i].word, got,
                     words[i].syllables);
    }
}

static void test_easy_passage(void **state)
{
    (void)state;
    /* Mi(1) ca-sa(2) es(1) a-zul(2) / Tom(1) no(1) sa-be(2) qué(1) ha-cer(2):
     * 9 words, 13 syllables, 2 sentences.
     * Fernández-Huerta: 206.84 - 60 * 13/9 - 1.02 * 9/2
     *                 = 206.84 - 86.6667 - 4.59 = 115.583 (muy fácil)
     * Szigriszt-Pazos: 206.835 - 62.3 * 13/9 - 9/2
     *                 = 206.835 - 89.9889 - 4.5 = 112.346 (muy fácil) */
    Readability r = {0};
    readability_es_add(&r, "Mi casa es azul. Tom no sabe qué hacer.");
    assert_int_equal(r.words, 9);
    assert_int_equal(r.syllables, 13);
    assert_int_equal(r.sentences, 2);
    assert_true(fabs(readability_fernandez_huerta(&r) - 115.583) < 0.01);
    assert_true(fabs(readability_szigriszt(&r) - 112.346) < 0.01);
    assert_string_equal(readability_fernandez_huerta_band(readability_fernandez_huerta(&r)),
                        "muy fácil");
}

static void test_hard_passage(void **state)
{
    (void)state;
    /* La(1) res-pon-sa-bi-li-dad(6) e-co-nó-mi-ca(5) de(1) la(1)
     * ad-mi-nis-tra-ción(5) mu-ni-ci-pal(4): 7 words, 23 syllables, 1 sentence.
     * Fernández-Huerta: 206.84 - 60 * 23/7 - 1.02 * 7 = 206.84 - 197.1429 - 7.14 = 2.557
     * Szigriszt-Pazos: 206.835 - 62.3 * 23/7 - 7 = 206.835 - 204.7 - 7 = -4.865 */
    Readability r = {0};
    readability_es_add(&r, "La responsabilidad económica de la administración municipal.");
    assert_int_equal(r.words, 7);
    assert_int_equal(r.syllables, 23);
    assert_int_equal(r.sentences, 1);
    assert_true(fabs(readability_fernandez_huerta(&r) - 2.557) < 0.01);
    assert_true(fabs(readability_szigriszt(&r) - (-4.865)) < 0.01);
    assert_string_equal(readability_fernandez_huerta_band(2.557), "muy difícil");
    assert_string_equal(readability_inflesz_band(-4.865), "muy difícil");
}

static void test_sentences_and_marks(void **state)
{
    (void)state;
    /* ¿ and ¡ open: Qué(1) quie-res(2) / Va-mos(2): 3 words, 5 syllables,
     * 2 sentences. A run of marks ends one sentence; "3.5" is one number
     * of two digits (2 syllables) and no sentence end inside it. */
    Readability r = {0};
    readability_es_add(&r, "¿Qué quieres? ¡Vamos!");
    assert_int_equal(r.words, 3);
    assert_int_equal(r.syllables, 5);
    assert_int_equal(r.sentences, 2);
    Readability n = {0};
    readability_es_add(&n, "Pagó 3.5 ya… ¿Sí?!");
    assert_int_equal(n.words, 4);      /* Pagó, 3.5, ya, Sí */
    assert_int_equal(n.syllables, 6);  /* 2 + 2 + 1 + 1 */
    assert_int_equal(n.sentences, 2);
    Readability none = {0};
    readability_es_add(&none, NULL);
    readability_es_add(&none, "");
    assert_int_equal(none.words, 0);
    assert_true(readability_fernandez_huerta(&none) == 0);
}

static void test_bands(void **state)
{
    (void)state;
    assert_string_equal(readability_fernandez_huerta_band(95), "muy fácil");
    assert_string_equal(readability_fernandez_huerta_band(85), "fácil");
    assert_string_equal(readability_fernandez_huerta_band(70), "bastante fácil");
    assert_string_equal(readability_fernandez_huerta_band(65), "normal");
    assert_string_equal(readability_fernandez_huerta_band(55), "bastante difícil");
    assert_string_equal(readability_fernandez_huerta_band(40), "difícil");
    assert_string_equal(readability_inflesz_band(81), "muy fácil");
    assert_string_equal(readability_inflesz_band(65), "bastante fácil");
    assert_string_equal(readability_inflesz_band(60), "normal");
    assert_string_equal(readability_inflesz_band(45), "algo difícil");
    assert_string_equal(readability_inflesz_band(39), "muy difícil");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_syllables),     cmocka_unit_test(test_easy_passage),
        cmocka_unit_test(test_hard_passage),  cmocka_unit_test(test_sentences_and_marks),
        cmocka_unit_test(test_bands),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
