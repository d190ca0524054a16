/* cli_common.c — helpers shared by the subcommands. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "core/i18n.h"
#include "script/library.h"
#include "script/loader.h"
#include "script/story_lang.h"

static Story *open_story(const char *ref, bool for_player)
{
    char *err = NULL;
    char *path = library_find(ref, &err);
    if (!path) {
        fprintf(stderr, "beside: %s\n", err ? err : _("out of memory"));
        free(err);
        return NULL;
    }
    DiagList diags = {0};
    Story *s = for_player ? story_lang_load_for_player(path, &diags)
                          : loader_load_file(path, NULL, &diags);
    if (!s) {
        diag_sort(&diags);
        diag_print(&diags, stderr);
        fprintf(stderr, _("beside: the story in %s has problems, so it cannot be played. Fix "
                          "them (beside check %s shows them all) and try again.\n"),
                path, path);
    }
    diag_list_clear(&diags);
    free(path);
    return s;
}

Story *cli_open_story(const char *ref)
{
    return open_story(ref, false);
}

Story *cli_open_story_for_player(const char *ref)
{
    return open_story(ref, true);
}

bool cli_wants_help(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0)
            return true;
    }
    return false;
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "beside %s: ", cmd);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    fprintf(stderr, _("Run 'beside %s --help' to see how to use it.\n"), cmd);
    return EXIT_USAGE;
}

void cli_json_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        switch (*p) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\t': fputs("\\t", out); break;
        case '\r': fputs("\\r", out); break;
        default:
            if (*p < 0x20)
                fprintf(out, "\\u%04x", *p);
            else
                fputc(*p, out);
        }
    }
    fputc('"', out);
}
