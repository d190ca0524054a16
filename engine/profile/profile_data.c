/* profile_data.c — "your data": the whole profile exported to one file,
 * imported back, or deleted. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/i18n.h"
#include "core/text.h"
#include "profile/profile_internal.h"

/* Copies of the profile this code makes beside it: what "delete all my
 * data" removes with it. */
static const char *const ASIDE_TAGS[] = {".broken-", ".newer-", ".before-import-", ".import-"};

static bool same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

static void fsync_path(const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
}

/* VACUUM INTO `dest`, which must be an empty file. */
static int vacuum_into(Profile *p, const char *dest, const char *what, char **err)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(p->db, "VACUUM INTO ?", -1, &st, NULL) != SQLITE_OK)
        return profile_fail(p, what, err);
    sqlite3_bind_text(st, 1, dest, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return profile_fail(p, what, err);
    fsync_path(dest);
    return 0;
}

int profile_export(Profile *p, const char *dest, char **err)
{
    const char *what = N_("Your profile was not exported");
    if (same_file(dest, p->path))
        return profile_fail_text(err, text_format(_("%s: %s is the profile itself. "
                                                    "Choose another name."), _(what), dest));
    /* The copy is made under a temporary name beside `dest` and renamed over
     * it only when complete, so an existing file is never half replaced. */
    char *tmp = text_format("%s.partial-XXXXXX", dest);
    if (!tmp)
        return profile_fail_text(err, NULL);
    int fd = mkstemp(tmp); /* 0600: a profile is private */
    if (fd < 0) {
        int e = errno;
        free(tmp);
        char *dir = profile_dirname(dest);
        int rc = profile_fail_text(err, text_format(_("%s: the folder %s cannot be written (%s)."),
                                                    _(what), dir ? dir : dest, strerror(e)));
        free(dir);
        return rc;
    }
    close(fd);
    int rc = vacuum_into(p, tmp, what, err);
    if (rc == 0 && rename(tmp, dest) != 0)
        rc = profile_fail_text(err, text_format(_("%s: %s could not be replaced (%s)."), _(what),
                                                dest, strerror(errno)));
    if (rc < 0) {
        unlink(tmp);
    } else {
        char *dir = profile_dirname(dest);
        if (dir)
            profile_sync_dir(dir);
        free(dir);
    }
    free(tmp);
    return rc;
}

/* Copies the file `src` to the new file `dest` (which exists, empty). */
static int copy_file(const char *src, const char *dest, char **why)
{
    int in = open(src, O_RDONLY | O_CLOEXEC);
    if (in < 0) {
        *why = text_format(_("it cannot be read (%s)"), strerror(errno));
        return -1;
    }
    int out = open(dest, O_WRONLY | O_TRUNC | O_CLOEXEC);
    int rc = out < 0 ? -1 : 0;
    char buf[65536];
    ssize_t n;
    while (rc == 0 && (n = read(in, buf, sizeof buf)) != 0) {
        if (n < 0) {
            *why = text_format(_("it cannot be read (%s)"), strerror(errno));
            rc = -1;
            break;
        }
        for (ssize_t done = 0; done < n;) {
            ssize_t w = write(out, buf + done, (size_t)(n - done));
            if (w < 0) {
                *why = text_format(_("it could not be copied (%s)"), strerror(errno));
                rc = -1;
                break;
            }
            done += w;
        }
    }
    if (out < 0)
        *why = text_format(_("it could not be copied (%s)"), strerror(errno));
    else if (close(out) != 0 && rc == 0) {
        *why = text_format(_("it could not be copied (%s)"), strerror(errno));
        rc = -1;
    }
    close(in);
    return rc;
}


/* Checks that the file at `path` is a Beside profile and brings it to the
 * current schema. Returns 0, or -1 with *why saying what it is instead. */
static int check_import(const char *path, char **why)
{
    bool empty;
    if (!profile_file_looks_like_sqlite(path, &empty, why) || empty) {
        if (!*why)
            *why = text_dup(_("it is empty"));
        return -1;
    }
    sqlite3 *db = NULL;
    int rc = -1;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
        *why = text_format(_("it cannot be read (%s)"),
                           db ? sqlite3_errmsg(db) : _("out of memory"));
        goto done;
    }
    profile_harden(db);
    sqlite3_extended_result_codes(db, 1);
    switch (profile_file_check(db, why)) {
    case PROFILE_FILE_OK:
        rc = 0;
        break;
    case PROFILE_FILE_OLD: {
        char *e = NULL;
        rc = profile_migrate(db, &e);
        if (rc < 0)
            *why = text_format(_("it could not be brought up to date (%s)"), e ? e : "");
        free(e);
        break;
    }
    case PROFILE_FILE_NEWER:
        *why = text_dup(_("a newer version of Beside made it"));
        break;
    case PROFILE_FILE_EMPTY:
        *why = text_dup(_("it is an empty database"));
        break;
    case PROFILE_FILE_BROKEN:
    case PROFILE_FILE_UNREADABLE:
        break;
    }
done:
    sqlite3_close(db);
    return rc;
}

/* Replaces every table's rows with the attached database "import"'s. */
static int replace_tables(Profile *p, const char *what, char **err)
{
    if (profile_begin_write(p, true, what, err) < 0)
        return -1;
    for (int i = PROFILE_N_TABLES - 1; i >= 0; i--) {
        char sql[128];
        snprintf(sql, sizeof sql, "DELETE FROM main.%s", PROFILE_TABLES[i]);
        if (profile_exec(p, sql, what, err) < 0)
            goto fail;
    }
    for (int i = 0; i < PROFILE_N_TABLES; i++) {
        char sql[128];
        /* Same schema version on both sides, made by the same steps: the
         * same columns in the same order. */
        snprintf(sql, sizeof sql, "INSERT INTO main.%s SELECT * FROM import.%s",
                 PROFILE_TABLES[i], PROFILE_TABLES[i]);
        if (profile_exec(p, sql, what, err) < 0)
            goto fail;
    }
    return profile_commit(p, what, err);
fail:
    profile_rollback(p);
    return -1;
}

