/* app.c — the game window's event loop. It sleeps until an event arrives or
 * an animation frame is due, turns keys and clicks into actions, and lays out
 * and redraws the screen only when something changed. Play goes through the
 * same Frontend interface as the terminal player: `ask` runs this loop until
 * the player picks something. */
#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app/assignment.h"
#include "app/language.h"
#include "core/i18n.h"
#include "core/text.h"
#include "ui/app.h"
#include "ui/art.h"
#include "ui/desk_ui.h"
#include "ui/drill_ui.h"
#include "ui/font_find.h"
#include "ui/homework_ui.h"
#include "ui/journal.h"
#include "ui/notes_window.h"
#include "ui/people.h"
#include "ui/present.h"
#include "ui/screens.h"
#include "ui/ui.h"
#include "ui/view.h"
#include "ui/voice_ui.h"
#include "ui/watch.h"

enum { ANIM_MS = 250 };



void app_go(App *a, ScreenId s)
{
    /* Esc from these goes back where they were opened from; coming back to
     * them from a screen opened on top of them (Help, a question, a page)
     * keeps that. */
    bool from_child = a->screen == SCREEN_HELP || a->screen == SCREEN_CONFIRM ||
                      a->screen == SCREEN_IMPORT ||
                      (s == SCREEN_JOURNAL && a->screen == SCREEN_WRITE);
    if ((s == SCREEN_HELP || s == SCREEN_SETTINGS || s == SCREEN_HISTORY ||
         s == SCREEN_JOURNAL || s == SCREEN_WRITE) &&
        a->screen != s && (s == SCREEN_HELP || !from_child))
        a->back_to[s] = a->screen;
    /* Leaving the writing page saves it; Help keeps it open underneath. */
    if (a->screen == SCREEN_WRITE && s != SCREEN_WRITE)
        journal_leave(a, s == SCREEN_HELP);
    if (s == SCREEN_WRITE) {
        SDL_StartTextInput();
        a->jn.caret_visible = true;
    }
    a->screen = s;
    a->scroll = 0;
    a->focus = -1;
    a->dirty = true;
}

/* ---- stories ---- */

static int apply_fonts(App *a, char **err)
{
    int style = a->settings.font == FONT_DYSLEXIC && a->dyslexic_available ? FONT_DYSLEXIC
                                                                            : FONT_READING;
    int base = layout_base_size(a->height, a->settings.text_size);
    static int last_style = -1;
    if (base == gfx_base_px(a->gfx) && style == last_style)
        return 0;
    if (gfx_set_fonts(a->gfx, a->font_regular[style], a->font_bold[style], base, err) < 0)
        return -1;
    last_style = style;
    return 0;
}

void app_set_problem(App *a, const char *msg)
{
    free(a->problem);
    a->problem = msg ? strdup(msg) : NULL;
    a->dirty = true;
}

void app_apply_setting(App *a, Action act, int arg)
{
    switch (act) {
    case ACT_TEXT_SIZE: a->settings.text_size = arg; break;
    case ACT_THEME: a->settings.theme = (ThemeId)arg; a->theme = theme_get((ThemeId)arg); break;
    case ACT_FULLSCREEN:
        gfx_set_fullscreen(a->gfx, arg != 0);
        a->settings.fullscreen = gfx_fullscreen(a->gfx);
        break;
    case ACT_MOTION: a->settings.reduce_motion = arg != 0; break;
    case ACT_FONT: a->settings.font = arg; break;
    case ACT_ART: a->settings.art_off = arg == 0; break;
    case ACT_VOICE: a->settings.voice = arg != 0; break;
    case ACT_SETTINGS: app_profile_save_language(a, arg); break;
    default: break;
    }
    app_profile_save_settings(a);
    if (act == ACT_VOICE && arg)
        voice_ui_turned_on(a);
    char *err = NULL;
    if (apply_fonts(a, &err) < 0) {
        app_set_problem(a, err);
        free(err);
    }
    a->dirty = true;
}

/* ---- layout and drawing ---- */

static int max_scroll(const App *a)
{
    int room = a->height - a->dl.body_top;
    int m = a->dl.content_h - room;
    return m > 0 ? m : 0;
}

