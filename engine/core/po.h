/* po.h — GNU gettext's .po files, read and written: the translation
 * catalogues of stories (docs/TRANSLATING.md). Only what story catalogues
 * use: msgctxt, msgid, msgstr, the fuzzy flag, the previous msgid (#|),
 * comments for the translator (#.), references (#:), translators' own
 * comments (#) and obsolete entries (#~). Plural forms are refused with a
 * message, since a story's lines have none. */
#ifndef BESIDE_PO_H
#define BESIDE_PO_H

#include <stdbool.h>
#include <stddef.h>

#include "core/diag.h"

typedef struct {
    char *ctxt;      /* msgctxt; NULL when there is none */
    char *id;        /* msgid: the English line ("" for the header) */
    char *str;       /* msgstr: the translation; "" when not translated yet */
    char *prev_id;   /* #| msgid: the English the translation was made for, or NULL */
    char *extracted; /* #. lines: where the line is and what it is, or NULL */
    char *ref;       /* #: a reference, "scripts/x.lua:12", or NULL */
    char *comment;   /* "# " lines: the translator's own notes, kept as written, or NULL */
    bool fuzzy;      /* needs review: not used in play until a person clears it */
    bool obsolete;   /* #~: no longer in the story, kept in case it comes back */
    int line;        /* where the entry starts in the file read; 0 when made here */
} PoEntry;

typedef struct {
    PoEntry *items;
    int count;
    int cap;
} PoFile;

/* Reads .po text (`name` is the file name in messages). Adds one problem
 * per bad line to `diags` ("file:line: what is wrong. What to write") and
 * keeps the entries it could read. Returns the number of errors added. */
int po_parse(const char *name, const char *text, size_t len, PoFile *out, DiagList *diags);
/* Appends an entry, taking ownership of every string in it (freed on
 * failure). Returns its index, or -1 on no memory. */
int po_add(PoFile *po, PoEntry e);
/* The entry with this context and msgid that is not obsolete, or NULL.
 * ctxt NULL matches only entries without a context. */
const PoEntry *po_find(const PoFile *po, const char *ctxt, const char *id);
/* The header's value for a field ("Language"), malloc'd, or NULL. */
char *po_header_field(const PoFile *po, const char *field);
/* The whole file as .po text (malloc'd), long strings split after spaces
 * at 76 columns as msgmerge does; NULL on no memory. */
char *po_write(const PoFile *po);
void po_entry_clear(PoEntry *e);
void po_free(PoFile *po);

#endif
