/* bench_scale.c — what a big story costs: loading it, and `beside check` as
 * a whole process, for stories of 100 to 50,000 scenes. Prints figures;
 * asserts nothing (speed is measured here, never in tests).
 *
 *   bench_scale [--beside PATH] [--runs N] [SCENES ...]
 *
 * Defaults: the beside of the same build, 5 runs, 100 1000 10000 50000.
 * Each size is written twice to a new folder under $TMPDIR (or /tmp): plain
 * (one block per scene) and compact (a Lua loop declaring the same scenes).
 * For each it prints the file's size; the load in this process (CPU time,
 * first and best of 3) or why it failed; the time to find its twins; and `beside check FILE` run --runs times:
 * the median and best wall time, the median CPU time (user + system, which
 * a busy machine changes less), the peak RSS, and the last line check
 * printed; then the same for `beside explore FILE` on the plain file (once
 * from 10,000 scenes: it takes tens of seconds there). How to read them:
 * bench/README.md. */
#define _GNU_SOURCE /* wait4 */
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/text.h"
#include "core/twins.h"
#include "script/loader.h"
#include "story_gen.h"

#ifndef BENCH_BESIDE
#define BENCH_BESIDE "build/beside"
#endif

extern char **environ;

enum { MAX_RUNS = 50 };

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static int write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    size_t n = strlen(text);
    int bad = fwrite(text, 1, n, f) != n;
    bad |= fclose(f) != 0;
    return bad ? -1 : 0;
}

static double cpu_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Loads `path` three times in this process. Prints the CPU times (the clock
 * times follow how busy the machine is), or the first problem when it does
 * not load. */
static void bench_load(const char *path)
{
    double first = 0, best = 1e9, wall = 0;
    for (int k = 0; k < 3; k++) {
        DiagList d = {0};
        double t0 = cpu_s(), w0 = now_s();
        Story *s = loader_load_file(path, NULL, &d);
        double t = cpu_s() - t0;
        wall += now_s() - w0;
        if (!s) {
            printf("  load: FAILS: %s\n", d.count > 0 ? d.items[0].message : "?");
            diag_list_clear(&d);
            return;
        }
        if (k == 0) {
            double t1 = cpu_s();
            int pairs = twins_find(s, NULL, 0);
            printf("  twins in process: %8.1f ms CPU, %d pairs (the same words, a rescue and not)\n",
                   (cpu_s() - t1) * 1e3, pairs);
        }
        story_free(s);
        diag_list_clear(&d);
        if (k == 0)
            first = t;
        if (t < best)
            best = t;
    }
    printf("  load in process:  %8.1f ms CPU first, %.1f ms best of 3 (%.1f ms clock, mean)\n",
           first * 1e3, best * 1e3, wall / 3 * 1e3);
}

/* Runs argv once with stdout into `out` (stderr to /dev/null). Fills the
 * wall and CPU seconds and the peak RSS in KB. Returns the exit status, or
 * -1 when it could not run or was killed. */
