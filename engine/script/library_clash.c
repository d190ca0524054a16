/* library_clash.c — stories that share an id. Stories are found by id
 * through their file name, folder by folder in library_dirs() order, so a
 * file named like one in an earlier folder is never found (hidden); and a
 * file whose scenario id is another story's opens that story instead, and
 * would share its progress in the profile. `beside check` and `beside list`
 * say so, naming both files and the one that wins. */
#define _XOPEN_SOURCE 700 /* realpath */
#include <stdlib.h>
#include <string.h>

#include "core/text.h"
#include "script/library.h"

static const char *base_of(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

int library_list_hidden(PathList *hidden, PathList *winners)
{
    PathList dirs, seen = {0};
    memset(hidden, 0, sizeof *hidden);
    memset(winners, 0, sizeof *winners);
    library_dirs(&dirs);
    for (int i = 0; i < dirs.count; i++) {
        bool seen_dir = false; /* the installed copy may be the source tree */
        for (int j = 0; j < i; j++)
            seen_dir |= strcmp(dirs.items[i], dirs.items[j]) == 0;
        PathList here = {0};
        if (!seen_dir)
            library_list_dir(dirs.items[i], &here);
        for (int k = 0; k < here.count; k++) {
            int win = -1;
            for (int j = 0; j < seen.count && win < 0; j++)
                if (strcmp(base_of(seen.items[j]), base_of(here.items[k])) == 0)
                    win = j;
            if (win < 0) {
                path_list_push(&seen, here.items[k]);
            } else {
                path_list_push(hidden, here.items[k]);
                path_list_push(winners, text_dup(seen.items[win]));
            }
        }
        free(here.items);
    }
    path_list_free(&seen);
    path_list_free(&dirs);
    return 0;
}

bool library_same_file(const char *a, const char *b)
{
    char *ra = realpath(a, NULL), *rb = realpath(b, NULL);
    bool same = ra && rb ? strcmp(ra, rb) == 0 : strcmp(a, b) == 0;
    free(ra);
    free(rb);
    return same;
}

char *library_id_winner(const char *id, const char *path)
{
    char *err = NULL;
    char *found = library_find(id, &err);
    free(err);
    if (found && library_same_file(found, path)) {
        free(found);
        return NULL;
    }
    return found;
}
