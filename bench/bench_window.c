/* bench_window.c — how fast the game window starts, how much memory it holds,
 * how still it sits when idle, and how long its frames take while the meters
 * slide. Prints figures; asserts nothing (the targets are shown beside them).
 *
 *   bench_window [--beside PATH] [--runs N] [--story ID] [--choices N]
 *                [--idle SECONDS] [--renderer NAME]...
 *
 * How to run it and what each figure means: bench/README.md.
 *
 * Runs on the X display in $DISPLAY (bench/window_bench.sh starts an Xvfb for
 * it) and drives the window with xdotool. Every measurement is taken from
 * outside the process: the exec time and wait4() here, /proc/PID for CPU and
 * memory, and the app's own bench hooks — BESIDE_BENCH_FIRST_FRAME=1 (print
 * `first-frame <CLOCK_MONOTONIC>` on stdout after the first present, then
 * exit) and BESIDE_BENCH_FRAMES=1 (print `frame-ms <ms> screen=<name>
 * animating=<0|1>` on stderr for every frame). */
#define _GNU_SOURCE /* wait4 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef BENCH_BESIDE
#define BENCH_BESIDE "build/beside"
#endif

extern char **environ;

enum { MAX_RENDERERS = 4, TARGET_FIRST_MS = 150, TARGET_RSS_MB = 60 };
static const double TARGET_IDLE_PCT = 1.0;

static const char *beside = BENCH_BESIDE;
static const char *story = "nina-and-tom";
static int runs = 20, choices = 8, idle_s = 10;

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void sleep_ms(int ms)
{
    struct timespec t = {ms / 1000, (long)(ms % 1000) * 1000000L};
    while (nanosleep(&t, &t) < 0 && errno == EINTR)
        ;
}

/* ---- figures ---- */

typedef struct {
    double *v;
    int n, cap;
} Samples;

static void samples_add(Samples *s, double x)
{
    if (s->n == s->cap) {
        int cap = s->cap ? s->cap * 2 : 64;
        double *v = realloc(s->v, (size_t)cap * sizeof *v);
        if (!v)
            return;
        s->v = v, s->cap = cap;
    }
    s->v[s->n++] = x;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* The nearest-rank percentile (0..100) of the samples; 0 when there are none. */
static double percentile(Samples *s, double p)
{
    if (s->n == 0)
        return 0;
    qsort(s->v, (size_t)s->n, sizeof *s->v, cmp_double);
    int k = (int)(p / 100.0 * s->n + 0.999999) - 1;
    return s->v[k < 0 ? 0 : k >= s->n ? s->n - 1 : k];
}

static double median(Samples *s)
{
    if (s->n == 0)
        return 0;
    qsort(s->v, (size_t)s->n, sizeof *s->v, cmp_double);
    return s->n % 2 ? s->v[s->n / 2] : (s->v[s->n / 2 - 1] + s->v[s->n / 2]) / 2;
}

static const char *mark(double value, double target)
{
    return value <= target ? "ok" : "OVER";
}

/* ---- child processes ---- */

/* Starts argv with stdout and stderr going to the given pipe ends (-1: to
 * /dev/null). *t0 is the monotonic time taken just before the exec. Returns
 * the pid, or -1 with a message printed. */
static pid_t spawn(char *const argv[], int out_fd, int err_fd, double *t0)
{
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    if (out_fd >= 0)
        posix_spawn_file_actions_adddup2(&fa, out_fd, 1);
    else
        posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    if (err_fd >= 0)
        posix_spawn_file_actions_adddup2(&fa, err_fd, 2);
    else
        posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid;
    if (t0)
        *t0 = now_s();
    int rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0) {
        fprintf(stderr, "bench_window: cannot start %s: %s\n", argv[0], strerror(rc));
        return -1;
    }
    return pid;
}

/* Waits for pid at most timeout_s, then kills it. Returns its exit status
 * (-1 when it had to be killed) and fills *ru. */
static int reap(pid_t pid, double timeout_s, struct rusage *ru)
{
    double end = now_s() + timeout_s;
    int status = 0;
    for (;;) {
        pid_t r = wait4(pid, &status, WNOHANG, ru);
        if (r == pid)
            return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        if (r < 0)
            return -1;
        if (now_s() > end) {
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, ru);
            return -1;
        }
        sleep_ms(5);
    }
}

/* Runs a tool (xdotool) and returns the first line it printed, or NULL when
 * it failed or took longer than timeout_s. The caller frees the line. */
