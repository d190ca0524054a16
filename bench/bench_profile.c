/* bench_profile.c — what saving costs: one choice (profile_save, synced to
 * the disk), one journal keystroke (profile_journal_save), opening the
 * profile. Prints figures; asserts nothing.
 *
 *   bench_profile [FOLDER]   (default: a new folder under $TMPDIR or /tmp)
 *
 * Give a folder on the disk you care about (the default may be a RAM disk):
 * the cost of a synced save is the disk's fsync. The story is the shipped
 * nina-and-tom, played with random choices, going back to the start at
 * each ending. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/text.h"
#include "profile/profile.h"
#include "script/library.h"
#include "script/loader.h"

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int compare(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static void report(const char *what, double *us, int n)
{
    qsort(us, (size_t)n, sizeof *us, compare);
    double sum = 0;
    for (int i = 0; i < n; i++)
        sum += us[i];
    printf("%-34s %6d calls  median %8.1f us  mean %8.1f us  p95 %8.1f us  max %8.1f us\n",
           what, n, us[n / 2], sum / n, us[n * 95 / 100], us[n - 1]);
}

int main(int argc, char **argv)
{
    const char *base = getenv("TMPDIR");
    char *dir = argc > 1 ? text_dup(argv[1])
                         : text_format("%s/beside-bench-XXXXXX", base && *base ? base : "/tmp");
    if (argc <= 1 && !mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    char *path = text_format("%s/bench-profile.db", dir);
    char *file = text_format("%s/nina-and-tom.lua", BENCH_SCRIPTS);
    DiagList d = {0};
    Story *s = loader_load_file(file, NULL, &d);
    if (!s) {
        fprintf(stderr, "cannot load %s\n", file);
        return 1;
    }
    diag_list_clear(&d);
    printf("profile: %s\n", path);

    enum { N = 400, KEYS = 2000, OPENS = 50 };
    static double us[KEYS];
    char *notice = NULL, *err = NULL;
    Profile *p = profile_open(path, &notice, &err);
    if (!p) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    int64_t pt = profile_begin(p, s, &err);
    Run r;
    run_init(&r, s);
    unsigned seed = 12345;
    for (int i = 0; i < N; i++) {
        bool rewound = false;
        if (runtime_at_ending(s, &r.pos)) {
            run_rewind(&r, 0, &err);
            rewound = true;
        } else {
            int shown[STORY_MAX_CHOICES];
            int k = runtime_choices(s, &r.pos, shown, &err);
            seed = seed * 1103515245 + 12345;
            run_choose(&r, shown[(seed >> 16) % (unsigned)k], NULL, &err);
        }
        double t0 = now();
        if (profile_save(p, pt, &r, rewound, &err) < 0) {
            fprintf(stderr, "%s\n", err);
            return 1;
        }
        us[i] = (now() - t0) * 1e6;
    }
    report("profile_save (a choice, synced)", us, N);

    /* Typing: a key every 150 ms would be realistic; back to back, most
     * commits are not synced (one a second is). */
    int64_t page = profile_journal_new(p, s->id, NULL, NULL, &err);
    TextBuf body = {0};
    for (int i = 0; i < KEYS; i++) {
        textbuf_puts(&body, i % 7 ? "a" : "é");
        double t0 = now();
        if (profile_journal_save(p, page, body.data, &err) < 0) {
            fprintf(stderr, "%s\n", err);
            return 1;
        }
        us[i] = (now() - t0) * 1e6;
    }
    report("profile_journal_save (a keystroke)", us, KEYS);
    for (int i = 0; i < 50; i++) {
        textbuf_puts(&body, "x");
        nanosleep(&(struct timespec){0, 1000000}, NULL);
        double t0 = now();
        profile_journal_save(p, page, body.data, &err);
        profile_sync(p, &err);
        us[i] = (now() - t0) * 1e6;
    }
    report("journal save + profile_sync", us, 50);
    textbuf_free(&body);
    run_free(&r);
    profile_close(p);

    for (int i = 0; i < OPENS; i++) {
        double t0 = now();
        p = profile_open(path, &notice, &err);
        us[i] = (now() - t0) * 1e6;
        profile_close(p);
    }
    report("profile_open (quick_check included)", us, OPENS);
    story_free(s);
    char *cmd = text_format("rm -f '%s' '%s.lock'", path, path);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", path);
    free(cmd);
    if (argc <= 1)
        rmdir(dir);
    free(path);
    free(file);
    free(dir);
    return 0;
}
