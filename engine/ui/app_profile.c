/* app_profile.c — the window and the player's profile: settings that
 * persist, progress on the story cards, every choice saved as it is made,
 * Continue after a restart (or a crash), the debrief's retries, and the
 * player's own data (export, import, delete: engine/app/yourdata). The SQL is
 * in engine/profile/. */
#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app/language.h"
#include "app/standing.h"
#include "app/yourdata.h"
#include "core/i18n.h"
#include "core/text.h"
#include "ui/app.h"
#include "ui/present.h"

/* Shows a profile problem once per kind, so a full disk does not turn every
 * choice into a message. */
static void profile_problem(App *a, const char *what, char *err)
{
    if (!a->save_problem_shown) {
        char *msg = text_format("%s %s", what, err ? err : "");
        app_set_problem(a, msg);
        free(msg);
        a->save_problem_shown = true;
    }
    free(err);
}

/* "language" is last: it is written when chosen (app.c), not from a->settings. */
static const char *const setting_keys[] = {"text_size", "theme", "fullscreen", "reduce_motion",
                                           "font", "art", "voice", "language"};
enum { N_SAVED = 7 }; /* the keys app_profile_save_settings writes */

/* Settings → Language, read as the window opens and before any story
 * loads: English or Spanish outranks the environment, as --lang does, for
 * the interface (app/language.h) and the stories (BESIDE_LANG,
 * story_lang_current); "auto" leaves what main() chose. */
static void load_language(const char *v)
{
    if (strcmp(v, "en") != 0 && strcmp(v, "es") != 0)
        return;
    language_choose(v);
}

static void load_setting(App *a, int which, const char *v)
{
    int n = atoi(v);
    switch (which) {
    case 0:
        if (n == 100 || n == 125 || n == 150 || n == 175 || n == 200)
            a->settings.text_size = n;
        break;
    case 1:
        if (theme_find(v))
            a->settings.theme = (ThemeId)(theme_find(v) - theme_get(THEME_LIGHT));
        break;
    case 2: a->settings.fullscreen = n != 0; break;
    case 3: a->settings.reduce_motion = n != 0; break;
    case 4: a->settings.font = n == 1 ? 1 : 0; break;
    case 5: a->settings.art_off = n == 0; break;
    case 6: a->settings.voice = n != 0; break;
    case 7: load_language(v); break;
    }
}

void app_profile_open(App *a, const char *path)
{
    char *notice = NULL, *err = NULL;
    a->profile = profile_open(path, &notice, &err);
    if (!a->profile) {
        char *msg = text_format(_("Your progress will not be saved this time: %s"),
                                err ? err : _("the profile could not be opened."));
        app_set_problem(a, msg);
        free(msg);
        free(err);
        return;
    }
    if (notice)
        app_set_problem(a, notice);
    free(notice);
    for (int i = 0; i < (int)(sizeof setting_keys / sizeof setting_keys[0]); i++) {
        char *v = NULL;
        if (profile_setting_get(a->profile, setting_keys[i], &v, &err) == 0 && v)
            load_setting(a, i, v);
        free(v);
        free(err);
        err = NULL;
    }
    a->theme = theme_get(a->settings.theme);
}

/* Settings → Language (1 automatic, 2 English, 3 Spanish): the words and
 * the stories change now (Automatic: back to the system's language, as
 * Beside found it), and the choice is kept in the profile as "language"
 * for load_language to set as Beside starts. */
void app_profile_save_language(App *a, int arg)
{
    static const char *const codes[] = {"auto", "en", "es"};
    char *err = NULL;
    if (arg < 1 || arg > 3)
        return;
    const char *lang = codes[arg - 1];
    if (arg == 1)
        lang = a->settings.lang_system[0] ? a->settings.lang_system : "en";
    language_choose(lang);
    app_stories_relanguage(a);
    if (!a->profile || profile_read_only(a->profile))
        return;
    if (profile_setting_set(a->profile, "language", codes[arg - 1], &err) < 0) {
        char *msg = text_format("%s %s", _("Your settings could not be saved:"), err ? err : "");
        app_set_problem(a, msg);
        free(msg);
    }
    free(err);
}

int app_profile_language(App *a)
{
    char *v = NULL, *err = NULL;
    profile_setting_get(a->profile, "language", &v, &err);
    int n = v && strcmp(v, "en") == 0 ? 2 : v && strcmp(v, "es") == 0 ? 3 : 1;
    free(v);
    free(err);
    return n;
}

