/* diag.c — the list of problems found in a story. */
#include "core/diag.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "core/text.h"

void diag_addv(DiagList *list, DiagSeverity sev, const char *file, int line,
               const char *fmt, va_list ap)
{
    if (list->count == list->capacity) {
        int cap = list->capacity ? list->capacity * 2 : 8;
        Diag *items = realloc(list->items, (size_t)cap * sizeof *items);
        if (!items)
            return;
        list->items = items;
        list->capacity = cap;
    }
    Diag *d = &list->items[list->count];
    d->severity = sev;
    d->file = file ? text_dup(file) : NULL;
    d->line = line;
    /* A message quotes the author's text (a condition, an id); a huge one
     * would flood the screen, and copying it whole would take memory no cap
     * sees. So it is formatted into a buffer of what is kept: the start, and
     * "…" to say it was cut. */
    char buf[DIAG_MAX_MESSAGE + 4]; /* room for "…" (3 bytes) and the NUL */
    int full = vsnprintf(buf, sizeof buf, fmt, ap);
    if (full < 0) {
        free(d->file);
        return;
    }
    if ((size_t)full > DIAG_MAX_MESSAGE + 3) {
        size_t cut = DIAG_MAX_MESSAGE;
        while (cut > 0 && ((unsigned char)buf[cut] & 0xC0) == 0x80)
            cut--; /* never inside a UTF-8 character */
        memcpy(buf + cut, "\xE2\x80\xA6", 4); /* "…" and the NUL */
    }
    /* Nor does a message carry a control character to a terminal. */
    text_strip_controls(buf);
    d->message = text_dup(buf);
    if (!d->message) {
        free(d->file);
        return;
    }
    list->count++;
}

void diag_add(DiagList *list, DiagSeverity sev, const char *file, int line,
              const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_addv(list, sev, file, line, fmt, ap);
    va_end(ap);
}

/* Where the name of `file` ends in msg (at its ':'), or NULL. */
static const char *after_name(const char *msg, const char *file)
{
    size_t fl = strlen(file);
    if (strncmp(msg, file, fl) == 0 && msg[fl] == ':')
        return msg + fl;
    if (strncmp(msg, "...", 3) != 0)
        return NULL;
    for (const char *c = strchr(msg + 3, ':'); c; c = strchr(c + 1, ':')) {
        size_t tail = (size_t)(c - (msg + 3));
        if (tail > 0 && tail <= fl && memcmp(file + fl - tail, msg + 3, tail) == 0)
            return c;
    }
    return NULL;
}

const char *diag_split_location(const char *msg, const char *file, int *line)
{
    *line = 0;
    const char *colon = after_name(msg, file);
    if (!colon || !isdigit((unsigned char)colon[1]))
        return msg;
    const char *p = colon + 1;
    *line = atoi(p);
    while (isdigit((unsigned char)*p))
        p++;
    if (*p == ':')
        p++;
    while (*p == ' ')
        p++;
    return p;
}

int diag_count(const DiagList *list, DiagSeverity sev)
{
    int n = 0;
    for (int i = 0; i < list->count; i++)
        n += list->items[i].severity == sev;
    return n;
}

void diag_sort(DiagList *list)
{
    /* Insertion sort: it is stable, and problem lists are short. */
    int n = list->count;
    if (n < 2)
        return;
    for (int i = 1; i < n; i++) {
        Diag d = list->items[i];
        int j = i - 1;
        while (j >= 0) {
            const Diag *p = &list->items[j];
            int c = strcmp(p->file ? p->file : "", d.file ? d.file : "");
            if (c < 0 || (c == 0 && p->line <= d.line))
                break;
            list->items[j + 1] = list->items[j];
            j--;
        }
        list->items[j + 1] = d;
    }
}

void diag_print(const DiagList *list, FILE *out)
{
    for (int i = 0; i < list->count; i++) {
        const Diag *d = &list->items[i];
        const char *sev = d->severity == DIAG_ERROR     ? "error"
                          : d->severity == DIAG_WARNING ? "warning"
                                                        : "note";
        if (d->file && d->line > 0)
            fprintf(out, "%s:%d: %s: %s\n", d->file, d->line, sev, d->message);
        else if (d->file)
            fprintf(out, "%s: %s: %s\n", d->file, sev, d->message);
        else
            fprintf(out, "%s: %s\n", sev, d->message);
    }
}

void diag_list_clear(DiagList *list)
{
    for (int i = 0; i < list->count; i++) {
        free(list->items[i].file);
        free(list->items[i].message);
    }
    free(list->items);
    list->items = NULL;
    list->count = list->capacity = 0;
}
