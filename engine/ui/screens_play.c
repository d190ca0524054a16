/* screens_play.c — the play screen (meters, scene text, choices, the card
 * after a choice) and the debrief at an ending; its chart is in chart.c. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "core/twins.h"
#include "ui/app.h"
#include "ui/people.h"
#include "ui/places_ui.h"
#include "ui/screens.h"
#include "ui/view.h"

ColourSlot play_meter_colour(int m)
{
    return m == METER_RESENTMENT ? C_RESENTMENT : m == METER_GROWTH ? C_GROWTH : C_INTIMACY;
}

int play_meter_dash(const App *a, int m)
{
    int base = gfx_base_px(a->gfx);
    return m == 0 ? 0 : m == 1 ? base * 2 / 3 : base / 5 + 1;
}

const char *play_signed_change(App *a, int d)
{
    /* A true minus sign, as in print. */
    return d > 0 ? dl_printf(&a->dl, "+%d", d) : dl_printf(&a->dl, "\u2212%d", -d);
}

int play_meter_count(const Story *s)
{
    return s->n_meters < STORY_MAX_METERS ? s->n_meters : STORY_MAX_METERS;
}

/* The outline that shows a bar's whole length: the track inside it is
 * faint, the outline stands out from the page (3:1). */
static void track_edge(App *a, LayoutBox b)
{
    Item *e = dl_add(&a->dl, ITEM_FRAME, b);
    e->colour = C_TRACK_EDGE;
    e->value = 1;
}

/* The meters, always on screen under the top bar: name, number, which way
 * is better, the change from the last choice, and a bar. */
static int meters_block(App *a, int y)
{
    const Story *s = a->game.play.run.story;
    int n = play_meter_count(s), gap = ui_gap(a), margin = layout_margin(gfx_char_width(a->gfx));
    int x0, cw;
    ui_column(a, &x0, &cw);
    int avail = a->width - 2 * margin;
    if (cw > avail)
        cw = avail;
    int cols = n;
    int col_w = (cw - gap * (cols - 1)) / cols;
    if (col_w < gfx_char_width(a->gfx) * 16) {
        cols = 1;
        col_w = cw;
    }
    int bar_h = gfx_base_px(a->gfx) / 2 < 6 ? 6 : gfx_base_px(a->gfx) / 2;
    int row_y = y, max_y = y;
    for (int m = 0; m < n; m++) {
        const MeterDef *md = &s->meters[m];
        int col = m % cols, x = x0 + col * (col_w + gap);
        if (col == 0 && m > 0)
            row_y = max_y + (cols == 1 ? gap / 4 : gap / 2);
        int yy = row_y, v = a->game.meters.shown[m];
        const char *better = md->higher_is_better ? _("higher is better") : _("lower is better");
        /* At an ending the last change is old news: the card said it. On a
         * projector it is old news too once the room votes on a new scene. */
        bool moved = a->game.meters.show_delta && a->game.meters.delta[m] != 0 &&
                     a->screen != SCREEN_DEBRIEF && a->screen != SCREEN_SUMMARY &&
                     (a->game.feedback_shown || !a->present.on);
        if (cols == 1) {
            /* Stacked in a narrow window: one small line and a thin bar each. */
            const char *head = dl_printf(&a->dl, "%s %d", _(md->label), v);
            if (moved)
                head = dl_printf(&a->dl, "%s  (%s)", head, play_signed_change(a, a->game.meters.delta[m]));
            const char *line = dl_printf(&a->dl, "%s  \u00b7  %s", head, better);
            if (gfx_measure(a->gfx, FONT_SMALL, line, strlen(line)) > col_w)
                line = dl_printf(&a->dl, "%s\n%s", head, better); /* two whole phrases */
            yy += ui_text(a, FONT_SMALL, C_TEXT, x, yy, col_w, line);
            Item *track = dl_add(&a->dl, ITEM_FILL, (LayoutBox){x, yy, col_w, bar_h / 2});
            track->colour = C_TRACK;
            Item *fill = dl_add(&a->dl, ITEM_FILL, (LayoutBox){x, yy, col_w * v / 100, bar_h / 2});
            fill->colour = play_meter_colour(m);
            track_edge(a, (LayoutBox){x, yy, col_w, bar_h / 2});
            yy += bar_h / 2;
            if (yy > max_y)
                max_y = yy;
            continue;
        }
        yy += ui_text(a, FONT_BOLD, C_TEXT, x, yy, col_w, dl_printf(&a->dl, "%s %d", _(md->label), v));
        Item *track = dl_add(&a->dl, ITEM_FILL, (LayoutBox){x, yy, col_w, bar_h});
        track->colour = C_TRACK;
        Item *fill = dl_add(&a->dl, ITEM_FILL, (LayoutBox){x, yy, col_w * v / 100, bar_h});
        fill->colour = play_meter_colour(m);
        track_edge(a, (LayoutBox){x, yy, col_w, bar_h});
        yy += bar_h + 2;
        /* The change from the last choice stays until the next one. */
        const char *under = better;
        if (moved)
            under = dl_printf(&a->dl, "%s  \u00b7  %s", play_signed_change(a, a->game.meters.delta[m]), under);
        yy += ui_text(a, FONT_SMALL, C_MUTED, x, yy, col_w, under);
        if (yy > max_y)
            max_y = yy;
    }
    return max_y - y;
}

