/* present_screens.c — the projected screens of facilitator mode: a scene
 * with the room's votes (or the card after a reveal), the compare view of
 * every option side by side, and the session summary at an ending. Nothing
 * here is for the facilitator only: notes never reach these screens. */
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "ui/app.h"
#include "ui/font_find.h"
#include "ui/present.h"
#include "ui/screens.h"
#include "ui/view.h"

static int pad_of(const App *a)
{
    return gfx_base_px(a->gfx) * 2 / 3;
}

static int meters_of(const Story *s)
{
    return s->n_meters < STORY_MAX_METERS ? s->n_meters : STORY_MAX_METERS;
}

/* A framed panel with a heading over the discussion question. */
static int discuss_panel(App *a, int x, int y, int w, const char *question)
{
    int pad = gfx_base_px(a->gfx) / 2, thick = gfx_base_px(a->gfx) / 10 < 2
                                                   ? 2 : gfx_base_px(a->gfx) / 10;
    int at = (int)(dl_add(&a->dl, ITEM_FRAME, (LayoutBox){x, y, w, 0}) - a->dl.items);
    a->dl.items[at].colour = C_ACCENT;
    a->dl.items[at].value = thick;
    int yy = y + pad + thick;
    yy += ui_text(a, FONT_BOLD, C_ACCENT, x + pad + thick, yy, w - 2 * (pad + thick),
                  _("Discuss"));
    yy += ui_text(a, FONT_BODY, C_TEXT, x + pad + thick, yy, w - 2 * (pad + thick), question);
    yy += pad + thick;
    a->dl.items[at].box.h = yy - y;
    return yy - y;
}

/* A row of buttons as wide as their labels, wrapping to more rows. */
static int button_row(App *a, int x, int y, int w, int n, const char *const labels[],
                      const Action acts[])
{
    int pad = pad_of(a), gap = ui_gap(a), lh = gfx_line_height(a->gfx, FONT_BODY);
    int cx = x, top = y, row_h = 0;
    for (int i = 0; i < n; i++) {
        int bw = gfx_measure(a->gfx, FONT_BODY, labels[i], strlen(labels[i])) + 2 * pad +
                 gfx_char_width(a->gfx) / 2;
        if (bw > w)
            bw = w;
        if (cx > x && cx + bw > x + w) {
            cx = x;
            y += row_h + gap / 2;
        }
        int h = ui_button(a, cx, y, bw, labels[i], acts[i], 0);
        row_h = h > row_h ? h : row_h;
        cx += bw + gap / 2;
    }
    (void)lh;
    return y + row_h - top;
}

/* One option of the decision: its number, its words and, on the right,
 * the room's votes. The option with the most votes alone is marked. */
static int option_button(App *a, int x, int y, int w, int i, const char *label, int votes,
                         bool leading)
{
    int pad = pad_of(a), gap = ui_gap(a), lh = gfx_line_height(a->gfx, FONT_BODY);
    const char *num = dl_printf(&a->dl, "%d.  ", i + 1);
    const char *tally = dl_printf(&a->dl, _("Votes: %d"), votes);
    int num_w = gfx_measure(a->gfx, FONT_BOLD, num, strlen(num));
    int tally_w = gfx_measure(a->gfx, FONT_BOLD, tally, strlen(tally));
    Item *b = dl_add(&a->dl, ITEM_BUTTON, (LayoutBox){x, y, w, 0});
    int at = (int)(b - a->dl.items);
    b->action = ACT_VOTE;
    b->arg = i;
    b->selected = leading;
    Item *n = dl_add(&a->dl, ITEM_TEXT, (LayoutBox){x + pad, y + pad / 2, num_w, lh});
    n->font = FONT_BOLD;
    n->colour = C_ACCENT;
    n->text = num;
    n->len = strlen(num);
    Item *t = dl_add(&a->dl, ITEM_TEXT, (LayoutBox){x + w - pad - tally_w, y + pad / 2, tally_w,
                                                    lh});
    t->font = FONT_BOLD;
    t->colour = C_ACCENT;
    t->text = tally;
    t->len = strlen(tally);
    int tx = x + pad + num_w, tw = w - 2 * pad - num_w - tally_w - gap / 2;
    int h = ui_text(a, FONT_BODY, C_BUTTON_TEXT, tx, y + pad / 2, tw, label);
    if (h < lh)
        h = lh;
    a->dl.items[at].box.h = h + pad;
    return h + pad;
}

