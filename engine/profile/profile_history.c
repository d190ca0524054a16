/* profile_history.c — reading playthroughs back: every choice with the ones
 * taken back, progress per story, and the playthroughs with what reports
 * need (time spent, rewinds, endings). */
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "profile/profile_internal.h"

/* "resentment=5 growth=40 intimacy=50" into values, in order. */
static int parse_meters(const char *text, uint8_t *out)
{
    int n = 0;
    for (const char *eq = text ? strchr(text, '=') : NULL; eq && n < STORY_MAX_METERS;
         eq = strchr(eq + 1, '=')) {
        int v = atoi(eq + 1);
        out[n++] = (uint8_t)(v < METER_MIN ? METER_MIN : v > METER_MAX ? METER_MAX : v);
    }
    return n;
}

void choice_history_free(ChoiceHistory *h)
{
    if (!h)
        return;
    for (int i = 0; i < h->count; i++) {
        free(h->items[i].scene_id);
        free(h->items[i].choice_text);
        free(h->items[i].kind);
    }
    free(h->items);
    h->items = NULL;
    h->count = 0;
}

int profile_history(Profile *p, int64_t pt, ChoiceHistory *out, char **err)
{
    memset(out, 0, sizeof *out);
    const char *what = N_("Beside could not read the choices you made");
    sqlite3_stmt *st = profile_stmt(p, "SELECT step, scene_id, choice, choice_text, kind, meters, "
                                       "made_at, taken_back_at FROM choices WHERE playthrough = ? "
                                       "ORDER BY seq", what, err);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, pt);
    int rc, cap = 0;
    bool oom = false;
    while (!oom && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (out->count == cap) {
            int n = cap ? cap * 2 : 16;
            ChoiceRecord *items = realloc(out->items, (size_t)n * sizeof *items);
            if (!items) {
                oom = true;
                break;
            }
            out->items = items;
            cap = n;
        }
        ChoiceRecord *c = &out->items[out->count++];
        memset(c, 0, sizeof *c);
        c->step = sqlite3_column_int(st, 0);
        c->scene_id = profile_column_text(st, 1, &oom);
        c->choice = sqlite3_column_int(st, 2);
        c->choice_text = profile_column_text(st, 3, &oom);
        c->kind = profile_column_text(st, 4, &oom);
        c->n_meters = parse_meters((const char *)sqlite3_column_text(st, 5), c->meters);
        c->made_at = sqlite3_column_int64(st, 6);
        c->taken_back = sqlite3_column_type(st, 7) != SQLITE_NULL;
    }
    sqlite3_reset(st);
    if (oom || rc != SQLITE_DONE) {
        choice_history_free(out);
        return oom ? profile_fail_text(err, NULL) : profile_fail(p, what, err);
    }
    return 0;
}

/* ---- progress ---- */

void story_progress_free(StoryProgress *sp)
{
    if (!sp)
        return;
    for (int i = 0; i < sp->n_endings; i++)
        free(sp->endings[i]);
    free(sp->endings);
    memset(sp, 0, sizeof *sp);
}

/* The distinct endings of one playthrough (pt > 0) or of a story's, oldest
 * first: statement `st` with its parameter bound. */
static int read_endings(Profile *p, sqlite3_stmt *st, char ***out, int *count, const char *what,
                        char **err)
{
    int rc, cap = 0;
    bool oom = false;
    *out = NULL;
    *count = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (*count == cap) {
            int n = cap ? cap * 2 : 4;
            char **e = realloc(*out, (size_t)n * sizeof *e);
            if (!e) {
                oom = true;
                break;
            }
            *out = e;
            cap = n;
        }
        (*out)[(*count)++] = profile_column_text(st, 0, &oom);
    }
    sqlite3_reset(st);
    if (!oom && rc == SQLITE_DONE)
        return 0;
    for (int i = 0; i < *count; i++)
        free((*out)[i]);
    free(*out);
    *out = NULL;
    *count = 0;
    return oom ? profile_fail_text(err, NULL) : profile_fail(p, what, err);
}

