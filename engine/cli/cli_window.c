/* cli_window.c — `beside window` and plain `beside`: open the game window,
 * or say why not and fall back to the terminal player. The commands pick the
 * front end; the window itself (engine/ui) knows nothing of them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "core/i18n.h"
#include "ui/ui.h"

static const char *const window_usage = N_(
    "Usage: beside window [options] [STORY]\n"
    "\n"
    "Opens the game window. With STORY (a story id or file), the story starts\n"
    "straight away; otherwise you start at the title screen.\n"
    "\n"
    "In the window: number keys pick a choice; Tab and the arrow keys move the\n"
    "focus ring and Enter picks; Esc goes back; Ctrl+Z takes back a choice;\n"
    "F11 switches full screen; F1 opens Help from anywhere; F5 loads the story\n"
    "you are playing again from its file; V reads the screen aloud (with\n"
    "speech-dispatcher). Everything works with the mouse too.\n"
    "\n"
    "Options:\n"
    "  --size WxH         window size in screen units, like 1280x720\n"
    "  --fullscreen       start in full screen\n"
    "  --theme NAME       light, dark or high-contrast (default light)\n"
    "  --text-size N      text size in percent: 100, 125, 150, 175 or 200\n"
    "  --lang LANG        the window's words and the stories in LANG (like es) this\n"
    "                     time, over Settings > Language\n"
    "  --reduce-motion    meters jump to new values instead of sliding\n"
    "  --present          facilitator mode, for a story on a projector (below)\n"
    "  --desk             open at the therapist's desk: make an assignment for a\n"
    "                     client, or a session plan for a group, with no commands\n"
    "  --notes-window     with --present: the notes in a window of their own even\n"
    "                     with one display (to rehearse, or to drag it to a screen\n"
    "                     the room cannot see)\n"
    "  --watch FILE       for authors: play the story FILE and load it again each\n"
    "                     time you save it, keeping your place (the same scene,\n"
    "                     meters and choices, where they still exist); problems\n"
    "                     show over the window with file:line until you fix them.\n"
    "                     Nothing is saved to your profile. See docs/AUTHORING.md\n"
    "  -h, --help         show this help\n"
    "\n"
    "Facilitator mode (--present, or 'beside --present'): full screen, high\n"
    "contrast and large text, and nothing is saved to your profile. Without\n"
    "STORY it opens at the stories. At each decision: a number key adds a vote\n"
    "to that option and Shift+number takes one away; D shows the scene's\n"
    "discussion question; C compares every option side by side; Enter reveals\n"
    "the option with most votes, R and a number any option; Backspace goes back\n"
    "a step. The scene's facilitator notes never show on the projected screen:\n"
    "with a second display they fill a window there, otherwise they are printed\n"
    "here, in the terminal. At the ending, E saves a summary of the\n"
    "session (the votes and the path, nothing personal) to your documents\n"
    "folder. See docs/FACILITATORS.md.\n"
    "\n"
    "The Help screen can show contacts that a therapist or facilitator sets in\n"
    "~/.config/beside/contacts.conf (see docs/HELP-CONTACTS.md).\n"
    "\n"
    "Without a display, use the terminal player: beside play STORY\n"
    "\n"
    "Examples:\n"
    "  beside window\n"
    "  beside window --theme high-contrast --text-size 150 nina-and-tom\n"
    "  beside window --watch ~/my-story.lua\n"
    "  beside --present nina-and-tom > notes.txt\n");

static int parse_size(const char *s, int *w, int *h)
{
    char *end;
    long a = strtol(s, &end, 10);
    if (end == s || (*end != 'x' && *end != 'X'))
        return -1;
    const char *rest = end + 1;
    long b = strtol(rest, &end, 10);
    if (end == rest || *end || a < 240 || b < 240 || a > 16384 || b > 16384)
        return -1;
    *w = (int)a, *h = (int)b;
    return 0;
}

int cli_window(int argc, char **argv)
{
    if (cli_wants_help(argc, argv)) {
        fputs(_(window_usage), stdout);
        return EXIT_OK;
    }
    UiOptions o = {0};
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        const char *value = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(arg, "--fullscreen") == 0) {
            o.fullscreen = true;
        } else if (strcmp(arg, "--present") == 0) {
            o.present = true;
        } else if (strcmp(arg, "--desk") == 0) {
            o.desk = true;
        } else if (strcmp(arg, "--notes-window") == 0) {
            o.notes_window = true;
        } else if (strcmp(arg, "--watch") == 0) {
            if (!value || (value[0] == '-' && value[1]))
                return cli_usage_error("window", _("--watch needs the story file to watch, "
                                                 "like --watch my-story.lua."));
            o.watch = value;
            i++;
        } else if (strcmp(arg, "--reduce-motion") == 0) {
            o.reduce_motion = true;
        } else if (strcmp(arg, "--size") == 0) {
            if (!value || parse_size(value, &o.width, &o.height) < 0)
                return cli_usage_error("window", _("--size needs WIDTHxHEIGHT, each 240 to 16384, "
                                                 "like 1280x720."));
            i++;
        } else if (strcmp(arg, "--theme") == 0) {
            if (!value || (strcmp(value, "light") && strcmp(value, "dark") &&
                           strcmp(value, "high-contrast")))
                return cli_usage_error("window", _("--theme is light, dark or high-contrast."));
            o.theme = value;
            i++;
        } else if (strcmp(arg, "--lang") == 0) {
            if (!value || !value[0] || value[0] == '-')
                return cli_usage_error("window", _("--lang needs a language, like es"));
            o.lang = value;
            i++;
        } else if (strcmp(arg, "--text-size") == 0) {
            int n = value ? atoi(value) : 0;
            if (n != 100 && n != 125 && n != 150 && n != 175 && n != 200)
                return cli_usage_error("window", _("--text-size is 100, 125, 150, 175 or 200."));
            o.text_size = n;
            i++;
        } else if (arg[0] == '-' && arg[1]) {
            return cli_usage_error("window", _("'%s' is not an option of window."), arg);
        } else if (o.story) {
            return cli_usage_error("window", _("give one story, not two."));
        } else {
            o.story = arg;
        }
    }
    if (o.watch) {
        if ((o.story && strcmp(o.story, o.watch) != 0) || o.present || o.desk)
            return cli_usage_error("window", _("--watch plays the one story it watches: give no "
                                             "other story, --present or --desk with it."));
        o.story = o.watch;
    }
    if (o.desk && (o.story || o.present))
        return cli_usage_error("window", _("--desk opens the desk, not a story: give one or the "
                                         "other."));
    char *err = NULL;
    int rc = ui_run(&o, &err);
    if (rc != UI_OK) {
        fprintf(stderr, "beside: %s\n", err ? err : _("the window could not be opened."));
        if (rc == UI_NO_DISPLAY)
            fputs(_("beside: to play without a window, use the terminal player: beside play\n"),
                  stderr);
    }
    free(err);
    return rc == UI_OK ? EXIT_OK : EXIT_PROBLEMS;
}

int cli_default(void)
{
    const char *display = getenv("DISPLAY"), *wayland = getenv("WAYLAND_DISPLAY");
    char *err = NULL;
    if ((display && *display) || (wayland && *wayland)) {
        int rc = ui_run(&(UiOptions){0}, &err);
        if (rc == UI_OK)
            return EXIT_OK;
        fprintf(stderr, _("beside: %s\nStarting the terminal player instead.\n"),
                err ? err : _("the window could not be opened."));
        free(err);
    } else {
        fputs(_("No display was found, so Beside is starting the terminal player.\n"), stderr);
    }
    char *args[] = {"play", "--text", NULL};
    return cli_play(2, args);
}
