/* textedit_move.c — where the editor's text is on screen (caret, clicks)
 * and moving the cursor by characters, words and lines. See textedit.h. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "ui/textedit_internal.h"

/* ---- where things are on screen ---- */

/* The line the caret at view offset v is drawn on. */
static size_t caret_line(const TextEdit *ed, size_t v)
{
    const TextEditLine *l = ed->lines.items;
    size_t i = textwrap_find(&ed->lines, v);

    if (ed->at_line_end && !ed->comp_len && i > 0 && l[i].start == v &&
        l[i - 1].start + l[i - 1].len == v)
        i--;
    return i;
}

/* 1 when view offset v ends line i and the next line starts there too (a
 * wrap, not a newline): the cursor must remember which of the two it is on. */
static int wraps_at(const TextEdit *ed, size_t i, size_t v)
{
    const TextEditLine *l = ed->lines.items;
    return i + 1 < ed->lines.count && l[i].start + l[i].len == v && l[i + 1].start == v;
}

/* The caret's x at view offset v on line i. Spaces hanging past the wrap
 * width keep the caret at the edge. */
static int caret_x(const TextEdit *ed, size_t i, size_t v)
{
    const char *t = te_view_text(ed);
    const TextEditLine *l = &ed->lines.items[i];
    int x = textwrap_measure(&ed->wrap, t + l->start, v - l->start);

    if (x > ed->wrap.max_width) {
        size_t end = l->start + l->len;
        int limit;
        while (end > l->start && t[end - 1] == ' ')
            end--;
        limit = textwrap_measure(&ed->wrap, t + l->start, end - l->start);
        if (limit < ed->wrap.max_width)
            limit = ed->wrap.max_width;
        if (x > limit)
            x = limit;
    }
    return x;
}

/* The character boundary at or before view byte m (< end), found walking
 * from the boundary lo (<= m). */
static size_t boundary_at(const TextEdit *ed, size_t lo, size_t m, size_t end)
{
    const char *t = te_view_text(ed);

    for (;;) {
        size_t r = textwrap_char_end(t, lo, end);
        if (r > m)
            return lo;
        lo = r;
    }
}

/* The view offset on line i nearest to x: the character boundary whose
 * caret x is closest (the left one on a tie). A binary search over the
 * boundaries, so a click on a long unwrapped line measures it a few dozen
 * times, not once for each character. */
static size_t line_hit(const TextEdit *ed, size_t i, int x)
{
    const char *t = te_view_text(ed);
    const TextEditLine *l = &ed->lines.items[i];
    size_t lo = l->start, hi = l->start + l->len, next;
    long long xlo, xhi;

    if (x <= 0 || lo == hi)
        return lo;
    xhi = caret_x(ed, i, hi);
    if (x >= xhi)
        return hi;
    /* The caret x of lo is at most x, of hi more than x. */
    xlo = 0;
    while ((next = textwrap_char_end(t, lo, hi)) < hi) {
        size_t mid = boundary_at(ed, lo, lo + (hi - lo) / 2, hi);
        long long xm;
        if (mid == lo)
            mid = next;
        xm = caret_x(ed, i, mid);
        if (xm <= x) {
            lo = mid;
            xlo = xm;
        } else {
            hi = mid;
            xhi = xm;
        }
    }
    return 2LL * x <= xlo + xhi ? lo : hi;
}

static int line_y(const TextEdit *ed, size_t i)
{
    long long y = (long long)i * ed->line_height;
    return y > INT_MAX ? INT_MAX : (int)y;
}

const char *textedit_view(const TextEdit *ed, size_t *len)
{
    if (len)
        *len = te_view_len(ed);
    return te_view_text(ed);
}

const TextEditLine *textedit_lines(TextEdit *ed, size_t *count)
{
    if (te_lines_ready(ed) != 0) {
        if (count)
            *count = 0;
        return NULL;
    }
    if (count)
        *count = ed->lines.count;
    return ed->lines.items;
}

TextEditResult textedit_caret(TextEdit *ed, TextEditCaret *out)
{
    size_t v = te_view_caret(ed), i;

    memset(out, 0, sizeof *out);
    if (te_lines_ready(ed) != 0)
        return TEXTEDIT_NO_MEMORY;
    i = caret_line(ed, v);
    out->line = i;
    out->x = caret_x(ed, i, v);
    out->y = line_y(ed, i);
    out->height = ed->line_height;
    return TEXTEDIT_OK;
}