/* The decision's scene text, the question when D shows it, and every
 * option with its votes: in one column, or (cols 2) the scene and the
 * question at the left and the options at the right. Returns the bottom of
 * all that, which the room must see at once; the buttons come after. */
static int decision_layout(App *a, int cols)
{
    Present *p = &a->present;
    const SceneView *v = &a->game.view;
    const Scene *sc = &v->story->scenes[v->run->pos.scene];
    int y = play_header(a), x, w, gap = ui_gap(a);
    ui_column(a, &x, &w);
    y += gap;
    y += ui_problem_box(a, x, y, w);
    int lx = x, lw = w, rx = x, rw = w;
    if (cols == 1 && w > gfx_char_width(a->gfx) * 64) {
        /* A little under the usual column: a line of short words never runs long. */
        lw = rw = gfx_char_width(a->gfx) * 64;
        lx = rx = (a->width - lw) / 2;
    } else if (cols == 2) {
        /* Each column at most 64 average characters, so no line runs long;
         * the pair centred. */
        int cw = gfx_char_width(a->gfx), avail = a->width - 2 * layout_margin(cw);
        lw = rw = (avail - 2 * gap) / 2 < cw * 64 ? (avail - 2 * gap) / 2 : cw * 64;
        lx = (a->width - 2 * lw - 2 * gap) / 2;
        rx = lx + lw + 2 * gap;
    }
    int ly = y + ui_text(a, FONT_BODY, C_TEXT, lx, y, lw, v->text) + gap;
    if (p->show_discuss && sc->discuss)
        ly += discuss_panel(a, lx, ly, lw, sc->discuss) + gap;
    int ry = cols == 2 ? y : ly;
    int lead = -1, most = 0;
    for (int i = 0; i < v->n_shown && i < SESSION_MAX_OPTIONS; i++) {
        if (p->votes[i] > most)
            most = p->votes[i], lead = i;
        else if (p->votes[i] == most)
            lead = -1;
    }
    for (int i = 0; i < v->n_shown && i < SESSION_MAX_OPTIONS; i++)
        ry += option_button(a, rx, ry, rw, i, sc->choices[v->shown[i]].text, p->votes[i],
                            i == lead) + gap / 2;
    if (p->hint)
        ry += ui_text(a, FONT_BOLD, C_ACCENT, rx, ry, rw, p->hint) + gap / 2;
    int seen = ly - gap > ry ? ly - gap : ry;
    ry += gap / 2;
    const char *const labels[] = {_("Reveal (Enter)"), _("Discuss (D)"), _("Compare (C)"),
                                  _("Back a step (Backspace)")};
    static const Action acts[] = {ACT_REVEAL_TOP, ACT_DISCUSS, ACT_COMPARE, ACT_REWIND_ONE};
    ry += button_row(a, rx, ry, rw, a->game.play.run.n_steps > 0 ? 4 : 3, labels, acts) + gap / 2;
    ry += ui_text(a, FONT_SMALL, C_MUTED, rx, ry, rw,
                  _("A number key adds a vote, Shift and the number take one away. "
                    "R and a number reveal that option."));
    int end = ry > ly ? ry : ly;
    a->dl.content_h = end + gap * 2 - a->dl.body_top;
    return seen;
}

/* The text sizes a decision is tried at, in percent of the window's own,
 * largest first. */
static const int fit_scales[] = {100, 88, 77, 67, 59, 52};

/* Sets the fonts to `percent` of the window's text size; false if that is
 * the size already tried (the smallest size stops shrinking). */
static bool fit_fonts(App *a, int percent, int *last_px)
{
    int style = a->settings.font == FONT_DYSLEXIC && a->dyslexic_available ? FONT_DYSLEXIC
                                                                            : FONT_READING;
    int px = layout_base_size(a->height, a->settings.text_size * percent / 100);
    if (px == *last_px)
        return false;
    *last_px = px;
    char *err = NULL;
    if (px != gfx_base_px(a->gfx) &&
        gfx_set_fonts(a->gfx, a->font_regular[style], a->font_bold[style], px, &err) < 0) {
        free(err); /* the fonts in use stay; the layout is tried with them */
    }
    return true;
}

/* A decision before the room: the largest text at which the scene's last
 * lines, the question (after D) and every option with its votes are on the
 * screen together, in one column or two. When none fits, the smallest
 * two-column layout stays, and the body scrolls. */
