/* cli_explore.c — `beside explore`: play every path and sum up. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "core/i18n.h"
#include "core/balance.h"
#include "core/explore.h"
#include "core/text.h"
#include "core/twins.h"

static const char *const usage = N_(
    "Usage: beside explore [options] STORY\n"
    "\n"
    "Plays every distinct path through STORY (a story id or file) and prints\n"
    "the scenes and choices no path reaches, each ending with how many paths\n"
    "reach it and the range of each meter there, and the shortest and longest\n"
    "paths. Paths that meet in the same state (same scene, meters, flags and\n"
    "waiting effects) are counted once from there on.\n"
    "\n"
    "It also counts, for each kind of choice, how many raise or lower each\n"
    "meter now (their own effects) and later (their delayed effects), and\n"
    "says when a kind is one-sided: rescues that never feel good now,\n"
    "supports that never cost anything.\n"
    "\n"
    "And it lists the story's twins: two options in different scenes with\n"
    "exactly the same words, one a rescue and the other not. Only the scene\n"
    "can tell them apart, which is the skill the game trains.\n"
    "\n"
    "Choice numbers (scene#2) are the ones a player sees, in the file's order\n"
    "(BESIDE_CHOICE_ORDER=file): a choice hidden by its 'when' is skipped. Where\n"
    "that makes them differ from the file's count, the file's number follows in\n"
    "brackets: scene#2[3] is the second choice shown, the third in the file.\n"
    "Players see the choices of a scene in an order shuffled for each playthrough.\n"
    "\n"
    "Big stories can have too many paths to play them all; then explore\n"
    "plays random ones instead and says so.\n"
    "\n"
    "Options:\n"
    "  --random N        play N random playthroughs instead of every path\n"
    "  --seed S          seed for --random (default 1); same seed, same result\n"
    "  --max-states N    give up on every path after N states (default 2000000)\n"
    "  --json            print the results as JSON, for other programs\n"
    "  -h, --help        show this help\n"
    "\n"
    "Exit status: 0 every scene and ending reached, 1 something never reached\n"
    "or the story failed, 2 usage error.\n"
    "\n"
    "Examples:\n"
    "  beside explore nina-and-tom\n"
    "  beside explore --random 10000 --seed 7 my-story.lua\n");

/* A whole number written with digits only (no sign, no spaces). */
static bool parse_count(const char *s, unsigned long long *out)
{
    if (!isdigit((unsigned char)*s))
        return false;
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end)
        return false;
    *out = v;
    return true;
}

static void path_text(FILE *out, const Story *s, const ExplorePath *p)
{
    int *shown = calloc((size_t)p->length + 1, sizeof *shown);
    if (shown)
        cli_path_numbers(s, p, shown);
    for (int i = 0; i < p->length; i++) {
        char n[32];
        cli_choice_number(n, sizeof n, shown ? shown[i] : 0, p->choices[i] + 1);
        fprintf(out, "%s#%s -> ", s->scenes[p->scenes[i]].id, n);
    }
    fprintf(out, "%s", s->scenes[p->end_scene].id);
    free(shown);
}

static void path_json(FILE *out, const Story *s, const ExplorePath *p)
{
    int *shown = calloc((size_t)p->length + 1, sizeof *shown);
    if (shown)
        cli_path_numbers(s, p, shown);
    fprintf(out, "{\"choices\": %d, \"ending\": ", p->length);
    cli_json_string(out, s->scenes[p->end_scene].id);
    fputs(", \"steps\": [", out);
    for (int i = 0; i < p->length; i++) {
        fprintf(out, "%s{\"scene\": ", i ? ", " : "");
        cli_json_string(out, s->scenes[p->scenes[i]].id);
        fprintf(out, ", \"choice\": %d, \"shown\": %d}", p->choices[i] + 1,
                shown && shown[i] ? shown[i] : p->choices[i] + 1);
    }
    fputs("]}", out);
    free(shown);
}

static int count_unreached(const Story *s, const ExploreReport *r)
{
    int n = 0;
    for (int i = 0; i < s->n_scenes; i++) {
        n += !r->scene_reached[i];
        for (int c = 0; r->scene_reached[i] && c < s->scenes[i].n_choices; c++)
            n += !r->choice_reached[i][c];
    }
    return n;
}

static void meter_counts(const Story *s, const int *up, const int *down)
{
    for (int m = 0; m < s->n_meters; m++)
        printf("%s%s +%d -%d", m ? ",  " : " ", s->meters[m].name, up[m], down[m]);
    printf("\n");
}

