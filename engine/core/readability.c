/* readability.c — words, sentences and English syllables in UTF-8 text, and
 * the Flesch–Kincaid grade they give. The rules are in readability.h; the
 * syllable counter is a set of spelling rules, right for most everyday words,
 * and the grade is an estimate anyway, so near enough is good enough. */
#include "core/readability.h"

#include <stdbool.h>
#include <string.h>

#include "core/utf8.h"

/* Letters of one part of a word (hyphens and inner full stops start a new
 * part). A longer run is counted in pieces of this size. */
enum { PART_MAX = 48 };

typedef struct {
    char c[PART_MAX + 1]; /* lower-case ASCII; '#' for a letter with no ASCII base */
    bool split[PART_MAX]; /* a diaeresis (naïve): this vowel is said on its own */
    bool accent[PART_MAX]; /* an acute accent (café): a final e is said */
    int n;
} Part;

/* ---- syllables of one part ---------------------------------------------- */

/* Words the spelling rules get wrong, with their dictionary syllable counts.
 * The words are kept in the table, not pointed to: every word of a story is
 * compared with each first letter here, and following 64 pointers for that
 * was 4% of checking a big story. */
static const struct {
    char word[12];
    int syllables;
} exceptions[] = {
    {"every", 2},      {"eye", 1},         {"eyes", 1},        {"people", 2},
    {"peoples", 2},    {"create", 2},      {"creates", 2},     {"created", 3},
    {"creating", 3},   {"creative", 3},    {"creation", 3},    {"business", 2},
    {"businesses", 3}, {"evening", 2},     {"evenings", 2},    {"naive", 2},
    {"recipe", 3},     {"recipes", 3},     {"maybe", 2},       {"tuesday", 2},
    {"wednesday", 2},  {"tuesdays", 2},    {"wednesdays", 2},  {"geography", 4},   {"poem", 2},        {"poems", 2},
    {"poet", 2},       {"poetry", 3},      {"argue", 2},       {"argued", 2},
    {"argues", 2},     {"arguing", 3},     {"ruin", 2},        {"ruined", 2},
    {"fluid", 2},      {"react", 2},       {"reacts", 2},      {"reacted", 3},
    {"reaction", 3},   {"reality", 4},     {"theatre", 3},     {"theater", 3},
    {"useful", 2},     {"useless", 2},     {"usefully", 3},    {"ok", 2},
    {"mr", 2},         {"mrs", 2},         {"ms", 1},          {"dr", 2},
    {"tv", 2},         {"behaviour", 3},   {"behaviours", 3},  {"behavior", 3},
    {"behaviors", 3},  {"leopard", 2},     {"pigeon", 2},      {"someday", 2},
};

/* "someone" is "some" + "one": the rules cannot see where the parts meet. */
static const char *const compound_heads[] = {"some", "any", "every", "no"};
static const char *const compound_tails[] = {
    "one", "ones", "body", "thing", "things", "where", "time", "times", "how", "way", "ways",
    "what", "day", "days", "place",
};

static bool is_aeiou(char ch)
{
    return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u';
}

static bool in_set(char ch, const char *set)
{
    return ch && strchr(set, ch) != NULL;
}

/* Whether letter i is said as a vowel: u after q (and after g before another
 * vowel: guess, language) is not; y is, except first or between vowels. */
static bool vowel_at(const char *w, int n, int i)
{
    char ch = w[i];
    if (ch == 'u') {
        if (i > 0 && w[i - 1] == 'q')
            return false;
        return !(i > 0 && w[i - 1] == 'g' && i + 1 < n && is_aeiou(w[i + 1]));
    }
    if (ch == 'y') {
        if (i == 0)
            return false;
        return !(vowel_at(w, n, i - 1) && i + 1 < n && is_aeiou(w[i + 1]));
    }
    return is_aeiou(ch);
}

static int count_plain(const char *w, int n, const bool *split, const bool *accent);

static int count_word(const char *w)
{
    return count_plain(w, (int)strlen(w), NULL, NULL);
}

