/* library.h — where stories live and how a story is named on the command
 * line: by path, or by id, looked up in (1) the folders in $BESIDE_STORIES
 * (colon-separated), (2) the shipped scripts/ folder of a build tree, (3) the
 * installed copy, (4) the user's own folder, $XDG_DATA_HOME/beside/stories
 * (by default ~/.local/share/beside/stories). */
#ifndef BESIDE_LIBRARY_H
#define BESIDE_LIBRARY_H

#include <stdbool.h>

#include "core/path_list.h"

/* The folders searched, in order, whether or not they exist. */
int library_dirs(PathList *out);
/* The user's own stories folder (malloc'd), or NULL if HOME is unset too. */
char *library_user_dir(void);

/* Resolves `ref` (a path, or a story id) to a file path (malloc'd). On
 * failure returns NULL and sets *err to a message with a did-you-mean or the
 * folders searched. */
char *library_find(const char *ref, char **err);

/* Every .lua file in the story folders, sorted by file name within each
 * folder; an id found in an earlier folder hides the same id later. */
int library_list(PathList *out);
/* Every Spot it item file: the .lua files of the drill/ folder of each
 * story folder, in the same order, an earlier file hiding a later one of the
 * same name (so a user's drill/bank-friends.lua does not replace the shipped
 * one: name your own files differently). */
int library_list_drill(PathList *out);
/* Every .lua file under a folder (not recursive), sorted. */
int library_list_dir(const char *dir, PathList *out);

/* Stories that share an id (library_clash.c). The files library_list()
 * leaves out because an earlier folder has a file of the same name, each
 * with that file (winners->items[i] hides hidden->items[i]). */
int library_list_hidden(PathList *hidden, PathList *winners);
/* The file Beside opens for the id `id` when that is not `path` (malloc'd):
 * the story that wins over `path`; NULL when `path` wins or none is found. */
char *library_id_winner(const char *id, const char *path);
/* The two paths name the same file. */
bool library_same_file(const char *a, const char *b);

#endif
