/* profile_drill_history.c — reading Spot it back: rounds with their scores
 * per kind, and answers with the text that was asked. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "profile/profile_drill.h"
#include "profile/profile_internal.h"

static const char *const WHAT = N_("Beside could not read your Spot it progress");

static ChoiceKind kind_named(const unsigned char *name)
{
    int k = drill_kind_find((const char *)name);
    return k < 0 ? KIND_NEUTRAL : (ChoiceKind)k;
}

static void copy_mode(char *dst, const unsigned char *src)
{
    snprintf(dst, 12, "%s", src ? (const char *)src : "");
}

/* Fills each round's score from its answers. */
static int score_rounds(Profile *p, DrillRoundInfo *rounds, int n, char **err)
{
    sqlite3_stmt *st = profile_stmt(p, "SELECT kind, answer FROM drill_answers WHERE round = ?",
                                    WHAT, err);
    if (!st)
        return -1;
    for (int i = 0; i < n; i++) {
        sqlite3_reset(st);
        sqlite3_bind_int64(st, 1, rounds[i].id);
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            const unsigned char *kind = sqlite3_column_text(st, 0);
            const unsigned char *answer = sqlite3_column_text(st, 1);
            bool right = kind && answer && strcmp((const char *)kind, (const char *)answer) == 0;
            drill_score_add(&rounds[i].score, kind_named(kind), right);
        }
        if (rc != SQLITE_DONE) {
            sqlite3_reset(st);
            return profile_fail(p, WHAT, err);
        }
    }
    sqlite3_reset(st);
    return 0;
}

int profile_drill_rounds(Profile *p, int64_t since, DrillRoundInfo **out, int *count,
                         char **err)
{
    *out = NULL;
    *count = 0;
    sqlite3_stmt *st = profile_stmt(p, "SELECT id, mode, number, started_at, finished_at FROM "
                                       "drill_rounds WHERE started_at >= ? ORDER BY started_at, "
                                       "id", WHAT, err);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, since);
    int rc, cap = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (*count == cap) {
            cap = cap ? cap * 2 : 16;
            DrillRoundInfo *r = realloc(*out, (size_t)cap * sizeof *r);
            if (!r) {
                sqlite3_reset(st);
                free(*out);
                *out = NULL;
                *count = 0;
                return profile_fail_text(err, NULL);
            }
            *out = r;
        }
        DrillRoundInfo *r = &(*out)[(*count)++];
        memset(r, 0, sizeof *r);
        r->id = sqlite3_column_int64(st, 0);
        copy_mode(r->mode, sqlite3_column_text(st, 1));
        r->number = sqlite3_column_int(st, 2);
        r->started = sqlite3_column_int64(st, 3);
        r->finished = sqlite3_column_type(st, 4) != SQLITE_NULL;
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE || score_rounds(p, *out, *count, err) < 0) {
        if (rc != SQLITE_DONE)
            profile_fail(p, WHAT, err);
        free(*out);
        *out = NULL;
        *count = 0;
        return -1;
    }
    return 0;
}

int profile_drill_answers(Profile *p, int64_t since, bool missed_only, DrillAnswerRecord **out,
                          int *count, char **err)
{
    *out = NULL;
    *count = 0;
    sqlite3_stmt *st = profile_stmt(
        p, "SELECT a.round, r.mode, a.item_id, a.situation, a.response, a.kind, a.answer, "
           "a.answered_at FROM drill_answers AS a JOIN drill_rounds AS r ON r.id = a.round "
           "WHERE r.started_at >= ?1 AND (?2 = 0 OR a.kind <> a.answer) "
           "ORDER BY r.started_at, a.round, a.seq", WHAT, err);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, since);
    sqlite3_bind_int(st, 2, missed_only);
    int rc = SQLITE_DONE, cap = 0;
    bool oom = false;
    while (!oom && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (*count == cap) {
            cap = cap ? cap * 2 : 16;
            DrillAnswerRecord *a = realloc(*out, (size_t)cap * sizeof *a);
            if (!a) {
                oom = true;
                break;
            }
            *out = a;
        }
        DrillAnswerRecord *a = &(*out)[(*count)++];
        memset(a, 0, sizeof *a);
        a->round = sqlite3_column_int64(st, 0);
        copy_mode(a->mode, sqlite3_column_text(st, 1));
        a->item_id = profile_column_text(st, 2, &oom);
        a->situation = profile_column_text(st, 3, &oom);
        a->response = profile_column_text(st, 4, &oom);
        a->kind = kind_named(sqlite3_column_text(st, 5));
        a->answer = kind_named(sqlite3_column_text(st, 6));
        a->right = a->kind == a->answer;
        a->at = sqlite3_column_int64(st, 7);
    }
    sqlite3_reset(st);
    if (oom || rc != SQLITE_DONE) {
        drill_answer_records_free(*out, *count);
        *out = NULL;
        *count = 0;
        return oom ? profile_fail_text(err, NULL) : profile_fail(p, WHAT, err);
    }
    return 0;
}

void drill_answer_records_free(DrillAnswerRecord *a, int count)
{
    for (int i = 0; a && i < count; i++) {
        free(a[i].item_id);
        free(a[i].situation);
        free(a[i].response);
    }
    free(a);
}
