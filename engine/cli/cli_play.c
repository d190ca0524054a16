/* cli_play.c — `beside play` (the terminal player) and `beside list`. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli.h"
#include "core/state_text.h"
#include "profile/profile.h"
#include "script/library.h"
#include "script/loader.h"
#include "term/term_player.h"

static const char play_usage[] =
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
    "  printf '2\\n1\\nq\\n' | beside play --text nina-and-tom\n";

static const char list_usage[] =
    "Usage: beside list\n"
    "\n"
    "Lists the stories Beside can find, with their ids, titles and files.\n"
    "Stories are looked for in this order:\n"
    "  - the folders in $BESIDE_STORIES (separated by ':')\n"
    "  - the stories shipped with Beside\n"
    "  - your own folder: $XDG_DATA_HOME/beside/stories\n"
    "    (usually ~/.local/share/beside/stories)\n"
    "Put a .lua story file in your own folder and it appears here; name the\n"
    "file after the story's id (my-story.lua for id = \"my-story\").\n";

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
        Story *s = loader_load_file(files.items[i], NULL, &d);
        if (s)
            stories[n++] = s;
        else
            fprintf(stderr, "beside: skipping %s: it has problems (run beside check %s).\n",
                    files.items[i], files.items[i]);
        diag_list_clear(&d);
    }
    path_list_free(&files);
    Story *chosen = NULL;
    if (n == 0) {
        fprintf(stderr, "beside: no stories were found. Run 'beside list --help' to see where "
                        "Beside looks.\n");
    } else {
        fprintf(tp->out, "Which story would you like to play?\n");
        for (int i = 0; i < n; i++) {
            char line[512];
            snprintf(line, sizeof line, "%d. %s: %s", i + 1, stories[i]->title,
                     stories[i]->teaser ? stories[i]->teaser : "");
            term_wrap_hanging(tp, line, 2, i + 1 < 10 ? 5 : 6);
        }
        char buf[64];
        while (!chosen) {
            if (n == 1)
                fprintf(tp->out, "Type 1, or q to quit.\n> ");
            else
                fprintf(tp->out, "Type a number from 1 to %d, or q to quit.\n> ", n);
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

/* The profile behind the terminal player: every change of the run saved. */
typedef struct {
    Profile *profile;
    int64_t playthrough;
    int saved_steps; /* the run's length at the last save */
    bool failed;     /* a save failed; said once */
    FILE *err;
} PlaySave;

static void save_changed(void *ud, const Run *run)
{
    PlaySave *ps = ud;
    if (!ps->profile || ps->playthrough <= 0)
        return;
    char *err = NULL;
    bool rewound = run->n_steps <= ps->saved_steps;
    if (profile_save(ps->profile, ps->playthrough, run, rewound, &err) < 0 && !ps->failed) {
        fprintf(ps->err, "beside: your progress could not be saved: %s\n", err ? err : "");
        ps->failed = true;
    }
    ps->saved_steps = run->n_steps;
    free(err);
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
    save_changed(s->save, run);
    if (s->inner.changed)
        s->inner.changed(s->inner.ud, run);
}

/* Asks whether to continue the story's unfinished playthrough; y or n. */
static bool ask_continue(TermPlayer *tp, int choices)
{
    fprintf(tp->out, "You have this story in progress (%d choice%s made). Continue where you "
                     "left off? Type y to continue, or n to start over.\n> ",
            choices, choices == 1 ? "" : "s");
    fflush(tp->out);
    char line[64];
    if (!fgets(line, sizeof line, tp->in))
        return true;
    if (tp->echo)
        fputs(line, tp->out);
    return line[0] != 'n' && line[0] != 'N';
}

