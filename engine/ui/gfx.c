/* gfx.c — SDL2 and SDL2_ttf behind the small interface in gfx.h. Rendered
 * text is kept as textures keyed by font, colour and bytes, so a redraw of an
 * unchanged screen renders no glyphs at all. */
#include "ui/gfx.h"

#include <SDL.h>
#include <SDL_ttf.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"

enum { CACHE_BUCKETS = 1024, CACHE_KEEP = 400, FONT_SETS = 6 };

/* The fonts of every role at one base size. A few are kept open, so a
 * screen that tries its layout at smaller sizes (the projected decision,
 * present_screens.c) switches between them without opening fonts again. */
typedef struct {
    char *regular, *bold; /* the files; bold may be NULL */
    int base_px;
    TTF_Font *font[FONT_COUNT];
    int size[FONT_COUNT];
    int char_w[FONT_COUNT];
    unsigned long used;   /* when it was last chosen */
} FontSet;

typedef struct CacheEntry {
    struct CacheEntry *next;
    uint32_t hash;
    int role, size;
    ThemeColour colour;
    SDL_Texture *tex;
    int w, h;
    unsigned long used; /* the frame it was last drawn in */
    size_t len;
    char bytes[];
} CacheEntry;

struct Gfx {
    SDL_Window *win;
    SDL_Renderer *ren;
    TTF_Font *font[FONT_COUNT];
    int size[FONT_COUNT];
    int base_px;
    int char_w[FONT_COUNT];
    FontSet sets[FONT_SETS]; /* own the fonts above; unused ones have base_px 0 */
    int active;              /* the set in use, or -1 */
    unsigned long set_clock;
    bool fullscreen;
    SDL_Cursor *hand; /* over buttons; NULL: the system's arrow */
    int windowed_w, windowed_h; /* the size to go back to after full screen */
    unsigned long frame;
    CacheEntry *cache[CACHE_BUCKETS];
    int cache_count;
    char *scratch; /* NUL-terminated copies for SDL_ttf */
    size_t scratch_cap;
};

static char *dup_error(const char *what)
{
    const char *why = SDL_GetError();
    size_t n = strlen(what) + strlen(why) + 4;
    char *m = malloc(n);
    if (m)
        snprintf(m, n, "%s: %s", what, why);
    return m;
}

/* The window draws a few rectangles and cached text, which SDL's software
 * renderer does in a millisecond or two. On X11 that renderer blits
 * straight to the window when SDL is told not to "accelerate" its
 * framebuffer; otherwise SDL loads OpenGL just to show the frame, which
 * costs ~45 ms at start and ~90 MB under Mesa's software GL (llvmpipe, as
 * on Xvfb and many old laptops). So on X11 the plain software path is the
 * default. SDL_RENDER_DRIVER and SDL_FRAMEBUFFER_ACCELERATION in the
 * environment still choose otherwise. */
static SDL_Renderer *create_renderer(SDL_Window *win)
{
    const char *driver = SDL_GetCurrentVideoDriver();
    const char *chosen = SDL_getenv("SDL_RENDER_DRIVER");
    if (driver && strcmp(driver, "x11") == 0 && !(chosen && *chosen)) {
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
        SDL_Renderer *r = SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE);
        if (r)
            return r;
    }
    SDL_Renderer *r = SDL_CreateRenderer(win, -1, SDL_RENDERER_PRESENTVSYNC);
    return r ? r : SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE);
}