/* The header shared by play, debrief and present mode; returns where the
 * body starts. */
int play_header(App *a)
{
    const Story *s = a->game.play.run.story;
    int y = screen_top_bar(a, s->title ? s->title : s->id, true, !a->present.on);
    a->dl.in_body = false;
    int gap = ui_gap(a), top = y, first = a->dl.count;
    y += gap / 2;
    y += meters_block(a, y) + gap / 2;
    Item *rule = dl_add(&a->dl, ITEM_FILL, (LayoutBox){0, y, a->width, 1});
    rule->colour = C_TRACK;
    a->dl.in_body = true;
    if (y + 1 > a->height / 3) {
        /* A short window (or very big text) would leave the story too little
         * room: the meters scroll away with it instead of staying put. */
        for (int i = first; i < a->dl.count; i++)
            a->dl.items[i].scrolls = true;
        a->dl.body_top = top;
    } else {
        a->dl.body_top = y + 1;
    }
    return y + 1;
}

/* One row of a shape, `w` pixels from x, one pixel high. */
static void mark_row(App *a, ColourSlot c, int x, int y, int w)
{
    if (w <= 0)
        return;
    Item *r = dl_add(&a->dl, ITEM_FILL, (LayoutBox){x, y, w, 1});
    r->colour = c;
}

/* Each kind's mark, in an s-by-s square at (x, y), in the kind's colour:
 * the shape says the kind without the colour (a ring for rescue, like a
 * lifebuoy; a filled circle for support; a square for boundary; a diamond
 * for self-care; a triangle for neutral; a half-filled circle for it
 * depends; a cross for hurtful). Drawn as rows of fills and lines, so it
 * needs no image and scales with the text. */
