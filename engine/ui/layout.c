/* layout.c — greedy word wrapping over slices of UTF-8 text, and the sizing
 * rules of the reading column. See layout.h for the rules and contracts. */
#include "ui/layout.h"
#include "core/utf8.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *text;
    LayoutMeasure measure;
    void *ud;
    long long max;
    LayoutLines *out;
    int gap_pending; /* a blank line was seen since the last line */
    int failed;      /* out of memory: stop and report */
} Wrap;

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

static size_t skip_spaces(const char *t, size_t p, size_t end)
{
    while (p < end && is_space(t[p]))
        p++;
    return p;
}

/* Bytes in the character a reader sees at t[p] (p < end) — see
 * utf8_char_end: "é" made of e + U+0301, a family emoji or a flag is never
 * split. Each byte of invalid UTF-8 is a character of its own. Stores the
 * first code point (-1 if invalid) in *first. Never returns 0. */
static size_t cluster_len(const char *t, size_t p, size_t end, long *first)
{
    size_t n;
    *first = utf8_decode((const unsigned char *)t + p, end - p, &n);
    if (*first < 0)
        return 1;
    return utf8_char_end(t, p, end) - p;
}

/* End of the unbreakable run starting at t[s]: the next space, or just after
 * an em dash (a line may end after one, not before). */
static size_t segment_end(const char *t, size_t s, size_t end)
{
    size_t p = s;
    long cp;

    while (p < end && !is_space(t[p])) {
        p += cluster_len(t, p, end, &cp);
        if (cp == 0x2014)
            break;
    }
    return p;
}

static int measure(Wrap *w, size_t start, size_t len)
{
    int px = w->measure(w->ud, w->text + start, len);
    return px < 0 ? 0 : px;
}

static void push(Wrap *w, size_t start, size_t len, int width)
{
    LayoutLines *o = w->out;

    if (o->count == o->capacity) {
        size_t cap = o->capacity ? o->capacity * 2 : 32;
        LayoutLine *items;
        if (cap > SIZE_MAX / sizeof *items) {
            w->failed = 1;
            return;
        }
        items = realloc(o->items, cap * sizeof *items);
        if (!items) {
            w->failed = 1;
            return;
        }
        o->items = items;
        o->capacity = cap;
    }
    o->items[o->count++] = (LayoutLine){start, len, width, w->gap_pending};
    w->gap_pending = 0;
}

/* Emits [s, e) as a line and returns where the line really ended. Lines are
 * chosen by adding the widths of their parts, which is linear in the text;
 * the whole line is then measured once. Kerning can make the whole a pixel
 * wider than the sum: then keep the longest run of whole segments that fits
 * (at least the first, which was measured alone and fitted). */
static size_t emit(Wrap *w, size_t s, size_t e)
{
    int width = measure(w, s, e - s);

    if (width > w->max) {
        size_t fit = segment_end(w->text, s, e), p = fit;
        width = measure(w, s, fit - s);
        for (;;) {
            int wp;
            p = skip_spaces(w->text, p, e);
            if (p >= e)
                break;
            p = segment_end(w->text, p, e);
            wp = measure(w, s, p - s);
            if (wp > w->max)
                break;
            fit = p;
            width = wp;
        }
        e = fit;
    }
    push(w, s, e - s, width);
    return e;
}

/* Emits the longest run of whole characters from [s, e) that fits, at least
 * one character, and returns where it ended. Called with a run the sum of
 * whose characters fits; shrinking is only needed when kerning disagrees. */
static size_t emit_piece(Wrap *w, size_t s, size_t e)
{
    const char *t = w->text;
    long cp;
    size_t first = s + cluster_len(t, s, e, &cp);
    int width = measure(w, s, e - s);

    while (width > w->max && e > first) {
        size_t p = first, prev = first;
        while (p < e) {
            prev = p;
            p += cluster_len(t, p, e, &cp);
        }
        e = prev;
        width = measure(w, s, e - s);
    }
    push(w, s, e - s, width);
    return e;
}

/* Breaks the word [s, e), wider than a line, between characters. Emits every
 * full piece and returns the start of the last one, which opens the next line
 * with its width in *width. Each character is measured once on its own. */
static size_t break_word(Wrap *w, size_t s, size_t e, long long *width)
{
    const char *t = w->text;
    size_t piece = s, p = s;
    long long sum = 0;
    long cp;

    while (p < e && !w->failed) {
        size_t n = cluster_len(t, p, e, &cp);
        int cw = measure(w, p, n);
        if (sum + cw > w->max && p > piece) {
            piece = emit_piece(w, piece, p);
            sum = piece < p ? measure(w, piece, p - piece) : 0;
            continue;
        }
        sum += cw;
        p += n;
    }
    *width = measure(w, piece, e - piece);
    while (*width > w->max && !w->failed &&
           piece + cluster_len(t, piece, e, &cp) < e) {
        piece = emit_piece(w, piece, e);
        *width = measure(w, piece, e - piece);
    }
    return piece;
}

