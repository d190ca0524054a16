/* cli_play.c — `beside play` (the terminal player) and `beside list`. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli/cli.h"
#include "core/i18n.h"
#include "app/language.h"
#include "app/playthrough.h"
#include "profile/profile.h"
#include "script/library.h"
#include "script/loader.h"
#include "script/story_lang.h"
#include "term/term_player.h"

static const char *const play_usage = N_(
    "Usage: beside play [--text] [STORY]\n"
    "\n"
    "Plays a story. STORY is a story id (see 'beside list') or a story file.\n"
    "Without STORY, Beside lists the stories and asks which one.\n"
    "\n"
    "The terminal player shows the scene, numbers the choices, and after each\n"
    "choice tells you what kind of response it was, why, and what it did to\n"
    "the meters. It works with screen readers and reads commands from standard\n"
    "input, one per line:\n"
    "  1, 2, 3 ...  pick a choice\n"
    "  m            show the meters\n"
    "  t            show the text again\n"
    "  p            list the choices you made so far\n"
    "  b            go back one choice;  b N  go back to before choice N\n"
    "  h            help\n"
    "  q            quit\n"
    "\n"
    "Options:\n"
    "  --text       the terminal player (what play always uses; the game\n"
    "               window is 'beside window')\n"
    "  --width N    wrap text at N columns (default: the terminal's width, or 72)\n"
    "  --no-save    do not read or write your profile (progress is not kept)\n"
    "  --lang LANG  show the story and the player's own words in LANG (like es)\n"
    "               where they have a translation; without it, BESIDE_LANG or\n"
    "               your locale (LANG) decides\n"
    "  -h, --help   show this help\n"
    "\n"
    "Every choice is saved in your profile, the same one the game window uses\n"
    "(~/.local/share/beside/profile.db). Playing a story you left unfinished\n"
    "asks whether to continue where you left off.\n"
    "\n"
    "Set NO_COLOR=1 for output with no bold text. When standard output is not\n"
    "a terminal, the output is plain text with no escape codes at all.\n"
    "\n"
    "Examples:\n"
    "  beside play --text nina-and-tom\n"
    "  printf '2\\n1\\nq\\n' | beside play --text nina-and-tom\n");

static const char *const list_usage = N_(
    "Usage: beside list\n"
    "\n"
    "Lists the stories Beside can find, with their ids, titles and files.\n"
    "Stories are looked for in this order:\n"
    "  - the folders in $BESIDE_STORIES (separated by ':')\n"
    "  - the stories shipped with Beside\n"
    "  - your own folder: $XDG_DATA_HOME/beside/stories\n"
    "    (usually ~/.local/share/beside/stories)\n"
    "Put a .lua story file in your own folder and it appears here; name the\n"
    "file after the story's id (my-story.lua for id = \"my-story\").\n");

static int terminal_width(void)
{
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 30)
        return ws.ws_col > 100 ? 100 : ws.ws_col;
    const char *c = getenv("COLUMNS");
    int n = c ? atoi(c) : 0;
    return n >= 30 ? (n > 100 ? 100 : n) : 72;
}

/* Loads each story and returns the one the player picks, or NULL. */
static Story *pick_story(TermPlayer *tp)
{
    PathList files;
    library_list(&files);
    Story **stories = calloc((size_t)files.count + 1, sizeof *stories);
    int n = 0;
    for (int i = 0; stories && i < files.count; i++) {
        DiagList d = {0};
        Story *s = story_lang_load_for_player(files.items[i], &d);
        if (s)
            stories[n++] = s;
        else
            fprintf(stderr, _("beside: skipping %s: it has problems (run beside check %s).\n"),
                    files.items[i], files.items[i]);
        diag_list_clear(&d);
    }
    path_list_free(&files);
    Story *chosen = NULL;
    if (n == 0) {
        fprintf(stderr, _("beside: no stories were found. Run 'beside list --help' to see where "
                        "Beside looks.\n"));
    } else {
        fprintf(tp->out, _("Which story would you like to play?\n"));
        for (int i = 0; i < n; i++) {
            char line[512];
            snprintf(line, sizeof line, "%d. %s: %s", i + 1, stories[i]->title,
                     stories[i]->teaser ? stories[i]->teaser : "");
            term_wrap_hanging(tp, line, 2, i + 1 < 10 ? 5 : 6);
        }
        char buf[64];
        while (!chosen) {
            if (n == 1)
                fprintf(tp->out, _("Type 1, or q to quit.\n> "));
            else
                fprintf(tp->out, _("Type a number from 1 to %d, or q to quit.\n> "), n);
            fflush(tp->out);
            if (!fgets(buf, sizeof buf, tp->in) || buf[0] == 'q')
                break;
            int k = atoi(buf);
            if (tp->echo)
                fprintf(tp->out, "%s", buf);
            if (k >= 1 && k <= n)
                chosen = stories[k - 1];
        }
        fputc('\n', tp->out);
    }
    for (int i = 0; i < n; i++)
        if (stories[i] != chosen)
            story_free(stories[i]);
    free(stories);
    return chosen;
}

