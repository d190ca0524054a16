/* profile_open.c — opening the profile, and what happens when that cannot
 * be done as asked: a file that is not a profile is set aside, a profile
 * that cannot be written (or that another copy writes) is opened read-only,
 * an older one is brought up to date. See "The profile" in
 * docs/ARCHITECTURE.md for the whole table. */
#define _DEFAULT_SOURCE /* flock() */

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/i18n.h"
#include "core/text.h"
#include "profile/profile_internal.h"

/* How long a write waits for another program's write before giving up. */
enum { BUSY_TIMEOUT_MS = 300 };

static bool file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

/* True when "<path>-wal" holds something. */
static bool has_wal(const char *path)
{
    char *wal = text_format("%s-wal", path);
    struct stat st;
    bool has = wal && stat(wal, &st) == 0 && st.st_size > 0;
    free(wal);
    return has;
}


/* Takes "<path>.lock", which the copy of Beside that writes the profile
 * holds while it runs (flock, so the kernel lets go when the process ends,
 * however it ends). Returns 1 when taken, 0 when another copy holds it, and
 * -1 (with errno) when the lock file cannot be made. */
static int take_lock(Profile *p)
{
    char *lock = text_format("%s.lock", p->path);
    if (!lock) {
        errno = ENOMEM;
        return -1;
    }
    int fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    int e = errno;
    free(lock);
    if (fd < 0) {
        errno = e;
        return -1;
    }
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        e = errno;
        close(fd);
        if (e == EWOULDBLOCK)
            return 0;
        errno = e;
        return -1;
    }
    p->lock_fd = fd;
    return 1;
}

/* "file:" URI of a path, with the characters a URI gives meaning escaped. */
static char *uri_of(const char *path, const char *query)
{
    TextBuf b = {0};
    textbuf_puts(&b, "file:");
    for (const unsigned char *c = (const unsigned char *)path; *c; c++) {
        if (*c == '%' || *c == '?' || *c == '#' || *c <= ' ' || *c >= 0x7f)
            textbuf_printf(&b, "%%%02X", *c);
        else
            textbuf_append(&b, (const char *)c, 1);
    }
    textbuf_printf(&b, "?%s", query);
    return textbuf_take(&b);
}

static int open_db(Profile *p, const char *name, int flags)
{
    int rc = sqlite3_open_v2(name, &p->db, flags, NULL);
    if (p->db) {
        profile_harden(p->db);
        sqlite3_extended_result_codes(p->db, 1);
        sqlite3_busy_timeout(p->db, BUSY_TIMEOUT_MS);
    }
    return rc;
}

/* Makes the database ready to write: write-ahead log, every commit synced
 * (the default; journal saves relax it, see profile_begin_write), foreign
 * keys, deleted text overwritten. Then brings the schema up to date. */
static int prepare_writer(Profile *p, char **err)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(p->db, "PRAGMA journal_mode = WAL", -1, &st, NULL) != SQLITE_OK)
        return profile_fail(p, N_("Beside could not set up your profile"), err);
    sqlite3_step(st);
    sqlite3_finalize(st);
    if (profile_exec(p, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
                        "PRAGMA secure_delete = ON",
                     N_("Beside could not set up your profile"), err) < 0)
        return -1;
    p->synchronous = PROFILE_SYNC_FULL;
    return profile_migrate(p->db, err);
}

static Profile *profile_alloc(const char *path)
{
    Profile *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->lock_fd = -1;
    p->path = path ? text_dup(path) : profile_default_path();
    if (!p->path) {
        free(p);
        return NULL;
    }
    return p;
}

/* Creates an empty profile file, readable by its owner only. */
static int create_file(const char *path, char **err)
{
    int fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0 && errno != EEXIST)
        return profile_fail_text(err, text_format(_("Beside cannot create your profile at %s: "
                                                    "%s. It plays on without saving."),
                                                  path, strerror(errno)));
    if (fd >= 0)
        close(fd);
    return 0;
}

typedef enum { OPEN_DONE, OPEN_READER, OPEN_FAILED } OpenResult;

/* Sets the file aside (it is not one we can use) and starts a fresh profile
 * in its place. */
