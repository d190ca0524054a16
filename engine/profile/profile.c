/* profile.c — what every part of the profile uses: where it lives,
 * statements, transactions, the messages of failed writes, closing. Opening
 * is in profile_open.c. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <time.h>
#include <unistd.h>

#include "core/i18n.h"
#include "core/text.h"
#include "core/userdirs.h"
#include "profile/profile_internal.h"

int64_t profile_now(Profile *p)
{
    return p->now ? p->now() : (int64_t)time(NULL);
}

int64_t profile_monotonic_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

char *profile_default_path(void)
{
    return userdirs_path("XDG_DATA_HOME", ".local/share", "beside/profile.db");
}

const char *profile_path(const Profile *p)
{
    return p->path;
}

bool profile_read_only(const Profile *p)
{
    return p->read_only;
}

/* ---- statements and transactions ---- */

sqlite3_stmt *profile_stmt(Profile *p, const char *sql, const char *what, char **err)
{
    int free_slot = -1;
    for (int i = 0; i < PROFILE_STMT_CACHE; i++) {
        if (p->stmts[i].sql == sql) {
            sqlite3_reset(p->stmts[i].stmt);
            sqlite3_clear_bindings(p->stmts[i].stmt);
            return p->stmts[i].stmt;
        }
        if (!p->stmts[i].sql && free_slot < 0)
            free_slot = i;
    }
    sqlite3_stmt *st;
    if (sqlite3_prepare_v3(p->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL) != SQLITE_OK) {
        profile_fail(p, what, err);
        return NULL;
    }
    if (free_slot < 0) { /* more statements than slots: make room, in turn */
        free_slot = p->next_evict;
        p->next_evict = (p->next_evict + 1) % PROFILE_STMT_CACHE;
        sqlite3_finalize(p->stmts[free_slot].stmt);
    }
    p->stmts[free_slot].sql = sql;
    p->stmts[free_slot].stmt = st;
    return st;
}

void profile_stmts_free(Profile *p)
{
    for (int i = 0; i < PROFILE_STMT_CACHE; i++) {
        sqlite3_finalize(p->stmts[i].stmt);
        p->stmts[i].sql = NULL;
        p->stmts[i].stmt = NULL;
    }
}

int profile_exec(Profile *p, const char *sql, const char *what, char **err)
{
    if (sqlite3_exec(p->db, sql, NULL, NULL, NULL) != SQLITE_OK)
        return profile_fail(p, what, err);
    return 0;
}

static int refuse_read_only(Profile *p, const char *what, char **err)
{
    return profile_fail_text(err, text_format("%s: %s.", _(what), p->read_only_why));
}

int profile_begin_write(Profile *p, bool durable, const char *what, char **err)
{
    if (p->read_only)
        return refuse_read_only(p, what, err);
    /* A commit that is not asked to be durable is still synced when the last
     * synced one is a second old, so steady typing in the journal reaches
     * the disk at least once a second. */
    bool full = durable || profile_monotonic_ms() - p->last_fsync_ms >= 1000;
    int want = full ? PROFILE_SYNC_FULL : PROFILE_SYNC_NORMAL;
    if (want != p->synchronous) {
        if (profile_exec(p, full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL",
                         what, err) < 0)
            return -1;
        p->synchronous = want;
    }
    return profile_exec(p, "BEGIN IMMEDIATE", what, err);
}

