/* assets.c — finding the pictures' folder and listing its places
 * (assets.h). */
#include "app/assets.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/places.h"
#include "core/text.h"

static int is_dir(const char *p)
{
    struct stat st;
    return p && *p && stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

char *assets_dir(void)
{
    const char *env = getenv("BESIDE_ASSETS");
    if (env && *env)
        return text_dup(env);
    if (is_dir(BESIDE_SOURCE_ASSETS))
        return text_dup(BESIDE_SOURCE_ASSETS);
    if (is_dir(BESIDE_INSTALLED_ASSETS))
        return text_dup(BESIDE_INSTALLED_ASSETS);
    return NULL;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char **assets_places(const char *dir, int *n)
{
    *n = 0;
    char *path = dir ? text_format("%s/places", dir) : NULL;
    DIR *d = path ? opendir(path) : NULL;
    free(path);
    if (!d)
        return NULL;
    char **names = NULL;
    int cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len < 5 || strcmp(e->d_name + len - 4, ".svg") != 0)
            continue;
        char *name = text_dup(e->d_name);
        if (!name)
            break;
        name[len - 4] = '\0';
        if (!places_valid_name(name)) {
            free(name);
            continue;
        }
        if (*n == cap) {
            cap = cap ? cap * 2 : 32;
            char **more = realloc(names, (size_t)cap * sizeof *more);
            if (!more) {
                free(name);
                break;
            }
            names = more;
        }
        names[(*n)++] = name;
    }
    closedir(d);
    if (*n > 1)
        qsort(names, (size_t)*n, sizeof *names, by_name);
    return names;
}

void assets_names_free(char **names, int n)
{
    for (int i = 0; i < n; i++)
        free(names[i]);
    free(names);
}