static OpenResult start_fresh(Profile *p, ProfileFileState state, const char *why, int version,
                              char **notice, char **err)
{
    profile_close_db(p);
    char *aside = profile_file_move_aside(p->path, state == PROFILE_FILE_NEWER ? "newer"
                                                                              : "broken", err);
    if (!aside)
        return OPEN_FAILED;
    if (state == PROFILE_FILE_NEWER)
        *notice = text_format(
            _("Your profile was made by a newer version of Beside (profile version %d; this "
              "one knows up to %d), so this Beside left it unchanged and started a fresh "
              "profile. The newer one is kept as %s; a newer Beside can open it again if you "
              "rename it back to %s."), version, PROFILE_SCHEMA_VERSION, aside, p->path);
    else
        *notice = text_format(
            _("Your profile at %s could not be used: %s. It is kept, unchanged, as %s, and "
              "Beside started a fresh profile. Nothing in the old file was deleted."),
            p->path, why, aside);
    free(aside);
    if (create_file(p->path, err) < 0)
        return OPEN_FAILED;
    if (open_db(p, p->path, SQLITE_OPEN_READWRITE) != SQLITE_OK) {
        profile_fail(p, N_("Beside could not start a fresh profile"), err);
        return OPEN_FAILED;
    }
    return prepare_writer(p, err) < 0 ? OPEN_FAILED : OPEN_DONE;
}

static int read_version(sqlite3 *db)
{
    sqlite3_stmt *st;
    int v = -1;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return v;
}

/* We hold the lock: open for writing, setting aside what we cannot use. */
static OpenResult open_writer(Profile *p, char **why_reader, char **notice, char **err)
{
    char *dir = profile_dirname(p->path);
    if (!dir) {
        profile_fail_text(err, NULL);
        return OPEN_FAILED;
    }
    bool dir_writable = access(dir, W_OK) == 0;
    int dir_errno = errno;
    if (!file_exists(p->path)) {
        /* A log or index left without its database (the file was deleted by
         * hand) can be read by nothing, and must not be taken for the new
         * file's. */
        profile_remove_sidecars(p->path);
        if (create_file(p->path, err) < 0) {
            free(dir);
            return OPEN_FAILED;
        }
        profile_sync_dir(dir);
    } else if (!dir_writable) {
        *why_reader = text_format(_("the folder %s cannot be written (%s)"), dir,
                                  strerror(dir_errno));
        free(dir);
        return OPEN_READER;
    }
    free(dir);
    struct stat st;
    if (stat(p->path, &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 077))
        chmod(p->path, 0600); /* a profile is private, whoever copied it here */

    bool empty;
    char *why = NULL;
    if (!profile_file_looks_like_sqlite(p->path, &empty, &why)) {
        OpenResult r = start_fresh(p, PROFILE_FILE_BROKEN, why, 0, notice, err);
        free(why);
        return r;
    }
    if (open_db(p, p->path, SQLITE_OPEN_READWRITE) != SQLITE_OK) {
        if (p->db && (sqlite3_errcode(p->db) == SQLITE_READONLY ||
                      sqlite3_errcode(p->db) == SQLITE_CANTOPEN)) {
            *why_reader = text_format(_("the file %s cannot be written"), p->path);
            profile_close_db(p);
            return OPEN_READER;
        }
        profile_fail(p, N_("Beside cannot open your profile"), err);
        return OPEN_FAILED;
    }
    ProfileFileState state = profile_file_check(p->db, &why);
    OpenResult r = OPEN_DONE;
    switch (state) {
    case PROFILE_FILE_OK:
    case PROFILE_FILE_OLD:
    case PROFILE_FILE_EMPTY:
        if (sqlite3_db_readonly(p->db, "main") == 1) {
            *why_reader = text_format(_("the file %s cannot be written"), p->path);
            profile_close_db(p);
            r = OPEN_READER;
        } else if (prepare_writer(p, err) < 0) {
            r = OPEN_FAILED;
        }
        break;
    case PROFILE_FILE_NEWER:
    case PROFILE_FILE_BROKEN:
        r = start_fresh(p, state, why, read_version(p->db), notice, err);
        break;
    case PROFILE_FILE_UNREADABLE:
        *err = text_format(_("Beside cannot read your profile at %s: %s. The file is left "
                             "as it is, and Beside plays on without saving."), p->path, why);
        r = OPEN_FAILED;
        break;
    }
    free(why);
    return r;
}

/* Opens for reading only, because `why` (we cannot write, or another copy
 * does). Nothing is changed or moved: what cannot be read is an error. */
