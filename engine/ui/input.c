/* input.c — turning keys and clicks into actions, and actions into changes
 * of screen or into commands for the play loop. */
#include <SDL.h>
#include <stdlib.h>
#include <string.h>

#include "ui/app.h"
#include "ui/desk_ui.h"
#include "ui/drill_ui.h"
#include "ui/homework_ui.h"
#include "ui/journal.h"
#include "ui/present.h"
#include "ui/voice_ui.h"
#include "ui/watch.h"

int app_focusable_count(const App *a)
{
    int n = 0;
    for (int i = 0; i < a->dl.count; i++)
        n += a->dl.items[i].kind == ITEM_BUTTON;
    return n;
}

Item *app_focused_item(App *a)
{
    int n = 0;
    for (int i = 0; i < a->dl.count; i++)
        if (a->dl.items[i].kind == ITEM_BUTTON && n++ == a->focus)
            return &a->dl.items[i];
    return NULL;
}

static Result game_result(GameCommandType t, int arg)
{
    return (Result){R_GAME, {t, arg}};
}

/* Esc or Back: where each screen goes back to. */
static Result back_action(App *a)
{
    Result none = {R_NONE, {GAME_QUIT, 0}};
    switch (a->screen) {
    case SCREEN_HELP:
    case SCREEN_SETTINGS:
    case SCREEN_HISTORY:
    case SCREEN_JOURNAL: app_go(a, a->back_to[a->screen]); return none;
    case SCREEN_WRITE:
        if (a->back_to[SCREEN_WRITE] == SCREEN_JOURNAL)
            journal_load_list(a); /* the list shows what was just written */
        app_go(a, a->back_to[SCREEN_WRITE]);
        return none;
    case SCREEN_CONFIRM:
    case SCREEN_IMPORT: app_go(a, SCREEN_SETTINGS); return none;
    case SCREEN_HOMEWORK: app_go(a, SCREEN_TITLE); return none;
    case SCREEN_REPORT: app_go(a, SCREEN_HOMEWORK); return none;
    case SCREEN_STORIES: app_go(a, SCREEN_TITLE); return none;
    case SCREEN_NOTES: app_go(a, SCREEN_STORIES); return none;
    case SCREEN_COMPARE: app_go(a, SCREEN_PRESENT); return none;
    case SCREEN_DESK: app_go(a, SCREEN_TITLE); return none;
    case SCREEN_DESK_FILES:
    case SCREEN_DESK_PREVIEW: app_go(a, SCREEN_DESK); return none;
    case SCREEN_DRILL:
    case SCREEN_DRILL_PROGRESS: app_go(a, SCREEN_TITLE); return none;
    case SCREEN_PLAY:
    case SCREEN_DEBRIEF:
    case SCREEN_PRESENT:
    case SCREEN_SUMMARY:
        if (a->in_game) {
            a->after_game = SCREEN_TITLE;
            return game_result(GAME_QUIT, 0);
        }
        app_go(a, SCREEN_TITLE);
        return none;
    default: return none;
    }
}

