/* people_ui.c — the pictures in the window's screens: the people of a
 * scene, the face after a choice with its caption, the covers on the story
 * cards, the title, and the short fade between scenes. Every picture is an
 * ITEM_IMAGE in the display list; without pictures (off in Settings, the
 * high-contrast theme, a missing file) the words alone say it all. */
#include <SDL.h>
#include <string.h>

#include "core/people.h"
#include "ui/app.h"
#include "ui/art.h"
#include "ui/people.h"
#include "ui/view.h"

enum { FADE_MS = 180 };

bool people_art_on(const App *a)
{
    return a->art && art_dir(a->art) && !a->settings.art_off &&
           a->settings.theme != THEME_HIGH_CONTRAST;
}

bool people_image(App *a, const char *name, LayoutBox b)
{
    if (!people_art_on(a) || !art_has(a->art, name))
        return false;
    Item *it = dl_add(&a->dl, ITEM_IMAGE, b);
    it->text = name;
    it->len = strlen(name);
    return true;
}

/* One portrait with the person's name under it; the height used, 0 when
 * the picture is not there. */
static int portrait(App *a, const Person *p, const char *face, int x, int y, int size)
{
    const char *name = dl_printf(&a->dl, "people/%s-%s", p->art, face);
    if (!people_image(a, name, (LayoutBox){x, y, size, size}))
        return 0;
    int tw = gfx_measure(a->gfx, FONT_SMALL, p->name, strlen(p->name));
    if (tw > size)
        return size;
    return size + ui_text(a, FONT_SMALL, C_MUTED, x + (size - tw) / 2, y + size, size, p->name);
}

int people_draw_scene(App *a, int x, int y, int w, int *bottom)
{
    const Run *r = &a->game.play.run;
    const Story *s = r->story;
    int who[STORY_MAX_WITH];
    int n = people_art_on(a) ? people_in_scene(s, r->pos.scene, who) : 0;
    *bottom = y;
    if (n == 0)
        return 0;
    int gap = ui_gap(a), margin = layout_margin(gfx_char_width(a->gfx));
    int side = x - margin - gap, most = a->height / 4;
    if (side >= a->height / 7) {
        /* Wide window: the people stand at the left of the text. */
        int size = side < most ? side : most;
        for (int i = 0; i < n; i++) {
            int h = portrait(a, &s->people[who[i]], "calm", x - gap - size, y, size);
            if (h > 0) {
                *bottom = y + h;
                y += h + gap / 2;
            }
        }
        return 0;
    }
    /* Narrow window: a row of small portraits above the text. */
    int size = gfx_line_height(a->gfx, FONT_BODY) * 3, used = 0;
    if (size * n + gap * (n - 1) > w)
        size = (w - gap * (n - 1)) / n;
    for (int i = 0; i < n; i++) {
        int h = portrait(a, &s->people[who[i]], "calm", x, y, size);
        if (h > 0) {
            x += size + gap / 2;
            used = h > used ? h : used;
        }
    }
    *bottom = y + used;
    return used > 0 ? used + gap / 2 : 0;
}

int people_draw_reaction(App *a, int x, int y, int w)
{
    const Run *r = &a->game.play.run;
    const Story *s = r->story;
    if (r->n_steps == 0 || !a->game.feedback.choice)
        return 0;
    int who[STORY_MAX_WITH];
    int n = people_in_scene(s, r->steps[r->n_steps - 1].scene, who);
    if (n == 0)
        return 0;
    const Person *p = &s->people[who[0]];
    Face face = people_reaction(s, &a->game.feedback, who[0]);
    char caption[200];
    people_caption(s, who[0], face, caption, sizeof caption);
    const char *said = dl_printf(&a->dl, "%s", caption);
    int lh = gfx_line_height(a->gfx, FONT_BOLD), size = lh * 3, gap = ui_gap(a);
    const char *name = dl_printf(&a->dl, "people/%s-%s", p->art, people_face_name(face));
    if (w < size * 3 || !people_image(a, name, (LayoutBox){x, y, size, size}))
        return ui_text(a, FONT_BOLD, C_TEXT, x, y, w, said) + gap;
    /* The words beside the face, level with its middle. */
    int th = ui_text(a, FONT_BOLD, C_TEXT, x + size + gap, y + (size - lh) / 2, w - size - gap,
                     said);
    return (th > size ? th : size) + gap;
}

