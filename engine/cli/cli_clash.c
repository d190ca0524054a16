/* cli_clash.c — what `beside check` and `beside list` say about stories
 * that share an id (script/library_clash.c): both files, and which one
 * Beside opens for the id. */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "core/diag.h"
#include "core/i18n.h"
#include "core/text.h"

static const char *const order = N_("Beside looks in the folders of $BESIDE_STORIES first, "
                                    "then in the stories that come with Beside, then in your "
                                    "stories folder");

void cli_id_clashes(const Story *s, const char *path, DiagList *d)
{
    char *winner = library_id_winner(s->id, path);
    if (winner)
        diag_add(d, DIAG_WARNING, path, s->line, _("another story has the id '%s': %s. Beside "
                 "opens that one for '%s', not this file (%s), and the two would share "
                 "progress. Give this story an id of its own, and name the file after it."),
                 s->id, winner, s->id, _(order));
    free(winner);
    PathList hidden, winners;
    library_list_hidden(&hidden, &winners);
    for (int i = 0; i < hidden.count; i++)
        if (library_same_file(winners.items[i], path))
            diag_add(d, DIAG_WARNING, path, s->line, _("%s has the same name, so Beside never "
                     "finds it: this file wins (%s). Give one of them another id and file "
                     "name."), hidden.items[i], _(order));
    path_list_free(&hidden);
    path_list_free(&winners);
}

void cli_list_clashes(const PathList *files, char *const *ids)
{
    PathList hidden, winners;
    library_list_hidden(&hidden, &winners);
    for (int i = 0; i < hidden.count; i++)
        printf(_("%s: warning: not listed, because %s has the same name and wins (%s). Give "
               "it another id and file name.\n"), hidden.items[i], winners.items[i], _(order));
    for (int i = 0; i < files->count; i++) {
        for (int j = i + 1; j < files->count; j++) {
            if (!ids[i] || !ids[j] || strcmp(ids[i], ids[j]) != 0)
                continue;
            char *err = NULL, *win = library_find(ids[i], &err);
            if (win)
                printf(_("%s: warning: %s has the same id, '%s'. Beside opens %s for it; give "
                       "the one it does not open an id of its own.\n"),
                       files->items[j], files->items[i], ids[i], win);
            else
                printf(_("%s: warning: %s has the same id, '%s', and neither file is named "
                       "%s.lua, so neither is found by it. Give each its own id and name the "
                       "file after it.\n"), files->items[j], files->items[i], ids[i], ids[i]);
            free(win);
            free(err);
        }
    }
    path_list_free(&hidden);
    path_list_free(&winners);
}
