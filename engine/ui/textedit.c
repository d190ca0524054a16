/* textedit.c — the journal's text editor core: cleaning what is typed or
 * pasted, removing and moving by whole characters, the composition, and the
 * mapping between byte offsets and the lines of textwrap.c. See textedit.h
 * for the contracts. */
#include "ui/textedit.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

struct TextEdit {
    char *text; /* NUL-terminated, valid UTF-8, no control character but '\n' */
    size_t len, cap;
    char *comp; /* the composition, cleaned the same way; comp_len 0 = none */
    size_t comp_len, comp_caret;
    char *view; /* text with comp at the cursor; only used while comp_len > 0 */
    size_t view_cap;
    size_t cursor;
    /* The cursor sits where a wrapped line ends and the next begins: show it
     * at the end of the first (set by End, a click, up and down). */
    int at_line_end;
    int goal_x, has_goal; /* the x that up and down keep */
    unsigned long changes;
    TextWrap wrap;
    int line_height;
    TextWrapLines lines, scratch;
    int lines_valid;
};

/* ---- cleaning what comes in ---- */

/* Writes the cleaned form of s[0, n) to out (when not NULL) and returns its
 * length. Counting alone stops once past TEXTEDIT_MAX_BYTES, so a huge paste
 * is refused in time bounded by the cap. */
static size_t clean(const char *s, size_t n, char *out)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, o = 0, k;

    while (i < n) {
        long cp = textwrap_decode(u + i, n - i, &k);
        const char *put = s + i;
        size_t plen = k;

        if (cp == '\r' || cp == 0x2028 || cp == 0x2029) {
            put = "\n";
            plen = 1;
            if (cp == '\r' && i + 1 < n && u[i + 1] == '\n')
                k = 2;
        } else if (cp == '\t') {
            if (out)
                memset(out + o, ' ', TEXTEDIT_TAB_SPACES);
            put = NULL;
            plen = TEXTEDIT_TAB_SPACES;
        } else if (cp < 0) {
            put = "\xEF\xBF\xBD"; /* U+FFFD */
            plen = 3;
        } else if ((cp < 0x20 && cp != '\n') || (cp >= 0x7F && cp <= 0x9F)) {
            plen = 0;
        }
        if (out && put)
            memcpy(out + o, put, plen);
        o += plen;
        i += k;
        if (!out && o > TEXTEDIT_MAX_BYTES)
            break;
    }
    return o;
}

/* Cleans s[0, n) into a new buffer of *m bytes plus a NUL. Returns NULL on
 * running out of memory, or with *m over `limit` (then *too_long is set). */
static char *clean_copy(const char *s, size_t n, size_t limit, size_t *m, int *too_long)
{
    char *buf;

    *too_long = 0;
    *m = s ? clean(s, n, NULL) : 0;
    if (*m > limit) {
        *too_long = 1;
        return NULL;
    }
    buf = malloc(*m + 1);
    if (!buf)
        return NULL;
    if (*m)
        clean(s, n, buf);
    buf[*m] = '\0';
    return buf;
}

static int reserve(char **buf, size_t *cap, size_t need)
{
    char *p;
    size_t c = *cap ? *cap : 64;

    if (need <= *cap)
        return 0;
    while (c < need)
        c *= 2;
    p = realloc(*buf, c);
    if (!p)
        return -1;
    *buf = p;
    *cap = c;
    return 0;
}

/* ---- the view: text with the composition at the cursor ---- */

static const char *view_text(const TextEdit *ed)
{
    return ed->comp_len ? ed->view : ed->text;
}

static size_t view_len(const TextEdit *ed)
{
    return ed->len + ed->comp_len;
}

/* Where the caret is in the view. */
static size_t view_caret(const TextEdit *ed)
{
    return ed->cursor + (ed->comp_len ? ed->comp_caret : 0);
}

