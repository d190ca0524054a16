/* profile_files.c — the profile as a file: is this file a Beside profile we
 * can use, moving a file that is not aside (never overwriting it), folders. */
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

static ProfileFileState unreadable_or_broken(sqlite3 *db, int rc, char **why)
{
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
        *why = text_dup(_("it is not a database"));
        return PROFILE_FILE_BROKEN;
    case SQLITE_CORRUPT:
        *why = text_dup(_("it is damaged"));
        return PROFILE_FILE_BROKEN;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        *why = text_dup(_("another program is holding it locked"));
        return PROFILE_FILE_UNREADABLE;
    default:
        *why = text_format("%s", sqlite3_errmsg(db));
        return PROFILE_FILE_UNREADABLE;
    }
}

/* Runs a statement that gives one integer. Returns the SQLite code. */
static int query_int(sqlite3 *db, const char *sql, int *out)
{
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK)
        return sqlite3_extended_errcode(db);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *out = sqlite3_column_int(st, 0);
        rc = SQLITE_OK;
    } else {
        rc = sqlite3_extended_errcode(db);
    }
    sqlite3_finalize(st);
    return rc;
}

/* PRAGMA quick_check: "ok", or the first problem found. */
static int quick_check(sqlite3 *db, char **problem)
{
    sqlite3_stmt *st;
    *problem = NULL;
    int rc = sqlite3_prepare_v2(db, "PRAGMA quick_check(1)", -1, &st, NULL);
    if (rc != SQLITE_OK)
        return sqlite3_extended_errcode(db);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        const char *r = (const char *)sqlite3_column_text(st, 0);
        if (!r || strcmp(r, "ok") != 0)
            *problem = text_format(_("it is damaged (%s)"), r ? r : _("no answer"));
        rc = SQLITE_OK;
    } else {
        rc = sqlite3_extended_errcode(db);
    }
    sqlite3_finalize(st);
    return rc;
}

void profile_harden(sqlite3 *db)
{
    /* A profile is a file anyone with access to it could have edited: its
     * schema is not trusted. Defensive mode refuses writes that could
     * corrupt the file (writable_schema, raw page writes); an untrusted
     * schema runs no function with side effects from a view, trigger,
     * index or default; and no trigger or view runs at all, since Beside
     * makes none (profile_file_check sets a profile holding one aside). */
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL);
    sqlite3_exec(db, "PRAGMA trusted_schema = OFF", NULL, NULL, NULL);
}

/* Something in the schema Beside did not make: a trigger or a view at any
 * version, or (at the current version, whose tables are known) a table
 * that is not one of Beside's. NULL when there is none, else why. */
static char *foreign_object(sqlite3 *db, bool current)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, "SELECT type, name FROM sqlite_schema WHERE type IN ('trigger', "
                               "'view') OR (type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                               "ESCAPE '\\')", -1, &st, NULL) != SQLITE_OK)
        return text_dup(_("it is damaged (its list of tables cannot be read)"));
    char *why = NULL;
    while (!why && sqlite3_step(st) == SQLITE_ROW) {
        const char *type = (const char *)sqlite3_column_text(st, 0);
        const char *name = (const char *)sqlite3_column_text(st, 1);
        bool ours = false;
        if (type && name && strcmp(type, "table") == 0) {
            ours = !current;
            for (int i = 0; i < PROFILE_N_TABLES; i++)
                ours |= strcmp(name, PROFILE_TABLES[i]) == 0;
        }
        if (!ours)
            why = text_dup(type && strcmp(type, "trigger") == 0
                               ? _("it holds a trigger that Beside did not make")
                           : type && strcmp(type, "view") == 0
                               ? _("it holds a view that Beside did not make")
                               : _("it holds a table that Beside did not make"));
    }
    sqlite3_finalize(st);
    return why;
}

ProfileFileState profile_file_check(sqlite3 *db, char **why)
{
    int app = 0, version = 0, objects = 0, rc;
    *why = NULL;
    if ((rc = query_int(db, "PRAGMA application_id", &app)) != SQLITE_OK ||
        (rc = query_int(db, "PRAGMA user_version", &version)) != SQLITE_OK ||
        (rc = query_int(db, "SELECT count(*) FROM sqlite_schema", &objects)) != SQLITE_OK)
        return unreadable_or_broken(db, rc, why);
    /* A database with nothing in it at all: what a crash while a profile was
     * first made leaves (the header is written when WAL is turned on, before
     * the first tables). Nothing can be lost by making the profile here. */
    if (app == 0 && version == 0 && objects == 0)
        return PROFILE_FILE_EMPTY;
    if (app != PROFILE_APPLICATION_ID) {
        *why = text_dup(_("it is not a Beside profile: another program made it"));
        return PROFILE_FILE_BROKEN;
    }
    if (version > PROFILE_SCHEMA_VERSION)
        return PROFILE_FILE_NEWER;
    char *problem;
    if ((rc = quick_check(db, &problem)) != SQLITE_OK)
        return unreadable_or_broken(db, rc, why);
    if (problem) {
        *why = problem;
        return PROFILE_FILE_BROKEN;
    }
    if (version < 1) {
        *why = text_dup(_("it is damaged (its version is missing)"));
        return PROFILE_FILE_BROKEN;
    }
    if ((*why = foreign_object(db, version == PROFILE_SCHEMA_VERSION)))
        return PROFILE_FILE_BROKEN;
    if (version < PROFILE_SCHEMA_VERSION)
        return PROFILE_FILE_OLD;
    int tables = 0;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?",
                           -1, &st, NULL) != SQLITE_OK)
        return unreadable_or_broken(db, sqlite3_extended_errcode(db), why);
    for (int i = 0; i < PROFILE_N_TABLES; i++) {
        sqlite3_reset(st);
        sqlite3_bind_text(st, 1, PROFILE_TABLES[i], -1, SQLITE_STATIC);
        if (sqlite3_step(st) == SQLITE_ROW)
            tables += sqlite3_column_int(st, 0);
    }
    sqlite3_finalize(st);
    if (tables != PROFILE_N_TABLES) {
        *why = text_dup(_("it is damaged (some of its tables are missing)"));
        return PROFILE_FILE_BROKEN;
    }
    return PROFILE_FILE_OK;
}

