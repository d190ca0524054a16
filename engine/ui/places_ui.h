/* places_ui.h — the place band: the picture of where a scene happens
 * (place = in the story; assets/places/NAME.svg), drawn across the top of
 * the reading column above the scene's text and people (docs/ART.md). */
#ifndef BESIDE_PLACES_UI_H
#define BESIDE_PLACES_UI_H

#include "ui/app.h"

/* Adds the band for scene `scene` of the story in play at (x, y), `w`
 * wide, as an ITEM_IMAGE with arg 1 (fill the width, crop top and
 * bottom). Returns the height it takes with the gap under it; 0 when
 * there is none: pictures off or high contrast, the projector, no place
 * or no picture, or a window too narrow or short (or text too big) to
 * keep ten lines of text in view under it. Its height is at most a
 * quarter of `w` (the pictures are 4:1) and a fifth of the window. */
int play_place(App *a, int scene, int x, int y, int w);

#endif
