/* present.c — facilitator mode (beside --present), the part that is not
 * layout: the room's show of hands, the keys that drive a session from the
 * front of the room, the decisions kept for the summary and its export, and
 * the facilitator's notes, which go to the terminal and never to the
 * projected window. The screens are in present_screens.c. */
#define _POSIX_C_SOURCE 200809L /* localtime_r */
#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "app/room.h"
#include "core/i18n.h"
#include "core/text.h"
#include "ui/app.h"
#include "ui/notes_window.h"
#include "ui/present.h"

enum { MOST_VOTES = 999 };

ScreenId app_play_screen(const App *a, bool at_ending)
{
    if (a->present.on)
        return at_ending ? SCREEN_SUMMARY : SCREEN_PRESENT;
    return at_ending ? SCREEN_DEBRIEF : SCREEN_PLAY;
}

void present_begin(App *a)
{
    Present *p = &a->present;
    p->n_decisions = 0;
    p->votes_step = p->notes_step = -1; /* no votes yet; every scene's notes again */
    p->started = (int64_t)time(NULL);
}

void present_free(App *a)
{
    free(a->present.decisions);
    free(a->present.saved);
    a->present.decisions = NULL;
    a->present.saved = NULL;
    a->present.n_decisions = a->present.cap_decisions = 0;
}

/* The notes of a scene, for the facilitator's eyes only: printed on
 * stdout (the terminal Beside was started from, or the file it is
 * redirected to). The projected window never shows them. */
static void print_notes(const App *a, const Scene *sc)
{
    const Present *p = &a->present;
    if (p->notes_win) {
        /* On the facilitator's own display; the terminal only says where. */
        char *head = text_format(sc->is_ending ? _("An ending: %s") : _("Scene: %s"), sc->id);
        char *notes = sc->notes ? text_format(_("Notes: %s"), sc->notes) : NULL;
        char *discuss = sc->discuss ? text_format(_("Discuss (D shows it to the room): %s"),
                                                  sc->discuss)
                                    : NULL;
        char *text = text_format("%s%s%s%s%s%s%s", head ? head : sc->id, notes ? "\n\n" : "",
                                 notes ? notes : "", discuss ? "\n\n" : "",
                                 discuss ? discuss : "", !sc->notes && !sc->discuss ? "\n\n" : "",
                                 !sc->notes && !sc->discuss ? _("No notes for this scene.") : "");
        if (text)
            notes_window_show(p->notes_win, text);
        free(text);
        free(head);
        free(notes);
        free(discuss);
        printf(_("--- %s: the notes are on the second display ---\n"), sc->id);
        fflush(stdout);
        return;
    }
    if (sc->is_ending)
        printf(_("--- %s (an ending) ---\n"), sc->id);
    else
        printf(_("--- %s (decision %d) ---\n"), sc->id, a->game.play.run.n_steps + 1);
    if (sc->notes) {
        printf(_("Notes: %s"), sc->notes);
        putchar('\n');
    }
    if (sc->discuss) {
        printf(_("Discuss (D shows it to the room): %s"), sc->discuss);
        putchar('\n');
    }
    if (!sc->notes && !sc->discuss)
        printf("%s\n", _("No notes for this scene."));
    if (p->second_display)
        printf("%s\n", _("(A second display is connected, but the notes window could not open "
                          "there.)"));
    putchar('\n');
    fflush(stdout);
}

void present_scene(App *a, const SceneView *v)
{
    Present *p = &a->present;
    int step = v->run->n_steps, scene = v->run->pos.scene;
    if (step != p->votes_step) {
        /* Back one step (Backspace): the room's hands for that decision come
         * back. Any other move starts the decision with no votes. */
        memset(p->votes, 0, sizeof p->votes);
        p->compared = false;
        if (p->n_decisions == step + 1) {
            memcpy(p->votes, p->decisions[step].votes, sizeof p->votes);
            p->compared = p->decisions[step].compared;
        }
        if (p->n_decisions > step)
            p->n_decisions = step;
        p->votes_step = step;
        p->show_discuss = false;
        p->reveal_armed = false;
        p->hint = NULL;
        free(p->saved);
        p->saved = NULL;
    }
    if (step != p->notes_step || scene != p->notes_scene) {
        p->notes_step = step;
        p->notes_scene = scene;
        print_notes(a, &v->story->scenes[scene]);
    }
}

void present_command(App *a, const GameCommand *cmd)
{
    if (cmd->type == GAME_CHOOSE)
        a->present.before = a->game.play.run.pos;
}

