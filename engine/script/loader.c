/* loader.c — reading a story file and running it into a Story. */
#include "script/loader.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "script/dsl.h"
#include "script/host.h"

char *loader_read_file(const char *path, size_t max, size_t *len, char **err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        *err = text_format(_("%s: cannot open the file: %s. Check the name and that you may "
                           "read it."), path, strerror(errno));
        return NULL;
    }
    TextBuf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (b.len + n > max) {
            fclose(f);
            textbuf_free(&b);
            *err = text_format(_("%s: the file is larger than %zu MB; a story file is never that "
                               "big. Is it the right file?"), path, max >> 20);
            return NULL;
        }
        textbuf_append(&b, chunk, n);
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        textbuf_free(&b);
        *err = text_format(_("%s: cannot read the file (is it a folder?)"), path);
        return NULL;
    }
    *len = b.len;
    char *data = textbuf_take(&b);
    if (!data)
        *err = text_dup(_("out of memory"));
    return data;
}

void loader_read_problem(DiagList *diags, const char *path, const char *err)
{
    const char *msg = err ? err : _("out of memory");
    size_t n = strlen(path);
    if (strncmp(msg, path, n) == 0 && msg[n] == ':' && msg[n + 1] == ' ')
        msg += n + 2; /* the diagnostic names the file itself */
    diag_add(diags, DIAG_ERROR, path, 0, "%s", msg);
}

/* A hint for the syntax and run errors authors meet most. */
static const char *hint_for(const char *msg)
{
    if (strstr(msg, "near <eof>"))
        return _("The file ends too soon: a closing } or ) is missing at the end.");
    if (strstr(msg, "'=' expected near") && strstr(msg, "'\""))
        return _("A field is written name = value: put an = between them.");
    if (strstr(msg, "')' expected"))
        return _("A ( is missing its closing ), or a comma is missing inside it.");
    if (strstr(msg, "expected (to close") || strstr(msg, "'}' expected"))
        return _("Check for a missing comma after the item just before this line (blank lines "
                 "do not count), or a missing } or ).");
    if (strstr(msg, "unfinished string"))
        return _("A text is missing its closing quote mark.");
    if (strstr(msg, "unfinished long string"))
        return _("A [[ text is missing its closing ]].");
    if (strstr(msg, "attempt to call a table value"))
        return _("Is a comma missing between two choices or two blocks?");
    if (strstr(msg, "unexpected symbol") || strstr(msg, "syntax error"))
        return _("Check this line: text must be in quotes, ids too (scene \"my-id\"), and "
                 "each item needs one comma after it.");
    if (strstr(msg, "'=' expected"))
        return _("Text must be in quotes; a field is written name = value.");
    return "";
}

static void add_lua_error(DiagList *diags, const char *file, const char *msg)
{
    int line;
    const char *rest = diag_split_location(msg, file, &line);
    const char *hint = hint_for(rest);
    diag_add(diags, DIAG_ERROR, file, line, "%s%s%s", rest, *hint ? " " : "", hint);
}

Story *loader_load_text(const char *name, const char *src, size_t len,
                        const SandboxLimits *limits, DiagList *diags)
{
    Story *s = story_new(name);
    Sandbox *sb = sandbox_new(limits);
    DslContext *dsl = sb && s ? dsl_new(sb, s, diags) : NULL;
    if (!dsl) {
        diag_add(diags, DIAG_ERROR, name, 0, _("out of memory"));
        dsl_free(dsl);
        sandbox_free(sb);
        story_free(s);
        return NULL;
    }
    char *err = NULL;
    int errors = 0;
    if (sandbox_run(sb, src, len, name, &err) < 0) {
        add_lua_error(diags, name, err ? err : _("out of memory"));
        free(err);
        errors++;
    } else {
        errors += dsl_finish(dsl);
        /* Unknown ids are worth reporting alongside other mistakes, but only
         * when the whole file ran: after a stop, later scenes are missing. */
        errors += story_finish(s, diags);
    }
    dsl_free(dsl);
    host_attach(s, sb); /* from here story_free() frees the sandbox */
    if (errors > 0) {
        story_free(s);
        return NULL;
    }
    /* The tables the file built are garbage now; give the memory back. */
    lua_gc(sandbox_state(sb), LUA_GCCOLLECT);
    return s;
}

Story *loader_load_file(const char *path, const SandboxLimits *limits, DiagList *diags)
{
    size_t len;
    char *err = NULL;
    char *src = loader_read_file(path, LOADER_MAX_FILE, &len, &err);
    if (!src) {
        loader_read_problem(diags, path, err);
        free(err);
        return NULL;
    }
    Story *s = loader_load_text(path, src, len, limits, diags);
    free(src);
    return s;
}
