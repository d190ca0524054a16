/* cli_check.c — `beside check`: lint story files for authors. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "app/assets.h"
#include "cli/cli.h"
#include "core/lint.h"
#include "core/places.h"
#include "core/reading.h"
#include "script/library.h"
#include "core/i18n.h"
#include "core/text.h"
#include "script/drill_load.h"
#include "script/loader.h"

static const char *const usage = N_(
    "Usage: beside check [PATH or STORY ...]\n"
    "\n"
    "Checks story files for mistakes and prints each problem as\n"
    "file:line: error|warning: what is wrong, and what to write instead.\n"
    "\n"
    "Each argument is a story file, a folder of them, or a story id.\n"
    "With none, checks every story Beside can find (see 'beside list'),\n"
    "and the Spot it items in each drill/ folder.\n"
    "\n"
    "Errors stop a story from loading. Warnings point at things that work\n"
    "but are probably not what you meant: a scene no path reaches, a choice\n"
    "with no 'because', an ending without its lens. Check also plays every\n"
    "path (when the story is small enough) to find dead ends and choices\n"
    "that can never be offered. It warns when a scene reads above grade 9,\n"
    "or the whole story above grade 7 (Flesch-Kincaid: about the US school\n"
    "year a reader needs).\n"
    "\n"
    "A file of drill \"id\" { } items (Spot it, docs/DRILL.md) is checked\n"
    "item by item: fields, kind, relationship, difficulty, ids unique across\n"
    "files, the idea a heading of docs/IDEAS.md, each item at grade 9 or\n"
    "lower, and the balance of the whole bank (no kind over 35%, at least 12\n"
    "items per relationship, check forms A and B matched).\n"
    "\n"
    "Options:\n"
    "  -r, --reading also print the reading grade of each story and of each\n"
    "                scene and ending in it, hardest first, with file:line\n"
    "  -t, --tells   also say whether the wording of each story's options gives\n"
    "                their kind away: a small classifier learns words, length\n"
    "                and questions from every other story Beside finds and\n"
    "                guesses rescue or not; it should do little better than\n"
    "                always guessing. Lists the words that give rescues away\n"
    "                and the rescues it spotted, with file:line\n"
    "  -l, --lang LANG  also check the story's translation into LANG (es, or\n"
    "                es_MX): each line missing or needing review, with file:line,\n"
    "                and for Spanish the reading ease (Fernández-Huerta and\n"
    "                INFLESZ; aim for 70 or more, bastante fácil)\n"
    "  -q, --quiet   print only the problems, not the summary\n"
    "  -h, --help    show this help\n"
    "\n"
    "Exit status: 0 no problems, 1 problems found, 2 usage error.\n"
    "\n"
    "Examples:\n"
    "  beside check my-story.lua\n"
    "  beside check --reading my-story.lua\n"
    "  beside check --tells my-story.lua\n"
    "  beside check --lang es nina-and-tom\n"
    "  beside check ~/.local/share/beside/stories\n");

typedef struct {
    int scene;
    double grade;
    Readability counts;
} SceneGrade;

static int by_grade_desc(const void *a, const void *b)
{
    const SceneGrade *x = a, *y = b;
    if (x->grade != y->grade)
        return x->grade < y->grade ? 1 : -1;
    return x->scene - y->scene; /* equal grades in file order */
}

/* The reading grade of the story, then of each scene, hardest first, as
 * file:line lines so an editor can jump to the scene. */
