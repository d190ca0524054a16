/* po.c — reading and writing gettext .po catalogues (po.h says which parts). */
#include "core/po.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"

void po_entry_clear(PoEntry *e)
{
    free(e->ctxt);
    free(e->id);
    free(e->str);
    free(e->prev_id);
    free(e->extracted);
    free(e->ref);
    free(e->comment);
    *e = (PoEntry){0};
}

void po_free(PoFile *po)
{
    for (int i = 0; i < po->count; i++)
        po_entry_clear(&po->items[i]);
    free(po->items);
    *po = (PoFile){0};
}

int po_add(PoFile *po, PoEntry e)
{
    if (po->count == po->cap) {
        int cap = po->cap ? po->cap * 2 : 64;
        PoEntry *items = realloc(po->items, (size_t)cap * sizeof *items);
        if (!items) {
            po_entry_clear(&e);
            return -1;
        }
        po->items = items;
        po->cap = cap;
    }
    po->items[po->count] = e;
    return po->count++;
}

const PoEntry *po_find(const PoFile *po, const char *ctxt, const char *id)
{
    for (int i = 0; i < po->count; i++) {
        const PoEntry *e = &po->items[i];
        if (e->obsolete || strcmp(e->id, id) != 0)
            continue;
        if ((!ctxt && !e->ctxt) || (ctxt && e->ctxt && strcmp(ctxt, e->ctxt) == 0))
            return e;
    }
    return NULL;
}

char *po_header_field(const PoFile *po, const char *field)
{
    const PoEntry *h = po_find(po, NULL, "");
    size_t n = strlen(field);
    for (const char *p = h ? h->str : NULL; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL) {
        if (strncmp(p, field, n) == 0 && p[n] == ':') {
            const char *v = p + n + 1, *end = strchr(v, '\n');
            while (*v == ' ')
                v++;
            size_t len = end ? (size_t)(end - v) : strlen(v);
            char *out = malloc(len + 1);
            if (out) {
                memcpy(out, v, len);
                out[len] = '\0';
            }
            return out;
        }
    }
    return NULL;
}

/* ---- reading ---- */

typedef enum { F_NONE, F_CTXT, F_ID, F_STR, F_PREV } Field;

typedef struct {
    const char *name;
    PoFile *po;
    DiagList *diags;
    int errors;
    int line;
    PoEntry cur;
    bool has_id, has_str;
    Field last;
} Reader;

static void bad(Reader *r, const char *fmt, const char *what)
{
    diag_add(r->diags, DIAG_ERROR, r->name, r->line, fmt, what);
    r->errors++;
}

static void flush(Reader *r)
{
    if (r->has_id) {
        if (!r->cur.str)
            r->cur.str = text_dup("");
        po_add(r->po, r->cur);
    } else {
        po_entry_clear(&r->cur);
    }
    r->cur = (PoEntry){0};
    r->has_id = r->has_str = false;
    r->last = F_NONE;
}

/* Reads the quoted string at s into a malloc'd, unescaped copy; NULL and a
 * problem when it is not one. */
static char *read_quoted(Reader *r, const char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    if (*s != '"') {
        bad(r, _("expected a string in double quotes here%s. Write it as \"text\"."), "");
        return NULL;
    }
    TextBuf b = {0};
    for (s++; *s && *s != '"'; s++) {
        if (*s != '\\') {
            textbuf_append(&b, s, 1);
            continue;
        }
        s++;
        const char *plain = strchr("\"\\", *s);
        char c = *s == 'n' ? '\n' : *s == 't' ? '\t' : plain && *s ? *s : 0;
        if (!c) {
            bad(r, _("'\\%.1s' is not an escape gettext knows. Write \\n, \\t, \\\" or \\\\."),
                *s ? s : "");
            textbuf_free(&b);
            return NULL;
        }
        textbuf_append(&b, &c, 1);
    }
    const char *rest = *s ? s + 1 : s;
    while (*rest == ' ' || *rest == '\t' || *rest == '\r')
        rest++;
    if (*s != '"' || *rest) {
        bad(r, *s != '"' ? _("this string has no closing quote%s. End it with one \" and "
                             "nothing after it.")
                         : _("this string has something after its closing quote%s. End it "
                             "with one \" and nothing after it."), "");
        textbuf_free(&b);
        return NULL;
    }
    if (!b.data)
        return text_dup("");
    return textbuf_take(&b);
}