bool profile_file_looks_like_sqlite(const char *path, bool *empty, char **why)
{
    static const char magic[16] = "SQLite format 3";
    *empty = false;
    *why = NULL;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return true; /* not ours to judge: SQLite will say why it cannot open it */
    char head[16];
    ssize_t n = read(fd, head, sizeof head);
    close(fd);
    if (n == 0) {
        *empty = true;
        return true;
    }
    if (n == (ssize_t)sizeof head && memcmp(head, magic, sizeof magic) == 0)
        return true;
    if (n < 0)
        return true;
    *why = text_dup(_("it is not a database"));
    return false;
}

static bool exists(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0;
}

/* Gives `from` the name `to` unless `to` exists. 0, or -1 with errno
 * (EEXIST when `to` is taken). */
static int rename_no_replace(const char *from, const char *to)
{
    if (link(from, to) == 0)
        return unlink(from) == 0 || errno == ENOENT ? 0 : -1;
    if (errno == EEXIST)
        return -1;
    /* No hard links on this file system: look, then rename. */
    if (exists(to)) {
        errno = EEXIST;
        return -1;
    }
    return rename(from, to);
}

char *profile_file_move_aside(const char *path, const char *tag, char **err)
{
    time_t t = time(NULL);
    struct tm tm;
    char stamp[32] = "";
    if (localtime_r(&t, &tm))
        strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    char *wal = text_format("%s-wal", path);
    char *shm = text_format("%s-shm", path);
    char *dest = NULL;
    if (!wal || !shm)
        goto oom;
    for (int n = 1; n < 1000; n++) {
        dest = n == 1 ? text_format("%s.%s-%s", path, tag, stamp)
                      : text_format("%s.%s-%s-%d", path, tag, stamp, n);
        if (!dest)
            goto oom;
        if (rename_no_replace(path, dest) == 0)
            break;
        int e = errno;
        free(dest);
        dest = NULL;
        if (e != EEXIST) {
            *err = text_format(_("Beside could not set %s aside: %s."), path, strerror(e));
            goto done;
        }
    }
    if (!dest) {
        *err = text_format(_("Beside could not set %s aside: too many files of that "
                             "name."), path);
        goto done;
    }
    /* The -wal file belongs to the file moved: left here, SQLite would play
     * it into the fresh profile. It goes along with it; the -shm is only an
     * index SQLite rebuilds. */
    if (exists(wal)) {
        char *dest_wal = text_format("%s-wal", dest);
        if (!dest_wal || rename(wal, dest_wal) != 0) {
            *err = text_format(_("Beside could not set %s aside: %s."), wal,
                               dest_wal ? strerror(errno) : _("out of memory"));
            free(dest_wal);
            rename(dest, path); /* put things back as they were */
            free(dest);
            dest = NULL;
            goto done;
        }
        free(dest_wal);
    }
    unlink(shm);
    char *dir = profile_dirname(path);
    if (dir)
        profile_sync_dir(dir);
    free(dir);
    goto done;
oom:
    *err = text_dup(_("out of memory"));
done:
    free(wal);
    free(shm);
    return dest;
}

void profile_remove_sidecars(const char *path)
{
    char *wal = text_format("%s-wal", path), *shm = text_format("%s-shm", path);
    if (wal)
        unlink(wal);
    if (shm)
        unlink(shm);
    free(wal);
    free(shm);
}

char *profile_dirname(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return text_dup(".");
    if (slash == path)
        return text_dup("/");
    return text_format("%.*s", (int)(slash - path), path);
}

int profile_mkdirs(const char *dir)
{
    char *d = text_dup(dir);
    if (!d) {
        errno = ENOMEM;
        return -1;
    }
    int rc = 0;
    for (char *s = d + 1;; s++) {
        if (*s == '/' || *s == '\0') {
            char c = *s;
            *s = '\0';
            if (mkdir(d, 0700) != 0 && errno != EEXIST) {
                rc = -1;
                break;
            }
            *s = c;
            if (!c)
                break;
        }
    }
    int e = errno;
    free(d);
    errno = e;
    if (rc == 0) {
        struct stat st;
        if (stat(dir, &st) != 0)
            return -1;
        if (!S_ISDIR(st.st_mode)) {
            errno = ENOTDIR;
            return -1;
        }
    }
    return rc;
}

void profile_sync_dir(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
}
