/* voice.c — speech-dispatcher through dlopen: libspeechd is not a
 * dependency of the package, so a computer without it runs Beside as
 * before. Only four functions are used; their types and the two constants
 * are those of libspeechd.h (speech-dispatcher 0.8 and later). */
#include "ui/voice.h"

#include <dlfcn.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"

enum { SPD_MODE_SINGLE = 0, SPD_TEXT = 3 }; /* libspeechd.h, speechd_types.h */

typedef void SPDConnection;
typedef SPDConnection *(*OpenFn)(const char *, const char *, const char *, int);
typedef int (*SayFn)(SPDConnection *, int, const char *);
typedef int (*CancelFn)(SPDConnection *);
typedef void (*CloseFn)(SPDConnection *);

struct Voice {
    void *lib;
    SPDConnection *conn;
    SayFn say;
    CancelFn cancel;
    CloseFn close;
};

/* A function of the library into *fn, false when it has none (dlsym's
 * object pointer copied into a function pointer, as POSIX allows). */
static bool symbol(void *lib, const char *name, void *fn, size_t size)
{
    void *p = dlsym(lib, name);
    if (p && size == sizeof p)
        memcpy(fn, &p, size);
    return p && size == sizeof p;
}

Voice *voice_open(char **why)
{
    *why = NULL;
    const char *name = getenv("BESIDE_SPEECHD_LIB");
    if (!name || !*name)
        name = "libspeechd.so.2";
    void *lib = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        *why = text_dup(_("Reading aloud needs speech-dispatcher, which is not installed on "
                          "this computer. Ask whoever looks after it to add it, or use a screen "
                          "reader with the terminal player (beside play --text)."));
        return NULL;
    }
    Voice *v = calloc(1, sizeof *v);
    OpenFn open_fn = NULL;
    bool found = v && symbol(lib, "spd_open", &open_fn, sizeof open_fn) &&
                 symbol(lib, "spd_say", &v->say, sizeof v->say) &&
                 symbol(lib, "spd_cancel", &v->cancel, sizeof v->cancel) &&
                 symbol(lib, "spd_close", &v->close, sizeof v->close);
    if (!found) {
        *why = text_dup(v ? _("Reading aloud needs speech-dispatcher, but the version on "
                              "this computer does not work with Beside.")
                          : _("Reading aloud could not start: out of memory."));
        free(v);
        dlclose(lib);
        return NULL;
    }
    v->lib = lib;
    v->conn = open_fn("beside", "main", NULL, SPD_MODE_SINGLE);
    if (!v->conn) {
        *why = text_dup(_("Reading aloud needs speech-dispatcher, which is not running on "
                          "this computer. Ask whoever looks after it to set it up, or use a "
                          "screen reader with the terminal player (beside play --text)."));
        dlclose(lib);
        free(v);
        return NULL;
    }
    return v;
}

void voice_say(Voice *v, const char *text)
{
    if (!v || !text || !*text)
        return;
    v->cancel(v->conn);
    v->say(v->conn, SPD_TEXT, text);
}

void voice_close(Voice *v)
{
    if (!v)
        return;
    v->close(v->conn);
    dlclose(v->lib);
    free(v);
}