static char *tool(char *const argv[], double timeout_s)
{
    int p[2];
    if (pipe(p) < 0)
        return NULL;
    pid_t pid = spawn(argv, p[1], -1, NULL);
    close(p[1]);
    if (pid < 0) {
        close(p[0]);
        return NULL;
    }
    char buf[256];
    size_t len = 0;
    double end = now_s() + timeout_s;
    for (;;) {
        int left = (int)((end - now_s()) * 1000);
        struct pollfd pf = {p[0], POLLIN, 0};
        if (left <= 0 || poll(&pf, 1, left) <= 0)
            break;
        ssize_t k = read(p[0], buf + len, sizeof buf - 1 - len);
        if (k <= 0)
            break;
        len += (size_t)k;
        if (len == sizeof buf - 1)
            break;
    }
    close(p[0]);
    struct rusage ru;
    int rc = reap(pid, end - now_s() > 0.1 ? end - now_s() : 0.1, &ru);
    buf[len] = '\0';
    buf[strcspn(buf, "\n")] = '\0';
    return rc == 0 ? strdup(buf) : NULL;
}

static bool xdotool(const char *a1, const char *a2, const char *a3)
{
    char *argv[] = {"xdotool", (char *)a1, (char *)a2, (char *)a3, NULL};
    char *out = tool(argv, 5);
    free(out);
    return out != NULL;
}

/* ---- first presented frame ---- */

typedef struct {
    Samples ms, rss_mb;
    int failed;
} FirstFrame;

/* One cold start: exec to the `first-frame` line, and the child's peak RSS. */
static int first_frame_once(char *const argv[], bool hook, double *ms, double *rss_mb)
{
    int p[2];
    if (pipe(p) < 0)
        return -1;
    double t0;
    pid_t pid = spawn(argv, p[1], -1, &t0);
    close(p[1]);
    if (pid < 0) {
        close(p[0]);
        return -1;
    }
    char buf[512];
    size_t len = 0;
    double end = t0 + 20;
    for (;;) {
        int left = (int)((end - now_s()) * 1000);
        struct pollfd pf = {p[0], POLLIN, 0};
        if (left <= 0 || poll(&pf, 1, left) <= 0)
            break;
        ssize_t k = read(p[0], buf + len, sizeof buf - 1 - len);
        if (k <= 0)
            break;
        len += (size_t)k;
        if (len == sizeof buf - 1)
            break;
    }
    double t_eof = now_s();
    close(p[0]);
    buf[len] = '\0';
    struct rusage ru = {0};
    int rc = reap(pid, 5, &ru);
    *rss_mb = (double)ru.ru_maxrss / 1024.0;
    if (!hook) {
        *ms = (t_eof - t0) * 1e3;
        return rc == 0 ? 0 : -1;
    }
    const char *line = strstr(buf, "first-frame ");
    double t1;
    if (rc != 0 || !line || sscanf(line, "first-frame %lf", &t1) != 1)
        return -1;
    *ms = (t1 - t0) * 1e3;
    return 0;
}

static void first_frame(char *const argv[], bool hook, FirstFrame *f)
{
    if (hook)
        setenv("BESIDE_BENCH_FIRST_FRAME", "1", 1);
    for (int i = 0; i < runs; i++) {
        double ms, rss;
        if (first_frame_once(argv, hook, &ms, &rss) < 0) {
            f->failed++;
            continue;
        }
        samples_add(&f->ms, ms);
        samples_add(&f->rss_mb, rss);
    }
    unsetenv("BESIDE_BENCH_FIRST_FRAME");
}

static void print_first_frame(const char *renderer, const char *what, FirstFrame *f, bool target)
{
    if (f->ms.n == 0) {
        printf("  %-12s %-30s  failed in all %d runs (does the window open?)\n", renderer, what,
               runs);
        return;
    }
    double med = median(&f->ms), mx = percentile(&f->ms, 100), mn = percentile(&f->ms, 0);
    double rss = percentile(&f->rss_mb, 100);
    printf("  %-12s %-30s %7.1f %7.1f %7.1f %-4s %8.1f %-4s", renderer, what, med, mn, mx,
           target ? mark(med, TARGET_FIRST_MS) : "", rss, target ? mark(rss, TARGET_RSS_MB) : "");
    if (f->failed)
        printf("  (%d runs failed)", f->failed);
    printf("\n");
}

/* ---- a session: idle, then play ---- */

