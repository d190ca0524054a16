/* contacts.h — the people to contact that a therapist or facilitator can put
 * on the Help screen, read from a plain text file (docs/HELP-CONTACTS.md):
 *
 *     # lines starting with # are comments
 *     Your counsellor, Sam Lee = 555 0142 (weekdays)
 *     Crisis line = 988
 *
 * The file is looked for at $BESIDE_CONTACTS, then
 * $XDG_CONFIG_HOME/beside/contacts.conf (~/.config/beside/contacts.conf),
 * then /etc/xdg/beside/contacts.conf (for every account on a shared
 * computer). No SDL here. */
#ifndef BESIDE_CONTACTS_H
#define BESIDE_CONTACTS_H

#include <stddef.h>

enum { CONTACTS_MAX = 12, CONTACTS_MAX_FIELD = 200 };

typedef struct {
    char *name;
    char *how; /* how to reach them: a number, an address, hours */
} Contact;

typedef struct {
    Contact items[CONTACTS_MAX];
    int count;
    char *file;     /* the file read, or NULL when there was none */
    char *problems; /* "file:line: what is wrong and how to fix it", one a line; or NULL */
} Contacts;

/* Reads contacts from `text` (`len` bytes); `file` names it in problems.
 * Lines that are wrong are skipped and described in c->problems; the good
 * ones are kept. Returns 0, or -1 when memory ran out. */
int contacts_parse(Contacts *c, const char *file, const char *text, size_t len);
/* Finds and reads the contacts file as the header says. No file is not a
 * problem: c->count is 0 and c->file NULL. Returns 0, or -1 on no memory. */
int contacts_load(Contacts *c);
/* The paths searched, in order, into `out` (each malloc'd; NULL when not
 * set). Returns how many (at most 3). */
int contacts_paths(char *out[3]);
void contacts_free(Contacts *c);

#endif