void app_profile_save_settings(App *a)
{
    if (!a->profile || profile_read_only(a->profile))
        return;
    enum { N = N_SAVED };
    char values[N][16];
    snprintf(values[0], sizeof values[0], "%d", a->settings.text_size);
    snprintf(values[1], sizeof values[1], "%s", theme_get(a->settings.theme)->name);
    snprintf(values[2], sizeof values[2], "%d", a->settings.fullscreen);
    snprintf(values[3], sizeof values[3], "%d", a->settings.reduce_motion);
    snprintf(values[4], sizeof values[4], "%d", a->settings.font);
    snprintf(values[5], sizeof values[5], "%d", !a->settings.art_off);
    snprintf(values[6], sizeof values[6], "%d", a->settings.voice);
    for (int i = 0; i < (int)N; i++) {
        char *err = NULL;
        if (profile_setting_set(a->profile, setting_keys[i], values[i], &err) < 0) {
            profile_problem(a, _("Your settings could not be saved:"), err);
            return;
        }
    }
}

void app_profile_progress(App *a)
{
    if (!a->profile || !a->shelf.loaded)
        return;
    if (!a->shelf.progress)
        a->shelf.progress = calloc(a->shelf.n > 0 ? (size_t)a->shelf.n : 1, sizeof *a->shelf.progress);
    if (!a->shelf.progress)
        return;
    for (int i = 0; i < a->shelf.n; i++) {
        story_progress_free(&a->shelf.progress[i]);
        char *err = NULL;
        if (a->shelf.cards[i].story &&
            profile_progress(a->profile, a->shelf.cards[i].story->id, &a->shelf.progress[i], &err) < 0)
            memset(&a->shelf.progress[i], 0, sizeof a->shelf.progress[i]);
        free(err);
    }
}

void app_profile_free(App *a)
{
    if (a->shelf.progress)
        for (int i = 0; i < a->shelf.n; i++)
            story_progress_free(&a->shelf.progress[i]);
    free(a->shelf.progress);
    a->shelf.progress = NULL;
    choice_history_free(&a->game.history);
    standing_free(&a->standing);
    profile_close(a->profile);
    a->profile = NULL;
}

void app_profile_find_resume(App *a)
{
    /* The title comes as it was saved, so the title screen need not load
     * every story (that would slow its first frame). */
    standing_free(&a->standing);
    standing_read(a->profile, &a->standing);
}

int app_profile_resume_card(App *a)
{
    if (!a->standing.resume || !a->standing.story_id)
        return -1;
    for (int i = 0; i < a->shelf.n; i++)
        if (a->shelf.cards[i].story && strcmp(a->shelf.cards[i].story->id, a->standing.story_id) == 0)
            return i;
    return -1;
}

int app_profile_resume(App *a)
{
    app_load_stories(a);
    int card = app_profile_resume_card(a);
    if (card < 0) {
        char *msg = text_format(_("The story you were playing (%s) is no longer installed, so "
                                  "it cannot be continued."),
                                a->standing.story_id ? a->standing.story_id : "?");
        app_set_problem(a, msg);
        free(msg);
        return -1;
    }
    const Story *s = a->shelf.cards[card].story;
    if (a->game.has_run)
        playthrough_free(&a->game.play);
    char *message = NULL;
    if (playthrough_resume(&a->game.play, a->profile, s, a->standing.resume, &message) != 0)
        app_set_problem(a, message);
    free(message);
    a->game.has_run = true;
    a->game.run_story = card;
    return 0;
}

/* Starts a new playthrough of `s` in a->game.play (the old one must be freed).
 * Starting a story over leaves its unfinished playthrough behind. */
void app_profile_begin(App *a, const Story *s)
{
    int64_t abandon = 0;
    if (a->standing.resume && a->standing.story_id && strcmp(a->standing.story_id, s->id) == 0) {
        abandon = a->standing.resume;
        a->standing.resume = 0;
    }
    char *problem = NULL;
    if (playthrough_start(&a->game.play, a->profile, s, abandon, &problem) < 0)
        app_set_problem(a, problem);
    free(problem);
}

void app_profile_saved(App *a)
{
    char *problem = NULL;
    if (playthrough_save(&a->game.play, &problem) < 0)
        app_set_problem(a, problem);
    free(problem);
}

void app_profile_load_history(App *a)
{
    choice_history_free(&a->game.history);
    if (!a->profile || a->game.play.id <= 0)
        return;
    char *err = NULL;
    if (profile_history(a->profile, a->game.play.id, &a->game.history, &err) < 0)
        memset(&a->game.history, 0, sizeof a->game.history);
    free(err);
}