Gfx *gfx_open(const GfxOptions *o, char **err)
{
    *err = NULL;
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        *err = dup_error(_("Could not open a window (no display?)"));
        return NULL;
    }
    if (TTF_Init() != 0) {
        *err = dup_error(_("Could not start the font renderer"));
        SDL_Quit();
        return NULL;
    }
    Gfx *g = calloc(1, sizeof *g);
    if (!g) {
        TTF_Quit();
        SDL_Quit();
        return NULL;
    }
    g->active = -1;
    int w = o->width, h = o->height, pos = SDL_WINDOWPOS_CENTERED, cw, ch;
    SDL_DisplayMode dm;
    bool have_dm = SDL_GetDesktopDisplayMode(0, &dm) == 0;
    if (w <= 0 || h <= 0) {
        w = 1024, h = 720;
        if (have_dm) {
            /* Most of a small screen, a comfortable window on a big one. */
            if (w > dm.w * 9 / 10)
                w = dm.w * 9 / 10;
            if (h > dm.h * 85 / 100)
                h = dm.h * 85 / 100;
        }
    }
    cw = w, ch = h;
    if (o->fullscreen && have_dm && (o->width <= 0 || o->height <= 0)) {
        /* Starting in full screen: the window covers the display from the
         * start, so it fills the screen even where no window manager acts
         * on the full-screen request; F11 then gives back the size above. */
        cw = dm.w, ch = dm.h, pos = 0;
        g->windowed_w = w, g->windowed_h = h;
    }
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (o->fullscreen)
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    g->fullscreen = o->fullscreen;
    g->win = SDL_CreateWindow("Beside", pos, pos, cw, ch, flags);
    if (!g->win) {
        *err = dup_error(_("Could not open a window"));
        gfx_close(g);
        return NULL;
    }
    SDL_SetWindowMinimumSize(g->win, 240, 240);
    g->ren = create_renderer(g->win);
    if (!g->ren) {
        *err = dup_error(_("Could not draw in the window"));
        gfx_close(g);
        return NULL;
    }
    SDL_SetRenderDrawBlendMode(g->ren, SDL_BLENDMODE_BLEND);
    /* SDL starts with text input on; only the journal page wants it. */
    SDL_StopTextInput();
    return g;
}

static void cache_clear(Gfx *g)
{
    for (int i = 0; i < CACHE_BUCKETS; i++) {
        CacheEntry *e = g->cache[i];
        while (e) {
            CacheEntry *next = e->next;
            SDL_DestroyTexture(e->tex);
            free(e);
            e = next;
        }
        g->cache[i] = NULL;
    }
    g->cache_count = 0;
}

static void set_free(FontSet *s)
{
    for (int i = 0; i < FONT_COUNT; i++)
        if (s->font[i])
            TTF_CloseFont(s->font[i]);
    free(s->regular);
    free(s->bold);
    memset(s, 0, sizeof *s);
}

void gfx_pointer(Gfx *g, bool over_button)
{
    if (!g->hand)
        g->hand = SDL_CreateSystemCursor(SDL_SYSTEM_CURSOR_HAND);
    SDL_Cursor *c = over_button && g->hand ? g->hand : SDL_GetDefaultCursor();
    if (c)
        SDL_SetCursor(c);
}

void gfx_close(Gfx *g)
{
    if (!g)
        return;
    cache_clear(g);
    if (g->hand)
        SDL_FreeCursor(g->hand);
    for (int k = 0; k < FONT_SETS; k++)
        set_free(&g->sets[k]);
    if (g->ren)
        SDL_DestroyRenderer(g->ren);
    if (g->win)
        SDL_DestroyWindow(g->win);
    free(g->scratch);
    free(g);
    TTF_Quit();
    SDL_Quit();
}

static bool same_file(const char *x, const char *y)
{
    return (!x && !y) || (x && y && strcmp(x, y) == 0);
}

/* Makes set k the fonts in use. Textures are keyed by role and size, so
 * they stay good unless the font files changed. */
static void set_use(Gfx *g, int k)
{
    FontSet *s = &g->sets[k];
    if (g->active >= 0 && (!same_file(g->sets[g->active].regular, s->regular) ||
                           !same_file(g->sets[g->active].bold, s->bold)))
        cache_clear(g);
    memcpy(g->font, s->font, sizeof g->font);
    memcpy(g->size, s->size, sizeof g->size);
    memcpy(g->char_w, s->char_w, sizeof g->char_w);
    g->base_px = s->base_px;
    g->active = k;
    s->used = ++g->set_clock;
}

