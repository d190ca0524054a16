/* cli_drill.c — `beside drill`: Spot it in the terminal. A practice round
 * of ten (spaced repetition kept in the profile), check form A or B, and
 * (cli_drill_show.c) progress and the bank as JSON. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "core/i18n.h"
#include "app/drill_session.h"
#include "cli/cli_drill.h"
#include "core/text.h"
#include "term/term_drill.h"

static const char *const usage = N_(
    "Usage: beside drill [--text] [--check A|B] [--progress] [--export-json]\n"
    "\n"
    "Spot it: read a short situation and one response to it, and say what\n"
    "kind of response it is (rescue, support, boundary, self-care, neutral,\n"
    "it depends, hurtful). You see at once whether you were right, and why.\n"
    "\n"
    "With no option, plays a practice round of 10 items in the terminal (a\n"
    "screen reader reads it line by line). Easy items come first; items you\n"
    "miss come back in later rounds; harder items come as you get more right.\n"
    "Answer with the number of the kind or its name; t shows the item again,\n"
    "h is help, q stops (the answers you gave are kept).\n"
    "\n"
    "Options:\n"
    "  --text          the terminal round (what drill always plays here)\n"
    "  --check A|B     take check form A or B: 20 items never used in\n"
    "                  practice, no answers shown until the end, then the\n"
    "                  result per kind (and the change from A to B)\n"
    "  --progress      your accuracy per kind over time, as text\n"
    "  --export-json   print every item of the bank as JSON (for reviewers)\n"
    "  --seed N        pick the round from this seed (the same seed and the\n"
    "                  same progress give the same round)\n"
    "  --width N       wrap text at N columns (default 72)\n"
    "  --no-save       do not read or write your profile\n"
    "  -h, --help      show this help\n"
    "\n"
    "Items come from the drill/ folder of each story folder (see 'beside\n"
    "list --help'); yours go in ~/.local/share/beside/stories/drill. How\n"
    "items are written and the check is scored: docs/DRILL.md.\n"
    "\n"
    "Examples:\n"
    "  beside drill\n"
    "  beside drill --check A\n"
    "  printf '1\\n2\\nq\\n' | beside drill --text\n");

int cli_drill_load(DrillBank *bank)
{
    char *problem = NULL;
    int n = drill_session_bank(bank, &problem);
    if (problem)
        fprintf(stderr, "beside drill: %s\n", problem);
    free(problem);
    return n > 0 ? 0 : -1;
}

static void say_problem(char **problem)
{
    if (*problem)
        fprintf(stderr, "beside: %s\n", *problem);
    free(*problem);
    *problem = NULL;
}

/* Asks every item of the session; *quit when the player stopped early. */
static void play_items(TermPlayer *tp, DrillSession *s, bool feedback, bool *quit)
{
    *quit = false;
    for (const DrillItem *it; (it = drill_session_item(s));) {
        int k = term_drill_ask(tp, it, s->at + 1, s->n);
        if (k < 0) {
            *quit = true;
            return;
        }
        char *problem = NULL;
        drill_session_answer(s, (ChoiceKind)k, &problem);
        if (feedback)
            term_drill_feedback(tp, it, (ChoiceKind)k);
        say_problem(&problem);
    }
}

static int practice(TermPlayer *tp, const DrillBank *b, Profile *p, uint64_t seed, bool seeded)
{
    if (!seeded)
        seed = (uint64_t)time(NULL) * 2654435761u;
    DrillSession s;
    char *problem = NULL;
    int rc = drill_session_practice(&s, b, p, seed, &problem);
    say_problem(&problem);
    if (rc < 0)
        return EXIT_PROBLEMS;
    int first = drill_session_item(&s)->difficulty;
    const char *fmt = first == 1   ? _("Spot it: round %d, %d items, easy first. This is "
                                       "practice, not therapy. Type h at any time for help.")
                      : first == 2 ? _("Spot it: round %d, %d items, medium first. This is "
                                       "practice, not therapy. Type h at any time for help.")
                                   : _("Spot it: round %d, %d items, subtle first. This is "
                                       "practice, not therapy. Type h at any time for help.");
    char *intro = text_format(fmt, s.number, s.n);
    term_wrap(tp, intro ? intro : _("Spot it."), 0);
    free(intro);
    fputs("\n", tp->out);
    bool quit;
    play_items(tp, &s, true, &quit);
    if (drill_score_total(&s.score) > 0) {
        fputs(quit ? _("Round stopped. ") : _("Round done. "), tp->out);
        term_drill_score(tp, &s.score);
        fputs(_("Items you missed come back in a later round.\n"), tp->out);
    }
    return tp->output_failed ? EXIT_PROBLEMS : EXIT_OK;
}

