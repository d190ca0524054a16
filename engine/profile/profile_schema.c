/* profile_schema.c — the profile's tables and the steps that bring an older
 * database up to date. A new database is made by running every step from
 * version 0, so a fresh profile and a migrated one are the same by
 * construction (the tests check it).
 *
 * To change the schema: add a step at the end of MIGRATIONS, never edit a
 * step that has shipped, and add the old version's SQL with some data to
 * tests/profile/test_profile_migrate.c. */
#include <stdio.h>
#include <stdlib.h>

#include "core/i18n.h"
#include "core/text.h"
#include "profile/profile_internal.h"

typedef struct {
    int from; /* user_version before the step; after it is from + 1 */
    const char *sql;
} Migration;

static const Migration MIGRATIONS[] = {
    /* Version 1: the first schema. */
    {0, "CREATE TABLE settings (\n"
        "  key TEXT PRIMARY KEY NOT NULL,\n"
        "  value TEXT NOT NULL\n"
        ") WITHOUT ROWID;\n"
        /* One row per playthrough. `state` is the run as state_text (what
         * Continue resumes); the other columns are for lists and reports. */
        "CREATE TABLE playthroughs (\n"
        "  id INTEGER PRIMARY KEY,\n"
        "  story_id TEXT NOT NULL,\n"
        "  story_title TEXT NOT NULL,\n"
        "  story_version TEXT,\n"
        "  started_at INTEGER NOT NULL,\n"  /* unix seconds, as every time here */
        "  updated_at INTEGER NOT NULL,\n"
        "  finished_at INTEGER,\n"          /* when an ending was first reached */
        "  at_ending INTEGER NOT NULL DEFAULT 0,\n" /* the saved state is at an ending */
        "  abandoned_at INTEGER,\n"
        "  state TEXT NOT NULL\n"
        ");\n"
        "CREATE INDEX playthroughs_by_story ON playthroughs (story_id);\n"
        "CREATE INDEX playthroughs_by_update ON playthroughs (updated_at);\n"
        /* Every choice in the order made. A rewind does not delete: it sets
         * taken_back_at on the choices it took back. `step` is the choice's
         * place in the run (0 first); `choice` indexes the scene's choices;
         * `meters` are the values after it, as "name=value ...". */
        "CREATE TABLE choices (\n"
        "  playthrough INTEGER NOT NULL REFERENCES playthroughs (id) ON DELETE CASCADE,\n"
        "  seq INTEGER NOT NULL,\n"
        "  step INTEGER NOT NULL,\n"
        "  scene_id TEXT NOT NULL,\n"
        "  choice INTEGER NOT NULL,\n"
        "  choice_text TEXT NOT NULL,\n"
        "  kind TEXT NOT NULL,\n"
        "  meters TEXT NOT NULL,\n"
        "  made_at INTEGER NOT NULL,\n"
        "  taken_back_at INTEGER,\n"
        "  PRIMARY KEY (playthrough, seq)\n"
        ") WITHOUT ROWID;\n"
        /* Every time a playthrough reached an ending (after a rewind it can
         * reach another). */
        "CREATE TABLE endings (\n"
        "  playthrough INTEGER NOT NULL REFERENCES playthroughs (id) ON DELETE CASCADE,\n"
        "  ending_id TEXT NOT NULL,\n"
        "  reached_at INTEGER NOT NULL\n"
        ");\n"
        "CREATE INDEX endings_by_playthrough ON endings (playthrough);\n"
        "CREATE TABLE journal (\n"
        "  id INTEGER PRIMARY KEY,\n"
        "  story_id TEXT,\n"
        "  ending_id TEXT,\n"
        "  prompt TEXT,\n"
        "  body TEXT NOT NULL DEFAULT '',\n"
        "  created_at INTEGER NOT NULL,\n"
        "  updated_at INTEGER NOT NULL\n"
        ");\n"},
    /* Version 2: what homework reports need (issue 6). Time spent playing
     * (NULL for playthroughs from before: not measured), and how many times
     * the player went back, counted for old playthroughs from the distinct
     * moments their choices were taken back. */
    {1, "ALTER TABLE playthroughs ADD COLUMN active_seconds INTEGER;\n"
        "ALTER TABLE playthroughs ADD COLUMN rewinds INTEGER NOT NULL DEFAULT 0;\n"
        "UPDATE playthroughs SET rewinds = (SELECT count(DISTINCT taken_back_at) FROM choices\n"
        "  WHERE choices.playthrough = playthroughs.id AND taken_back_at IS NOT NULL);\n"},
    /* Version 3: Spot it, the practice drill (issue 14). The box of each
     * item practised; every round (practice, or check form A or B) and every
     * answer, with the item's text as asked and both kinds by name, so
     * progress and reports stay true after the bank changes. */
    {2, "CREATE TABLE drill_items (\n"
        "  item_id TEXT PRIMARY KEY NOT NULL,\n"
        "  box INTEGER NOT NULL,\n"
        "  last_round INTEGER NOT NULL\n"
        ") WITHOUT ROWID;\n"
        "CREATE TABLE drill_rounds (\n"
        "  id INTEGER PRIMARY KEY,\n"
        "  mode TEXT NOT NULL,\n"           /* 'practice', 'A' or 'B' */
        "  number INTEGER NOT NULL,\n"      /* the practice round's number; 0 a check */
        "  started_at INTEGER NOT NULL,\n"
        "  finished_at INTEGER\n"
        ");\n"
        "CREATE TABLE drill_answers (\n"
        "  round INTEGER NOT NULL REFERENCES drill_rounds (id) ON DELETE CASCADE,\n"
        "  seq INTEGER NOT NULL,\n"
        "  item_id TEXT NOT NULL,\n"
        "  situation TEXT NOT NULL,\n"
        "  response TEXT NOT NULL,\n"
        "  kind TEXT NOT NULL,\n"           /* the item's kind */
        "  answer TEXT NOT NULL,\n"         /* the kind the player picked */
        "  answered_at INTEGER NOT NULL,\n"
        "  PRIMARY KEY (round, seq)\n"
        ") WITHOUT ROWID;\n"},
};