/* For each kind: how many of its choices raise (+) or lower (-) each meter,
 * now and later; then the one-sided kinds in words. */
static void print_balance(const Story *s)
{
    Balance b;
    balance_count(s, &b);
    printf(_("\nWhat each kind does (how many of its choices raise + or lower - each meter):\n"));
    for (int k = 0; k < KIND_COUNT; k++) {
        const KindBalance *kb = &b.kinds[k];
        if (kb->choices == 0)
            continue;
        printf(ngettext("  %s: %d choice, %d with a delayed effect\n",
                        "  %s: %d choices, %d with a delayed effect\n", (unsigned long)kb->choices),
               _(story_kind_label((ChoiceKind)k)), kb->choices, kb->with_later);
        printf(_("    now:  "));
        meter_counts(s, kb->now_up, kb->now_down);
        printf(_("    later:"));
        meter_counts(s, kb->later_up, kb->later_down);
    }
    char *notes[16];
    int n = balance_notes(s, &b, notes, 16);
    for (int i = 0; i < n; i++) {
        printf("%s  %s\n", i ? "" : _("One-sided:\n"), notes[i]);
        free(notes[i]);
    }
}

static void balance_json(FILE *o, const Story *s)
{
    Balance b;
    balance_count(s, &b);
    fputs(",\n \"kinds\": {", o);
    bool first = true;
    for (int k = 0; k < KIND_COUNT; k++) {
        const KindBalance *kb = &b.kinds[k];
        if (kb->choices == 0)
            continue;
        fprintf(o, "%s\n  \"%s\": {\"choices\": %d, \"with_later\": %d", first ? "" : ",",
                story_kind_name((ChoiceKind)k), kb->choices, kb->with_later);
        first = false;
        for (int when = 0; when < 2; when++) {
            const int *up = when ? kb->later_up : kb->now_up;
            const int *down = when ? kb->later_down : kb->now_down;
            fprintf(o, ", \"%s\": {", when ? "later" : "now");
            for (int m = 0; m < s->n_meters; m++) {
                fputs(m ? ", " : "", o);
                cli_json_string(o, s->meters[m].name);
                fprintf(o, ": {\"raise\": %d, \"lower\": %d}", up[m], down[m]);
            }
            fputs("}", o);
        }
        fputs("}", o);
    }
    fputs("}", o);
}

/* Twins: the same words, a rescue in one scene and not in the other. */
static void print_twins(const Story *s)
{
    TwinPair t[64];
    int n = twins_find(s, t, 64);
    if (n <= 0) {
        printf(_("\nTwins: none (the same words as a rescue in one scene and not a rescue in "
                 "another).\n"));
        return;
    }
    printf(ngettext("\nTwins: %d pair of the same words, a rescue in one scene and not in the "
                    "other; the scene decides:\n",
                    "\nTwins: %d pairs of the same words, a rescue in one scene and not in the "
                    "other; the scene decides:\n", (unsigned long)n), n);
    for (int i = 0; i < n && i < 64; i++) {
        const Choice *a = &s->scenes[t[i].a_scene].choices[t[i].a_choice];
        const Choice *b = &s->scenes[t[i].b_scene].choices[t[i].b_choice];
        printf(text_quotes_itself(a->text) ? _("  %s, line %d (%s) / %s, line %d (%s): %s\n")
                                           : _("  %s, line %d (%s) / %s, line %d (%s): \u201c%s\u201d\n"),
               s->scenes[t[i].a_scene].id, a->line, _(story_kind_label(a->kind)),
               s->scenes[t[i].b_scene].id, b->line, _(story_kind_label(b->kind)), a->text);
    }
    if (n > 64)
        printf(_("  ... and %d more\n"), n - 64);
}

static void twin_json(FILE *o, const Story *s, int scene, int choice)
{
    const Choice *c = &s->scenes[scene].choices[choice];
    fputs("{\"scene\": ", o);
    cli_json_string(o, s->scenes[scene].id);
    fprintf(o, ", \"choice\": %d, \"line\": %d, \"kind\": \"%s\"}", choice + 1, c->line,
            story_kind_name(c->kind));
}