static void kind_mark(App *a, ChoiceKind kind, int x, int y, int s)
{
    ColourSlot c = (ColourSlot)(C_KIND + kind);
    double r = s / 2.0, cx = x + r;
    int t = s / 6 < 2 ? 2 : s / 6; /* a ring's or a cross's stroke */
    switch (kind) {
    case KIND_BOUNDARY: {
        int in = s / 10;
        Item *sq = dl_add(&a->dl, ITEM_FILL, (LayoutBox){x + in, y + in, s - 2 * in, s - 2 * in});
        sq->colour = c;
        return;
    }
    case KIND_HURTFUL: {
        int in = s / 8;
        for (int d = 0; d < 2; d++) {
            Item *l = dl_add(&a->dl, ITEM_LINE,
                             d == 0 ? (LayoutBox){x + in, y + in, s - 2 * in, s - 2 * in}
                                    : (LayoutBox){x + in, y + s - in, s - 2 * in, -(s - 2 * in)});
            l->colour = c;
            l->value = t + 1;
        }
        return;
    }
    default: break;
    }
    for (int row = 0; row < s; row++) {
        double dy = row + 0.5 - r, ady = fabs(dy);
        int outer = ady < r ? (int)lround(sqrt(r * r - dy * dy)) : 0;
        int inner = ady < r - t ? (int)lround(sqrt((r - t) * (r - t) - dy * dy)) : 0;
        int left = (int)lround(cx) - outer, mid = (int)lround(cx);
        switch (kind) {
        case KIND_SUPPORT: mark_row(a, c, left, y + row, 2 * outer); break;
        case KIND_RESCUE:
        case KIND_DEPENDS:
            if (inner == 0) {
                mark_row(a, c, left, y + row, 2 * outer);
                break;
            }
            /* It depends: the left half filled, the right half a ring. */
            mark_row(a, c, left, y + row, kind == KIND_DEPENDS ? outer : outer - inner);
            mark_row(a, c, mid + inner, y + row, outer - inner);
            break;
        case KIND_SELF_CARE: {
            int half = (int)lround(r - ady);
            mark_row(a, c, mid - half, y + row, 2 * half);
            break;
        }
        case KIND_NEUTRAL: {
            /* A triangle standing on its base, a little inside the square. */
            int half = (int)lround(r * (row + 0.5) / s);
            mark_row(a, c, mid - half, y + row, 2 * half);
            break;
        }
        default: break;
        }
    }
}

/* A meter's line on the card: an arrow (or "went up"/"went down" in a font
 * without arrows) for the way it moved, coloured and worded for better or
 * worse. Returns the height. */
static int change_line(App *a, const MeterDef *md, int before, int after, int x, int y, int w)
{
    int d = after - before;
    bool better = (d > 0) == md->higher_is_better;
    ColourSlot c = better ? C_BETTER : C_WORSE;
    unsigned arrow_cp = d > 0 ? 0x2191 : 0x2193;
    const char *tail = dl_printf(&a->dl, _("%d to %d  (%s, %s)"), before, after,
                                 play_signed_change(a, d), better ? _("better") : _("worse"));
    if (!gfx_has_glyph(a->gfx, FONT_BOLD, arrow_cp))
        return ui_text(a, FONT_BODY, c, x, y, w,
                       dl_printf(&a->dl, d > 0 ? _("%s went up, %s") : _("%s went down, %s"),
                                 _(md->label), tail));
    const char *arrow = d > 0 ? "\u2191" : "\u2193";
    int aw = gfx_measure(a->gfx, FONT_BOLD, arrow, strlen(arrow));
    Item *ar = dl_add(&a->dl, ITEM_TEXT,
                      (LayoutBox){x, y, aw, gfx_line_height(a->gfx, FONT_BOLD)});
    ar->font = FONT_BOLD;
    ar->colour = c;
    ar->text = arrow;
    ar->len = strlen(arrow);
    aw += gfx_char_width(a->gfx);
    return ui_text(a, FONT_BODY, c, x + aw, y, w - aw,
                   dl_printf(&a->dl, "%s %s", _(md->label), tail));
}

/* The card's part on delayed effects that landed with this choice: each
 * earlier choice named, what it says now, and what those effects did
 * apart from this choice's own change. Returns the height used. */