static OpenResult open_reader(Profile *p, const char *why, char **notice, char **err)
{
    bool empty;
    char *bad = NULL;
    if (!file_exists(p->path)) {
        *err = text_format(_("Beside cannot make a profile at %s: %s. It plays on without "
                             "saving."), p->path, why);
        return OPEN_FAILED;
    }
    if (!profile_file_looks_like_sqlite(p->path, &empty, &bad) || empty) {
        *err = text_format(_("Beside cannot read your profile at %s (%s), and cannot set "
                             "it aside now, because %s. It plays on without saving."),
                           p->path, bad ? bad : _("it is empty"), why);
        free(bad);
        return OPEN_FAILED;
    }
    int rc = open_db(p, p->path, SQLITE_OPEN_READONLY);
    ProfileFileState state = rc == SQLITE_OK ? profile_file_check(p->db, &bad)
                                             : PROFILE_FILE_UNREADABLE;
    if (state == PROFILE_FILE_UNREADABLE && !has_wal(p->path)) {
        /* SQLite reads a write-ahead-log database only when it may create the
         * -shm index beside it. With nothing in the log, the file alone is the
         * whole profile, and SQLite may read it as it stands. */
        free(bad);
        bad = NULL;
        profile_close_db(p);
        char *uri = uri_of(p->path, "immutable=1");
        rc = uri ? open_db(p, uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI) : SQLITE_NOMEM;
        free(uri);
        state = rc == SQLITE_OK ? profile_file_check(p->db, &bad) : PROFILE_FILE_UNREADABLE;
    }
    if (state != PROFILE_FILE_OK) {
        const char *what = state == PROFILE_FILE_OLD     ? _("it needs updating")
                           : state == PROFILE_FILE_NEWER ? _("a newer Beside made it")
                           : state == PROFILE_FILE_EMPTY ? _("it is empty")
                           : bad                         ? bad
                           : p->db                       ? sqlite3_errmsg(p->db)
                                                         : _("out of memory");
        *err = text_format(state == PROFILE_FILE_OLD
                               ? _("Beside cannot read your profile at %s (%s), and cannot "
                                   "update it now, because %s. It plays on without saving.")
                               : _("Beside cannot read your profile at %s (%s), and cannot "
                                   "set it aside now, because %s. It plays on without "
                                   "saving."),
                           p->path, what, why);
        free(bad);
        return OPEN_FAILED;
    }
    p->read_only = true;
    p->read_only_why = text_format(_("Beside can read your profile but not write it, "
                                     "because %s"), why);
    *notice = text_format(_("Your progress and journal will not be saved in this "
                            "session: %s. What you saved before is all there."), why);
    return OPEN_DONE;
}

Profile *profile_open(const char *path, char **notice, char **err)
{
    *notice = NULL;
    *err = NULL;
    Profile *p = profile_alloc(path);
    if (!p) {
        *err = text_dup(path ? _("out of memory")
                             : _("Beside does not know where to keep your profile: neither "
                                 "XDG_DATA_HOME nor HOME is set. It plays on without saving."));
        return NULL;
    }
    char *dir = profile_dirname(p->path);
    if (!dir || (profile_mkdirs(dir) < 0 && !file_exists(p->path))) {
        *err = text_format(_("Beside cannot make the folder for your profile (%s): %s. It "
                             "plays on without saving."), dir ? dir : p->path, strerror(errno));
        free(dir);
        profile_close(p);
        return NULL;
    }
    char *why_reader = NULL;
    OpenResult r;
    int locked = take_lock(p);
    if (locked == 1) {
        r = open_writer(p, &why_reader, notice, err);
        if (r == OPEN_READER) {
            close(p->lock_fd); /* another copy may write; we will not */
            p->lock_fd = -1;
        }
    } else {
        why_reader = locked == 0
            ? text_format(_("another copy of Beside is using your profile (%s). Close it "
                            "and start Beside again to save"), p->path)
            : text_format(_("the folder %s cannot be written (%s)"), dir, strerror(errno));
        r = OPEN_READER;
    }
    free(dir);
    if (r == OPEN_READER)
        r = open_reader(p, why_reader ? why_reader : _("out of memory"), notice, err);
    free(why_reader);
    if (r != OPEN_DONE) {
        free(*notice);
        *notice = NULL;
        if (!*err)
            *err = text_dup(_("out of memory"));
        profile_close(p);
        return NULL;
    }
    return p;
}