static void print_reading(const Story *s)
{
    Readability all = {0};
    reading_story(s, &all);
    printf(_("%s:%d: grade %.1f: the story '%s' as a whole (%ld words, %ld sentences). Aim for "
             "%.0f or lower, and %.0f or lower in each scene.\n"), s->file, s->line,
           readability_grade(&all), s->id, all.words, all.sentences, READING_STORY_MAX,
           READING_SCENE_MAX);
    SceneGrade *g = calloc((size_t)s->n_scenes + 1, sizeof *g);
    if (!g)
        return;
    for (int i = 0; i < s->n_scenes; i++) {
        g[i].scene = i;
        reading_scene(s, i, &g[i].counts);
        g[i].grade = readability_grade(&g[i].counts);
    }
    qsort(g, (size_t)s->n_scenes, sizeof *g, by_grade_desc);
    for (int k = 0; k < s->n_scenes; k++) {
        const Scene *sc = &s->scenes[g[k].scene];
        if (g[k].counts.words == 0)
            printf(sc->is_ending ? _("%s:%d: no grade: ending '%s' has no fixed text to measure.\n")
                                 : _("%s:%d: no grade: scene '%s' has no fixed text to measure.\n"),
                   s->file, sc->line, sc->id);
        else
            printf(sc->is_ending
                       ? _("%s:%d: grade %.1f: ending '%s' (%ld words, %ld sentences)%s\n")
                       : _("%s:%d: grade %.1f: scene '%s' (%ld words, %ld sentences)%s\n"),
                   s->file, sc->line, g[k].grade, sc->id, g[k].counts.words,
                   g[k].counts.sentences, g[k].grade > READING_SCENE_MAX ? _(": too hard") : "");
    }
    free(g);
}

/* Warns about each place = with no picture in assets/places/. Without a
 * pictures folder at all (a build without art) there is nothing to check
 * against, and nothing is said. */
static void check_places(const Story *s, DiagList *d)
{
    char *dir = assets_dir();
    int n = 0;
    char **names = assets_places(dir, &n);
    if (dir)
        places_check(s, (const char *const *)names, n, d);
    assets_names_free(names, n);
    free(dir);
}

/* Whether the process gives back the last story's memory before it exits.
 * Freeing a story of 10,000 scenes (its many small blocks and its Lua
 * state) took about 30 ms of a 430 ms check, and the system takes the pages
 * back at exit anyway. Builds with AddressSanitizer (BESIDE_SANITIZE,
 * BESIDE_FUZZ) free all, so LeakSanitizer still sees every real leak. */
#if defined(BESIDE_SLOW_BUILD) || defined(__SANITIZE_ADDRESS__)
enum { FREE_LAST_STORY = 1 };
#else
enum { FREE_LAST_STORY = 0 };
#endif

/* Checks one story file and prints its problems. The last file of the run
 * (`last`) is left for the process's exit to take back. */
static int check_one(const char *path, bool reading, bool last, int *errors, int *warnings)
{
    DiagList d = {0};
    Story *s = loader_load_file(path, NULL, &d);
    if (s) {
        LintOptions lo = {0};
        lint_story(s, &lo, &d);
        check_places(s, &d);
    }
    if (s) {
        /* Stories are found by id through their file name. */
        const char *base = strrchr(path, '/');
        base = base ? base + 1 : path;
        size_t n = strlen(base);
        if (n > 4 && strcmp(base + n - 4, ".lua") == 0 &&
            (strlen(s->id) != n - 4 || strncmp(base, s->id, n - 4) != 0))
            diag_add(&d, DIAG_WARNING, path, s->line,
                     _("the file is called %s but the story's id is '%s'. Name the file %s.lua "
                       "so Beside can find the story by its id."),
                     base, s->id, s->id);
        cli_id_clashes(s, path, &d);
    }
    diag_sort(&d);
    diag_print(&d, stdout);
    if (s && reading && diag_count(&d, DIAG_ERROR) == 0)
        print_reading(s);
    *errors += diag_count(&d, DIAG_ERROR);
    *warnings += diag_count(&d, DIAG_WARNING);
    diag_list_clear(&d);
    if (!last || FREE_LAST_STORY)
        story_free(s);
    return 0;
}

/* "3 files checked: 1 error, 2 warnings.", each count in its own plural. */
static void print_summary(int files, int errors, int warnings)
{
    char f[64], e[64], w[64];
    snprintf(f, sizeof f, ngettext("%d file checked", "%d files checked", (unsigned long)files),
             files);
    snprintf(e, sizeof e, ngettext("%d error", "%d errors", (unsigned long)errors), errors);
    snprintf(w, sizeof w, ngettext("%d warning", "%d warnings", (unsigned long)warnings),
             warnings);
    /* TRANSLATORS: files checked, errors, warnings: "3 files checked: 1 error, 2 warnings." */
    printf(_("%s: %s, %s.\n"), f, e, w);
}

