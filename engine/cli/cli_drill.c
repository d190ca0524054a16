/* cli_drill.c — `beside drill`: Spot it in the terminal. A practice round
 * of ten (spaced repetition kept in the profile), check form A or B, and
 * (cli_drill_show.c) progress and the bank as JSON. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/cli_drill.h"
#include "core/text.h"
#include "term/term_drill.h"

static const char usage[] =
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
    "  printf '1\\n2\\nq\\n' | beside drill --text\n";

int cli_drill_load(DrillBank *bank)
{
    DiagList d = {0};
    int errors = drill_load_library(bank, NULL, &d);
    if (errors)
        fprintf(stderr, "beside drill: some items have problems and were left out; run 'beside "
                        "check' to see them.\n");
    diag_list_clear(&d);
    if (bank->count == 0) {
        fprintf(stderr, "beside drill: no Spot it items found. They live in the drill/ folder "
                        "of a story folder (see 'beside list --help').\n");
        return -1;
    }
    return 0;
}

/* The memory of each bank item, from the profile's rows by id. */
static DrillMemory *memory_of(const DrillBank *b, Profile *p)
{
    DrillMemory *mem = calloc((size_t)b->count + 1, sizeof *mem);
    DrillMemoryRow *rows = NULL;
    int n = 0;
    char *err = NULL;
    if (mem && p && profile_drill_memory(p, &rows, &n, &err) == 0)
        for (int i = 0; i < n; i++) {
            int at = drill_bank_find(b, rows[i].item_id);
            if (at >= 0)
                mem[at] = rows[i].memory;
        }
    free(err);
    drill_memory_rows_free(rows, n);
    return mem;
}

/* Plays the items in order, saving each answer. Returns the score; *quit
 * when the player stopped early. */
static DrillScore play_items(TermPlayer *tp, const DrillBank *b, const int *items, int n,
                             Profile *p, int64_t round, bool feedback, bool *quit)
{
    DrillScore s = {0};
    *quit = false;
    for (int i = 0; i < n; i++) {
        const DrillItem *it = &b->items[items[i]];
        int k = term_drill_ask(tp, it, i + 1, n);
        if (k < 0) {
            *quit = true;
            break;
        }
        drill_score_add(&s, it->kind, k == (int)it->kind);
        if (feedback)
            term_drill_feedback(tp, it, (ChoiceKind)k);
        char *err = NULL;
        DrillAnswer a = {.item = it, .answer = (ChoiceKind)k};
        if (p && round > 0 && profile_drill_answer(p, round, &a, &err) < 0)
            fprintf(stderr, "beside: %s\n", err ? err : "your answer was not saved.");
        free(err);
    }
    char *err = NULL;
    if (p && round > 0 && !*quit && profile_drill_finish(p, round, &err) < 0)
        fprintf(stderr, "beside: %s\n", err ? err : "");
    free(err);
    return s;
}

static int practice(TermPlayer *tp, const DrillBank *b, Profile *p, uint64_t seed, bool seeded)
{
    int number = 1, right = 0, total = 0;
    char *err = NULL;
    if (p && (profile_drill_next_round(p, &number, &err) < 0 ||
              profile_drill_recent(p, DRILL_RECENT, &right, &total, &err) < 0)) {
        fprintf(stderr, "beside: %s\n", err ? err : "");
        free(err);
        err = NULL;
    }
    int level = drill_level(right, total);
    DrillMemory *mem = memory_of(b, p);
    int items[DRILL_ROUND_ITEMS];
    if (!seeded)
        seed = (uint64_t)time(NULL) * 2654435761u + (uint64_t)number;
    int n = mem ? drill_round_pick(b, mem, number, level, seed, items) : 0;
    free(mem);
    if (n == 0) {
        fprintf(stderr, "beside drill: there are no practice items to play.\n");
        return EXIT_PROBLEMS;
    }
    int64_t round = p ? profile_drill_begin(p, "practice", number, &err) : 0;
    if (round < 0)
        fprintf(stderr, "beside: %s\n", err ? err : "");
    free(err);
    char *intro = text_format("Spot it: round %d, %d items, %s first. This is practice, not "
                              "therapy. Type h at any time for help.", number, n,
                              drill_difficulty_name(b->items[items[0]].difficulty));
    term_wrap(tp, intro ? intro : "Spot it.", 0);
    free(intro);
    fputs("\n", tp->out);
    bool quit;
    DrillScore s = play_items(tp, b, items, n, p, round, true, &quit);
    if (drill_score_total(&s) > 0) {
        fputs(quit ? "Round stopped. " : "Round done. ", tp->out);
        term_drill_score(tp, &s);
        fputs("Items you missed come back in a later round.\n", tp->out);
    }
    return tp->output_failed ? EXIT_PROBLEMS : EXIT_OK;
}

static int check(TermPlayer *tp, const DrillBank *b, Profile *p, char form)
{
    int items[DRILL_FORM_ITEMS];
    int n = drill_form_items(b, form, items, DRILL_FORM_ITEMS);
    if (n == 0) {
        fprintf(stderr, "beside drill: the bank has no items of check form %c.\n", form);
        return EXIT_PROBLEMS;
    }
    char *err = NULL;
    char mode[2] = {form, '\0'};
    int64_t round = p ? profile_drill_begin(p, mode, 0, &err) : 0;
    if (round < 0)
        fprintf(stderr, "beside: %s\n", err ? err : "");
    free(err);
    char *intro = text_format("Spot it: check form %c, %d items. Answers are shown at the end, "
                              "not after each item. This is practice, not therapy.", form, n);
    term_wrap(tp, intro ? intro : "", 0);
    free(intro);
    fputs("\n", tp->out);
    bool quit;
    DrillScore s = play_items(tp, b, items, n, p, round, false, &quit);
    if (quit) {
        fputs("The check stopped before its end, so it has no result.\n", tp->out);
        return EXIT_OK;
    }
    char head[64];
    snprintf(head, sizeof head, "Check form %c: ", form);
    fputs(head, tp->out);
    term_drill_score(tp, &s);
    cli_drill_print_change(tp, p, form, &s, round);
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
                return cli_usage_error("drill", "--check needs A or B (the two check forms)");
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
                return cli_usage_error("drill", "%s needs a whole number%s", s,
                                       s[2] == 'w' ? " of columns, 30 or more" : "");
            i++;
            if (s[2] == 'w')
                a->width = (int)v;
            else {
                a->seed = (uint64_t)v;
                a->seeded = true;
            }
        } else if (s[0] == '-') {
            return cli_usage_error("drill", "unknown option '%s'", s);
        } else {
            return cli_usage_error("drill", "drill takes no story; '%s' is not an option", s);
        }
    }
    if ((a->check_form != 0) + a->progress + a->export_json > 1)
        return cli_usage_error("drill", "give one of --check, --progress and --export-json");
    return EXIT_OK;
}

int cli_drill(int argc, char **argv)
{
    if (cli_wants_help(argc, argv)) {
        fputs(usage, stdout);
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