/* Choosing, going on after the card, going back: commands for the play loop. */
static Result play_action(App *a, Action act, int arg)
{
    Result none = {R_NONE, {GAME_QUIT, 0}};
    switch (act) {
    case ACT_PICK_STORY:
        if (arg < 0 || arg >= a->shelf.n || !a->shelf.cards[arg].story)
            return none;
        a->shelf.picked = arg;
        /* The notes screen also offers to continue an unfinished playthrough. */
        if (a->shelf.cards[arg].story->n_content_notes > 0 || app_profile_resume_card(a) == arg ||
            (a->game.has_run && a->game.run_story == arg &&
             !runtime_at_ending(a->game.play.run.story, &a->game.play.run.pos))) {
            app_go(a, SCREEN_NOTES);
            return none;
        }
        return (Result){R_START, {GAME_QUIT, 0}};
    case ACT_START_STORY: return (Result){R_START, {GAME_QUIT, 0}};
    case ACT_CONTINUE_RUN: return (Result){R_CONTINUE, {GAME_QUIT, 0}};
    case ACT_CHOOSE:
        if (a->in_game && (a->screen == SCREEN_PLAY || a->screen == SCREEN_PRESENT) &&
            !a->game.feedback_shown && a->game.have_view &&
            arg >= 0 && arg < a->game.view.n_shown)
            return game_result(GAME_CHOOSE, arg);
        return none;
    case ACT_FEEDBACK_DONE:
        if (a->game.feedback_shown) {
            a->game.feedback_shown = false;
            ScreenId next = app_play_screen(a, a->game.have_view && a->game.view.at_ending);
            bool keyboard = a->focus >= 0;
            app_go(a, next);
            a->focus_body_first = keyboard;
        }
        return none;
    case ACT_PLAY_AGAIN: return a->in_game ? game_result(GAME_REWIND, 0) : none;
    case ACT_REWIND_ONE:
        if (a->in_game && a->game.play.run.n_steps > 0 &&
            (a->screen == SCREEN_PLAY || a->screen == SCREEN_DEBRIEF ||
             a->screen == SCREEN_PRESENT || a->screen == SCREEN_SUMMARY))
            return game_result(GAME_REWIND, a->game.play.run.n_steps - 1);
        return none;
    case ACT_HISTORY:
        if (a->in_game && (a->screen == SCREEN_PLAY || a->screen == SCREEN_DEBRIEF))
            app_go(a, SCREEN_HISTORY);
        return none;
    case ACT_REWIND_TO:
        if (a->in_game && a->screen == SCREEN_HISTORY && arg >= 0 && arg < a->game.play.run.n_steps)
            return game_result(GAME_REWIND, arg);
        return none;
    default: return none;
    }
}

/* The player's own things: export, import, delete, journal, homework, report. */
static Result data_action(App *a, Action act, int arg)
{
    Result none = {R_NONE, {GAME_QUIT, 0}};
    switch (act) {
    case ACT_EXPORT: app_profile_export(a); return none;
    case ACT_SHOW_DATA: app_profile_show_folder(a); return none;
    case ACT_HOMEWORK:
        app_load_stories(a);
        app_go(a, SCREEN_HOMEWORK);
        return none;
    case ACT_HW_QUESTION:
        if (a->hw.assignment && arg >= 0 && arg < a->hw.assignment->n_questions)
            journal_new_page(a, NULL, NULL, a->hw.assignment->questions[arg]);
        return none;
    case ACT_HW_REMOVE:
        app_homework_remove(a);
        app_go(a, SCREEN_TITLE);
        return none;
    case ACT_REPORT:
        app_report_prepare(a);
        app_go(a, SCREEN_REPORT);
        return none;
    case ACT_REPORT_TOGGLE: app_report_toggle(a, arg); return none;
    case ACT_REPORT_SAVE: app_report_save(a); return none;
    case ACT_IMPORT_LIST:
        app_profile_find_copies(a);
        app_go(a, SCREEN_IMPORT);
        return none;
    case ACT_IMPORT_PICK:
        if (arg < 0 || arg >= a->data.copies.count)
            return none;
        free(a->data.confirm_path);
        a->data.confirm_path = strdup(a->data.copies.items[arg]);
        a->data.confirm = CONFIRM_IMPORT;
        app_go(a, SCREEN_CONFIRM);
        return none;
    case ACT_JOURNAL:
        journal_load_list(a);
        app_go(a, SCREEN_JOURNAL);
        return none;
    case ACT_JOURNAL_NEW: journal_new_page(a, NULL, NULL, NULL); return none;
    case ACT_JOURNAL_OPEN: journal_open_page(a, arg); return none;
    case ACT_REFLECT:
        if (a->screen == SCREEN_DEBRIEF && a->game.has_run) {
            const Scene *sc = &a->game.play.run.story->scenes[a->game.play.run.pos.scene];
            journal_new_page(a, a->game.play.run.story->id, sc->id, sc->reflect);
        }
        return none;
    case ACT_DELETE_ASK:
        a->data.confirm = CONFIRM_DELETE;
        app_go(a, SCREEN_CONFIRM);
        return none;
    case ACT_CONFIRM:
        if (a->screen != SCREEN_CONFIRM)
            return none;
        if (a->data.confirm == CONFIRM_DELETE) {
            app_go(a, SCREEN_SETTINGS);
            app_profile_delete_all(a);
        } else if (a->data.confirm_path) {
            app_go(a, SCREEN_SETTINGS);
            app_profile_import(a, a->data.confirm_path);
        }
        return none;
    default: return none;
    }
}

