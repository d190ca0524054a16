/* explore_report.c — what explore and its playthroughs record as they play:
 * problems, scenes and choices reached, dead ends, endings (explore_internal.h);
 * and freeing a report. */
#include <stdlib.h>
#include <string.h>

#include "core/explore_internal.h"
#include "core/i18n.h"

/* Records a problem from the story's functions once per distinct message. */
void explore_note_problem(ExploreReport *r, const Story *s, char *err)
{
    const char *m = err ? err : _("out of memory");
    for (int i = 0; i < r->problems.count; i++)
        if (strcmp(r->problems.items[i].message, m) == 0) {
            free(err);
            return;
        }
    diag_add(&r->problems, DIAG_ERROR, NULL, 0, "%s", m);
    (void)s;
    free(err);
}

void explore_mark_reached(ExploreReport *r, int scene, int choice)
{
    r->scene_reached[scene] = true;
    if (choice >= 0)
        r->choice_reached[scene][choice] = true;
}

void explore_note_dead_end(ExploreReport *r, int scene)
{
    if (r->dead_ends++ == 0)
        r->dead_end_scene = scene;
    r->dead_end_at[scene] = true;
}

void explore_note_ending(ExploreReport *r, const Story *s, int scene, const uint8_t *meters,
                         double paths)
{
    for (int e = 0; e < r->n_endings; e++) {
        EndingStat *es = &r->endings[e];
        if (es->scene != scene)
            continue;
        if (es->paths == 0) {
            memcpy(es->min, meters, sizeof es->min);
            memcpy(es->max, meters, sizeof es->max);
        }
        es->paths += paths;
        for (int m = 0; m < s->n_meters; m++) {
            if (meters[m] < es->min[m])
                es->min[m] = meters[m];
            if (meters[m] > es->max[m])
                es->max[m] = meters[m];
        }
    }
}

int explore_path_alloc(ExplorePath *p, int length)
{
    p->length = length;
    p->scenes = malloc(sizeof(int) * (size_t)(length + 1));
    p->choices = malloc(sizeof(int) * (size_t)(length + 1));
    return p->scenes && p->choices ? 0 : -1;
}

void explore_report_free(const Story *s, ExploreReport *r)
{
    if (r->choice_reached)
        for (int i = 0; i < s->n_scenes; i++)
            free(r->choice_reached[i]);
    free(r->choice_reached);
    free(r->scene_reached);
    free(r->dead_end_at);
    free(r->endings);
    free(r->shortest.scenes);
    free(r->shortest.choices);
    free(r->longest.scenes);
    free(r->longest.choices);
    diag_list_clear(&r->problems);
    explore_targets_free(s, r);
    memset(r, 0, sizeof *r);
}