/* Opens the profile and starts or resumes this story's playthrough in `run`. */
static void play_from_profile(PlaySave *ps, TermPlayer *tp, const Story *s, Run *run)
{
    char *notice = NULL, *err = NULL;
    ps->profile = profile_open(NULL, &notice, &err);
    if (notice)
        fprintf(stderr, "beside: %s\n", notice);
    if (!ps->profile)
        fprintf(stderr, "beside: your progress will not be saved this time: %s\n",
                err ? err : "the profile could not be opened.");
    free(notice);
    free(err);
    err = NULL;
    if (!ps->profile)
        return;
    int64_t pt = 0;
    char *story_id = NULL, *state = NULL;
    if (profile_last_unfinished(ps->profile, &pt, &story_id, &state, &err) == 0 && pt > 0 &&
        story_id && strcmp(story_id, s->id) == 0) {
        Run saved;
        StateResume how = {0};
        char *resume_err = NULL;
        free(state);
        state = NULL;
        profile_state(ps->profile, pt, &state, &resume_err); /* starts its clock */
        free(resume_err);
        resume_err = NULL;
        /* A playthrough with no choice yet is simply picked up again. */
        if (state && state_text_resume(s, state, &saved, &how, &resume_err) == 0 &&
            (saved.n_steps == 0 || ask_continue(tp, saved.n_steps))) {
            run_free(run);
            *run = saved;
            ps->playthrough = pt;
            ps->saved_steps = run->n_steps;
            if (how.changed && how.kept < how.saved)
                fprintf(tp->out, "This story changed since you last played it; you are back "
                                 "at your choice %d of %d.\n", how.kept + 1, how.saved);
        } else {
            if (state && !resume_err)
                run_free(&saved);
            free(resume_err);
            char *e2 = NULL;
            profile_abandon(ps->profile, pt, &e2);
            free(e2);
        }
    }
    free(story_id);
    free(state);
    free(err);
    if (ps->playthrough <= 0) {
        err = NULL;
        ps->playthrough = profile_begin(ps->profile, s, &err);
        if (ps->playthrough < 0)
            fprintf(stderr, "beside: your progress will not be saved: %s\n", err ? err : "");
        free(err);
        err = NULL;
        /* The choice order is part of the save from the start. */
        if (ps->playthrough > 0 && profile_save(ps->profile, ps->playthrough, run, false, &err) < 0)
            fprintf(stderr, "beside: your progress will not be saved: %s\n", err ? err : "");
        free(err);
    }
}

int cli_play(int argc, char **argv)
{
    if (cli_wants_help(argc, argv)) {
        fputs(play_usage, stdout);
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
        if (strcmp(a, "--width") == 0) {
            if (i + 1 >= argc || atoi(argv[i + 1]) < 30)
                return cli_usage_error("play", "--width needs a number of columns, 30 or more");
            width = atoi(argv[++i]);
        } else if (a[0] == '-' && a[1]) {
            return cli_usage_error("play", "unknown option '%s'", a);
        } else if (ref) {
            return cli_usage_error("play", "give one story; '%s' is a second", a);
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
    Story *s = ref ? cli_open_story(ref) : pick_story(&tp);
    if (!s)
        return ref ? EXIT_PROBLEMS : EXIT_OK;
    Run run;
    run_init(&run, s);
    run.order = game_new_order();
    Frontend fe;
    term_player_frontend(&tp, &fe);
    term_player_intro(&tp, s);
    PlaySave ps = {.err = stderr};
    if (save)
        play_from_profile(&ps, &tp, s, &run);
    /* The terminal player keeps its own `ud`; saving rides alongside. */
    Saving sv = {.inner = fe, .save = &ps};
    Frontend outer = {.ud = &sv, .scene = sv_scene, .ask = sv_ask, .feedback = sv_feedback,
                      .ending = sv_ending, .problem = sv_problem, .changed = sv_changed};
    int r = game_play(&run, save ? &outer : &fe);
    profile_close(ps.profile);
    run_free(&run);
    story_free(s);
    if (tp.output_failed)
        return EXIT_PROBLEMS;
    return r == GAME_FAILED ? EXIT_PROBLEMS : EXIT_OK;
}

int cli_list(int argc, char **argv)
{
    if (cli_wants_help(argc, argv)) {
        fputs(list_usage, stdout);
        return EXIT_OK;
    }
    if (argc > 1)
        return cli_usage_error("list", "list takes no arguments");
    PathList files;
    library_list(&files);
    int bad = 0;
    for (int i = 0; i < files.count; i++) {
        DiagList d = {0};
        Story *s = loader_load_file(files.items[i], NULL, &d);
        if (s)
            printf("%-28s %s\n%-28s %s\n", s->id, s->title, "", files.items[i]);
        else {
            printf("%-28s (has problems: run beside check %s)\n", files.items[i], files.items[i]);
            bad++;
        }
        story_free(s);
        diag_list_clear(&d);
    }
    if (files.count == 0)
        printf("No stories found. Run 'beside list --help' to see where Beside looks.\n");
    path_list_free(&files);
    return bad ? EXIT_PROBLEMS : EXIT_OK;
}