/* The exceptions list and compounds, for a part with no accents. -1: neither. */
/* Every word of a story passes here: the first letter is compared before
 * anything is measured, which turns most words away at once. */
static int count_known(const char *w, int n)
{
    if (n <= 0)
        return -1;
    for (size_t k = 0; k < sizeof exceptions / sizeof exceptions[0]; k++)
        if (exceptions[k].word[0] == w[0] && (int)strlen(exceptions[k].word) == n &&
            memcmp(exceptions[k].word, w, (size_t)n) == 0)
            return exceptions[k].syllables;
    for (size_t h = 0; h < sizeof compound_heads / sizeof compound_heads[0]; h++) {
        const char *head = compound_heads[h];
        if (head[0] != w[0])
            continue;
        int hn = (int)strlen(head);
        if (hn >= n || memcmp(head, w, (size_t)hn) != 0)
            continue;
        for (size_t t = 0; t < sizeof compound_tails / sizeof compound_tails[0]; t++) {
            const char *tail = compound_tails[t];
            if ((int)strlen(tail) == n - hn && memcmp(tail, w + hn, (size_t)(n - hn)) == 0)
                return count_known(head, hn) > 0 ? count_known(head, hn) + count_word(tail)
                                                 : count_word(head) + count_word(tail);
        }
    }
    return -1;
}

static bool ends_with(const char *w, int n, const char *end)
{
    int k = (int)strlen(end);
    return n >= k && memcmp(w + n - k, end, (size_t)k) == 0;
}

/* Whether the rest of the word, after position i, is exactly `rest`. */
static bool rest_is(const char *w, int n, int i, const char *rest)
{
    return (int)strlen(rest) == n - i - 1 && memcmp(w + i + 1, rest, (size_t)(n - i - 1)) == 0;
}

/* A consonant + l or r before a final e is a syllable of its own: table,
 * little, centre, handled, hundred. Not a doubled letter: called, starred. */
static bool syllabic_lr(const char *w, const bool *v, int i)
{
    return (w[i] == 'l' || w[i] == 'r') && i >= 1 && !v[i - 1] && w[i - 1] != w[i] &&
           w[i - 1] != '#';
}

/* Vowel pairs said as two syllables (idea, quiet, usual, video, poet). */
static int hiatus(const char *w, int n, const bool *v, const bool *split, int groups)
{
    int add = 0;
    for (int i = 1; i < n; i++) {
        if (!v[i] || !v[i - 1] || split[i])
            continue;
        char a = w[i - 1], b = w[i];
        char before = i >= 2 ? w[i - 2] : 0, after = i + 1 < n ? w[i + 1] : 0;
        bool double_l = before == 'l' && i >= 3 && w[i - 3] == 'l'; /* million, brilliant */
        if (a == 'i' && b == 'a')
            add += !in_set(before, "cts") && !double_l; /* trial, media; not social, Asia */
        else if (a == 'i' && b == 'o')
            add += !in_set(before, "ctsxgh") && !double_l && /* not nation, cushion */
                   !(before == 'n' && i >= 3 && v[i - 3]) &&       /* onion, opinion */
                   !(after == 'u' && i + 2 < n && w[i + 2] == 'r'); /* behaviour */
        else if (a == 'i' && b == 'u')
            add++; /* medium */
        else if (a == 'u' && (b == 'a' || b == 'o'))
            add++; /* usual, continuous */
        else if (a == 'u' && b == 'e')
            add += after && !(i + 2 == n && (after == 's' || after == 'd')); /* cruel, influence */
        else if (a == 'e' && b == 'o')
            add += before != 'g'; /* video, theory; not surgeon */
        else if (a == 'e' && b == 'a')
            add += (i == n - 1 || rest_is(w, n, i, "s")) && groups > 1; /* idea(s); not tea */
        else if (a == 'e' && b == 'u')
            add += after == 'm' && i + 2 == n; /* museum */
        else if (a == 'o' && b == 'e')
            add += after == 'm' || after == 't'; /* poem, poet */
        else if (a == 'i' && b == 'e') {
            bool sci = before == 'c' && i == 3 && w[0] == 's'; /* science, not conscience */
            if (after == 't')
                add++; /* quiet, diet, society, anxiety */
            else if (after == 'n' && i + 2 < n && (w[i + 2] == 'c' || w[i + 2] == 't'))
                add += !in_set(before, "cts") || sci; /* client, audience; not patient */
            else if (groups > 1 && (rest_is(w, n, i, "r") || rest_is(w, n, i, "rs") ||
                                    rest_is(w, n, i, "st")))
                add++; /* happier, easiest; not pier, priest */
        }
    }
    /* -ing after a vowel: being, going, trying, continuing. */
    int at = ends_with(w, n, "ing") ? n - 3 : ends_with(w, n, "ings") ? n - 4 : -1;
    if (at >= 1 && v[at - 1] && v[at] && !split[at])
        add++;
    if (ends_with(w, n, "ism") || ends_with(w, n, "isms"))
        add++; /* criticism */
    return add;
}