/* Opens every role's font at base_px into s; -1 with *err set. */
static int set_open(FontSet *s, const char *regular, const char *bold, int base_px, char **err)
{
    int sizes[FONT_COUNT] = {
        [FONT_BODY] = base_px,
        [FONT_BOLD] = base_px,
        [FONT_HEADING] = base_px * 7 / 5,
        [FONT_SMALL] = base_px * 17 / 20 < 12 ? 12 : base_px * 17 / 20,
        [FONT_TITLE] = base_px * 3,
    };
    memset(s, 0, sizeof *s);
    for (int i = 0; i < FONT_COUNT; i++) {
        const char *path = (i == FONT_BOLD || i == FONT_HEADING || i == FONT_TITLE) && bold ? bold : regular;
        s->font[i] = TTF_OpenFont(path, sizes[i]);
        if (!s->font[i]) {
            *err = text_format(_("Could not open the font %s: %s. Reinstall the package that "
                                 "holds it (for DejaVu Sans: sudo apt install "
                                 "fonts-dejavu-core)."), path, TTF_GetError());
            set_free(s);
            return -1;
        }
        /* A font without a bold face is emboldened by SDL_ttf. */
        if ((i == FONT_BOLD || i == FONT_HEADING || i == FONT_TITLE) && !bold)
            TTF_SetFontStyle(s->font[i], TTF_STYLE_BOLD);
        s->size[i] = sizes[i];
    }
    /* The average character of running English text, spaces and all, so a
     * column of N average characters holds about N characters of a story. */
    static const char sample[] = "You sit with him at the end of the bar, and for once you "
                                 "do not make a plan. It is his to sort out.";
    for (int i = 0; i < FONT_COUNT; i++) {
        int w = 0;
        TTF_SizeUTF8(s->font[i], sample, &w, NULL);
        int n = (int)strlen(sample);
        s->char_w[i] = (w + n - 1) / n > 0 ? (w + n - 1) / n : 1;
    }
    s->regular = strdup(regular);
    s->bold = bold ? strdup(bold) : NULL;
    if (!s->regular || (bold && !s->bold)) {
        *err = strdup(_("Out of memory opening the fonts."));
        set_free(s);
        return -1;
    }
    s->base_px = base_px;
    return 0;
}

int gfx_set_fonts(Gfx *g, const char *regular, const char *bold, int base_px, char **err)
{
    *err = NULL;
    int k = -1, spare = -1;
    for (int i = 0; i < FONT_SETS; i++) {
        const FontSet *s = &g->sets[i];
        if (s->base_px == base_px && same_file(s->regular, regular) && same_file(s->bold, bold))
            k = i;
        else if (i != g->active && (spare < 0 || s->used < g->sets[spare].used))
            spare = i; /* unused sets have used 0: they go first */
    }
    if (k < 0) {
        FontSet fresh;
        if (set_open(&fresh, regular, bold, base_px, err) < 0)
            return -1; /* the old fonts stay */
        set_free(&g->sets[spare]);
        g->sets[spare] = fresh;
        k = spare;
    }
    set_use(g, k);
    return 0;
}

int gfx_base_px(const Gfx *g) { return g->base_px; }
int gfx_char_width(Gfx *g) { return g->char_w[FONT_BODY]; }
int gfx_role_char_width(Gfx *g, FontRole role) { return g->char_w[role]; }

static const char *terminated(Gfx *g, const char *s, size_t len)
{
    if (len + 1 > g->scratch_cap) {
        size_t cap = (len + 1) * 2;
        char *p = realloc(g->scratch, cap);
        if (!p)
            return "";
        g->scratch = p;
        g->scratch_cap = cap;
    }
    memcpy(g->scratch, s, len);
    g->scratch[len] = '\0';
    return g->scratch;
}

