/* font_find.h — finding the game's fonts among installed Debian font
 * packages through fontconfig. Nothing font-related is in the repository. */
#ifndef BESIDE_FONT_FIND_H
#define BESIDE_FONT_FIND_H

#include <stdbool.h>

typedef enum {
    FONT_READING,   /* a plain sans-serif for reading: DejaVu Sans, Noto Sans, ... */
    FONT_DYSLEXIC,  /* OpenDyslexic, a setting when fonts-opendyslexic is installed */
} FontStyle;

/* Returns the path (malloc'd) of an installed scalable font for `style`.
 * `config_file` is a fontconfig configuration to use instead of the
 * system's (tests use it); NULL for the system's. On failure returns NULL
 * and sets *err to a message naming the Debian package to install. */
char *font_find(FontStyle style, bool bold, const char *config_file, char **err);

/* Every font the window can use, found with one reading of the font
 * configuration: indexed by FontStyle; bold and dyslexic may be NULL. */
typedef struct {
    char *regular[2];
    char *bold[2];
} FontPaths;

/* Fills `out`. Returns 0 when at least the reading font was found; else -1
 * with *err naming the package to install. Free with font_paths_free. */
int font_find_all(const char *config_file, FontPaths *out, char **err);
void font_paths_free(FontPaths *p);

#endif