int profile_progress(Profile *p, const char *story_id, StoryProgress *out, char **err)
{
    memset(out, 0, sizeof *out);
    const char *what = N_("Beside could not read your progress");
    sqlite3_stmt *st = profile_stmt(p, "SELECT count(*), count(finished_at), "
                                       "coalesce(max(updated_at), 0) FROM playthroughs "
                                       "WHERE story_id = ?", what, err);
    if (!st)
        return -1;
    profile_bind_text(st, 1, story_id);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        out->started = sqlite3_column_int(st, 0);
        out->finished = sqlite3_column_int(st, 1);
        out->last_played = sqlite3_column_int64(st, 2);
    }
    sqlite3_reset(st);
    if (rc != SQLITE_ROW)
        return profile_fail(p, what, err);
    st = profile_stmt(p, "SELECT e.ending_id FROM endings e JOIN playthroughs t "
                         "ON t.id = e.playthrough WHERE t.story_id = ? GROUP BY e.ending_id "
                         "ORDER BY min(e.reached_at), min(e.rowid)", what, err);
    if (!st)
        return -1;
    profile_bind_text(st, 1, story_id);
    return read_endings(p, st, &out->endings, &out->n_endings, what, err);
}

void playthrough_infos_free(PlaythroughInfo *list, int count)
{
    for (int i = 0; list && i < count; i++) {
        free(list[i].story_id);
        free(list[i].story_title);
        for (int k = 0; k < list[i].n_endings; k++)
            free(list[i].endings[k]);
        free(list[i].endings);
    }
    free(list);
}

int profile_playthroughs(Profile *p, const char *story_id, PlaythroughInfo **out, int *count,
                         char **err)
{
    *out = NULL;
    *count = 0;
    const char *what = N_("Beside could not read your playthroughs");
    sqlite3_stmt *st = profile_stmt(
        p, "SELECT id, story_id, story_title, started_at, updated_at, coalesce(finished_at, 0), "
           "at_ending, abandoned_at IS NOT NULL, coalesce(active_seconds, -1), rewinds, "
           "(SELECT count(*) FROM choices c WHERE c.playthrough = t.id "
           "AND taken_back_at IS NULL), "
           "(SELECT count(*) FROM choices c WHERE c.playthrough = t.id "
           "AND taken_back_at IS NOT NULL) "
           "FROM playthroughs t WHERE ?1 IS NULL OR story_id = ?1 ORDER BY started_at, id",
        what, err);
    if (!st)
        return -1;
    profile_bind_text(st, 1, story_id);
    int rc, cap = 0;
    bool oom = false;
    PlaythroughInfo *list = NULL;
    while (!oom && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (*count == cap) {
            int n = cap ? cap * 2 : 8;
            PlaythroughInfo *l = realloc(list, (size_t)n * sizeof *l);
            if (!l) {
                oom = true;
                break;
            }
            list = l;
            cap = n;
        }
        PlaythroughInfo *t = &list[(*count)++];
        memset(t, 0, sizeof *t);
        t->id = sqlite3_column_int64(st, 0);
        t->story_id = profile_column_text(st, 1, &oom);
        t->story_title = profile_column_text(st, 2, &oom);
        t->started = sqlite3_column_int64(st, 3);
        t->updated = sqlite3_column_int64(st, 4);
        t->finished = sqlite3_column_int64(st, 5);
        t->at_ending = sqlite3_column_int(st, 6) != 0;
        t->abandoned = sqlite3_column_int(st, 7) != 0;
        t->active_seconds = sqlite3_column_int64(st, 8);
        t->rewinds = sqlite3_column_int(st, 9);
        t->n_choices = sqlite3_column_int(st, 10);
        t->n_taken_back = sqlite3_column_int(st, 11);
    }
    sqlite3_reset(st);
    if (oom || rc != SQLITE_DONE) {
        playthrough_infos_free(list, *count);
        *count = 0;
        return oom ? profile_fail_text(err, NULL) : profile_fail(p, what, err);
    }
    st = profile_stmt(p, "SELECT ending_id FROM endings WHERE playthrough = ? "
                         "GROUP BY ending_id ORDER BY min(reached_at), min(rowid)", what, err);
    for (int i = 0; i < *count; i++) {
        if (st) {
            sqlite3_bind_int64(st, 1, list[i].id);
            if (read_endings(p, st, &list[i].endings, &list[i].n_endings, what, err) == 0)
                continue;
        }
        playthrough_infos_free(list, *count);
        *count = 0;
        return -1;
    }
    *out = list;
    return 0;
}