int people_cover(App *a, const Story *s, int x, int y, int w)
{
    if (!s->id || w <= 0)
        return 0;
    int h = w * 9 / 16;
    if (h > a->height / 4) { /* a narrow window keeps room for the words */
        h = a->height / 4;
        w = h * 16 / 9;
    }
    return people_image(a, dl_printf(&a->dl, "covers/%s", s->id), (LayoutBox){x, y, w, h}) ? h : 0;
}

int people_title_height(App *a, int w, int most)
{
    /* The picture is 16:5; at most a quarter of the window high, and not
     * worth showing under three lines of text high. */
    int ph = w * 5 / 16;
    if (ph > a->height / 4)
        ph = a->height / 4;
    if (ph > most)
        ph = most;
    if (ph < gfx_line_height(a->gfx, FONT_BODY) * 3 || !people_art_on(a) || !art_has(a->art, "title"))
        return 0;
    return ph + ui_gap(a) / 2;
}

int people_title(App *a, int x, int y, int w, int picture)
{
    int y0 = y, gap = ui_gap(a);
    int ph = picture - gap / 2, pw = ph * 16 / 5;
    static const char word[] = "Beside";
    int tw = gfx_measure(a->gfx, FONT_TITLE, word, strlen(word));
    if (picture == 0) {
        /* No room above the word (a short window, many buttons): the
         * picture stands beside it, as high as its line, if that fits. */
        int lh = gfx_line_height(a->gfx, FONT_TITLE);
        pw = lh * 16 / 5 < w - gap - tw ? lh * 16 / 5 : w - gap - tw;
        ph = pw * 5 / 16;
        int left = x + (w - pw - gap - tw) / 2;
        if (ph >= lh / 2 && people_art_on(a) &&
            people_image(a, "title", (LayoutBox){left, y + (lh - ph) / 2, pw, ph}))
            return ui_text(a, FONT_TITLE, C_ACCENT, left + pw + gap, y, tw + 1, word);
    }
    if (picture > 0 && people_image(a, "title", (LayoutBox){x + (w - pw) / 2, y, pw, ph}))
        y += picture;
    y += ui_text(a, FONT_TITLE, C_ACCENT, x + (w - tw > 0 ? (w - tw) / 2 : 0), y, w, word);
    return y - y0;
}

void people_fade_check(App *a)
{
    bool scene = a->screen == SCREEN_PLAY || a->screen == SCREEN_DEBRIEF ||
                 a->screen == SCREEN_PRESENT;
    long key = scene ? 1 + (long)a->screen * 1000003L + (long)a->game.feedback_shown * 7919L +
                           (long)a->game.play.run.n_steps * 31L + a->game.play.run.pos.scene
                     : 0;
    if (key == a->fade_key)
        return;
    /* A new moment of the story fades in, unless motion is reduced. */
    if (key != 0 && !a->settings.reduce_motion)
        a->fade_start = SDL_GetTicks() | 1;
    a->fade_key = key;
}

bool people_fade_tick(App *a)
{
    if (!a->fade_start)
        return false;
    if (SDL_GetTicks() - a->fade_start >= FADE_MS || a->settings.reduce_motion)
        a->fade_start = 0;
    a->dirty = true;
    return true;
}

void people_fade_draw(App *a)
{
    if (!a->fade_start)
        return;
    Uint32 t = SDL_GetTicks() - a->fade_start;
    if (t >= FADE_MS)
        return;
    gfx_veil(a->gfx, a->theme->background, (int)(230 * (FADE_MS - t) / FADE_MS));
}
