/* test_profile_data.c — "your data": export to one file, import it back
 * (refusing anything that is not a Beside profile, keeping the current
 * one), and delete everything so that none of it stays in the file. */
#include "profile_test.h"
#include "profile/profile_internal.h"
#include "profile_v1.h"

static const char SECRET[] = "I never told anyone about the envelopes: zebra-kumquat-417";

/* A playthrough of two choices, a journal page holding SECRET, a setting. */
static void fill(Profile *p, const Story *s, const char *theme)
{
    char *err = NULL;
    int64_t pt = profile_begin(p, s, &err);
    assert_true(pt > 0);
    Run r;
    run_init(&r, s);
    const int path[] = {0, 1};
    for (int i = 0; i < 2; i++) {
        choose_all(&r, &path[i], 1);
        assert_int_equal(profile_save(p, pt, &r, false, &err), 0);
    }
    run_free(&r);
    int64_t j = profile_journal_new(p, "walk", NULL, NULL, &err);
    assert_int_equal(profile_journal_save(p, j, SECRET, &err), 0);
    assert_int_equal(profile_setting_set(p, "theme", theme, &err), 0);
}

static char *theme_of(Profile *p)
{
    char *v = NULL, *err = NULL;
    assert_int_equal(profile_setting_get(p, "theme", &v, &err), 0);
    return v;
}

static int playthroughs(Profile *p)
{
    StoryProgress sp;
    char *err = NULL;
    assert_int_equal(profile_progress(p, "walk", &sp, &err), 0);
    int n = sp.started;
    story_progress_free(&sp);
    return n;
}

