/* main.c — the `beside` command: picks the subcommand and the front end. */
#include <stdlib.h>
#include <string.h>

#include "app/language.h"
#include "core/i18n.h"
#include "cli/cli.h"
#include "homework/homework.h"

static const char *const usage = N_(
    "Beside: practise the difference between rescuing and supporting the\n"
    "people you love. This is practice, not therapy.\n"
    "\n"
    "Usage: beside [COMMAND] [ARGS...]\n"
    "\n"
    "With no command, Beside opens the game window (or, with no display, the\n"
    "terminal player).\n"
    "\n"
    "Commands:\n"
    "  window [STORY]          open the game window (options: beside window --help)\n"
    "  --present [STORY]       facilitator mode: a story on a projector for a group,\n"
    "                          with votes; notes print here (beside window --help)\n"
    "  play [--text] [STORY]   play a story in the terminal (screen-reader friendly)\n"
    "  list                    list the stories Beside can find\n"
    "  new ID                  start a story in your stories folder (for authors)\n"
    "  check [PATH...]         check story files for mistakes (for authors)\n"
    "  explore STORY           play every path of a story and sum up (for authors)\n"
    "  graph STORY             print the map of a story as Graphviz DOT\n"
    "  translate extract STORY --lang LANG\n"
    "                          write or update a story's translation (.po)\n"
    "  drill [--check A|B]     Spot it: practise telling rescuing from supporting,\n"
    "                          ten short items a round (beside drill --help)\n"
    "\n"
    "Homework:\n"
    "  assign --story ID ...   write an assignment file for a client (for therapists)\n"
    "  report [OPTIONS]        write a report of your homework for your therapist\n"
    "  FILE.beside-homework    open an assignment in the game window\n"
    "\n"
    "Options:\n"
    "  -h, --help              show this help; 'beside COMMAND --help' for a command\n"
    "  --version               show the version\n"
    "\n"
    "STORY is a story id, like nina-and-tom, or the path of a story file.\n"
    "Your own stories go in $XDG_DATA_HOME/beside/stories (usually\n"
    "~/.local/share/beside/stories). Writing stories: docs/AUTHORING.md.\n"
    "\n"
    "Exit status: 0 ok, 1 problems found, 2 usage error.\n"
    "\n"
    "If you are in danger or in crisis, call your local emergency number.\n");

int main(int argc, char **argv)
{
    char lang[32];
    language_start(NULL, lang, sizeof lang);
    if (argc < 2)
        return cli_default();
    /* An assignment opened from a file manager: the window, at the homework. */
    if (homework_is_file(argv[1])) {
        char *args[] = {"window", argv[1], NULL};
        return cli_window(2, args);
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--present") == 0) {
        /* `beside --present ...` is `beside window --present ...`. */
        char **args = calloc((size_t)argc + 1, sizeof *args);
        if (!args)
            return EXIT_PROBLEMS;
        args[0] = "window";
        for (int i = 1; i < argc; i++)
            args[i] = argv[i];
        int rc = cli_window(argc, args);
        free(args);
        return rc;
    }
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
        fputs(_(usage), stdout);
        return EXIT_OK;
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        printf("beside %s\n", BESIDE_VERSION);
        return EXIT_OK;
    }
    static const struct {
        const char *name;
        int (*run)(int, char **);
    } commands[] = {
        {"window", cli_window}, {"play", cli_play},       {"list", cli_list},
        {"check", cli_check},      {"explore", cli_explore}, {"graph", cli_graph},
        {"assign", cli_assign},    {"report", cli_report},    {"drill", cli_drill},
        {"translate", cli_translate},
        {"new", cli_new},
    };
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(cmd, commands[i].name) == 0)
            return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, _("beside: '%s' is not a command. Run 'beside --help' to see the commands.\n"),
            cmd);
    return EXIT_USAGE;
}
