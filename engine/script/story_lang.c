/* story_lang.c — finding a story's catalogue and loading a story in the
 * player's language (story_lang.h). */
#include "script/story_lang.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/i18n.h"
#include "core/text.h"
#include "core/translate.h"
#include "script/library.h"
#include "script/loader.h"

void story_lang_current(const char *option, char *out, size_t n)
{
    const char *const sources[6] = {option, getenv("BESIDE_LANG"), getenv("LANGUAGE"),
                                    getenv("LC_ALL"), getenv("LC_MESSAGES"), getenv("LANG")};
    translate_pick_lang(sources, out, n);
}

static char *dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return text_dup(".");
    return text_format("%.*s", (int)(slash - path > 0 ? slash - path : 1), path);
}

char *story_lang_default_po(const char *story_path, const char *id, const char *lang)
{
    char *dir = dir_of(story_path);
    char *p = dir ? text_format("%s/%s/%s.po", dir, lang, id) : NULL;
    free(dir);
    return p;
}

char *story_lang_find_po(const char *story_path, const char *id, const char *lang)
{
    if (!lang || !lang[0] || !id || strchr(id, '/') || strchr(lang, '/'))
        return NULL;
    char *dirs[2] = {library_user_dir(), dir_of(story_path)};
    size_t base = strcspn(lang, "_");
    char *found = NULL;
    for (int d = 0; d < 2 && !found; d++) {
        for (int short_form = 0; short_form < 2 && dirs[d] && !found; short_form++) {
            if (short_form && lang[base] == '\0')
                break;
            char *p = text_format("%s/%.*s/%s.po", dirs[d], short_form ? (int)base : (int)strlen(lang),
                                  lang, id);
            if (p && access(p, R_OK) == 0)
                found = p;
            else
                free(p);
        }
    }
    free(dirs[0]);
    free(dirs[1]);
    return found;
}

int story_lang_read_po(const char *path, PoFile *out, DiagList *diags)
{
    char *err = NULL;
    size_t len = 0;
    char *text = loader_read_file(path, LOADER_MAX_FILE, &len, &err);
    if (!text) {
        diag_add(diags, DIAG_ERROR, path, 0, "%s", err ? err : _("this file could not be read."));
        free(err);
        return 1;
    }
    int errors = po_parse(path, text, len, out, diags);
    free(text);
    return errors;
}

Story *story_lang_load(const char *path, const char *lang, const SandboxLimits *limits,
                       DiagList *diags)
{
    Story *s = loader_load_file(path, limits, diags);
    if (!s || !lang || !lang[0])
        return s;
    char *po_path = story_lang_find_po(path, s->id, lang);
    if (po_path) {
        PoFile po = {0};
        DiagList ignored = {0}; /* beside check --lang shows these; play goes on */
        story_lang_read_po(po_path, &po, &ignored);
        translate_apply(s, &po, NULL);
        diag_list_clear(&ignored);
        po_free(&po);
        free(po_path);
    }
    return s;
}

Story *story_lang_load_for_player(const char *path, DiagList *diags)
{
    char lang[32];
    story_lang_current(NULL, lang, sizeof lang);
    return story_lang_load(path, lang, NULL, diags);
}