static void export_writes_a_private_complete_copy(void **state)
{
    Fixture *f = *state;
    Profile *p = open_clean(f->path);
    fill(p, f->story, "dark");
    char *out = in_dir(f->dir, "my profile.beside");
    char *err = NULL;
    assert_int_equal(profile_export(p, out, &err), 0);
    struct stat st;
    assert_int_equal(stat(out, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    /* Only the file: no -wal, no temporary copy left behind. */
    assert_int_equal(count_files(f->dir, "my profile.beside", NULL), 1);
    /* An existing file is replaced. */
    fill(p, f->story, "light");
    assert_int_equal(profile_export(p, out, &err), 0);
    profile_close(p);
    /* The copy is a profile of its own, with everything in it. */
    Profile *copy = open_clean(out);
    assert_int_equal(playthroughs(copy), 2);
    char *theme = theme_of(copy);
    assert_string_equal(theme, "light");
    free(theme);
    JournalEntry *e;
    int n;
    assert_int_equal(profile_journal_list(copy, &e, &n, &err), 0);
    assert_int_equal(n, 2);
    assert_string_equal(e[0].body, SECRET);
    journal_entries_free(e, n);
    profile_close(copy);
    free(out);
}

static void export_failures_are_clear_and_change_nothing(void **state)
{
    Fixture *f = *state;
    Profile *p = open_clean(f->path);
    fill(p, f->story, "dark");
    char *err = NULL;
    char *nowhere = in_dir(f->dir, "no/such/folder/out.beside");
    assert_int_equal(profile_export(p, nowhere, &err), -1);
    assert_true(contains(err, "Your profile was not exported: the folder"));
    assert_true(contains(err, "cannot be written (No such file or directory)"));
    free(err);
    err = NULL;
    assert_int_equal(profile_export(p, f->path, &err), -1);
    assert_true(contains(err, "is the profile itself"));
    free(err);
    assert_int_equal(playthroughs(p), 1);
    profile_close(p);
    free(nowhere);
}

static void import_replaces_the_profile_and_keeps_the_old_one(void **state)
{
    Fixture *f = *state;
    /* Another machine's profile, exported. */
    char *other_path = in_dir(f->dir, "other.db");
    Profile *other = open_clean(other_path);
    fill(other, f->story, "high-contrast");
    fill(other, f->story, "high-contrast");
    char *exported = in_dir(f->dir, "from-laptop.beside");
    char *err = NULL, *notice = NULL;
    assert_int_equal(profile_export(other, exported, &err), 0);
    profile_close(other);

    Profile *p = open_clean(f->path);
    fill(p, f->story, "dark");
    assert_int_equal(profile_import(p, exported, &notice, &err), 0);
    char *before = NULL;
    assert_int_equal(count_files(f->dir, "profile.db.before-import-", &before), 1);
    assert_true(contains(notice, "Your profile now holds what was in"));
    assert_true(contains(notice, exported));
    assert_true(contains(notice, before));
    free(notice);
    assert_int_equal(playthroughs(p), 2);
    char *theme = theme_of(p);
    assert_string_equal(theme, "high-contrast");
    free(theme);
    /* No temporary copy left, the imported file untouched, and the profile
     * writes on. */
    assert_int_equal(count_files(f->dir, "profile.db.import-", NULL), 0);
    fill(p, f->story, "light");
    assert_int_equal(playthroughs(p), 3);
    profile_close(p);
    Profile *check = open_clean(exported);
    assert_int_equal(playthroughs(check), 2);
    profile_close(check);
    /* What was there before is in the copy kept. */
    Profile *old = open_clean(before);
    assert_int_equal(playthroughs(old), 1);
    theme = theme_of(old);
    assert_string_equal(theme, "dark");
    free(theme);
    profile_close(old);
    free(before);
    free(exported);
    free(other_path);
}

static void import_brings_an_older_profile_up_to_date(void **state)
{
    Fixture *f = *state;
    char *v1 = in_dir(f->dir, "old.beside");
    sqlite3 *db;
    assert_int_equal(sqlite3_open(v1, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, PROFILE_V1_SCHEMA, NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, PROFILE_V1_DATA, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    size_t size;
    char *bytes = read_all(v1, &size);
    Profile *p = open_clean(f->path);
    char *err = NULL, *notice = NULL;
    assert_int_equal(profile_import(p, v1, &notice, &err), 0);
    free(notice);
    assert_int_equal(playthroughs(p), 2);
    PlaythroughInfo *list;
    int n;
    assert_int_equal(profile_playthroughs(p, NULL, &list, &n, &err), 0);
    assert_int_equal(list[0].rewinds, 2);
    playthrough_infos_free(list, n);
    profile_close(p);
    /* The file imported from is never changed. */
    size_t size2;
    char *bytes2 = read_all(v1, &size2);
    assert_int_equal(size, size2);
    assert_memory_equal(bytes, bytes2, size);
    free(bytes);
    free(bytes2);
    free(v1);
}

/* Importing `bytes` must fail saying `says`, leaving the profile as it was. */
static void assert_import_refused(Fixture *f, Profile *p, const char *src, const char *says)
{
    char *err = NULL, *notice = NULL;
    assert_int_equal(profile_import(p, src, &notice, &err), -1);
    assert_null(notice);
    if (!contains(err, "Nothing was imported:") || !contains(err, says) ||
        !contains(err, "Your profile is unchanged."))
        fail_msg("unclear message for %s: %s", says, err);
    free(err);
    assert_int_equal(playthroughs(p), 1);
    char *theme = theme_of(p);
    assert_string_equal(theme, "dark");
    free(theme);
    assert_int_equal(count_files(f->dir, "profile.db.before-import-", NULL), 0);
    assert_int_equal(count_files(f->dir, "profile.db.import-", NULL), 0);
}

static void import_refuses_what_is_not_a_beside_profile(void **state)
{
    Fixture *f = *state;
    Profile *p = open_clean(f->path);
    fill(p, f->story, "dark");
    char *src = in_dir(f->dir, "src");

    write_all(src, "my notes\n", 9);
    assert_import_refused(f, p, src, "is not a Beside profile you can import (it is not a database)");
    write_all(src, "", 0);
    assert_import_refused(f, p, src, "(it is empty)");
    unlink(src);
    assert_import_refused(f, p, src, "(it cannot be read (No such file or directory))");

    sqlite3 *db;
    assert_int_equal(sqlite3_open(src, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "CREATE TABLE contacts (name TEXT)", NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_close(db);
    assert_import_refused(f, p, src, "another program made it");

    /* A newer Beside's. */
    char *newer = in_dir(f->dir, "newer.beside");
    char *err = NULL;
    assert_int_equal(profile_export(p, newer, &err), 0);
    assert_int_equal(sqlite3_open(newer, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    assert_import_refused(f, p, newer, "a newer version of Beside made it");

    /* A damaged one: the export with a page's type byte flipped. */
    unlink(newer);
    assert_int_equal(profile_export(p, newer, &err), 0);
    size_t size;
    char *bytes = read_all(newer, &size);
    bytes[4096] ^= 0x08;
    write_all(newer, bytes, size);
    free(bytes);
    assert_import_refused(f, p, newer, "damaged");

    /* The profile itself. */
    char *notice = NULL;
    assert_int_equal(profile_import(p, f->path, &notice, &err), -1);
    assert_null(notice);
    assert_true(contains(err, "is the profile itself"));
    free(err);
    free(newer);
    free(src);
    profile_close(p);
}

/* True when the bytes of `needle` are anywhere in the file. */
static bool file_holds(const char *path, const char *needle)
{
    size_t size;
    char *bytes = read_all(path, &size);
    if (!bytes)
        return false;
    bool found = false;
    size_t n = strlen(needle);
    for (size_t i = 0; !found && i + n <= size; i++)
        found = memcmp(bytes + i, needle, n) == 0;
    free(bytes);
    return found;
}

static void delete_all_leaves_nothing_behind(void **state)
{
    Fixture *f = *state;
    Profile *p = open_clean(f->path);
    fill(p, f->story, "dark");
    /* Copies Beside kept beside the profile go too; other files stay. */
    char *aside = in_dir(f->dir, "profile.db.broken-20240101-120000");
    char *before = in_dir(f->dir, "profile.db.before-import-20240101-120000");
    char *mine = in_dir(f->dir, "my-export.beside");
    write_all(aside, SECRET, sizeof SECRET - 1);
    write_all(before, SECRET, sizeof SECRET - 1);
    char *err = NULL;
    assert_int_equal(profile_export(p, mine, &err), 0);
    char *wal = in_dir(f->dir, "profile.db-wal");
    assert_true(file_holds(f->path, SECRET) || file_holds(wal, SECRET));

    assert_int_equal(profile_delete_all(p, &err), 0);
    assert_int_equal(playthroughs(p), 0);
    char *theme = theme_of(p);
    assert_null(theme);
    JournalEntry *e;
    int n;
    assert_int_equal(profile_journal_list(p, &e, &n, &err), 0);
    assert_int_equal(n, 0);
    journal_entries_free(e, n);
    assert_false(file_holds(f->path, SECRET));
    assert_false(file_holds(wal, SECRET));
    assert_int_equal(access(aside, F_OK), -1);
    assert_int_equal(access(before, F_OK), -1);
    assert_int_equal(access(mine, F_OK), 0);
    /* And the profile goes on. */
    fill(p, f->story, "light");
    assert_int_equal(playthroughs(p), 1);
    profile_close(p);
    assert_false(file_holds(f->path, "dark"));
    free(wal);
    free(aside);
    free(before);
    free(mine);
}

int main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
    const struct CMUnitTest tests[] = {
        T(export_writes_a_private_complete_copy),
        T(export_failures_are_clear_and_change_nothing),
        T(import_replaces_the_profile_and_keeps_the_old_one),
        T(import_brings_an_older_profile_up_to_date),
        T(import_refuses_what_is_not_a_beside_profile),
        T(delete_all_leaves_nothing_behind),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
