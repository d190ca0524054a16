/* script_test.h — helpers shared by the tests of engine/script: loading a
 * fixture with a stopwatch, and finding a problem in the diagnostics. */
#ifndef BESIDE_SCRIPT_TEST_H
#define BESIDE_SCRIPT_TEST_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "core/runtime.h"
#include "script/loader.h"

/* CPU time of this process, not time on the clock: the sandbox's limits
 * are in steps and CPU time, so a busy machine (a parallel ctest) slows a
 * refusal's clock time but not this. */
static inline double stopwatch(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* FIXTURES "/" area "/" name, in a static buffer. */
static inline const char *fixture(const char *area, const char *name)
{
    static char path[1024];
    snprintf(path, sizeof path, "%s/%s/%s", FIXTURES, area, name);
    return path;
}

/* Loads a fixture, returning the story (or NULL) and the seconds it took. */
static inline Story *load_timed(const char *path, const SandboxLimits *limits, DiagList *d,
                                double *seconds)
{
    double t0 = stopwatch();
    Story *s = loader_load_file(path, limits, d);
    *seconds = stopwatch() - t0;
    return s;
}

static inline void print_diags(const DiagList *d)
{
    for (int i = 0; i < d->count; i++)
        fprintf(stderr, "    %s:%d: %s\n", d->items[i].file ? d->items[i].file : "(no file)",
                d->items[i].line, d->items[i].message ? d->items[i].message : "(no message)");
}

/* True when every word in the NULL-terminated list is in `text`. */
static inline int has_all(const char *text, const char *const *words)
{
    for (; text && *words; words++)
        if (!strstr(text, *words))
            return 0;
    return text != NULL;
}

/* The first problem whose message holds every word, or NULL (and the list is
 * printed, so a failing test shows what was said instead). */
static inline const Diag *find_diag(const DiagList *d, const char *const *words)
{
    for (int i = 0; i < d->count; i++)
        if (has_all(d->items[i].message, words))
            return &d->items[i];
    fprintf(stderr, "  no problem says all of:");
    for (const char *const *w = words; *w; w++)
        fprintf(stderr, " [%s]", *w);
    fprintf(stderr, "\n  the problems were:\n");
    print_diags(d);
    return NULL;
}

/* True when `path` ends with `name`. */
static inline int ends_with(const char *path, const char *name)
{
    size_t p = path ? strlen(path) : 0, n = strlen(name);
    return p >= n && strcmp(path + p - n, name) == 0;
}

#endif