void present_feedback(App *a, const SceneView *v, const Feedback *f)
{
    Present *p = &a->present;
    int step = a->game.play.run.n_steps - 1;
    if (step < 0)
        return;
    if (p->n_decisions > step)
        p->n_decisions = step;
    if (p->n_decisions < step)
        return; /* the list lost step with the run; never expected */
    if (p->n_decisions == p->cap_decisions) {
        int cap = p->cap_decisions ? p->cap_decisions * 2 : 16;
        SessionDecision *d = realloc(p->decisions, (size_t)cap * sizeof *d);
        if (!d)
            return;
        p->decisions = d;
        p->cap_decisions = cap;
    }
    SessionDecision *d = &p->decisions[p->n_decisions++];
    memset(d, 0, sizeof *d);
    d->scene = a->game.play.run.steps[step].scene;
    const Scene *sc = &a->game.play.run.story->scenes[d->scene];
    d->n_options = v->n_shown < SESSION_MAX_OPTIONS ? v->n_shown : SESSION_MAX_OPTIONS;
    for (int i = 0; i < d->n_options; i++) {
        d->options[i] = v->shown[i];
        d->votes[i] = p->votes[i];
        if (&sc->choices[v->shown[i]] == f->choice)
            d->picked = i;
    }
    d->compared = p->compared;
    memcpy(d->meters_after, f->after, sizeof d->meters_after);
}

/* ---- keys and actions ---- */

static Result none(void)
{
    return (Result){R_NONE, {GAME_QUIT, 0}};
}

/* The room is deciding: a scene's options are open to votes. */
static bool deciding(const App *a)
{
    return a->in_game && a->game.have_view && !a->game.view.at_ending && !a->game.feedback_shown &&
           (a->screen == SCREEN_PRESENT || a->screen == SCREEN_COMPARE);
}

static void vote(App *a, int option, int by)
{
    Present *p = &a->present;
    if (!deciding(a) || option < 0 || option >= a->game.view.n_shown ||
        option >= SESSION_MAX_OPTIONS)
        return;
    int v = p->votes[option] + by;
    p->votes[option] = v < 0 ? 0 : v > MOST_VOTES ? MOST_VOTES : v;
    p->hint = NULL;
    a->dirty = true;
}

static Result reveal(App *a, int option)
{
    if (!deciding(a) || option < 0 || option >= a->game.view.n_shown)
        return none();
    if (a->screen == SCREEN_COMPARE)
        app_go(a, SCREEN_PRESENT);
    a->present.hint = NULL;
    return app_do_action(a, ACT_CHOOSE, option);
}

static Result reveal_top(App *a)
{
    Present *p = &a->present;
    if (!deciding(a))
        return none();
    int best = -1, most = 0, ties = 0;
    for (int i = 0; i < a->game.view.n_shown && i < SESSION_MAX_OPTIONS; i++) {
        if (p->votes[i] > most)
            most = p->votes[i], best = i, ties = 0;
        else if (p->votes[i] == most && most > 0)
            ties++;
    }
    if (best < 0 || ties > 0) {
        p->hint = best < 0 ? _("No votes yet \u2014 press R and a number to pick one.")
                           : _("Tie \u2014 press R and a number to pick one.");
        a->dirty = true;
        return none();
    }
    return reveal(a, best);
}

static void toggle_discuss(App *a)
{
    Present *p = &a->present;
    if (!a->game.have_view || !(a->screen == SCREEN_PRESENT || a->screen == SCREEN_SUMMARY) ||
        a->game.feedback_shown)
        return;
    const Scene *sc = &a->game.view.story->scenes[a->game.view.run->pos.scene];
    if (!sc->discuss) {
        p->show_discuss = false;
        p->hint = _("This scene has no discussion question.");
    } else {
        p->show_discuss = !p->show_discuss;
        p->hint = NULL;
    }
    a->dirty = true;
}

/* Writes the session's summary as HTML to the documents folder, as
 * beside-session-DATE.html (then -2, -3…; never over a file). */
static void export_summary(App *a)
{
    Present *p = &a->present;
    if (!a->game.has_run)
        return;
    SessionSummary s = {.story = a->game.play.run.story, .decisions = p->decisions,
                        .n_decisions = p->n_decisions, .started = p->started,
                        .finished = (int64_t)time(NULL)};
    s.ending = runtime_at_ending(a->game.play.run.story, &a->game.play.run.pos) ? a->game.play.run.pos.scene : -1;
    Position start;
    runtime_start(a->game.play.run.story, &start);
    memcpy(s.meters_start, start.meters, sizeof s.meters_start);
    free(p->saved);
    p->saved = room_save_session(&s);
    a->dirty = true;
}

