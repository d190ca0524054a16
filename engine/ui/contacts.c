/* contacts.c — reading the Help screen's contacts file. */
#include "ui/contacts.h"

#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "core/userdirs.h"

static char *trimmed_copy(const char *s, size_t n)
{
    while (n > 0 && (*s == ' ' || *s == '\t'))
        s++, n--;
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        n--;
    char *r = malloc(n + 1);
    if (r) {
        memcpy(r, s, n);
        r[n] = '\0';
    }
    return r;
}

static bool valid_utf8(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned char b = (unsigned char)s[i];
        size_t k = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
        if (k == 0 || i + k > n)
            return false;
        for (size_t j = 1; j < k; j++)
            if (((unsigned char)s[i + j] >> 6) != 2)
                return false;
        if (b < 0x20 && b != '\t' && b != '\r')
            return false;
        i += k;
    }
    return true;
}

static int problem(TextBuf *b, const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char msg[300];
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    textbuf_printf(b, "%s:%d: %s\n", file, line, msg);
    return b->failed ? -1 : 0;
}

int contacts_parse(Contacts *c, const char *file, const char *text, size_t len)
{
    memset(c, 0, sizeof *c);
    c->file = strdup(file);
    TextBuf probs = {0};
    int line = 0, failed = c->file ? 0 : -1;
    for (size_t at = 0; at < len && !failed;) {
        const char *s = text + at;
        const char *nl = memchr(s, '\n', len - at);
        size_t n = nl ? (size_t)(nl - s) : len - at;
        at += n + 1;
        line++;
        size_t i = 0;
        while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r'))
            i++;
        if (i == n || s[i] == '#')
            continue;
        if (!valid_utf8(s, n)) {
            failed = problem(&probs, file, line, "%s",
                             _("this line has bytes that are not UTF-8 text. Save the file as "
                               "UTF-8 in a text editor.")) < 0;
            continue;
        }
        const char *eq = memchr(s, '=', n);
        if (!eq) {
            failed = problem(&probs, file, line, "%s",
                             _("this line has no '='. Write a contact as: Name = how to reach "
                               "them")) < 0;
            continue;
        }
        char *name = trimmed_copy(s, (size_t)(eq - s));
        char *how = trimmed_copy(eq + 1, n - (size_t)(eq - s) - 1);
        if (!name || !how) {
            free(name), free(how);
            failed = 1;
            break;
        }
        const char *why = !*name ? _("the name before '=' is empty")
                        : !*how ? _("nothing follows '='; say how to reach this contact")
                        : strlen(name) > CONTACTS_MAX_FIELD || strlen(how) > CONTACTS_MAX_FIELD
                            ? _("this line is too long; keep each side under 200 characters")
                        : c->count == CONTACTS_MAX ? _("there are more than 12 contacts; the "
                                                       "Help screen shows the first 12")
                        : NULL;
        if (why) {
            free(name), free(how);
            failed = problem(&probs, file, line, "%s.", why) < 0;
            continue;
        }
        c->items[c->count++] = (Contact){name, how};
    }
    if (failed) {
        textbuf_free(&probs);
        contacts_free(c);
        return -1;
    }
    if (probs.len > 0)
        c->problems = textbuf_take(&probs);
    textbuf_free(&probs);
    return 0;
}

int contacts_paths(char *out[3])
{
    const char *env = getenv("BESIDE_CONTACTS");
    int n = 0;
    out[0] = out[1] = out[2] = NULL;
    if (env && *env)
        out[n++] = strdup(env);
    char *user = userdirs_path("XDG_CONFIG_HOME", ".config", "beside/contacts.conf");
    if (user)
        out[n++] = user;
    out[n++] = strdup("/etc/xdg/beside/contacts.conf");
    return n;
}

int contacts_load(Contacts *c)
{
    memset(c, 0, sizeof *c);
    char *paths[3];
    int n = contacts_paths(paths), rc = 0;
    bool done = false;
    for (int i = 0; i < n && !done; i++) {
        if (!paths[i])
            continue;
        FILE *f = fopen(paths[i], "rb");
        if (!f) {
            if (errno == ENOENT)
                continue;
            TextBuf b = {0};
            textbuf_printf(&b, _("%s: could not be read (%s). Check that the file can be "
                                 "read by your account.\n"), paths[i], strerror(errno));
            c->problems = textbuf_take(&b);
            c->file = strdup(paths[i]);
            done = true;
            continue;
        }
        char buf[16384];
        size_t len = fread(buf, 1, sizeof buf, f);
        bool too_big = len == sizeof buf && fgetc(f) != EOF;
        fclose(f);
        if (too_big) {
            TextBuf b = {0};
            textbuf_printf(&b, _("%s: is bigger than 16 KB, so it is not a contacts file. "
                                 "Keep it to a few lines of: Name = how to reach them\n"),
                           paths[i]);
            c->problems = textbuf_take(&b);
            c->file = strdup(paths[i]);
        } else {
            rc = contacts_parse(c, paths[i], buf, len);
        }
        done = true;
    }
    for (int i = 0; i < n; i++)
        free(paths[i]);
    return rc;
}

void contacts_free(Contacts *c)
{
    for (int i = 0; i < c->count; i++) {
        free(c->items[i].name);
        free(c->items[i].how);
    }
    free(c->file);
    free(c->problems);
    memset(c, 0, sizeof *c);
}