static void layout(App *a)
{
    gfx_output_size(a->gfx, &a->width, &a->height);
    char *err = NULL;
    if (apply_fonts(a, &err) < 0) {
        fprintf(stderr, "beside: %s\n", err);
        free(err);
    }
    dl_reset(&a->dl);
    switch (a->screen) {
    case SCREEN_TITLE: screen_title(a); break;
    case SCREEN_STORIES: screen_stories(a); break;
    case SCREEN_NOTES: screen_notes(a); break;
    case SCREEN_PLAY: screen_play(a); break;
    case SCREEN_DEBRIEF: screen_debrief(a); break;
    case SCREEN_HELP: screen_help(a); break;
    case SCREEN_SETTINGS: screen_settings(a); break;
    case SCREEN_HISTORY: screen_history(a); break;
    case SCREEN_CONFIRM: screen_confirm(a); break;
    case SCREEN_JOURNAL: screen_journal(a); break;
    case SCREEN_WRITE: screen_write(a); break;
    case SCREEN_IMPORT: screen_import(a); break;
    case SCREEN_HOMEWORK: screen_homework(a); break;
    case SCREEN_REPORT: screen_report(a); break;
    case SCREEN_PRESENT: screen_present(a); break;
    case SCREEN_COMPARE: screen_compare(a); break;
    case SCREEN_SUMMARY: screen_summary(a); break;
    case SCREEN_DESK: screen_desk(a); break;
    case SCREEN_DESK_FILES: screen_desk_files(a); break;
    case SCREEN_DESK_PREVIEW: screen_desk_preview(a); break;
    case SCREEN_DRILL: screen_drill(a); break;
    case SCREEN_DRILL_PROGRESS: screen_drill_progress(a); break;
    case SCREEN_COUNT: break;
    }
    if (a->focus_body_first) {
        /* Keyboard play goes on where it was: on the card's Continue or the
         * first choice, not on the top bar's Help. */
        a->focus = app_first_body_focus(a);
        a->focus_body_first = false;
    }
    if (a->keep_focus_visible) {
        Item *f = app_focused_item(a);
        if (f && f->scrolls) {
            int top = f->box.y - a->dl.body_top, bottom = top + f->box.h;
            int room = a->height - a->dl.body_top, margin = ui_gap(a);
            /* Room below it for the scroll cue, which would cover it. */
            int cue = gfx_line_height(a->gfx, FONT_SMALL) + gfx_base_px(a->gfx) / 3 + 4;
            if (top - margin < a->scroll)
                a->scroll = top - margin;
            else if (bottom + margin + cue > a->scroll + room)
                a->scroll = bottom + margin + cue - room;
        }
        a->keep_focus_visible = false;
    }
    if (a->scroll > max_scroll(a))
        a->scroll = max_scroll(a);
    if (a->scroll < 0)
        a->scroll = 0;
    if (!watch_overlay(a))
        ui_scroll_cue(a); /* a story's problems cover the bottom, where the cue goes */
    /* The list changed under a still pointer: find what it is over now. */
    a->hover = a->pointer_known ? app_button_at(a, a->pointer_x, a->pointer_y) : -1;
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void frame(App *a)
{
    double t0 = a->bench_frames ? now_ms() : 0;
    layout(a);
    voice_ui_frame(a);
    people_fade_check(a);
    ui_draw(a);
    people_fade_draw(a);
    gfx_present(a->gfx);
    if (!a->fade_start) /* tests read the settled frame, not a faded one */
        ui_dump(a);
    a->dirty = false;
    if (a->bench_frames)
        fprintf(stderr, "frame-ms %.3f screen=%s animating=%d\n", now_ms() - t0,
                screen_name(a->screen), a->game.meters.anim_start != 0);
    if (a->bench_first_frame) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        printf("first-frame %lld.%09ld\n", (long long)ts.tv_sec, ts.tv_nsec);
        fflush(stdout);
        exit(0);
    }
}

static bool animate(App *a)
{
    if (!a->game.meters.anim_start)
        return false;
    uint32_t t = SDL_GetTicks() - a->game.meters.anim_start;
    if (t >= ANIM_MS || a->settings.reduce_motion) {
        memcpy(a->game.meters.shown, a->game.meters.to, sizeof a->game.meters.shown);
        a->game.meters.anim_start = 0;
    } else {
        /* Ease out: fast at first, settling gently. */
        double p = (double)t / ANIM_MS, e = 1 - (1 - p) * (1 - p);
        for (int m = 0; m < STORY_MAX_METERS; m++)
            a->game.meters.shown[m] = (uint8_t)(a->game.meters.from[m] +
                                           (a->game.meters.to[m] - a->game.meters.from[m]) * e + 0.5);
    }
    a->dirty = true;
    return true;
}

/* ---- actions ---- */

