/* path_list.c — a growing list of malloc'd strings. */
#include "core/path_list.h"

#include <stdlib.h>

int path_list_push(PathList *l, char *s)
{
    if (!s)
        return -1;
    char **items = realloc(l->items, sizeof *items * (size_t)(l->count + 1));
    if (!items) {
        free(s);
        return -1;
    }
    l->items = items;
    l->items[l->count++] = s;
    return 0;
}

void path_list_free(PathList *l)
{
    for (int i = 0; i < l->count; i++)
        free(l->items[i]);
    free(l->items);
    l->items = NULL;
    l->count = 0;
}
