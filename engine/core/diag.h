/* diag.h — problems found in a story, each with file, line, severity and a message
 * written for the author ("what is wrong, and what to write instead"). */
#ifndef BESIDE_DIAG_H
#define BESIDE_DIAG_H

#include <stdarg.h>
#include <stdio.h>

/* A note says what check did not do, and why; it is neither an error nor a
 * warning, and is not counted as either. */
typedef enum { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE } DiagSeverity;

/* Longer messages are cut there (at a character boundary) and end in "…". */
enum { DIAG_MAX_MESSAGE = 1000 };

typedef struct {
    DiagSeverity severity;
    char *file;    /* may be NULL when the problem has no file */
    int line;      /* 0 when the problem has no line */
    char *message; /* one or more sentences, no trailing newline */
} Diag;

typedef struct {
    Diag *items;
    int count;
    int capacity;
} DiagList;

/* Appends a problem. If memory runs out the problem is dropped; callers
 * that must report something check the count afterwards. */
void diag_add(DiagList *list, DiagSeverity sev, const char *file, int line,
              const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void diag_addv(DiagList *list, DiagSeverity sev, const char *file, int line,
               const char *fmt, va_list ap);

int diag_count(const DiagList *list, DiagSeverity sev);
/* For a message that begins "FILE:LINE: " (FILE may be shortened to
 * "...tail", as Lua shortens long names), sets *line and returns the rest;
 * otherwise sets *line to 0 and returns msg whole. */
const char *diag_split_location(const char *msg, const char *file, int *line);
/* Sorts by file, then line, keeping the order of problems on the same line. */
void diag_sort(DiagList *list);
/* Prints "file:line: error: message" lines, the form editors understand. */
void diag_print(const DiagList *list, FILE *out);
void diag_list_clear(DiagList *list);

#endif
