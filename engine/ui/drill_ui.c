/* drill_ui.c — Spot it in the window: its state, what its buttons do, and
 * its two screens (the round, and progress). Every rule of picking,
 * saving and scoring lives in engine/app/drill_session.c. */
#include "ui/drill_ui.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app/room.h"
#include "core/i18n.h"
#include "core/text.h"
#include "ui/screens.h"
#include "ui/view.h"

/* Practice rounds summed per point of the progress chart. */
enum { BLOCK = 5 };

static DrillScreen *drill(App *a)
{
    if (!a->drill)
        a->drill = calloc(1, sizeof *a->drill);
    return a->drill;
}

static void say(DrillScreen *d, char *msg)
{
    free(d->problem);
    d->problem = msg;
}

static bool load(DrillScreen *d)
{
    if (!d->loaded) {
        char *problem = NULL;
        drill_session_bank(&d->bank, &problem);
        say(d, problem);
        d->loaded = true;
    }
    return d->bank.count > 0;
}

static void start(App *a, DrillScreen *d, char form)
{
    char *problem = NULL;
    d->answered = NULL;
    d->has_other = false;
    d->room = a->present.on; /* a room's round is not one person's progress */
    memset(d->votes, 0, sizeof d->votes);
    memset(&d->record, 0, sizeof d->record);
    free(d->saved);
    d->saved = NULL;
    Profile *p = d->room ? NULL : a->profile;
    int rc = form ? drill_session_check(&d->s, &d->bank, p, form, &problem)
                  : drill_session_practice(&d->s, &d->bank, p,
                                           (uint64_t)time(NULL) * 2654435761u, &problem);
    say(d, problem);
    d->active = rc >= 0;
    app_go(a, SCREEN_DRILL);
}

static void load_progress(App *a, DrillScreen *d)
{
    free(d->blocks);
    d->blocks = NULL;
    d->n_blocks = 0;
    char *problem = NULL;
    if (a->profile && drill_session_progress(a->profile, BLOCK, &d->blocks, &d->n_blocks,
                                             &problem) < 0)
        say(d, problem);
}

void drill_ui_open(App *a, int arg)
{
    DrillScreen *d = drill(a);
    if (!d)
        return;
    if (!load(d)) {
        app_go(a, SCREEN_DRILL);
        return;
    }
    if (arg == 1) {
        load_progress(a, d);
        app_go(a, SCREEN_DRILL_PROGRESS);
        return;
    }
    start(a, d, 0);
}

static void answer(App *a, DrillScreen *d, int kind)
{
    const DrillItem *it = drill_session_item(&d->s);
    if (!d->active || d->answered || !it || kind < 0 || kind >= KIND_COUNT)
        return;
    char *problem = NULL;
    drill_session_answer(&d->s, (ChoiceKind)kind, &problem);
    if (problem)
        say(d, problem);
    if (d->room)
        drill_room_add(&d->record, it, d->votes, kind);
    memset(d->votes, 0, sizeof d->votes);
    if (d->s.form) { /* a check shows no answer until its end */
        if (drill_session_done(&d->s)) {
            char *err = NULL;
            d->has_other = drill_session_other_check(&d->s, &d->other, &err) == 1;
            free(err);
        }
    } else {
        d->answered = it;
        d->answer = kind;
    }
    a->scroll = 0;
}

/* A room's round, as a page in the documents folder (never over a file). */
static void save_room(DrillScreen *d)
{
    if (!d->room || d->record.n == 0)
        return;
    d->record.finished = (int64_t)time(NULL);
    free(d->saved);
    d->saved = room_save_drill(&d->record);
}