static char **field_slot(Reader *r, Field f)
{
    switch (f) {
    case F_CTXT: return &r->cur.ctxt;
    case F_ID: return &r->cur.id;
    case F_STR: return &r->cur.str;
    case F_PREV: return &r->cur.prev_id;
    default: return NULL;
    }
}

static void append_to(char **slot, const char *more)
{
    char *joined = text_format("%s%s", *slot ? *slot : "", more);
    if (joined) {
        free(*slot);
        *slot = joined;
    }
}

static void keyword(Reader *r, const char *s, bool previous)
{
    static const struct { const char *word; Field f; } words[] = {
        {"msgctxt", F_CTXT}, {"msgid", F_ID}, {"msgstr", F_STR}};
    if (previous) {
        /* #| msgid "...": only the previous msgid is kept. */
        if (strncmp(s, "msgid ", 6) == 0 || strncmp(s, "msgid\t", 6) == 0) {
            char *v = read_quoted(r, s + 5);
            if (v) {
                free(r->cur.prev_id);
                r->cur.prev_id = v;
                r->last = F_PREV;
            }
        } else if (*s == '"' && r->last == F_PREV) {
            char *v = read_quoted(r, s);
            append_to(&r->cur.prev_id, v ? v : "");
            free(v);
        }
        return;
    }
    if (*s == '"') {
        char **slot = field_slot(r, r->last);
        char *v = read_quoted(r, s);
        if (!slot || r->last == F_PREV)
            bad(r, _("a string line %s with no msgid or msgstr before it. Start the entry "
                     "with msgid."), "");
        else if (v)
            append_to(slot, v);
        free(v);
        return;
    }
    if (strncmp(s, "msgid_plural", 12) == 0 || strncmp(s, "msgstr[", 7) == 0) {
        bad(r, _("plural forms (%s) are not used in story catalogues. Write one msgid and "
                 "one msgstr."),
            strncmp(s, "msgid_plural", 12) == 0 ? "msgid_plural" : "msgstr[N]");
        return;
    }
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        size_t n = strlen(words[i].word);
        if (strncmp(s, words[i].word, n) != 0 || (s[n] != ' ' && s[n] != '\t'))
            continue;
        Field f = words[i].f;
        if ((f != F_STR && r->has_str) || (f == F_CTXT && r->has_id))
            flush(r);
        if (!r->cur.line)
            r->cur.line = r->line;
        char *v = read_quoted(r, s + n);
        char **slot = field_slot(r, f);
        free(*slot);
        *slot = v ? v : text_dup("");
        r->has_id |= f == F_ID;
        r->has_str |= f == F_STR;
        r->last = f;
        return;
    }
    bad(r, _("'%.20s' is not a line a .po file can have. Lines start with msgctxt, msgid, "
             "msgstr, a quoted string, or # for a comment."), s);
}

static void comment_line(char **slot, const char *text)
{
    while (*text == ' ')
        text++;
    if (*slot)
        append_to(slot, "\n");
    append_to(slot, text);
}

static void read_line(Reader *r, const char *s)
{
    if (*s == '\0') {
        flush(r);
        return;
    }
    if (*s != '#') {
        keyword(r, s, false);
        return;
    }
    if (s[1] != '~' && r->has_str)
        flush(r);
    if (!r->cur.line)
        r->cur.line = r->line;
    switch (s[1]) {
    case ',': r->cur.fuzzy |= strstr(s, "fuzzy") != NULL; break;
    case '|': keyword(r, s[2] == ' ' ? s + 3 : s + 2, true); break;
    case '.': comment_line(&r->cur.extracted, s + 2); break;
    case ':': comment_line(&r->cur.ref, s + 2); break;
    case '~':
        if (r->has_str && (strstr(s, "msgid") || strstr(s, "msgctxt")) && !strstr(s, "#~|"))
            flush(r);
        r->cur.obsolete = true;
        if (s[2] == '|')
            keyword(r, s[3] == ' ' ? s + 4 : s + 3, true);
        else
            keyword(r, s[2] == ' ' ? s + 3 : s + 2, false);
        r->cur.obsolete = true;
        break;
    default: comment_line(&r->cur.comment, s[1] == ' ' ? s + 2 : s + 1); break;
    }
}

