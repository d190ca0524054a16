/* source_text.h — what a text editor or a word processor puts into a file
 * that Lua cannot read, said in words an author can act on. Internal to
 * engine/script. */
#ifndef BESIDE_SOURCE_TEXT_H
#define BESIDE_SOURCE_TEXT_H

#include <stddef.h>

/* The length of a UTF-8 byte-order mark at the start of `src` (3), or 0.
 * Notepad and some editors write one; it is UTF-8 all the same, so the
 * reader skips it. */
size_t source_bom(const char *src, size_t len);

/* When `msg` (Lua's syntax error, "name:LINE: ... near '<\NNN>'") is about
 * a byte outside any quotes, a new malloc'd message that says which mark
 * it is (a curly quote, a no-break space, something else) and what to do,
 * keeping the "name:LINE:" start; NULL when `msg` is about something else. */
char *source_explain_byte(const char *msg, const char *src, size_t len);

#endif
