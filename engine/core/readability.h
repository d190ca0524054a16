/* readability.h — the Flesch–Kincaid grade level of English text, with the
 * word, sentence and syllable counts it is made of, summed over many strings.
 *
 * What is counted, over UTF-8 text:
 * - A word is a run of letters and digits. An apostrophe (' or ’) between two
 *   letters joins them ("don't" is one word of one syllable), as does a
 *   hyphen between letters or digits ("ten-year-old" is one word whose parts'
 *   syllables are added). Accented Latin letters count as their base letter;
 *   other non-ASCII letters count as consonants. Dashes, quotes, other
 *   punctuation, symbols, emoji and invalid UTF-8 bytes separate words.
 * - A number counts as one word of one syllable per digit ("15" is 2).
 * - A sentence ends at . ! ? or … (a run of them ends one sentence) after at
 *   least one word, and at the end of each string added with
 *   readability_add(). So a string with no sentence end is one sentence. A
 *   full stop is not an end inside a number ("3.5"), right before a letter
 *   ("e.g"), after a word that had one inside it ("e.g."), or after Mr, Mrs,
 *   Ms, Dr or St.
 * - Syllables are vowel groups (a e i o u, and y except at the start of a
 *   word or between vowels), less a silent final e (-e, -es, -ed, and e before
 *   -ly, -ful, -ness, -ment, -less, -ty), plus the vowel pairs that are said as
 *   two ("idea", "quiet", "usual", "being"), with a short list of words that
 *   break the rules. Every word has at least one.
 *
 * The grade is 0.39 * words / sentences + 11.8 * syllables / words - 15.59:
 * roughly the US school year a reader needs. It can be below 0 for very
 * simple text. */
#ifndef BESIDE_READABILITY_H
#define BESIDE_READABILITY_H

#include <stddef.h>

typedef struct {
    long words;
    long sentences;
    long syllables;
} Readability;

/* Adds the counts of one separate string to `r`; its end ends a sentence.
 * NULL or empty text adds nothing. Never fails. */
void readability_add(Readability *r, const char *text);
/* Adds the counts in `from` to `into`. */
void readability_merge(Readability *into, const Readability *from);
/* The Flesch–Kincaid grade of the counts so far; 0 when there are no words. */
double readability_grade(const Readability *r);
/* The Flesch–Kincaid grade of the hardest sentence of `text` that has at
 * least `min_words` words, counted as above, and where it is: *start and
 * *len in bytes (leading spaces left out). READABILITY_NONE (and 0, 0) when
 * no sentence is that long. A single sentence's grade swings more than a
 * scene's, so callers warn only well above the scene's limit. */
#define READABILITY_NONE (-1000.0)
double readability_hardest(const char *text, int min_words, size_t *start, size_t *len);
/* Both in one reading of `text`: adds its counts to `r` as readability_add()
 * does, and returns its hardest sentence as readability_hardest() does. */
double readability_add_hardest(Readability *r, const char *text, int min_words, size_t *start,
                               size_t *len);
/* The number of syllables in `text` (a word, or the sum over its words). */
int readability_syllables(const char *text);

#endif
