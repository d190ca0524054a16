/* drill_files.c — where Spot it items and the ideas they teach are found:
 * telling a drill file from a story file, loading every drill folder, and
 * finding docs/IDEAS.md. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/text.h"
#include "script/drill_load.h"
#include "script/loader.h"

static bool word_at(const char *p, const char *word)
{
    size_t n = strlen(word);
    return strncmp(p, word, n) == 0 && (p[n] == ' ' || p[n] == '\t' || p[n] == '"' ||
                                        p[n] == '(' || p[n] == '{' || p[n] == '\'');
}

bool drill_text_is_drill(const char *src)
{
    for (const char *p = src; p && *p;) {
        while (*p == ' ' || *p == '\t')
            p++;
        if (word_at(p, "scenario"))
            return false;
        if (word_at(p, "drill"))
            return true;
        p = strchr(p, '\n');
        p = p ? p + 1 : NULL;
    }
    return false;
}

bool drill_file_is_drill(const char *path)
{
    size_t len;
    char *err = NULL;
    char *src = loader_read_file(path, LOADER_MAX_FILE, &len, &err);
    free(err);
    bool is = src && drill_text_is_drill(src);
    free(src);
    return is;
}

int drill_load_library(DrillBank *bank, PathList *files, DiagList *diags)
{
    PathList found;
    library_list_drill(&found);
    int errors = 0;
    for (int i = 0; i < found.count; i++) {
        errors += drill_load_file(found.items[i], bank, diags);
        if (files)
            path_list_push(files, text_dup(found.items[i]));
    }
    path_list_free(&found);
    return errors;
}

/* The folder of `path`, or "." (malloc'd). */
static char *dir_of(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? text_format("%.*s", (int)(s - path), path) : text_dup(".");
}

int drill_ideas_find(const char *near, char ***ideas, char **where)
{
    *ideas = NULL;
    *where = NULL;
    char *dir = near ? dir_of(near) : NULL;
    char *tries[] = {
        dir ? text_format("%s/../../docs/IDEAS.md", dir) : NULL,
        dir ? text_format("%s/../docs/IDEAS.md", dir) : NULL,
        text_format("%s/../docs/IDEAS.md", BESIDE_SOURCE_SCRIPTS),
        text_format("%s/../docs/IDEAS.md", BESIDE_INSTALLED_SCRIPTS),
    };
    enum { N_TRIES = sizeof tries / sizeof tries[0] };
    free(dir);
    int n = -1;
    TextBuf looked = {0};
    for (int i = 0; i < N_TRIES && n < 0; i++) {
        if (!tries[i])
            continue;
        size_t len;
        char *err = NULL;
        char *md = loader_read_file(tries[i], 1 << 20, &len, &err);
        free(err);
        if (md) {
            n = drill_ideas_parse(md, ideas);
            *where = text_dup(tries[i]);
        } else {
            textbuf_printf(&looked, "%s%s", looked.len ? ", " : "", tries[i]);
        }
        free(md);
    }
    if (n < 0)
        *where = textbuf_take(&looked);
    textbuf_free(&looked);
    for (int i = 0; i < N_TRIES; i++)
        free(tries[i]);
    return n;
}