int po_parse(const char *name, const char *text, size_t len, PoFile *out, DiagList *diags)
{
    Reader r = {.name = name, .po = out, .diags = diags};
    char *copy = malloc(len + 1);
    if (!copy) {
        diag_add(diags, DIAG_ERROR, name, 0, _("there was not enough memory to read this file."));
        return 1;
    }
    memcpy(copy, text, len);
    copy[len] = '\0';
    char *p = copy;
    if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    while (p) {
        char *nl = strchr(p, '\n');
        if (nl)
            *nl = '\0';
        r.line++;
        size_t n = strlen(p);
        while (n > 0 && (p[n - 1] == '\r' || p[n - 1] == ' ' || p[n - 1] == '\t'))
            p[--n] = '\0';
        read_line(&r, p);
        p = nl ? nl + 1 : NULL;
    }
    flush(&r);
    free(copy);
    return r.errors;
}

/* ---- writing ---- */

static void escaped(TextBuf *b, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '"': textbuf_puts(b, "\\\""); break;
        case '\\': textbuf_puts(b, "\\\\"); break;
        case '\n': textbuf_puts(b, "\\n"); break;
        case '\t': textbuf_puts(b, "\\t"); break;
        default: textbuf_append(b, s, 1);
        }
    }
}

/* KEY "value", or KEY "" and the value in lines of at most 76 columns
 * broken after a space or a \n, every line starting with `prefix`. */
static void write_string(TextBuf *out, const char *prefix, const char *key, const char *value)
{
    TextBuf e = {0};
    escaped(&e, value);
    const char *s = e.data ? e.data : "";
    size_t n = strlen(s);
    if (n + strlen(key) + 3 <= 79 && !strstr(s, "\\n") ) {
        textbuf_printf(out, "%s%s \"%s\"\n", prefix, key, s);
        textbuf_free(&e);
        return;
    }
    textbuf_printf(out, "%s%s \"\"\n", prefix, key);
    while (*s) {
        size_t take = strlen(s), nl = 0;
        const char *brk = strstr(s, "\\n");
        if (brk)
            nl = (size_t)(brk - s) + 2;
        if (nl && nl < take)
            take = nl;
        if (take > 76) {
            size_t cut = 0;
            for (size_t i = 0; i < 76; i++)
                if (s[i] == ' ')
                    cut = i + 1;
            take = cut ? cut : take;
        }
        textbuf_printf(out, "%s\"%.*s\"\n", prefix, (int)take, s);
        s += take;
    }
    textbuf_free(&e);
}

static void write_comment(TextBuf *out, const char *mark, const char *text)
{
    for (const char *p = text; p && *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        textbuf_printf(out, "%s%s%.*s\n", mark, n ? " " : "", (int)n, p);
        p = nl ? nl + 1 : NULL;
    }
}

static void write_entry(TextBuf *out, const PoEntry *e)
{
    const char *pre = e->obsolete ? "#~ " : "";
    write_comment(out, "#", e->comment);
    write_comment(out, "#.", e->extracted);
    if (!e->obsolete)
        write_comment(out, "#:", e->ref);
    if (e->fuzzy)
        textbuf_puts(out, "#, fuzzy\n");
    if (e->prev_id && e->fuzzy)
        write_string(out, e->obsolete ? "#~| " : "#| ", "msgid", e->prev_id);
    if (e->ctxt)
        write_string(out, pre, "msgctxt", e->ctxt);
    write_string(out, pre, "msgid", e->id);
    write_string(out, pre, "msgstr", e->str ? e->str : "");
}

char *po_write(const PoFile *po)
{
    TextBuf out = {0};
    for (int i = 0; i < po->count; i++) {
        if (i > 0)
            textbuf_puts(&out, "\n");
        write_entry(&out, &po->items[i]);
    }
    if (out.failed) {
        textbuf_free(&out);
        return NULL;
    }
    return out.data ? textbuf_take(&out) : text_dup("");
}