/* What `beside check` was asked for. */
typedef struct {
    bool quiet, reading, tells, any_arg;
    const char *lang;
    PathList files;
    int usage_errors;
} CheckArgs;

/* A file, a folder or a story id into c->files; a bad one is said and counted. */
static void add_target(CheckArgs *c, const char *a)
{
    c->any_arg = true;
    struct stat st;
    if (stat(a, &st) == 0 && S_ISDIR(st.st_mode)) {
        int before = c->files.count;
        library_list_dir(a, &c->files);
        if (c->files.count == before)
            fprintf(stderr, _("beside check: %s: no .lua story files in this folder\n"), a);
        return;
    }
    char *err = NULL;
    char *p = library_find(a, &err);
    if (!p) {
        fprintf(stderr, "beside check: %s\n", err ? err : _("out of memory"));
        free(err);
        c->usage_errors++;
        return;
    }
    path_list_push(&c->files, p);
}

/* Reads the options and targets; EXIT_OK, or the usage error's status. */
static int parse_check_args(int argc, char **argv, CheckArgs *c)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) {
            c->quiet = true;
        } else if (strcmp(a, "-t") == 0 || strcmp(a, "--tells") == 0) {
            c->tells = true;
        } else if (strcmp(a, "-r") == 0 || strcmp(a, "--reading") == 0) {
            c->reading = true;
        } else if (strcmp(a, "-l") == 0 || strcmp(a, "--lang") == 0) {
            if (i + 1 >= argc || !argv[i + 1][0] || argv[i + 1][0] == '-')
                return cli_usage_error("check", _("--lang needs a language, like es"));
            c->lang = argv[++i];
        } else if (a[0] == '-' && a[1]) {
            return cli_usage_error("check", _("unknown option '%s'"), a);
        } else {
            add_target(c, a);
        }
    }
    if (!c->any_arg) {
        library_list(&c->files);
        PathList drill = {0};
        library_list_drill(&drill);
        for (int i = 0; i < drill.count; i++)
            path_list_push(&c->files, drill.items[i]);
        free(drill.items);
    }
    return EXIT_OK;
}

int cli_check(int argc, char **argv)
{
    if (cli_wants_help(argc, argv)) {
        fputs(_(usage), stdout);
        return EXIT_OK;
    }
#ifdef __GLIBC__
    /* Loading a story frees many small blocks between big requests (Lua's
     * arrays growing); glibc sorts its "fast" lists of freed small blocks
     * at each big request. Without those lists, loading 10,000 scenes took
     * about 9% less CPU time. */
    mallopt(M_MXFAST, 0);
#endif
    CheckArgs c = {0};
    int rc = parse_check_args(argc, argv, &c);
    if (rc != EXIT_OK) {
        path_list_free(&c.files);
        return rc;
    }
    int errors = 0, warnings = 0;
    PathList stories = {0}, drill = {0};
    for (int i = 0; i < c.files.count; i++)
        path_list_push(drill_file_is_drill(c.files.items[i]) ? &drill : &stories,
                       text_dup(c.files.items[i]));
    for (int i = 0; i < stories.count; i++) {
        /* Later work (a translation, drill files, tells) may still load
         * stories; only a story checked last of all is left unfreed. */
        bool last = i == stories.count - 1 && !c.lang && drill.count == 0 && !c.tells;
        check_one(stories.items[i], c.reading, last, &errors, &warnings);
        if (c.lang)
            cli_check_lang(stories.items[i], c.lang, c.quiet, &errors, &warnings);
    }
    if (drill.count)
        cli_check_drill(&drill, c.quiet, &errors, &warnings);
    if (c.tells)
        cli_check_tells(&stories);
    bool nothing = c.files.count == 0 && c.any_arg;
    if (!c.quiet && nothing)
        puts(_("Nothing was checked."));
    else if (!c.quiet)
        print_summary(c.files.count, errors, warnings);
    path_list_free(&c.files);
    path_list_free(&stories);
    path_list_free(&drill);
    if (c.usage_errors || nothing)
        return EXIT_PROBLEMS;
    return errors || warnings ? EXIT_PROBLEMS : EXIT_OK;
}