enum { PHASE_START, PHASE_IDLE, PHASE_PLAY };

typedef struct {
    pid_t pid;
    int fd;              /* the app's stderr */
    char line[1024];
    size_t len;
    int phase;
    char screen[32];     /* the screen of the last frame drawn */
    int frames[3];       /* frames drawn in each phase */
    int anim_frames_seen; /* animating frames since the last key */
    bool still_after_anim; /* a still frame came after them */
    Samples anim_ms, still_ms;
    bool exited;
} Session;

typedef struct {
    char gl[64];
    double idle_pct, idle_pct_ns;
    long idle_wakeups;
    int idle_frames;
    int picked;
    double hwm_mb, exit_rss_mb;
    Samples anim_ms, still_ms;
    const char *problem;
} SessionResult;

static void on_line(Session *s, const char *line)
{
    double ms;
    char screen[32];
    int anim;
    if (sscanf(line, "frame-ms %lf screen=%31s animating=%d", &ms, screen, &anim) != 3) {
        fprintf(stderr, "  (beside says: %s)\n", line);
        return;
    }
    snprintf(s->screen, sizeof s->screen, "%s", screen);
    s->frames[s->phase]++;
    if (s->phase != PHASE_PLAY)
        return;
    samples_add(anim ? &s->anim_ms : &s->still_ms, ms);
    if (anim)
        s->anim_frames_seen++;
    else if (s->anim_frames_seen)
        s->still_after_anim = true;
}

/* Reads the app's stderr for ms milliseconds, or until done(s) is true. */
static void pump(Session *s, int ms, bool (*done)(const Session *))
{
    double end = now_s() + ms / 1e3;
    while (!s->exited && !(done && done(s))) {
        int left = (int)((end - now_s()) * 1000);
        if (left <= 0)
            return;
        struct pollfd pf = {s->fd, POLLIN, 0};
        if (poll(&pf, 1, left) <= 0)
            continue;
        ssize_t k = read(s->fd, s->line + s->len, sizeof s->line - 1 - s->len);
        if (k <= 0) {
            s->exited = true;
            return;
        }
        s->len += (size_t)k;
        char *nl;
        while ((nl = memchr(s->line, '\n', s->len))) {
            *nl = '\0';
            on_line(s, s->line);
            size_t used = (size_t)(nl + 1 - s->line);
            memmove(s->line, nl + 1, s->len - used);
            s->len -= used;
        }
        if (s->len == sizeof s->line - 1)
            s->len = 0; /* a line too long to be ours */
    }
}

static bool first_drawn(const Session *s)
{
    return s->screen[0] != '\0';
}

static bool on_play(const Session *s)
{
    return strcmp(s->screen, "play") == 0;
}

static bool anim_over(const Session *s)
{
    return s->still_after_anim;
}

/* utime + stime of the whole process, in seconds. */
static double cpu_s(pid_t pid)
{
    char path[64], buf[1024];
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    /* Field 2 is "(comm)", which may hold spaces: count from its end. */
    char *p = strrchr(buf, ')');
    unsigned long ut = 0, st = 0;
    if (!p || sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &ut, &st) != 2)
        return -1;
    return (double)(ut + st) / (double)sysconf(_SC_CLK_TCK);
}

/* Time on a CPU of every live thread, from schedstat (nanoseconds, so finer
 * than the clock ticks of /proc/PID/stat). */
static double cpu_ns_s(pid_t pid)
{
    char path[300];
    snprintf(path, sizeof path, "/proc/%d/task", (int)pid);
    DIR *d = opendir(path);
    if (!d)
        return -1;
    double total = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "/proc/%d/task/%.32s/schedstat", (int)pid, e->d_name);
        FILE *f = fopen(path, "r");
        unsigned long long ns;
        if (f && fscanf(f, "%llu", &ns) == 1)
            total += (double)ns / 1e9;
        if (f)
            fclose(f);
    }
    closedir(d);
    return total;
}

/* A number from /proc/PID/status, like "VmHWM:" (kB) or "voluntary_ctxt_switches:". */
static long status_field(pid_t pid, const char *name)
{
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    long v = -1;
    size_t n = strlen(name);
    while (fgets(line, sizeof line, f))
        if (strncmp(line, name, n) == 0) {
            v = strtol(line + n, NULL, 10);
            break;
        }
    fclose(f);
    return v;
}

/* Which GL driver the process loaded, if any: "swrast_dri.so" under Mesa.
 * "?" when the process is gone. */