/* The text offset of view offset v; inside the composition is the cursor. */
static size_t text_offset(const TextEdit *ed, size_t v)
{
    size_t c = ed->cursor, k = ed->comp_len;
    return v <= c ? v : v < c + k ? c : v - k;
}

/* Rewrites the view after the text, cursor or composition changed. Its
 * buffer was sized by textedit_set_composition(); nothing else makes the
 * view longer while a composition is shown. */
static void view_rebuild(TextEdit *ed)
{
    size_t c = ed->cursor, k = ed->comp_len;

    if (!k)
        return;
    memcpy(ed->view, ed->text, c);
    memcpy(ed->view + c, ed->comp, k);
    memcpy(ed->view + c + k, ed->text + c, ed->len - c + 1);
}

/* The view's bytes [a, a + old_len) have become [a, a + new_len) (the view
 * is already rewritten): lay out again the paragraphs that hold them and
 * move the lines after them. When memory runs out the lines are dropped and
 * laid out whole on the next query. */
static void view_replaced(TextEdit *ed, size_t a, size_t old_len, size_t new_len)
{
    if (!ed->lines_valid || (old_len == 0 && new_len == 0))
        return;
    if (textwrap_update(&ed->lines, &ed->scratch, &ed->wrap, view_text(ed), view_len(ed), a,
                          old_len, new_len) != 0)
        ed->lines_valid = 0;
}

static int lines_ready(TextEdit *ed)
{
    if (ed->lines_valid)
        return 0;
    if (textwrap_layout(&ed->lines, &ed->wrap, view_text(ed), view_len(ed)) != 0)
        return -1;
    ed->lines_valid = 1;
    return 0;
}

/* Moves the cursor to text offset c. A composition moves with it. */
static void place(TextEdit *ed, size_t c, int at_line_end)
{
    size_t old = ed->cursor, k = ed->comp_len;

    ed->cursor = c;
    ed->at_line_end = at_line_end;
    if (k && c != old) {
        size_t lo = c < old ? c : old, hi = (c < old ? old : c) + k;
        view_rebuild(ed);
        view_replaced(ed, lo, hi - lo, hi - lo);
    }
}

/* ---- life, text and layout ---- */

TextEdit *textedit_new(void)
{
    TextEdit *ed = calloc(1, sizeof *ed);

    if (!ed)
        return NULL;
    ed->text = malloc(64);
    if (!ed->text) {
        free(ed);
        return NULL;
    }
    ed->text[0] = '\0';
    ed->cap = 64;
    ed->wrap = (TextWrap){NULL, NULL, INT_MAX};
    ed->line_height = 1;
    return ed;
}

void textedit_free(TextEdit *ed)
{
    if (!ed)
        return;
    free(ed->text);
    free(ed->comp);
    free(ed->view);
    textwrap_lines_free(&ed->lines);
    textwrap_lines_free(&ed->scratch);
    free(ed);
}

TextEditResult textedit_set_text(TextEdit *ed, const char *utf8, size_t len)
{
    size_t m;
    int too_long;
    char *buf = clean_copy(utf8, len, TEXTEDIT_MAX_BYTES, &m, &too_long);

    if (!buf)
        return too_long ? TEXTEDIT_TOO_LONG : TEXTEDIT_NO_MEMORY;
    free(ed->text);
    ed->text = buf;
    ed->len = m;
    ed->cap = m + 1;
    ed->cursor = m;
    ed->comp_len = 0;
    ed->at_line_end = 0;
    ed->has_goal = 0;
    ed->lines_valid = 0;
    return TEXTEDIT_OK;
}

const char *textedit_text(const TextEdit *ed, size_t *len)
{
    if (len)
        *len = ed->len;
    return ed->text;
}

unsigned long textedit_changes(const TextEdit *ed)
{
    return ed->changes;
}

