/* utf8.c — decoding UTF-8 and telling where a character a reader sees
 * ends: the one decoder, shared by the reading-level count (readability.c),
 * the story text wrapper (ui/layout.c) and the journal's editor
 * (ui/textwrap.c), so they all agree on what a character is. */
#include "core/utf8.h"

long utf8_decode(const unsigned char *s, size_t n, size_t *len)
{
    unsigned char c = s[0], lo = 0x80, hi = 0xBF;
    size_t need;
    long cp;

    *len = 1;
    if (c < 0x80)
        return c;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        cp = c & 0x0F;
        if (c == 0xE0)
            lo = 0xA0; /* overlong */
        else if (c == 0xED)
            hi = 0x9F; /* surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        cp = c & 0x07;
        if (c == 0xF0)
            lo = 0x90; /* overlong */
        else if (c == 0xF4)
            hi = 0x8F; /* past U+10FFFF */
    } else {
        return -1; /* a stray continuation byte, or never valid */
    }
    for (size_t i = 1; i < need; i++) {
        if (i >= n || s[i] < lo || s[i] > hi) {
            *len = i;
            return -1;
        }
        cp = (cp << 6) | (s[i] & 0x3F);
        lo = 0x80;
        hi = 0xBF;
    }
    *len = need;
    return cp;
}

/* Code points that belong to the character before them: combining marks,
 * variation selectors, emoji skin tones and tags, the zero-width joiner.
 *  */
int utf8_is_extender(long cp)
{
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
           (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
           (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xFE20 && cp <= 0xFE2F) ||
           (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F) ||
           cp == 0x200D;
}

int utf8_is_regional(long cp)
{
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
}

size_t utf8_char_end(const char *t, size_t p, size_t end)
{
    const unsigned char *u = (const unsigned char *)t;
    size_t n, m;
    long cp = utf8_decode(u + p, end - p, &n);
    int joined = 0;

    p += n;
    if (cp < 0x20)
        return p;
    /* Flags are pairs; a run of them pairs up from its start, which is why
     * going back needs a walk forward (textwrap_prev_char in textwrap.c). */
    if (utf8_is_regional(cp) && p < end && utf8_is_regional(utf8_decode(u + p, end - p, &m)))
        p += m;
    while (p < end) {
        long next = utf8_decode(u + p, end - p, &m);
        if (next <= 0x20 || !(joined || utf8_is_extender(next)))
            break;
        joined = next == 0x200D;
        p += m;
    }
    return p;
}

