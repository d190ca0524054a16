/* test_profile_migrate.c — profiles of every earlier schema version, made
 * from SQL kept here, come up to date with their data intact; a migrated
 * profile has exactly the schema of a fresh one; a step that fails leaves
 * the file as it was. */
#include "profile_test.h"
#include "profile/profile_internal.h"
#include "profile_v1.h"

/* Every earlier version: its schema and data. Add the newest old version
 * here whenever a step is added to engine/profile/profile_schema.c. */
/* Version 2 is version 1 with its step run as shipped (the data of
 * version 1 comes through it unchanged but for the new columns). */
static const char PROFILE_V2_STEP[] =
    "ALTER TABLE playthroughs ADD COLUMN active_seconds INTEGER;\n"
    "ALTER TABLE playthroughs ADD COLUMN rewinds INTEGER NOT NULL DEFAULT 0;\n"
    "UPDATE playthroughs SET rewinds = (SELECT count(DISTINCT taken_back_at) FROM choices\n"
    "  WHERE choices.playthrough = playthroughs.id AND taken_back_at IS NOT NULL);\n"
    "PRAGMA user_version = 2;\n";

static const struct {
    int version;
    const char *schema;
    const char *data;
    const char *then; /* run after the data: the steps up to `version` */
} EARLIER[] = {
    {1, PROFILE_V1_SCHEMA, PROFILE_V1_DATA, NULL},
    {2, PROFILE_V1_SCHEMA, PROFILE_V1_DATA, PROFILE_V2_STEP},
};
enum { N_EARLIER = sizeof EARLIER / sizeof EARLIER[0] };

static void make_db(const char *path, const char *schema, const char *data)
{
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    char *e = NULL;
    if (sqlite3_exec(db, schema, NULL, NULL, &e) != SQLITE_OK ||
        (data && sqlite3_exec(db, data, NULL, NULL, &e) != SQLITE_OK))
        fail_msg("making the old profile: %s", e);
    sqlite3_close(db);
}

/* Makes the file of EARLIER[i]. */
static void make_earlier(const char *path, int i)
{
    make_db(path, EARLIER[i].schema, EARLIER[i].data);
    if (EARLIER[i].then)
        make_db(path, EARLIER[i].then, NULL);
}

static int user_version(const char *path)
{
    sqlite3 *db;
    assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    int v = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

/* The schema as text: every table, index and column, in name order. */
static char *schema_of(const char *path)
{
    sqlite3 *db;
    assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema "
                                            "ORDER BY name", -1, &st, NULL), SQLITE_OK);
    TextBuf b = {0};
    while (sqlite3_step(st) == SQLITE_ROW)
        textbuf_printf(&b, "%s %s %s\n%s\n", sqlite3_column_text(st, 0),
                       sqlite3_column_text(st, 1), sqlite3_column_text(st, 2),
                       sqlite3_column_text(st, 3) ? (const char *)sqlite3_column_text(st, 3)
                                                  : "");
    sqlite3_finalize(st);
    sqlite3_close(db);
    return textbuf_take(&b);
}

/* The data of PROFILE_V1_DATA, seen through the current API. */
static void assert_v1_data(Profile *p, const Story *s)
{
    char *err = NULL, *v = NULL;
    assert_int_equal(profile_setting_get(p, "theme", &v, &err), 0);
    assert_string_equal(v, "dark");
    free(v);
    assert_int_equal(profile_setting_get(p, "text-size", &v, &err), 0);
    assert_string_equal(v, "150");
    free(v);

    StoryProgress sp;
    assert_int_equal(profile_progress(p, "walk", &sp, &err), 0);
    assert_int_equal(sp.started, 2);
    assert_int_equal(sp.finished, 1);
    assert_int_equal(sp.n_endings, 2);
    assert_string_equal(sp.endings[0], "apart");
    assert_string_equal(sp.endings[1], "close");
    assert_int_equal(sp.last_played, 2100);
    story_progress_free(&sp);

    ChoiceHistory h;
    assert_int_equal(profile_history(p, 1, &h, &err), 0);
    assert_int_equal(h.count, 5);
    static const char *const texts[] = {"Knock", "Talk", "Fix it", "Lecture", "Listen"};
    static const bool back[] = {false, true, false, true, false};
    for (int i = 0; i < 5; i++) {
        assert_string_equal(h.items[i].choice_text, texts[i]);
        assert_int_equal(h.items[i].taken_back, back[i]);
    }
    assert_int_equal(h.items[3].meters[I], 30);
    assert_string_equal(h.items[3].kind, "rescue");
    assert_int_equal(h.items[4].made_at, 1300);
    choice_history_free(&h);

    PlaythroughInfo *list;
    int n;
    assert_int_equal(profile_playthroughs(p, NULL, &list, &n, &err), 0);
    assert_int_equal(n, 2);
    assert_string_equal(list[0].story_title, "A walk");
    assert_int_equal(list[0].rewinds, 2); /* counted from the moments taken back */
    assert_int_equal(list[0].active_seconds, -1); /* not measured before version 2 */
    assert_int_equal(list[0].finished, 1260);
    assert_int_equal(list[0].n_choices, 3);
    assert_int_equal(list[0].n_taken_back, 2);
    assert_int_equal(list[1].rewinds, 0);
    assert_int_equal(list[1].finished, 0);
    playthrough_infos_free(list, n);

    int64_t pt;
    char *story_id, *state;
    assert_int_equal(profile_last_unfinished(p, &pt, &story_id, &state, &err), 0);
    assert_int_equal(pt, 2);
    assert_string_equal(story_id, "walk");
    assert_string_equal(state, V1_STATE_UNDER_WAY);
    Run r;
    assert_int_equal(state_text_read(s, state, &r, &err), 0);
    run_free(&r);
    free(story_id);
    free(state);
    assert_int_equal(profile_state(p, 1, &state, &err), 0);
    assert_string_equal(state, V1_STATE_FINISHED);
    free(state);

    JournalEntry *e;
    assert_int_equal(profile_journal_list(p, &e, &n, &err), 0);
    assert_int_equal(n, 2);
    assert_string_equal(e[0].body, "a free page");
    assert_string_equal(e[1].body, V1_JOURNAL_BODY);
    assert_string_equal(e[1].prompt, "When did you last fix something?");
    assert_int_equal(e[1].updated, 1450);
    journal_entries_free(e, n);
}