static int run(char *const argv[], const char *out, double *wall, double *cpu, long *rss_kb)
{
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid;
    double t0 = now_s();
    int rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0) {
        fprintf(stderr, "bench_scale: cannot start %s: %s\n", argv[0], strerror(rc));
        return -1;
    }
    int status;
    struct rusage ru;
    while (wait4(pid, &status, 0, &ru) < 0)
        if (errno != EINTR)
            return -1;
    *wall = now_s() - t0;
    *cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
           (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
    *rss_kb = ru.ru_maxrss;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* The last non-empty line of a file, into buf. */
static void last_line(const char *path, char *buf, size_t size)
{
    buf[0] = '\0';
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    char line[1024];
    while (fgets(line, sizeof line, f))
        if (line[0] != '\n')
            snprintf(buf, size, "%.*s", (int)(size - 1), line);
    fclose(f);
    buf[strcspn(buf, "\n")] = '\0';
}

/* `beside CMD FILE` run `runs` times as a whole process: the median and best
 * clock time, the median CPU time, the peak RSS and what it said last. */
static void bench_process(const char *beside, const char *cmd, const char *path, const char *out,
                          int runs)
{
    double wall[MAX_RUNS], cpu[MAX_RUNS], best = 1e9;
    long rss = 0;
    int status = 0;
    char *argv[] = {(char *)beside, (char *)cmd, (char *)path, NULL};
    for (int k = 0; k < runs; k++) {
        long r;
        status = run(argv, out, &wall[k], &cpu[k], &r);
        if (status < 0) {
            printf("  beside %s: did not finish\n", cmd);
            return;
        }
        if (wall[k] < best)
            best = wall[k];
        if (r > rss)
            rss = r;
    }
    char said[200];
    last_line(out, said, sizeof said);
    printf("  beside %-8s %8.1f ms median of %d (best %.1f), CPU %.1f ms, peak RSS %.1f MB, "
           "exit %d\n", cmd, median(wall, runs) * 1e3, runs, best * 1e3, median(cpu, runs) * 1e3,
           (double)rss / 1024, status);
    printf("                    it said: %s\n", said);
}

static void bench_size(const char *beside, const char *dir, int scenes, int runs)
{
    for (int compact = 0; compact < 2; compact++) {
        char id[64], path[1024], out[1024];
        snprintf(id, sizeof id, "bench-%d%s", scenes, compact ? "-compact" : "");
        snprintf(path, sizeof path, "%s/%s.lua", dir, id);
        snprintf(out, sizeof out, "%s/%s.out", dir, id);
        char *text = story_gen(scenes, id, compact);
        if (!text || write_file(path, text) < 0) {
            fprintf(stderr, "bench_scale: cannot write %s\n", path);
            free(text);
            return;
        }
        printf("\n%d scenes, %s: %.2f MB\n", scenes, compact ? "compact" : "plain",
               (double)strlen(text) / 1e6);
        free(text);
        bench_load(path);
        bench_process(beside, "check", path, out, runs);
        /* explore plays up to 2 million states, then random playthroughs:
         * tens of seconds from 10,000 scenes, so once there. */
        if (!compact)
            bench_process(beside, "explore", path, out, scenes >= 10000 ? 1 : runs);
        unlink(out);
        unlink(path);
    }
}

int main(int argc, char **argv)
{
    const char *beside = BENCH_BESIDE;
    int runs = 5, sizes[16], n_sizes = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--beside") == 0 && i + 1 < argc)
            beside = argv[++i];
        else if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = atoi(argv[++i]);
        else if (atoi(argv[i]) >= 2 && n_sizes < 16)
            sizes[n_sizes++] = atoi(argv[i]);
        else {
            fprintf(stderr, "usage: bench_scale [--beside PATH] [--runs N] [SCENES ...]\n");
            return 2;
        }
    }
    if (runs < 1 || runs > MAX_RUNS)
        runs = 5;
    if (n_sizes == 0) {
        int d[] = {100, 1000, 10000, 50000};
        for (n_sizes = 0; n_sizes < 4; n_sizes++)
            sizes[n_sizes] = d[n_sizes];
    }
    const char *tmp = getenv("TMPDIR");
    char dir[512];
    snprintf(dir, sizeof dir, "%s/bench-scale-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir)) {
        fprintf(stderr, "bench_scale: cannot make a folder in %s\n", tmp ? tmp : "/tmp");
        return 1;
    }
    setvbuf(stdout, NULL, _IOLBF, 0); /* each line as it comes, also into a file */
    printf("Beside at scale: %s, %d runs of check per story\n", beside, runs);
    double w, c;
    long r;
    char *ver[] = {(char *)beside, "--version", NULL};
    char out[600];
    snprintf(out, sizeof out, "%s/version.out", dir);
    if (run(ver, out, &w, &c, &r) == 0)
        printf("beside --version (the floor): %.1f ms, peak RSS %.1f MB\n", w * 1e3,
               (double)r / 1024);
    unlink(out);
    for (int i = 0; i < n_sizes; i++)
        bench_size(beside, dir, sizes[i], runs);
    rmdir(dir);
    return 0;
}
