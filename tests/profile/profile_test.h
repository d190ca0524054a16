/* profile_test.h — what the profile tests share: a temporary folder per test
 * (never the real ~/.local/share), a small story built in C, playing it,
 * and reading files. */
#ifndef BESIDE_PROFILE_TEST_H
#define BESIDE_PROFILE_TEST_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "../unit/story_builder.h"
#include "core/runtime.h"
#include "core/state_text.h"
#include "profile/profile.h"

enum { R = METER_RESENTMENT, G = METER_GROWTH, I = METER_INTIMACY };

/* "walk":
 *   porch:   1 Knock (rescue, resentment +10) -> hall
 *            2 Wait (support, growth +10) -> hall
 *            3 Leave (boundary) -> gone (an ending)
 *   hall:    1 Talk (support, intimacy +10) -> kitchen
 *            2 Fix it (rescue, resentment +15) -> kitchen
 *   kitchen: 1 Listen (support, growth +5) -> close (an ending)
 *            2 Lecture (rescue, intimacy -10) -> apart (an ending) */
static inline Story *walk_story(void)
{
    Story *s = sb_new("walk");
    int porch = sb_scene(s, "porch", false);
    int hall = sb_scene(s, "hall", false);
    int kitchen = sb_scene(s, "kitchen", false);
    sb_scene(s, "gone", true);
    sb_scene(s, "close", true);
    sb_scene(s, "apart", true);
    int c = sb_choice(s, porch, "Knock", "hall");
    sb_get(s, porch, c)->kind = KIND_RESCUE;
    sb_effect(s, porch, c, R, EFFECT_ADD, 10);
    c = sb_choice(s, porch, "Wait", "hall");
    sb_effect(s, porch, c, G, EFFECT_ADD, 10);
    c = sb_choice(s, porch, "Leave", "gone");
    sb_get(s, porch, c)->kind = KIND_BOUNDARY;
    c = sb_choice(s, hall, "Talk", "kitchen");
    sb_effect(s, hall, c, I, EFFECT_ADD, 10);
    c = sb_choice(s, hall, "Fix it", "kitchen");
    sb_get(s, hall, c)->kind = KIND_RESCUE;
    sb_effect(s, hall, c, R, EFFECT_ADD, 15);
    c = sb_choice(s, kitchen, "Listen", "close");
    sb_effect(s, kitchen, c, G, EFFECT_ADD, 5);
    c = sb_choice(s, kitchen, "Lecture", "apart");
    sb_get(s, kitchen, c)->kind = KIND_RESCUE;
    sb_effect(s, kitchen, c, I, EFFECT_ADD, -10);
    sb_finish(s);
    return s;
}

/* Makes the choices (0-based indices into each scene's choices). */
static inline void choose_all(Run *r, const int *choices, int n)
{
    for (int i = 0; i < n; i++) {
        char *err = NULL;
        if (run_choose(r, choices[i], NULL, &err) < 0)
            fail_msg("choice %d: %s", i + 1, err);
    }
}

/* A fresh folder under $TMPDIR (or /tmp); remove it with rm_tree. */
static inline char *temp_dir(void)
{
    const char *base = getenv("TMPDIR");
    char *d = text_format("%s/beside-profile-XXXXXX", base && *base ? base : "/tmp");
    assert_non_null(d);
    assert_non_null(mkdtemp(d));
    return d;
}

static inline void rm_tree(const char *path)
{
    struct stat st;
    if (lstat(path, &st) != 0)
        return;
    if (S_ISDIR(st.st_mode)) {
        chmod(path, 0700);
        DIR *d = opendir(path);
        for (struct dirent *e; d && (e = readdir(d));) {
            if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
                continue;
            char *child = text_format("%s/%s", path, e->d_name);
            rm_tree(child);
            free(child);
        }
        if (d)
            closedir(d);
        rmdir(path);
    } else {
        unlink(path);
    }
}

/* dir "/" name, malloc'd. */
static inline char *in_dir(const char *dir, const char *name)
{
    char *p = text_format("%s/%s", dir, name);
    assert_non_null(p);
    return p;
}

/* Opens a profile that must open with no notice. */
static inline Profile *open_clean(const char *path)
{
    char *notice = NULL, *err = NULL;
    Profile *p = profile_open(path, &notice, &err);
    if (!p || notice)
        fail_msg("profile_open(%s): %s", path ? path : "default",
                 notice ? notice : err ? err : "(no message)");
    return p;
}

/* The whole file, malloc'd and NUL-terminated; NULL when it cannot be read. */
static inline char *read_all(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    TextBuf b = {0};
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        textbuf_append(&b, buf, n);
    fclose(f);
    if (size)
        *size = b.len;
    if (!b.data)
        b.data = calloc(1, 1);
    return b.data;
}