static void twins_json(FILE *o, const Story *s)
{
    TwinPair t[256];
    int n = twins_find(s, t, 256);
    fputs(",\n \"twins\": [", o);
    for (int i = 0; i < n && i < 256; i++) {
        fputs(i ? ",\n  {\"text\": " : "\n  {\"text\": ", o);
        cli_json_string(o, s->scenes[t[i].a_scene].choices[t[i].a_choice].text);
        fputs(", \"a\": ", o);
        twin_json(o, s, t[i].a_scene, t[i].a_choice);
        fputs(", \"b\": ", o);
        twin_json(o, s, t[i].b_scene, t[i].b_choice);
        fputs("}", o);
    }
    fprintf(o, "], \"twin_pairs\": %d", n < 0 ? 0 : n);
}

static void print_json(const Story *s, const ExploreReport *r)
{
    FILE *o = stdout;
    fputs("{\"story\": ", o);
    cli_json_string(o, s->id);
    fprintf(o, ", \"file\": ");
    cli_json_string(o, s->file);
    fputs(", \"choice_order\": \"file\"", o);
    fprintf(o, ", \"mode\": \"%s\", \"states\": %ld, \"choices_made\": %ld, \"paths\": %.0f, "
               "\"seconds\": %.6f,\n", r->exhaustive ? "every-path" : "random", r->states,
            r->steps, r->paths, r->seconds);
    fputs(" \"unreached_scenes\": [", o);
    int k = 0;
    for (int i = 0; i < s->n_scenes; i++)
        if (!r->scene_reached[i]) {
            fputs(k++ ? ", " : "", o);
            cli_json_string(o, s->scenes[i].id);
        }
    fputs("],\n \"unreached_choices\": [", o);
    k = 0;
    for (int i = 0; i < s->n_scenes; i++)
        for (int c = 0; r->scene_reached[i] && c < s->scenes[i].n_choices; c++)
            if (!r->choice_reached[i][c]) {
                fprintf(o, "%s{\"scene\": ", k++ ? ", " : "");
                cli_json_string(o, s->scenes[i].id);
                fprintf(o, ", \"choice\": %d, \"line\": %d}", c + 1, s->scenes[i].choices[c].line);
            }
    fputs("],\n \"endings\": [", o);
    for (int e = 0; e < r->n_endings; e++) {
        const EndingStat *es = &r->endings[e];
        fprintf(o, "%s\n  {\"id\": ", e ? "," : "");
        cli_json_string(o, s->scenes[es->scene].id);
        fprintf(o, ", \"paths\": %.0f, \"meters\": {", es->paths);
        for (int m = 0; m < s->n_meters; m++) {
            fprintf(o, "%s", m ? ", " : "");
            cli_json_string(o, s->meters[m].name);
            if (es->paths > 0)
                fprintf(o, ": {\"min\": %d, \"max\": %d}", es->min[m], es->max[m]);
            else
                fputs(": null", o);
        }
        fputs("}}", o);
    }
    fputs("],\n \"shortest\": ", o);
    if (r->shortest.scenes)
        path_json(o, s, &r->shortest);
    else
        fputs("null", o);
    fputs(",\n \"longest\": ", o);
    if (r->longest.scenes)
        path_json(o, s, &r->longest);
    else
        fputs("null", o);
    fprintf(o, ",\n \"loop\": %s, \"dead_ends\": %ld, \"problems\": [", r->has_loop ? "true" : "false",
            r->dead_ends);
    for (int i = 0; i < r->problems.count; i++) {
        fputs(i ? ", " : "", o);
        cli_json_string(o, r->problems.items[i].message);
    }
    fputs("]", o);
    balance_json(o, s);
    twins_json(o, s);
    fputs("}\n", o);
}

