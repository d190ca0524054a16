/* cli_check.c — `beside check`: lint story files for authors. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "core/lint.h"
#include "script/library.h"
#include "script/loader.h"

static const char usage[] =
    "Usage: beside check [PATH or STORY ...]\n"
    "\n"
    "Checks story files for mistakes and prints each problem as\n"
    "file:line: error|warning: what is wrong, and what to write instead.\n"
    "\n"
    "Each argument is a story file, a folder of them, or a story id.\n"
    "With none, checks every story Beside can find (see 'beside list').\n"
    "\n"
    "Errors stop a story from loading. Warnings point at things that work\n"
    "but are probably not what you meant: a scene no path reaches, a choice\n"
    "with no 'because', an ending without its lens. Check also plays every\n"
    "path (when the story is small enough) to find dead ends and choices\n"
    "that can never be offered.\n"
    "\n"
    "Options:\n"
    "  -q, --quiet   print only the problems, not the summary\n"
    "  -h, --help    show this help\n"
    "\n"
    "Exit status: 0 no problems, 1 problems found, 2 usage error.\n"
    "\n"
    "Examples:\n"
    "  beside check my-story.lua\n"
    "  beside check ~/.local/share/beside/stories\n";

static int check_one(const char *path, int *errors, int *warnings)
{
    DiagList d = {0};
    Story *s = loader_load_file(path, NULL, &d);
    if (s) {
        LintOptions lo = {0};
        lint_story(s, &lo, &d);
    }
    if (s) {
        /* Stories are found by id through their file name. */
        const char *base = strrchr(path, '/');
        base = base ? base + 1 : path;
        size_t n = strlen(base);
        if (n > 4 && strcmp(base + n - 4, ".lua") == 0 &&
            (strlen(s->id) != n - 4 || strncmp(base, s->id, n - 4) != 0))
            diag_add(&d, DIAG_WARNING, path, s->line, "the file is called %s but the story's id is "
                     "'%s'. Name the file %s.lua so Beside can find the story by its id.",
                     base, s->id, s->id);
    }
    diag_sort(&d);
    diag_print(&d, stdout);
    *errors += diag_count(&d, DIAG_ERROR);
    *warnings += diag_count(&d, DIAG_WARNING);
    diag_list_clear(&d);
    story_free(s);
    return 0;
}

int cli_check(int argc, char **argv)
{
    if (cli_wants_help(argc, argv)) {
        fputs(usage, stdout);
        return EXIT_OK;
    }
    bool quiet = false;
    PathList files = {0};
    int usage_errors = 0;
    bool any_arg = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) {
            quiet = true;
            continue;
        }
        if (a[0] == '-' && a[1]) {
            path_list_free(&files);
            return cli_usage_error("check", "unknown option '%s'", a);
        }
        any_arg = true;
        struct stat st;
        if (stat(a, &st) == 0 && S_ISDIR(st.st_mode)) {
            int before = files.count;
            library_list_dir(a, &files);
            if (files.count == before)
                fprintf(stderr, "beside check: %s: no .lua story files in this folder\n", a);
            continue;
        }
        char *err = NULL;
        char *p = library_find(a, &err);
        if (!p) {
            fprintf(stderr, "beside check: %s\n", err ? err : "out of memory");
            free(err);
            usage_errors++;
            continue;
        }
        path_list_push(&files, p);
    }
    if (!any_arg)
        library_list(&files);
    int errors = 0, warnings = 0;
    for (int i = 0; i < files.count; i++)
        check_one(files.items[i], &errors, &warnings);
    if (!quiet)
        printf("%d file%s checked: %d error%s, %d warning%s.\n", files.count,
               files.count == 1 ? "" : "s", errors, errors == 1 ? "" : "s", warnings,
               warnings == 1 ? "" : "s");
    path_list_free(&files);
    if (usage_errors)
        return EXIT_PROBLEMS;
    return errors || warnings ? EXIT_PROBLEMS : EXIT_OK;
}
