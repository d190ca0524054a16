/* yourdata.h — the player's own data, taken as a whole: a copy saved to
 * the documents folder (never over another file), the copies found there,
 * bringing one back, deleting everything, and the folder it all lives in.
 * Every front end shows the messages as they are: they are written for
 * the player, and name the file when there is one. */
#ifndef BESIDE_APP_YOURDATA_H
#define BESIDE_APP_YOURDATA_H

#include <stdint.h>

#include "profile/profile.h"
#include "script/library.h"

/* Saves a copy of `p` as beside-profile-DATE.sqlite in `dir` (NULL: the
 * documents folder), or -2, -3 … when that name is taken. Returns 0 and
 * sets *message to say where it went; -1 with *message saying why not.
 * *dest (when not NULL) gets the path written, or NULL. */
int yourdata_export(Profile *p, const char *dir, int64_t now, char **dest, char **message);
/* The copies (beside-profile-*.sqlite) in `dir` (NULL: the documents
 * folder), into *out (emptied first): newest day first, and on one day the
 * last made (-3 before -2 before the first) first. */
void yourdata_find_copies(const char *dir, PathList *out);
/* Brings back the copy at `src`. Returns 0 or -1; *message says what
 * happened either way. */
int yourdata_import(Profile *p, const char *src, char **message);
/* Deletes everything in `p`. Returns 0 or -1; *message says which. */
int yourdata_delete_all(Profile *p, char **message);
/* The folder that holds the profile (malloc'd), or NULL. */
char *yourdata_folder(const Profile *p);
/* The documents folder, where Beside saves what the player or therapist
 * exports (reports, assignments, copies): $XDG_DOCUMENTS_DIR, else
 * ~/Documents when it is a folder, else ~ (malloc'd; NULL without HOME). */
char *yourdata_documents(void);

#endif