/* Silent e's: a final -e, -es or -ed, and e before -ly, -ful, -ment and the like. */
static int silent_e(const char *w, int n, const bool *v, const bool *accent)
{
    int less = 0;
    if (n >= 2 && w[n - 1] == 'e' && !accent[n - 1]) {
        if (!v[n - 2] && !syllabic_lr(w, v, n - 2))
            less++; /* make, whole; not table, centre */
    } else if (n >= 3 && w[n - 1] == 's' && w[n - 2] == 'e' && !accent[n - 2]) {
        char c = w[n - 3];
        bool said = in_set(c, "sxzcg") || (c == 'h' && n >= 4 && in_set(w[n - 4], "cs")) ||
                    syllabic_lr(w, v, n - 3);
        if (!v[n - 3] && !said)
            less++; /* makes, lives; not boxes, places, wishes, tables */
    } else if (n >= 3 && w[n - 1] == 'd' && w[n - 2] == 'e' && !accent[n - 2]) {
        char c = w[n - 3];
        if (!v[n - 3] && c != 't' && c != 'd' && !syllabic_lr(w, v, n - 3))
            less++; /* walked, lived; not wanted, needed, handled */
    }
    static const char *const suffixes[] = {"ly", "ful", "fully", "ness", "ment", "ments", "less",
                                           "ty"};
    for (int i = 3; i + 2 < n; i++) {
        if (w[i] != 'e' || accent[i] || v[i - 1] || !v[i - 2] || w[i - 1] == '#')
            continue;
        for (size_t k = 0; k < sizeof suffixes / sizeof suffixes[0]; k++)
            if (rest_is(w, n, i, suffixes[k])) {
                less++; /* lonely, careful, statement, safety */
                return less;
            }
    }
    return less;
}

static int count_plain(const char *w, int n, const bool *split, const bool *accent)
{
    static const bool none[PART_MAX] = {0};
    if (n <= 0)
        return 0;
    if (n > PART_MAX)
        n = PART_MAX;
    if (!split)
        split = none;
    if (!accent)
        accent = none;
    bool plain = true;
    for (int i = 0; i < n; i++)
        plain &= !split[i] && !accent[i];
    if (plain) {
        int known = count_known(w, n);
        if (known >= 0)
            return known;
    }
    bool v[PART_MAX];
    int groups = 0;
    for (int i = 0; i < n; i++) {
        v[i] = vowel_at(w, n, i);
        if (v[i] && (i == 0 || !v[i - 1] || split[i]))
            groups++;
    }
    if (groups == 0)
        return 0;
    int count = groups + hiatus(w, n, v, split, groups);
    if (count > 1)
        count -= silent_e(w, n, v, accent);
    return count < 1 ? 1 : count;
}

/* ---- reading UTF-8 ------------------------------------------------------ */

/* Decodes one code point of NUL-terminated text (core/utf8.c); sets *len to
 * the bytes used. Returns -1 for bytes that are not well-formed UTF-8
 * (overlong forms, surrogates, values past U+10FFFF, cut-off sequences). */
