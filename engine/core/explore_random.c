/* explore_random.c — N seeded random playthroughs, for stories with too
 * many states to play every path. Same seed, same report. */
#include <stdlib.h>
#include <string.h>

#include "core/explore_internal.h"
#include "core/runtime.h"

static uint64_t splitmix(uint64_t *x)
{
    uint64_t z = (*x += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

int explore_random_runs(const Story *s, const ExploreOptions *opt, ExploreReport *r)
{
    uint64_t rng = opt->seed;
    int max_steps = opt->max_steps > 0 ? opt->max_steps : 10000;
    int *sc = malloc(sizeof(int) * (size_t)max_steps), *ch = malloc(sizeof(int) * (size_t)max_steps);
    if (!sc || !ch) {
        free(sc);
        free(ch);
        return -1;
    }
    for (long run = 0; run < opt->random_runs; run++) {
        Position p;
        runtime_start(s, &p);
        int len = 0;
        for (;;) {
            explore_mark_reached(r, p.scene, -1);
            if (s->scenes[p.scene].is_ending)
                break;
            int shown[STORY_MAX_CHOICES];
            char *err = NULL;
            int n = runtime_choices(s, &p, shown, &err);
            if (n <= 0) {
                if (n < 0)
                    explore_note_problem(r, s, err);
                else
                    explore_note_dead_end(r, p.scene);
                break;
            }
            if (len == max_steps) {
                if (!r->has_loop) {
                    r->has_loop = true;
                    r->loop_scene = p.scene;
                }
                break;
            }
            int choice = shown[splitmix(&rng) % (uint64_t)n];
            Position q;
            r->steps++;
            if (runtime_step(s, &p, choice, &q, NULL, &err) < 0) {
                explore_note_problem(r, s, err);
                break;
            }
            explore_mark_reached(r, p.scene, choice);
            if (explore_note_target(r, s, p.scene, choice, q.scene) < 0) {
                free(sc);
                free(ch);
                return -1;
            }
            sc[len] = p.scene;
            ch[len] = choice;
            len++;
            p = q;
        }
        if (!s->scenes[p.scene].is_ending)
            continue;
        r->paths += 1;
        explore_note_ending(r, s, p.scene, p.meters, 1);
        for (int which = 0; which < 2; which++) {
            ExplorePath *best = which ? &r->longest : &r->shortest;
            bool better = !best->scenes || (which ? len > best->length : len < best->length);
            if (!better)
                continue;
            free(best->scenes);
            free(best->choices);
            if (explore_path_alloc(best, len) < 0) {
                free(sc);
                free(ch);
                return -1;
            }
            memcpy(best->scenes, sc, sizeof(int) * (size_t)len);
            memcpy(best->choices, ch, sizeof(int) * (size_t)len);
            best->end_scene = p.scene;
        }
    }
    free(sc);
    free(ch);
    return 0;
}
