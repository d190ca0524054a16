/* test_profile_access.c — a profile Beside may not (or not now) write: a
 * read-only folder or file, a folder that cannot be made, a full disk, a
 * second copy of Beside, another program writing or holding the database.
 * Each time: a clear message, nothing saved before is lost, no crash, and
 * a file that only cannot be reached now is never set aside. */
#define _DEFAULT_SOURCE /* flock() */

#include <signal.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>

#include "profile_test.h"
#include "profile/profile_internal.h"
#include "profile_v1.h"

static const char *as_unprivileged(Fixture *f, const char *(*check)(Fixture *))
{
    if (geteuid() != 0)
        return check(f);
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        close(fds[0]);
        const char *problem = NULL;
        /* Hand the test folder to nobody, then become nobody. */
        char *cmd = text_format("chown -R 65534:65534 '%s'", f->dir);
        if (system(cmd) != 0 || setgid(65534) != 0 || setuid(65534) != 0)
            problem = "cannot become nobody";
        free(cmd);
        if (!problem)
            problem = check(f);
        if (problem && write(fds[1], problem, strlen(problem)) < 0)
            _exit(2);
        _exit(problem ? 1 : 0);
    }
    close(fds[1]);
    static char problem[512];
    ssize_t n = read(fds[0], problem, sizeof problem - 1);
    problem[n > 0 ? n : 0] = '\0';
    close(fds[0]);
    int status;
    waitpid(pid, &status, 0);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
        return NULL;
    return problem[0] ? problem : "the child process failed";
}

/* Every write is refused with `why`; reading and exporting work. */
static const char *read_only_checks(Fixture *f, const char *why)
{
    char *notice = NULL, *err = NULL;
    Profile *p = profile_open(f->path, &notice, &err);
    if (!p)
        return "a read-only profile did not open";
    const char *problem = NULL;
    if (!profile_read_only(p))
        problem = "the profile is not read-only";
    else if (!contains(notice, "will not be saved") || !contains(notice, why))
        problem = "the notice does not say what happened";
    else
        problem = saved_data_problem(p);
    Run r;
    run_init(&r, f->story);
    free(err);
    err = NULL;
    if (!problem && (profile_setting_set(p, "theme", "light", &err) != -1 ||
                     !contains(err, "Your setting was not saved: Beside can read your profile "
                                    "but not write it") || !contains(err, why)))
        problem = "a setting was not refused with the reason";
    free(err);
    err = NULL;
    if (!problem && (profile_save(p, 1, &r, false, &err) != -1 ||
                     !contains(err, "Your choice was not saved")))
        problem = "a choice was not refused";
    free(err);
    err = NULL;
    if (!problem && (profile_journal_save(p, 1, "x", &err) != -1 || profile_begin(p, f->story,
                     &err) != -1 || profile_delete_all(p, &err) != -1))
        problem = "a write was not refused";
    free(err);
    err = NULL;
    char *out = in_dir(f->dir, "export/copy.beside");
    if (!problem && profile_export(p, out, &err) != 0)
        problem = "export from a read-only profile failed";
    free(err);
    err = NULL;
    char *note = NULL;
    if (!problem && profile_import(p, out, &note, &err) != -1)
        problem = "import into a read-only profile was not refused";
    free(note);
    free(err);
    free(out);
    run_free(&r);
    profile_close(p);
    free(notice);
    return problem;
}

static const char *read_only_folder_checks(Fixture *f)
{
    char *export_dir = in_dir(f->dir, "export");
    mkdir(export_dir, 0700);
    free(export_dir);
    if (chmod(f->dir, 0500) != 0)
        return "chmod failed";
    const char *problem = read_only_checks(f, "cannot be written");
    chmod(f->dir, 0700);
    return problem;
}

static void a_read_only_folder_opens_the_profile_read_only(void **state)
{
    Fixture *f = *state;
    make_profile(f->path, f->story);
    struct stat before;
    assert_int_equal(stat(f->path, &before), 0);
    const char *problem = as_unprivileged(f, read_only_folder_checks);
    if (problem)
        fail_msg("%s", problem);
    /* Untouched, and still whole when the folder can be written again. */
    struct stat after;
    assert_int_equal(stat(f->path, &after), 0);
    assert_int_equal(before.st_mtime, after.st_mtime);
    assert_int_equal(before.st_size, after.st_size);
    Profile *p = open_clean(f->path);
    assert_saved_data(p);
    profile_close(p);
}

static const char *read_only_file_checks(Fixture *f)
{
    char *export_dir = in_dir(f->dir, "export");
    mkdir(export_dir, 0700);
    free(export_dir);
    if (chmod(f->path, 0400) != 0)
        return "chmod failed";
    const char *problem = read_only_checks(f, "cannot be written");
    chmod(f->path, 0600);
    return problem;
}

static void a_read_only_file_opens_read_only(void **state)
{
    Fixture *f = *state;
    make_profile(f->path, f->story);
    const char *problem = as_unprivileged(f, read_only_file_checks);
    if (problem)
        fail_msg("%s", problem);
    Profile *p = open_clean(f->path);
    assert_saved_data(p);
    profile_close(p);
}

