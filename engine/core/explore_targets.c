/* explore_targets.c — where the choices whose next is a story function
 * went, as exploring saw them, for the map (beside graph). */
#include <stdlib.h>

#include "core/explore_internal.h"

int explore_note_target(ExploreReport *r, const Story *s, int scene, int choice, int target)
{
    if (!s->scenes[scene].choices[choice].next_host_ref)
        return 0;
    if (!r->next_targets &&
        !(r->next_targets = calloc((size_t)s->n_scenes + 1, sizeof *r->next_targets)))
        return -1;
    ExploreTargets **row = &r->next_targets[scene];
    if (!*row && !(*row = calloc((size_t)s->scenes[scene].n_choices + 1, sizeof **row)))
        return -1;
    ExploreTargets *t = &(*row)[choice];
    for (int i = 0; i < t->count; i++)
        if (t->scenes[i] == target)
            return 0;
    int *grown = realloc(t->scenes, sizeof *grown * (size_t)(t->count + 1));
    if (!grown)
        return -1;
    t->scenes = grown;
    t->scenes[t->count++] = target;
    return 0;
}

void explore_targets_free(const Story *s, ExploreReport *r)
{
    if (!r->next_targets)
        return;
    for (int i = 0; i < s->n_scenes; i++) {
        if (!r->next_targets[i])
            continue;
        for (int c = 0; c < s->scenes[i].n_choices; c++)
            free(r->next_targets[i][c].scenes);
        free(r->next_targets[i]);
    }
    free(r->next_targets);
    r->next_targets = NULL;
}