static inline void write_all(const char *path, const void *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, size, f), size);
    assert_int_equal(fclose(f), 0);
}

/* How many entries of `dir` have a name starting with `prefix`; the first
 * such name goes to *first (malloc'd) when first is not NULL. */
static inline int count_files(const char *dir, const char *prefix, char **first)
{
    int n = 0;
    DIR *d = opendir(dir);
    for (struct dirent *e; d && (e = readdir(d));) {
        if (strncmp(e->d_name, prefix, strlen(prefix)) == 0) {
            if (first && n == 0)
                *first = in_dir(dir, e->d_name);
            n++;
        }
    }
    if (d)
        closedir(d);
    return n;
}

static inline bool contains(const char *text, const char *part)
{
    return text && strstr(text, part) != NULL;
}

/* Each test's own folder, with "profile.db" in it not made yet, and the
 * walk story. */
typedef struct {
    char *dir;
    char *path;
    Story *story;
} Fixture;

static inline int setup(void **state)
{
    Fixture *f = calloc(1, sizeof *f);
    assert_non_null(f);
    f->dir = temp_dir();
    f->path = in_dir(f->dir, "profile.db");
    f->story = walk_story();
    *state = f;
    return 0;
}

static inline int teardown(void **state)
{
    Fixture *f = *state;
    rm_tree(f->dir);
    free(f->dir);
    free(f->path);
    story_free(f->story);
    free(f);
    return 0;
}

static inline double seconds_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- a profile with something in it ---- */

static const char JOURNAL_TEXT[] = "What I wrote after the kitchen — keep this.";

/* A profile at `path` with a playthrough of two choices, a journal page and a
 * setting. */
static inline void make_profile(const char *path, const Story *s)
{
    Profile *p = open_clean(path);
    char *err = NULL;
    int64_t pt = profile_begin(p, s, &err);
    assert_true(pt > 0);
    Run r;
    run_init(&r, s);
    const int path_[] = {0, 0};
    for (int i = 0; i < 2; i++) {
        choose_all(&r, &path_[i], 1);
        assert_int_equal(profile_save(p, pt, &r, false, &err), 0);
    }
    run_free(&r);
    int64_t j = profile_journal_new(p, "walk", NULL, NULL, &err);
    assert_int_equal(profile_journal_save(p, j, JOURNAL_TEXT, &err), 0);
    assert_int_equal(profile_setting_set(p, "theme", "dark", &err), 0);
    profile_close(p);
}

/* NULL when the profile holds what make_profile saved; else what differs.
 * Plain C, so it can run in a child process too. */
static inline const char *saved_data_problem(Profile *p)
{
    char *err = NULL;
    StoryProgress sp;
    if (profile_progress(p, "walk", &sp, &err) < 0)
        return "progress cannot be read";
    int started = sp.started;
    story_progress_free(&sp);
    if (started != 1)
        return "the playthrough is missing";
    int64_t pt;
    char *story_id, *state;
    if (profile_last_unfinished(p, &pt, &story_id, &state, &err) < 0 || pt != 1)
        return "the playthrough cannot be continued";
    bool two = contains(state, "step porch 1") && contains(state, "step hall 1");
    free(story_id);
    free(state);
    if (!two)
        return "the saved state lost choices";
    JournalEntry *e;
    int n;
    if (profile_journal_list(p, &e, &n, &err) < 0)
        return "the journal cannot be read";
    bool ok = false;
    for (int i = 0; i < n; i++)
        ok = ok || strcmp(e[i].body, JOURNAL_TEXT) == 0;
    journal_entries_free(e, n);
    if (!ok)
        return "the journal page is missing";
    char *v;
    if (profile_setting_get(p, "theme", &v, &err) < 0 || !v || strcmp(v, "dark") != 0)
        ok = false;
    free(v);
    return ok ? NULL : "the setting is missing";
}

static inline void assert_saved_data(Profile *p)
{
    const char *problem = saved_data_problem(p);
    if (problem)
        fail_msg("%s", problem);
}

static inline void assert_empty_and_writable(Profile *p)
{
    char *err = NULL;
    StoryProgress sp;
    assert_int_equal(profile_progress(p, "walk", &sp, &err), 0);
    assert_int_equal(sp.started, 0);
    story_progress_free(&sp);
    assert_false(profile_read_only(p));
    assert_int_equal(profile_setting_set(p, "theme", "light", &err), 0);
}

/* Opens `path`, which holds `bad` (size bytes): the file must be set aside
 * unchanged under the name the notice gives, with a fresh profile in its
 * place. `tag` is "broken" or "newer"; `says` is part of the notice. */

#endif
