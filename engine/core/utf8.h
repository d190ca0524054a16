/* utf8.h — UTF-8 decoding and the characters a reader sees (a code point
 * with its combining marks, variation selectors, skin tones, ZWJ joins, and
 * flags as pairs). No SDL. */
#ifndef BESIDE_UTF8_H
#define BESIDE_UTF8_H

#include <stddef.h>

/* Decodes the code point at s, of which n >= 1 bytes are readable, and
 * stores its length in *len. An invalid sequence gives -1, with *len the
 * bytes of its longest start that could have begun a valid one (at least
 * 1): the part that one U+FFFD replaces. */
long utf8_decode(const unsigned char *s, size_t n, size_t *len);
/* Code points that belong to the character before them. */
int utf8_is_extender(long cp);
/* Regional indicators: two make a flag. */
int utf8_is_regional(long cp);
/* The end of the character starting at t[p] (p < end), as a reader counts
 * characters. '\n' and other controls stand alone. */
size_t utf8_char_end(const char *t, size_t p, size_t end);

#endif