static void gl_driver(pid_t pid, char *out, size_t cap)
{
    char path[64], line[512];
    snprintf(path, sizeof path, "/proc/%d/maps", (int)pid);
    snprintf(out, cap, "?");
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    snprintf(out, cap, "no GL (X11 image)");
    while (fgets(line, sizeof line, f)) {
        char *name = strrchr(line, '/');
        if (name && (strstr(name, "_dri.so") || strstr(name, "libgallium"))) {
            name[strcspn(name, "\n")] = '\0';
            snprintf(out, cap, "GL: %s", name + 1);
            break;
        }
    }
    fclose(f);
}

static void session(SessionResult *r)
{
    memset(r, 0, sizeof *r);
    int p[2];
    if (pipe(p) < 0) {
        r->problem = "no pipe";
        return;
    }
    setenv("BESIDE_BENCH_FRAMES", "1", 1);
    char *argv[] = {(char *)beside, "window", "--size", "1280x720", (char *)story, NULL};
    Session s = {.fd = p[0], .phase = PHASE_START};
    s.pid = spawn(argv, -1, p[1], NULL);
    unsetenv("BESIDE_BENCH_FRAMES");
    close(p[1]);
    if (s.pid < 0) {
        close(p[0]);
        r->problem = "could not start beside";
        return;
    }
    char pidbuf[16];
    snprintf(pidbuf, sizeof pidbuf, "%d", (int)s.pid);
    pump(&s, 10000, first_drawn);
    char *search[] = {"xdotool", "search", "--sync", "--pid", pidbuf, NULL};
    char *win = s.screen[0] ? tool(search, 5) : NULL;
    if (!win || !*win) {
        r->problem = s.screen[0] ? "window not found by xdotool" : "no frame was drawn";
        goto out;
    }
    xdotool("windowfocus", win, NULL);
    xdotool("mousemove", "0", "0"); /* keep the pointer off the buttons */
    pump(&s, 500, NULL);
    /* A story with content notes shows them first: Enter moves the focus to
     * "Start the story", and Enter again starts it. */
    for (int i = 0; i < 4 && !on_play(&s) && !s.exited; i++) {
        xdotool("key", "Return", NULL);
        pump(&s, 500, on_play);
    }
    if (!on_play(&s)) {
        r->problem = "never reached the play screen";
        goto out;
    }
    pump(&s, 1500, NULL);           /* let the first frames and X settle */

    /* Idle: no input at all. */
    s.phase = PHASE_IDLE;
    double c0 = cpu_s(s.pid), n0 = cpu_ns_s(s.pid), t0 = now_s();
    long w0 = status_field(s.pid, "voluntary_ctxt_switches:") +
              status_field(s.pid, "nonvoluntary_ctxt_switches:");
    pump(&s, idle_s * 1000, NULL);
    double c1 = cpu_s(s.pid), n1 = cpu_ns_s(s.pid), t1 = now_s();
    long w1 = status_field(s.pid, "voluntary_ctxt_switches:") +
              status_field(s.pid, "nonvoluntary_ctxt_switches:");
    if (c0 < 0 || c1 < 0 || n0 < 0 || n1 < 0 || w0 < 0 || w1 < 0) {
        r->problem = "beside exited while idle";
        goto out;
    }
    r->idle_pct = (c1 - c0) / (t1 - t0) * 100;
    r->idle_pct_ns = (n1 - n0) / (t1 - t0) * 100;
    r->idle_wakeups = w1 - w0;
    r->idle_frames = s.frames[PHASE_IDLE];

    /* Play: pick, watch the meters slide, read the card, go on. */
    s.phase = PHASE_PLAY;
    for (int i = 0; i < choices && on_play(&s) && !s.exited; i++) {
        char key[2] = {(char)('1' + i % 3), '\0'};
        s.anim_frames_seen = 0;
        s.still_after_anim = false;
        xdotool("key", key, NULL);
        pump(&s, 3000, anim_over);
        if (!s.anim_frames_seen)
            break; /* the key did nothing: focus lost or no such choice */
        r->picked++;
        pump(&s, 300, NULL);
        xdotool("key", "Return", NULL);
        pump(&s, 500, NULL);
    }
    gl_driver(s.pid, r->gl, sizeof r->gl);
    r->hwm_mb = (double)status_field(s.pid, "VmHWM:") / 1024.0;
    if (r->picked == 0)
        r->problem = "no choice could be picked (keys not reaching the window?)";

out:
    free(win);
    if (!s.exited) {
        xdotool("key", "ctrl+q", NULL);
        pump(&s, 3000, NULL);
    }
    close(p[0]);
    struct rusage ru = {0};
    if (reap(s.pid, 3, &ru) < 0 && !r->problem)
        r->problem = "beside did not quit on Ctrl+Q";
    r->exit_rss_mb = (double)ru.ru_maxrss / 1024.0;
    r->anim_ms = s.anim_ms;
    r->still_ms = s.still_ms;
}

