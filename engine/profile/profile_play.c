/* profile_play.c — playthroughs: beginning one, saving it after every choice
 * and rewind, what Continue offers, leaving one. Reading them back for the
 * history, the debrief and reports is in profile_history.c. */
#include <stdlib.h>
#include <string.h>

#include "core/state_text.h"
#include "core/i18n.h"
#include "core/text.h"
#include "profile/profile_internal.h"

/* The longest pause between two choices that counts as time spent playing;
 * a longer one is someone who walked away, and counts this much. */
enum { PROFILE_MAX_PAUSE_SECONDS = 15 * 60 };

static const char *const SAVE_FAILED = N_("Your choice was not saved");

/* Runs a statement to its end (an INSERT, UPDATE or DELETE). */
static int step_done(Profile *p, sqlite3_stmt *st, const char *what, char **err)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? 0 : profile_fail(p, what, err);
}

static int no_such_playthrough(int64_t id, char **err)
{
    return profile_fail_text(err, text_format(_("There is no saved playthrough %lld."),
                                              (long long)id));
}

int64_t profile_begin(Profile *p, const Story *s, char **err)
{
    const char *what = N_("Beside could not start saving this story");
    Run r;
    run_init(&r, s);
    char *state = state_text_write(&r);
    run_free(&r);
    if (!state)
        return profile_fail_text(err, NULL);
    if (profile_begin_write(p, true, what, err) < 0) {
        free(state);
        return -1;
    }
    int64_t now = profile_now(p);
    sqlite3_stmt *st = profile_stmt(
        p, "INSERT INTO playthroughs (story_id, story_title, story_version, started_at, "
           "updated_at, state, active_seconds) VALUES (?, ?, ?, ?, ?, ?, 0)", what, err);
    if (st) {
        profile_bind_text(st, 1, s->id);
        profile_bind_text(st, 2, s->title ? s->title : s->id);
        profile_bind_text(st, 3, s->version);
        sqlite3_bind_int64(st, 4, now);
        sqlite3_bind_int64(st, 5, now);
        profile_bind_text(st, 6, state);
    }
    free(state);
    if (!st || step_done(p, st, what, err) < 0) {
        profile_rollback(p);
        return -1;
    }
    int64_t id = sqlite3_last_insert_rowid(p->db);
    if (profile_commit(p, what, err) < 0)
        return -1;
    p->clock_playthrough = id;
    p->clock_since = now;
    return id;
}

/* "resentment=5 growth=40 intimacy=50" */
static char *meters_text(const Story *s, const uint8_t *m)
{
    TextBuf b = {0};
    for (int i = 0; i < s->n_meters; i++)
        textbuf_printf(&b, "%s%s=%d", i ? " " : "", s->meters[i].name, m[i]);
    return textbuf_take(&b);
}

/* How many of the run's first steps the history holds as still standing
 * (not taken back), and how many it holds in all; -1 on failure. */
static int standing_steps(Profile *p, int64_t pt, const Run *run, int *standing, char **err)
{
    const Story *s = run->story;
    sqlite3_stmt *st = profile_stmt(p, "SELECT step, scene_id, choice FROM choices WHERE "
                                       "playthrough = ? AND taken_back_at IS NULL ORDER BY step",
                                    SAVE_FAILED, err);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, pt);
    int same = 0, rc;
    bool diverged = false;
    *standing = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        int i = sqlite3_column_int(st, 0);
        const char *scene = (const char *)sqlite3_column_text(st, 1);
        int choice = sqlite3_column_int(st, 2);
        if (!diverged && i == same && i < run->n_steps && scene &&
            strcmp(scene, s->scenes[run->steps[i].scene].id) == 0 &&
            choice == run->steps[i].choice)
            same++;
        else
            diverged = true;
        (*standing)++;
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        return profile_fail(p, SAVE_FAILED, err);
    return same;
}

/* Marks the standing choices from step `from` on as taken back. */
static int take_back(Profile *p, int64_t pt, int from, int64_t now, char **err)
{
    sqlite3_stmt *st = profile_stmt(p, "UPDATE choices SET taken_back_at = ? WHERE playthrough "
                                       "= ? AND taken_back_at IS NULL AND step >= ?",
                                    SAVE_FAILED, err);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, now);
    sqlite3_bind_int64(st, 2, pt);
    sqlite3_bind_int(st, 3, from);
    return step_done(p, st, SAVE_FAILED, err);
}