/* Runs the loop until something for the caller happens. */
static Result wait_for(App *a)
{
    for (;;) {
        if (a->dirty)
            frame(a);
        SDL_Event e;
        int wait = a->game.meters.anim_start || a->fade_start ? 16 : journal_wait_ms(a);
        wait = watch_wait_ms(a, wait);
        int got = wait >= 0 ? SDL_WaitEventTimeout(&e, wait) : SDL_WaitEvent(&e);
        journal_tick(a);
        if (!got) { /* the story file is looked at after an event, or here */
            Result changed = watch_tick(a);
            if (changed.kind != R_NONE)
                return changed;
        }
        bool moving = people_fade_tick(a);
        if ((animate(a) || moving) && !got)
            continue;
        if (!got)
            continue;
        Result r = {R_NONE, {GAME_QUIT, 0}};
        switch (e.type) {
        case SDL_QUIT: r = app_do_action(a, ACT_QUIT, 0); break;
        case SDL_WINDOWEVENT:
            if (a->present.notes_win && e.window.windowID == notes_window_id(a->present.notes_win)) {
                notes_window_event(a->present.notes_win, &e.window);
                break;
            }
            /* With two windows SDL sends no SDL_QUIT when the game's closes. */
            if (e.window.event == SDL_WINDOWEVENT_CLOSE) {
                r = app_do_action(a, ACT_QUIT, 0);
                break;
            }
            if (e.window.event == SDL_WINDOWEVENT_SIZE_CHANGED ||
                e.window.event == SDL_WINDOWEVENT_EXPOSED ||
                e.window.event == SDL_WINDOWEVENT_RESTORED)
                a->dirty = true;
            break;
        case SDL_KEYDOWN: r = app_on_key(a, e.key.keysym.sym, e.key.keysym.mod); break;
        case SDL_TEXTINPUT: journal_text_input(a, e.text.text); break;
        case SDL_TEXTEDITING: journal_composition(a, e.edit.text, e.edit.start); break;
        case SDL_MOUSEBUTTONUP:
            if (e.button.button == SDL_BUTTON_LEFT)
                r = app_on_click(a, e.button.x, e.button.y);
            break;
        case SDL_MOUSEMOTION: app_on_motion(a, e.motion.x, e.motion.y); break;
        case SDL_MOUSEWHEEL:
            app_scroll_by(a, -e.wheel.y * gfx_line_height(a->gfx, FONT_BODY) * 3);
            break;
        case SDL_DROPFILE:
            /* An assignment dropped on the window opens; a profile is only
             * brought back after a question. */
            if (a->present.on) {
                /* A room's session has no profile or homework to open. */
            } else if (e.drop.file && !a->in_game && assignment_is_file(e.drop.file)) {
                app_homework_open(a, e.drop.file);
            } else if (e.drop.file && !a->in_game) {
                free(a->data.confirm_path);
                a->data.confirm_path = strdup(e.drop.file);
                a->data.confirm = CONFIRM_IMPORT;
                app_go(a, SCREEN_CONFIRM);
            }
            SDL_free(e.drop.file);
            break;
        case SDL_RENDER_TARGETS_RESET:
        case SDL_RENDER_DEVICE_RESET: a->dirty = true; break;
        default: break;
        }
        if (r.kind == R_NONE)
            r = watch_tick(a);
        if (r.kind != R_NONE)
            return r;
    }
}

/* ---- the Frontend ---- */

static void fe_scene(void *ud, const SceneView *v)
{
    App *a = ud;
    a->game.view = *v;
    a->game.have_view = true;
    if (a->present.on)
        present_scene(a, v);
    if (!a->game.meters.anim_start)
        memcpy(a->game.meters.shown, v->run->pos.meters, sizeof a->game.meters.shown);
    if (v->at_ending)
        app_profile_load_history(a); /* the debrief lists the choices taken back */
    if (!a->game.feedback_shown)
        app_go(a, app_play_screen(a, v->at_ending));
    a->dirty = true;
}

static GameCommand fe_ask(void *ud, const SceneView *v)
{
    App *a = ud;
    (void)v;
    Result r = wait_for(a);
    if (r.kind != R_GAME)
        return (GameCommand){GAME_QUIT, 0};
    if (a->present.on)
        present_command(a, &r.cmd);
    if (r.cmd.type == GAME_REWIND) {
        a->game.feedback_shown = false;
        a->game.meters.anim_start = 0;
        a->game.meters.show_delta = false;
    }
    return r.cmd;
}

