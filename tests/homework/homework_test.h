/* homework_test.h — helpers shared by the tests of engine/homework: a
 * fixture's path, and finding a problem in the diagnostics. */
#ifndef BESIDE_HOMEWORK_TEST_H
#define BESIDE_HOMEWORK_TEST_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "homework/homework.h"

/* FIXTURES/homework/name, in a static buffer. */
static inline const char *fixture(const char *name)
{
    static char path[1024];
    snprintf(path, sizeof path, "%s/homework/%s", FIXTURES, name);
    return path;
}

static inline void print_diags(const DiagList *d)
{
    for (int i = 0; i < d->count; i++)
        fprintf(stderr, "    %s:%d: %s\n", d->items[i].file ? d->items[i].file : "(no file)",
                d->items[i].line, d->items[i].message ? d->items[i].message : "(no message)");
}

/* The first problem whose message holds every word, or NULL (and the list is
 * printed, so a failing test shows what was said instead). */
static inline const Diag *find_diag(const DiagList *d, const char *const *words)
{
    for (int i = 0; i < d->count; i++) {
        const char *const *w = words;
        while (*w && d->items[i].message && strstr(d->items[i].message, *w))
            w++;
        if (!*w)
            return &d->items[i];
    }
    fprintf(stderr, "  no problem says all of:");
    for (const char *const *w = words; *w; w++)
        fprintf(stderr, " [%s]", *w);
    fprintf(stderr, "\n  the problems were:\n");
    print_diags(d);
    return NULL;
}

static inline int ends_with(const char *path, const char *name)
{
    size_t p = path ? strlen(path) : 0, n = strlen(name);
    return p >= n && strcmp(path + p - n, name) == 0;
}

#endif