/* ---- the report ---- */

/* Sets the environment the next children start with. "software-x11" is the
 * software renderer with SDL's framebuffer acceleration off: SDL otherwise
 * shows a software-rendered window through an OpenGL texture, which loads
 * the GL driver (Mesa's llvmpipe under Xvfb) even for "software". */
static void set_renderer(const char *name)
{
    unsetenv("SDL_RENDER_DRIVER");
    unsetenv("SDL_FRAMEBUFFER_ACCELERATION");
    if (strcmp(name, "software-x11") == 0) {
        setenv("SDL_RENDER_DRIVER", "software", 1);
        setenv("SDL_FRAMEBUFFER_ACCELERATION", "0", 1);
    } else if (strcmp(name, "default") != 0) {
        setenv("SDL_RENDER_DRIVER", name, 1);
    }
}

/* The targets are for software rendering. */
static bool has_targets(const char *renderer)
{
    return strncmp(renderer, "software", 8) == 0;
}

static bool screen_size(int *w, int *h)
{
    char *argv[] = {"xdotool", "getdisplaygeometry", NULL};
    char *out = tool(argv, 5);
    bool ok = out && sscanf(out, "%d %d", w, h) == 2;
    free(out);
    return ok;
}

static void usage(void)
{
    fputs("Usage: bench_window [--beside PATH] [--runs N] [--story ID] [--choices N]\n"
          "                    [--idle SECONDS] [--renderer NAME]...\n"
          "Measures the game window on $DISPLAY (see bench/window_bench.sh and\n"
          "bench/README.md). NAME: software, default, software-x11 (software without\n"
          "SDL's GL-backed window surface), or any SDL_RENDER_DRIVER value.\n",
          stderr);
}