Result app_do_action(App *a, Action act, int arg)
{
    Result none = {R_NONE, {GAME_QUIT, 0}};
    if (act != ACT_NONE && a->problem && act != ACT_HELP)
        app_set_problem(a, NULL);
    switch (act) {
    case ACT_NONE: return none;
    case ACT_HELP: app_go(a, SCREEN_HELP); return none;
    case ACT_SETTINGS:
        if (arg > 0) { /* Settings → Language (app.c) */
            app_apply_setting(a, act, arg);
            return none;
        }
        /* Settings opened afresh names no folder until asked again. */
        free(a->data.where);
        a->data.where = NULL;
        app_go(a, SCREEN_SETTINGS);
        return none;
    case ACT_QUIT:
        a->quit = true;
        return a->in_game ? game_result(GAME_QUIT, 0) : (Result){R_QUIT, {GAME_QUIT, 0}};
    case ACT_STORIES:
        app_load_stories(a);
        if (a->in_game) {
            a->after_game = SCREEN_STORIES;
            return game_result(GAME_QUIT, 0);
        }
        app_go(a, SCREEN_STORIES);
        return none;
    case ACT_BACK: return back_action(a);
    case ACT_PICK_STORY:
    case ACT_START_STORY:
    case ACT_CONTINUE_RUN:
    case ACT_CHOOSE:
    case ACT_FEEDBACK_DONE:
    case ACT_PLAY_AGAIN:
    case ACT_REWIND_ONE:
    case ACT_HISTORY:
    case ACT_REWIND_TO: return play_action(a, act, arg);
    case ACT_EXPORT:
    case ACT_HOMEWORK:
    case ACT_HW_QUESTION:
    case ACT_HW_REMOVE:
    case ACT_REPORT:
    case ACT_REPORT_TOGGLE:
    case ACT_REPORT_SAVE:
    case ACT_IMPORT_LIST:
    case ACT_IMPORT_PICK:
    case ACT_JOURNAL:
    case ACT_JOURNAL_NEW:
    case ACT_JOURNAL_OPEN:
    case ACT_REFLECT:
    case ACT_DELETE_ASK:
    case ACT_CONFIRM:
    case ACT_SHOW_DATA: return data_action(a, act, arg);
    case ACT_TEXT_SIZE:
    case ACT_THEME:
    case ACT_FULLSCREEN:
    case ACT_MOTION:
    case ACT_ART:
    case ACT_VOICE:
    case ACT_FONT: app_apply_setting(a, act, arg); return none;
    case ACT_VOTE:
    case ACT_REVEAL_TOP:
    case ACT_DISCUSS:
    case ACT_COMPARE:
    case ACT_SESSION_EXPORT: return present_action(a, act, arg);
    case ACT_DESK: desk_ui_open(a, arg); return none;
    case ACT_DESK_DO: desk_ui_action(a, arg); return none;
    case ACT_DRILL: drill_ui_open(a, arg); return none;
    case ACT_DRILL_DO: drill_ui_action(a, arg); return none;
    }
    return none;
}

/* The first focusable item in the body (after the top bar's buttons). */
int app_first_body_focus(const App *a)
{
    int n = 0;
    for (int i = 0; i < a->dl.count; i++) {
        const Item *it = &a->dl.items[i];
        if (it->kind != ITEM_BUTTON)
            continue;
        if (it->scrolls)
            return n;
        n++;
    }
    return 0;
}

static void move_focus(App *a, int by)
{
    int n = app_focusable_count(a);
    if (n == 0)
        return;
    if (a->focus < 0 || a->focus >= n)
        a->focus = app_first_body_focus(a);
    else
        a->focus = (a->focus + by + n) % n;
    a->keep_focus_visible = true;
    a->dirty = true;
}

void app_scroll_by(App *a, int dy)
{
    a->scroll += dy;
    a->dirty = true;
}

