/* language.c — the interface's language (language.h). */
#include "app/language.h"

#include <libintl.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/translate.h"

static int is_dir(const char *p)
{
    struct stat st;
    return p && *p && stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static const char *locale_dir(void)
{
    const char *env = getenv("BESIDE_LOCALEDIR");
    if (env && *env)
        return env;
    if (is_dir(BESIDE_BUILD_LOCALEDIR))
        return BESIDE_BUILD_LOCALEDIR;
    return BESIDE_INSTALLED_LOCALEDIR;
}

/* The language asked for: `option`, then the environment; "" for English. */
static void pick(const char *option, char *out, size_t n)
{
    const char *const sources[6] = {option, getenv("BESIDE_LANG"), getenv("LANGUAGE"),
                                    getenv("LC_ALL"), getenv("LC_MESSAGES"), getenv("LANG")};
    translate_pick_lang(sources, out, n);
    if (strcmp(out, "en") == 0 || strncmp(out, "en_", 3) == 0)
        out[0] = '\0';
}

void language_start(const char *option, char *out, size_t n)
{
    pick(option, out, n);
    /* Only the messages follow the language: numbers keep their point, so
     * what Beside prints reads the same to every tool. A locale that was
     * never generated (most small installs have only C.UTF-8) still gets
     * its messages: gettext reads LANGUAGE whenever the locale is not "C". */
    const char *got = setlocale(LC_MESSAGES, "");
    if (!got || (out[0] && (strcmp(got, "C") == 0 || strcmp(got, "POSIX") == 0)))
        setlocale(LC_MESSAGES, "C.UTF-8");
    if (out[0])
        setenv("LANGUAGE", out, 1);
    else
        unsetenv("LANGUAGE");
    bindtextdomain("beside", locale_dir());
    bind_textdomain_codeset("beside", "UTF-8");
    textdomain("beside");
}

void language_choose(const char *lang)
{
    char out[32];
    setenv("BESIDE_LANG", lang, 1);
    language_start(lang, out, sizeof out);
}

void language_system(char *out, size_t n)
{
    pick(NULL, out, n);
}