int main(int argc, char **argv)
{
    const char *renderers[MAX_RENDERERS];
    int n_renderers = 0;
    for (int i = 1; i < argc; i++) {
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            usage();
            return 0;
        }
        if (!v) {
            usage();
            return 2;
        }
        if (strcmp(argv[i], "--beside") == 0)
            beside = v;
        else if (strcmp(argv[i], "--runs") == 0)
            runs = atoi(v);
        else if (strcmp(argv[i], "--story") == 0)
            story = v;
        else if (strcmp(argv[i], "--choices") == 0)
            choices = atoi(v);
        else if (strcmp(argv[i], "--idle") == 0)
            idle_s = atoi(v);
        else if (strcmp(argv[i], "--renderer") == 0 && n_renderers < MAX_RENDERERS)
            renderers[n_renderers++] = v;
        else {
            usage();
            return 2;
        }
        i++;
    }
    if (n_renderers == 0) {
        renderers[n_renderers++] = "software";
        renderers[n_renderers++] = "default";
        renderers[n_renderers++] = "software-x11";
    }
    if (runs < 1 || choices < 1 || idle_s < 1) {
        usage();
        return 2;
    }
    const char *display = getenv("DISPLAY");
    int sw = 0, sh = 0;
    if (!display || !*display || !screen_size(&sw, &sh)) {
        fputs("bench_window: no X display (set DISPLAY, or run bench/window_bench.sh)\n", stderr);
        return 1;
    }
    bool big = sw >= 3840 && sh >= 2160;

    printf("Beside window benchmark: %s on DISPLAY=%s (%dx%d), story %s\n", beside, display, sw,
           sh, story);
    printf("Targets (software renderer): first frame <= %d ms, peak RSS <= %d MB, idle CPU <= "
           "%.0f%% of one core\n\n",
           TARGET_FIRST_MS, TARGET_RSS_MB, TARGET_IDLE_PCT);

    printf("First presented frame: exec to present, %d cold starts each\n", runs);
    printf("  %-12s %-30s %7s %7s %7s %-4s %8s\n", "renderer", "window", "median", "min", "max",
           "", "peak RSS");
    printf("  %-12s %-30s %7s %7s %7s %-4s %8s\n", "", "", "ms", "ms", "ms", "", "MB (max)");
    fflush(stdout);
    {
        char *argv_v[] = {(char *)beside, "--version", NULL};
        FirstFrame f = {0};
        first_frame(argv_v, false, &f);
        print_first_frame("-", "no window: beside --version", &f, false);
        fflush(stdout);
    }
    for (int r = 0; r < n_renderers; r++) {
        bool sw_r = has_targets(renderers[r]);
        set_renderer(renderers[r]);
        struct {
            const char *label, *size, *story;
        } cases[] = {
            {"1280x720 title screen", "1280x720", NULL},
            {"1280x720 story, first screen", "1280x720", story},
            {"3840x2160 story, first screen", "3840x2160", story},
        };
        for (int c = 0; c < 3; c++) {
            if (c == 2 && !big) {
                printf("  %-12s %-30s  skipped: the screen is smaller than 3840x2160\n",
                       renderers[r], cases[c].label);
                continue;
            }
            char *av[] = {(char *)beside, "window", "--size", (char *)cases[c].size,
                          (char *)cases[c].story, NULL};
            FirstFrame f = {0};
            first_frame(av, true, &f);
            print_first_frame(renderers[r], cases[c].label, &f, sw_r);
            free(f.ms.v);
            free(f.rss_mb.v);
            fflush(stdout);
        }
    }

    SessionResult res[MAX_RENDERERS];
    for (int r = 0; r < n_renderers; r++) {
        set_renderer(renderers[r]);
        session(&res[r]);
    }
    set_renderer("default");

    printf("\nSession: window 1280x720, %s; %d s idle on the play screen, then up to %d "
           "choices\n",
           story, idle_s, choices);
    printf("  %-34s", "");
    for (int r = 0; r < n_renderers; r++)
        printf(" %-22s", renderers[r]);
    printf("\n  %-34s", "renderer in use");
    for (int r = 0; r < n_renderers; r++)
        printf(" %-22s", res[r].gl);
    printf("\n  %-34s", "idle CPU, % of one core (stat)");
    for (int r = 0; r < n_renderers; r++)
        printf(" %6.2f %-15s", res[r].idle_pct, mark(res[r].idle_pct, TARGET_IDLE_PCT));
    printf("\n  %-34s", "idle CPU, % of one core (schedstat)");
    for (int r = 0; r < n_renderers; r++)
        printf(" %6.3f %-15s", res[r].idle_pct_ns, "");
    printf("\n  %-34s", "frames drawn while idle");
    for (int r = 0; r < n_renderers; r++)
        printf(" %6d %-15s", res[r].idle_frames, "");
    printf("\n  %-34s", "main-thread wakeups while idle");
    for (int r = 0; r < n_renderers; r++)
        printf(" %6ld %-15s", res[r].idle_wakeups, "");
    printf("\n  %-34s", "choices played");
    for (int r = 0; r < n_renderers; r++)
        printf(" %6d %-15s", res[r].picked, "");
    printf("\n  %-34s", "VmHWM after the choices, MB");
    for (int r = 0; r < n_renderers; r++)
        printf(" %6.1f %-15s", res[r].hwm_mb, mark(res[r].hwm_mb, TARGET_RSS_MB));
    printf("\n  %-34s", "peak RSS at exit (wait4), MB");
    for (int r = 0; r < n_renderers; r++)
        printf(" %6.1f %-15s", res[r].exit_rss_mb, mark(res[r].exit_rss_mb, TARGET_RSS_MB));
    printf("\n");
    for (int r = 0; r < n_renderers; r++)
        if (res[r].problem)
            printf("  %s: %s\n", renderers[r], res[r].problem);

    printf("\nFrame time during play, ms (layout + draw + present)\n");
    printf("  %-12s %-28s %6s %7s %7s %7s\n", "renderer", "frames", "count", "median", "p95",
           "max");
    for (int r = 0; r < n_renderers; r++) {
        Samples *sets[2] = {&res[r].anim_ms, &res[r].still_ms};
        const char *names[2] = {"meters animating", "still (cards, next scene)"};
        for (int k = 0; k < 2; k++) {
            Samples *s = sets[k];
            printf("  %-12s %-28s %6d %7.2f %7.2f %7.2f\n", renderers[r], names[k], s->n,
                   median(s), percentile(s, 95), percentile(s, 100));
            free(s->v);
        }
    }
    return 0;
}