static int landed_part(App *a, const Feedback *f, const Story *s, int ix, int y, int iw)
{
    int top = y, gap = ui_gap(a);
    y += ui_text(a, FONT_BOLD, C_ACCENT, ix, y, iw, _("An earlier choice catches up"));
    for (int i = 0; i < f->info.n_landed; i++) {
        const Landed *l = &f->info.landed[i];
        const Choice *was = &s->scenes[l->scene].choices[l->choice];
        const Later *lt = &was->later[l->later];
        /* Name the choice, so the player can link the cost to its cause. */
        y += ui_text(a, FONT_SMALL, C_MUTED, ix, y, iw,
                     dl_printf(&a->dl,
                               text_quotes_itself(was->text)
                                   ? (a->present.on ? _("Earlier, the room chose: %s")
                                                    : _("Earlier, you chose: %s"))
                                   : (a->present.on ? _("Earlier, the room chose: \u201c%s\u201d")
                                                    : _("Earlier, you chose: \u201c%s\u201d")),
                               was->text));
        if (lt->says)
            y += ui_text(a, FONT_BODY, C_TEXT, ix, y, iw, lt->says);
    }
    /* What the earlier choices did now, apart from this choice's own
     * change, so a cost that cancels out is still seen. */
    const char *line = "";
    for (int m = 0; m < play_meter_count(s); m++) {
        int d = (f->info.before_own[m] - f->before[m]) + (f->after[m] - f->info.after_own[m]);
        if (d != 0)
            line = dl_printf(&a->dl, "%s%s%s %s", line, *line ? ", " : "",
                             _(s->meters[m].label), play_signed_change(a, d));
    }
    if (*line)
        y += ui_text(a, FONT_SMALL, C_MUTED, ix, y, iw,
                     dl_printf(&a->dl, _("From that earlier choice: %s."), line));
    y += gap;
    return y - top;
}

int play_feedback_card(App *a, int x, int y, int w)
{
    const Feedback *f = &a->game.feedback;
    const Story *s = a->game.play.run.story;
    int gap = ui_gap(a), pad = gfx_base_px(a->gfx);
    if (w < gfx_char_width(a->gfx) * 40)
        pad /= 2; /* a narrow window keeps its width for the words */
    ChoiceKind kind = f->choice->kind;
    int at = (int)(dl_add(&a->dl, ITEM_FILL, (LayoutBox){x, y, w, 0}) - a->dl.items);
    a->dl.items[at].colour = C_CARD;
    /* The frame in the kind's colour marks the card off from the page. */
    int edge = gfx_base_px(a->gfx) / 8 < 2 ? 2 : gfx_base_px(a->gfx) / 8;
    Item *frame = dl_add(&a->dl, ITEM_FRAME, (LayoutBox){x, y, w, 0});
    frame->colour = (ColourSlot)(C_KIND + kind);
    frame->value = edge;
    int ix = x + pad, iw = w - 2 * pad, top = y;
    y += pad;
    y += ui_text(a, FONT_SMALL, C_MUTED, ix, y, iw, a->present.on ? _("The room chose") : _("You chose"));
    y += ui_text(a, FONT_BODY, C_TEXT, ix, y, iw, f->choice->text) + gap;
    y += people_draw_reaction(a, ix, y, iw); /* how the other person took it */
    const char *meaning = _(game_kind_meaning(kind));
    /* The mark as tall as the heading's capitals, level with them. */
    int lh = gfx_line_height(a->gfx, FONT_HEADING), mark = lh * 2 / 3;
    kind_mark(a, kind, ix, y + (lh - mark) / 2 + lh / 20, mark);
    y += ui_text(a, FONT_HEADING, (ColourSlot)(C_KIND + kind), ix + mark + gap / 2, y,
                 iw - mark - gap / 2, _(story_kind_label(kind)));
    y += ui_text(a, FONT_SMALL, C_MUTED, ix, y, iw,
                 dl_printf(&a->dl, "%c%s.", meaning[0] - ('a' <= meaning[0] && meaning[0] <= 'z'
                                                          ? 'a' - 'A' : 0), meaning + 1));
    y += gap / 2;
    if (f->choice->because)
        y += ui_text(a, FONT_BODY, C_TEXT, ix, y, iw, f->choice->because) + gap;
    if (f->info.n_landed > 0)
        y += landed_part(a, f, s, ix, y, iw);
    y += ui_text(a, FONT_BOLD, C_ACCENT, ix, y, iw, _("What changed"));
    bool any = false;
    for (int m = 0; m < play_meter_count(s); m++) {
        int d = f->after[m] - f->before[m];
        if (d == 0)
            continue;
        any = true;
        y += change_line(a, &s->meters[m], f->before[m], f->after[m], ix, y, iw);
    }
    if (!any)
        y += ui_text(a, FONT_BODY, C_TEXT, ix, y, iw, _("The meters did not move this time."));
    NowLater nl;
    game_now_later(s, f, &nl);
    if (nl.line)
        y += gap / 2 + ui_text(a, FONT_BOLD, C_TEXT, ix, y + gap / 2, iw, _(nl.line));
    y += gap;
    y += ui_button(a, ix, y, iw, _("Continue (Enter)"), ACT_FEEDBACK_DONE, 0);
    y += pad;
    a->dl.items[at].box.h = y - top;
    a->dl.items[at + 1].box.h = y - top;
    return y - top;
}

