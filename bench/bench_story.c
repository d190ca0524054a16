/* bench_story.c — how fast Beside loads, checks and explores big stories.
 * Prints figures; asserts nothing (speed is measured here, never in tests).
 *
 *   bench_story [SCENES]   (default 10000)
 *
 * The generated story is story_gen.c's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "core/explore.h"
#include "core/lint.h"
#include "core/text.h"
#include "script/library.h"
#include "script/loader.h"
#include "story_gen.h"

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static long peak_rss_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

static void bench(int scenes, long max_states)
{
    char *src = story_gen(scenes, "bench", false);
    if (!src)
        return;
    size_t len = strlen(src);
    DiagList d = {0};
    /* The first load in a process pays for fresh heap pages; later ones show
     * the steady cost. Both are printed. */
    double first = 0, best = 1e9, t0 = 0, t1 = 0;
    Story *s = NULL;
    for (int k = 0; k < 3; k++) {
        story_free(s);
        t0 = now();
        s = loader_load_text("bench.lua", src, len, NULL, &d);
        t1 = now();
        if (k == 0)
            first = t1 - t0;
        if (t1 - t0 < best)
            best = t1 - t0;
    }
    if (!s) {
        diag_print(&d, stderr);
        free(src);
        return;
    }
    printf("\n%d scenes (%.1f MB of story text)\n", scenes, (double)len / 1e6);
    printf("  load:                 %8.1f ms first, %.1f ms at best of 3\n", first * 1e3, best * 1e3);
    LintOptions lo = {.play_limit = 1}; /* no search of every path */
    double t2 = now();
    lint_story(s, &lo, &d);
    double t3 = now();
    printf("  check (no full search): %6.1f ms\n", (t3 - t2) * 1e3);
    printf("  load + check:         %8.1f ms first, %.1f ms at best\n", (first + t3 - t2) * 1e3,
           (best + t3 - t2) * 1e3);

    ExploreOptions eo = {.max_states = max_states};
    ExploreReport r;
    if (explore_run(s, &eo, &r) == 0) {
        printf("  explore every path:   %8.0f choices/s (%ld choices, %ld states%s, %.3f s)\n",
               (double)r.steps / r.seconds, r.steps, r.states,
               r.truncated ? ", stopped at the limit" : "", r.seconds);
        if (!r.truncated)
            printf("                        %.3g paths\n", r.paths);
        explore_report_free(s, &r);
    }
    ExploreOptions ro = {.random_runs = scenes > 100 ? 2000 : 100000, .seed = 1};
    if (explore_run(s, &ro, &r) == 0) {
        printf("  explore random:       %8.0f choices/s (%ld playthroughs, %ld choices, %.3f s)\n",
               (double)r.steps / r.seconds, ro.random_runs, r.steps, r.seconds);
        explore_report_free(s, &r);
    }
    printf("  peak RSS so far:      %8.1f MB\n", (double)peak_rss_kb() / 1024);
    story_free(s);
    diag_list_clear(&d);
    free(src);
}

/* Every path of each shipped story, as authors and tests run it. */
static void bench_shipped(void)
{
    PathList files = {0};
    library_list_dir(BENCH_SCRIPTS, &files);
    for (int i = 0; i < files.count; i++) {
        DiagList d = {0};
        double t0 = now();
        Story *s = loader_load_file(files.items[i], NULL, &d);
        double t1 = now();
        if (!s) {
            diag_list_clear(&d);
            continue;
        }
        ExploreOptions eo = {0};
        ExploreReport r;
        if (explore_run(s, &eo, &r) == 0) {
            printf("%s: %d scenes, load %.1f ms, every path (%.0f paths, %ld states, %ld "
                   "choices) in %.1f ms\n", s->id, s->n_scenes, (t1 - t0) * 1e3, r.paths,
                   r.states, r.steps, r.seconds * 1e3);
            explore_report_free(s, &r);
        }
        story_free(s);
        diag_list_clear(&d);
    }
    path_list_free(&files);
}

int main(int argc, char **argv)
{
    int scenes = argc > 1 ? atoi(argv[1]) : 10000;
    if (scenes < 2)
        scenes = 2;
    printf("Beside story benchmark\n\n");
    bench_shipped();
    bench(40, 2000000);
    bench(scenes, 2000000);
    return 0;
}