void drill_ui_action(App *a, int arg)
{
    DrillScreen *d = drill(a);
    if (!d)
        return;
    int op = arg / 100, i = arg % 100;
    a->dirty = true;
    switch ((DrillUiOp)op) {
    case DRILL_UI_ANSWER: answer(a, d, i); break;
    case DRILL_UI_NEXT:
        d->answered = NULL;
        a->scroll = 0;
        break;
    case DRILL_UI_ROUND:
        if (load(d))
            start(a, d, 0);
        break;
    case DRILL_UI_CHECK:
        if (load(d))
            start(a, d, i == 1 ? 'B' : 'A');
        break;
    case DRILL_UI_PROGRESS: drill_ui_open(a, 1); break;
    case DRILL_UI_SAVE_ROOM: save_room(d); break;
    }
}

void drill_ui_digit(App *a, int digit, bool take_away)
{
    DrillScreen *d = a->drill;
    if (!d || a->screen != SCREEN_DRILL || d->answered || digit >= KIND_COUNT)
        return;
    if (d->room && !drill_session_done(&d->s))
        d->votes[digit] += take_away ? (d->votes[digit] > 0 ? -1 : 0) : 1;
    else if (!d->room)
        answer(a, d, digit);
    a->dirty = true;
}

void drill_ui_enter(App *a)
{
    DrillScreen *d = a->drill;
    if (!d || a->screen != SCREEN_DRILL || !d->active)
        return;
    a->dirty = true;
    if (d->answered) {
        drill_ui_action(a, DRILL_ARG(DRILL_UI_NEXT, 0));
        return;
    }
    if (!d->room || drill_session_done(&d->s))
        return;
    int top = -1, ties = 0;
    for (int k = 0; k < KIND_COUNT; k++)
        if (d->votes[k] > 0 && (top < 0 || d->votes[k] > d->votes[top])) {
            top = k;
            ties = 0;
        } else if (top >= 0 && d->votes[k] == d->votes[top]) {
            ties++;
        }
    if (top < 0)
        say(d, text_dup(_("No hands yet: press the number of a kind for each hand.")));
    else if (ties)
        say(d, text_dup(_("A tie: click the kind the room settles on.")));
    else {
        say(d, NULL);
        answer(a, d, top);
    }
}

void drill_ui_free(App *a)
{
    DrillScreen *d = a->drill;
    if (!d)
        return;
    drill_bank_free(&d->bank);
    free(d->problem);
    free(d->blocks);
    free(d->saved);
    free(d);
    a->drill = NULL;
}

/* ---- the round screen ---- */

static int end_body(App *a, int y)
{
    a->dl.content_h = y + ui_gap(a) * 2 - a->dl.body_top;
    return y;
}

static int ask_item(App *a, DrillScreen *d, int x, int y, int w)
{
    const DrillItem *it = drill_session_item(&d->s);
    int gap = ui_gap(a);
    y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w,
                 d->s.form ? dl_printf(&a->dl, _("Item %d of %d, check form %c"), d->s.at + 1,
                                       d->s.n, d->s.form)
                           : dl_printf(&a->dl, _("Item %d of %d"), d->s.at + 1, d->s.n));
    y += gap / 2;
    y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, it->situation) + gap / 2;
    y += ui_text(a, FONT_BOLD, C_TEXT, x, y, w, _("The response:"));
    y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, it->response) + gap;
    y += ui_text(a, FONT_HEADING, C_TEXT, x, y, w, _("What kind of response is it?")) + gap / 2;
    if (d->room)
        y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w, _("A number key adds a hand for that kind "
                     "(Shift takes one away); Enter reveals the kind with most hands.")) + gap / 2;
    for (int k = 0; k < KIND_COUNT; k++) {
        const char *label = _(story_kind_label((ChoiceKind)k));
        if (d->room)
            label = dl_printf(&a->dl, ngettext("%s: %d hand", "%s: %d hands",
                                               (unsigned long)d->votes[k]),
                              label, d->votes[k]);
        y += ui_choice_button(a, x, y, w, k + 1, label, ACT_DRILL_DO,
                              DRILL_ARG(DRILL_UI_ANSWER, k)) + gap / 3;
    }
    return y;
}