void screen_play(App *a)
{
    int y = play_header(a), x, w, gap = ui_gap(a);
    ui_column(a, &x, &w);
    y += gap;
    y += ui_problem_box(a, x, y, w);
    if (a->game.feedback_shown) {
        y += play_feedback_card(a, x, y, w);
    } else if (a->game.have_view) {
        const SceneView *v = &a->game.view;
        int pictures_end;
        y += play_place(a, v->run->pos.scene, x, y, w);
        y += people_draw_scene(a, x, y, w, &pictures_end);
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, v->text) + gap;
        const Scene *sc = &v->story->scenes[v->run->pos.scene];
        for (int i = 0; i < v->n_shown; i++)
            y += ui_choice_button(a, x, y, w, i + 1, sc->choices[v->shown[i]].text, ACT_CHOOSE,
                                  i) + gap / 2;
        if (v->n_shown == 0 && a->game.play.run.n_steps > 0)
            y += ui_button(a, x, y, w, _("Take back the last choice (Ctrl+Z)"), ACT_REWIND_ONE, 0);
        if (pictures_end > y)
            y = pictures_end; /* the body reaches the last picture */
    }
    a->dl.content_h = y + gap * 2 - a->dl.body_top;
}

/* An ending's five-part lens, practice task and reflection prompt, under
 * the headings given (a player reflects; a room talks). Returns the height. */
int play_ending_lessons(App *a, const Scene *sc, int x, int y, int w, const char *practice_heading,
                      const char *reflect_heading)
{
    int gap = ui_gap(a), y0 = y;
    bool any_lens = false;
    for (int k = 0; k < LENS_COUNT; k++)
        any_lens |= sc->lens[k] != NULL;
    if (any_lens) {
        y += ui_text(a, FONT_HEADING, C_ACCENT, x, y, w, _("Looking back, in five parts")) + gap / 2;
        for (int k = 0; k < LENS_COUNT; k++) {
            if (!sc->lens[k])
                continue;
            y += ui_text(a, FONT_BOLD, C_TEXT, x, y, w, _(story_lens_label(k)));
            y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, sc->lens[k]) + gap / 2;
        }
    }
    if (sc->practice) {
        y += ui_text(a, FONT_HEADING, C_ACCENT, x, y, w, practice_heading) + gap / 2;
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, sc->practice) + gap;
    }
    if (sc->reflect) {
        y += ui_text(a, FONT_HEADING, C_ACCENT, x, y, w, reflect_heading) + gap / 2;
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, sc->reflect) + gap / 2;
    }
    return y - y0;
}

/* The choices whose delayed effects landed on this path, each with what it
 * did later: relief now and cost later (or the other way) in one place.
 * Returns the height. */