/* Lays out one line of the source, [pos, end), which holds no '\n'. */
static void wrap_hard_line(Wrap *w, size_t pos, size_t end)
{
    const char *t = w->text;

    while (!w->failed) {
        size_t line_end;
        long long est;

        pos = skip_spaces(t, pos, end);
        if (pos >= end)
            return;
        line_end = segment_end(t, pos, end);
        est = measure(w, pos, line_end - pos);
        if (est > w->max) {
            pos = break_word(w, pos, line_end, &est);
            if (w->failed)
                return;
        }
        for (;;) {
            size_t s2 = skip_spaces(t, line_end, end), e2;
            long long add;
            if (s2 >= end)
                break;
            e2 = segment_end(t, s2, end);
            /* The gap goes with the word: " word" is one measurement. */
            add = measure(w, line_end, e2 - line_end);
            if (est + add > w->max)
                break;
            est += add;
            line_end = e2;
        }
        pos = emit(w, pos, line_end);
    }
}

int layout_wrap(LayoutLines *out, const char *text, size_t len, int max_width,
                LayoutMeasure measure_cb, void *ud)
{
    Wrap w;
    size_t pos = 0;

    if (!out)
        return -1;
    out->count = 0;
    if (!measure_cb || (!text && len > 0))
        return -1;
    w = (Wrap){text, measure_cb, ud, max_width < 1 ? 1 : max_width, out, 0, 0};
    while (pos < len && !w.failed) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - text) : len;
        size_t before = out->count;
        wrap_hard_line(&w, pos, end);
        /* A source line that gave nothing is blank: a paragraph break. */
        if (out->count == before && before > 0)
            w.gap_pending = 1;
        pos = end + 1;
    }
    if (w.failed) {
        out->count = 0;
        return -1;
    }
    return 0;
}

void layout_lines_free(LayoutLines *lines)
{
    if (!lines)
        return;
    free(lines->items);
    lines->items = NULL;
    lines->count = 0;
    lines->capacity = 0;
}

static int clamp_int(long long v)
{
    return v > INT_MAX ? INT_MAX : v < INT_MIN ? INT_MIN : (int)v;
}

int layout_text_height(const LayoutLines *lines, int line_height, int paragraph_gap)
{
    long long h = 0;

    if (!lines)
        return 0;
    if (line_height < 0)
        line_height = 0;
    if (paragraph_gap < 0)
        paragraph_gap = 0;
    for (size_t i = 0; i < lines->count && h <= INT_MAX; i++)
        h += line_height + (lines->items[i].paragraph_gap ? paragraph_gap : 0);
    return clamp_int(h);
}

int layout_base_size(int window_height_px, int scale_percent)
{
    long long size;

    if (scale_percent <= 0)
        scale_percent = 100;
    if (window_height_px < 0)
        window_height_px = 0;
    /* height / 36 * scale / 100, rounded to nearest. */
    size = ((long long)window_height_px * scale_percent + 1800) / 3600;
    return size < LAYOUT_MIN_SIZE ? LAYOUT_MIN_SIZE : clamp_int(size);
}

int layout_margin(int char_width_px)
{
    long long m = 2LL * (char_width_px < 1 ? 1 : char_width_px);
    return m < 8 ? 8 : clamp_int(m);
}

int layout_column_width(int window_width, int char_width_px, int max_chars)
{
    long long col, room;

    if (char_width_px < 1)
        char_width_px = 1;
    if (max_chars <= 0)
        max_chars = LAYOUT_COLUMN_CHARS;
    col = (long long)max_chars * char_width_px;
    room = (long long)window_width - 2LL * layout_margin(char_width_px);
    if (room < col)
        col = room;
    return col < 1 ? 1 : clamp_int(col);
}

int layout_line_height(int size_px)
{
    if (size_px < 1)
        size_px = 1;
    return clamp_int(((long long)size_px * 3 + 1) / 2);
}

int layout_box_inside(LayoutBox box, LayoutBox outer)
{
    if (box.w < 0 || box.h < 0 || outer.w < 0 || outer.h < 0)
        return 0;
    return box.x >= outer.x && box.y >= outer.y &&
           (long long)box.x + box.w <= (long long)outer.x + outer.w &&
           (long long)box.y + box.h <= (long long)outer.y + outer.h;
}
