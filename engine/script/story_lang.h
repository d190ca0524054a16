/* story_lang.h — a story in the player's language: which language that is,
 * where a story's catalogue (.po) lives, and loading a story with its
 * translations in place (core/translate.h; docs/TRANSLATING.md). */
#ifndef BESIDE_STORY_LANG_H
#define BESIDE_STORY_LANG_H

#include <stddef.h>

#include "core/po.h"
#include "core/story.h"
#include "script/sandbox.h"

/* The language to show stories in: `option` (a --lang, may be NULL), then
 * BESIDE_LANG, then the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
 * Writes "es_ES", "es" or "" (English) to out. */
void story_lang_current(const char *option, char *out, size_t n);

/* The catalogue of the story in `story_path` (its id `id`) for `lang`, the
 * first that exists of: the user's stories folder, then the story's own
 * folder, each LANG/ID.po and then the language without its country
 * (es_MX -> es). Returns a malloc'd path, or NULL when there is none. */
char *story_lang_find_po(const char *story_path, const char *id, const char *lang);

/* Where `translate extract` writes by default: STORYDIR/LANG/ID.po. */
char *story_lang_default_po(const char *story_path, const char *id, const char *lang);

/* Reads a .po file into `out`. A file that cannot be read, or bad lines in
 * it, add problems to `diags` naming file:line; what could be read is kept.
 * Returns the number of errors added. */
int story_lang_read_po(const char *path, PoFile *out, DiagList *diags);

/* Loads the story at `path` as loader_load_file() does, then puts in the
 * translations for `lang` ("" or NULL: English). A missing or broken
 * catalogue is not an error: each line with no usable translation stays
 * English. */
Story *story_lang_load(const char *path, const char *lang, const SandboxLimits *limits,
                       DiagList *diags);

/* The same in the player's language (story_lang_current(NULL, ...)): what
 * the terminal player and the window use. */
Story *story_lang_load_for_player(const char *path, DiagList *diags);

#endif
