/* test_yourdata.c — the player's own data (engine/app/yourdata): a copy is
 * saved under a new name every time and never over a file already there;
 * the copies are found newest first and nothing else is; a copy brings
 * everything back after a delete; a file that is not a copy is refused
 * with a message and the data kept; no profile gives a message, not a
 * crash; the folder of the profile is named. */
#include "../profile/profile_test.h"
#include "app/yourdata.h"

static Profile *reopen(const char *path)
{
    char *notice = NULL, *err = NULL;
    Profile *p = profile_open(path, &notice, &err);
    assert_null(notice);
    assert_null(err);
    assert_non_null(p);
    return p;
}

/* 2026-12-04 12:00 UTC: the same calendar day in every time zone tests run in. */
static const int64_t NOON = 1796385600;

static void copies_never_overwrite(void **state)
{
    Fixture *f = *state;
    make_profile(f->path, f->story);
    Profile *p = reopen(f->path);
    char *docs = in_dir(f->dir, "docs");
    assert_int_equal(mkdir(docs, 0700), 0);
    char date[16];
    time_t t = (time_t)NOON;
    struct tm tm;
    localtime_r(&t, &tm);
    strftime(date, sizeof date, "%Y-%m-%d", &tm);
    char *first = text_format("%s/beside-profile-%s.sqlite", docs, date);
    write_all(first, "mine", 4); /* a file the player already has */
    char *dest = NULL, *message = NULL;
    assert_int_equal(yourdata_export(p, docs, NOON, &dest, &message), 0);
    char *second = text_format("%s/beside-profile-%s-2.sqlite", docs, date);
    assert_string_equal(dest, second);
    assert_true(contains(message, second));
    assert_true(contains(message, "keep it somewhere private"));
    size_t size;
    char *kept = read_all(first, &size);
    assert_int_equal(size, 4);
    assert_memory_equal(kept, "mine", 4);
    free(kept);
    free(dest);
    free(message);
    assert_int_equal(yourdata_export(p, docs, NOON, &dest, &message), 0);
    assert_true(contains(dest, "-3.sqlite"));
    free(dest);
    free(message);
    char *notes = in_dir(f->dir, "docs/notes.txt"), *old = in_dir(f->dir,
        "docs/beside-profile-2025-01-01-7.sqlite");
    write_all(notes, "x", 1); /* not a copy */
    write_all(old, "x", 1);   /* an older day, however high its number */
    PathList copies = {0};
    yourdata_find_copies(docs, &copies);
    assert_int_equal(copies.count, 4);
    assert_true(contains(copies.items[0], "-3.sqlite")); /* the last made first */
    assert_true(contains(copies.items[1], "-2.sqlite"));
    assert_string_equal(copies.items[2], first);
    assert_string_equal(copies.items[3], old);
    free(notes);
    free(old);
    path_list_free(&copies);
    profile_close(p);
    free(first);
    free(second);
    free(docs);
}

static void a_copy_brings_everything_back(void **state)
{
    Fixture *f = *state;
    make_profile(f->path, f->story);
    Profile *p = reopen(f->path);
    char *dest = NULL, *message = NULL;
    assert_int_equal(yourdata_export(p, f->dir, NOON, &dest, &message), 0);
    free(message);
    assert_int_equal(yourdata_delete_all(p, &message), 0);
    assert_true(contains(message, "has been deleted"));
    free(message);
    assert_empty_and_writable(p);
    assert_int_equal(yourdata_import(p, dest, &message), 0);
    assert_non_null(message);
    free(message);
    assert_saved_data(p);
    /* Not a copy: refused with a message, and the data is still there. */
    char *junk = in_dir(f->dir, "beside-profile-junk.sqlite");
    write_all(junk, "not a database at all", 21);
    assert_int_equal(yourdata_import(p, junk, &message), -1);
    assert_non_null(message);
    assert_true(strlen(message) > 10);
    free(message);
    assert_saved_data(p);
    char *folder = yourdata_folder(p);
    assert_string_equal(folder, f->dir);
    free(folder);
    profile_close(p);
    free(junk);
    free(dest);
}

static void no_profile_says_so(void **state)
{
    (void)state;
    char *message = NULL;
    assert_int_equal(yourdata_export(NULL, "/tmp", NOON, NULL, &message), -1);
    assert_true(contains(message, "no profile to export"));
    free(message);
    assert_int_equal(yourdata_import(NULL, "/tmp/x", &message), -1);
    assert_true(contains(message, "no profile open"));
    free(message);
    assert_int_equal(yourdata_delete_all(NULL, &message), -1);
    assert_true(contains(message, "no profile to delete"));
    free(message);
    assert_null(yourdata_folder(NULL));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(copies_never_overwrite, setup, teardown),
        cmocka_unit_test_setup_teardown(a_copy_brings_everything_back, setup, teardown),
        cmocka_unit_test(no_profile_says_so),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