static long utf8_next(const unsigned char *s, int *len)
{
    if (*s < 0x80) { /* most text is ASCII */
        *len = 1;
        return *s;
    }
    size_t n = strnlen((const char *)s, 4), used = 1;
    long cp = n ? utf8_decode(s, n, &used) : 0;
    *len = (int)used;
    return cp;
}

typedef enum {
    CH_OTHER,      /* space, punctuation, symbol, invalid byte: ends a word */
    CH_LETTER,
    CH_DIGIT,
    CH_APOSTROPHE, /* ' ’ ʼ: joins letters */
    CH_HYPHEN,     /* - ‐ ‑: joins parts of a word */
    CH_STOP,       /* . : ends a sentence, mostly */
    CH_END,        /* ! ? … and the like: ends a sentence */
    CH_MARK,       /* a combining accent: part of the letter before it */
} CharClass;

/* Latin-1 letters U+00C0..U+00FF as their base letter ('\0' for × and ÷). */
static const char latin1[] = "aaaaaaaceeeeiiiidnooooo\0ouuuuytsaaaaaaaceeeeiiiidnooooo\0ouuuuyty";
/* Latin Extended-A U+0100..U+017F, by ranges of the same base letter. */
static const struct {
    unsigned short last;
    char base;
} latin_a[] = {
    {0x105, 'a'}, {0x10D, 'c'}, {0x111, 'd'}, {0x11B, 'e'}, {0x123, 'g'}, {0x127, 'h'},
    {0x133, 'i'}, {0x135, 'j'}, {0x138, 'k'}, {0x142, 'l'}, {0x14B, 'n'}, {0x153, 'o'},
    {0x159, 'r'}, {0x161, 's'}, {0x167, 't'}, {0x173, 'u'}, {0x175, 'w'}, {0x178, 'y'},
    {0x17E, 'z'}, {0x17F, 's'},
};

static CharClass classify(long cp, char *base, bool *split, bool *accent)
{
    *base = '#';
    *split = *accent = false;
    if (cp < 0)
        return CH_OTHER;
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z') {
            *base = (char)(cp - 'A' + 'a');
            return CH_LETTER;
        }
        if (cp >= 'a' && cp <= 'z') {
            *base = (char)cp;
            return CH_LETTER;
        }
        if (cp >= '0' && cp <= '9')
            return CH_DIGIT;
        if (cp == '\'')
            return CH_APOSTROPHE;
        if (cp == '-')
            return CH_HYPHEN;
        if (cp == '.')
            return CH_STOP;
        if (cp == '!' || cp == '?')
            return CH_END;
        return CH_OTHER;
    }
    if (cp >= 0xC0 && cp <= 0xFF) {
        char b = latin1[cp - 0xC0];
        if (!b)
            return CH_OTHER;
        *base = b;
        int low = (int)(cp & 0xDF); /* the capital's code */
        *split = low == 0xC4 || low == 0xCB || low == 0xCF || low == 0xD6 || low == 0xDC ||
                 cp == 0xFF;
        *accent = low == 0xC9;
        return CH_LETTER;
    }
    if (cp >= 0x100 && cp <= 0x17F) {
        for (size_t k = 0; k < sizeof latin_a / sizeof latin_a[0]; k++)
            if (cp <= latin_a[k].last) {
                *base = latin_a[k].base;
                break;
            }
        return CH_LETTER;
    }
    if (cp >= 0x300 && cp <= 0x36F) {
        *accent = cp == 0x301;
        *split = cp == 0x308;
        return CH_MARK;
    }
    if (cp == 0x2019 || cp == 0x2018 || cp == 0x2BC)
        return CH_APOSTROPHE;
    if (cp == 0x2010 || cp == 0x2011)
        return CH_HYPHEN;
    if (cp == 0xFF0E)
        return CH_STOP;
    if (cp == 0x2026 || cp == 0x203C || (cp >= 0x2047 && cp <= 0x2049) || cp == 0x3002 ||
        cp == 0xFF01 || cp == 0xFF1F)
        return CH_END;
    if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x2BFF) ||
        (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xD800 && cp <= 0xF8FF) ||
        (cp >= 0xFE00 && cp <= 0xFE6F) || (cp >= 0xFF00 && cp <= 0xFF65) || cp >= 0x1F000)
        return CH_OTHER;
    return CH_LETTER; /* another script's letter: a consonant here */
}

