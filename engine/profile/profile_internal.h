/* profile_internal.h — what the files of engine/profile share: the Profile
 * itself, statements, transactions and the messages a failed write gives.
 * Nothing outside engine/profile (and its tests) includes this. */
#ifndef BESIDE_PROFILE_INTERNAL_H
#define BESIDE_PROFILE_INTERNAL_H

#include <sqlite3.h>

#include "profile/profile.h"

/* PRAGMA application_id of every Beside profile: "Bsd1" in ASCII. It marks
 * the file as ours, so a database of another program put at our path is
 * recognised as such and never altered. */
#define PROFILE_APPLICATION_ID 0x42736431

/* PRAGMA user_version written by this code (see profile_schema.c). */
extern const int PROFILE_SCHEMA_VERSION;

/* The tables of the current schema, in an order where a table comes after
 * the tables it refers to. */
extern const char *const PROFILE_TABLES[];
extern const int PROFILE_N_TABLES;

enum { PROFILE_STMT_CACHE = 32 };

/* PRAGMA synchronous values. */
enum { PROFILE_SYNC_NORMAL = 1, PROFILE_SYNC_FULL = 2 };

struct Profile {
    sqlite3 *db;
    char *path;
    bool read_only;
    char *read_only_why; /* why writes are refused, for messages */
    int lock_fd;         /* "<path>.lock", flock'd while we are the writer; -1 */
    int synchronous;     /* the PRAGMA synchronous now in force: 1 NORMAL, 2 FULL */
    int64_t last_fsync_ms; /* monotonic time of the last fully synced commit */
    /* Time spent playing: the playthrough being timed and since when. */
    int64_t clock_playthrough;
    int64_t clock_since;
    /* Unix seconds now (NULL: the real clock); tests set it to make time
     * pass. */
    int64_t (*now)(void);
    struct {
        const char *sql; /* the statement's text, compared by address */
        sqlite3_stmt *stmt;
    } stmts[PROFILE_STMT_CACHE];
    int next_evict;
};

/* A prepared statement for `sql` (a string literal: the cache compares
 * addresses), reset and with its bindings cleared; NULL with *err set.
 * It stays valid until the next call (with more statements than the cache
 * holds, that call may finalize it): use one, reset it, then get the next. */
sqlite3_stmt *profile_stmt(Profile *p, const char *sql, const char *what, char **err);
void profile_stmts_free(Profile *p);
/* Finalizes the statements and closes the database (not the lock). */
void profile_close_db(Profile *p);

/* Runs SQL with no results (one or more statements). 0, or -1 with *err. */
int profile_exec(Profile *p, const char *sql, const char *what, char **err);

/* BEGIN IMMEDIATE, after refusing when the profile is read-only. `what`
 * starts the message on failure ("Your choice was not saved"). With
 * `durable` the commit will be synced to the disk before it returns
 * (PRAGMA synchronous=FULL); without, it survives the process being killed
 * at once, and a power cut from the next synced commit or profile_sync().
 * A commit more than a second after the last synced one is synced anyway. */
int profile_begin_write(Profile *p, bool durable, const char *what, char **err);
/* COMMIT. On failure the transaction is rolled back and -1 returned with
 * *err set. */
int profile_commit(Profile *p, const char *what, char **err);
/* Rolls back the open transaction, if any; for failure paths. */
void profile_rollback(Profile *p);

/* The message for a failed SQLite call: `what` ("Your journal page was not
 * saved"), the cause in plain words, and what to do. Malloc'd. */
char *profile_db_error(Profile *p, const char *what);
/* Sets *err from profile_db_error and returns -1. */
int profile_fail(Profile *p, const char *what, char **err);
/* Sets *err to a malloc'd copy of `message` (or "out of memory") and
 * returns -1. */
int profile_fail_text(char **err, char *message);

/* Unix seconds (p->now). */
int64_t profile_now(Profile *p);
/* Milliseconds of a clock that never goes back. */
int64_t profile_monotonic_ms(void);

/* Binds a text, or NULL for NULL. */
void profile_bind_text(sqlite3_stmt *st, int i, const char *s);
/* Reads a text column as a malloc'd copy; NULL for NULL (and on no memory,
 * which *oom records). */
char *profile_column_text(sqlite3_stmt *st, int col, bool *oom);

/* ---- the schema (profile_schema.c) ---- */

/* Brings the database from its user_version to PROFILE_SCHEMA_VERSION, one
 * step at a time, each step in its own transaction. 0, or -1 with *err. */
int profile_migrate(sqlite3 *db, char **err);

/* ---- files (profile_files.c) ---- */

/* How a database file turned out on a look before use. */
typedef enum {
    PROFILE_FILE_OK,        /* a Beside profile this code can use */
    PROFILE_FILE_EMPTY,     /* no data at all: safe to make a profile in place */
    PROFILE_FILE_OLD,       /* a Beside profile with an older schema */
    PROFILE_FILE_NEWER,     /* a Beside profile from a newer Beside */
    PROFILE_FILE_BROKEN,    /* not a Beside profile, or damaged */
    PROFILE_FILE_UNREADABLE /* could not look: locked, permissions, I/O */
} ProfileFileState;

/* Looks at an open database: SQLite's header, application_id, user_version,
 * the tables, PRAGMA quick_check. *why (malloc'd) says what is wrong for
 * BROKEN and UNREADABLE, in words for the player. */
ProfileFileState profile_file_check(sqlite3 *db, char **why);
/* Every connection to a profile or a file to import: defensive mode, an
 * untrusted schema, no triggers or views run. Call right after opening. */
void profile_harden(sqlite3 *db);

/* True when the first bytes of the file say "SQLite format 3" or the file
 * is empty; false (with *why) for anything else, such as a text file. */
bool profile_file_looks_like_sqlite(const char *path, bool *empty, char **why);

/* Renames `path` (and its -wal file, if any) to "<path>.<tag>-YYYYMMDD-HHMMSS"
 * (with -2, -3... if taken) and removes its -shm. Returns the new name
 * (malloc'd), or NULL with *err set; the file is then left where it was. */
char *profile_file_move_aside(const char *path, const char *tag, char **err);

/* Creates every missing folder of `dir` with mode 0700. 0 or -1 (errno). */
int profile_mkdirs(const char *dir);
/* The folder holding `path` (malloc'd). */
char *profile_dirname(const char *path);
/* Removes "<path>-wal" and "<path>-shm", SQLite's files beside a database. */
void profile_remove_sidecars(const char *path);
/* Syncs a folder, so a rename in it survives a power cut. */
void profile_sync_dir(const char *dir);

#endif