static void present_decision(App *a)
{
    int last_px = -1;
    for (size_t k = 0; k < sizeof fit_scales / sizeof fit_scales[0]; k++) {
        if (!fit_fonts(a, fit_scales[k], &last_px))
            continue;
        for (int cols = 1; cols <= 2; cols++) {
            int cw = gfx_char_width(a->gfx), margin = layout_margin(cw);
            if (cols == 2 && (a->width - 2 * margin) / 2 < cw * 28)
                continue; /* two columns would be too narrow to read */
            dl_reset(&a->dl);
            int seen = decision_layout(a, cols);
            /* The "More below" band covers the bottom when the buttons go on below. */
            int cue = gfx_line_height(a->gfx, FONT_SMALL) + gfx_base_px(a->gfx) / 3 + 4;
            int room = a->dl.content_h + a->dl.body_top > a->height ? a->height - cue : a->height;
            if (seen <= room)
                return;
        }
    }
}

void screen_present(App *a)
{
    if (!a->game.feedback_shown && a->game.have_view) {
        present_decision(a);
        return;
    }
    int y = play_header(a), x, w, gap = ui_gap(a);
    ui_column(a, &x, &w);
    y += gap;
    y += ui_problem_box(a, x, y, w);
    if (a->game.feedback_shown) {
        y += play_feedback_card(a, x, y, w) + gap;
        const char *const labels[] = {_("Compare all options (C)"), _("Back a step (Backspace)")};
        static const Action acts[] = {ACT_COMPARE, ACT_REWIND_ONE};
        y += button_row(a, x, y, w, 2, labels, acts);
    }
    a->dl.content_h = y + gap * 2 - a->dl.body_top;
}

/* The opening of a scene's text: its first sentence, or two when the
 * first is only a few words ("Wednesday."). */
static const char *opening(App *a, const char *text)
{
    size_t n = strlen(text), end = n;
    for (size_t i = 0; i + 1 < n; i++) {
        if ((text[i] == '.' || text[i] == '?' || text[i] == '!') &&
            (text[i + 1] == ' ' || text[i + 1] == '\n') && i >= 30) {
            end = i + 1;
            break;
        }
    }
    return dl_printf(&a->dl, "%.*s", (int)end, text);
}

/* Where option `choice` leads from `from`: an ending's title, or the
 * opening of the next scene. */
static const char *leads_to(App *a, const Position *after)
{
    const Story *s = a->game.play.run.story;
    const Scene *sc = &s->scenes[after->scene];
    if (sc->is_ending)
        return dl_printf(&a->dl, _("Leads to an ending: %s"), sc->title ? sc->title : sc->id);
    TextBuf b = {0};
    char *err = NULL;
    const char *line;
    if (runtime_scene_text(s, after, &b, &err) == 0 && b.data)
        line = dl_printf(&a->dl, _("Leads to: %s"), opening(a, b.data));
    else
        line = dl_printf(&a->dl, _("Leads to the scene '%s'."), sc->id);
    free(err);
    textbuf_free(&b);
    return line;
}

/* What one option is and would do, laid out at (x, y) in width w. */
static int compare_option(App *a, int x, int y, int w, const Position *from, int k, int choice,
                          int votes, bool taken)
{
    const Story *s = a->game.play.run.story;
    const Choice *c = &s->scenes[from->scene].choices[choice];
    int gap = ui_gap(a), y0 = y;
    const char *head = dl_printf(&a->dl, "%d.  %s%s", k + 1,
                                 dl_printf(&a->dl, _("Votes: %d"), votes),
                                 taken ? dl_printf(&a->dl, "  \u00b7  %s", _("the room's choice"))
                                       : "");
    y += ui_text(a, FONT_BOLD, C_ACCENT, x, y, w, head);
    y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, c->text) + gap / 2;
    y += ui_text(a, FONT_HEADING, C_ACCENT, x, y, w, _(story_kind_label(c->kind)));
    if (c->because)
        y += ui_text(a, FONT_SMALL, C_TEXT, x, y, w, c->because);
    y += gap / 2;
    Position out;
    char *err = NULL;
    Feedback f = {.choice = c};
    if (runtime_step(s, from, choice, &out, &f.info, &err) < 0) {
        y += ui_text(a, FONT_SMALL, C_TEXT, x, y, w,
                     dl_printf(&a->dl, _("What it would do cannot be worked out: %s"),
                               err ? err : _("out of memory")));
        free(err);
        return y - y0;
    }
    bool any = false;
    for (int m = 0; m < meters_of(s); m++) {
        int d = out.meters[m] - from->meters[m];
        if (d == 0)
            continue;
        any = true;
        y += ui_text(a, FONT_SMALL, C_TEXT, x, y, w,
                     dl_printf(&a->dl, "%s %s (%s)", _(s->meters[m].label),
                               play_signed_change(a, d),
                               (d > 0) == s->meters[m].higher_is_better ? _("better") : _("worse")));
    }
    if (!any)
        y += ui_text(a, FONT_SMALL, C_TEXT, x, y, w, _("The meters would not move."));
    /* Now and later, as the card would say it. */
    NowLater nl;
    game_now_later(s, &f, &nl);
    if (nl.line)
        y += ui_text(a, FONT_SMALL, C_ACCENT, x, y, w, _(nl.line));
    y += gap / 3;
    y += ui_text(a, FONT_SMALL, C_TEXT, x, y, w, leads_to(a, &out));
    return y - y0;
}