/* The terminal player's playthrough: every change of the run saved. */
typedef struct {
    Playthrough play;
    Profile *profile; /* NULL with --no-save, or when none could be opened */
    FILE *err;
} PlaySave;

static void save_changed(PlaySave *ps)
{
    char *problem = NULL;
    if (playthrough_save(&ps->play, &problem) < 0)
        fprintf(ps->err, "beside: %s\n", problem ? problem : "");
    free(problem);
}

/* A Frontend that passes everything to the terminal player and saves each
 * change of the run as well. */
typedef struct {
    Frontend inner;
    PlaySave *save;
} Saving;

static void sv_scene(void *ud, const SceneView *v)
{
    Saving *s = ud;
    s->inner.scene(s->inner.ud, v);
}
static GameCommand sv_ask(void *ud, const SceneView *v)
{
    Saving *s = ud;
    return s->inner.ask(s->inner.ud, v);
}
static void sv_feedback(void *ud, const SceneView *v, const Feedback *f)
{
    Saving *s = ud;
    s->inner.feedback(s->inner.ud, v, f);
}
static void sv_ending(void *ud, const SceneView *v)
{
    Saving *s = ud;
    s->inner.ending(s->inner.ud, v);
}
static void sv_problem(void *ud, const char *message)
{
    Saving *s = ud;
    s->inner.problem(s->inner.ud, message);
}
static void sv_changed(void *ud, const Run *run)
{
    Saving *s = ud;
    save_changed(s->save);
    if (s->inner.changed)
        s->inner.changed(s->inner.ud, run);
}

/* Asks whether to continue the story's unfinished playthrough; y or n. */
static bool ask_continue(TermPlayer *tp, int choices)
{
    fprintf(tp->out,
            ngettext("You have this story in progress (%d choice made). Continue where you "
                     "left off? Type y to continue, or n to start over.\n> ",
                     "You have this story in progress (%d choices made). Continue where you "
                     "left off? Type y to continue, or n to start over.\n> ",
                     (unsigned long)choices),
            choices);
    fflush(tp->out);
    char line[64];
    if (!fgets(line, sizeof line, tp->in))
        return true;
    if (tp->echo)
        fputs(line, tp->out);
    return line[0] != 'n' && line[0] != 'N';
}

/* Opens the profile and continues this story's unfinished playthrough, when
 * the player wants to, or starts a new one (leaving the old one behind). */
static void play_from_profile(PlaySave *ps, TermPlayer *tp, const Story *s)
{
    char *notice = NULL, *err = NULL;
    ps->profile = profile_open(NULL, &notice, &err);
    if (notice)
        fprintf(stderr, "beside: %s\n", notice);
    if (!ps->profile)
        fprintf(stderr, _("beside: your progress will not be saved this time: %s\n"),
                err ? err : _("the profile could not be opened."));
    free(notice);
    free(err);
    err = NULL;
    int64_t newest = 0, ours = 0;
    char *story_id = NULL, *state = NULL;
    if (ps->profile &&
        profile_last_unfinished(ps->profile, &newest, &story_id, &state, &err) == 0 &&
        newest > 0 && story_id && strcmp(story_id, s->id) == 0)
        ours = newest;
    free(story_id);
    free(state);
    free(err);
    if (ours) {
        char *message = NULL;
        playthrough_resume(&ps->play, ps->profile, s, ours, &message);
        /* A playthrough with no choice yet is simply picked up again. */
        if (ps->play.run.n_steps == 0 || ask_continue(tp, ps->play.run.n_steps)) {
            if (message)
                fprintf(tp->out, "%s\n", message);
            free(message);
            return;
        }
        free(message);
        playthrough_free(&ps->play);
    }
    char *problem = NULL;
    if (playthrough_start(&ps->play, ps->profile, s, ours, &problem) < 0)
        fprintf(stderr, "beside: %s\n", problem ? problem : "");
    free(problem);
}