static void a_folder_that_cannot_be_made_is_a_clear_error(void **state)
{
    Fixture *f = *state;
    char *file = in_dir(f->dir, "file");
    write_all(file, "x", 1);
    char *path = in_dir(f->dir, "file/beside/profile.db");
    char *notice = NULL, *err = NULL;
    assert_null(profile_open(path, &notice, &err));
    assert_null(notice);
    assert_true(contains(err, "Beside cannot make the folder for your profile"));
    assert_true(contains(err, "plays on without saving"));
    free(err);
    free(path);
    free(file);
}

/* ---- a full disk ---- */

static void a_full_disk_refuses_writes_and_keeps_what_was_saved(void **state)
{
    Fixture *f = *state;
    make_profile(f->path, f->story);
    struct stat st;
    assert_int_equal(stat(f->path, &st), 0);
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        /* No file may grow past 96 KiB more than the profile is now. */
        close(fds[0]);
        signal(SIGXFSZ, SIG_IGN);
        rlim_t limit = (rlim_t)st.st_size + 96 * 1024;
        struct rlimit rl = {limit, limit};
        setrlimit(RLIMIT_FSIZE, &rl);
        char *notice = NULL, *err = NULL;
        Profile *p = profile_open(f->path, &notice, &err);
        if (!p)
            _exit(3);
        char body[6000];
        for (int i = 0; i < 1000; i++) {
            memset(body, 'a' + i % 26, sizeof body - 1);
            body[sizeof body - 1] = '\0';
            int64_t id = profile_journal_new(p, NULL, NULL, NULL, &err);
            if (id < 0 || profile_journal_save(p, id, body, &err) < 0)
                break;
            char line[64];
            int n = snprintf(line, sizeof line, "saved %lld %d\n", (long long)id, i);
            if (write(fds[1], line, (size_t)n) != n)
                _exit(4);
        }
        char *line = text_format("error %s\n", err ? err : "none");
        if (write(fds[1], line, strlen(line)) < 0)
            _exit(5);
        _exit(0);
    }
    close(fds[1]);
    TextBuf out = {0};
    char buf[4096];
    ssize_t n;
    while ((n = read(fds[0], buf, sizeof buf)) > 0)
        textbuf_append(&out, buf, (size_t)n);
    close(fds[0]);
    int status;
    waitpid(pid, &status, 0);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
    assert_non_null(out.data);
    const char *error = strstr(out.data, "error ");
    assert_non_null(error);
    if (!contains(error, "Your journal page was not saved: the profile has reached the largest "
                         "file size allowed here (see ulimit -f).") &&
        !contains(error, "Your journal page was not saved: the disk is full"))
        fail_msg("unclear message: %s", error);
    assert_true(contains(error, "Everything saved before is kept."));

    /* Everything reported saved is there, and so is what was there before. */
    Profile *p = open_clean(f->path);
    assert_saved_data(p);
    JournalEntry *e;
    int count;
    char *err = NULL;
    assert_int_equal(profile_journal_list(p, &e, &count, &err), 0);
    int saved = 0;
    for (const char *l = out.data; l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL) {
        long long id;
        int i;
        if (strncmp(l, "saved ", 6) != 0)
            continue;
        assert_int_equal(sscanf(l, "saved %lld %d", &id, &i), 2);
        bool found = false;
        for (int k = 0; k < count; k++)
            if (e[k].id == id)
                found = strlen(e[k].body) == 5999 && e[k].body[0] == 'a' + i % 26;
        assert_true(found);
        saved++;
    }
    assert_true(saved >= 1);
    journal_entries_free(e, count);
    /* With room again, writing works. */
    assert_int_equal(profile_setting_set(p, "after", "room", &err), 0);
    profile_close(p);
    textbuf_free(&out);
}

/* ---- other copies and other programs ---- */

static void a_second_copy_opens_read_only(void **state)
{
    Fixture *f = *state;
    make_profile(f->path, f->story);
    Profile *first = open_clean(f->path);
    char *notice = NULL, *err = NULL;
    Profile *second = profile_open(f->path, &notice, &err);
    assert_non_null(second);
    assert_true(profile_read_only(second));
    assert_true(contains(notice, "another copy of Beside is using your profile"));
    assert_true(contains(notice, f->path));
    assert_saved_data(second);
    assert_int_equal(profile_setting_set(second, "theme", "light", &err), -1);
    assert_true(contains(err, "another copy of Beside is using your profile"));
    free(err);
    err = NULL;
    /* The first copy writes on, and the second sees it. */
    assert_int_equal(profile_setting_set(first, "size", "150", &err), 0);
    char *v = NULL;
    assert_int_equal(profile_setting_get(second, "size", &v, &err), 0);
    assert_string_equal(v, "150");
    free(v);
    profile_close(second);
    profile_close(first);
    free(notice);
    /* Once the first copy is gone, the next one writes. */
    Profile *p = open_clean(f->path);
    assert_false(profile_read_only(p));
    assert_saved_data(p);
    profile_close(p);
}