int gfx_measure(Gfx *g, FontRole role, const char *s, size_t len)
{
    int w = 0;
    if (len == 0 || !g->font[role])
        return 0;
    if (TTF_SizeUTF8(g->font[role], terminated(g, s, len), &w, NULL) != 0)
        return 0;
    return w;
}

bool gfx_has_glyph(const Gfx *g, FontRole role, unsigned codepoint)
{
    return g->font[role] && codepoint <= 0xFFFF &&
           TTF_GlyphIsProvided(g->font[role], (Uint16)codepoint) != 0;
}

int gfx_font_height(const Gfx *g, FontRole role)
{
    return g->font[role] ? TTF_FontHeight(g->font[role]) : 0;
}

int gfx_line_height(const Gfx *g, FontRole role)
{
    if (role == FONT_HEADING)
        return g->size[role] * 13 / 10;
    if (role == FONT_TITLE)
        return g->size[role] * 6 / 5;
    return layout_line_height(g->size[role]);
}

void gfx_output_size(Gfx *g, int *w, int *h)
{
    if (SDL_GetRendererOutputSize(g->ren, w, h) != 0)
        SDL_GetWindowSize(g->win, w, h);
}

void gfx_mouse(Gfx *g, int *x, int *y)
{
    int ww, wh, ow, oh;
    SDL_GetWindowSize(g->win, &ww, &wh);
    gfx_output_size(g, &ow, &oh);
    if (ww > 0 && wh > 0) {
        *x = *x * ow / ww;
        *y = *y * oh / wh;
    }
}

void gfx_set_fullscreen(Gfx *g, bool on)
{
    if (on == g->fullscreen)
        return;
    if (on)
        SDL_GetWindowSize(g->win, &g->windowed_w, &g->windowed_h);
    if (SDL_SetWindowFullscreen(g->win, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0) != 0)
        return;
    g->fullscreen = on;
    /* Without a window manager nothing restores the old size by itself. */
    if (!on && g->windowed_w > 0)
        SDL_SetWindowSize(g->win, g->windowed_w, g->windowed_h);
}

bool gfx_fullscreen(const Gfx *g) { return g->fullscreen; }
void gfx_resize(Gfx *g, int w, int h) { SDL_SetWindowSize(g->win, w, h); }
unsigned gfx_window_id(const Gfx *g) { return SDL_GetWindowID(g->win); }

static void colour(Gfx *g, ThemeColour c)
{
    SDL_SetRenderDrawColor(g->ren, c.r, c.g, c.b, 255);
}

void gfx_clear(Gfx *g, ThemeColour c)
{
    colour(g, c);
    SDL_RenderClear(g->ren);
}