int cli_play(int argc, char **argv)
{
    if (cli_wants_help(argc, argv)) {
        fputs(_(play_usage), stdout);
        return EXIT_OK;
    }
    const char *ref = NULL;
    int width = 0;
    bool save = true;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--text") == 0)
            continue;
        if (strcmp(a, "--no-save") == 0) {
            save = false;
            continue;
        }
        if (strcmp(a, "--lang") == 0) {
            if (i + 1 >= argc || !argv[i + 1][0] || argv[i + 1][0] == '-')
                return cli_usage_error("play", _("--lang needs a language, like es"));
            /* The player's choice over the locale, for the story
             * (script/story_lang.h) and the player's own words. */
            language_choose(argv[++i]);
        } else if (strcmp(a, "--width") == 0) {
            if (i + 1 >= argc || atoi(argv[i + 1]) < 30)
                return cli_usage_error("play", _("--width needs a number of columns, 30 or more"));
            width = atoi(argv[++i]);
        } else if (a[0] == '-' && a[1]) {
            return cli_usage_error("play", _("unknown option '%s'"), a);
        } else if (ref) {
            return cli_usage_error("play", _("give one story; '%s' is a second"), a);
        } else {
            ref = a;
        }
    }
    /* A closed terminal must end play cleanly, not kill the process. */
    signal(SIGPIPE, SIG_IGN);
    const char *term = getenv("TERM");
    TermPlayer tp = {
        .in = stdin,
        .out = stdout,
        .width = width ? width : terminal_width(),
        .plain = !isatty(STDOUT_FILENO) || getenv("NO_COLOR") || (term && strcmp(term, "dumb") == 0),
        .echo = !isatty(STDIN_FILENO),
    };
    Story *s = ref ? cli_open_story_for_player(ref) : pick_story(&tp);
    if (!s)
        return ref ? EXIT_PROBLEMS : EXIT_OK;
    Frontend fe;
    term_player_frontend(&tp, &fe);
    term_player_intro(&tp, s);
    PlaySave ps = {.err = stderr};
    char *problem = NULL;
    if (save)
        play_from_profile(&ps, &tp, s);
    else
        playthrough_start(&ps.play, NULL, s, 0, &problem); /* nothing to save: cannot fail */
    free(problem);
    /* The terminal player keeps its own `ud`; saving rides alongside. */
    Saving sv = {.inner = fe, .save = &ps};
    Frontend outer = {.ud = &sv, .scene = sv_scene, .ask = sv_ask, .feedback = sv_feedback,
                      .ending = sv_ending, .problem = sv_problem, .changed = sv_changed};
    int r = game_play(&ps.play.run, save ? &outer : &fe);
    playthrough_free(&ps.play);
    profile_close(ps.profile);
    story_free(s);
    if (tp.output_failed)
        return EXIT_PROBLEMS;
    return r == GAME_FAILED ? EXIT_PROBLEMS : EXIT_OK;
}

int cli_list(int argc, char **argv)
{
    if (cli_wants_help(argc, argv)) {
        fputs(_(list_usage), stdout);
        return EXIT_OK;
    }
    if (argc > 1)
        return cli_usage_error("list", _("list takes no arguments"));
    PathList files;
    library_list(&files);
    int bad = 0;
    char **ids = calloc((size_t)files.count + 1, sizeof *ids);
    for (int i = 0; i < files.count; i++) {
        DiagList d = {0};
        Story *s = loader_load_file(files.items[i], NULL, &d);
        if (s && ids)
            ids[i] = text_dup(s->id);
        if (s)
            printf("%-28s %s\n%-28s %s\n", s->id, s->title, "", files.items[i]);
        else {
            printf(_("%-28s (has problems: run beside check %s)\n"), files.items[i],
                   files.items[i]);
            bad++;
        }
        story_free(s);
        diag_list_clear(&d);
    }
    if (files.count == 0)
        printf(_("No stories found. Run 'beside list --help' to see where Beside looks.\n"));
    if (ids)
        cli_list_clashes(&files, ids);
    for (int i = 0; ids && i < files.count; i++)
        free(ids[i]);
    free(ids);
    path_list_free(&files);
    return bad ? EXIT_PROBLEMS : EXIT_OK;
}
