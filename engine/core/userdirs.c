/* userdirs.c — the XDG base-directory lookup. */
#include "core/userdirs.h"

#include <stdlib.h>

#include "core/text.h"

char *userdirs_path(const char *xdg_var, const char *home_dir, const char *rest)
{
    /* The spec: a relative path in an XDG variable is invalid and ignored. */
    const char *xdg = getenv(xdg_var);
    if (xdg && *xdg == '/')
        return text_format("%s/%s", xdg, rest);
    const char *home = getenv("HOME");
    if (home && *home)
        return text_format("%s/%s/%s", home, home_dir, rest);
    return NULL;
}
