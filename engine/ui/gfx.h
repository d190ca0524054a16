/* gfx.h — the thin layer over SDL2 and SDL2_ttf that the window draws with:
 * the window and renderer, the four fonts at the current size, a cache of
 * rendered text, and a few primitives. Everything is in output pixels, so a
 * HiDPI display renders sharp; gfx_mouse converts window coordinates. */
#ifndef BESIDE_GFX_H
#define BESIDE_GFX_H

#include <stdbool.h>
#include <stddef.h>

#include "ui/layout.h"
#include "ui/theme.h"

/* FONT_TITLE is the title screen's name of the game: bold, three times
 * the body's size. */
typedef enum { FONT_BODY, FONT_BOLD, FONT_HEADING, FONT_SMALL, FONT_TITLE, FONT_COUNT } FontRole;

typedef struct {
    int width, height; /* window size in screen units; 0: a size that fits */
    bool fullscreen;
} GfxOptions;

typedef struct Gfx Gfx;

/* Opens the window and a renderer:
 * accelerated when the system has one, SDL's software renderer otherwise.
 * NULL with *err set when there is no display or SDL fails. */
Gfx *gfx_open(const GfxOptions *o, char **err);
void gfx_close(Gfx *g);

/* (Re)opens the fonts from these files at `base_px` (body text); the other
 * roles are sized from it. Keeps the old fonts on failure: -1, *err set. */
int gfx_set_fonts(Gfx *g, const char *regular, const char *bold, int base_px, char **err);
int gfx_base_px(const Gfx *g);

/* Width in pixels of `len` bytes of UTF-8 set in `role`. */
int gfx_measure(Gfx *g, FontRole role, const char *s, size_t len);
/* The line advance of a role: 1.5 times its size for reading text. */
int gfx_line_height(const Gfx *g, FontRole role);
/* Whether the font of `role` has a glyph for `codepoint` (not every font
 * has every sign: OpenDyslexic has no check mark). */
bool gfx_has_glyph(const Gfx *g, FontRole role, unsigned codepoint);
/* The height of the font's glyph boxes (what a rendered line is). */
int gfx_font_height(const Gfx *g, FontRole role);
/* The width of an average character of running text (spaces included) in
 * the body font, and in any font. */
int gfx_char_width(Gfx *g);
int gfx_role_char_width(Gfx *g, FontRole role);

void gfx_output_size(Gfx *g, int *w, int *h);
/* Converts window coordinates (mouse events) to output pixels. */
void gfx_mouse(Gfx *g, int *x, int *y);
/* A pointing hand over buttons, the arrow elsewhere. */
void gfx_pointer(Gfx *g, bool over_button);
void gfx_set_fullscreen(Gfx *g, bool on);
bool gfx_fullscreen(const Gfx *g);
void gfx_resize(Gfx *g, int w, int h);
unsigned gfx_window_id(const Gfx *g);

void gfx_clear(Gfx *g, ThemeColour c);
void gfx_fill(Gfx *g, LayoutBox b, ThemeColour c);
/* A rectangle outline `t` pixels thick, inside the box. */
void gfx_frame(Gfx *g, LayoutBox b, int t, ThemeColour c);
/* A line `t` pixels thick; dashed when `dash` > 0 (dash length in pixels). */
void gfx_line(Gfx *g, int x1, int y1, int x2, int y2, int t, int dash, ThemeColour c);
/* Draws one line of text with its top-left at (x, y). */
void gfx_text(Gfx *g, FontRole role, int x, int y, const char *s, size_t len, ThemeColour c);
/* Covers the whole window with `c` at opacity `alpha` (0 none, 255 all):
 * the fade between scenes. */
void gfx_veil(Gfx *g, ThemeColour c, int alpha);
/* The SDL_Renderer, for the pictures (ui/art.c); NULL before the window. */
struct SDL_Renderer *gfx_renderer(Gfx *g);
/* Limits drawing to `b`; NULL lifts the limit. */
void gfx_clip(Gfx *g, const LayoutBox *b);
/* Shows the frame. Drops cached text
 * that was not drawn in this frame once the cache holds many entries. */
void gfx_present(Gfx *g);

#endif