static void every_earlier_version_migrates_with_its_data(void **state)
{
    Fixture *f = *state;
    for (int i = 0; i < N_EARLIER; i++) {
        unlink(f->path);
        make_earlier(f->path, i);
        assert_int_equal(user_version(f->path), EARLIER[i].version);
        Profile *p = open_clean(f->path);
        assert_int_equal(user_version(f->path), PROFILE_SCHEMA_VERSION);
        assert_v1_data(p, f->story);
        /* The playthrough under way goes on. */
        char *err = NULL, *text = NULL;
        assert_int_equal(profile_state(p, 2, &text, &err), 0);
        Run r;
        assert_int_equal(state_text_read(f->story, text, &r, &err), 0);
        const int talk = 0;
        choose_all(&r, &talk, 1);
        assert_int_equal(profile_save(p, 2, &r, false, &err), 0);
        ChoiceHistory h;
        assert_int_equal(profile_history(p, 2, &h, &err), 0);
        assert_int_equal(h.count, 2);
        assert_string_equal(h.items[1].choice_text, "Talk");
        choice_history_free(&h);
        run_free(&r);
        free(text);
        profile_close(p);
        /* Opening again migrates nothing more. */
        p = open_clean(f->path);
        profile_close(p);
    }
}

static void a_migrated_profile_has_the_schema_of_a_fresh_one(void **state)
{
    Fixture *f = *state;
    char *fresh_path = in_dir(f->dir, "fresh.db");
    Profile *p = open_clean(fresh_path);
    profile_close(p);
    char *fresh = schema_of(fresh_path);
    assert_true(contains(fresh, "CREATE TABLE journal"));
    for (int i = 0; i < N_EARLIER; i++) {
        unlink(f->path);
        make_earlier(f->path, i);
        p = open_clean(f->path);
        profile_close(p);
        char *migrated = schema_of(f->path);
        assert_string_equal(migrated, fresh);
        free(migrated);
    }
    free(fresh);
    free(fresh_path);
}

static void a_step_that_fails_leaves_the_file_as_it_was(void **state)
{
    Fixture *f = *state;
    /* A version 1 profile that somehow has a column version 2 adds: the step
     * fails half way, and must leave nothing of itself behind. */
    make_db(f->path, PROFILE_V1_SCHEMA, PROFILE_V1_DATA);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "ALTER TABLE playthroughs ADD COLUMN rewinds TEXT",
                                  NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    char *before = schema_of(f->path);
    char *notice = NULL, *err = NULL;
    Profile *p = profile_open(f->path, &notice, &err);
    assert_null(p);
    assert_null(notice);
    if (!contains(err, "Beside could not update your profile from version 1") ||
        !contains(err, "Nothing was changed."))
        fail_msg("unclear message: %s", err);
    free(err);
    assert_int_equal(user_version(f->path), 1);
    char *after = schema_of(f->path);
    assert_string_equal(after, before);
    assert_int_equal(count_files(f->dir, "profile.db.broken-", NULL), 0);
    free(before);
    free(after);
}

int main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
    const struct CMUnitTest tests[] = {
        T(every_earlier_version_migrates_with_its_data),
        T(a_migrated_profile_has_the_schema_of_a_fresh_one),
        T(a_step_that_fails_leaves_the_file_as_it_was),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