static void fe_feedback(void *ud, const SceneView *v, const Feedback *f)
{
    App *a = ud;
    if (a->present.on)
        present_feedback(a, v, f);
    a->game.feedback = *f;
    a->game.feedback_shown = true;
    memcpy(a->game.meters.from, a->game.meters.shown, sizeof a->game.meters.from);
    memcpy(a->game.meters.to, f->after, sizeof a->game.meters.to);
    for (int m = 0; m < STORY_MAX_METERS; m++)
        a->game.meters.delta[m] = f->after[m] - f->before[m];
    a->game.meters.show_delta = true;
    /* 0 means still, so a start time is never 0. */
    a->game.meters.anim_start = a->settings.reduce_motion ? 0 : SDL_GetTicks() | 1;
    if (!a->game.meters.anim_start)
        memcpy(a->game.meters.shown, f->after, sizeof a->game.meters.shown);
    bool keyboard = a->focus >= 0;
    app_go(a, app_play_screen(a, false));
    a->focus_body_first = keyboard;
}

static void fe_ending(void *ud, const SceneView *v)
{
    (void)ud;
    (void)v; /* fe_scene already chose the debrief; the card comes first. */
}

static void fe_problem(void *ud, const char *message)
{
    app_set_problem(ud, message);
}

static void fe_changed(void *ud, const Run *run)
{
    (void)run; /* it is the playthrough's own run */
    app_profile_saved(ud);
}

/* ---- running ---- */

static void play(App *a, const Frontend *fe)
{
    int rc;
    do { /* again after a live reload, with the run carried over (watch.c) */
        a->in_game = true;
        a->after_game = SCREEN_TITLE;
        rc = game_play(&a->game.play.run, fe);
        a->in_game = false;
        a->game.have_view = false;
    } while (!a->quit && watch_swap(a));
    if (rc == GAME_FAILED)
        a->after_game = SCREEN_STORIES;
    app_profile_find_resume(a);
    app_profile_progress(a);
    if (!a->quit) {
        char *keep = a->problem ? strdup(a->problem) : NULL;
        app_go(a, a->after_game);
        app_set_problem(a, NULL);
        a->problem = keep;
    }
}

static int find_fonts(App *a, char **err)
{
    FontPaths p;
    if (font_find_all(NULL, &p, err) < 0) {
        font_paths_free(&p);
        return -1;
    }
    for (int i = 0; i < 2; i++) {
        a->font_regular[i] = p.regular[i];
        a->font_bold[i] = p.bold[i];
    }
    a->dyslexic_available = p.regular[FONT_DYSLEXIC] != NULL;
    return 0;
}

/* The window's settings: the defaults (a projector's for present mode),
 * then the saved ones, then the command line's for this time. */
static void settings_from(App *a, const UiOptions *o)
{
    a->settings = (Settings){.text_size = 100, .theme = THEME_LIGHT};
    language_system(a->settings.lang_system, sizeof a->settings.lang_system);
    a->present.on = o->present;
    if (o->present) {
        /* A room's session is not one person's progress: no profile is
         * opened, so nothing is saved. Projector settings by default. */
        a->settings.text_size = 150;
        a->settings.theme = THEME_HIGH_CONTRAST;
        a->settings.fullscreen = true;
        a->present.votes_step = a->present.notes_step = -1;
    } else if (!o->watch) {
        /* A story being written is played to try it: not saved either. */
        app_profile_open(a, NULL);
        app_profile_find_resume(a);
    }
    if (o->lang) /* after the profile's own choice, before any story loads */
        language_choose(o->lang);
    if (o->text_size > 0)
        a->settings.text_size = o->text_size;
    if (o->reduce_motion)
        a->settings.reduce_motion = true;
    if (o->fullscreen)
        a->settings.fullscreen = true;
    if (o->theme && theme_find(o->theme))
        a->settings.theme = (ThemeId)(theme_find(o->theme) - theme_get(THEME_LIGHT));
    a->theme = theme_get(a->settings.theme);
}

/* Fonts, the window, the notes window in present mode, the help contacts.
 * Returns UI_OK, or UI_FAILED / UI_NO_DISPLAY with *err set. */
static int open_window(App *a, const UiOptions *o, char **err)
{
    if (find_fonts(a, err) < 0)
        return UI_FAILED;
    a->gfx = gfx_open(&(GfxOptions){o->width, o->height, a->settings.fullscreen}, err);
    if (!a->gfx)
        return UI_NO_DISPLAY;
    a->settings.fullscreen = gfx_fullscreen(a->gfx);
    a->present.second_display = o->present && SDL_GetNumVideoDisplays() > 1;
    if (a->present.second_display || (o->present && o->notes_window)) {
        char *nerr = NULL;
        a->present.notes_win = notes_window_open(a->present.second_display ? 1 : 0,
                                                 a->font_regular[FONT_READING], &nerr);
        if (!a->present.notes_win)
            fprintf(stderr, _("beside: %s The notes go to this terminal instead.\n"),
                    nerr ? nerr : "");
        free(nerr);
    }
    contacts_load(&a->contacts);
    a->art = art_open();
    gfx_output_size(a->gfx, &a->width, &a->height);
    return apply_fonts(a, err) < 0 ? UI_FAILED : UI_OK;
}