static int append_steps(Profile *p, int64_t pt, const Run *run, int from, int64_t now, char **err)
{
    const Story *s = run->story;
    sqlite3_stmt *st = profile_stmt(p, "SELECT coalesce(max(seq) + 1, 0) FROM choices WHERE "
                                       "playthrough = ?", SAVE_FAILED, err);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, pt);
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_reset(st);
        return profile_fail(p, SAVE_FAILED, err);
    }
    int64_t seq = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    for (int i = from; i < run->n_steps; i++) {
        const RunStep *rs = &run->steps[i];
        const Choice *c = &s->scenes[rs->scene].choices[rs->choice];
        char *meters = meters_text(s, rs->meters);
        if (!meters)
            return profile_fail_text(err, NULL);
        st = profile_stmt(p, "INSERT INTO choices (playthrough, seq, step, scene_id, choice, "
                             "choice_text, kind, meters, made_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          SAVE_FAILED, err);
        if (st) {
            sqlite3_bind_int64(st, 1, pt);
            sqlite3_bind_int64(st, 2, seq++);
            sqlite3_bind_int(st, 3, i);
            profile_bind_text(st, 4, s->scenes[rs->scene].id);
            sqlite3_bind_int(st, 5, rs->choice);
            profile_bind_text(st, 6, c->text ? c->text : "");
            profile_bind_text(st, 7, story_kind_name(c->kind));
            profile_bind_text(st, 8, meters);
            sqlite3_bind_int64(st, 9, now);
        }
        free(meters);
        if (!st || step_done(p, st, SAVE_FAILED, err) < 0)
            return -1;
    }
    return 0;
}

/* The playthrough's story, checked against the run's. */
static int check_playthrough(Profile *p, int64_t pt, const Run *run, char **err)
{
    sqlite3_stmt *st = profile_stmt(p, "SELECT story_id FROM playthroughs WHERE id = ?",
                                    SAVE_FAILED, err);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, pt);
    int rc = sqlite3_step(st);
    int result = 0;
    if (rc == SQLITE_ROW) {
        const char *id = (const char *)sqlite3_column_text(st, 0);
        if (!id || strcmp(id, run->story->id) != 0)
            result = profile_fail_text(
                err, text_format(_("Playthrough %lld is of story '%s', not '%s'."), (long long)pt,
                                 id ? id : "", run->story->id));
    } else {
        result = rc == SQLITE_DONE ? no_such_playthrough(pt, err)
                                   : profile_fail(p, SAVE_FAILED, err);
    }
    sqlite3_reset(st);
    return result;
}

static int update_playthrough(Profile *p, int64_t pt, const Run *run, const char *state,
                              bool rewind, bool reached_ending, int64_t now, char **err)
{
    int64_t played = 0;
    if (p->clock_playthrough == pt) {
        played = now - p->clock_since;
        played = played < 0 ? 0 : played > PROFILE_MAX_PAUSE_SECONDS ? PROFILE_MAX_PAUSE_SECONDS
                                                                      : played;
    }
    const Story *s = run->story;
    bool at_ending = runtime_at_ending(s, &run->pos);
    sqlite3_stmt *st = profile_stmt(
        p, "UPDATE playthroughs SET state = ?, updated_at = ?, at_ending = ?, "
           "active_seconds = active_seconds + ?, rewinds = rewinds + ?, "
           "finished_at = CASE WHEN ? THEN coalesce(finished_at, ?) ELSE finished_at END "
           "WHERE id = ?", SAVE_FAILED, err);
    if (!st)
        return -1;
    profile_bind_text(st, 1, state);
    sqlite3_bind_int64(st, 2, now);
    sqlite3_bind_int(st, 3, at_ending);
    sqlite3_bind_int64(st, 4, played);
    sqlite3_bind_int(st, 5, rewind);
    sqlite3_bind_int(st, 6, reached_ending);
    sqlite3_bind_int64(st, 7, now);
    sqlite3_bind_int64(st, 8, pt);
    if (step_done(p, st, SAVE_FAILED, err) < 0)
        return -1;
    if (!reached_ending)
        return 0;
    st = profile_stmt(p, "INSERT INTO endings (playthrough, ending_id, reached_at) "
                         "VALUES (?, ?, ?)", SAVE_FAILED, err);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, pt);
    profile_bind_text(st, 2, s->scenes[run->pos.scene].id);
    sqlite3_bind_int64(st, 3, now);
    return step_done(p, st, SAVE_FAILED, err);
}