/* ---- starting and continuing ---- */

void app_start_story(App *a, int index)
{
    if (a->game.has_run)
        playthrough_free(&a->game.play);
    app_profile_begin(a, a->shelf.cards[index].story);
    a->game.has_run = true;
    a->game.run_story = index;
    a->game.feedback_shown = false;
    a->game.meters.show_delta = false;
    a->game.meters.anim_start = 0;
    memcpy(a->game.meters.shown, a->game.play.run.pos.meters, sizeof a->game.meters.shown);
    if (a->present.on)
        present_begin(a);
}

bool app_continue_run(App *a)
{
    bool ours = a->game.has_run && !runtime_at_ending(a->game.play.run.story, &a->game.play.run.pos) &&
                (!a->profile || a->standing.resume == 0 || a->standing.resume == a->game.play.id);
    if (ours)
        return true;
    if (a->standing.resume && app_profile_resume(a) == 0) {
        a->game.feedback_shown = false;
        a->game.meters.show_delta = false;
        a->game.meters.anim_start = 0;
        memcpy(a->game.meters.shown, a->game.play.run.pos.meters, sizeof a->game.meters.shown);
        return true;
    }
    return false;
}

/* ---- your data (the files and messages are engine/app/yourdata's) ---- */

void app_profile_export(App *a)
{
    char *message = NULL;
    yourdata_export(a->profile, NULL, (int64_t)time(NULL), NULL, &message);
    app_set_problem(a, message ? message : _("Your data could not be exported: out of memory."));
    free(message);
    a->scroll = 0; /* the message is at the top */
}

void app_profile_find_copies(App *a)
{
    yourdata_find_copies(NULL, &a->data.copies);
}

/* After an import or a delete the run and the cards show what is left. */
static void data_changed(App *a)
{
    if (a->game.has_run) {
        run_free(&a->game.play.run);
        a->game.has_run = false;
    }
    app_profile_find_resume(a);
    app_profile_progress(a);
}

void app_profile_import(App *a, const char *src)
{
    if (a->in_game && a->profile) {
        app_set_problem(a, _("Leave the story first (Esc), then drop the file again."));
        return;
    }
    char *message = NULL;
    if (yourdata_import(a->profile, src, &message) == 0)
        data_changed(a);
    app_set_problem(a, message ? message : _("That file was not imported."));
    free(message);
}

void app_profile_delete_all(App *a)
{
    char *message = NULL;
    if (yourdata_delete_all(a->profile, &message) == 0) {
        data_changed(a);
        a->game.play.id = 0;
    }
    app_set_problem(a, message ? message : _("Your data could not be deleted."));
    free(message);
}

/* file:// and the folder, every byte but RFC 3986's unreserved ones and '/'
 * percent-encoded (a space, a '#' or a non-ASCII name would break the URL).
 * NULL when memory runs out. */
static char *file_url(const char *dir)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t n = strlen(dir);
    char *url = malloc(sizeof "file://" + 3 * n);
    if (!url)
        return NULL;
    char *o = url + sprintf(url, "file://");
    for (const unsigned char *p = (const unsigned char *)dir; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            strchr("-._~/", *p)) {
            *o++ = (char)*p;
        } else {
            *o++ = '%';
            *o++ = hex[*p >> 4];
            *o++ = hex[*p & 15];
        }
    }
    *o = '\0';
    return url;
}

bool app_open_folder(const char *dir)
{
    bool asked = false;
#if SDL_VERSION_ATLEAST(2, 0, 14)
    /* SDL hands the URL to the desktop (xdg-open) and cannot tell whether a
     * window opened, so the caller names the folder as well. */
    char *url = file_url(dir);
    asked = url && SDL_OpenURL(url) == 0;
    free(url);
#else
    (void)file_url;
    (void)dir;
#endif
    return asked;
}

void app_profile_show_folder(App *a)
{
    free(a->data.where);
    a->data.where = NULL;
    a->dirty = true;
    char *dir = yourdata_folder(a->profile);
    if (!dir)
        return;
    bool asked = app_open_folder(dir);
    a->data.where = asked ? text_format(_("Beside asked your file manager to open the folder "
                                          "that holds your data. If no window opened, the "
                                          "folder is: %s"), dir)
                          : text_format(_("Your data is in this folder: %s"), dir);
    free(dir);
}