/* The first screen: the title, the stories (present mode), an assignment,
 * or a story named on the command line. UI_FAILED when that story is not
 * found (with *err set). */
static int first_screen(App *a, const UiOptions *o, const Frontend *fe, char **err)
{
    app_go(a, SCREEN_TITLE);
    app_homework_restore(a);
    if (o->desk && !o->present) {
        desk_ui_open(a, 0);
    } else if (o->present && !o->story) {
        app_load_stories(a); /* a session starts by picking the story */
        app_go(a, SCREEN_STORIES);
    } else if (o->story && assignment_is_file(o->story) && !o->present) {
        app_homework_open(a, o->story);
    } else if (o->story) {
        int i = app_pick_story(a, o->story, err);
        if (i < 0)
            return UI_FAILED;
        a->shelf.picked = i;
        if (a->shelf.cards[i].story && a->shelf.cards[i].story->n_content_notes > 0) {
            app_go(a, SCREEN_NOTES); /* the notes come first, whichever way a story starts */
        } else if (a->shelf.cards[i].story) {
            app_start_story(a, i);
            play(a, fe);
        } else {
            app_go(a, SCREEN_STORIES);
            watch_show_problems(a, a->shelf.cards[i].problem);
        }
    }
    return UI_OK;
}

/* Everything the window holds, freed; the window closed. */
static void close_app(App *a)
{
    if (a->game.has_run)
        playthrough_free(&a->game.play);
    if (a->screen == SCREEN_WRITE)
        journal_leave(a, false);
    textedit_free(a->jn.editor);
    free(a->jn.prompt);
    free(a->jn.problem);
    journal_entries_free(a->jn.list, a->jn.n_list);
    desk_ui_free(a);
    drill_ui_free(a);
    watch_free(a);
    app_profile_free(a);
    free(a->data.confirm_path);
    free(a->data.where);
    path_list_free(&a->data.copies);
    app_report_free(a);
    homework_free(a->hw.assignment);
    for (int i = 0; i < a->shelf.n; i++) {
        free(a->shelf.cards[i].path);
        story_free(a->shelf.cards[i].story);
        free(a->shelf.cards[i].problem);
    }
    free(a->shelf.cards);
    for (int i = 0; i < 2; i++) {
        free(a->font_regular[i]);
        free(a->font_bold[i]);
    }
    free(a->problem);
    present_free(a);
    contacts_free(&a->contacts);
    dl_free(&a->dl);
    voice_ui_close(a);
    art_close(a->art); /* its textures go before the renderer */
    notes_window_close(a->present.notes_win);
    gfx_close(a->gfx);
    free(a);
}

int ui_run(const UiOptions *o, char **err)
{
    *err = NULL;
    App *a = calloc(1, sizeof *a);
    if (!a)
        return UI_FAILED;
    settings_from(a, o);
    a->focus = -1;
    a->game.run_story = -1;
    a->dump_path = getenv("BESIDE_UI_DUMP");
    a->bench_first_frame = getenv("BESIDE_BENCH_FIRST_FRAME") != NULL;
    a->bench_frames = getenv("BESIDE_BENCH_FRAMES") != NULL;
    Frontend fe = {.ud = a, .scene = fe_scene, .ask = fe_ask, .feedback = fe_feedback,
                   .ending = fe_ending, .problem = fe_problem, .changed = fe_changed};
    int rc = open_window(a, o, err);
    if (rc == UI_OK && o->watch && watch_open(a, o->watch) < 0)
        fputs(_("beside: out of memory: the story is not watched for changes.\n"), stderr);
    const char *check = o->present ? getenv("BESIDE_PRESENT_CHECK") : NULL;
    if (rc == UI_OK && check && *check) {
        rc = present_check_all(a, check) == 0 ? UI_OK : UI_FAILED;
        a->quit = true;
    } else if (rc == UI_OK) {
        rc = first_screen(a, o, &fe, err);
    }
    while (rc == UI_OK && !a->quit) {
        Result r = wait_for(a);
        if (r.kind == R_QUIT)
            break;
        if (r.kind == R_START) {
            app_start_story(a, a->shelf.picked);
            play(a, &fe);
        } else if (r.kind == R_CONTINUE && app_continue_run(a)) {
            play(a, &fe);
        }
    }
    close_app(a);
    return rc;
}
