/* cli_graph.c — `beside graph`: the story map as Graphviz DOT or SVG. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli/cli.h"
#include "core/i18n.h"
#include "core/explore.h"

static const char *const usage = N_(
    "Usage: beside graph [--svg FILE] STORY\n"
    "\n"
    "Prints the map of STORY (a story id or file) in Graphviz DOT: a box for\n"
    "each scene, a rounded box for each ending, an arrow for each choice\n"
    "labelled with its number and kind. Arrows with a condition are dashed.\n"
    "A choice whose next is a function gets a dotted arrow to each scene it\n"
    "led to when Beside played the story, labelled 'by function'.\n"
    "Each label's number is the one a player sees in the file's order\n"
    "(BESIDE_CHOICE_ORDER=file); when choices before it have a 'when' and can\n"
    "be hidden, it is a range with the file's number in brackets: '2-3 [3]'.\n"
    "Players see each scene's choices shuffled.\n"
    "\n"
    "Options:\n"
    "  --svg FILE   draw the map to FILE as SVG (needs apt install graphviz)\n"
    "  -h, --help   show this help\n"
    "\n"
    "Examples:\n"
    "  beside graph nina-and-tom > map.dot\n"
    "  beside graph --svg map.svg nina-and-tom\n");

static void dot_string(FILE *o, const char *s)
{
    fputc('"', o);
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            fputc('\\', o);
        fputc(*s == '\n' ? ' ' : *s, o);
    }
    fputc('"', o);
}

static void arrow(FILE *o, const Scene *from, const char *to, int c, const Choice *ch,
                  const char *style, const char *how)
{
    char number[32];
    cli_choice_label(from, c, number, sizeof number);
    fputs("  ", o);
    dot_string(o, from->id);
    fputs(" -> ", o);
    dot_string(o, to);
    char label[80];
    snprintf(label, sizeof label, "%s %s%s", number, story_kind_name(ch->kind), how);
    fputs(" [label=", o);
    dot_string(o, label);
    if (style)
        fprintf(o, ", style=%s", style);
    fputs("];\n", o);
}

/* Where the choices decided by a function went, from playing the story
 * (every path when it fits, else a sample); NULL when no choice needs it. */
static ExploreTargets **played_targets(const Story *s, ExploreReport *r, bool *partial)
{
    bool any = false;
    for (int i = 0; i < s->n_scenes; i++)
        for (int c = 0; c < s->scenes[i].n_choices; c++)
            any = any || s->scenes[i].choices[c].next_host_ref;
    if (!any)
        return NULL;
    ExploreOptions eo = {.max_states = 600000};
    if (explore_run(s, &eo, r) < 0)
        return NULL;
    *partial = r->truncated;
    if (r->truncated) {
        explore_report_free(s, r);
        ExploreOptions sample = {.random_runs = 2000, .seed = 1};
        if (explore_run(s, &sample, r) < 0)
            return NULL;
    }
    return r->next_targets;
}

static void write_dot(FILE *o, const Story *s)
{
    ExploreReport r = {0};
    bool partial = false;
    ExploreTargets **targets = played_targets(s, &r, &partial);
    fputs("// Choice numbers are the ones a player sees in the file's order "
          "(BESIDE_CHOICE_ORDER=file); \"2-3 [3]\": choices before it can be hidden, so a "
          "player sees it as 2 or 3, the file's 3. Players see each scene's choices "
          "shuffled.\n", o);
    fputs("digraph story {\n  rankdir=TB;\n  node [shape=box, fontname=\"sans-serif\"];\n", o);
    for (int i = 0; i < s->n_scenes; i++) {
        const Scene *sc = &s->scenes[i];
        fputs("  ", o);
        dot_string(o, sc->id);
        if (sc->is_ending)
            fputs(" [shape=box, style=\"rounded,bold\"]", o);
        else if (i == s->start)
            fputs(" [style=bold]", o);
        fputs(";\n", o);
    }
    for (int i = 0; i < s->n_scenes; i++) {
        const Scene *sc = &s->scenes[i];
        for (int c = 0; c < sc->n_choices; c++) {
            const Choice *ch = &sc->choices[c];
            for (int k = 0; k < ch->n_next; k++)
                arrow(o, sc, ch->next[k].scene_id, c, ch,
                      !COND_IS_EMPTY(ch->when) || !COND_IS_EMPTY(ch->next[k].when) ? "dashed"
                                                                                   : NULL, "");
            const ExploreTargets *t = targets && targets[i] ? &targets[i][c] : NULL;
            for (int k = 0; t && k < t->count; k++)
                arrow(o, sc, s->scenes[t->scenes[k]].id, c, ch, "dotted", ", by function");
        }
    }
    if (partial)
        fputs("  // The story has too many states to play every path: the dotted arrows "
              "come from 2,000 random playthroughs and may miss some.\n", o);
    fputs("}\n", o);
    if (targets)
        explore_report_free(s, &r);
}

int cli_graph(int argc, char **argv)
{
    if (cli_wants_help(argc, argv)) {
        fputs(_(usage), stdout);
        return EXIT_OK;
    }
    const char *ref = NULL, *svg = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--svg") == 0) {
            if (i + 1 >= argc)
                return cli_usage_error("graph", _("--svg needs a file name after it"));
            svg = argv[++i];
        } else if (argv[i][0] == '-' && argv[i][1]) {
            return cli_usage_error("graph", _("unknown option '%s'"), argv[i]);
        } else if (ref) {
            return cli_usage_error("graph", _("give one story; '%s' is a second"), argv[i]);
        } else {
            ref = argv[i];
        }
    }
    if (!ref)
        return cli_usage_error("graph", _("which story? Give its id or file"));
    Story *s = cli_open_story(ref);
    if (!s)
        return EXIT_PROBLEMS;
    int status = EXIT_OK;
    if (!svg) {
        write_dot(stdout, s);
    } else {
        /* Run dot directly (no shell), feeding it the map on a pipe. */
        int fd[2];
        pid_t pid = -1;
        /* If dot is missing or stops early, writing must fail, not kill us. */
        signal(SIGPIPE, SIG_IGN);
        if (pipe(fd) == 0 && (pid = fork()) < 0) {
            close(fd[0]);
            close(fd[1]);
        } else if (pid == 0) {
            dup2(fd[0], STDIN_FILENO);
            close(fd[0]);
            close(fd[1]);
            execlp("dot", "dot", "-Tsvg", "-o", svg, (char *)NULL);
            _exit(127);
        }
        int code = -1;
        if (pid > 0) {
            close(fd[0]);
            FILE *o = fdopen(fd[1], "w");
            if (o) {
                write_dot(o, s);
                fclose(o);
            }
            int st;
            if (waitpid(pid, &st, 0) == pid && WIFEXITED(st))
                code = WEXITSTATUS(st);
        }
        if (code == 127)
            fprintf(stderr, _("beside graph: Graphviz's 'dot' program is not installed. Install "
                            "it (sudo apt install graphviz), or run without --svg to get DOT.\n"));
        else if (code != 0)
            fprintf(stderr, _("beside graph: dot could not write %s.\n"), svg);
        status = code == 0 ? EXIT_OK : EXIT_PROBLEMS;
    }
    story_free(s);
    return status;
}
