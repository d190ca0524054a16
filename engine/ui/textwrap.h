/* textwrap.h — the word wrap for editing text, and the UTF-8 characters and
 * words the editor moves by. Unlike layout_wrap(), which sets finished text,
 * it gives every byte offset a place: spaces at a break stay on the line
 * before it, blank lines are lines, and an edit lays out again only the
 * paragraphs it touched. No SDL. */
#ifndef BESIDE_TEXTWRAP_H
#define BESIDE_TEXTWRAP_H

#include <stddef.h>

#include "ui/layout.h" /* LayoutMeasure */

/* How to wrap: the measuring callback (NULL: every code point is 1 px) and
 * the width, at least 1. */
typedef struct {
    LayoutMeasure measure;
    void *ud;
    int max_width;
} TextWrap;

/* One line: bytes [start, start + len) of the text, never holding '\n'.
 * Every line ends either before a '\n', or at the end of the text, or where
 * the next line starts (a wrap; the spaces at the break are the line's last
 * bytes). So each offset of the text is on one line, or at the end of one
 * line and the start of the next. */
typedef struct {
    size_t start;
    size_t len;
    size_t reach; /* the end of the bytes read to place this line: an edit
                     at or past it leaves the line as it is */
} TextWrapLine;

/* Start with `TextWrapLines lines = {0};`. */
typedef struct {
    TextWrapLine *items;
    size_t count;
    size_t capacity;
} TextWrapLines;

/* Decodes the code point at s, of which n >= 1 bytes are readable, and
 * stores its length in *len. An invalid sequence gives -1, with *len the
 * bytes of its longest start that could have begun a valid one (at least
 * 1): the part that one U+FFFD replaces. */
long textwrap_decode(const unsigned char *s, size_t n, size_t *len);

/* The end of the character starting at t[p] (p < end), as a reader counts
 * characters: a code point with the combining marks, variation selectors,
 * skin tones and tags after it, whatever a ZWJ joins on, and a pair of
 * regional indicators (a flag). '\n' and other controls stand alone. */
size_t textwrap_char_end(const char *t, size_t p, size_t end);
/* The start of the character that ends at t[v] (v > 0); found by walking
 * forward from a point where no character can straddle, so a flag's pair or
 * a ZWJ sequence is found whole. */
size_t textwrap_prev_char(const char *t, size_t v);
/* Ctrl+Left: the start of the word before offset v, or of its line when no
 * word comes before v on it; at a line's start, the previous line's last word. */
size_t textwrap_word_start(const char *t, size_t v);
/* Ctrl+Right: the end of the next word after offset v, or n. */
size_t textwrap_word_end(const char *t, size_t v, size_t n);

/* The callback's width of n bytes at s, never negative; 0 for n == 0. */
int textwrap_measure(const TextWrap *w, const char *s, size_t n);

/* Lays out n bytes of t into `out`, replacing what it held: a greedy wrap at
 * spaces and after em dashes (not before one). A word wider than the line is
 * broken between characters; spaces at the start of a paragraph are kept as
 * indentation, alone on their line when the word after them needs the whole
 * width. Spaces at a break hang at the end of the line before it, past the
 * width if need be; a line is otherwise wider than max_width only when it
 * holds one character wider on its own. Every '\n' starts a line, so empty
 * text has one empty line. Returns 0, or -1 when memory runs out
 * (then out->count is 0; `out` stays freeable). */
int textwrap_layout(TextWrapLines *out, const TextWrap *w, const char *t, size_t n);
/* Updates `lines`, the layout of a text whose bytes [a, a + old_len) have
 * become [a, a + new_len) of t (n bytes, already changed), to what
 * textwrap_layout() would give: lays out again from the first line that read
 * the changed bytes, up to where a line starts where one started before, and
 * moves the lines after. Typing in a long paragraph costs a line or two, not
 * the paragraph. `scratch` is working memory kept between calls. Returns 0,
 * or -1 when memory runs out; then `lines` is unusable until
 * textwrap_layout() succeeds. */
int textwrap_update(TextWrapLines *lines, TextWrapLines *scratch, const TextWrap *w,
                    const char *t, size_t n, size_t a, size_t old_len, size_t new_len);
/* The index of the last line starting at or before offset v (0 for an empty
 * list). */
size_t textwrap_find(const TextWrapLines *lines, size_t v);
/* Frees the lines and empties the list. NULL is fine. */
void textwrap_lines_free(TextWrapLines *lines);

#endif
