/* layout.h — word wrapping of UTF-8 scene text into lines against a measuring
 * callback, and the sizing rules of the reading column (DESIGN.md §9). No SDL. */
#ifndef BESIDE_LAYOUT_H
#define BESIDE_LAYOUT_H

#include <stddef.h>

/* The reading column holds at most this many average characters (DESIGN.md §9). */
#define LAYOUT_COLUMN_CHARS 70
/* The base text size never goes below this, in pixels. */
#define LAYOUT_MIN_SIZE 16

/* Returns the width in pixels of `len` bytes of UTF-8 at `text` (not
 * NUL-terminated) set on one line. The SDL window backs it with TTF_SizeUTF8;
 * the tests with fakes. Must not fail: a negative result is read as 0. */
typedef int (*LayoutMeasure)(void *ud, const char *text, size_t len);

/* One laid-out line: a slice of the source text, never copied. */
typedef struct {
    size_t start;      /* byte offset into the source; never a space */
    size_t len;        /* bytes; trailing spaces are not included */
    int width;         /* pixels, as the callback measured this very slice */
    int paragraph_gap; /* 1 on the first line of every paragraph but the first:
                          the renderer leaves a blank-line gap above it */
} LayoutLine;

/* Start with `LayoutLines lines = {0};` and reuse it between calls. */
typedef struct {
    LayoutLine *items;
    size_t count;
    size_t capacity;
} LayoutLines;

/* Lays out `len` bytes of UTF-8 `text` into lines at most `max_width` pixels
 * wide, replacing what `out` held (its memory is reused).
 *
 * Rules: a blank line ("\n\n", or a line of only spaces) separates paragraphs
 * and sets paragraph_gap on the next line; a single "\n" is a hard break.
 * Lines break greedily at spaces (' ', '\t', '\r'); spaces at either end of a
 * line are dropped, spaces inside it kept. A line may also end just after an
 * em dash "—" but never just before one. U+00A0 (no-break space) is part of
 * its word. A word wider than the line starts a new line and is broken between
 * characters; a character is never split, and combining marks, variation
 * selectors, skin tones and ZWJ-joined emoji stay with the character before
 * them. Each byte of invalid UTF-8 counts as one character.
 *
 * A line is wider than `max_width` only when it holds a single character that
 * is wider on its own. A `max_width` below 1 is read as 1 (one character per
 * line). Empty text, or text of only spaces and newlines, gives no lines.
 * Time is linear in `len` (each byte is measured a small number of times),
 * whatever `max_width` is.
 *
 * Returns 0. Returns -1 with out->count 0 when memory runs out, `out` or
 * `measure` is NULL, or `text` is NULL with `len` > 0; `out` stays freeable. */
int layout_wrap(LayoutLines *out, const char *text, size_t len, int max_width,
                LayoutMeasure measure, void *ud);
/* Frees the lines and empties the list. NULL is fine. */
void layout_lines_free(LayoutLines *lines);

/* Height in pixels of the laid-out lines: one `line_height` each plus
 * `paragraph_gap` pixels above each line that has the flag. Saturates at
 * INT_MAX; negative arguments count as 0. */
int layout_text_height(const LayoutLines *lines, int line_height, int paragraph_gap);

/* Base text size in pixels: 1/36 of the window height times `scale_percent`
 * (the player's text size setting; 100 is the default, and 0 or less is read
 * as 100), rounded to nearest, never below LAYOUT_MIN_SIZE. */
int layout_base_size(int window_height_px, int scale_percent);
/* Side margin in pixels for a font whose average character is
 * `char_width_px` wide: two characters, at least 8 px. */
int layout_margin(int char_width_px);
/* Width of the reading column: at most `max_chars` average characters
 * (LAYOUT_COLUMN_CHARS when 0 or less) and at most the window width minus a
 * margin on each side; never below 1, so wrapping always has room for one
 * character per line. A `char_width_px` below 1 is read as 1. */
int layout_column_width(int window_width, int char_width_px, int max_chars);
/* Line height for a text size: 1.5 times the size, rounded to nearest; at
 * least the size itself and at least 1. */
int layout_line_height(int size_px);

/* An axis-aligned rectangle in pixels; x grows rightwards, y downwards. */
typedef struct {
    int x, y, w, h;
} LayoutBox;

/* Returns 1 when `box` lies wholly within `outer` (touching edges count as
 * inside), 0 otherwise. A box with a negative width or height is never inside
 * and contains nothing. Cannot overflow. */
int layout_box_inside(LayoutBox box, LayoutBox outer);

#endif