/* The view offset at point (x, y), and whether it is a wrapped line's end. */
static size_t point_hit(const TextEdit *ed, int x, int y, int *at_line_end)
{
    size_t i = 0, v;

    if (y > 0) {
        i = (size_t)(y / ed->line_height);
        if (i >= ed->lines.count)
            i = ed->lines.count - 1;
    }
    v = line_hit(ed, i, x);
    *at_line_end = wraps_at(ed, i, v);
    return v;
}

TextEditResult textedit_offset_at(TextEdit *ed, int x, int y, size_t *offset)
{
    int at_end;

    *offset = ed->cursor;
    if (te_lines_ready(ed) != 0)
        return TEXTEDIT_NO_MEMORY;
    *offset = te_text_offset(ed, point_hit(ed, x, y, &at_end));
    return TEXTEDIT_OK;
}

TextEditResult textedit_click(TextEdit *ed, int x, int y)
{
    int at_end;
    size_t v;

    if (te_lines_ready(ed) != 0)
        return TEXTEDIT_NO_MEMORY;
    v = point_hit(ed, x, y, &at_end);
    ed->has_goal = 0;
    te_place(ed, te_text_offset(ed, v), at_end);
    return TEXTEDIT_OK;
}

/* ---- moving ---- */

/* Up and down: to the line above or below at the kept x. */
static void move_vertically(TextEdit *ed, int down)
{
    size_t v = te_view_caret(ed), i = caret_line(ed, v), to;
    int x = ed->has_goal ? ed->goal_x : caret_x(ed, i, v), at_end = 0;

    if (!down && i == 0) {
        to = 0;
    } else if (down && i + 1 >= ed->lines.count) {
        to = te_view_len(ed);
    } else {
        i = down ? i + 1 : i - 1;
        to = line_hit(ed, i, x);
        at_end = wraps_at(ed, i, to);
    }
    te_place(ed, te_text_offset(ed, to), at_end);
    ed->goal_x = x;
    ed->has_goal = 1;
}

TextEditResult textedit_move(TextEdit *ed, TextEditMove how)
{
    const char *t = ed->text;
    size_t c = ed->cursor, n = ed->len, i;

    switch (how) {
    case TEXTEDIT_LEFT:
        te_place(ed, c > 0 ? textwrap_prev_char(t, c) : 0, 0);
        break;
    case TEXTEDIT_RIGHT:
        te_place(ed, c < n ? textwrap_char_end(t, c, n) : n, 0);
        break;
    case TEXTEDIT_WORD_LEFT:
        te_place(ed, textwrap_word_start(t, c), 0);
        break;
    case TEXTEDIT_WORD_RIGHT:
        te_place(ed, textwrap_word_end(t, c, n), 0);
        break;
    case TEXTEDIT_TEXT_START:
        te_place(ed, 0, 0);
        break;
    case TEXTEDIT_TEXT_END:
        te_place(ed, n, 0);
        break;
    case TEXTEDIT_UP:
    case TEXTEDIT_DOWN:
        if (te_lines_ready(ed) != 0)
            return TEXTEDIT_NO_MEMORY;
        move_vertically(ed, how == TEXTEDIT_DOWN);
        return TEXTEDIT_OK;
    case TEXTEDIT_LINE_START:
    case TEXTEDIT_LINE_END:
        if (te_lines_ready(ed) != 0)
            return TEXTEDIT_NO_MEMORY;
        i = caret_line(ed, te_view_caret(ed));
        if (how == TEXTEDIT_LINE_START) {
            te_place(ed, te_text_offset(ed, ed->lines.items[i].start), 0);
        } else {
            size_t end = ed->lines.items[i].start + ed->lines.items[i].len;
            te_place(ed, te_text_offset(ed, end), wraps_at(ed, i, end));
        }
        break;
    }
    ed->has_goal = 0;
    return TEXTEDIT_OK;
}

size_t textedit_cursor(const TextEdit *ed)
{
    return ed->cursor;
}

void textedit_set_cursor(TextEdit *ed, size_t offset)
{
    if (offset > ed->len)
        offset = ed->len;
    while (offset > 0 && ((unsigned char)ed->text[offset] & 0xC0) == 0x80)
        offset--;
    ed->has_goal = 0;
    te_place(ed, offset, 0);
}

