/* places.c — a scene's place and the check that its picture exists
 * (places.h). */
#include "core/places.h"

#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"

bool places_valid_name(const char *name)
{
    size_t n = name ? strlen(name) : 0;
    if (n == 0 || n > 64 || name[0] == '-' || name[n - 1] == '-')
        return false;
    for (size_t i = 0; i < n; i++) {
        char ch = name[i];
        bool ok = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
                  (ch == '-' && name[i + 1] != '-');
        if (!ok)
            return false;
    }
    return true;
}

const char *places_of_scene(const Story *s, int scene)
{
    if (!s || scene < 0 || scene >= s->n_scenes)
        return NULL;
    const char *p = s->scenes[scene].place ? s->scenes[scene].place : s->place;
    return places_valid_name(p) ? p : NULL;
}

/* The known places as one line: "cafe, kitchen, park". */
static void list_known(const char *const *known, int n, char *out, size_t size)
{
    size_t used = 0;
    out[0] = '\0';
    for (int i = 0; i < n && used + 1 < size; i++) {
        int w = snprintf(out + used, size - used, "%s%s", i ? ", " : "", known[i]);
        if (w < 0)
            break;
        used += (size_t)w;
    }
    if (used >= size && size > 4)
        memcpy(out + size - 4, "...", 4);
}

static bool is_known(const char *name, const char *const *known, int n)
{
    for (int i = 0; i < n; i++)
        if (strcmp(known[i], name) == 0)
            return true;
    return false;
}

static void warn(const Story *s, const char *what, const char *name, int line,
                 const char *const *known, int n, DiagList *d)
{
    char list[1024];
    list_known(known, n, list, sizeof list);
    const char *near = text_suggest(name, known, n);
    if (n == 0)
        diag_add(d, DIAG_WARNING, s->file, line, _("%s: place = \"%s\" has no picture, and no "
                 "places were found (assets/places/ is empty or missing). The scene shows its "
                 "words only."), what, name);
    else if (near)
        diag_add(d, DIAG_WARNING, s->file, line, _("%s: place = \"%s\" has no picture. Did you "
                 "mean \"%s\"? The places are: %s."), what, name, near, list);
    else
        diag_add(d, DIAG_WARNING, s->file, line, _("%s: place = \"%s\" has no picture. Use one of "
                 "the places: %s; or draw a new one (docs/ART.md, \"Adding a place\")."), what,
                 name, list);
}

int places_check(const Story *s, const char *const *known, int n, DiagList *d)
{
    int added = 0;
    if (s->place && !is_known(s->place, known, n)) {
        warn(s, "scenario", s->place, s->line, known, n, d);
        added++;
    }
    for (int i = 0; i < s->n_scenes; i++) {
        const Scene *sc = &s->scenes[i];
        if (!sc->place || is_known(sc->place, known, n))
            continue;
        char what[96];
        snprintf(what, sizeof what, sc->is_ending ? _("ending '%s'") : _("scene '%s'"), sc->id);
        warn(s, what, sc->place, sc->line, known, n, d);
        added++;
    }
    return added;
}
