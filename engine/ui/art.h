/* art.h — the window's pictures: portraits, covers and the title, kept as
 * SVG files in assets/ and rasterized at run time by SDL2_image (nanosvg)
 * at the size they are drawn, then kept as textures. A picture that is
 * missing or cannot be read is never fatal: the window lays out and draws
 * without it, and says once on stderr which file and why. */
#ifndef BESIDE_ART_H
#define BESIDE_ART_H

#include <stdbool.h>

#include "ui/gfx.h"

typedef struct Art Art;

/* Finds the pictures: $BESIDE_ASSETS when set (only there), else the
 * source tree's assets/, else the installed copy (share/beside/assets).
 * NULL only when memory runs out. */
Art *art_open(void);
void art_close(Art *a);
/* The folder in use, or NULL when none was found. */
const char *art_dir(const Art *a);

/* Whether NAME (a path under the folder without ".svg", like
 * "people/tom-hurt") is there to draw: the file exists and has not
 * failed to load. Says once on stderr when it is missing. */
bool art_has(Art *a, const char *name);
/* Draws NAME into `b`, rasterized at exactly that size, its colours
 * multiplied by `shade` (255: as drawn; less dims it for a dark theme).
 * False when it cannot (said once on stderr, and art_has is false from
 * then on). */
bool art_draw(Art *a, Gfx *g, const char *name, LayoutBox b, int shade);
/* Like art_draw for a wide picture (a place): rasterized at `b`'s width
 * keeping its shape, then cropped evenly top and bottom to `b`'s height
 * (or centred in it when the picture is lower than the box). */
bool art_draw_band(Art *a, Gfx *g, const char *name, LayoutBox b, int shade);

#endif
