/* source_text.c — a byte-order mark skipped, and the bytes a word
 * processor leaves outside quotes explained (see source_text.h). */
#include "script/source_text.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"

size_t source_bom(const char *src, size_t len)
{
    return len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

/* The text of line `line` (from 1) of src: its start, and its length in *n. */
static const char *line_text(const char *src, size_t len, int line, size_t *n)
{
    const char *p = src, *end = src + len;
    for (int i = 1; i < line && p < end; i++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *n = (size_t)((nl ? nl : end) - p);
    return p;
}

static bool has(const char *s, size_t n, const char *bytes)
{
    size_t k = strlen(bytes);
    for (size_t i = 0; i + k <= n; i++)
        if (memcmp(s + i, bytes, k) == 0)
            return true;
    return false;
}

char *source_explain_byte(const char *msg, const char *src, size_t len)
{
    const char *near = strstr(msg, "near '<\\");
    if (!near)
        return NULL;
    /* The last ":LINE:" before it: a file name may hold colons too. */
    const char *colon = NULL, *second = NULL;
    for (const char *p = msg; p < near; p++) {
        const char *d = p + 1;
        while (*p == ':' && isdigit((unsigned char)*d))
            d++;
        if (*p == ':' && d > p + 1 && *d == ':') {
            colon = p;
            second = d;
        }
    }
    int byte = atoi(near + 8), line = colon ? atoi(colon + 1) : 0;
    if (line <= 0)
        return NULL;
    size_t n;
    const char *text = line_text(src, len, line, &n);
    int head = (int)(second - msg + 1); /* "name:LINE:" */
    bool curly = byte == 0xE2 && (has(text, n, "\xE2\x80\x9C") || has(text, n, "\xE2\x80\x9D") ||
                                  has(text, n, "\xE2\x80\x98") || has(text, n, "\xE2\x80\x99"));
    if (curly)
        return text_format(_("%.*s a curly quote mark (\xE2\x80\x9C \xE2\x80\x9D \xE2\x80\x98 "
                           "\xE2\x80\x99) stands where a text starts or ends. Beside reads only "
                           "straight quotes around text: write \"like this\". Word processors "
                           "and 'smart quotes' put curly ones in; retype the marks at the ends "
                           "of each text on this line in a plain text editor. (Curly quotes "
                           "inside a text are fine.)"), head, msg);
    if (byte == 0xC2 && has(text, n, "\xC2\xA0"))
        return text_format(_("%.*s a no-break space (often pasted from a word processor) stands "
                           "outside the quotes on this line. Delete it and type a plain space."),
                           head, msg);
    return text_format(_("%.*s there is a character here that is not part of the story language "
                       "(byte %d), outside any quotes. Text goes inside straight quotes. Is "
                       "this a story file saved as plain text (UTF-8)?"), head, msg, byte);
}
