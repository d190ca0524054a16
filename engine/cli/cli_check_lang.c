/* cli_check_lang.c — `beside check --lang LANG`: how a story's translation
 * stands (lines missing or needing review, each with file:line, and bad
 * lines of the .po), and for Spanish how easy it reads. */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "core/i18n.h"
#include "core/readability_es.h"
#include "core/reading.h"
#include "core/text.h"
#include "core/translate.h"
#include "script/loader.h"
#include "script/story_lang.h"

/* Below this a single scene of a Spanish story gets a warning ("normal"). */
#define READING_ES_SCENE_MIN 60.0

typedef struct {
    DiagList *d;
    const char *story_file;
    const char *po_file;
    const char *lang;
    const char *id;
} LangCheck;

static void short_english(const char *s, char *out, size_t n)
{
    size_t len = strlen(s);
    if (len < n) {
        memcpy(out, s, len + 1);
        return;
    }
    size_t cut = n - 4;
    while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)
        cut--;
    memcpy(out, s, cut);
    memcpy(out + cut, "\u2026", 4);
}

static void one_problem(void *ctx, const TrLine *line, const PoEntry *e)
{
    LangCheck *c = ctx;
    char english[64];
    short_english(*line->slot, english, sizeof english);
    if (!e)
        diag_add(c->d, DIAG_WARNING, c->story_file, line->line, _("%s has no %s translation "
                 "(\"%s\"). Run beside translate extract %s --lang %s to add it to %s, then "
                 "translate it."), line->ctxt, c->lang, english, c->id, c->lang, c->po_file);
    else if (!e->str[0])
        diag_add(c->d, DIAG_WARNING, c->po_file, e->line, _("%s is not translated yet (\"%s\"). "
                 "Write its msgstr; until then players see the English."), line->ctxt, english);
    else
        diag_add(c->d, DIAG_WARNING, c->po_file, e->line, _("%s needs review: its English "
                 "changed (\"%s\"). Check the translation against it, then remove the fuzzy "
                 "flag; until then players see the English."), line->ctxt, english);
}

static void add_es(const char *text, void *r)
{
    readability_es_add(r, text);
}

/* Where scene `id`'s lines start in the catalogue (its first entry), or 0. */
static int scene_po_line(const PoFile *po, const char *id)
{
    size_t n = strlen(id);
    for (int i = 0; i < po->count; i++) {
        const PoEntry *e = &po->items[i];
        if (!e->obsolete && e->ctxt && strncmp(e->ctxt, id, n) == 0 && e->ctxt[n] == '/')
            return e->line;
    }
    return 0;
}

/* The Spanish reading ease of the translated story, whole and per scene. */
static void spanish_reading(Story *s, const PoFile *po, DiagList *d, const char *po_file,
                            bool quiet)
{
    Readability all = {0};
    readability_es_add(&all, s->title);
    readability_es_add(&all, s->teaser);
    for (int k = 0; k < s->n_content_notes; k++)
        readability_es_add(&all, s->content_notes[k]);
    for (int i = 0; i < s->n_scenes; i++) {
        Readability r = {0};
        reading_scene_each(s, i, add_es, &r);
        readability_merge(&all, &r);
        double e = readability_fernandez_huerta(&r);
        if (r.words >= 30 && e < READING_ES_SCENE_MIN)
            diag_add(d, DIAG_WARNING, po_file, scene_po_line(po, s->scenes[i].id),
                     s->scenes[i].is_ending
                         ? _("the ending '%s' reads at %.1f (Fernández-Huerta, %s). Aim for "
                             "%.0f or more in each scene: shorter sentences, shorter words.")
                         : _("the scene '%s' reads at %.1f (Fernández-Huerta, %s). Aim for "
                             "%.0f or more in each scene: shorter sentences, shorter words."),
                     s->scenes[i].id, e, readability_fernandez_huerta_band(e),
                     READING_ES_SCENE_MIN);
    }
    double fh = readability_fernandez_huerta(&all), sz = readability_szigriszt(&all);
    if (all.words > 0 && fh < READABILITY_ES_MIN)
        diag_add(d, DIAG_WARNING, po_file, 0, _("the story reads at %.1f as a whole "
                 "(Fernández-Huerta, %s). Aim for %.0f or more (bastante fácil)."), fh,
                 readability_fernandez_huerta_band(fh), READABILITY_ES_MIN);
    if (!quiet && all.words > 0)
        printf(_("%s: reading ease %.1f (Fernández-Huerta, %s), %.1f (Szigriszt-Pazos, INFLESZ "
                 "%s); %ld words, %ld sentences, %ld syllables.\n"), po_file, fh,
               readability_fernandez_huerta_band(fh), sz, readability_inflesz_band(sz),
               all.words, all.sentences, all.syllables);
}

int cli_check_lang(const char *path, const char *lang, bool quiet, int *errors, int *warnings)
{
    DiagList d = {0};
    Story *s = loader_load_file(path, NULL, &d);
    char *po_path = s ? story_lang_find_po(path, s->id, lang) : NULL;
    if (s && !po_path) {
        char *want = story_lang_default_po(path, s->id, lang);
        diag_add(&d, DIAG_NOTE, path, s->line, _("no %s translation of '%s' (looked for %s and "
                 "in your stories folder). beside translate extract %s --lang %s starts one."),
                 lang, s->id, want ? want : "LANG/ID.po", s->id, lang);
        free(want);
    }
    if (s && po_path) {
        PoFile po = {0};
        story_lang_read_po(po_path, &po, &d);
        LangCheck c = {.d = &d, .story_file = path, .po_file = po_path, .lang = lang, .id = s->id};
        TrCount n = translate_status(s, &po, one_problem, &c);
        if (!quiet)
            printf(_("%s: %d of %d lines translated, %d missing, %d to review.\n"), po_path,
                   n.translated, n.lines, n.missing, n.fuzzy);
        if (translate_apply(s, &po, NULL) == 0 && strncmp(lang, "es", 2) == 0)
            spanish_reading(s, &po, &d, po_path, quiet);
        po_free(&po);
    }
    diag_sort(&d);
    diag_print(&d, stdout);
    *errors += diag_count(&d, DIAG_ERROR);
    *warnings += diag_count(&d, DIAG_WARNING);
    diag_list_clear(&d);
    free(po_path);
    story_free(s);
    return 0;
}