int profile_save(Profile *p, int64_t pt, const Run *run, bool rewound, char **err)
{
    char *state = state_text_write(run);
    if (!state)
        return profile_fail_text(err, NULL);
    if (profile_begin_write(p, true, SAVE_FAILED, err) < 0) {
        free(state);
        return -1;
    }
    int64_t now = profile_now(p);
    int standing = 0, same = -1;
    int rc = check_playthrough(p, pt, run, err);
    if (rc == 0)
        rc = same = standing_steps(p, pt, run, &standing, err);
    bool took_back = same >= 0 && standing > same;
    if (rc >= 0 && took_back)
        rc = take_back(p, pt, same, now, err);
    if (rc >= 0)
        rc = append_steps(p, pt, run, same, now, err);
    if (rc >= 0)
        rc = update_playthrough(p, pt, run, state, rewound && took_back,
                                run->n_steps > same && runtime_at_ending(run->story, &run->pos),
                                now, err);
    free(state);
    if (rc < 0) {
        profile_rollback(p);
        return -1;
    }
    if (profile_commit(p, SAVE_FAILED, err) < 0)
        return -1;
    p->clock_playthrough = pt;
    p->clock_since = now;
    return 0;
}

int profile_last_unfinished(Profile *p, int64_t *playthrough, char **story_id, char **state,
                            char **err)
{
    *playthrough = 0;
    *story_id = *state = NULL;
    const char *what = N_("Beside could not read your saved stories");
    sqlite3_stmt *st = profile_stmt(p, "SELECT id, story_id, state FROM playthroughs WHERE "
                                       "at_ending = 0 AND abandoned_at IS NULL "
                                       "ORDER BY updated_at DESC, id DESC LIMIT 1", what, err);
    if (!st)
        return -1;
    int rc = sqlite3_step(st);
    bool oom = false;
    if (rc == SQLITE_ROW) {
        *playthrough = sqlite3_column_int64(st, 0);
        *story_id = profile_column_text(st, 1, &oom);
        *state = profile_column_text(st, 2, &oom);
    }
    sqlite3_reset(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return profile_fail(p, what, err);
    if (oom || (rc == SQLITE_ROW && (!*story_id || !*state))) {
        free(*story_id);
        free(*state);
        *story_id = *state = NULL;
        *playthrough = 0;
        return profile_fail_text(err, NULL);
    }
    return 0;
}

int profile_state(Profile *p, int64_t pt, char **state, char **err)
{
    *state = NULL;
    const char *what = N_("Beside could not read your saved story");
    sqlite3_stmt *st = profile_stmt(p, "SELECT state FROM playthroughs WHERE id = ?", what, err);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, pt);
    int rc = sqlite3_step(st);
    bool oom = false;
    if (rc == SQLITE_ROW)
        *state = profile_column_text(st, 0, &oom);
    sqlite3_reset(st);
    if (rc == SQLITE_DONE)
        return no_such_playthrough(pt, err);
    if (rc != SQLITE_ROW)
        return profile_fail(p, what, err);
    if (!*state)
        return profile_fail_text(err, NULL);
    /* Resuming: time spent counts from now. */
    p->clock_playthrough = pt;
    p->clock_since = profile_now(p);
    return 0;
}

int profile_abandon(Profile *p, int64_t pt, char **err)
{
    const char *what = N_("Beside could not put that story away");
    if (profile_begin_write(p, true, what, err) < 0)
        return -1;
    sqlite3_stmt *st = profile_stmt(p, "UPDATE playthroughs SET abandoned_at = ? WHERE id = ?",
                                    what, err);
    if (st) {
        sqlite3_bind_int64(st, 1, profile_now(p));
        sqlite3_bind_int64(st, 2, pt);
    }
    if (!st || step_done(p, st, what, err) < 0) {
        profile_rollback(p);
        return -1;
    }
    if (sqlite3_changes(p->db) == 0) {
        profile_rollback(p);
        return no_such_playthrough(pt, err);
    }
    return profile_commit(p, what, err);
}
