/* profile_drill.c — Spot it rounds, answers and Leitner boxes in the
 * profile (tables drill_items, drill_rounds, drill_answers). */
#include "profile/profile_drill.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "profile/profile_internal.h"

static const char *const READ_WHAT = N_("Beside could not read your Spot it progress");

int profile_drill_memory(Profile *p, DrillMemoryRow **out, int *count, char **err)
{
    *out = NULL;
    *count = 0;
    sqlite3_stmt *st = profile_stmt(p, "SELECT item_id, box, last_round FROM drill_items "
                                       "ORDER BY item_id", READ_WHAT, err);
    if (!st)
        return -1;
    int rc, cap = 0;
    bool oom = false;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW && !oom) {
        if (*count == cap) {
            cap = cap ? cap * 2 : 64;
            DrillMemoryRow *rows = realloc(*out, (size_t)cap * sizeof *rows);
            if (!rows) {
                oom = true;
                break;
            }
            *out = rows;
        }
        DrillMemoryRow *r = &(*out)[(*count)++];
        r->item_id = profile_column_text(st, 0, &oom);
        r->memory.box = sqlite3_column_int(st, 1);
        r->memory.last_round = sqlite3_column_int(st, 2);
    }
    sqlite3_reset(st);
    if (oom || (rc != SQLITE_DONE && rc != SQLITE_ROW)) {
        drill_memory_rows_free(*out, *count);
        *out = NULL;
        *count = 0;
        return oom ? profile_fail_text(err, NULL) : profile_fail(p, READ_WHAT, err);
    }
    return 0;
}

void drill_memory_rows_free(DrillMemoryRow *rows, int count)
{
    for (int i = 0; rows && i < count; i++)
        free(rows[i].item_id);
    free(rows);
}

/* One integer from a query with up to one bound integer. */
static int query_int(Profile *p, const char *sql, int64_t arg, int *out, char **err)
{
    sqlite3_stmt *st = profile_stmt(p, sql, READ_WHAT, err);
    if (!st)
        return -1;
    if (sqlite3_bind_parameter_count(st) > 0)
        sqlite3_bind_int64(st, 1, arg);
    int rc = sqlite3_step(st);
    *out = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_reset(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : profile_fail(p, READ_WHAT, err);
}

int profile_drill_next_round(Profile *p, int *round, char **err)
{
    int last = 0;
    if (query_int(p, "SELECT coalesce(max(number), 0) FROM drill_rounds WHERE mode = 'practice'",
                  0, &last, err) < 0)
        return -1;
    *round = last + 1;
    return 0;
}

int profile_drill_recent(Profile *p, int n, int *right, int *total, char **err)
{
    static const char recent[] =
        "SELECT count(*), coalesce(sum(a.kind = a.answer), 0) FROM (SELECT kind, answer FROM "
        "drill_answers JOIN drill_rounds ON drill_rounds.id = drill_answers.round WHERE "
        "drill_rounds.mode = 'practice' ORDER BY answered_at DESC, round DESC, seq DESC "
        "LIMIT ?) AS a";
    *right = *total = 0;
    sqlite3_stmt *st = profile_stmt(p, recent, READ_WHAT, err);
    if (!st)
        return -1;
    sqlite3_bind_int(st, 1, n);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *total = sqlite3_column_int(st, 0);
        *right = sqlite3_column_int(st, 1);
    }
    sqlite3_reset(st);
    return rc == SQLITE_ROW ? 0 : profile_fail(p, READ_WHAT, err);
}

int64_t profile_drill_begin(Profile *p, const char *mode, int number, char **err)
{
    const char *what = N_("Beside could not start your Spot it round");
    if (profile_begin_write(p, true, what, err) < 0)
        return -1;
    sqlite3_stmt *st = profile_stmt(p, "INSERT INTO drill_rounds (mode, number, started_at) "
                                       "VALUES (?, ?, ?)", what, err);
    if (!st) {
        profile_rollback(p);
        return -1;
    }
    profile_bind_text(st, 1, mode);
    sqlite3_bind_int(st, 2, number);
    sqlite3_bind_int64(st, 3, profile_now(p));
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) {
        profile_fail(p, what, err);
        profile_rollback(p);
        return -1;
    }
    int64_t id = sqlite3_last_insert_rowid(p->db);
    return profile_commit(p, what, err) < 0 ? -1 : id;
}

