/* language.h — the language of the interface: chosen as the stories' is
 * (--lang, then BESIDE_LANG, LANGUAGE, LC_ALL, LC_MESSAGES, LANG), and the
 * gettext catalogue for it found in $BESIDE_LOCALEDIR, the build tree's
 * locale/ folder, or the installed share/locale. Works on a machine with
 * no locales generated: only the messages' language is set, never how
 * numbers or dates are written. */
#ifndef BESIDE_APP_LANGUAGE_H
#define BESIDE_APP_LANGUAGE_H

#include <stddef.h>

/* Sets the interface's language once, at start; `option` is a --lang, or
 * NULL. Writes the language code to out ("" for English, or when no
 * language is asked for). */
void language_start(const char *option, char *out, size_t n);
/* The player's own choice (a --lang, Settings > Language): the stories
 * follow it too (BESIDE_LANG, script/story_lang.h), then language_start.
 * Can be called again at any time: the next message is in `lang`. */
void language_choose(const char *lang);
/* The language the environment asks for, as language_start reads it
 * without a --lang ("" for English). Ask before any language_choose. */
void language_system(char *out, size_t n);

#endif