/* ---- words and sentences ------------------------------------------------ */

typedef struct {
    Readability *r;
    Part part;
    int digits;       /* digits in the word's current number */
    bool in_word;
    bool had_digits;  /* "3rd": a part with no vowel after a number adds nothing */
    bool inner_stop;  /* "e.g": a full stop inside the word */
    long syllables;   /* of the current word's finished parts */
    long since_end;   /* words since the last sentence end */
    /* For readability_hardest (NULL otherwise): the sentence being read and
     * the hardest one so far. */
    struct Hardest *hard;
} Scan;

typedef struct Hardest {
    size_t pos, start;    /* the byte being read; where this sentence began */
    long syllables;       /* of this sentence's finished words */
    int min_words;
    double grade;         /* the hardest sentence so far ... */
    size_t best_start, best_end; /* ... and its bytes */
    bool found;
} Hardest;

static void flush_part(Scan *sc)
{
    Part *p = &sc->part;
    if (p->n > 0) {
        int k = count_plain(p->c, p->n, p->split, p->accent);
        if (k == 0 && !sc->had_digits)
            k = 1; /* "hmm", "Mr": something is said */
        sc->syllables += k;
    }
    if (sc->digits > 0) {
        sc->syllables += sc->digits;
        sc->had_digits = true;
    }
    p->n = 0; /* letters past n are never read: each is written as it is pushed */
    sc->digits = 0;
}

static void end_word(Scan *sc)
{
    if (!sc->in_word)
        return;
    flush_part(sc);
    sc->r->words++;
    sc->r->syllables += sc->syllables < 1 ? 1 : sc->syllables;
    if (sc->hard)
        sc->hard->syllables += sc->syllables < 1 ? 1 : sc->syllables;
    sc->since_end++;
    sc->syllables = 0;
    sc->in_word = sc->had_digits = sc->inner_stop = false;
}

static void end_sentence(Scan *sc, size_t end)
{
    Hardest *h = sc->hard;
    if (h && sc->since_end >= h->min_words) {
        Readability one = {.words = sc->since_end, .sentences = 1, .syllables = h->syllables};
        double g = readability_grade(&one);
        if (!h->found || g > h->grade) {
            h->found = true;
            h->grade = g;
            h->best_start = h->start;
            h->best_end = end;
        }
    }
    if (h && (sc->since_end > 0 || end > h->start)) {
        h->start = end;
        h->syllables = 0;
    }
    if (sc->since_end > 0)
        sc->r->sentences++;
    sc->since_end = 0;
}

static void push_letter(Scan *sc, char base, bool split, bool accent)
{
    if (sc->digits > 0)
        flush_part(sc);
    if (sc->part.n == PART_MAX)
        flush_part(sc);
    Part *p = &sc->part;
    p->c[p->n] = base;
    p->split[p->n] = split;
    p->accent[p->n] = accent;
    p->n++;
    sc->in_word = true;
}

/* Mr. Mrs. Ms. Dr. St.: a full stop after them does not end the sentence. */
static bool is_title(const Part *p, bool had_digits)
{
    static const char *const titles[] = {"mr", "mrs", "ms", "dr", "st"};
    if (had_digits)
        return false;
    for (size_t k = 0; k < sizeof titles / sizeof titles[0]; k++)
        if ((int)strlen(titles[k]) == p->n && memcmp(titles[k], p->c, (size_t)p->n) == 0)
            return true;
    return false;
}

