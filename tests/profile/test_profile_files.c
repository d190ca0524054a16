/* test_profile_files.c — a file at the profile's path that is not a profile
 * we can use: truncated, bit-flipped, a text file, another program's
 * database, a newer Beside's; an empty file; logs without their database.
 * Each time: a clear notice naming where the file went, the file kept byte
 * for byte, a fresh profile, no crash. */
#include "profile_test.h"
#include "profile/profile_internal.h"

static void assert_set_aside(Fixture *f, const char *bad, size_t size, const char *tag,
                             const char *says)
{
    char *notice = NULL, *err = NULL;
    Profile *p = profile_open(f->path, &notice, &err);
    if (!p)
        fail_msg("profile_open failed: %s", err);
    if (!notice)
        fail_msg("no notice for a file to set aside (%s)", says);
    char *prefix = text_format("profile.db.%s-", tag);
    char *aside = NULL;
    assert_int_equal(count_files(f->dir, prefix, &aside), 1);
    if (!contains(notice, aside) || !contains(notice, says))
        fail_msg("the notice should name %s and say '%s': %s", aside, says, notice);
    size_t n;
    char *kept = read_all(aside, &n);
    assert_non_null(kept);
    assert_int_equal(n, size);
    assert_memory_equal(kept, bad, size);
    assert_empty_and_writable(p);
    profile_close(p);
    /* The fresh profile opens cleanly next time, and the old one is left. */
    p = open_clean(f->path);
    profile_close(p);
    unlink(aside);
    char *aside_wal = text_format("%s-wal", aside);
    unlink(aside_wal);
    free(aside_wal);
    free(kept);
    free(aside);
    free(prefix);
    free(notice);
}

/* Replaces the profile with `size` bytes and checks it is set aside. */
static void assert_file_set_aside(Fixture *f, const char *bytes, size_t size, const char *says)
{
    write_all(f->path, bytes, size);
    assert_set_aside(f, bytes, size, "broken", says);
}

static void a_truncated_profile_is_set_aside(void **state)
{
    Fixture *f = *state;
    make_profile(f->path, f->story);
    size_t size;
    char *whole = read_all(f->path, &size);
    assert_true(size >= 5 * 4096);
    const size_t cuts[] = {10, 100, 4096, 4096 + 1000, 2 * 4096, size / 2, size - 4096};
    for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++)
        assert_file_set_aside(f, whole, cuts[i], cuts[i] < 16 ? "not a database" : "damaged");
    free(whole);
}

static void a_bit_flipped_profile_is_set_aside(void **state)
{
    Fixture *f = *state;
    make_profile(f->path, f->story);
    size_t size;
    char *whole = read_all(f->path, &size);
    /* In the "SQLite format 3" magic; in the page size; in the b-tree page
     * header of page 2 (its type); in the cell count of the last page. SQLite
     * keeps no checksums, so a flip inside saved text is not found: these
     * are flips in the file's structure, which quick_check finds. */
    const struct { size_t at; int bit; const char *says; } flips[] = {
        {3, 2, "not a database"}, {16, 0, "not a database"}, {4096, 3, "damaged"},
        {4096, 6, "damaged"},     {size - 4096 + 3, 4, "damaged"},
    };
    for (size_t i = 0; i < sizeof flips / sizeof flips[0]; i++) {
        char *copy = malloc(size);
        memcpy(copy, whole, size);
        copy[flips[i].at] = (char)(copy[flips[i].at] ^ (1 << flips[i].bit));
        assert_file_set_aside(f, copy, size, flips[i].says);
        free(copy);
    }
    free(whole);
}

static void a_text_file_is_set_aside(void **state)
{
    Fixture *f = *state;
    static const char text[] = "Shopping: milk, bread, envelopes.\nCall Tom.\n";
    assert_file_set_aside(f, text, sizeof text - 1, "not a database");
    /* Shorter than SQLite's header, and binary. */
    assert_file_set_aside(f, "\x7f" "ELF", 4, "not a database");
}