/* The compare view with the fonts in use; returns the bottom of the row of
 * option cards (display-list y). */
static int compare_layout(App *a)
{
    Present *p = &a->present;
    int y = screen_top_bar(a, _("Compare the options"), true, false), gap = ui_gap(a);
    int margin = layout_margin(gfx_char_width(a->gfx)), x, w;
    ui_column(a, &x, &w);
    y += gap;
    /* The decision at hand, or the one just revealed while its card shows. */
    const Position *from = &a->game.play.run.pos;
    const int *options = a->game.view.shown, *votes = p->votes;
    int n = a->game.view.n_shown, taken = -1;
    if (a->game.feedback_shown && p->n_decisions > 0) {
        const SessionDecision *d = &p->decisions[p->n_decisions - 1];
        from = &p->before;
        options = d->options, votes = d->votes, n = d->n_options, taken = d->picked;
    }
    if (n > SESSION_MAX_OPTIONS)
        n = SESSION_MAX_OPTIONS;
    /* Side by side when each column still holds about 24 characters. */
    int avail = a->width - 2 * margin, cols = n > 0 ? n : 1;
    int col_w = (avail - gap * (cols - 1)) / cols;
    if (col_w > gfx_char_width(a->gfx) * 40)
        col_w = gfx_char_width(a->gfx) * 40;
    if (n < 2 || col_w < gfx_char_width(a->gfx) * 24)
        cols = 1, col_w = w;
    int pad = gfx_base_px(a->gfx) / 2, row_w = cols * col_w + (cols - 1) * gap;
    int x0 = cols == 1 ? x : (a->width - row_w) / 2, first = a->dl.count, tallest = 0;
    y += ui_text(a, FONT_SMALL, C_MUTED, x0, y, row_w,
                 _("Every option: what kind of response it is, what it would do and where it "
                   "leads. Nothing is chosen here; C or Esc goes back.")) + gap;
    for (int k = 0; k < n; k++) {
        int cx = cols == 1 ? x0 : x0 + k * (col_w + gap);
        int at = (int)(dl_add(&a->dl, ITEM_FILL, (LayoutBox){cx, y, col_w, 0}) - a->dl.items);
        a->dl.items[at].colour = C_CARD;
        int h = compare_option(a, cx + pad, y + pad, col_w - 2 * pad, from, k, options[k],
                               votes[k], k == taken) + 2 * pad;
        a->dl.items[at].box.h = h;
        if (cols == 1)
            y += h + gap / 2;
        else if (h > tallest)
            tallest = h;
    }
    if (cols > 1) {
        /* Cards of one height, so the row reads as a table. */
        for (int i = first; i < a->dl.count; i++)
            if (a->dl.items[i].kind == ITEM_FILL && a->dl.items[i].colour == C_CARD)
                a->dl.items[i].box.h = tallest;
        y += tallest + gap;
    }
    int cards_end = y;
    y += ui_button(a, x0, y, cols == 1 ? w : row_w, _("Back to the decision (C)"), ACT_COMPARE, 0);
    a->dl.content_h = y + gap * 2 - a->dl.body_top;
    return cards_end;
}

/* The largest text at which every option's card is on the screen at once
 * (smaller text also lets the cards stand side by side); when none fits,
 * the smallest stays, and the body scrolls. */
void screen_compare(App *a)
{
    int last_px = -1;
    for (size_t k = 0; k < sizeof fit_scales / sizeof fit_scales[0]; k++) {
        if (!fit_fonts(a, fit_scales[k], &last_px))
            continue;
        dl_reset(&a->dl);
        int end = compare_layout(a);
        int cue = gfx_line_height(a->gfx, FONT_SMALL) + gfx_base_px(a->gfx) / 3 + 4;
        int room = a->dl.content_h + a->dl.body_top > a->height ? a->height - cue : a->height;
        if (end <= room)
            return;
    }
}