Result present_action(App *a, Action act, int arg)
{
    switch (act) {
    case ACT_VOTE: vote(a, arg, 1); return none();
    case ACT_REVEAL_TOP: return reveal_top(a);
    case ACT_DISCUSS: toggle_discuss(a); return none();
    case ACT_COMPARE:
        if (a->screen == SCREEN_COMPARE) {
            app_go(a, SCREEN_PRESENT);
        } else if (a->in_game && a->screen == SCREEN_PRESENT &&
                   (deciding(a) || (a->game.feedback_shown && a->present.n_decisions > 0))) {
            if (!a->game.feedback_shown)
                a->present.compared = true;
            app_go(a, SCREEN_COMPARE);
        }
        return none();
    case ACT_SESSION_EXPORT:
        if (a->screen == SCREEN_SUMMARY)
            export_summary(a);
        return none();
    default: return none();
    }
}

static bool is_modifier(int32_t key)
{
    return key == SDLK_LSHIFT || key == SDLK_RSHIFT || key == SDLK_LCTRL || key == SDLK_RCTRL ||
           key == SDLK_LALT || key == SDLK_RALT || key == SDLK_LGUI || key == SDLK_RGUI ||
           key == SDLK_CAPSLOCK || key == SDLK_NUMLOCKCLEAR;
}

/* After R: a number reveals that option; Esc or anything else cancels.
 * True when the key was taken. */
static bool reveal_key(App *a, int32_t key, int digit, Result *r)
{
    Present *p = &a->present;
    if (is_modifier(key))
        return true;
    p->reveal_armed = false;
    p->hint = NULL;
    a->dirty = true;
    if (key == SDLK_ESCAPE)
        return true;
    if (digit < 0)
        return false;
    if (digit < a->game.view.n_shown)
        *r = reveal(a, digit);
    else
        p->hint = _("There is no option with that number.");
    return true;
}

/* While the card of a revealed option shows: go on, compare, or go back. */
static bool card_key(App *a, int32_t key, Result *r)
{
    if (key == SDLK_RETURN || key == SDLK_KP_ENTER || key == SDLK_SPACE) {
        *r = app_do_action(a, ACT_FEEDBACK_DONE, 0);
        return true;
    }
    if (key == SDLK_c) {
        *r = present_action(a, ACT_COMPARE, 0);
        return true;
    }
    if (key == SDLK_BACKSPACE) {
        if (a->screen == SCREEN_COMPARE)
            app_go(a, SCREEN_PRESENT);
        *r = app_do_action(a, ACT_REWIND_ONE, 0);
        return true;
    }
    return false;
}

/* While the room decides: votes, R, D, C, Enter, Backspace. */
static bool decision_key(App *a, int32_t key, int digit, bool shift, Result *r)
{
    Present *p = &a->present;
    if (digit >= 0) {
        vote(a, digit, shift ? -1 : 1);
        return true;
    }
    switch (key) {
    case SDLK_r:
        p->reveal_armed = true;
        p->hint = _("Reveal which option? Press its number (Esc cancels).");
        a->dirty = true;
        return true;
    case SDLK_d:
        if (a->screen == SCREEN_COMPARE)
            app_go(a, SCREEN_PRESENT);
        toggle_discuss(a);
        return true;
    case SDLK_c: *r = present_action(a, ACT_COMPARE, 0); return true;
    case SDLK_RETURN:
    case SDLK_KP_ENTER: *r = reveal_top(a); return true;
    case SDLK_BACKSPACE:
        if (a->screen == SCREEN_COMPARE)
            app_go(a, SCREEN_PRESENT);
        *r = app_do_action(a, ACT_REWIND_ONE, 0);
        return true;
    default: return false;
    }
}

bool present_key(App *a, int32_t key, uint16_t mod, Result *r)
{
    *r = none();
    if (!a->in_game || (mod & (KMOD_CTRL | KMOD_ALT | KMOD_GUI)) != 0)
        return false;
    int digit = key >= SDLK_1 && key <= SDLK_9 ? (int)(key - SDLK_1)
              : key >= SDLK_KP_1 && key <= SDLK_KP_9 ? (int)(key - SDLK_KP_1) : -1;
    if (a->present.reveal_armed && reveal_key(a, key, digit, r))
        return true;
    switch (a->screen) {
    case SCREEN_COMPARE:
        if (key == SDLK_c || key == SDLK_ESCAPE) {
            app_go(a, SCREEN_PRESENT);
            return true;
        }
        /* Votes and reveals work from the compare view too. */
        __attribute__((fallthrough));
    case SCREEN_PRESENT:
        if (a->game.feedback_shown)
            return card_key(a, key, r);
        return deciding(a) && decision_key(a, key, digit, (mod & KMOD_SHIFT) != 0, r);
    case SCREEN_SUMMARY:
        switch (key) {
        case SDLK_e: export_summary(a); return true;
        case SDLK_d: toggle_discuss(a); return true;
        case SDLK_BACKSPACE: *r = app_do_action(a, ACT_REWIND_ONE, 0); return true;
        default: return false;
        }
    default: return false;
    }
}
