/* loader.h — turning a story file into a Story: read the file, run it in a
 * sandbox with the scenario language, check the result. The Lua state lives
 * on inside the story (for the story's own functions) until story_free(). */
#ifndef BESIDE_LOADER_H
#define BESIDE_LOADER_H

#include <stddef.h>

#include "core/story.h"
#include "script/sandbox.h"

/* The largest story file: about 120,000 scenes written out plainly. */
enum { LOADER_MAX_FILE = 64 << 20 };

/* Loads the story at `path`. Returns it, or NULL with at least one error in
 * `diags` naming the file and line. `limits` may be NULL for the defaults. */
Story *loader_load_file(const char *path, const SandboxLimits *limits, DiagList *diags);

/* The same for text already in memory; `name` is the file name in messages. */
Story *loader_load_text(const char *name, const char *src, size_t len,
                        const SandboxLimits *limits, DiagList *diags);

/* Reads the whole file into a malloc'd NUL-terminated buffer. On failure
 * returns NULL and sets *err to a message saying why and what to do. */
char *loader_read_file(const char *path, size_t max, size_t *len, char **err);
/* Adds loader_read_file's `err` (NULL: out of memory) to `diags` as an error
 * of the file `path`, printed "path: error: ..." like every other. */
void loader_read_problem(DiagList *diags, const char *path, const char *err);

#endif