void textedit_set_layout(TextEdit *ed, int max_width, int line_height, LayoutMeasure measure,
                         void *ud)
{
    TextWrap w = {measure, measure ? ud : NULL, max_width < 1 ? 1 : max_width};

    if (!measure)
        w.max_width = INT_MAX;
    ed->line_height = line_height < 1 ? 1 : line_height;
    if (w.measure != ed->wrap.measure || w.ud != ed->wrap.ud || w.max_width != ed->wrap.max_width) {
        ed->wrap = w;
        textedit_relayout(ed);
    }
}

void textedit_relayout(TextEdit *ed)
{
    ed->lines_valid = 0;
    ed->has_goal = 0;
}

/* ---- editing ---- */

TextEditResult textedit_insert(TextEdit *ed, const char *utf8, size_t len)
{
    size_t m, c = ed->cursor, k = ed->comp_len;
    int too_long;
    char *add = clean_copy(utf8, len, TEXTEDIT_MAX_BYTES - ed->len, &m, &too_long);

    if (!add)
        return too_long ? TEXTEDIT_TOO_LONG : TEXTEDIT_NO_MEMORY;
    if (reserve(&ed->text, &ed->cap, ed->len + m + 1) != 0) {
        free(add);
        return TEXTEDIT_NO_MEMORY;
    }
    /* What was typed commits the composition: the composition goes. */
    ed->comp_len = 0;
    if (m) {
        memmove(ed->text + c + m, ed->text + c, ed->len - c + 1);
        memcpy(ed->text + c, add, m);
        ed->len += m;
        ed->cursor = c + m;
        ed->changes++;
    }
    free(add);
    ed->at_line_end = 0;
    ed->has_goal = 0;
    view_replaced(ed, c, k, m);
    return TEXTEDIT_OK;
}

/* Removes text [a, b), which holds the cursor's offset at one end, and puts
 * the cursor at a. The composition, if any, stays at the cursor. */
static void remove_range(TextEdit *ed, size_t a, size_t b)
{
    size_t old = ed->cursor, k = ed->comp_len;
    /* The view changes from the first of a and the cursor to the last of b
     * and the cursor, plus the composition. */
    size_t lo = a < old ? a : old, hi = (b > old ? b : old) + k;

    memmove(ed->text + a, ed->text + b, ed->len - b + 1);
    ed->len -= b - a;
    ed->cursor = a;
    ed->changes++;
    ed->at_line_end = 0;
    ed->has_goal = 0;
    view_rebuild(ed);
    view_replaced(ed, lo, hi - lo, hi - lo - (b - a));
}

int textedit_backspace(TextEdit *ed)
{
    if (ed->cursor == 0)
        return 0;
    remove_range(ed, textwrap_prev_char(ed->text, ed->cursor), ed->cursor);
    return 1;
}

int textedit_delete(TextEdit *ed)
{
    if (ed->cursor >= ed->len)
        return 0;
    remove_range(ed, ed->cursor, textwrap_char_end(ed->text, ed->cursor, ed->len));
    return 1;
}

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
    const char *t = view_text(ed);
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
    const char *t = view_text(ed);

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
    const char *t = view_text(ed);
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
        *len = view_len(ed);
    return view_text(ed);
}