static int feedback(App *a, DrillScreen *d, int x, int y, int w)
{
    const DrillItem *it = d->answered;
    bool right = d->answer == (int)it->kind;
    int gap = ui_gap(a);
    const char *verdict = right ? dl_printf(&a->dl, _("Right: %s."), _(story_kind_label(it->kind)))
                                : dl_printf(&a->dl, d->room ? _("Not quite: the room said %s; it is %s.")
                                                            : _("Not quite: you said %s; it is %s."),
                                            _(story_kind_label((ChoiceKind)d->answer)),
                                            _(story_kind_label(it->kind)));
    y += ui_text(a, FONT_HEADING, right ? C_BETTER : C_WORSE, x, y, w, verdict) + gap / 2;
    y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, it->because) + gap / 2;
    y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w,
                 dl_printf(&a->dl, _("The response was: %s"), it->response)) + gap;
    const char *next = drill_session_done(&d->s) ? _("See your score") : _("Next item");
    return y + ui_button(a, x, y, w, next, ACT_DRILL_DO, DRILL_ARG(DRILL_UI_NEXT, 0));
}

static int score_lines(App *a, const DrillScore *s, int x, int y, int w)
{
    for (int k = 0; k < KIND_COUNT; k++)
        if (s->total[k])
            y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                         dl_printf(&a->dl, _("%s: %d of %d right."),
                                   _(story_kind_label((ChoiceKind)k)), s->right[k], s->total[k]));
    return y;
}

static int done(App *a, DrillScreen *d, int x, int y, int w)
{
    int gap = ui_gap(a);
    const DrillScore *s = &d->s.score;
    const char *head = d->s.form ? dl_printf(&a->dl, _("Check form %c: %d of %d right."), d->s.form,
                                             drill_score_right(s), drill_score_total(s))
                                 : dl_printf(&a->dl, d->room ? _("The room: %d of %d right.")
                                                             : _("Round done: %d of %d right."),
                                             drill_score_right(s), drill_score_total(s));
    y += ui_text(a, FONT_HEADING, C_TEXT, x, y, w, head) + gap / 2;
    y += score_lines(a, s, x, y, w) + gap / 2;
    if (d->s.form && d->has_other) {
        y += ui_text(a, FONT_BOLD, C_TEXT, x, y, w,
                     dl_printf(&a->dl, _("Since check form %s:"), d->other.mode));
        for (int k = 0; k < KIND_COUNT; k++) {
            int was = drill_score_percent(&d->other.score, (ChoiceKind)k);
            int is = drill_score_percent(s, (ChoiceKind)k);
            if (was >= 0 && is >= 0)
                y += ui_text(a, FONT_BODY, is > was ? C_BETTER : is < was ? C_WORSE : C_TEXT, x,
                             y, w, dl_printf(&a->dl, is > was   ? _("%s: %d%% then, %d%% now (up).")
                                                     : is < was ? _("%s: %d%% then, %d%% now (down).")
                                                                : _("%s: %d%% then, %d%% now (the same)."),
                                             _(story_kind_label((ChoiceKind)k)), was, is));
        }
        y += gap / 2;
    }
    if (d->s.form)
        y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w, drill_honest_note()) + gap;
    else if (!d->room)
        y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w,
                     _("Items you missed come back in a later round.")) + gap;
    if (d->room) {
        if (d->saved)
            y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, d->saved) + gap / 2;
        y += ui_button(a, x, y, w, _("Save the room's summary"), ACT_DRILL_DO,
                       DRILL_ARG(DRILL_UI_SAVE_ROOM, 0)) + gap / 2;
    }
    y += ui_button(a, x, y, w, _("Another round"), ACT_DRILL_DO, DRILL_ARG(DRILL_UI_ROUND, 0));
    y += gap / 2;
    return y + ui_button(a, x, y, w, _("Your progress"), ACT_DRILL_DO,
                         DRILL_ARG(DRILL_UI_PROGRESS, 0));
}

