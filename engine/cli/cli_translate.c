/* cli_translate.c — `beside translate extract`: write or update a story's
 * translation catalogue (a gettext .po file; docs/TRANSLATING.md). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"
#include "core/i18n.h"
#include "core/text.h"
#include "core/translate.h"
#include "script/library.h"
#include "script/loader.h"
#include "script/story_lang.h"

static const char *const usage = N_(
    "Usage: beside translate extract STORY [--lang LANG] [--out FILE]\n"
    "\n"
    "Writes the lines of STORY a player sees into a gettext catalogue (.po),\n"
    "for a translator to fill in with Poedit, Weblate or a text editor.\n"
    "\n"
    "With --lang, writes STORYDIR/LANG/ID.po beside the story (for example\n"
    "scripts/es/nina-and-tom.po), or updates it if it is there: new lines are\n"
    "added untranslated, a line whose English changed keeps its translation\n"
    "marked fuzzy (needs review) with the old English beside it, and lines\n"
    "the story no longer has are kept at the end as obsolete. Without --lang,\n"
    "prints a template (.pot) with every translation empty.\n"
    "\n"
    "Each line's id is its scene, field and place (msgctxt) with its English\n"
    "as msgid, so editing other scenes never changes it. The game shows a\n"
    "story in the player's language (--lang of play and window, BESIDE_LANG,\n"
    "or LANG), line by line, in English where a line is not translated.\n"
    "beside check --lang LANG lists what is missing or needs review.\n"
    "\n"
    "Options:\n"
    "  --lang LANG   the language, like es or es_MX\n"
    "  --out FILE    write here instead (- for standard output)\n"
    "  -h, --help    show this help\n"
    "\n"
    "Exit status: 0 written, 1 could not write, 2 usage error.\n"
    "\n"
    "Examples:\n"
    "  beside translate extract nina-and-tom --lang es\n"
    "  beside translate extract my-story.lua --lang fr --out ~/fr/my-story.po\n");

static bool lang_ok(const char *l)
{
    size_t n = strlen(l);
    if (n < 2 || n > 15)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!((l[i] >= 'a' && l[i] <= 'z') || (l[i] >= 'A' && l[i] <= 'Z') || l[i] == '_' ||
              (l[i] == '@' && i > 1)))
            return false;
    return true;
}

/* Writes text to path through a temporary file, making its folder first. */
static int write_file(const char *path, const char *text)
{
    char *dir = text_dup(path);
    char *slash = dir ? strrchr(dir, '/') : NULL;
    if (slash && slash != dir) {
        *slash = '\0';
        if (mkdir(dir, 0777) != 0 && errno != EEXIST)
            fprintf(stderr, _("beside translate: could not make the folder %s: %s.\n"), dir,
                    strerror(errno));
    }
    free(dir);
    char *tmp = text_format("%s.tmp", path);
    FILE *f = tmp ? fopen(tmp, "w") : NULL;
    if (!f) {
        fprintf(stderr, _("beside translate: could not write %s: %s. Give a file you can write "
                        "with --out FILE.\n"), path, strerror(errno));
        free(tmp);
        return -1;
    }
    bool ok = fputs(text, f) >= 0;
    ok = fclose(f) == 0 && ok;
    if (!ok || rename(tmp, path) != 0) {
        fprintf(stderr, _("beside translate: could not write %s: %s.\n"), path, strerror(errno));
        unlink(tmp);
        free(tmp);
        return -1;
    }
    free(tmp);
    return 0;
}

static int extract(const char *ref, const char *lang, const char *out_path)
{
    char *err = NULL;
    char *path = library_find(ref, &err);
    if (!path) {
        fprintf(stderr, "beside translate: %s\n", err ? err : _("out of memory"));
        free(err);
        return EXIT_PROBLEMS;
    }
    Story *s = cli_open_story(path);
    char *target = !s ? NULL : out_path ? text_dup(out_path)
                 : lang ? story_lang_default_po(path, s->id, lang) : text_dup("-");
    PoFile old = {0}, po = {0};
    DiagList d = {0};
    int rc = s && target ? EXIT_OK : EXIT_PROBLEMS;
    bool to_stdout = target && strcmp(target, "-") == 0;
    if (rc == EXIT_OK && !to_stdout && access(target, F_OK) == 0 &&
        story_lang_read_po(target, &old, &d) > 0) {
        diag_print(&d, stderr);
        fprintf(stderr, _("beside translate: %s has problems; fix them first so no "
                        "translation is lost.\n"), target);
        rc = EXIT_PROBLEMS;
    }
    TrMerge st = {0};
    const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    if (rc == EXIT_OK && translate_merge(s, &old, lang ? lang : "", base, &po, &st) < 0)
        rc = EXIT_PROBLEMS;
    char *text = rc == EXIT_OK ? po_write(&po) : NULL;
    if (rc == EXIT_OK && !text)
        rc = EXIT_PROBLEMS;
    if (text && to_stdout)
        fputs(text, stdout);
    else if (text && write_file(target, text) != 0)
        rc = EXIT_PROBLEMS;
    else if (text)
        printf(_("%s: %d lines of %s: %d new, %d unchanged, %d to review (the English "
               "changed), %d no longer in the story (kept at the end, obsolete).\n"),
               target, st.added + st.kept + st.review, s->id, st.added, st.kept, st.review,
               st.obsoleted);
    free(text);
    diag_list_clear(&d);
    po_free(&old);
    po_free(&po);
    free(target);
    story_free(s);
    free(path);
    return rc;
}

int cli_translate(int argc, char **argv)
{
    if (cli_wants_help(argc, argv) || argc < 2) {
        fputs(_(usage), argc < 2 ? stderr : stdout);
        return argc < 2 ? EXIT_USAGE : EXIT_OK;
    }
    if (strcmp(argv[1], "extract") != 0)
        return cli_usage_error("translate", _("'%s' is not something translate does; it does "
                               "extract"), argv[1]);
    const char *story = NULL, *lang = NULL, *out = NULL;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if ((strcmp(a, "--lang") == 0 || strcmp(a, "--out") == 0) && i + 1 >= argc)
            return cli_usage_error("translate", _("%s needs a value"), a);
        if (strcmp(a, "--lang") == 0)
            lang = argv[++i];
        else if (strcmp(a, "--out") == 0)
            out = argv[++i];
        else if (a[0] == '-' && a[1])
            return cli_usage_error("translate", _("'%s' is not an option of translate"), a);
        else if (story)
            return cli_usage_error("translate", _("give one story, not two"));
        else
            story = a;
    }
    if (!story)
        return cli_usage_error("translate", _("say which story: beside translate extract STORY"));
    if (lang && !lang_ok(lang))
        return cli_usage_error("translate", _("'%s' is not a language code; write one like es "
                               "or es_MX"), lang);
    return extract(story, lang, out);
}