int profile_commit(Profile *p, const char *what, char **err)
{
    if (sqlite3_exec(p->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
        int rc = profile_fail(p, what, err);
        profile_rollback(p);
        return rc;
    }
    if (p->synchronous == PROFILE_SYNC_FULL)
        p->last_fsync_ms = profile_monotonic_ms();
    return 0;
}

void profile_rollback(Profile *p)
{
    if (!sqlite3_get_autocommit(p->db))
        sqlite3_exec(p->db, "ROLLBACK", NULL, NULL, NULL);
}

int profile_sync(Profile *p, char **err)
{
    if (p->read_only || p->synchronous == PROFILE_SYNC_FULL)
        return 0;
    /* A checkpoint syncs the write-ahead log before it copies from it. */
    if (profile_exec(p, "PRAGMA wal_checkpoint(PASSIVE)", N_("Your last changes may not be "
                                                         "safe over a power cut"), err) < 0)
        return -1;
    p->last_fsync_ms = profile_monotonic_ms();
    return 0;
}

/* ---- messages ---- */

int profile_fail_text(char **err, char *message)
{
    *err = message ? message : text_dup(_("out of memory"));
    return -1;
}

/* Why a write failed, when the system can tell: SQLite does not always keep
 * the errno of a failed write, so look at the disk and the limits. */
static const char *write_failure_cause(Profile *p, int e)
{
    const char *full = _("the disk is full. Free some space and try again");
    const char *limit = _("the profile has reached the largest file size allowed here "
                          "(see ulimit -f)");
    if (e == ENOSPC || e == EDQUOT)
        return full;
    if (e == EFBIG)
        return limit;
    char *dir = profile_dirname(p->path);
    struct statvfs vfs;
    bool no_room = dir && statvfs(dir, &vfs) == 0 &&
                   (uint64_t)vfs.f_bavail * vfs.f_frsize < 1024 * 1024;
    free(dir);
    if (no_room)
        return full;
    struct rlimit rl;
    if (getrlimit(RLIMIT_FSIZE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        return limit;
    return NULL;
}

char *profile_db_error(Profile *p, const char *what)
{
    /* `what` is N_-marked where it is written; it is translated here, where
     * a message is made, and never on the way there. */
    what = _(what);
    const char *kept = _("Everything saved before is kept.");
    int rc = sqlite3_extended_errcode(p->db);
    int e = sqlite3_system_errno(p->db);
    const char *cause;
    switch (rc & 0xff) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
        cause = write_failure_cause(p, e);
        if (cause)
            return text_format("%s: %s. %s", what, cause, kept);
        if ((rc & 0xff) == SQLITE_FULL)
            return text_format(_("%s: the disk is full. %s"), what, kept);
        return text_format(_("%s: the disk reported an error (%s). %s"), what,
                           e ? strerror(e) : _("input/output error"), kept);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return text_format(_("%s: another copy of Beside, or another program, is using "
                             "your profile (%s). Close it and try again. %s"),
                           what, p->path, kept);
    case SQLITE_READONLY:
        return text_format(_("%s: your profile (%s) cannot be written. %s"), what, p->path,
                           kept);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return text_format(_("%s: your profile (%s) is damaged. Start Beside again: it "
                             "will keep the damaged file aside and start a fresh profile."),
                           what, p->path);
    case SQLITE_NOMEM:
        return text_format(_("%s: the computer ran out of memory."), what);
    default:
        return text_format("%s: %s.", what, sqlite3_errmsg(p->db));
    }
}

int profile_fail(Profile *p, const char *what, char **err)
{
    return profile_fail_text(err, profile_db_error(p, what));
}

void profile_bind_text(sqlite3_stmt *st, int i, const char *s)
{
    if (s)
        sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(st, i);
}

char *profile_column_text(sqlite3_stmt *st, int col, bool *oom)
{
    const unsigned char *t = sqlite3_column_text(st, col);
    if (!t)
        return NULL;
    char *copy = text_dup((const char *)t);
    if (!copy)
        *oom = true;
    return copy;
}

/* ---- closing ---- */

void profile_close_db(Profile *p)
{
    profile_stmts_free(p);
    if (p->db)
        sqlite3_close(p->db);
    p->db = NULL;
}

void profile_close(Profile *p)
{
    if (!p)
        return;
    profile_close_db(p);
    /* After the database: its last checkpoint is done under our lock. */
    if (p->lock_fd >= 0)
        close(p->lock_fd);
    free(p->path);
    free(p->read_only_why);
    free(p);
}
