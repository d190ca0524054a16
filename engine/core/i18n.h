/* i18n.h — Beside's own words in the player's language, through GNU gettext
 * (glibc's libintl; docs/TRANSLATING.md, "The interface"). Mark a string a
 * player reads with _("…") where it is used, or with N_("…") where it is
 * only named (a table of labels), and translate it with _() where it is
 * shown. The catalogues are po/LANG.po; app/language.c picks the language
 * and finds them. Without a catalogue, or for English, _() returns the
 * string itself. */
#ifndef BESIDE_I18N_H
#define BESIDE_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)

#endif