const char *play_path_summary(App *a, bool room)
{
    const Run *r = &a->game.play.run;
    int counts[KIND_COUNT] = {0};
    for (int i = 0; i < r->n_steps; i++)
        counts[r->story->scenes[r->steps[i].scene].choices[r->steps[i].choice].kind]++;
    const char *line = dl_printf(&a->dl, room ? ngettext("The room made %d choice:",
                                                         "The room made %d choices:", r->n_steps)
                                              : ngettext("You made %d choice:",
                                                         "You made %d choices:", r->n_steps),
                                 r->n_steps);
    bool first = true;
    for (int k = 0; k < KIND_COUNT; k++) {
        if (!counts[k])
            continue;
        line = dl_printf(&a->dl, "%s%s %d %s", line, first ? "" : ",", counts[k],
                         _(story_kind_label(k)));
        first = false;
    }
    return dl_printf(&a->dl, "%s.", line);
}

static int play_came_back(App *a, int x, int y, int w)
{
    const Run *r = &a->game.play.run;
    int gap = ui_gap(a), y0 = y;
    CameBack back[64];
    int n = game_came_back(r, back, 64);
    n = n < 64 ? n : 64;
    for (int i = 0; i < n; i++) {
        const Choice *c = back[i].choice;
        if (i == 0)
            y += ui_text(a, FONT_HEADING, C_ACCENT, x, y, w, _("Choices that came back later")) +
                 gap / 2;
        if (i > 0 && back[i - 1].step != back[i].step)
            y += gap / 2;
        if (i == 0 || back[i - 1].step != back[i].step)
            y += ui_text(a, FONT_BOLD, C_TEXT, x, y, w,
                         dl_printf(&a->dl, text_quotes_itself(c->text) ? _("Choice %d (%s): %s")
                                                                       : _("Choice %d (%s): \u201c%s\u201d"),
                                   back[i].step + 1,
                                   _(story_kind_label(c->kind)), c->text));
        if (c->later[back[i].later].says)
            y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, c->later[back[i].later].says);
    }
    return n == 0 ? 0 : y - y0 + gap;
}

int play_twins(App *a, int x, int y, int w)
{
    TwinStep t[32];
    int n = twins_on_path(&a->game.play.run, t, 32), gap = ui_gap(a), y0 = y;
    if (n <= 0)
        return 0;
    y += ui_text(a, FONT_HEADING, C_ACCENT, x, y, w, _("The same words, another moment")) + gap / 2;
    y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w,
                 _("The words of these choices come back in another scene of this story as a "
                   "different kind. The moment decides, not the words.")) + gap / 3;
    for (int i = 0; i < n && i < 32; i++) {
        y += ui_text(a, FONT_BOLD, C_TEXT, x, y, w,
                     dl_printf(&a->dl, text_quotes_itself(t[i].chosen->text)
                                           ? _("Choice %d (%s): %s")
                                           : _("Choice %d (%s): \u201c%s\u201d"),
                               t[i].step + 1,
                               _(story_kind_label(t[i].chosen->kind)), t[i].chosen->text));
        const char *line = dl_printf(&a->dl, _("In another scene, the same words count as %s."),
                                     _(story_kind_label(t[i].twin->kind)));
        if (t[i].twin->because)
            line = dl_printf(&a->dl, "%s %s", line, t[i].twin->because);
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, line) + gap / 2;
    }
    return y - y0 + gap / 2;
}