Result app_on_key(App *a, int32_t key, uint16_t mod)
{
    Result none = {R_NONE, {GAME_QUIT, 0}};
    if (journal_key(a, key, mod))
        return none;
    Result r;
    if (a->present.on && present_key(a, key, mod, &r))
        return r;
    bool ctrl = (mod & KMOD_CTRL) != 0, shift = (mod & KMOD_SHIFT) != 0;
    int page = a->height - a->dl.body_top - gfx_line_height(a->gfx, FONT_BODY) * 2;
    if (ctrl && key == SDLK_z)
        return app_do_action(a, ACT_REWIND_ONE, 0);
    if (ctrl && key == SDLK_q)
        return app_do_action(a, ACT_QUIT, 0);
    int digit = key >= SDLK_1 && key <= SDLK_9 ? (int)(key - SDLK_1)
              : key >= SDLK_KP_1 && key <= SDLK_KP_9 ? (int)(key - SDLK_KP_1) : -1;
    if (digit >= 0 && !ctrl) {
        if (a->screen == SCREEN_PLAY)
            return app_do_action(a, ACT_CHOOSE, digit);
        if (a->screen == SCREEN_STORIES)
            return app_do_action(a, ACT_PICK_STORY, digit);
        if (a->screen == SCREEN_DRILL)
            drill_ui_digit(a, digit, shift);
        return none;
    }
    switch (key) {
    case SDLK_F1: return app_do_action(a, ACT_HELP, 0);
    case SDLK_F5: watch_request(a); return none;
    case SDLK_h: return app_do_action(a, ACT_HISTORY, 0);
    case SDLK_v:
        if (!ctrl && a->screen != SCREEN_WRITE)
            voice_ui_read(a);
        return none;
    case SDLK_F11: return app_do_action(a, ACT_FULLSCREEN, !gfx_fullscreen(a->gfx));
    case SDLK_ESCAPE:
    case SDLK_AC_BACK: return app_do_action(a, ACT_BACK, 0);
    case SDLK_TAB: move_focus(a, shift ? -1 : 1); return none;
    case SDLK_DOWN:
    case SDLK_RIGHT: move_focus(a, 1); return none;
    case SDLK_UP:
    case SDLK_LEFT: move_focus(a, -1); return none;
    case SDLK_PAGEDOWN: app_scroll_by(a, page); return none;
    case SDLK_PAGEUP: app_scroll_by(a, -page); return none;
    case SDLK_HOME: app_scroll_by(a, -1000000); return none;
    case SDLK_END: app_scroll_by(a, 1000000); return none;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
    case SDLK_SPACE: {
        Item *f = app_focused_item(a);
        if (f)
            return app_do_action(a, f->action, f->arg);
        if (a->screen == SCREEN_DRILL) {
            drill_ui_enter(a);
            return none;
        }
        if ((a->screen == SCREEN_PLAY || a->screen == SCREEN_PRESENT) && a->game.feedback_shown)
            return app_do_action(a, ACT_FEEDBACK_DONE, 0);
        move_focus(a, 1);
        return none;
    }
    default: return none;
    }
}

/* The button under (x, y) in output pixels: its index in the display list,
 * or -1. Fixed items first: they are drawn over the body. */
int app_button_at(const App *a, int x, int y)
{
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < a->dl.count; i++) {
            const Item *it = &a->dl.items[i];
            if (it->kind != ITEM_BUTTON || it->scrolls != (pass == 1))
                continue;
            LayoutBox b = it->box;
            if (it->scrolls) {
                if (y < a->dl.body_top)
                    continue;
                b.y -= a->scroll;
            }
            if (x >= b.x && x < b.x + b.w && y >= b.y && y < b.y + b.h)
                return i;
        }
    return -1;
}

Result app_on_click(App *a, int x, int y)
{
    Result none = {R_NONE, {GAME_QUIT, 0}};
    gfx_mouse(a->gfx, &x, &y);
    int i = app_button_at(a, x, y);
    if (i < 0) {
        journal_click(a, x, y);
        return none;
    }
    a->focus = -1; /* the ring is for keyboard use */
    a->dirty = true;
    return app_do_action(a, a->dl.items[i].action, a->dl.items[i].arg);
}

void app_on_motion(App *a, int x, int y)
{
    gfx_mouse(a->gfx, &x, &y);
    a->pointer_x = x, a->pointer_y = y;
    a->pointer_known = true;
    int i = app_button_at(a, x, y);
    if (i != a->hover) {
        a->hover = i;
        gfx_pointer(a->gfx, i >= 0);
        a->dirty = true;
    }
}