const TextEditLine *textedit_lines(TextEdit *ed, size_t *count)
{
    if (lines_ready(ed) != 0) {
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
    size_t v = view_caret(ed), i;

    memset(out, 0, sizeof *out);
    if (lines_ready(ed) != 0)
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
    if (lines_ready(ed) != 0)
        return TEXTEDIT_NO_MEMORY;
    *offset = text_offset(ed, point_hit(ed, x, y, &at_end));
    return TEXTEDIT_OK;
}

TextEditResult textedit_click(TextEdit *ed, int x, int y)
{
    int at_end;
    size_t v;

    if (lines_ready(ed) != 0)
        return TEXTEDIT_NO_MEMORY;
    v = point_hit(ed, x, y, &at_end);
    ed->has_goal = 0;
    place(ed, text_offset(ed, v), at_end);
    return TEXTEDIT_OK;
}

/* ---- moving ---- */

/* Up and down: to the line above or below at the kept x. */
static void move_vertically(TextEdit *ed, int down)
{
    size_t v = view_caret(ed), i = caret_line(ed, v), to;
    int x = ed->has_goal ? ed->goal_x : caret_x(ed, i, v), at_end = 0;

    if (!down && i == 0) {
        to = 0;
    } else if (down && i + 1 >= ed->lines.count) {
        to = view_len(ed);
    } else {
        i = down ? i + 1 : i - 1;
        to = line_hit(ed, i, x);
        at_end = wraps_at(ed, i, to);
    }
    place(ed, text_offset(ed, to), at_end);
    ed->goal_x = x;
    ed->has_goal = 1;
}

TextEditResult textedit_move(TextEdit *ed, TextEditMove how)
{
    const char *t = ed->text;
    size_t c = ed->cursor, n = ed->len, i;

    switch (how) {
    case TEXTEDIT_LEFT:
        place(ed, c > 0 ? textwrap_prev_char(t, c) : 0, 0);
        break;
    case TEXTEDIT_RIGHT:
        place(ed, c < n ? textwrap_char_end(t, c, n) : n, 0);
        break;
    case TEXTEDIT_WORD_LEFT:
        place(ed, textwrap_word_start(t, c), 0);
        break;
    case TEXTEDIT_WORD_RIGHT:
        place(ed, textwrap_word_end(t, c, n), 0);
        break;
    case TEXTEDIT_TEXT_START:
        place(ed, 0, 0);
        break;
    case TEXTEDIT_TEXT_END:
        place(ed, n, 0);
        break;
    case TEXTEDIT_UP:
    case TEXTEDIT_DOWN:
        if (lines_ready(ed) != 0)
            return TEXTEDIT_NO_MEMORY;
        move_vertically(ed, how == TEXTEDIT_DOWN);
        return TEXTEDIT_OK;
    case TEXTEDIT_LINE_START:
    case TEXTEDIT_LINE_END:
        if (lines_ready(ed) != 0)
            return TEXTEDIT_NO_MEMORY;
        i = caret_line(ed, view_caret(ed));
        if (how == TEXTEDIT_LINE_START) {
            place(ed, text_offset(ed, ed->lines.items[i].start), 0);
        } else {
            size_t end = ed->lines.items[i].start + ed->lines.items[i].len;
            place(ed, text_offset(ed, end), wraps_at(ed, i, end));
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
    place(ed, offset, 0);
}

/* ---- the composition ---- */

TextEditResult textedit_set_composition(TextEdit *ed, const char *utf8, size_t len,
                                        int caret_chars)
{
    size_t m, k = ed->comp_len, caret = 0;
    int too_long;
    char *comp = clean_copy(utf8, len, TEXTEDIT_MAX_COMPOSITION, &m, &too_long);

    if (!comp || (m && reserve(&ed->view, &ed->view_cap, ed->len + m + 1) != 0)) {
        free(comp);
        textedit_clear_composition(ed);
        return too_long ? TEXTEDIT_TOO_LONG : TEXTEDIT_NO_MEMORY;
    }
    /* SDL counts the composition's caret in characters: walk to it. */
    if (caret_chars < 0) {
        caret = m;
    } else {
        long chars = 0;
        for (; caret < m; caret++)
            if (((unsigned char)comp[caret] & 0xC0) != 0x80 && chars++ == caret_chars)
                break;
    }
    free(ed->comp);
    ed->comp = comp;
    ed->comp_len = m;
    ed->comp_caret = caret;
    view_rebuild(ed);
    view_replaced(ed, ed->cursor, k, m);
    return TEXTEDIT_OK;
}

void textedit_clear_composition(TextEdit *ed)
{
    size_t k = ed->comp_len;

    if (!k)
        return;
    ed->comp_len = 0;
    view_replaced(ed, ed->cursor, k, 0);
}

const char *textedit_composition(const TextEdit *ed, size_t *len)
{
    if (len)
        *len = ed->comp_len;
    return ed->comp_len ? ed->comp : "";
}
