/* path_list.h — a growing list of malloc'd strings (file paths, mostly):
 * what the library finds, the copies Your data lists, the stories a desk
 * offers. */
#ifndef BESIDE_PATH_LIST_H
#define BESIDE_PATH_LIST_H

/* Start with `PathList l = {0};`. */
typedef struct {
    char **items;
    int count;
} PathList;

/* Appends `s` (malloc'd; the list owns it). -1, with `s` freed, when `s` is
 * NULL or memory runs out. */
int path_list_push(PathList *l, char *s);
/* Frees every string and the list, and empties it. */
void path_list_free(PathList *l);

#endif
