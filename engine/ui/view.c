/* view.c — the display list: adding wrapped text and buttons while a screen
 * is laid out, drawing the list, and writing it out for tests. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "ui/app.h"
#include "ui/art.h"
#include "ui/screens.h"
#include "ui/view.h"

_Static_assert(KIND_COUNT == THEME_KINDS, "every kind of choice needs a colour in each theme");

struct ArenaBlock {
    ArenaBlock *next;
    size_t used, cap;
    char data[];
};

void dl_reset(DisplayList *dl)
{
    dl->count = 0;
    dl->content_h = 0;
    dl->body_top = 0;
    dl->in_body = false;
    for (ArenaBlock *b = dl->arena; b; b = b->next)
        b->used = 0;
}

void dl_free(DisplayList *dl)
{
    free(dl->items);
    for (ArenaBlock *b = dl->arena, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    memset(dl, 0, sizeof *dl);
}

Item *dl_add(DisplayList *dl, ItemKind kind, LayoutBox box)
{
    static Item spare; /* written to and ignored when memory runs out */
    if (dl->count == dl->cap) {
        int cap = dl->cap ? dl->cap * 2 : 256;
        Item *p = realloc(dl->items, (size_t)cap * sizeof *p);
        if (!p) {
            memset(&spare, 0, sizeof spare);
            return &spare;
        }
        dl->items = p;
        dl->cap = cap;
    }
    Item *it = &dl->items[dl->count++];
    memset(it, 0, sizeof *it);
    it->kind = kind;
    it->box = box;
    it->scrolls = dl->in_body;
    return it;
}

const char *dl_printf(DisplayList *dl, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return "";
    ArenaBlock *b = dl->arena;
    for (; b; b = b->next)
        if (b->cap - b->used > (size_t)n)
            break;
    if (!b) {
        size_t cap = (size_t)n + 1 > 8192 ? (size_t)n + 1 : 8192;
        b = malloc(sizeof *b + cap);
        if (!b)
            return "";
        b->used = 0;
        b->cap = cap;
        b->next = dl->arena;
        dl->arena = b;
    }
    char *s = b->data + b->used;
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->used += (size_t)n + 1;
    return s;
}

ThemeColour ui_colour(const App *a, ColourSlot c)
{
    const Theme *t = a->theme;
    switch (c) {
    case C_BG: return t->background;
    case C_TEXT: return t->text;
    case C_MUTED: return t->text_muted;
    case C_ACCENT: return t->accent;
    case C_FOCUS: return t->focus_ring;
    case C_BUTTON_BG: return t->button_background;
    case C_BUTTON_TEXT: return t->button_text;
    case C_CARD: return t->card_background;
    case C_TRACK: return t->meter_track;
    case C_RESENTMENT: return t->meter_resentment;
    case C_GROWTH: return t->meter_growth;
    case C_INTIMACY: return t->meter_intimacy;
    case C_TRACK_EDGE: return t->meter_track_edge;
    case C_BETTER: return t->change_better;
    case C_WORSE: return t->change_worse;
    case C_KIND: break;
    }
    if (c >= C_KIND && c < C_KIND + THEME_KINDS)
        return t->kind[c - C_KIND];
    return t->text;
}

int ui_gap(const App *a)
{
    return gfx_base_px(a->gfx) * 3 / 4;
}

void ui_column(App *a, int *x, int *w)
{
    int cw = gfx_char_width(a->gfx);
    *w = layout_column_width(a->width, cw, 0);
    *x = (a->width - *w) / 2;
}

/* A slice of more than LAYOUT_COLUMN_CHARS characters is wider than the line
 * (p[2]), whatever its pixels: a line of narrow letters still keeps to a
 * readable length. */
static int measure(void *ud, const char *s, size_t len)
{
    void **p = ud;
    size_t chars = 0;
    for (size_t i = 0; i < len && chars <= LAYOUT_COLUMN_CHARS; i++)
        chars += ((unsigned char)s[i] & 0xC0) != 0x80;
    if (chars > LAYOUT_COLUMN_CHARS)
        return *(int *)p[2] + 1;
    return gfx_measure(p[0], *(FontRole *)p[1], s, len);
}

int ui_text(App *a, FontRole f, ColourSlot c, int x, int y, int w, const char *text)
{
    static LayoutLines lines; /* reused: the window lays out on one thread */
    if (!text || !*text)
        return 0;
    /* Every font keeps to its own column of readable length. */
    int most = gfx_role_char_width(a->gfx, f) * LAYOUT_COLUMN_CHARS;
    if (w > most)
        w = most;
    void *ud[3] = {a->gfx, &f, &w};
    if (layout_wrap(&lines, text, strlen(text), w, measure, ud) < 0)
        return 0;
    int lh = gfx_line_height(a->gfx, f), y0 = y;
    for (size_t i = 0; i < lines.count; i++) {
        const LayoutLine *l = &lines.items[i];
        if (l->paragraph_gap)
            y += lh / 2;
        Item *it = dl_add(&a->dl, ITEM_TEXT, (LayoutBox){x, y, l->width, lh});
        it->font = f;
        it->colour = c;
        it->text = text + l->start;
        it->len = l->len;
        y += lh;
    }
    return y - y0;
}

