/* places_ui.c — the place band above a scene's text (places_ui.h). The
 * scene's words always say where we are; the band only sets the scene, so
 * it gives way first when room is short. */
#include "ui/places_ui.h"

#include <string.h>

#include "core/places.h"
#include "ui/art.h"
#include "ui/people.h"
#include "ui/view.h"

/* A very short or narrow window keeps its room for the words. */
enum { BAND_LINES_KEPT = 10, BAND_MIN_WIDTH = 320, BAND_MIN_WINDOW_H = 540 };

int play_place(App *a, int scene, int x, int y, int w)
{
    if (!people_art_on(a) || a->present.on || w < BAND_MIN_WIDTH || a->height < BAND_MIN_WINDOW_H)
        return 0;
    const char *place = places_of_scene(a->game.play.run.story, scene);
    if (!place)
        return 0;
    const char *name = dl_printf(&a->dl, "places/%s", place);
    if (!art_has(a->art, name))
        return 0;
    int h = w / 4, gap = ui_gap(a);
    if (h > a->height / 5)
        h = a->height / 5;
    /* Ten lines of the scene must still fit in the body under the band:
     * a short window or text at 200% keeps its room for the words. */
    int room = a->height - a->dl.body_top;
    if (room - h - gap < BAND_LINES_KEPT * gfx_line_height(a->gfx, FONT_BODY))
        return 0;
    Item *it = dl_add(&a->dl, ITEM_IMAGE, (LayoutBox){x, y, w, h});
    it->text = name;
    it->len = strlen(name);
    it->arg = 1;
    return h + gap;
}
