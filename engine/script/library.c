/* library.c — finding story files by id or path. */
#include "script/library.h"

#include <dirent.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/i18n.h"
#include "core/text.h"
#include "core/userdirs.h"

char *library_user_dir(void)
{
    return userdirs_path("XDG_DATA_HOME", ".local/share", "beside/stories");
}

int library_dirs(PathList *out)
{
    memset(out, 0, sizeof *out);
    const char *env = getenv("BESIDE_STORIES");
    if (env && *env) {
        const char *p = env;
        while (*p) {
            const char *e = strchr(p, ':');
            size_t n = e ? (size_t)(e - p) : strlen(p);
            if (n > 0)
                path_list_push(out, text_format("%.*s", (int)n, p));
            p += n + (e != NULL);
        }
    }
    path_list_push(out, text_dup(BESIDE_SOURCE_SCRIPTS));
    path_list_push(out, text_dup(BESIDE_INSTALLED_SCRIPTS));
    char *user = library_user_dir();
    if (user)
        path_list_push(out, user);
    return 0;
}

static bool is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int library_list_dir(const char *dir, PathList *out)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    struct dirent *e;
    int first = out->count;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n > 4 && strcmp(e->d_name + n - 4, ".lua") == 0 && e->d_name[0] != '.') {
            char *p = text_format("%s/%s", dir, e->d_name);
            if (p && is_file(p))
                path_list_push(out, p);
            else
                free(p);
        }
    }
    closedir(d);
    if (out->count - first > 1) /* qsort wants a real array, even for nothing to sort */
        qsort(out->items + first, (size_t)(out->count - first), sizeof *out->items, cmp_str);
    return 0;
}

static const char *base_name(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

/* The .lua files of each story folder (or of its `sub` folder), an earlier
 * folder's file hiding a later one of the same name. */
static int list_in(const char *sub, PathList *out)
{
    PathList dirs;
    memset(out, 0, sizeof *out);
    library_dirs(&dirs);
    for (int i = 0; i < dirs.count; i++) {
        /* The installed copy and the source tree may be the same folder. */
        bool seen_dir = false;
        for (int j = 0; j < i; j++)
            seen_dir |= strcmp(dirs.items[i], dirs.items[j]) == 0;
        if (seen_dir)
            continue;
        PathList here = {0};
        char *dir = sub ? text_format("%s/%s", dirs.items[i], sub) : text_dup(dirs.items[i]);
        if (dir)
            library_list_dir(dir, &here);
        free(dir);
        for (int k = 0; k < here.count; k++) {
            bool hidden = false;
            for (int j = 0; j < out->count; j++)
                hidden |= strcmp(base_name(out->items[j]), base_name(here.items[k])) == 0;
            if (hidden)
                free(here.items[k]);
            else
                path_list_push(out, here.items[k]);
        }
        free(here.items);
    }
    path_list_free(&dirs);
    return 0;
}

int library_list(PathList *out)
{
    return list_in(NULL, out);
}

int library_list_drill(PathList *out)
{
    return list_in("drill", out);
}

char *library_find(const char *ref, char **err)
{
    size_t n = strlen(ref);
    bool looks_like_path = strchr(ref, '/') || (n > 4 && strcmp(ref + n - 4, ".lua") == 0);
    if (looks_like_path || is_file(ref)) {
        if (is_file(ref))
            return text_dup(ref);
        *err = text_format(_("%s: no such story file. Check the path."), ref);
        return NULL;
    }
    PathList dirs;
    library_dirs(&dirs);
    for (int i = 0; i < dirs.count; i++) {
        char *p = text_format("%s/%s.lua", dirs.items[i], ref);
        if (p && is_file(p)) {
            path_list_free(&dirs);
            return p;
        }
        free(p);
    }
    PathList all;
    library_list(&all);
    const char **ids = malloc(sizeof *ids * (size_t)(all.count + 1));
    char **owned = calloc((size_t)all.count + 1, sizeof *owned);
    const char *guess = NULL;
    if (ids && owned) {
        for (int i = 0; i < all.count; i++) {
            const char *b = base_name(all.items[i]);
            owned[i] = text_format("%.*s", (int)(strlen(b) - 4), b);
            ids[i] = owned[i];
        }
        guess = text_suggest(ref, ids, all.count);
    }
    TextBuf b = {0};
    textbuf_printf(&b, _("there is no story called '%s'."), ref);
    if (guess)
        textbuf_printf(&b, _(" Did you mean '%s'?"), guess);
    else
        textbuf_puts(&b, _(" Run 'beside list' to see the stories you have."));
    textbuf_puts(&b, _(" Beside looked in:"));
    for (int i = 0; i < dirs.count; i++)
        textbuf_printf(&b, "\n  %s", dirs.items[i]);
    *err = textbuf_take(&b);
    for (int i = 0; owned && i < all.count; i++)
        free(owned[i]);
    free(owned);
    free(ids);
    path_list_free(&all);
    path_list_free(&dirs);
    return NULL;
}
