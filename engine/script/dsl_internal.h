/* dsl_internal.h — shared between dsl.c (the blocks), dsl_fields.c (their
 * field names) and dsl_values.c (the values inside them), with dsl_meters.c
 * and dsl_people.c. Not for use outside engine/script. */
#ifndef BESIDE_DSL_INTERNAL_H
#define BESIDE_DSL_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include <lua.h>

#include "script/dsl.h"

typedef struct {
    DslContext *dsl;
    ChoiceKind kind;
} KindWord;

typedef struct {
    char *id;
    int line;
    bool done;
    bool is_ending;
} Header;

struct DslContext {
    Sandbox *sb;
    lua_State *L;
    Story *story;
    DiagList *diags;
    int errors;
    bool have_scenario;
    bool told_scenario_first;
    KindWord kinds[KIND_COUNT];
    Header *headers;
    int n_headers, cap_headers;
    int marks_ref; /* registry table: choice table -> { kind, line }, until taken */
    int taken_ref; /* the same for choices read into a scene; weak keys */
    int kept;      /* problems kept in diags: at most DSL_MAX_PROBLEMS */
    /* "%s choice" in the reader's language, looked up once per file: each
     * choice's messages start with it ("support choice: ..."). */
    const char *choice_what;
};

DslContext *dsl_of(lua_State *L);
/* `what` of a message in the reader's language when it is one of the
 * English names of blocks (dsl_fields.c: "a meter", "text", ...); else
 * itself: a word of the story language ("scene", "later"), never translated. */
const char *dsl_what_shown(const char *what);
int dsl_caller_line(lua_State *L);
void dsl_error(DslContext *c, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Reports fields of the table at `idx` not in `allowed`, with a did-you-mean or
 * a note on where the field belongs. Integer keys are allowed only when
 * `positional` is true. */
void dsl_check_fields(DslContext *c, int idx, int line, const char *what,
                      const char *const *allowed, bool positional);

/* Field `field` of the table at `idx` as normalised text (malloc'd), or NULL
 * when absent. Reports a value that is not text. */
char *dsl_get_text(DslContext *c, int idx, const char *field, int line, const char *what);
/* The string at the top of the stack, normalised: spaces and single line
 * breaks become one space, blank lines separate paragraphs ("\n\n"). Reports
 * text that is not valid UTF-8. */
char *dsl_normalise(DslContext *c, int line, const char *what);
/* Pushes field `field` of the table at `idx` and returns its type. Raw: no
 * metamethod runs, so reading a block never runs story code, and nothing the
 * reader holds (a scene, a count) can change under it. Every block reader
 * reads fields with this, never lua_getfield. */
int dsl_field(lua_State *L, int idx, const char *field);

/* An author's text as it may appear in a message: at most DSL_MAX_ECHO bytes
 * (cut at a character, ending in "…"), each control character or broken
 * UTF-8 byte shown as '?'. Writes into buf (`size` >= DSL_MAX_ECHO + 8). */
enum { DSL_MAX_ECHO = 200 };
const char *dsl_echo(const char *s, size_t n, char *buf, size_t size);

/* What dsl_clean_text() found and took out. */
typedef struct {
    int control;   /* the first control character's code, or -1 */
    bool bad_utf8; /* some bytes were not UTF-8 (each run became U+FFFD) */
    bool cut;      /* the text was longer than `max` */
} DslTextFault;

/* The one cleaner of story text, at load time (dsl_normalise, which refuses
 * what it found) and at play time (host.c, which shows the cleaned text):
 * spaces and single line breaks become one space, blank lines separate
 * paragraphs; control characters are removed with the terminal escape
 * sequence they start (ESC [ ... J, ESC ] 52 ; ... BEL, C1 codes); invalid
 * UTF-8 becomes U+FFFD. At most `max` bytes (0: no limit), cut at a
 * character. A malloc'd string, or NULL when memory runs out. */
char *dsl_clean_text(const char *s, size_t n, size_t max, DslTextFault *fault);

/* Reads a condition (text or function) at the top of the stack into `out`. */
void dsl_read_cond(DslContext *c, int line, const char *what, Cond *out);
/* Ids (scenes, the story) and names (flags, meters): at most DSL_MAX_NAME
 * bytes, so they fit every line of a save. */
enum { DSL_MAX_NAME = 64 };
/* Problems kept from one file: the rest are counted, not kept, so a loop of
 * mistakes cannot fill memory outside the sandbox's cap. */
enum { DSL_MAX_PROBLEMS = 200 };
bool dsl_valid_id(const char *s);
bool dsl_valid_name(const char *s);

/* Parses the choice table at `idx` into `out` (zeroed by the caller). */
void dsl_read_choice(DslContext *c, int idx, int line, ChoiceKind kind, Choice *out);
/* dsl_people.c: people = { } (the table at `idx`) into the story; with =
 * of the scene or ending table at 1 into scene `si`; reacts = of the
 * choice table at `idx`. Each reports its own mistakes. */
void dsl_read_people(DslContext *c, int idx, int line);
void dsl_read_with(DslContext *c, int si, int line, const char *what);
void dsl_read_reacts(DslContext *c, int idx, int line, const char *what, Choice *ch);
/* Parses a meters = { ... } table at `idx` into the story. */
void dsl_read_meters(DslContext *c, int idx, int line);

#endif
