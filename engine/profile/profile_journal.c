/* profile_journal.c — the journal (pages written at an ending's reflection
 * prompt, or free pages) and the settings: the player's own words and
 * choices of look, kept as text. */
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "profile/profile_internal.h"

/* Runs a one-statement write in its own transaction: `st` is prepared and
 * bound by the caller. With `must_change`, changing no row is an error
 * (`missing`). */
static int write_one(Profile *p, sqlite3_stmt *st, const char *what, const char *missing,
                     char **err)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) {
        profile_fail(p, what, err);
        profile_rollback(p);
        return -1;
    }
    if (missing && sqlite3_changes(p->db) == 0) {
        profile_rollback(p);
        return profile_fail_text(err, text_format("%s: %s.", _(what), _(missing)));
    }
    return profile_commit(p, what, err);
}

/* ---- settings ---- */

int profile_setting_get(Profile *p, const char *key, char **value, char **err)
{
    *value = NULL;
    const char *what = N_("Beside could not read your settings");
    sqlite3_stmt *st = profile_stmt(p, "SELECT value FROM settings WHERE key = ?", what, err);
    if (!st)
        return -1;
    profile_bind_text(st, 1, key);
    int rc = sqlite3_step(st);
    bool oom = false;
    if (rc == SQLITE_ROW)
        *value = profile_column_text(st, 0, &oom);
    sqlite3_reset(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return profile_fail(p, what, err);
    return oom ? profile_fail_text(err, NULL) : 0;
}

int profile_setting_set(Profile *p, const char *key, const char *value, char **err)
{
    const char *what = N_("Your setting was not saved");
    if (profile_begin_write(p, false, what, err) < 0)
        return -1;
    sqlite3_stmt *st = profile_stmt(p, "INSERT INTO settings (key, value) VALUES (?, ?) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                    what, err);
    if (!st) {
        profile_rollback(p);
        return -1;
    }
    profile_bind_text(st, 1, key);
    profile_bind_text(st, 2, value ? value : "");
    return write_one(p, st, what, NULL, err);
}

/* ---- journal ---- */

int64_t profile_journal_new(Profile *p, const char *story_id, const char *ending_id,
                            const char *prompt, char **err)
{
    const char *what = N_("Beside could not start a journal page");
    if (profile_begin_write(p, true, what, err) < 0)
        return -1;
    sqlite3_stmt *st = profile_stmt(p, "INSERT INTO journal (story_id, ending_id, prompt, body, "
                                       "created_at, updated_at) VALUES (?, ?, ?, '', ?, ?)",
                                    what, err);
    if (!st) {
        profile_rollback(p);
        return -1;
    }
    int64_t now = profile_now(p);
    profile_bind_text(st, 1, story_id);
    profile_bind_text(st, 2, ending_id);
    profile_bind_text(st, 3, prompt);
    sqlite3_bind_int64(st, 4, now);
    sqlite3_bind_int64(st, 5, now);
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

int profile_journal_save(Profile *p, int64_t id, const char *body, char **err)
{
    const char *what = N_("Your journal page was not saved");
    /* Not durable: this runs at every key. See profile_begin_write. */
    if (profile_begin_write(p, false, what, err) < 0)
        return -1;
    sqlite3_stmt *st = profile_stmt(p, "UPDATE journal SET body = ?, updated_at = ? WHERE id = ?",
                                    what, err);
    if (!st) {
        profile_rollback(p);
        return -1;
    }
    profile_bind_text(st, 1, body ? body : "");
    sqlite3_bind_int64(st, 2, profile_now(p));
    sqlite3_bind_int64(st, 3, id);
    return write_one(p, st, what, N_("that page is no longer in the journal"), err);
}

int profile_journal_delete(Profile *p, int64_t id, char **err)
{
    const char *what = N_("The journal page was not deleted");
    if (profile_begin_write(p, true, what, err) < 0)
        return -1;
    sqlite3_stmt *st = profile_stmt(p, "DELETE FROM journal WHERE id = ?", what, err);
    if (!st) {
        profile_rollback(p);
        return -1;
    }
    sqlite3_bind_int64(st, 1, id);
    return write_one(p, st, what, N_("that page is no longer in the journal"), err);
}

void journal_entries_free(JournalEntry *e, int count)
{
    for (int i = 0; e && i < count; i++) {
        free(e[i].story_id);
        free(e[i].ending_id);
        free(e[i].prompt);
        free(e[i].body);
    }
    free(e);
}

int profile_journal_list(Profile *p, JournalEntry **out, int *count, char **err)
{
    *out = NULL;
    *count = 0;
    const char *what = N_("Beside could not read your journal");
    sqlite3_stmt *st = profile_stmt(p, "SELECT id, story_id, ending_id, prompt, body, created_at, "
                                       "updated_at FROM journal ORDER BY created_at DESC, id DESC",
                                    what, err);
    if (!st)
        return -1;
    int rc, cap = 0;
    bool oom = false;
    JournalEntry *list = NULL;
    while (!oom && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (*count == cap) {
            int n = cap ? cap * 2 : 8;
            JournalEntry *l = realloc(list, (size_t)n * sizeof *l);
            if (!l) {
                oom = true;
                break;
            }
            list = l;
            cap = n;
        }
        JournalEntry *e = &list[(*count)++];
        memset(e, 0, sizeof *e);
        e->id = sqlite3_column_int64(st, 0);
        e->story_id = profile_column_text(st, 1, &oom);
        e->ending_id = profile_column_text(st, 2, &oom);
        e->prompt = profile_column_text(st, 3, &oom);
        e->body = profile_column_text(st, 4, &oom);
        if (!e->body && !oom)
            oom = !(e->body = text_dup(""));
        e->created = sqlite3_column_int64(st, 5);
        e->updated = sqlite3_column_int64(st, 6);
    }
    sqlite3_reset(st);
    if (oom || rc != SQLITE_DONE) {
        journal_entries_free(list, *count);
        *count = 0;
        return oom ? profile_fail_text(err, NULL) : profile_fail(p, what, err);
    }
    *out = list;
    return 0;
}