static void another_programs_database_is_set_aside(void **state)
{
    Fixture *f = *state;
    sqlite3 *db;
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "CREATE TABLE contacts (name TEXT, phone TEXT);"
                                      "INSERT INTO contacts VALUES ('Tom', '555');",
                                  NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    size_t size;
    char *bytes = read_all(f->path, &size);
    assert_file_set_aside(f, bytes, size, "another program made it");
    free(bytes);
    /* Another program's mark, no tables. */
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "PRAGMA application_id = 7", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    bytes = read_all(f->path, &size);
    assert_file_set_aside(f, bytes, size, "another program made it");
    free(bytes);
}

/* Issue 13: a profile carrying SQL Beside did not make. A trigger that
 * deletes the journal ran silently during play; now the file is set aside
 * like a damaged one (kept byte for byte, its journal whole), and even on a
 * connection that had not checked, triggers do not run. */
static void add_foreign_sql(Fixture *f, const char *sql)
{
    Profile *p = open_clean(f->path);
    char *err = NULL;
    int64_t id = profile_journal_new(p, "walk", "close", "What did you notice?", &err);
    assert_true(id > 0);
    assert_int_equal(profile_journal_save(p, id, "I waited.", &err), 0);
    profile_close(p);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
}

static int journal_rows(const char *path)
{
    sqlite3 *db;
    sqlite3_stmt *st;
    int n = -1;
    assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM journal", -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}

static void a_profile_with_a_trigger_is_set_aside(void **state)
{
    Fixture *f = *state;
    add_foreign_sql(f, "CREATE TRIGGER wipe AFTER INSERT ON playthroughs "
                       "BEGIN DELETE FROM journal; END;"
                       "CREATE TRIGGER wipe_settings AFTER UPDATE ON settings "
                       "BEGIN DELETE FROM journal; END;");
    size_t size;
    char *bytes = read_all(f->path, &size);
    char *notice = NULL, *err = NULL;
    Profile *p = profile_open(f->path, &notice, &err);
    assert_non_null(p);
    assert_non_null(notice);
    assert_true(contains(notice, "it holds a trigger that Beside did not make"));
    /* Playing on writes to the new profile; the trigger is in the old one. */
    Story *s = walk_story();
    assert_true(profile_begin(p, s, &err) > 0);
    profile_close(p);
    story_free(s);
    char *aside = NULL;
    assert_int_equal(count_files(f->dir, "profile.db.broken-", &aside), 1);
    size_t n;
    char *kept = read_all(aside, &n);
    assert_int_equal(n, size);
    assert_memory_equal(kept, bytes, size);
    assert_int_equal(journal_rows(aside), 1); /* the trigger never ran */
    free(kept);
    free(aside);
    free(bytes);
    free(notice);
}

static void a_profile_with_a_view_or_a_table_of_its_own_is_set_aside(void **state)
{
    Fixture *f = *state;
    add_foreign_sql(f, "CREATE VIEW everything AS SELECT * FROM journal;");
    size_t size;
    char *bytes = read_all(f->path, &size);
    assert_set_aside(f, bytes, size, "broken", "it holds a view that Beside did not make");
    free(bytes);
    unlink(f->path);
    add_foreign_sql(f, "CREATE TABLE extra (x);");
    bytes = read_all(f->path, &size);
    assert_set_aside(f, bytes, size, "broken", "it holds a table that Beside did not make");
    free(bytes);
}

/* Were a trigger ever to get past the check, the connection runs none. */
static void triggers_do_not_run_on_a_profile_connection(void **state)
{
    Fixture *f = *state;
    add_foreign_sql(f, "CREATE TRIGGER wipe AFTER INSERT ON settings "
                       "BEGIN DELETE FROM journal; END;");
    sqlite3 *db;
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    profile_harden(db);
    assert_int_equal(sqlite3_exec(db, "INSERT INTO settings VALUES ('k', 'v')", NULL, NULL,
                                  NULL), SQLITE_OK);
    /* Defensive: the schema cannot be rewritten by hand either. */
    assert_int_not_equal(sqlite3_exec(db, "PRAGMA writable_schema = ON; UPDATE sqlite_schema "
                                          "SET sql = 'x' WHERE name = 'journal'", NULL, NULL,
                                      NULL), SQLITE_OK);
    sqlite3_close(db);
    assert_int_equal(journal_rows(f->path), 1);
    /* The same insert without the hardening runs the trigger: the test
     * above would see it. */
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "INSERT INTO settings VALUES ('k2', 'v')", NULL, NULL,
                                  NULL), SQLITE_OK);
    sqlite3_close(db);
    assert_int_equal(journal_rows(f->path), 0);
}