static void scan(Scan *sc_in, const char *text)
{
    Scan sc = *sc_in;
    const unsigned char *s = (const unsigned char *)text;
    /* Each character is classified once: as the next one, then as this. */
    int len = 0, next_len = 0;
    char base, nbase = '#';
    bool split, accent, nsplit = false, naccent = false;
    CharClass next = *s ? classify(utf8_next(s, &next_len), &nbase, &nsplit, &naccent) : CH_OTHER;
    while (*s) {
        if (sc.hard)
            sc.hard->pos = (size_t)(s - (const unsigned char *)text);
        CharClass cls = next;
        len = next_len, base = nbase, split = nsplit, accent = naccent;
        next = s[len] ? classify(utf8_next(s + len, &next_len), &nbase, &nsplit, &naccent)
                      : CH_OTHER;
        switch (cls) {
        case CH_LETTER:
            push_letter(&sc, base, split, accent);
            break;
        case CH_DIGIT:
            if (sc.part.n > 0)
                flush_part(&sc);
            sc.digits++;
            sc.in_word = true;
            break;
        case CH_MARK:
            if (sc.part.n > 0) {
                sc.part.split[sc.part.n - 1] |= split;
                sc.part.accent[sc.part.n - 1] |= accent;
            }
            break;
        case CH_APOSTROPHE:
            if (!(sc.part.n > 0 && next == CH_LETTER))
                end_word(&sc); /* a closing quote, not "don't" */
            break;
        case CH_HYPHEN:
            if (sc.in_word && (next == CH_LETTER || next == CH_DIGIT))
                flush_part(&sc);
            else
                end_word(&sc);
            break;
        case CH_STOP:
            if (sc.digits > 0 && next == CH_DIGIT)
                break; /* 3.50 */
            if (sc.part.n > 0 && next == CH_LETTER) {
                flush_part(&sc);
                sc.inner_stop = true; /* e.g */
                break;
            }
            {
                bool abbrev = sc.in_word && (sc.inner_stop || is_title(&sc.part, sc.had_digits));
                end_word(&sc);
                if (!abbrev)
                    end_sentence(&sc, (size_t)(s + len - (const unsigned char *)text));
            }
            break;
        case CH_END:
            end_word(&sc);
            end_sentence(&sc, (size_t)(s + len - (const unsigned char *)text));
            break;
        case CH_OTHER:
            if (*s == ',' && sc.digits > 0 && next == CH_DIGIT)
                break; /* 1,000 */
            end_word(&sc);
            break;
        }
        s += len;
    }
    end_word(&sc);
    end_sentence(&sc, (size_t)(s - (const unsigned char *)text));
}

void readability_add(Readability *r, const char *text)
{
    if (!r || !text)
        return;
    Scan sc = {.r = r};
    scan(&sc, text);
}

double readability_hardest(const char *text, int min_words, size_t *start, size_t *len)
{
    Readability r = {0};
    return readability_add_hardest(&r, text, min_words, start, len);
}

double readability_add_hardest(Readability *r, const char *text, int min_words, size_t *start,
                               size_t *len)
{
    Hardest h = {.min_words = min_words > 0 ? min_words : 1};
    Scan sc = {.r = r, .hard = &h};
    if (text)
        scan(&sc, text);
    if (!h.found) {
        *start = *len = 0;
        return READABILITY_NONE;
    }
    while (text[h.best_start] == ' ' || text[h.best_start] == '\n' ||
           text[h.best_start] == '\t')
        h.best_start++; /* the sentence, not the space before it */
    *start = h.best_start;
    *len = h.best_end - h.best_start;
    return h.grade;
}

void readability_merge(Readability *into, const Readability *from)
{
    into->words += from->words;
    into->sentences += from->sentences;
    into->syllables += from->syllables;
}

double readability_grade(const Readability *r)
{
    if (r->words <= 0)
        return 0.0;
    double sentences = r->sentences > 0 ? (double)r->sentences : 1.0;
    return 0.39 * ((double)r->words / sentences) +
           11.8 * ((double)r->syllables / (double)r->words) - 15.59;
}

int readability_syllables(const char *text)
{
    Readability r = {0};
    readability_add(&r, text);
    return (int)r.syllables;
}
