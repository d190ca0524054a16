/* drill_load.h — reading Spot it items: files of drill "id" { } blocks, run
 * in the same sandbox as stories, into a DrillBank (core/drill.h), with every
 * problem reported as file:line. Where the files are: drill/ in each story
 * folder (library.h), searched in the same order as stories. */
#ifndef BESIDE_DRILL_LOAD_H
#define BESIDE_DRILL_LOAD_H

#include <stdbool.h>
#include <stddef.h>

#include "core/drill.h"
#include "script/library.h"
#include "script/sandbox.h"

/* The fields of a drill block, for the documentation test. NULL-ended. */
extern const char *const drill_fields[];

/* Runs the drill file at `path` and appends its items to `bank`. An item
 * with a problem is reported (file:line of its field where one is known)
 * and left out; the others are kept. Returns the number of errors. */
int drill_load_file(const char *path, DrillBank *bank, DiagList *diags);
/* The same for text in memory; `name` is the file name in messages. */
int drill_load_text(const char *name, const char *src, size_t len, DrillBank *bank,
                    DiagList *diags);

/* True when the text is a drill file: the first block word at the start of
 * a line is `drill` rather than `scenario`. */
bool drill_text_is_drill(const char *src);
/* The same for a file; false when it cannot be read. */
bool drill_file_is_drill(const char *path);

/* Every drill file Beside finds (see library_list_drill) loaded into
 * `bank`; the files are added to `files` when it is not NULL. Returns the
 * number of errors. */
int drill_load_library(DrillBank *bank, PathList *files, DiagList *diags);

/* The headings of docs/IDEAS.md, found beside the shipped scripts (the
 * source tree, then the installed copy) or up from `near` (a file's path,
 * may be NULL). Returns how many, or -1 when no IDEAS.md was found; *where
 * (malloc'd) is the file read, or the places looked when none was. */
int drill_ideas_find(const char *near, char ***ideas, char **where);

#endif