static void a_newer_beside_profile_is_left_unchanged(void **state)
{
    Fixture *f = *state;
    make_profile(f->path, f->story);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    size_t size;
    char *bytes = read_all(f->path, &size);
    assert_set_aside(f, bytes, size, "newer", "made by a newer version of Beside");
    free(bytes);
}

static void an_empty_file_becomes_the_profile(void **state)
{
    Fixture *f = *state;
    /* 0 bytes: what a crash leaves between creating the file and the first
     * write. Nothing to lose, so the profile is made in place. */
    write_all(f->path, "", 0);
    Profile *p = open_clean(f->path);
    assert_empty_and_writable(p);
    profile_close(p);
    assert_int_equal(count_files(f->dir, "profile.db.broken-", NULL), 0);
    /* The same for a database with nothing in it (WAL turned on, no table
     * yet: a crash a moment later). */
    unlink(f->path);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    p = open_clean(f->path);
    assert_empty_and_writable(p);
    profile_close(p);
    assert_int_equal(count_files(f->dir, "profile.db.broken-", NULL), 0);
}

static void the_log_of_a_file_set_aside_goes_with_it(void **state)
{
    Fixture *f = *state;
    static const char text[] = "not a profile";
    static const char wal[] = "a write-ahead log that belongs to the bad file";
    char *wal_path = in_dir(f->dir, "profile.db-wal");
    write_all(f->path, text, sizeof text - 1);
    write_all(wal_path, wal, sizeof wal - 1);
    char *notice = NULL, *err = NULL;
    Profile *p = profile_open(f->path, &notice, &err);
    assert_non_null(p);
    profile_close(p);
    char *aside_wal = NULL;
    assert_int_equal(count_files(f->dir, "profile.db.broken-", NULL), 2);
    char *aside = NULL;
    count_files(f->dir, "profile.db.broken-", &aside);
    if (contains(aside, "-wal")) {
        aside_wal = aside;
    } else {
        aside_wal = text_format("%s-wal", aside);
        free(aside);
    }
    size_t n;
    char *kept = read_all(aside_wal, &n);
    assert_non_null(kept);
    assert_memory_equal(kept, wal, sizeof wal - 1);
    free(kept);
    free(aside_wal);
    free(wal_path);
    free(notice);
}

static void a_log_left_without_its_database_is_not_played_into_a_new_one(void **state)
{
    Fixture *f = *state;
    make_profile(f->path, f->story);
    /* A log with a committed change in it, then its database deleted by
     * hand: the log alone must not come back as data. */
    sqlite3 *db;
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "PRAGMA wal_autocheckpoint = 0; "
                                      "INSERT INTO settings VALUES ('ghost', 'boo');",
                                  NULL, NULL, NULL), SQLITE_OK);
    char *wal_path = in_dir(f->dir, "profile.db-wal");
    size_t size;
    char *wal = read_all(wal_path, &size);
    assert_true(size > 0);
    sqlite3_close(db);
    unlink(f->path);
    write_all(wal_path, wal, size);
    Profile *p = open_clean(f->path);
    assert_empty_and_writable(p);
    char *v = NULL, *err = NULL;
    assert_int_equal(profile_setting_get(p, "ghost", &v, &err), 0);
    assert_null(v);
    profile_close(p);
    free(wal);
    free(wal_path);
}

/* Runs `check` as a user who cannot write where the file's mode says so:
 * as root (who can write anywhere) in a child process that becomes
 * "nobody" first. Returns NULL or the problem found. */

int main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
    const struct CMUnitTest tests[] = {
        T(a_truncated_profile_is_set_aside),
        T(a_bit_flipped_profile_is_set_aside),
        T(a_text_file_is_set_aside),
        T(another_programs_database_is_set_aside),
        T(a_profile_with_a_trigger_is_set_aside),
        T(a_profile_with_a_view_or_a_table_of_its_own_is_set_aside),
        T(triggers_do_not_run_on_a_profile_connection),
        T(a_newer_beside_profile_is_left_unchanged),
        T(an_empty_file_becomes_the_profile),
        T(the_log_of_a_file_set_aside_goes_with_it),
        T(a_log_left_without_its_database_is_not_played_into_a_new_one),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
