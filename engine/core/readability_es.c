/* readability_es.c — Spanish words, sentences and syllables, and the
 * Fernández-Huerta and Szigriszt-Pazos (INFLESZ) measures (readability_es.h
 * gives the rules and the formulas). */
#include "core/readability_es.h"

#include <stdbool.h>
#include <string.h>

#include "core/utf8.h"

typedef enum { C_OTHER, C_LETTER, C_DIGIT, C_END, C_SPACE } EsClass;

/* What one code point is: a letter (with its Spanish vowel class in *v:
 * 0 consonant, 1 weak i u ü, 2 strong a e o or accented í ú, 3 the letter
 * y), a digit, a sentence end, or something else. */
static EsClass es_classify(long cp, int *v)
{
    static const struct { long cp; int v; } accented[] = {
        {0xE1, 2}, {0xE9, 2}, {0xED, 2}, {0xF3, 2}, {0xFA, 2}, {0xFC, 1},  /* á é í ó ú ü */
        {0xC1, 2}, {0xC9, 2}, {0xCD, 2}, {0xD3, 2}, {0xDA, 2}, {0xDC, 1},  /* Á É Í Ó Ú Ü */
        {0xE0, 2}, {0xE8, 2}, {0xF2, 2}, {0xE2, 2}, {0xEA, 2}, {0xF4, 2},  /* à è ò â ê ô */
        {0xEF, 1}, {0xCF, 1},                                              /* ï Ï */
    };
    *v = 0;
    if (cp >= 'A' && cp <= 'Z')
        cp += 'a' - 'A';
    if (cp >= 'a' && cp <= 'z') {
        *v = strchr("aeo", (int)cp) ? 2 : strchr("iu", (int)cp) ? 1 : cp == 'y' ? 3 : 0;
        return C_LETTER;
    }
    if (cp >= '0' && cp <= '9')
        return C_DIGIT;
    if (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026)
        return C_END;
    for (size_t i = 0; i < sizeof accented / sizeof *accented; i++)
        if (accented[i].cp == cp) {
            *v = accented[i].v;
            return C_LETTER;
        }
    if ((cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7))
        return C_LETTER; /* ñ, ç and other Latin letters: consonants here */
    return C_OTHER;
}

/* Syllables of one word from its vowel classes (see es_classify). */
static int word_syllables(const int *v, int n)
{
    int count = 0, prev = 0; /* prev: class of the vowel before, 0 none */
    for (int i = 0; i < n; i++) {
        int c = v[i];
        if (c == 3) /* y: a vowel (weak) unless a vowel follows */
            c = (i + 1 < n && v[i + 1] != 0 && v[i + 1] != 3) ? 0 : 1;
        if (c == 0) {
            prev = 0;
            continue;
        }
        if (!prev || (prev == 2 && c == 2))
            count++;
        prev = c;
    }
    return count > 0 ? count : 1;
}

enum { WORD_MAX = 64 };

typedef struct {
    Readability *r;
    int v[WORD_MAX];
    int n;            /* letters in the word so far (counted up to WORD_MAX) */
    int digits;
    bool words_since; /* a word since the last sentence end */
} EsScan;

static void end_word(EsScan *s)
{
    if (s->n == 0 && s->digits == 0)
        return;
    s->r->words++;
    s->r->syllables += s->digits ? s->digits + (s->n ? word_syllables(s->v, s->n) : 0)
                                 : word_syllables(s->v, s->n);
    s->n = s->digits = 0;
    s->words_since = true;
}

static void end_sentence(EsScan *s)
{
    end_word(s);
    if (s->words_since)
        s->r->sentences++;
    s->words_since = false;
}

void readability_es_add(Readability *r, const char *text)
{
    if (!text)
        return;
    EsScan s = {.r = r};
    const unsigned char *p = (const unsigned char *)text;
    size_t left = strlen(text);
    while (left > 0) {
        size_t len;
        long cp = utf8_decode(p, left, &len);
        int v;
        EsClass c = es_classify(cp, &v);
        if (c == C_LETTER) {
            if (s.n < WORD_MAX)
                s.v[s.n] = v;
            s.n += s.n < WORD_MAX;
        } else if (c == C_DIGIT) {
            s.digits++;
        } else if (c == C_END && !(cp == '.' && s.digits && left > 1 && p[1] >= '0' && p[1] <= '9')) {
            end_sentence(&s);
        } else if (c != C_END) {
            end_word(&s);
        }
        p += len;
        left -= len;
    }
    end_sentence(&s);
}

int readability_es_syllables(const char *text)
{
    Readability r = {0};
    readability_es_add(&r, text);
    return (int)r.syllables;
}

double readability_fernandez_huerta(const Readability *r)
{
    if (r->words == 0)
        return 0;
    long sentences = r->sentences > 0 ? r->sentences : 1;
    return 206.84 - 60.0 * (double)r->syllables / (double)r->words -
           1.02 * (double)r->words / (double)sentences;
}

double readability_szigriszt(const Readability *r)
{
    if (r->words == 0)
        return 0;
    long sentences = r->sentences > 0 ? r->sentences : 1;
    return 206.835 - 62.3 * (double)r->syllables / (double)r->words -
           (double)r->words / (double)sentences;
}

const char *readability_fernandez_huerta_band(double e)
{
    return e >= 90 ? "muy fácil" : e >= 80 ? "fácil" : e >= 70 ? "bastante fácil"
         : e >= 60 ? "normal" : e >= 50 ? "bastante difícil" : e >= 30 ? "difícil"
         : "muy difícil";
}

const char *readability_inflesz_band(double p)
{
    return p > 80 ? "muy fácil" : p >= 65 ? "bastante fácil" : p >= 55 ? "normal"
         : p >= 40 ? "algo difícil" : "muy difícil";
}
