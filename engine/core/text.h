/* text.h — small string helpers shared by the engine: owned copies, formatting,
 * a growable buffer, and "did you mean" suggestions for misspelt names. */
#ifndef BESIDE_TEXT_H
#define BESIDE_TEXT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

/* Returns a malloc'd copy, or NULL when memory runs out. */
char *text_dup(const char *s);
/* True when `s` has quote marks of its own (“ or "), so a line that quotes
 * it should show it as it is rather than add “ ” around it. */
bool text_quotes_itself(const char *s);
char *text_format(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *text_vformat(const char *fmt, va_list ap);

/* A growable, always NUL-terminated byte buffer. A failed allocation sets
 * `failed` and later appends do nothing, so callers check once at the end. */
typedef struct {
    char *data;
    size_t len;
    size_t cap;
    int failed;
} TextBuf;

void textbuf_append(TextBuf *b, const char *s, size_t n);
void textbuf_puts(TextBuf *b, const char *s);
void textbuf_printf(TextBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Hands the data to the caller (who frees it) and empties the buffer. */
char *textbuf_take(TextBuf *b);
void textbuf_free(TextBuf *b);

/* Removes, in place, control characters that could drive a terminal: bytes
 * below 0x20 other than '\n', DEL, and C1 controls (U+0080..U+009F). */
void text_strip_controls(char *s);

/* Edit distance between two ASCII names, capped at `limit` + 1. */
int text_distance(const char *a, const char *b, int limit);
/* Picks from `names` the closest to `word`, or NULL if none is close enough to
 * be a likely typo (distance at most a third of the word's length, min 1). */
const char *text_suggest(const char *word, const char *const *names, int count);

#endif
