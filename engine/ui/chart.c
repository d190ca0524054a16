/* chart.c — the debrief's meter journey: one line per meter across the
 * choices (solid, dashed, dotted, never colour alone), each choice marked
 * below the axis by the letter of its kind, and a legend in words. */
#include <string.h>

#include "core/i18n.h"
#include "ui/app.h"
#include "ui/screens.h"
#include "ui/view.h"

/* The plot area of the debrief chart: where it is, and its line width. */
typedef struct {
    int px, pw, top, h, thick;
} ChartArea;

/* One line per meter through the value after each choice, a dot at each. */
static void chart_lines(App *a, const ChartArea *c)
{
    const Run *r = &a->game.play.run;
    const Story *s = r->story;
    Position start;
    runtime_start(s, &start);
    int n = r->n_steps;
    for (int m = 0; m < 3 && m < play_meter_count(s); m++) {
        int prev_x = c->px, prev_y = c->top + c->h - c->h * start.meters[m] / 100;
        for (int i = 0; i < n; i++) {
            int cx = c->px + c->pw * (i + 1) / (n > 0 ? n : 1);
            int cy = c->top + c->h - c->h * r->steps[i].meters[m] / 100;
            Item *l = dl_add(&a->dl, ITEM_LINE, (LayoutBox){prev_x, prev_y, cx - prev_x,
                                                            cy - prev_y});
            l->colour = play_meter_colour(m);
            l->value = c->thick;
            l->arg = play_meter_dash(a, m);
            Item *dot = dl_add(&a->dl, ITEM_FILL, (LayoutBox){cx - c->thick * 2,
                                                              cy - c->thick * 2, c->thick * 4,
                                                              c->thick * 4});
            dot->colour = play_meter_colour(m);
            prev_x = cx, prev_y = cy;
        }
    }
}

/* Each choice's kind as a letter under its point (every k-th when they
 * would crowd). Returns the height. */
static int chart_letters(App *a, const ChartArea *c, int y)
{
    const Run *r = &a->game.play.run;
    const Story *s = r->story;
    int n = r->n_steps, lh_small = gfx_line_height(a->gfx, FONT_SMALL);
    int letter_w = gfx_measure(a->gfx, FONT_SMALL, "W", 1);
    int every = 1;
    while (n > 0 && c->pw * every / n < letter_w + 2)
        every++;
    for (int i = 0; i < n; i += every) {
        const Choice *ch = &s->scenes[r->steps[i].scene].choices[r->steps[i].choice];
        static const char letters[KIND_COUNT][2] = {"R", "S", "B", "C", "N", "D", "H"};
        int cx = c->px + c->pw * (i + 1) / n;
        Item *t = dl_add(&a->dl, ITEM_TEXT, (LayoutBox){cx - letter_w / 2, y, letter_w, lh_small});
        t->font = FONT_SMALL;
        t->colour = C_TEXT;
        t->text = letters[ch->kind];
        t->len = 1;
    }
    return lh_small;
}

/* The legend: each meter's line style beside its name, then the letters.
 * Returns the height. */
static int chart_legend(App *a, const ChartArea *c, int x, int y, int w)
{
    const Story *s = a->game.play.run.story;
    int gap = ui_gap(a), lh_small = gfx_line_height(a->gfx, FONT_SMALL), y0 = y;
    for (int m = 0; m < 3 && m < play_meter_count(s); m++) {
        int sample = gfx_base_px(a->gfx) * 2, ly = y + lh_small / 2;
        Item *l = dl_add(&a->dl, ITEM_LINE, (LayoutBox){x, ly, sample, 0});
        l->colour = play_meter_colour(m);
        l->value = c->thick;
        l->arg = play_meter_dash(a, m);
        y += ui_text(a, FONT_SMALL, C_TEXT, x + sample + gap / 2, y, w - sample - gap / 2,
                     dl_printf(&a->dl, _("%s, %s (now %d)"), _(s->meters[m].label),
                               s->meters[m].higher_is_better ? _("higher is better")
                                                             : _("lower is better"),
                               a->game.play.run.pos.meters[m]));
    }
    y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w,
                 _("Letters under the chart: R rescue, S support, B boundary, C self-care, "
                   "N neutral, D it depends, H hurtful."));
    return y - y0;
}

int play_chart(App *a, int x, int y, int w)
{
    int gap = ui_gap(a), lh_small = gfx_line_height(a->gfx, FONT_SMALL), y0 = y;
    int label_w = gfx_measure(a->gfx, FONT_SMALL, "100", 3) + gap / 2;
    /* The y-axis's name, over its numbers (text is not set sideways). */
    y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w, _("Meter value, 0 to 100"));
    int h = w / 2;
    if (h > 10 * lh_small)
        h = 10 * lh_small;
    if (h < 4 * lh_small)
        h = 4 * lh_small;
    ChartArea c = {.px = x + label_w, .pw = w - label_w - gap / 2, .top = y + lh_small / 2,
                   .h = h};
    if (c.pw < 10)
        c.pw = 10;
    c.thick = gfx_base_px(a->gfx) / 6 < 2 ? 2 : gfx_base_px(a->gfx) / 6;
    for (int v = 0; v <= 100; v += 50) {
        int gy = c.top + h - h * v / 100;
        Item *g = dl_add(&a->dl, ITEM_FILL, (LayoutBox){c.px, gy, c.pw, 1});
        g->colour = C_TRACK;
        const char *t = dl_printf(&a->dl, "%d", v);
        Item *lab = dl_add(&a->dl, ITEM_TEXT, (LayoutBox){x, gy - lh_small / 2,
                                                          gfx_measure(a->gfx, FONT_SMALL, t,
                                                                      strlen(t)), lh_small});
        lab->font = FONT_SMALL;
        lab->colour = C_MUTED;
        lab->text = t;
        lab->len = strlen(t);
    }
    Item *axis = dl_add(&a->dl, ITEM_FILL, (LayoutBox){c.px - 1, c.top, 1, h + 1});
    axis->colour = C_TRACK_EDGE;
    chart_lines(a, &c);
    y = c.top + h + gap / 3;
    y += chart_letters(a, &c, y) + gap / 2;
    y += chart_legend(a, &c, x, y, w);
    return y - y0;
}