void gfx_veil(Gfx *g, ThemeColour c, int alpha)
{
    if (alpha <= 0)
        return;
    SDL_SetRenderDrawBlendMode(g->ren, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(g->ren, c.r, c.g, c.b, (Uint8)(alpha > 255 ? 255 : alpha));
    SDL_RenderFillRect(g->ren, NULL);
    SDL_SetRenderDrawBlendMode(g->ren, SDL_BLENDMODE_NONE);
}

struct SDL_Renderer *gfx_renderer(Gfx *g) { return g ? g->ren : NULL; }

void gfx_fill(Gfx *g, LayoutBox b, ThemeColour c)
{
    if (b.w <= 0 || b.h <= 0)
        return;
    colour(g, c);
    SDL_Rect r = {b.x, b.y, b.w, b.h};
    SDL_RenderFillRect(g->ren, &r);
}

void gfx_frame(Gfx *g, LayoutBox b, int t, ThemeColour c)
{
    if (t * 2 >= b.w || t * 2 >= b.h) {
        gfx_fill(g, b, c);
        return;
    }
    gfx_fill(g, (LayoutBox){b.x, b.y, b.w, t}, c);
    gfx_fill(g, (LayoutBox){b.x, b.y + b.h - t, b.w, t}, c);
    gfx_fill(g, (LayoutBox){b.x, b.y + t, t, b.h - 2 * t}, c);
    gfx_fill(g, (LayoutBox){b.x + b.w - t, b.y + t, t, b.h - 2 * t}, c);
}

void gfx_line(Gfx *g, int x1, int y1, int x2, int y2, int t, int dash, ThemeColour c)
{
    colour(g, c);
    int dx = abs(x2 - x1), dy = abs(y2 - y1);
    int steps = dx > dy ? dx : dy;
    if (steps == 0)
        steps = 1;
    if (t < 1)
        t = 1;
    /* A thick line is stamped as squares along the way; a dashed one skips
     * every other dash. Cheap for the few short lines of a chart. */
    for (int i = 0; i <= steps; i++) {
        if (dash > 0 && (i / dash) % 2 == 1)
            continue;
        int x = x1 + (x2 - x1) * i / steps, y = y1 + (y2 - y1) * i / steps;
        SDL_Rect r = {x - t / 2, y - t / 2, t, t};
        SDL_RenderFillRect(g->ren, &r);
    }
}

static uint32_t hash_key(int role, int size, ThemeColour c, const char *s, size_t len)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    h = (h ^ (uint32_t)role) * 16777619u;
    h = (h ^ (uint32_t)size) * 16777619u;
    h = (h ^ ((uint32_t)c.r << 16 | (uint32_t)c.g << 8 | c.b)) * 16777619u;
    return h;
}

void gfx_text(Gfx *g, FontRole role, int x, int y, const char *s, size_t len, ThemeColour c)
{
    if (len == 0 || !g->font[role])
        return;
    uint32_t h = hash_key(role, g->size[role], c, s, len);
    CacheEntry **slot = &g->cache[h % CACHE_BUCKETS], *e;
    for (e = *slot; e; e = e->next)
        if (e->hash == h && e->len == len && e->role == (int)role && e->size == g->size[role] &&
            e->colour.r == c.r && e->colour.g == c.g && e->colour.b == c.b &&
            memcmp(e->bytes, s, len) == 0)
            break;
    if (!e) {
        SDL_Color col = {c.r, c.g, c.b, 255};
        SDL_Surface *surf = TTF_RenderUTF8_Blended(g->font[role], terminated(g, s, len), col);
        if (!surf)
            return;
        SDL_Texture *tex = SDL_CreateTextureFromSurface(g->ren, surf);
        int w = surf->w, hh = surf->h;
        SDL_FreeSurface(surf);
        if (!tex)
            return;
        e = malloc(sizeof *e + len);
        if (!e) {
            SDL_DestroyTexture(tex);
            return;
        }
        *e = (CacheEntry){.next = *slot, .hash = h, .role = role, .size = g->size[role],
                          .colour = c, .tex = tex, .w = w, .h = hh, .len = len};
        memcpy(e->bytes, s, len);
        *slot = e;
        g->cache_count++;
    }
    e->used = g->frame;
    SDL_Rect dst = {x, y, e->w, e->h};
    SDL_RenderCopy(g->ren, e->tex, NULL, &dst);
}

void gfx_clip(Gfx *g, const LayoutBox *b)
{
    if (!b) {
        SDL_RenderSetClipRect(g->ren, NULL);
        return;
    }
    SDL_Rect r = {b->x, b->y, b->w, b->h};
    SDL_RenderSetClipRect(g->ren, &r);
}

void gfx_present(Gfx *g)
{
    SDL_RenderPresent(g->ren);
    if (g->cache_count > CACHE_KEEP) {
        for (int i = 0; i < CACHE_BUCKETS; i++) {
            CacheEntry **p = &g->cache[i];
            while (*p) {
                CacheEntry *e = *p;
                if (e->used != g->frame) {
                    *p = e->next;
                    SDL_DestroyTexture(e->tex);
                    free(e);
                    g->cache_count--;
                } else {
                    p = &e->next;
                }
            }
        }
    }
    g->frame++;
}