static void print_text(const Story *s, const ExploreReport *r)
{
    printf("%s (%s)\n", s->title ? s->title : s->id, s->file);
    if (r->exhaustive)
        printf(_("Played every path: %.0f paths through %ld distinct states, %ld choices made, "
                 "in %.3f s.\n"), r->paths, r->states, r->steps, r->seconds);
    else
        printf(_("Played %.0f random playthroughs (%ld choices made) in %.3f s. Random play can "
                 "miss rare paths.\n"), r->paths, r->steps, r->seconds);
    printf(_("\nEndings:\n"));
    for (int e = 0; e < r->n_endings; e++) {
        const EndingStat *es = &r->endings[e];
        printf(ngettext("  %-24s %8.0f path ", "  %-24s %8.0f paths", es->paths == 1 ? 1 : 2),
               s->scenes[es->scene].id, es->paths);
        for (int m = 0; es->paths > 0 && m < s->n_meters; m++)
            printf("  %s %d-%d", s->meters[m].name, es->min[m], es->max[m]);
        printf("\n");
    }
    int unreached = count_unreached(s, r);
    printf("\n%s\n",
           unreached ? _("Never reached:") : _("Every scene and every choice was reached."));
    for (int i = 0; i < s->n_scenes; i++) {
        const Scene *sc = &s->scenes[i];
        if (!r->scene_reached[i]) {
            printf(sc->is_ending ? _("  %s:%d: ending '%s'\n") : _("  %s:%d: scene '%s'\n"),
                   s->file, sc->line, sc->id);
            continue;
        }
        for (int c = 0; c < sc->n_choices; c++)
            if (!r->choice_reached[i][c])
                printf(_("  %s:%d: choice %d in scene '%s'\n"), s->file, sc->choices[c].line,
                       c + 1, sc->id);
    }
    if (r->shortest.scenes) {
        printf(ngettext("\nShortest path: %d choice: ", "\nShortest path: %d choices: ",
                        (unsigned long)r->shortest.length),
               r->shortest.length);
        path_text(stdout, s, &r->shortest);
        printf(ngettext("\nLongest path: %d choice: ", "\nLongest path: %d choices: ",
                        (unsigned long)r->longest.length),
               r->longest.length);
        path_text(stdout, s, &r->longest);
        printf("\n");
    }
    if (r->has_loop)
        printf(_("\nA loop: the player can come back to the same state at scene '%s' and go "
                 "round forever.\n"), s->scenes[r->loop_scene].id);
    if (r->dead_ends)
        printf(ngettext("\nDead ends: %ld state where no choice is offered (first at scene "
                        "'%s').\n",
                        "\nDead ends: %ld states where no choice is offered (first at scene "
                        "'%s').\n",
                        (unsigned long)r->dead_ends),
               r->dead_ends, s->scenes[r->dead_end_scene].id);
    for (int i = 0; i < r->problems.count; i++)
        printf(_("\nProblem: %s\n"), r->problems.items[i].message);
    print_balance(s);
    print_twins(s);
    printf(_("\nChoice numbers are the ones a player sees in the file's order "
             "(BESIDE_CHOICE_ORDER=file), the file's own in brackets where they differ; "
             "players see each scene's choices shuffled.\n"));
}

int cli_explore(int argc, char **argv)
{
    if (cli_wants_help(argc, argv)) {
        fputs(_(usage), stdout);
        return EXIT_OK;
    }
    ExploreOptions opt = {.seed = 1};
    bool json = false;
    const char *ref = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        unsigned long long v;
        if (strcmp(a, "--json") == 0) {
            json = true;
        } else if (strcmp(a, "--random") == 0 || strcmp(a, "--seed") == 0 ||
                   strcmp(a, "--max-states") == 0) {
            if (i + 1 >= argc || !parse_count(argv[i + 1], &v))
                return cli_usage_error("explore", _("%s needs a whole number after it"), a);
            i++;
            if (a[2] == 's') {
                opt.seed = (uint64_t)v;
            } else if (v < 1 || v > 1000000000ull) {
                return cli_usage_error("explore", _("%s needs a number from 1 to 1000000000"), a);
            } else if (a[2] == 'r') {
                opt.random_runs = (long)v;
            } else {
                opt.max_states = (long)v;
            }
        } else if (a[0] == '-' && a[1]) {
            return cli_usage_error("explore", _("unknown option '%s'"), a);
        } else if (ref) {
            return cli_usage_error("explore", _("give one story; '%s' is a second"), a);
        } else {
            ref = a;
        }
    }
    if (!ref)
        return cli_usage_error("explore", _("which story? Give its id or file, like: beside "
                                            "explore nina-and-tom"));
    Story *s = cli_open_story(ref);
    if (!s)
        return EXIT_PROBLEMS;
    ExploreReport r;
    if (explore_run(s, &opt, &r) < 0) {
        fprintf(stderr, _("beside explore: out of memory\n"));
        story_free(s);
        return EXIT_PROBLEMS;
    }
    if (r.truncated) {
        long states = r.states;
        explore_report_free(s, &r);
        fprintf(stderr, _("beside explore: the story has more than %ld states, too many to play "
                        "every path; playing 10000 random playthroughs instead.\n"), states - 1);
        opt.random_runs = 10000;
        if (explore_run(s, &opt, &r) < 0) {
            story_free(s);
            return EXIT_PROBLEMS;
        }
    }
    if (json)
        print_json(s, &r);
    else
        print_text(s, &r);
    int status = count_unreached(s, &r) || r.problems.count || r.dead_ends ? EXIT_PROBLEMS : EXIT_OK;
    explore_report_free(s, &r);
    story_free(s);
    return status;
}