/* "<profile>.<tag>-YYYYMMDD-HHMMSS", created empty and private. */
static char *new_aside_file(const char *path, const char *tag, char **err)
{
    time_t t = time(NULL);
    struct tm tm;
    char stamp[32] = "";
    if (localtime_r(&t, &tm))
        strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    for (int n = 1; n < 1000; n++) {
        char *name = n == 1 ? text_format("%s.%s-%s", path, tag, stamp)
                            : text_format("%s.%s-%s-%d", path, tag, stamp, n);
        if (!name)
            break;
        int fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            close(fd);
            return name;
        }
        int e = errno;
        free(name);
        if (e != EEXIST) {
            *err = text_format(_("Nothing was imported: a copy of your profile could not be "
                                 "kept (%s). Your profile is unchanged."), strerror(e));
            return NULL;
        }
    }
    *err = text_dup(_("out of memory"));
    return NULL;
}

int profile_import(Profile *p, const char *src, char **notice, char **err)
{
    *notice = NULL;
    const char *what = N_("Nothing was imported");
    if (p->read_only)
        return profile_fail_text(err, text_format("%s: %s.", _(what), p->read_only_why));
    if (same_file(src, p->path))
        return profile_fail_text(err, text_format(_("%s: %s is the profile itself."), _(what),
                                                  src));
    /* Work on a copy in our folder: `src` is never changed (it may be on a
     * read-only stick), and an older profile can be brought up to date. */
    char *tmp = text_format("%s.import-XXXXXX", p->path);
    if (!tmp)
        return profile_fail_text(err, NULL);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        int e = errno;
        free(tmp);
        return profile_fail_text(err, text_format("%s: %s.", _(what), strerror(e)));
    }
    close(fd);
    char *why = NULL, *before = NULL;
    int rc = copy_file(src, tmp, &why);
    if (rc == 0)
        rc = check_import(tmp, &why);
    if (rc < 0) {
        rc = profile_fail_text(err, text_format(_("%s: %s is not a Beside profile you can "
                                                  "import (%s). Your profile is unchanged."),
                                                _(what), src, why ? why : _("out of memory")));
        goto done;
    }
    before = new_aside_file(p->path, "before-import", err);
    if (!before || vacuum_into(p, before, what, err) < 0) {
        if (before)
            unlink(before);
        rc = -1;
        goto done;
    }
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(p->db, "ATTACH ? AS import", -1, &st, NULL) != SQLITE_OK) {
        rc = profile_fail(p, what, err);
        goto done;
    }
    sqlite3_bind_text(st, 1, tmp, -1, SQLITE_STATIC);
    rc = sqlite3_step(st) == SQLITE_DONE ? 0 : profile_fail(p, what, err);
    sqlite3_finalize(st);
    if (rc == 0) {
        rc = replace_tables(p, what, err);
        sqlite3_exec(p->db, "DETACH import", NULL, NULL, NULL);
    }
    if (rc == 0)
        *notice = text_format(_("Your profile now holds what was in %s. The profile you "
                                "had before is kept as %s."), src, before);
    else
        unlink(before);
done:
    profile_remove_sidecars(tmp);
    unlink(tmp);
    free(tmp);
    free(before);
    free(why);
    return rc;
}

/* Removes the copies of the profile kept beside it. */
static void remove_aside_copies(const char *path)
{
    char *dir = profile_dirname(path);
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    size_t n = strlen(base);
    DIR *d = dir ? opendir(dir) : NULL;
    for (struct dirent *e; d && (e = readdir(d));) {
        if (strncmp(e->d_name, base, n) != 0)
            continue;
        for (size_t t = 0; t < sizeof ASIDE_TAGS / sizeof ASIDE_TAGS[0]; t++) {
            if (strncmp(e->d_name + n, ASIDE_TAGS[t], strlen(ASIDE_TAGS[t])) == 0) {
                char *full = text_format("%s/%s", dir, e->d_name);
                if (full)
                    unlink(full);
                free(full);
                break;
            }
        }
    }
    if (d)
        closedir(d);
    free(dir);
}

int profile_delete_all(Profile *p, char **err)
{
    const char *what = N_("Your data was not deleted");
    if (profile_begin_write(p, true, what, err) < 0)
        return -1;
    for (int i = PROFILE_N_TABLES - 1; i >= 0; i--) {
        char sql[64];
        snprintf(sql, sizeof sql, "DELETE FROM %s", PROFILE_TABLES[i]);
        if (profile_exec(p, sql, what, err) < 0) {
            profile_rollback(p);
            return -1;
        }
    }
    if (profile_commit(p, what, err) < 0)
        return -1;
    /* The rows are gone; secure_delete zeroed their pages, and these copy
     * the zeroes over the old pages in the file, rebuild it without free
     * pages and empty the write-ahead log, so no old text stays on disk. */
    if (profile_exec(p, "PRAGMA wal_checkpoint(TRUNCATE); VACUUM; "
                        "PRAGMA wal_checkpoint(TRUNCATE)", what, err) < 0)
        return -1;
    remove_aside_copies(p->path);
    return 0;
}
