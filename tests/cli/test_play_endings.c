/* test_play_endings.c — the terminal player, end to end: for every shipped
 * story and every ending, find a path to it, type that path into `beside
 * play --text`, and check the ending and its debrief are shown in plain text.
 * Usage: test_play_endings PATH-TO-BESIDE */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/runtime.h"
#include "script/library.h"
#include "script/loader.h"

enum { MAX_DEPTH = 200 };

/* The states already searched, so each is tried once: without it the
 * search walks every path, and a story has billions. Positions compare with
 * memcmp (runtime.h), so a hash of their bytes finds them. */
typedef struct {
    Position *slots;
    bool *used;
    size_t cap, count;
} Seen;

static uint64_t hash_position(const Position *p)
{
    const unsigned char *b = (const unsigned char *)p;
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < sizeof *p; i++)
        h = (h ^ b[i]) * 1099511628211ull;
    return h;
}

/* True when `p` was seen before; else remembers it. */
static bool seen_before(Seen *t, const Position *p)
{
    if (2 * (t->count + 1) > t->cap) {
        Seen bigger = {.cap = t->cap ? 2 * t->cap : 1 << 12};
        bigger.slots = malloc(bigger.cap * sizeof *bigger.slots);
        bigger.used = calloc(bigger.cap, sizeof *bigger.used);
        if (!bigger.slots || !bigger.used)
            abort();
        for (size_t i = 0; i < t->cap; i++)
            if (t->used[i])
                seen_before(&bigger, &t->slots[i]);
        free(t->slots);
        free(t->used);
        *t = bigger;
    }
    size_t i = (size_t)hash_position(p) & (t->cap - 1);
    for (; t->used[i]; i = (i + 1) & (t->cap - 1))
        if (memcmp(&t->slots[i], p, sizeof *p) == 0)
            return true;
    t->used[i] = true;
    t->slots[i] = *p;
    t->count++;
    return false;
}

/* Depth-first search for a path to `ending`, each state once; fills the
 * 1-based numbers the player would type. Returns the path length, or -1. */
static int find_path(const Story *s, const Position *p, int ending, int *typed, int depth,
                     Seen *seen)
{
    if (p->scene == ending)
        return depth;
    if (runtime_at_ending(s, p) || depth == MAX_DEPTH || seen_before(seen, p))
        return -1;
    int shown[STORY_MAX_CHOICES];
    char *err = NULL;
    int n = runtime_choices(s, p, shown, &err);
    free(err);
    for (int i = 0; i < n; i++) {
        Position q;
        err = NULL;
        if (runtime_step(s, p, shown[i], &q, NULL, &err) < 0) {
            free(err);
            continue;
        }
        typed[depth] = i + 1;
        int len = find_path(s, &q, ending, typed, depth + 1, seen);
        if (len >= 0)
            return len;
    }
    return -1;
}

static char *run_player(const char *beside, const char *story, const int *typed, int len, int *status)
{
    char in_path[] = "/tmp/beside-play-XXXXXX";
    int fd = mkstemp(in_path);
    FILE *in = fdopen(fd, "w");
    for (int i = 0; i < len; i++)
        fprintf(in, "%d\n", typed[i]);
    fprintf(in, "p\nq\n");
    fclose(in);
    char cmd[4096];
    snprintf(cmd, sizeof cmd, "'%s' play --text --no-save '%s' < '%s' 2>&1", beside, story, in_path);
    FILE *out = popen(cmd, "r");
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n - 1, out)) > 0) {
        n += got;
        if (n + 1 == cap)
            buf = realloc(buf, cap *= 2);
    }
    buf[n] = '\0';
    *status = pclose(out);
    unlink(in_path);
    return buf;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: test_play_endings PATH-TO-BESIDE\n");
        return 2;
    }
    PathList files = {0};
    library_list_dir(SCRIPTS, &files);
    int passed = 0, failed = 0;
    for (int f = 0; f < files.count; f++) {
        DiagList d = {0};
        Story *s = loader_load_file(files.items[f], NULL, &d);
        diag_list_clear(&d);
        if (!s) {
            printf("FAIL: %s does not load\n", files.items[f]);
            failed++;
            continue;
        }
        for (int e = 0; e < s->n_scenes; e++) {
            const Scene *end = &s->scenes[e];
            if (!end->is_ending)
                continue;
            int typed[MAX_DEPTH];
            Position start;
            runtime_start(s, &start);
            Seen seen = {0};
            int len = find_path(s, &start, e, typed, 0, &seen);
            free(seen.slots);
            free(seen.used);
            int status = -1;
            char *out = len >= 0 ? run_player(argv[1], files.items[f], typed, len, &status) : NULL;
            const char *why = NULL;
            if (len < 0)
                why = "no path reaches it";
            else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
                why = "the player did not exit with 0";
            else if (strchr(out, '\033'))
                why = "escape codes in plain output";
            else if (!strstr(out, end->title ? end->title : "The end"))
                why = "the ending's title is not shown";
            else if (!strstr(out, "Looking back") || !strstr(out, "Your path:"))
                why = "the debrief is not shown";
            else if (end->practice && !strstr(out, "To practise this week"))
                why = "the practice task is not shown";
            else if (end->reflect && !strstr(out, "To think or write about"))
                why = "the reflection prompt is not shown";
            if (why) {
                printf("FAIL: %s, ending '%s': %s\n", s->id, end->id, why);
                if (out)
                    printf("--- output ---\n%s\n--------------\n", out);
                failed++;
            } else {
                printf("ok: %s, ending '%s' after %d choices\n", s->id, end->id, len);
                passed++;
            }
            free(out);
        }
        story_free(s);
    }
    path_list_free(&files);
    printf("%d passed, %d failed\n", passed, failed);
    return failed || passed == 0;
}