static void a_profile_another_copy_holds_is_never_set_aside_or_updated(void **state)
{
    Fixture *f = *state;
    /* Another copy holds the lock (as a running Beside does)... */
    char *lock_path = text_format("%s.lock", f->path);
    int lock = open(lock_path, O_RDWR | O_CREAT, 0600);
    assert_true(lock >= 0);
    assert_int_equal(flock(lock, LOCK_EX), 0);
    /* ...of a file that is not a profile: left where it is. */
    static const char text[] = "not a profile";
    write_all(f->path, text, sizeof text - 1);
    char *notice = NULL, *err = NULL;
    assert_null(profile_open(f->path, &notice, &err));
    assert_null(notice);
    if (!contains(err, "(it is not a database), and cannot set it aside now, because another "
                       "copy of Beside is using your profile"))
        fail_msg("unclear message: %s", err);
    free(err);
    assert_int_equal(count_files(f->dir, "profile.db.broken-", NULL), 0);
    /* An old profile is not updated under another copy's feet. */
    unlink(f->path);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, PROFILE_V1_SCHEMA, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    err = NULL;
    assert_null(profile_open(f->path, &notice, &err));
    if (!contains(err, "(it needs updating), and cannot update it now"))
        fail_msg("unclear message: %s", err);
    free(err);
    close(lock);
    /* Once the other copy is gone, it is updated. */
    Profile *p = profile_open(f->path, &notice, &err);
    assert_non_null(p);
    profile_close(p);
    free(lock_path);
}

/* A child holding the database in a write transaction (`sql`) for `seconds`
 * after it says "ready" (or until it is killed). */
static pid_t hold_database(const char *path, const char *sql, int seconds)
{
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        close(fds[0]);
        sqlite3 *db;
        if (sqlite3_open(path, &db) != SQLITE_OK ||
            sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
            _exit(1);
        if (write(fds[1], "ready", 5) != 5)
            _exit(1);
        sleep((unsigned)seconds);
        sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
        sqlite3_close(db);
        _exit(0);
    }
    close(fds[1]);
    char buf[8];
    assert_int_equal(read(fds[0], buf, sizeof buf), 5);
    close(fds[0]);
    return pid;
}

static void another_programs_long_write_is_waited_for_then_refused(void **state)
{
    Fixture *f = *state;
    make_profile(f->path, f->story);
    pid_t pid = hold_database(f->path, "BEGIN IMMEDIATE; INSERT INTO settings VALUES ('x', 'y');",
                              30);
    Profile *p = open_clean(f->path);
    assert_saved_data(p); /* reading goes on beside a writer */
    char *err = NULL;
    double t0 = seconds_now();
    assert_int_equal(profile_setting_set(p, "theme", "light", &err), -1);
    double waited = seconds_now() - t0;
    assert_true(waited >= 0.2 && waited < 2.0);
    assert_true(contains(err, "Your setting was not saved: another copy of Beside, or another "
                              "program, is using your profile"));
    assert_true(contains(err, "Everything saved before is kept."));
    free(err);
    err = NULL;
    /* The other program ends (killed mid-transaction): writing works. */
    kill(pid, SIGKILL);
    int status;
    waitpid(pid, &status, 0);
    assert_int_equal(profile_setting_set(p, "theme", "light", &err), 0);
    profile_close(p);
}

static void a_database_locked_by_another_program_is_left_alone(void **state)
{
    Fixture *f = *state;
    make_profile(f->path, f->story);
    size_t size;
    char *before = read_all(f->path, &size);
    /* Exclusive locking mode: no one else may even read. */
    pid_t pid = hold_database(f->path, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
                                       "INSERT INTO settings VALUES ('x', 'y');", 30);
    char *notice = NULL, *err = NULL;
    Profile *p = profile_open(f->path, &notice, &err);
    assert_null(p);
    assert_null(notice);
    if (!contains(err, "Beside cannot read your profile") || !contains(err, "locked"))
        fail_msg("unclear message: %s", err);
    free(err);
    assert_int_equal(count_files(f->dir, "profile.db.broken-", NULL), 0);
    kill(pid, SIGKILL);
    int status;
    waitpid(pid, &status, 0);
    p = open_clean(f->path);
    assert_saved_data(p);
    profile_close(p);
    free(before);
}

int main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
    const struct CMUnitTest tests[] = {
        T(a_read_only_folder_opens_the_profile_read_only),
        T(a_read_only_file_opens_read_only),
        T(a_folder_that_cannot_be_made_is_a_clear_error),
        T(a_full_disk_refuses_writes_and_keeps_what_was_saved),
        T(a_second_copy_opens_read_only),
        T(a_profile_another_copy_holds_is_never_set_aside_or_updated),
        T(another_programs_long_write_is_waited_for_then_refused),
        T(a_database_locked_by_another_program_is_left_alone),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
