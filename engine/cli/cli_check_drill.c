/* cli_check_drill.c — `beside check` on Spot it item files: each item's
 * fields, grade and idea, and the balance of the whole bank the game plays
 * (these files with every other drill file Beside finds). */
#define _XOPEN_SOURCE 700 /* realpath */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "core/drill_round.h"
#include "core/i18n.h"
#include "core/text.h"
#include "script/drill_load.h"

/* realpath() of a file, or a copy of its name when it has none. */
static char *real_of(const char *path)
{
    char buf[PATH_MAX];
    return text_dup(realpath(path, buf) ? buf : path);
}

/* The other drill files of the library, those not among `checked`, loaded
 * quietly: their own problems are theirs to check, not this run's. */
static void load_rest(DrillBank *bank, const PathList *checked)
{
    PathList lib;
    library_list_drill(&lib);
    DiagList ignored = {0};
    for (int i = 0; i < lib.count; i++) {
        char *r = real_of(lib.items[i]);
        bool same = false;
        for (int j = 0; j < checked->count && !same; j++) {
            char *c = real_of(checked->items[j]);
            same = r && c && strcmp(r, c) == 0;
            free(c);
        }
        free(r);
        if (!same)
            drill_load_file(lib.items[i], bank, &ignored);
    }
    diag_list_clear(&ignored);
    path_list_free(&lib);
}

static void print_summary(const DrillBank *bank)
{
    DrillCounts c;
    drill_count(bank, &c);
    printf(_("Spot it bank: %d items;"), c.total);
    for (int k = 0; k < KIND_COUNT; k++)
        printf(" %s %d%s", story_kind_name((ChoiceKind)k), c.by_kind[k],
               k + 1 < KIND_COUNT ? "," : ".");
    printf(_(" Always answering \"support\" scores %.1f%%."), 100.0 *
           drill_one_answer_score(&c, KIND_SUPPORT));
    printf(_(" Check forms: A %d, B %d items.\n"), c.by_form[0], c.by_form[1]);
}

int cli_check_drill(const PathList *files, bool quiet, int *errors, int *warnings)
{
    DrillBank bank = {0};
    DiagList d = {0};
    for (int i = 0; i < files->count; i++)
        drill_load_file(files->items[i], &bank, &d);
    int mine = bank.count;
    load_rest(&bank, files);
    char **ideas = NULL, *where = NULL;
    int n_ideas = drill_ideas_find(files->count ? files->items[0] : NULL, &ideas, &where);
    DrillCheckOptions opt = {
        .ideas = n_ideas >= 0 ? (const char *const *)ideas : NULL,
        .n_ideas = n_ideas,
        .files = (const char *const *)files->items,
        .n_files = files->count,
    };
    drill_check(&bank, &opt, &d);
    char why[300];
    DrillCounts c;
    drill_count(&bank, &c);
    if ((c.by_form[0] || c.by_form[1]) && mine > 0 &&
        !drill_forms_matched(&bank, why, sizeof why))
        diag_add(&d, DIAG_WARNING, bank.items[0].file, bank.items[0].line, _("the check forms "
                 "are not matched: %s Tag items form = \"A\" or form = \"B\" in pairs of the "
                 "same kind and difficulty."), why);
    diag_sort(&d);
    diag_print(&d, stdout);
    *errors += diag_count(&d, DIAG_ERROR);
    *warnings += diag_count(&d, DIAG_WARNING);
    if (n_ideas < 0) {
        fputs("note: ", stdout); /* the word tools read stays English, as diag_print's */
        printf(_("the items' ideas were not checked: Beside found no docs/IDEAS.md (it "
                 "looked in %s).\n"), where ? where : _("the usual places"));
    }
    if (!quiet)
        print_summary(&bank);
    drill_ideas_free(ideas, n_ideas > 0 ? n_ideas : 0);
    free(where);
    diag_list_clear(&d);
    drill_bank_free(&bank);
    return 0;
}
