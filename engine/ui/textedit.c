/* textedit.c — the journal's text editor core: cleaning what is typed or
 * pasted, removing and moving by whole characters, the composition, and the
 * mapping between byte offsets and the lines of textwrap.c. See textedit.h
 * for the contracts. */
#include "ui/textedit_internal.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>


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

const char *te_view_text(const TextEdit *ed)
{
    return ed->comp_len ? ed->view : ed->text;
}

size_t te_view_len(const TextEdit *ed)
{
    return ed->len + ed->comp_len;
}

/* Where the caret is in the view. */
size_t te_view_caret(const TextEdit *ed)
{
    return ed->cursor + (ed->comp_len ? ed->comp_caret : 0);
}

/* The text offset of view offset v; inside the composition is the cursor. */
size_t te_text_offset(const TextEdit *ed, size_t v)
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
    if (textwrap_update(&ed->lines, &ed->scratch, &ed->wrap, te_view_text(ed), te_view_len(ed), a,
                          old_len, new_len) != 0)
        ed->lines_valid = 0;
}

int te_lines_ready(TextEdit *ed)
{
    if (ed->lines_valid)
        return 0;
    if (textwrap_layout(&ed->lines, &ed->wrap, te_view_text(ed), te_view_len(ed)) != 0)
        return -1;
    ed->lines_valid = 1;
    return 0;
}

/* Moves the cursor to text offset c. A composition moves with it. */
void te_place(TextEdit *ed, size_t c, int at_line_end)
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
