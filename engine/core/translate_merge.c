/* translate_merge.c — a story's catalogue brought up to date with its English
 * (translate.h, translate_merge): what msgmerge does, keyed the same way, so
 * a translator's tool (Poedit, Weblate, Lokalize) shows new lines as
 * untranslated, changed ones as needing review with the old English beside
 * them, and keeps translations of removed lines out of the way. */
#include "core/translate.h"

#include <stdlib.h>
#include <string.h>

#include "core/text.h"

static char *header_text(const char *lang)
{
    return text_format("Project-Id-Version: beside story\n"
                       "Language: %s\n"
                       "MIME-Version: 1.0\n"
                       "Content-Type: text/plain; charset=UTF-8\n"
                       "Content-Transfer-Encoding: 8bit\n"
                       "X-Generator: beside translate extract\n", lang);
}

static PoEntry copy_entry(const PoEntry *e)
{
    PoEntry c = {
        .ctxt = e->ctxt ? text_dup(e->ctxt) : NULL,
        .id = text_dup(e->id),
        .str = text_dup(e->str ? e->str : ""),
        .prev_id = e->prev_id ? text_dup(e->prev_id) : NULL,
        .extracted = e->extracted ? text_dup(e->extracted) : NULL,
        .ref = e->ref ? text_dup(e->ref) : NULL,
        .comment = e->comment ? text_dup(e->comment) : NULL,
        .fuzzy = e->fuzzy,
        .obsolete = e->obsolete,
    };
    return c;
}

/* The index of the old entry that translates this line, and how: 0 the same
 * context and English, 1 the same context (the English changed), 2 the same
 * English under another context; -1 none. Obsolete entries count, so a line
 * that comes back gets its translation back. */
static int old_match(const PoFile *old, const TrLine *line, int *how)
{
    int best = -1;
    *how = 3;
    for (int i = 0; i < old->count; i++) {
        const PoEntry *e = &old->items[i];
        if (!e->ctxt)
            continue;
        bool same_ctxt = strcmp(e->ctxt, line->ctxt) == 0, same_id = strcmp(e->id, *line->slot) == 0;
        int h = same_ctxt && same_id ? 0 : same_ctxt ? 1 : same_id && e->str[0] ? 2 : 3;
        if (h < *how) {
            *how = h;
            best = i;
        }
    }
    return best;
}

static int add_line(PoFile *out, const PoFile *old, const TrLine *line, const char *ref_file,
                    bool *used, TrMerge *st)
{
    int how, i = old_match(old, line, &how);
    PoEntry e = {0};
    if (i >= 0 && how == 0) {
        e = copy_entry(&old->items[i]);
        e.obsolete = false;
        st->kept++;
    } else if (i >= 0 && old->items[i].str[0]) {
        /* The English changed (or the line moved): keep the translation for
         * a person to check against the English it was made for. */
        const PoEntry *o = &old->items[i];
        e = (PoEntry){.str = text_dup(o->str),
                      .comment = o->comment ? text_dup(o->comment) : NULL,
                      .prev_id = text_dup(o->fuzzy && o->prev_id ? o->prev_id : o->id),
                      .fuzzy = true};
        st->review++;
    } else {
        e.str = text_dup("");
        st->added++;
    }
    if (i >= 0)
        used[i] = true;
    free(e.ctxt);
    free(e.id);
    free(e.extracted);
    free(e.ref);
    e.ctxt = text_dup(line->ctxt);
    e.id = text_dup(*line->slot);
    e.extracted = text_dup(line->what);
    e.ref = text_format("%s:%d", ref_file, line->line);
    if (!e.fuzzy) {
        free(e.prev_id);
        e.prev_id = NULL;
    }
    if (!e.ctxt || !e.id || !e.str || !e.extracted || !e.ref) {
        po_entry_clear(&e);
        return -1;
    }
    return po_add(out, e) < 0 ? -1 : 0;
}

static int add_header(PoFile *out, const PoFile *old, const char *lang)
{
    const PoEntry *h = po_find(old, NULL, "");
    PoEntry e = h ? copy_entry(h) : (PoEntry){.id = text_dup(""), .str = header_text(lang)};
    e.fuzzy = false;
    if (!e.id || !e.str) {
        po_entry_clear(&e);
        return -1;
    }
    return po_add(out, e) < 0 ? -1 : 0;
}

int translate_merge(Story *s, const PoFile *old, const char *lang, const char *ref_file,
                    PoFile *out, TrMerge *stats)
{
    TrMerge st = {0};
    TrLines lines = {0};
    bool *used = calloc((size_t)old->count + 1, sizeof *used);
    int rc = used && translate_lines(s, &lines) == 0 ? add_header(out, old, lang) : -1;
    for (int i = 0; rc == 0 && i < lines.count; i++)
        rc = add_line(out, old, &lines.items[i], ref_file, used, &st);
    /* Translations of lines the story no longer has: kept as obsolete. */
    for (int i = 0; rc == 0 && i < old->count; i++) {
        const PoEntry *o = &old->items[i];
        if (used[i] || !o->ctxt || !o->str[0])
            continue;
        PoEntry e = copy_entry(o);
        free(e.ref);
        e.ref = NULL;
        st.obsoleted += !o->obsolete;
        e.obsolete = true;
        if (!e.id || !e.str) {
            po_entry_clear(&e);
            rc = -1;
        } else if (po_add(out, e) < 0) {
            rc = -1;
        }
    }
    free(used);
    translate_lines_free(&lines);
    if (stats)
        *stats = st;
    return rc;
}
