/* text.c — string helpers: copies, formatting, buffers, suggestions. */
#include "core/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *text_dup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

char *text_vformat(const char *fmt, va_list ap)
{
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    if (n < 0)
        return NULL;
    char *p = malloc((size_t)n + 1);
    if (p)
        vsnprintf(p, (size_t)n + 1, fmt, ap);
    return p;
}

char *text_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *p = text_vformat(fmt, ap);
    va_end(ap);
    return p;
}

void textbuf_append(TextBuf *b, const char *s, size_t n)
{
    if (b->failed)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *d = realloc(b->data, cap);
        if (!d) {
            b->failed = 1;
            return;
        }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void textbuf_puts(TextBuf *b, const char *s)
{
    textbuf_append(b, s, strlen(s));
}

void textbuf_printf(TextBuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = text_vformat(fmt, ap);
    va_end(ap);
    if (!s) {
        b->failed = 1;
        return;
    }
    textbuf_puts(b, s);
    free(s);
}

char *textbuf_take(TextBuf *b)
{
    char *d = b->failed ? NULL : b->data;
    if (b->failed)
        free(b->data);
    else if (!d)
        d = text_dup("");
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
    return d;
}

void textbuf_free(TextBuf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
}

void text_strip_controls(char *s)
{
    unsigned char *r = (unsigned char *)s, *w = (unsigned char *)s;
    while (*r) {
        if ((*r < 0x20 && *r != '\n') || *r == 0x7F) {
            r++;
        } else if (r[0] == 0xC2 && r[1] >= 0x80 && r[1] <= 0x9F) {
            r += 2;
        } else {
            *w++ = *r++;
        }
    }
    *w = '\0';
}

int text_distance(const char *a, const char *b, int limit)
{
    /* Optimal string alignment distance: insertions, deletions, changes and
     * swaps of two neighbours ("becuase") each count as one edit. */
    size_t la = strlen(a), lb = strlen(b);
    if (la > 64 || lb > 64)
        return limit + 1;
    int rows[3][65];
    int *prev2 = rows[0], *prev = rows[1], *cur = rows[2];
    for (size_t j = 0; j <= lb; j++)
        prev[j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        cur[0] = (int)i;
        int best = cur[0];
        for (size_t j = 1; j <= lb; j++) {
            int v = prev[j - 1] + (a[i - 1] != b[j - 1]);
            if (prev[j] + 1 < v)
                v = prev[j] + 1;
            if (cur[j - 1] + 1 < v)
                v = cur[j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                prev2[j - 2] + 1 < v)
                v = prev2[j - 2] + 1;
            cur[j] = v;
            if (v < best)
                best = v;
        }
        if (best > limit)
            return limit + 1;
        int *t = prev2;
        prev2 = prev;
        prev = cur;
        cur = t;
    }
    return prev[lb] > limit ? limit + 1 : prev[lb];
}

const char *text_suggest(const char *word, const char *const *names, int count)
{
    /* No name is longer than 64 bytes: a longer word (a story's 50 MB key)
     * has no close name, and is not read to its end once per name. */
    size_t len = 0;
    while (len <= 64 && word[len])
        len++;
    if (len > 64)
        return NULL;
    int limit = (int)len / 3;
    if (limit < 1)
        limit = 1;
    const char *best = NULL;
    int best_d = limit + 1;
    for (int i = 0; i < count; i++) {
        if (!names[i])
            continue;
        int d = text_distance(word, names[i], limit);
        if (d < best_d) {
            best_d = d;
            best = names[i];
        }
    }
    return best;
}

bool text_quotes_itself(const char *s)
{
    return s && (strstr(s, "\u201c") || strchr(s, '"'));
}