enum { N_MIGRATIONS = sizeof MIGRATIONS / sizeof MIGRATIONS[0] };

const int PROFILE_SCHEMA_VERSION = N_MIGRATIONS;

const char *const PROFILE_TABLES[] = {"settings", "playthroughs", "choices", "endings",
                                      "journal", "drill_items", "drill_rounds",
                                      "drill_answers"};
const int PROFILE_N_TABLES = sizeof PROFILE_TABLES / sizeof PROFILE_TABLES[0];

static int user_version(sqlite3 *db, int *out)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
        return -1;
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        *out = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? 0 : -1;
}

static int fail(sqlite3 *db, int version, char **err)
{
    if (version < 0)
        *err = text_format(_("Beside could not update your profile: %s. Nothing was "
                             "changed."), sqlite3_errmsg(db));
    else
        *err = text_format(_("Beside could not update your profile from version %d: %s. "
                             "Nothing was changed."), version, sqlite3_errmsg(db));
    if (!sqlite3_get_autocommit(db))
        sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    return -1;
}

int profile_migrate(sqlite3 *db, char **err)
{
    int v = -1;
    /* Up to date: no write lock needed (another program may hold it). */
    if (user_version(db, &v) == 0 && v == PROFILE_SCHEMA_VERSION)
        return 0;
    for (;;) {
        v = -1;
        /* BEGIN IMMEDIATE takes the write lock before the version is read, so
         * two copies starting at once cannot both run a step. */
        if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK ||
            user_version(db, &v) < 0)
            return fail(db, v, err);
        if (v >= PROFILE_SCHEMA_VERSION)
            return sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK ? 0
                                                                             : fail(db, v, err);
        if (v < 0 || MIGRATIONS[v].from != v)
            return fail(db, v, err);
        /* The mark goes in with the first tables, in the same transaction, so
         * a profile never exists without it. */
        char pragmas[128];
        if (v == 0)
            snprintf(pragmas, sizeof pragmas, "PRAGMA application_id = %d; PRAGMA user_version = 1;",
                     PROFILE_APPLICATION_ID);
        else
            snprintf(pragmas, sizeof pragmas, "PRAGMA user_version = %d;", v + 1);
        if (sqlite3_exec(db, MIGRATIONS[v].sql, NULL, NULL, NULL) != SQLITE_OK ||
            sqlite3_exec(db, pragmas, NULL, NULL, NULL) != SQLITE_OK ||
            sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
            return fail(db, v, err);
    }
}