static int button(App *a, int x, int y, int w, const char *number, const char *label, Action act,
                  int arg)
{
    int pad = gfx_base_px(a->gfx) * 2 / 3, lh = gfx_line_height(a->gfx, FONT_BODY);
    int num_w = number ? gfx_measure(a->gfx, FONT_BOLD, number, strlen(number)) : 0;
    int text_x = x + pad + num_w;
    Item *b = dl_add(&a->dl, ITEM_BUTTON, (LayoutBox){x, y, w, 0});
    int index = (int)(b - a->dl.items);
    b->action = act;
    b->arg = arg;
    if (number) {
        Item *n = dl_add(&a->dl, ITEM_TEXT, (LayoutBox){x + pad, y + pad / 2, num_w, lh});
        n->font = FONT_BOLD;
        n->colour = C_ACCENT;
        n->text = number;
        n->len = strlen(number);
    }
    int h = ui_text(a, FONT_BODY, C_BUTTON_TEXT, text_x, y + pad / 2, x + w - pad - text_x, label);
    if (h < lh)
        h = lh;
    a->dl.items[index].box.h = h + pad;
    return h + pad;
}

int ui_button(App *a, int x, int y, int w, const char *label, Action act, int arg)
{
    return button(a, x, y, w, NULL, label, act, arg);
}

int ui_choice_button(App *a, int x, int y, int w, int number, const char *label, Action act, int arg)
{
    return button(a, x, y, w, dl_printf(&a->dl, "%d.  ", number), label, act, arg);
}

int ui_problem_box(App *a, int x, int y, int w)
{
    if (!a->problem)
        return 0;
    int pad = gfx_base_px(a->gfx) / 2;
    int at = (int)(dl_add(&a->dl, ITEM_FRAME, (LayoutBox){x, y, w, 0}) - a->dl.items);
    a->dl.items[at].colour = C_ACCENT;
    a->dl.items[at].value = 2;
    int h = ui_text(a, FONT_BODY, C_TEXT, x + pad, y + pad, w - 2 * pad, a->problem) + 2 * pad;
    a->dl.items[at].box.h = h;
    return h + ui_gap(a);
}

static LayoutBox on_screen(const App *a, const Item *it)
{
    LayoutBox b = it->box;
    if (it->scrolls)
        b.y -= a->scroll;
    return b;
}

/* "More below" at the bottom edge, over the body, while the body goes on
 * past the window; the words say it, the arrow only helps. */
void ui_scroll_cue(App *a)
{
    /* Something of the body, not just its spare room at the end, is below. */
    bool below = false;
    for (int i = 0; i < a->dl.count && !below; i++) {
        const Item *it = &a->dl.items[i];
        int bottom = it->box.h > 0 ? it->box.y + it->box.h : it->box.y;
        below = it->scrolls && !it->overlay && bottom - a->scroll > a->height;
    }
    if (!below)
        return;
    const char *words = gfx_has_glyph(a->gfx, FONT_SMALL, 0x2193) ? _("More below \u2193")
                                                                  : _("More below");
    /* A band across the bottom, ruled off from the body it covers: the
     * body's lines pass under it rather than being cut by a box. */
    int pad = gfx_base_px(a->gfx) / 3 + 2, lh = gfx_line_height(a->gfx, FONT_SMALL);
    int tw = gfx_measure(a->gfx, FONT_SMALL, words, strlen(words));
    int h = lh + pad, y = a->height - h;
    int first = a->dl.count;
    Item *back = dl_add(&a->dl, ITEM_FILL, (LayoutBox){0, y, a->width, h});
    back->colour = C_BG;
    Item *rule = dl_add(&a->dl, ITEM_FILL, (LayoutBox){0, y, a->width, 2});
    rule->colour = C_TRACK_EDGE;
    Item *t = dl_add(&a->dl, ITEM_TEXT, (LayoutBox){(a->width - tw) / 2, y + pad / 2 + 1, tw, lh});
    t->font = FONT_SMALL;
    t->colour = C_TEXT;
    t->text = words;
    t->len = strlen(words);
    for (int i = first; i < a->dl.count; i++) {
        a->dl.items[i].scrolls = false;
        a->dl.items[i].overlay = true;
    }
}

/* The focus ring: thick, in the focus colour, standing off the button by a
 * gap, so it never reads as the hover (a change of fill) or a selected
 * option (an outline on the button itself). */
static void focus_ring(App *a, LayoutBox b)
{
    int ring = gfx_base_px(a->gfx) / 6 < 3 ? 3 : gfx_base_px(a->gfx) / 6;
    int off = ring / 2 + 2;
    LayoutBox r = {b.x - ring - off, b.y - ring - off, b.w + 2 * (ring + off),
                   b.h + 2 * (ring + off)};
    gfx_frame(a->gfx, r, ring, a->theme->focus_ring);
}

