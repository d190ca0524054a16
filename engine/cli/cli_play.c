/* cli_play.c — `beside play` (the terminal player) and `beside list`. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli.h"
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
    "  -h, --help   show this help\n"
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

int cli_play(int argc, char **argv)
{
    if (cli_wants_help(argc, argv)) {
        fputs(play_usage, stdout);
        return EXIT_OK;
    }
    const char *ref = NULL;
    int width = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--text") == 0)
            continue;
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
    Frontend fe;
    term_player_frontend(&tp, &fe);
    term_player_intro(&tp, s);
    int r = game_play(&run, &fe);
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
