/* readability_es.h — how easy Spanish text is to read: the Fernández-Huerta
 * ease and the Szigriszt-Pazos perspicuity read on the INFLESZ scale, with
 * their own Spanish syllable counter. Used for translations of stories
 * (beside check --lang es); English text uses readability.h.
 *
 * What is counted, over UTF-8 text:
 * - A word is a run of letters (a–z, and the accented letters of Latin
 *   scripts: á é í ó ú ü ñ and others) and digits. Everything else
 *   separates words, hyphens and apostrophes included. A number is one
 *   word of one syllable per digit, as in readability.h.
 * - A sentence ends at . ! ? or … (a run of them ends one) after at least
 *   one word, and at the end of each string added. ¿ and ¡ open, not end.
 * - Syllables are vowel nuclei. Vowels next to each other are one syllable
 *   (a diphthong, "ciudad", "cuidado", "buey") unless both are strong: a e o,
 *   or an í or ú with its accent, which is said apart ("le-er", "pa-ís",
 *   "rí-o", "a-é-re-o"). y is a vowel when no vowel follows it ("hoy",
 *   "muy", "y"), a consonant otherwise ("yo", "ayer"). h between vowels
 *   splits them as a consonant does, as Spanish spelling divides words
 *   ("a-ho-ra"). The u of que, qui, gue, gui is part of a diphthong, so it
 *   adds nothing. Every word has at least one syllable.
 *
 * Fernández-Huerta (1959), with the sentence term as Law (2011) corrected it:
 *   206.84 - 60 * syllables/words - 1.02 * words/sentences.
 * Its bands, as Flesch's: 90+ muy fácil, 80 fácil, 70 bastante fácil,
 * 60 normal, 50 bastante difícil, 30 difícil, below muy difícil.
 * Szigriszt-Pazos (1993): 206.835 - 62.3 * syllables/words - words/sentences,
 * on the INFLESZ scale (Barrio-Cantalejo, 2008): above 80 muy fácil, 65
 * bastante fácil, 55 normal, 40 algo difícil, below muy difícil. */
#ifndef BESIDE_READABILITY_ES_H
#define BESIDE_READABILITY_ES_H

#include "core/readability.h"

/* The lowest ease a Spanish translation of a story should have as a whole:
 * "bastante fácil" on the Fernández-Huerta scale. */
#define READABILITY_ES_MIN 70.0

/* Adds the counts of one separate string of Spanish to `r`; its end ends a
 * sentence. NULL or empty text adds nothing. Never fails. */
void readability_es_add(Readability *r, const char *text);
/* Spanish syllables in `text` (a word, or the sum over its words). */
int readability_es_syllables(const char *text);
/* The ease of the counts so far; 0 when there are no words. */
double readability_fernandez_huerta(const Readability *r);
double readability_szigriszt(const Readability *r);
/* The band's name in Spanish ("bastante fácil"), as the scales say it. */
const char *readability_fernandez_huerta_band(double ease);
const char *readability_inflesz_band(double perspicuity);

#endif
