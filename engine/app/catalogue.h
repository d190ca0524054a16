/* catalogue.h — the stories a player can pick, for every front end: found
 * where the library looks (script/library.h: $BESIDE_STORIES, the shipped
 * stories, the player's own folder), named by path or id, and loaded in the
 * sandbox in the player's language. */
#ifndef BESIDE_APP_CATALOGUE_H
#define BESIDE_APP_CATALOGUE_H

#include "core/diag.h"
#include "core/path_list.h"
#include "core/story.h"

/* Every story file, in the library's order, into `out` (emptied first). */
void catalogue_list(PathList *out);
/* The file for `ref`, a path or a story id (malloc'd); NULL with *err (a
 * did-you-mean, or the folders searched) when there is none. */
char *catalogue_find(const char *ref, char **err);
/* The story at `path` in the player's language (BESIDE_LANG, LANG), each
 * line with no translation in English; NULL with the problems in `d`. */
Story *catalogue_load(const char *path, DiagList *d);
/* The story at `path` exactly as written, for an author watching the file
 * (English: the translations are checked apart, by `check --lang`). */
Story *catalogue_load_as_written(const char *path, DiagList *d);

#endif
