/* record.h — a data file run in the sandbox and handed back as plain C.
 *
 * Some files Beside reads are data written in the story language: an
 * assignment is one homework { ... }. record_read runs such a file in a fresh
 * sandbox where one word is defined; each call of that word hands its table
 * back as RecValues, so the code that checks the fields (engine/homework)
 * never touches Lua. The copies count against the sandbox's memory cap, and
 * a table with a huge number of fields or items is counted, not copied
 * whole. */
#ifndef BESIDE_RECORD_H
#define BESIDE_RECORD_H

#include <stdbool.h>
#include <stddef.h>

#include "script/sandbox_limits.h"

typedef enum {
    REC_TEXT,    /* a string */
    REC_INTEGER, /* a whole number */
    REC_LIST,    /* a table whose keys are exactly 1..n */
    REC_TABLE,   /* any other table (its content is not copied) */
    REC_OTHER,   /* a number with a fraction, a boolean, a function… */
} RecType;

/* At most this many fields of one call, and items of one list, are copied;
 * the rest are counted. */
enum { REC_MAX_FIELDS = 1000, REC_MAX_ITEMS = 1000 };

typedef struct RecValue {
    RecType type;
    const char *type_name; /* Lua's word for the type, for messages ("table") */
    char *text;            /* REC_TEXT: the bytes, NUL-terminated ... */
    size_t len;            /* ... and their count, which a NUL inside can exceed strlen */
    long long integer;     /* REC_INTEGER */
    int n_items;           /* REC_LIST: the number of items, 1..n_items */
    int n_kept;            /*   of which the first n_kept are in `items` */
    struct RecValue *items; /* items inside a list are never lists: nested
                             * tables come back as REC_TABLE or REC_LIST
                             * with no items kept */
} RecValue;

typedef struct {
    char *key;      /* NULL when the key is not a string */
    size_t key_len; /* which a NUL inside can exceed strlen */
    RecValue value;
} RecField;

typedef struct {
    int line;          /* the line of the call in the file */
    bool is_table;     /* whether the word was given a table: word { ... } */
    int n_fields;      /* fields in the table (in the table's own order) */
    int n_kept;        /*   of which the first n_kept are in `fields` */
    RecField *fields;
} RecCall;

typedef struct {
    int n_calls;     /* every call of the word the file made */
    int n_kept;      /*   of which the first n_kept are in `calls` */
    RecCall *calls;
    char *error;     /* why the file stopped ("name:line: message"); NULL if it ran */
    SandboxStop stopped; /* the limit it stopped at, if one (the error says it in words) */
} RecFile;

/* Runs `len` bytes of `src` (shown in messages as `name`) in a sandbox with
 * `limits`, where `word` is the one word the file can call; keeps the first
 * `max_calls` calls. Fills *out (always; free it with record_free). Returns
 * 0 when the file ran to its end, -1 when it stopped (out->error says why:
 * a syntax error, a run error, a limit); the calls made before are kept. */
int record_read(const char *word, const char *name, const char *src, size_t len,
                const SandboxLimits *limits, int max_calls, RecFile *out);
void record_free(RecFile *f);

/* The value of field `key` of a call; NULL when the table has no such field
 * (or it was not kept). */
const RecValue *record_get(const RecCall *c, const char *key);

#endif