void screen_debrief(App *a)
{
    const Story *s = a->game.play.run.story;
    const Scene *sc = &s->scenes[a->game.play.run.pos.scene];
    int y = play_header(a), x, w, gap = ui_gap(a);
    ui_column(a, &x, &w);
    y += gap;
    y += ui_problem_box(a, x, y, w);
    y += play_place(a, a->game.play.run.pos.scene, x, y, w);
    y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w, _("An ending"));
    y += ui_text(a, FONT_HEADING, C_ACCENT, x, y, w, sc->title ? sc->title : sc->id) + gap / 2;
    if (a->game.have_view)
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, a->game.view.text) + gap;
    y += ui_text(a, FONT_HEADING, C_ACCENT, x, y, w, _("Your path")) + gap / 2;
    y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, play_path_summary(a, false)) + gap / 2;
    y += play_chart(a, x, y, w) + gap;
    y += play_came_back(a, x, y, w);
    y += play_twins(a, x, y, w);
    /* The path taken first and the retries, from the profile's history. */
    int retries = 0;
    for (int i = 0; i < a->game.history.count; i++)
        retries += a->game.history.items[i].taken_back;
    if (retries > 0) {
        y += ui_text(a, FONT_HEADING, C_ACCENT, x, y, w, _("What you tried first")) + gap / 2;
        y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w,
                     _("These choices you made and then took back, to try another way.")) + gap / 3;
        for (int i = 0; i < a->game.history.count; i++) {
            const ChoiceRecord *c = &a->game.history.items[i];
            if (!c->taken_back)
                continue;
            y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                         dl_printf(&a->dl, _("Choice %d: %s (%s)"), c->step + 1, c->choice_text,
                                   c->kind));
        }
        y += gap;
    }
    y += play_ending_lessons(a, sc, x, y, w, _("Practice this week"), _("To reflect on"));
    if (sc->reflect && a->profile)
        y += ui_button(a, x, y, w, _("Write about this in your journal"), ACT_REFLECT, 0) + gap;
    y += ui_button(a, x, y, w, _("Play again from the start"), ACT_PLAY_AGAIN, 0) + gap / 2;
    if (a->game.play.run.n_steps > 0)
        y += ui_button(a, x, y, w, _("Take back the last choice (Ctrl+Z)"), ACT_REWIND_ONE, 0) +
             gap / 2;
    y += ui_button(a, x, y, w, _("Back to the stories"), ACT_STORIES, 0);
    a->dl.content_h = y + gap * 2 - a->dl.body_top;
}

/* The choices made so far, each a button that goes back to just before it. */
void screen_history(App *a)
{
    const Story *s = a->game.play.run.story;
    int y = screen_top_bar(a, _("Your choices so far"), true, false), x, w, gap = ui_gap(a);
    ui_column(a, &x, &w);
    y += gap;
    if (a->game.play.run.n_steps == 0)
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, _("You have not made a choice yet.")) + gap;
    else
        y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w,
                     _("Pick a choice to go back to just before it and try another response. "
                       "The meters are as they stood after each choice.")) + gap;
    int pad = gfx_base_px(a->gfx) * 2 / 3;
    for (int i = 0; i < a->game.play.run.n_steps; i++) {
        const RunStep *st = &a->game.play.run.steps[i];
        const Choice *c = &s->scenes[st->scene].choices[st->choice];
        int at = (int)(dl_add(&a->dl, ITEM_BUTTON, (LayoutBox){x, y, w, 0}) - a->dl.items);
        a->dl.items[at].action = ACT_REWIND_TO;
        a->dl.items[at].arg = i;
        int top = y, iw = w - 2 * pad;
        y += pad / 2;
        y += ui_text(a, FONT_BODY, C_TEXT, x + pad, y, iw,
                     dl_printf(&a->dl, "%d.  %s", i + 1, c->text));
        const char *line = _(story_kind_label(c->kind));
        for (int m = 0; m < play_meter_count(s); m++)
            line = dl_printf(&a->dl, "%s%s %s %d", line, m ? "," : "  \u00b7 ",
                             _(s->meters[m].label), st->meters[m]);
        y += ui_text(a, FONT_SMALL, C_MUTED, x + pad, y, iw, line);
        y += pad / 2;
        a->dl.items[at].box.h = y - top;
        y += gap / 2;
    }
    y += gap / 2;
    y += ui_button(a, x, y, w, _("Back to the story"), ACT_BACK, 0);
    a->dl.content_h = y + gap * 2 - a->dl.body_top;
}
