/* test_profile_crash.c — kill -9 at random moments. A child process plays
 * (choices and rewinds, each saved) and types in the journal, telling the
 * parent through a pipe what it is about to save and what was saved. The
 * parent kills it at a random moment, then opens the profile: it must open
 * without a notice, and everything reported saved must be there — exactly
 * the last state reported saved, or the one the child was saving when it
 * died. The history must match the saved state (one transaction). */
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <sys/types.h>
#include <sys/wait.h>

#include "profile_test.h"

#ifndef BESIDE_SLOW_BUILD
#define BESIDE_SLOW_BUILD 1
#endif
/* At least 200 in the normal build; a sanitizer build is some times slower
 * and does fewer. */
enum { KILLS = 200 / BESIDE_SLOW_BUILD, MAX_DELAY_US = 25000 };

static uint64_t rng_next(uint64_t *x)
{
    *x ^= *x >> 12;
    *x ^= *x << 25;
    *x ^= *x >> 27;
    return *x * 0x2545F4914F6CDD1Dull;
}

static uint64_t fnv(const char *s)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
    return h;
}

/* One line to the parent, in one write (atomic on a pipe). */
static void say(int fd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say(int fd, const char *fmt, ...)
{
    char line[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    if (n > (int)sizeof line - 1)
        n = (int)sizeof line - 1;
    if (write(fd, line, (size_t)n) != n)
        _exit(3);
}

static void child_fail(int fd, const char *what, const char *err)
{
    char line[400];
    snprintf(line, sizeof line, "X %s: %s\n", what, err ? err : "");
    for (char *c = line; c[0] && c[1]; c++)
        if (*c == '\n')
            *c = ' ';
    say(fd, "%s", line);
    _exit(1);
}

static void save_run(Profile *p, int fd, int64_t pt, const Run *r, bool rewound)
{
    char *text = state_text_write(r), *err = NULL;
    uint64_t h = fnv(text);
    free(text);
    say(fd, "I %lld %llu\n", (long long)pt, (unsigned long long)h);
    if (profile_save(p, pt, r, rewound, &err) < 0)
        child_fail(fd, "save", err);
    say(fd, "S %lld %llu\n", (long long)pt, (unsigned long long)h);
}

static int64_t begin(Profile *p, int fd, const Story *s, Run *r)
{
    char *err = NULL;
    int64_t pt = profile_begin(p, s, &err);
    if (pt < 0)
        child_fail(fd, "begin", err);
    say(fd, "B %lld\n", (long long)pt);
    run_init(r, s);
    return pt;
}

static int64_t new_page(Profile *p, int fd, TextBuf *body)
{
    char *err = NULL;
    int64_t id = profile_journal_new(p, "walk", "close", "What did you notice?", &err);
    if (id < 0)
        child_fail(fd, "journal_new", err);
    say(fd, "N %lld\n", (long long)id);
    textbuf_free(body);
    textbuf_puts(body, "");
    return id;
}

/* Plays and types until killed. */
static void child(const char *path, const Story *s, int fd, uint64_t seed)
{
    char *notice = NULL, *err = NULL;
    Profile *p = profile_open(path, &notice, &err);
    if (!p || notice)
        child_fail(fd, "open", p ? notice : err);
    int64_t pt;
    char *story_id, *state;
    Run r;
    if (profile_last_unfinished(p, &pt, &story_id, &state, &err) < 0)
        child_fail(fd, "last_unfinished", err);
    if (pt > 0) {
        if (state_text_read(s, state, &r, &err) < 0)
            child_fail(fd, "state_text_read", err);
        say(fd, "R %lld %llu\n", (long long)pt, (unsigned long long)fnv(state));
        free(story_id);
        free(state);
    } else {
        pt = begin(p, fd, s, &r);
    }
    JournalEntry *e;
    int n;
    if (profile_journal_list(p, &e, &n, &err) < 0)
        child_fail(fd, "journal_list", err);
    TextBuf body = {0};
    int64_t page;
    if (n > 0) {
        page = e[0].id;
        textbuf_puts(&body, e[0].body);
        say(fd, "P %lld %llu\n", (long long)page, (unsigned long long)fnv(e[0].body));
    } else {
        page = new_page(p, fd, &body);
    }
    journal_entries_free(e, n);
    static const char *const typed[] = {"a", "é", " ", "😀", "\n", "ж", "文"};
    for (;;) {
        uint64_t x = rng_next(&seed);
        switch (x % 8) {
        case 0: case 1: case 2: case 3:
            if (runtime_at_ending(s, &r.pos)) {
                run_free(&r);
                pt = begin(p, fd, s, &r);
            } else {
                int shown[STORY_MAX_CHOICES];
                int k = runtime_choices(s, &r.pos, shown, &err);
                if (k <= 0 || run_choose(&r, shown[(x >> 8) % (uint64_t)k], NULL, &err) < 0)
                    child_fail(fd, "choose", err);
                save_run(p, fd, pt, &r, false);
            }
            break;
        case 4:
            if (r.n_steps > 0) {
                if (run_rewind(&r, (int)((x >> 8) % (uint64_t)r.n_steps), &err) < 0)
                    child_fail(fd, "rewind", err);
                save_run(p, fd, pt, &r, true);
            }
            break;
        default:
            if ((x >> 8) % 64 == 0 || body.len > 2000)
                page = new_page(p, fd, &body);
            textbuf_puts(&body, typed[(x >> 16) % 7]);
            uint64_t h = fnv(body.data);
            say(fd, "j %lld %llu\n", (long long)page, (unsigned long long)h);
            if (profile_journal_save(p, page, body.data, &err) < 0)
                child_fail(fd, "journal_save", err);
            say(fd, "J %lld %llu\n", (long long)page, (unsigned long long)h);
            break;
        }
    }
}

/* ---- the parent's bookkeeping ---- */

typedef struct {
    int64_t id;
    uint64_t saved;   /* the hash last reported saved */
    uint64_t pending; /* the hash being saved when the child died */
    bool has_pending;
    bool touched;     /* in this round */
} Tracked;

typedef struct {
    Tracked *items;
    int count, cap;
} TrackedList;

static Tracked *tracked(TrackedList *l, int64_t id, bool add)
{
    for (int i = 0; i < l->count; i++)
        if (l->items[i].id == id)
            return &l->items[i];
    if (!add)
        fail_msg("the child reported %lld before creating it", (long long)id);
    if (l->count == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 64;
        l->items = realloc(l->items, (size_t)l->cap * sizeof *l->items);
        assert_non_null(l->items);
    }
    Tracked *t = &l->items[l->count++];
    memset(t, 0, sizeof *t);
    t->id = id;
    return t;
}

static void check(const Tracked *t, uint64_t actual, const char *what, int round)
{
    if (actual == t->saved || (t->has_pending && actual == t->pending))
        return;
    fail_msg("after kill %d, %s %lld is not as reported saved", round, what, (long long)t->id);
}

/* The standing choices must be the saved state's steps. */
static void check_history(Profile *p, const Story *s, int64_t pt, const char *state, int round)
{
    Run r;
    char *err = NULL;
    if (state_text_read(s, state, &r, &err) < 0)
        fail_msg("after kill %d, the state of %lld does not read: %s", round, (long long)pt, err);
    ChoiceHistory h;
    assert_int_equal(profile_history(p, pt, &h, &err), 0);
    int standing = 0;
    for (int i = 0; i < h.count; i++) {
        if (h.items[i].taken_back)
            continue;
        if (standing >= r.n_steps || h.items[i].step != standing ||
            strcmp(h.items[i].scene_id, s->scenes[r.steps[standing].scene].id) != 0 ||
            h.items[i].choice != r.steps[standing].choice)
            fail_msg("after kill %d, the history of %lld does not match its state", round,
                     (long long)pt);
        standing++;
    }
    if (standing != r.n_steps)
        fail_msg("after kill %d, the history of %lld is missing choices", round, (long long)pt);
    choice_history_free(&h);
    run_free(&r);
}

static void every_step_reported_saved_survives_kill_9(void **state)
{
    (void)state;
    char *dir = temp_dir();
    char *path = in_dir(dir, "profile.db");
    Story *s = walk_story();
    Run start;
    run_init(&start, s);
    char *start_text = state_text_write(&start);
    uint64_t start_hash = fnv(start_text), empty_hash = fnv("");
    free(start_text);
    run_free(&start);
    TrackedList runs = {0}, pages = {0};
    uint64_t seed = 0x5eed0fbe51deull;
    long saves = 0, typed = 0;
    double t0 = seconds_now();
    for (int round = 1; round <= KILLS; round++) {
        int fds[2];
        assert_int_equal(pipe(fds), 0);
        uint64_t child_seed = rng_next(&seed) | 1;
        pid_t pid = fork();
        assert_true(pid >= 0);
        if (pid == 0) {
            close(fds[0]);
            child(path, s, fds[1], child_seed);
        }
        close(fds[1]);
        /* Read while waiting, so the pipe never fills and blocks the child. */
        TextBuf out = {0};
        int64_t delay_us = (int64_t)(rng_next(&seed) % MAX_DELAY_US);
        double until = seconds_now() + (double)delay_us / 1e6;
        char buf[65536];
        for (double now; (now = seconds_now()) < until;) {
            struct pollfd pf = {fds[0], POLLIN, 0};
            if (poll(&pf, 1, (int)((until - now) * 1000) + 1) > 0) {
                ssize_t n = read(fds[0], buf, sizeof buf);
                if (n > 0)
                    textbuf_append(&out, buf, (size_t)n);
                else
                    break;
            }
        }
        kill(pid, SIGKILL);
        int status;
        waitpid(pid, &status, 0);
        ssize_t n;
        while ((n = read(fds[0], buf, sizeof buf)) > 0)
            textbuf_append(&out, buf, (size_t)n);
        close(fds[0]);

        for (int i = 0; i < runs.count; i++)
            runs.items[i].touched = false;
        for (int i = 0; i < pages.count; i++)
            pages.items[i].touched = false;
        /* Only whole lines: the last one may have been cut by the kill. */
        for (char *line = out.data, *nl; line && (nl = strchr(line, '\n')); line = nl + 1) {
            *nl = '\0';
            long long id = 0;
            unsigned long long h = 0;
            char kind = line[0];
            if (kind == 'X')
                fail_msg("round %d: the child failed: %s", round, line + 2);
            sscanf(line + 1, "%lld %llu", &id, &h);
            Tracked *t;
            switch (kind) {
            case 'R': /* resumed what is in the profile (perhaps begun by a */
            case 'P': /* child killed before it could say so) */
                t = tracked(kind == 'R' ? &runs : &pages, id, true);
                if (t->saved && t->saved != h)
                    fail_msg("round %d: the child resumed %lld other than it was saved", round,
                             id);
                t->saved = h;
                t->touched = true;
                break;
            case 'B':
                t = tracked(&runs, id, true);
                t->saved = start_hash;
                t->touched = true;
                break;
            case 'N':
                t = tracked(&pages, id, true);
                t->saved = empty_hash;
                t->touched = true;
                break;
            case 'I':
            case 'j':
                t = tracked(kind == 'I' ? &runs : &pages, id, false);
                t->pending = h;
                t->has_pending = t->touched = true;
                break;
            case 'S':
            case 'J':
                t = tracked(kind == 'S' ? &runs : &pages, id, false);
                t->saved = h;
                t->has_pending = false;
                if (kind == 'S')
                    saves++;
                else
                    typed++;
                break;
            }
        }
        textbuf_free(&out);

        /* The profile opens, cleanly, and holds everything reported. */
        char *notice = NULL, *err = NULL;
        Profile *p = profile_open(path, &notice, &err);
        if (!p || notice)
            fail_msg("after kill %d the profile did not open cleanly: %s", round,
                     p ? notice : err);
        for (int i = 0; i < runs.count; i++) {
            Tracked *t = &runs.items[i];
            /* What this child did, and every 20 kills all of it. */
            if (!t->touched && round % 20 != 0)
                continue;
            char *text = NULL;
            if (profile_state(p, t->id, &text, &err) < 0)
                fail_msg("after kill %d, playthrough %lld is gone: %s", round,
                         (long long)t->id, err);
            uint64_t actual = fnv(text);
            check(t, actual, "playthrough", round);
            check_history(p, s, t->id, text, round);
            t->saved = actual;
            t->has_pending = false;
            free(text);
        }
        JournalEntry *e;
        int count;
        assert_int_equal(profile_journal_list(p, &e, &count, &err), 0);
        for (int i = 0; i < pages.count; i++) {
            Tracked *t = &pages.items[i];
            const JournalEntry *found = NULL;
            for (int k = 0; k < count && !found; k++)
                if (e[k].id == t->id)
                    found = &e[k];
            if (!found)
                fail_msg("after kill %d, journal page %lld is gone", round, (long long)t->id);
            uint64_t actual = fnv(found->body);
            check(t, actual, "journal page", round);
            t->saved = actual;
            t->has_pending = false;
        }
        journal_entries_free(e, count);
        profile_close(p);
    }
    double seconds = seconds_now() - t0;
    printf("  %d kills in %.1f s: %ld choices and rewinds and %ld journal saves reported "
           "saved, %d playthroughs, %d journal pages, all there\n",
           KILLS, seconds, saves, typed, runs.count, pages.count);
    assert_true(saves > KILLS); /* the children got to work, not only to open */
    free(runs.items);
    free(pages.items);
    story_free(s);
    rm_tree(dir);
    free(path);
    free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_step_reported_saved_survives_kill_9),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