static int check(TermPlayer *tp, const DrillBank *b, Profile *p, char form)
{
    DrillSession s;
    char *problem = NULL;
    int rc = drill_session_check(&s, b, p, form, &problem);
    say_problem(&problem);
    if (rc < 0)
        return EXIT_PROBLEMS;
    char *intro = text_format(_("Spot it: check form %c, %d items. Answers are shown at the end, "
                              "not after each item. This is practice, not therapy."), form, s.n);
    term_wrap(tp, intro ? intro : "", 0);
    free(intro);
    fputs("\n", tp->out);
    bool quit;
    play_items(tp, &s, false, &quit);
    if (quit) {
        fputs(_("The check stopped before its end, so it has no result.\n"), tp->out);
        return EXIT_OK;
    }
    fprintf(tp->out, _("Check form %c: "), form);
    term_drill_score(tp, &s.score);
    DrillRoundInfo before;
    if (drill_session_other_check(&s, &before, &problem) == 1)
        cli_drill_print_change(tp, &before, &s.score);
    say_problem(&problem);
    term_wrap(tp, drill_honest_note(), 0);
    return tp->output_failed ? EXIT_PROBLEMS : EXIT_OK;
}

typedef struct {
    char check_form;
    bool progress, export_json, save, seeded;
    uint64_t seed;
    int width;
} DrillArgs;

static int parse_args(int argc, char **argv, DrillArgs *a)
{
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
        if (strcmp(s, "--text") == 0) {
        } else if (strcmp(s, "--check") == 0 || strcmp(s, "--check-form") == 0) {
            const char *f = i + 1 < argc ? argv[++i] : "";
            if ((f[0] != 'A' && f[0] != 'B' && f[0] != 'a' && f[0] != 'b') || f[1])
                return cli_usage_error("drill", _("--check needs A or B (the two check forms)"));
            a->check_form = (char)(f[0] & ~0x20);
        } else if (strcmp(s, "--progress") == 0) {
            a->progress = true;
        } else if (strcmp(s, "--export-json") == 0) {
            a->export_json = true;
        } else if (strcmp(s, "--no-save") == 0) {
            a->save = false;
        } else if (strcmp(s, "--seed") == 0 || strcmp(s, "--width") == 0) {
            char *end = NULL;
            long long v = i + 1 < argc ? strtoll(argv[i + 1], &end, 10) : -1;
            if (!end || *end || v < 0 || (s[2] == 'w' && v < 30))
                return cli_usage_error("drill", s[2] == 'w'
                                                    ? _("--width needs a whole number of "
                                                        "columns, 30 or more")
                                                    : _("--seed needs a whole number"));
            i++;
            if (s[2] == 'w')
                a->width = (int)v;
            else {
                a->seed = (uint64_t)v;
                a->seeded = true;
            }
        } else if (s[0] == '-') {
            return cli_usage_error("drill", _("unknown option '%s'"), s);
        } else {
            return cli_usage_error("drill", _("drill takes no story; '%s' is not an option"), s);
        }
    }
    if ((a->check_form != 0) + a->progress + a->export_json > 1)
        return cli_usage_error("drill", _("give one of --check, --progress and --export-json"));
    return EXIT_OK;
}

int cli_drill(int argc, char **argv)
{
    if (cli_wants_help(argc, argv)) {
        fputs(_(usage), stdout);
        return EXIT_OK;
    }
    DrillArgs a = {.save = true};
    int rc = parse_args(argc, argv, &a);
    if (rc != EXIT_OK)
        return rc;
    signal(SIGPIPE, SIG_IGN);
    DrillBank bank = {0};
    if (cli_drill_load(&bank) < 0)
        return EXIT_PROBLEMS;
    if (a.export_json) {
        cli_drill_export_json(&bank, stdout);
        drill_bank_free(&bank);
        return ferror(stdout) ? EXIT_PROBLEMS : EXIT_OK;
    }
    const char *term = getenv("TERM");
    TermPlayer tp = {
        .in = stdin, .out = stdout, .width = a.width ? a.width : 72,
        .plain = !isatty(STDOUT_FILENO) || getenv("NO_COLOR") || (term && !strcmp(term, "dumb")),
        .echo = !isatty(STDIN_FILENO),
    };
    Profile *p = a.save || a.progress ? cli_drill_profile() : NULL;
    if (a.progress)
        rc = cli_drill_progress(&tp, p);
    else if (a.check_form)
        rc = check(&tp, &bank, p, a.check_form);
    else
        rc = practice(&tp, &bank, p, a.seed, a.seeded);
    profile_close(p);
    drill_bank_free(&bank);
    return rc;
}