/* One decision of the session: each option with its votes, the one taken
 * marked in words. */
static int summary_decision(App *a, int x, int y, int w, int i, const SessionDecision *d)
{
    const Story *s = a->game.play.run.story;
    const Scene *sc = &s->scenes[d->scene];
    int gap = ui_gap(a), y0 = y, indent = gfx_char_width(a->gfx) * 3;
    TextBuf b = {0};
    char *err = NULL;
    Position at;
    /* The scene's words as the room read them: from the run's own history. */
    runtime_start(s, &at);
    for (int k = 0; k < i && k < a->game.play.run.n_steps; k++) {
        Position next;
        if (runtime_step(s, &at, a->game.play.run.steps[k].choice, &next, NULL, &err) < 0)
            break;
        at = next;
    }
    free(err);
    err = NULL;
    const char *head = dl_printf(&a->dl, _("Decision %d"), i + 1);
    if (at.scene == d->scene && runtime_scene_text(s, &at, &b, &err) == 0 && b.data)
        head = dl_printf(&a->dl, _("Decision %d: %s"), i + 1, opening(a, b.data));
    free(err);
    textbuf_free(&b);
    y += ui_text(a, FONT_BOLD, C_TEXT, x, y, w, head) + gap / 4;
    for (int k = 0; k < d->n_options; k++) {
        const Choice *c = &sc->choices[d->options[k]];
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, dl_printf(&a->dl, "%d.  %s", k + 1, c->text));
        y += ui_text(a, FONT_SMALL, k == d->picked ? C_ACCENT : C_MUTED, x + indent, y,
                     w - indent,
                     dl_printf(&a->dl, "%s  \u00b7  %s%s",
                               dl_printf(&a->dl, ngettext("%d vote", "%d votes",
                                                          (unsigned long)d->votes[k]),
                                         d->votes[k]),
                               _(story_kind_label(c->kind)),
                               k == d->picked ? dl_printf(&a->dl, "  \u00b7  %s",
                                                          _("the room's choice"))
                                              : ""));
    }
    return y - y0;
}

void screen_summary(App *a)
{
    Present *p = &a->present;
    const Story *s = a->game.play.run.story;
    const Scene *sc = &s->scenes[a->game.play.run.pos.scene];
    int y = play_header(a), x, w, gap = ui_gap(a);
    ui_column(a, &x, &w);
    y += gap;
    y += ui_problem_box(a, x, y, w);
    y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w, _("An ending"));
    y += ui_text(a, FONT_HEADING, C_ACCENT, x, y, w, sc->title ? sc->title : sc->id) + gap / 2;
    /* The question (D) above the ending's text, so the room sees all of it. */
    if (p->show_discuss && sc->discuss)
        y += discuss_panel(a, x, y, w, sc->discuss) + gap;
    if (a->game.have_view)
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, a->game.view.text) + gap;
    if (p->hint)
        y += ui_text(a, FONT_BOLD, C_ACCENT, x, y, w, p->hint) + gap / 2;
    y += ui_button(a, x, y, w, _("Export the summary (E)"), ACT_SESSION_EXPORT, 0) + gap / 2;
    if (p->saved)
        y += ui_text(a, FONT_SMALL, C_TEXT, x, y, w, p->saved) + gap / 2;
    y += gap / 2;
    y += ui_text(a, FONT_HEADING, C_ACCENT, x, y, w, _("The room's decisions")) + gap / 2;
    if (p->n_decisions == 0)
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, _("No decisions were made.")) + gap / 2;
    for (int i = 0; i < p->n_decisions; i++)
        y += summary_decision(a, x, y, w, i, &p->decisions[i]) + gap / 2;
    y += gap / 2;
    y += ui_text(a, FONT_HEADING, C_ACCENT, x, y, w, _("The room's path")) + gap / 2;
    y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, play_path_summary(a, true)) + gap / 2;
    y += play_chart(a, x, y, w) + gap;
    y += play_twins(a, x, y, w);
    y += play_ending_lessons(a, sc, x, y, w, _("To practise this week"), _("To talk about")) + gap / 2;
    if (a->game.play.run.n_steps > 0)
        y += ui_button(a, x, y, w, _("Back a step (Backspace)"), ACT_REWIND_ONE, 0) + gap / 2;
    y += ui_button(a, x, y, w, _("Play again from the start"), ACT_PLAY_AGAIN, 0) + gap / 2;
    y += ui_button(a, x, y, w, _("Back to the stories"), ACT_STORIES, 0);
    a->dl.content_h = y + gap * 2 - a->dl.body_top;
}