void ui_draw(App *a)
{
    Gfx *g = a->gfx;
    gfx_clear(g, a->theme->background);
    LayoutBox body = {0, a->dl.body_top, a->width, a->height - a->dl.body_top};
    int focus_index = -1, focusable = 0;
    int sel = gfx_base_px(g) / 6 < 3 ? 3 : gfx_base_px(g) / 6;
    for (int i = 0; i < a->dl.count; i++) {
        const Item *it = &a->dl.items[i];
        if (it->kind == ITEM_BUTTON && focusable++ == a->focus)
            focus_index = i;
    }
    for (int pass = 0; pass < 3; pass++) {
        /* The fixed header is drawn after the body so a scrolled body never
         * covers it; the scroll cue goes over both. */
        for (int i = 0; i < a->dl.count; i++) {
            const Item *it = &a->dl.items[i];
            if (pass == 2 ? !it->overlay : it->overlay || it->scrolls != (pass == 0))
                continue;
            gfx_clip(g, it->scrolls ? &body : NULL);
            LayoutBox b = on_screen(a, it);
            if (b.y > a->height || b.y + b.h < 0)
                continue;
            ThemeColour c = ui_colour(a, it->colour);
            switch (it->kind) {
            case ITEM_FILL: gfx_fill(g, b, c); break;
            case ITEM_FRAME: gfx_frame(g, b, it->value, c); break;
            case ITEM_TEXT:
                /* Glyphs sit in the middle of their line's box. */
                gfx_text(g, it->font, b.x, b.y + (b.h - gfx_font_height(g, it->font)) / 2,
                         it->text, it->len, c);
                break;
            case ITEM_LINE: gfx_line(g, b.x, b.y, b.x + b.w, b.y + b.h, it->value, it->arg, c); break;
            case ITEM_IMAGE:
                /* Pictures dim in the dark theme so they do not glare; a
                 * place (arg 1) fills the width and is cropped to the box. */
                (it->arg ? art_draw_band : art_draw)(a->art, g, it->text, b,
                                                    a->settings.theme == THEME_DARK ? 200 : 255);
                break;
            case ITEM_BUTTON: {
                bool hover = i == a->hover;
                gfx_fill(g, b, it->selected ? a->theme->card_background
                               : hover    ? a->theme->button_hover
                                          : a->theme->button_background);
                gfx_frame(g, b, it->selected ? sel : 1,
                          it->selected ? a->theme->accent
                          : hover      ? a->theme->text
                                       : a->theme->text_muted);
                if (i == focus_index)
                    focus_ring(a, b);
                break;
            }
            }
        }
    }
    gfx_clip(g, NULL);
}

/* The colour slot's name in the dump, so tests can find the kind marks. */
static const char *colour_name(ColourSlot c)
{
    static const char *names[] = {"bg", "text", "muted", "accent", "focus", "button",
                                  "button-text", "card", "track", "resentment", "growth",
                                  "intimacy", "track-edge", "better", "worse"};
    static const char *kinds[THEME_KINDS] = {"kind-rescue", "kind-support", "kind-boundary",
                                             "kind-self-care", "kind-neutral",
                                             "kind-it-depends", "kind-hurtful"};
    if (c >= C_KIND && c < C_KIND + THEME_KINDS)
        return kinds[c - C_KIND];
    return c < C_KIND ? names[c] : "?";
}

static const char *kind_name(ItemKind k)
{
    static const char *names[] = {"fill", "frame", "text", "button", "line", "image"};
    return names[k];
}

void ui_dump_to(App *a, FILE *f)
{
    int focusable = 0;
    fprintf(f, "screen %s\nwindow %d %d\nbody %d %d\nscroll %d\nfocus %d\n",
            screen_name(a->screen), a->width, a->height, a->dl.body_top, a->dl.content_h,
            a->scroll, a->focus);
    for (int i = 0; i < a->dl.count; i++) {
        const Item *it = &a->dl.items[i];
        LayoutBox b = on_screen(a, it);
        fprintf(f, "%s %d %d %d %d %s", kind_name(it->kind), b.x, b.y, b.w, b.h,
                it->overlay ? "overlay" : it->scrolls ? "body" : "fixed");
        if (it->kind == ITEM_FILL || it->kind == ITEM_FRAME || it->kind == ITEM_LINE)
            fprintf(f, " %s", colour_name(it->colour));
        if (it->kind == ITEM_BUTTON)
            fprintf(f, " action=%d arg=%d focus=%d%s", it->action, it->arg, focusable++,
                    it->selected ? " selected" : "");
        if (it->kind == ITEM_TEXT || it->kind == ITEM_IMAGE)
            fprintf(f, " %.*s", (int)it->len, it->text);
        fputc('\n', f);
    }
}

void ui_dump(App *a)
{
    if (!a->dump_path)
        return;
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", a->dump_path);
    FILE *f = fopen(tmp, "w");
    if (!f)
        return;
    ui_dump_to(a, f);
    if (fclose(f) == 0)
        rename(tmp, a->dump_path);
}
