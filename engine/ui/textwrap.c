/* textwrap.c — the editing word wrap, kept up to date paragraph by paragraph,
 * and the UTF-8 characters and words the editor moves by. See textwrap.h. */
#include "ui/textwrap.h"
#include "core/utf8.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- characters ---- */

long textwrap_decode(const unsigned char *s, size_t n, size_t *len)
{
    return utf8_decode(s, n, len);
}

size_t textwrap_char_end(const char *t, size_t p, size_t end)
{
    return utf8_char_end(t, p, end);
}

size_t textwrap_prev_char(const char *t, size_t v)
{
    const unsigned char *u = (const unsigned char *)t;
    size_t p = v - 1, q, last;

    /* Back to a line start, or to between two ASCII characters: nothing
     * joins across either (ASCII is no mark, joiner or flag half). */
    while (p > 0 && u[p - 1] != '\n' && !(u[p - 1] < 0x80 && u[p] < 0x80))
        p--;
    for (q = last = p; q < v; q = textwrap_char_end(t, q, v))
        last = q;
    return last;
}

/* 1 when the character at t[p] (p < end) is part of a word: a letter, digit
 * or '_', or any character beyond Latin-1 but general and CJK punctuation. */
static int is_word(const char *t, size_t p, size_t end)
{
    size_t k;
    long cp = textwrap_decode((const unsigned char *)t + p, end - p, &k);

    if (cp < 0x80)
        return cp == '_' || (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
    return cp > 0xBF && !(cp >= 0x2000 && cp <= 0x206F) && !(cp >= 0x3000 && cp <= 0x303F);
}

static size_t line_start(const char *t, size_t v)
{
    while (v > 0 && t[v - 1] != '\n')
        v--;
    return v;
}

size_t textwrap_word_start(const char *t, size_t v)
{
    size_t hs, best;
    int in_word = 0;

    if (v == 0)
        return 0;
    hs = line_start(t, v);
    if (hs == v)
        hs = line_start(t, --v); /* from the end of the line above */
    best = hs;
    for (size_t q = hs; q < v; q = textwrap_char_end(t, q, v)) {
        int w = is_word(t, q, v);
        if (w && !in_word)
            best = q;
        in_word = w;
    }
    return best;
}

size_t textwrap_word_end(const char *t, size_t v, size_t n)
{
    while (v < n && !is_word(t, v, n))
        v = textwrap_char_end(t, v, n);
    while (v < n && is_word(t, v, n))
        v = textwrap_char_end(t, v, n);
    return v;
}

int textwrap_measure(const TextWrap *w, const char *s, size_t n)
{
    int px;

    if (n == 0)
        return 0;
    if (!w->measure) {
        size_t chars = 0;
        for (size_t i = 0; i < n; i++)
            chars += ((unsigned char)s[i] & 0xC0) != 0x80;
        return chars > INT_MAX ? INT_MAX : (int)chars;
    }
    px = w->measure(w->ud, s, n);
    return px < 0 ? 0 : px;
}

/* ---- wrapping ---- */

static size_t skip_spaces(const char *t, size_t p, size_t end)
{
    while (p < end && t[p] == ' ')
        p++;
    return p;
}

/* End of the unbreakable run at t[p]: the next space, or just after an em
 * dash (a line may end after one, not before it). */
static size_t segment_end(const char *t, size_t p, size_t end)
{
    while (p < end && t[p] != ' ') {
        int dash = end - p >= 3 && memcmp(t + p, "\xE2\x80\x94", 3) == 0;
        p = textwrap_char_end(t, p, end);
        if (dash)
            break;
    }
    return p;
}

/* For a word wider than the line: the end of the longest run of whole
 * characters from p, at least one, that fits. Characters are measured one by
 * one, then the run whole, giving back characters while kerning makes the
 * whole wider than the sum. */
static size_t fit_characters(const TextWrap *w, const char *t, size_t p, size_t end)
{
    size_t first = textwrap_char_end(t, p, end), q = first;
    long long sum = textwrap_measure(w, t + p, first - p);

    while (q < end) {
        size_t r = textwrap_char_end(t, q, end);
        int cw = textwrap_measure(w, t + q, r - q);
        if (sum + cw > w->max_width)
            break;
        sum += cw;
        q = r;
    }
    while (q > first && textwrap_measure(w, t + p, q - p) > w->max_width) {
        size_t r = p, prev = p;
        while (r < q) {
            prev = r;
            r = textwrap_char_end(t, r, q);
        }
        q = prev;
    }
    return q;
}

/* When the line [p, ...) measured whole is wider than its words summed:
 * keep the most words from p whose prefix, measured whole, fits (at least
 * the first); the words end by last_end. Returns where the next line starts.
 * Rare, so not linear. */
static size_t refit(const TextWrap *w, const char *t, size_t p, size_t last_end)
{
    size_t kept = segment_end(t, skip_spaces(t, p, last_end), last_end);

    for (;;) {
        size_t s = skip_spaces(t, kept, last_end), e;
        if (s >= last_end)
            break;
        e = segment_end(t, s, last_end);
        if (textwrap_measure(w, t + p, e - p) > w->max_width)
            break;
        kept = e;
    }
    return skip_spaces(t, kept, last_end);
}

/* The end of the piece of the unbreakable run at t[p] to measure at once:
 * the run's end (*whole set) — the next space, or just after an em dash —
 * or, in a run longer than `size` bytes, the first character end past that. */
static size_t segment_piece(const char *t, size_t p, size_t end, size_t size, int *whole)
{
    size_t limit = p + size;

    *whole = 1;
    while (p < end && t[p] != ' ') {
        int dash = end - p >= 3 && memcmp(t + p, "\xE2\x80\x94", 3) == 0;
        p = textwrap_char_end(t, p, end);
        if (dash)
            return p;
        if (p >= limit) {
            *whole = p >= end || t[p] == ' ';
            return p;
        }
    }
    return p;
}

/* Where the line that starts at p (< he, the paragraph's end) ends: the
 * start of the next line, or he. Words are added while their widths, each
 * measured with the spaces before it, sum to no more than the width; the
 * line is then measured whole once. A long word is measured in pieces of 32
 * bytes, then 64, 128..., so a word many lines long is read only as far as
 * each line needs, and wrapping stays linear in the text. Stores in *reach
 * the end of the bytes it looked at: the line stays as it is while the text
 * before *reach does. */
static size_t line_break(const TextWrap *w, const char *t, size_t p, size_t he, size_t *reach)
{
    long long sum = 0;
    size_t q = p, last_end = p, word, e;
    int words = 0, whole;

    for (;;) {
        size_t from = q;
        q = skip_spaces(t, q, he);
        if (q >= he) {
            /* The rest fits; the spaces at the end hang. */
            *reach = he;
            if (words > 1 && textwrap_measure(w, t + p, last_end - p) > w->max_width)
                return refit(w, t, p, last_end);
            return he;
        }
        word = q;
        for (size_t size = 32;; size *= 2) {
            e = segment_piece(t, q, he, size, &whole);
            sum += textwrap_measure(w, t + from, e - from);
            from = q = e;
            if (sum > w->max_width || whole)
                break;
        }
        if (sum > w->max_width)
            break;
        words++;
        last_end = e;
    }
    /* The word at `word` does not fit. segment_piece() decoded one code
     * point past e to see where it ended. */
    *reach = he - e > 4 ? e + 4 : he;
    if (words == 0) {
        /* Alone on the line: break it, unless only indentation is before
         * it and it fits on a line of its own. */
        if (word > p && whole && textwrap_measure(w, t + word, e - word) <= w->max_width)
            return word;
        return fit_characters(w, t, p, e);
    }
    if (words > 1 && textwrap_measure(w, t + p, last_end - p) > w->max_width)
        return refit(w, t, p, last_end);
    return word; /* the spaces before it stay on this line */
}

static int push(TextWrapLines *out, size_t start, size_t len, size_t reach)
{
    if (out->count == out->capacity) {
        size_t cap = out->capacity ? out->capacity * 2 : 32;
        TextWrapLine *items;
        if (cap > SIZE_MAX / sizeof *items)
            return -1;
        items = realloc(out->items, cap * sizeof *items);
        if (!items)
            return -1;
        out->items = items;
        out->capacity = cap;
    }
    out->items[out->count++] = (TextWrapLine){start, len, reach};
    return 0;
}

static size_t paragraph_end(const char *t, size_t p, size_t n)
{
    const char *nl = memchr(t + p, '\n', n - p);
    return nl ? (size_t)(nl - t) : n;
}

/* Appends the lines of t from p, a line start, to the end. With `old` (the
 * layout before bytes [a, a + old_len) became [a, a + new_len)), stops at
 * the first line start at or after a + new_len where an old line started
 * too, shifted: the layout of a line reads only the text from its start, so
 * from there on the old lines hold. Stores that old line's index, or
 * old->count, in *resume. */
static int wrap_from(TextWrapLines *out, const TextWrap *w, const char *t, size_t n, size_t p,
                     const TextWrapLines *old, size_t a, size_t old_len, size_t new_len,
                     size_t *resume)
{
    size_t he = paragraph_end(t, p, n);

    for (;;) {
        size_t q, reach;
        if (old && p >= a + new_len) {
            size_t was = p - new_len + old_len, j = textwrap_find(old, was);
            if (old->items[j].start == was) {
                *resume = j;
                return 0;
            }
        }
        if (p < he) {
            q = line_break(w, t, p, he, &reach);
        } else {
            q = reach = he; /* a blank line */
        }
        if (push(out, p, q - p, reach) != 0)
            return -1;
        if (q < he) {
            p = q;
        } else if (he == n) {
            if (old)
                *resume = old->count;
            return 0;
        } else {
            p = he + 1;
            he = paragraph_end(t, p, n);
        }
    }
}

int textwrap_layout(TextWrapLines *out, const TextWrap *w, const char *t, size_t n)
{
    out->count = 0;
    if (wrap_from(out, w, t, n, 0, NULL, 0, 0, 0, NULL) != 0) {
        out->count = 0;
        return -1;
    }
    return 0;
}

int textwrap_update(TextWrapLines *lines, TextWrapLines *scratch, const TextWrap *w,
                    const char *t, size_t n, size_t a, size_t old_len, size_t new_len)
{
    size_t first, past, count;
    TextWrapLine *l = lines->items;

    if (lines->count == 0)
        return textwrap_layout(lines, w, t, n);
    /* Lay out again from the first line of a's paragraph that looked at a
     * or past it; the lines before it did not see the change. */
    first = textwrap_find(lines, a);
    for (size_t k = first;; k--) {
        if (l[k].reach >= a)
            first = k;
        if (k == 0 || t[l[k].start - 1] == '\n')
            break;
    }
    scratch->count = 0;
    if (wrap_from(scratch, w, t, n, l[first].start, lines, a, old_len, new_len, &past) != 0)
        return -1;
    count = lines->count - (past - first) + scratch->count;
    if (count > lines->capacity) {
        size_t cap = lines->capacity;
        while (cap < count)
            cap = cap > SIZE_MAX / 2 ? SIZE_MAX : cap * 2;
        if (cap > SIZE_MAX / sizeof *l)
            return -1;
        l = realloc(lines->items, cap * sizeof *l);
        if (!l)
            return -1;
        lines->items = l;
        lines->capacity = cap;
    }
    memmove(l + first + scratch->count, l + past, (lines->count - past) * sizeof *l);
    if (scratch->count)
        memcpy(l + first, scratch->items, scratch->count * sizeof *l);
    for (size_t i = first + scratch->count; i < count; i++) {
        l[i].start = l[i].start - old_len + new_len;
        l[i].reach = l[i].reach - old_len + new_len;
    }
    lines->count = count;
    return 0;
}

size_t textwrap_find(const TextWrapLines *lines, size_t v)
{
    size_t lo = 0, hi = lines->count;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (lines->items[mid].start <= v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo ? lo - 1 : 0;
}

void textwrap_lines_free(TextWrapLines *lines)
{
    if (!lines)
        return;
    free(lines->items);
    lines->items = NULL;
    lines->count = 0;
    lines->capacity = 0;
}