/* Moves the item's box after a practice answer, inside the open write. */
static int move_box(Profile *p, const char *item_id, int number, bool right, const char *what,
                    char **err)
{
    sqlite3_stmt *st = profile_stmt(p, "SELECT box FROM drill_items WHERE item_id = ?", what,
                                    err);
    if (!st)
        return -1;
    profile_bind_text(st, 1, item_id);
    int rc = sqlite3_step(st);
    int box = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_reset(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return profile_fail(p, what, err);
    st = profile_stmt(p, "INSERT INTO drill_items (item_id, box, last_round) VALUES (?, ?, ?) "
                         "ON CONFLICT (item_id) DO UPDATE SET box = excluded.box, "
                         "last_round = excluded.last_round", what, err);
    if (!st)
        return -1;
    profile_bind_text(st, 1, item_id);
    sqlite3_bind_int(st, 2, drill_box_after(box, right));
    sqlite3_bind_int(st, 3, number);
    rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? 0 : profile_fail(p, what, err);
}

/* The round's mode and number, inside the open write. */
static int round_of(Profile *p, int64_t round, char *mode, int *number, const char *what,
                    char **err)
{
    sqlite3_stmt *st = profile_stmt(p, "SELECT mode, number FROM drill_rounds WHERE id = ?",
                                    what, err);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, round);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        const unsigned char *m = sqlite3_column_text(st, 0);
        snprintf(mode, 12, "%s", m ? (const char *)m : "");
        *number = sqlite3_column_int(st, 1);
    }
    sqlite3_reset(st);
    if (rc == SQLITE_DONE)
        return profile_fail_text(err, text_format(_("%s: that round is not in your profile."),
                                                  _(what)));
    return rc == SQLITE_ROW ? 0 : profile_fail(p, what, err);
}

int profile_drill_answer(Profile *p, int64_t round, const DrillAnswer *a, char **err)
{
    const char *what = N_("Your answer was not saved");
    char mode[12];
    int number = 0;
    if (profile_begin_write(p, true, what, err) < 0)
        return -1;
    if (round_of(p, round, mode, &number, what, err) < 0) {
        profile_rollback(p);
        return -1;
    }
    sqlite3_stmt *st = profile_stmt(p, "INSERT INTO drill_answers (round, seq, item_id, "
                                       "situation, response, kind, answer, answered_at) VALUES "
                                       "(?1, (SELECT count(*) FROM drill_answers WHERE round = "
                                       "?1), ?2, ?3, ?4, ?5, ?6, ?7)", what, err);
    if (!st) {
        profile_rollback(p);
        return -1;
    }
    const DrillItem *it = a->item;
    sqlite3_bind_int64(st, 1, round);
    profile_bind_text(st, 2, it->id);
    profile_bind_text(st, 3, it->situation ? it->situation : "");
    profile_bind_text(st, 4, it->response ? it->response : "");
    profile_bind_text(st, 5, story_kind_name(it->kind));
    profile_bind_text(st, 6, story_kind_name(a->answer));
    sqlite3_bind_int64(st, 7, profile_now(p));
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) {
        profile_fail(p, what, err);
        profile_rollback(p);
        return -1;
    }
    if (strcmp(mode, "practice") == 0 &&
        move_box(p, it->id, number, a->answer == it->kind, what, err) < 0) {
        profile_rollback(p);
        return -1;
    }
    return profile_commit(p, what, err);
}

int profile_drill_finish(Profile *p, int64_t round, char **err)
{
    const char *what = N_("Beside could not mark your Spot it round finished");
    if (profile_begin_write(p, true, what, err) < 0)
        return -1;
    sqlite3_stmt *st = profile_stmt(p, "UPDATE drill_rounds SET finished_at = ? WHERE id = ?",
                                    what, err);
    if (!st) {
        profile_rollback(p);
        return -1;
    }
    sqlite3_bind_int64(st, 1, profile_now(p));
    sqlite3_bind_int64(st, 2, round);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) {
        profile_fail(p, what, err);
        profile_rollback(p);
        return -1;
    }
    return profile_commit(p, what, err);
}