void screen_drill(App *a)
{
    DrillScreen *d = a->drill;
    int y = screen_top_bar(a, _("Spot it"), true, false), x, w, gap = ui_gap(a);
    ui_column(a, &x, &w);
    y += gap;
    if (d && d->problem)
        y += ui_text(a, FONT_BODY, C_WORSE, x, y, w, d->problem) + gap;
    if (!d || !d->active) {
        end_body(a, y);
        return;
    }
    if (d->answered)
        y = feedback(a, d, x, y, w);
    else if (!drill_session_done(&d->s))
        y = ask_item(a, d, x, y, w);
    else
        y = done(a, d, x, y, w);
    end_body(a, y);
}

/* ---- the progress screen ---- */

/* One bar per kind: the share right in the latest block, with its words;
 * and a row of the earlier blocks' shares, oldest first, in words. */
static int kind_bars(App *a, DrillScreen *d, int x, int y, int w)
{
    const DrillBlock *last = &d->blocks[d->n_blocks - 1];
    int lh = gfx_line_height(a->gfx, FONT_BODY), gap = ui_gap(a);
    int label_w = gfx_char_width(a->gfx) * 12, bar_w = w - label_w;
    for (int k = 0; k < KIND_COUNT; k++) {
        int pct = drill_score_percent(&last->score, (ChoiceKind)k);
        const char *list = "";
        for (int i = 0; i < d->n_blocks; i++) {
            int p = drill_score_percent(&d->blocks[i].score, (ChoiceKind)k);
            const char *one = p < 0 ? _("not asked") : dl_printf(&a->dl, "%d%%", p);
            /* TRANSLATORS: the share right in one block of rounds, then in the next. */
            list = i ? dl_printf(&a->dl, _("%s, then %s"), list, one) : one;
        }
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                     dl_printf(&a->dl, "%s: %s.", _(story_kind_label((ChoiceKind)k)), list));
        Item *track = dl_add(&a->dl, ITEM_FRAME, (LayoutBox){x + label_w, y, bar_w, lh / 2});
        track->colour = C_TRACK_EDGE;
        track->value = 1;
        if (pct > 0) {
            Item *bar = dl_add(&a->dl, ITEM_FILL,
                               (LayoutBox){x + label_w, y, bar_w * pct / 100, lh / 2});
            bar->colour = (ColourSlot)(C_KIND + k);
        }
        y += lh / 2 + gap / 2;
    }
    return y;
}

void screen_drill_progress(App *a)
{
    DrillScreen *d = a->drill;
    int y = screen_top_bar(a, _("Spot it: your progress"), true, false), x, w, gap = ui_gap(a);
    ui_column(a, &x, &w);
    y += gap;
    if (d && d->problem)
        y += ui_text(a, FONT_BODY, C_WORSE, x, y, w, d->problem) + gap;
    if (!d || d->n_blocks == 0) {
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                     _("You have not played a round yet. Play one, and your right answers per "
                       "kind show here.")) + gap;
    } else {
        y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w,
                     dl_printf(&a->dl, _("Right answers per kind, %d practice rounds at a time, "
                                         "oldest first. The bars are the latest."), BLOCK)) + gap / 2;
        y = kind_bars(a, d, x, y, w) + gap / 2;
    }
    y += ui_button(a, x, y, w, _("Play a round"), ACT_DRILL_DO, DRILL_ARG(DRILL_UI_ROUND, 0));
    y += gap / 2;
    y += ui_button(a, x, y, w, _("Check form A"), ACT_DRILL_DO, DRILL_ARG(DRILL_UI_CHECK, 0));
    y += gap / 2;
    y += ui_button(a, x, y, w, _("Check form B"), ACT_DRILL_DO, DRILL_ARG(DRILL_UI_CHECK, 1));
    y += gap;
    y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w, drill_honest_note());
    end_body(a, y);
}
