/* standing.c — the title screen's summary of the player's progress. */
#include "app/standing.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "core/text.h"

/* True when ending k of list[i] was already counted, at an earlier
 * playthrough of the same story or earlier in this one. */
static bool ending_seen(const PlaythroughInfo *list, int i, int k)
{
    for (int j = 0; j <= i; j++) {
        if (strcmp(list[j].story_id, list[i].story_id) != 0)
            continue;
        for (int m = 0; m < list[j].n_endings && (j < i || m < k); m++)
            if (strcmp(list[j].endings[m], list[i].endings[k]) == 0)
                return true;
    }
    return false;
}

void standing_read(Profile *p, Standing *out)
{
    memset(out, 0, sizeof *out);
    if (!p)
        return;
    char *err = NULL;
    if (profile_last_unfinished(p, &out->resume, &out->story_id, &out->state, &err) < 0) {
        out->resume = 0;
        free(err);
        err = NULL;
    }
    PlaythroughInfo *list = NULL;
    int n = 0;
    if (profile_playthroughs(p, NULL, &list, &n, &err) == 0) {
        for (int i = 0; i < n; i++) {
            if (list[i].id == out->resume && list[i].story_title && !out->title)
                out->title = text_dup(list[i].story_title);
            bool seen = false; /* each story counted once */
            for (int j = 0; j < i && !seen; j++)
                seen = strcmp(list[j].story_id, list[i].story_id) == 0;
            out->stories_played += !seen && (list[i].n_choices > 0 || list[i].finished);
            for (int k = 0; k < list[i].n_endings; k++)
                out->endings_found += !ending_seen(list, i, k);
        }
    }
    playthrough_infos_free(list, n);
    free(err);
}

void standing_free(Standing *s)
{
    if (!s)
        return;
    free(s->story_id);
    free(s->state);
    free(s->title);
    memset(s, 0, sizeof *s);
}
