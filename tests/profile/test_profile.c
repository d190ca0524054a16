/* test_profile.c — every call of profile.h on a healthy profile: where it
 * lives, settings, playthroughs saved at every choice, history with
 * rewinds, progress, Continue, time spent, and the journal. */
#include "profile_test.h"
#include "profile/profile_internal.h"

/* A clock the tests move by hand. */
static int64_t fake_time = 1000000;
static int64_t fake_now(void)
{
    return fake_time;
}

static void save(Profile *p, int64_t pt, const Run *r, bool rewound)
{
    char *err = NULL;
    if (profile_save(p, pt, r, rewound, &err) < 0)
        fail_msg("profile_save: %s", err);
}

static void open_makes_a_private_folder_and_file(void **state)
{
    Fixture *f = *state;
    char *path = in_dir(f->dir, "a/b/profile.db");
    Profile *p = open_clean(path);
    assert_string_equal(profile_path(p), path);
    assert_false(profile_read_only(p));
    struct stat st;
    char *a = in_dir(f->dir, "a"), *b = in_dir(f->dir, "a/b");
    assert_int_equal(stat(a, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0700);
    assert_int_equal(stat(b, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0700);
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    profile_close(p);
    /* The mark and the version are in the file. */
    sqlite3 *db;
    assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    sqlite3_stmt *q;
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT * FROM pragma_application_id, "
                                            "pragma_user_version, pragma_journal_mode", -1, &q,
                                        NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(q), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(q, 0), PROFILE_APPLICATION_ID);
    assert_int_equal(sqlite3_column_int(q, 1), PROFILE_SCHEMA_VERSION);
    assert_string_equal((const char *)sqlite3_column_text(q, 2), "wal");
    sqlite3_finalize(q);
    sqlite3_close(db);
    /* A profile copied in with loose permissions is made private. */
    chmod(path, 0644);
    p = open_clean(path);
    profile_close(p);
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    free(a);
    free(b);
    free(path);
}

static void default_path_follows_xdg_data_home_then_home(void **state)
{
    Fixture *f = *state;
    char *old_xdg = getenv("XDG_DATA_HOME") ? text_dup(getenv("XDG_DATA_HOME")) : NULL;
    char *old_home = getenv("HOME") ? text_dup(getenv("HOME")) : NULL;
    setenv("XDG_DATA_HOME", "/data/me", 1);
    setenv("HOME", "/home/me", 1);
    char *p = profile_default_path();
    assert_string_equal(p, "/data/me/beside/profile.db");
    free(p);
    setenv("XDG_DATA_HOME", "relative/is/ignored", 1);
    p = profile_default_path();
    assert_string_equal(p, "/home/me/.local/share/beside/profile.db");
    free(p);
    unsetenv("XDG_DATA_HOME");
    unsetenv("HOME");
    assert_null(profile_default_path());
    char *notice = NULL, *err = NULL;
    assert_null(profile_open(NULL, &notice, &err));
    assert_true(contains(err, "neither XDG_DATA_HOME nor HOME is set"));
    free(err);
    /* NULL opens the default. */
    setenv("XDG_DATA_HOME", f->dir, 1);
    Profile *pr = open_clean(NULL);
    char *expect = in_dir(f->dir, "beside/profile.db");
    assert_string_equal(profile_path(pr), expect);
    profile_close(pr);
    assert_int_equal(access(expect, F_OK), 0);
    free(expect);
    if (old_xdg)
        setenv("XDG_DATA_HOME", old_xdg, 1);
    else
        unsetenv("XDG_DATA_HOME");
    if (old_home)
        setenv("HOME", old_home, 1);
    free(old_xdg);
    free(old_home);
}

static void settings_are_kept_by_name(void **state)
{
    Fixture *f = *state;
    Profile *p = open_clean(f->path);
    char *v = NULL, *err = NULL;
    assert_int_equal(profile_setting_get(p, "theme", &v, &err), 0);
    assert_null(v);
    assert_int_equal(profile_setting_set(p, "theme", "dark", &err), 0);
    assert_int_equal(profile_setting_set(p, "text-size", "150", &err), 0);
    assert_int_equal(profile_setting_set(p, "theme", "high-contrast", &err), 0);
    assert_int_equal(profile_setting_set(p, "name", "Zoë ✓", &err), 0);
    profile_close(p);
    p = open_clean(f->path);
    assert_int_equal(profile_setting_get(p, "theme", &v, &err), 0);
    assert_string_equal(v, "high-contrast");
    free(v);
    assert_int_equal(profile_setting_get(p, "text-size", &v, &err), 0);
    assert_string_equal(v, "150");
    free(v);
    assert_int_equal(profile_setting_get(p, "name", &v, &err), 0);
    assert_string_equal(v, "Zoë ✓");
    free(v);
    assert_int_equal(profile_sync(p, &err), 0);
    profile_close(p);
}

static void every_choice_is_saved_and_continue_resumes_it(void **state)
{
    Fixture *f = *state;
    Profile *p = open_clean(f->path);
    char *err = NULL;
    int64_t pt = profile_begin(p, f->story, &err);
    assert_true(pt > 0);
    Run r;
    run_init(&r, f->story);
    const int path[] = {1, 0}; /* Wait, Talk */
    for (int i = 0; i < 2; i++) {
        choose_all(&r, &path[i], 1);
        save(p, pt, &r, false);
    }
    char *want = state_text_write(&r);
    profile_close(p); /* as if the game was closed */

    p = open_clean(f->path);
    int64_t found;
    char *story_id, *text;
    assert_int_equal(profile_last_unfinished(p, &found, &story_id, &text, &err), 0);
    assert_int_equal(found, pt);
    assert_string_equal(story_id, "walk");
    assert_string_equal(text, want);
    free(text);
    assert_int_equal(profile_state(p, pt, &text, &err), 0);
    assert_string_equal(text, want);
    Run back;
    assert_int_equal(state_text_read(f->story, text, &back, &err), 0);
    assert_int_equal(back.n_steps, 2);
    assert_int_equal(back.pos.scene, story_find_scene(f->story, "kitchen"));
    run_free(&back);
    free(text);
    free(story_id);
    free(want);
    run_free(&r);
    profile_close(p);
}

static void a_rewind_marks_choices_taken_back_and_keeps_them(void **state)
{
    Fixture *f = *state;
    Profile *p = open_clean(f->path);
    char *err = NULL;
    int64_t pt = profile_begin(p, f->story, &err);
    Run r;
    run_init(&r, f->story);
    const int first[] = {0, 0}; /* Knock, Talk */
    for (int i = 0; i < 2; i++) {
        choose_all(&r, &first[i], 1);
        save(p, pt, &r, false);
    }
    assert_int_equal(run_rewind(&r, 1, &err), 0);
    save(p, pt, &r, true);
    const int retry[] = {1, 0}; /* Fix it, Listen */
    for (int i = 0; i < 2; i++) {
        choose_all(&r, &retry[i], 1);
        save(p, pt, &r, false);
    }
    ChoiceHistory h;
    assert_int_equal(profile_history(p, pt, &h, &err), 0);
    assert_int_equal(h.count, 4);
    /* In the order made: the path taken first, then the retry. */
    assert_int_equal(h.items[0].step, 0);
    assert_string_equal(h.items[0].scene_id, "porch");
    assert_int_equal(h.items[0].choice, 0);
    assert_string_equal(h.items[0].choice_text, "Knock");
    assert_string_equal(h.items[0].kind, "rescue");
    assert_int_equal(h.items[0].n_meters, 3);
    assert_int_equal(h.items[0].meters[R], 30);
    assert_false(h.items[0].taken_back);
    assert_int_equal(h.items[1].step, 1);
    assert_string_equal(h.items[1].choice_text, "Talk");
    assert_string_equal(h.items[1].kind, "support");
    assert_int_equal(h.items[1].meters[I], 50);
    assert_true(h.items[1].taken_back);
    assert_int_equal(h.items[2].step, 1);
    assert_string_equal(h.items[2].choice_text, "Fix it");
    assert_int_equal(h.items[2].meters[R], 45);
    assert_false(h.items[2].taken_back);
    assert_int_equal(h.items[3].step, 2);
    assert_string_equal(h.items[3].scene_id, "kitchen");
    assert_false(h.items[3].taken_back);
    assert_true(h.items[3].made_at > 0);
    choice_history_free(&h);

    PlaythroughInfo *list;
    int n;
    assert_int_equal(profile_playthroughs(p, "walk", &list, &n, &err), 0);
    assert_int_equal(n, 1);
    assert_int_equal(list[0].id, pt);
    assert_string_equal(list[0].story_title, "walk");
    assert_int_equal(list[0].rewinds, 1);
    assert_int_equal(list[0].n_choices, 3);
    assert_int_equal(list[0].n_taken_back, 1);
    assert_true(list[0].at_ending);
    assert_true(list[0].finished > 0);
    assert_int_equal(list[0].n_endings, 1);
    assert_string_equal(list[0].endings[0], "close");
    playthrough_infos_free(list, n);
    run_free(&r);
    profile_close(p);
}

static void a_save_brings_the_history_in_line_with_the_run(void **state)
{
    Fixture *f = *state;
    Profile *p = open_clean(f->path);
    char *err = NULL;
    int64_t pt = profile_begin(p, f->story, &err);
    Run r;
    run_init(&r, f->story);
    const int path[] = {0, 0};
    choose_all(&r, path, 2);
    save(p, pt, &r, false);
    save(p, pt, &r, false); /* saving twice changes nothing */
    /* Rewound and chose again before a save (or resumed after a story
     * update, which passes rewound false): the save still fits. */
    assert_int_equal(run_rewind(&r, 0, &err), 0);
    const int other = 1;
    choose_all(&r, &other, 1);
    save(p, pt, &r, false);
    ChoiceHistory h;
    assert_int_equal(profile_history(p, pt, &h, &err), 0);
    assert_int_equal(h.count, 3);
    assert_true(h.items[0].taken_back);
    assert_true(h.items[1].taken_back);
    assert_false(h.items[2].taken_back);
    assert_string_equal(h.items[2].choice_text, "Wait");
    choice_history_free(&h);
    PlaythroughInfo *list;
    int n;
    assert_int_equal(profile_playthroughs(p, NULL, &list, &n, &err), 0);
    assert_int_equal(n, 1);
    assert_int_equal(list[0].rewinds, 0); /* not the player's rewind */
    assert_int_equal(list[0].n_choices, 1);
    assert_int_equal(list[0].n_taken_back, 2);
    playthrough_infos_free(list, n);
    run_free(&r);
    profile_close(p);
}

/* Plays `choices` in a new playthrough, saving each; returns its id. */
static int64_t play_new(Profile *p, const Story *s, const int *choices, int n, Run *r)
{
    char *err = NULL;
    int64_t pt = profile_begin(p, s, &err);
    assert_true(pt > 0);
    run_init(r, s);
    for (int i = 0; i < n; i++) {
        choose_all(r, &choices[i], 1);
        save(p, pt, r, false);
    }
    return pt;
}

static void progress_counts_started_finished_and_endings(void **state)
{
    Fixture *f = *state;
    Profile *p = open_clean(f->path);
    p->now = fake_now;
    char *err = NULL;
    StoryProgress sp;
    assert_int_equal(profile_progress(p, "walk", &sp, &err), 0);
    assert_int_equal(sp.started, 0);
    assert_int_equal(sp.finished, 0);
    assert_int_equal(sp.n_endings, 0);
    assert_int_equal(sp.last_played, 0);
    story_progress_free(&sp);

    Run r;
    const int to_close[] = {1, 0, 0};
    fake_time = 5000;
    int64_t a = play_new(p, f->story, to_close, 3, &r);
    /* Back one choice from the ending and on to another ending. */
    fake_time = 6000;
    assert_int_equal(run_rewind(&r, 2, &err), 0);
    save(p, a, &r, true);
    const int lecture = 1;
    choose_all(&r, &lecture, 1);
    save(p, a, &r, false);
    run_free(&r);
    /* Begun and left. */
    fake_time = 7000;
    int64_t b = play_new(p, f->story, to_close, 1, &r);
    assert_int_equal(profile_abandon(p, b, &err), 0);
    run_free(&r);
    /* Straight to "gone". */
    fake_time = 8000;
    const int leave = 2;
    play_new(p, f->story, &leave, 1, &r);
    run_free(&r);

    assert_int_equal(profile_progress(p, "walk", &sp, &err), 0);
    assert_int_equal(sp.started, 3);
    assert_int_equal(sp.finished, 2);
    assert_int_equal(sp.n_endings, 3);
    assert_string_equal(sp.endings[0], "close");
    assert_string_equal(sp.endings[1], "apart");
    assert_string_equal(sp.endings[2], "gone");
    assert_int_equal(sp.last_played, 8000);
    story_progress_free(&sp);
    assert_int_equal(profile_progress(p, "another", &sp, &err), 0);
    assert_int_equal(sp.started, 0);
    story_progress_free(&sp);
    story_progress_free(NULL);
    profile_close(p);
}

static void continue_offers_the_latest_unfinished_playthrough(void **state)
{
    Fixture *f = *state;
    Profile *p = open_clean(f->path);
    p->now = fake_now;
    char *err = NULL, *story_id, *text;
    int64_t found;
    assert_int_equal(profile_last_unfinished(p, &found, &story_id, &text, &err), 0);
    assert_int_equal(found, 0);
    assert_null(story_id);
    assert_null(text);

    Run ra, rb;
    const int knock = 0;
    fake_time = 100;
    int64_t a = play_new(p, f->story, &knock, 1, &ra);
    fake_time = 200;
    int64_t b = play_new(p, f->story, &knock, 1, &rb);
    assert_int_equal(profile_last_unfinished(p, &found, &story_id, &text, &err), 0);
    assert_int_equal(found, b);
    free(story_id);
    free(text);
    /* Started over: the newer one is abandoned, the older one is offered. */
    assert_int_equal(profile_abandon(p, b, &err), 0);
    assert_int_equal(profile_last_unfinished(p, &found, &story_id, &text, &err), 0);
    assert_int_equal(found, a);
    free(story_id);
    free(text);
    /* Finished: nothing to continue. */
    fake_time = 300;
    const int rest[] = {0, 0};
    choose_all(&ra, rest, 2);
    save(p, a, &ra, false);
    assert_int_equal(profile_last_unfinished(p, &found, &story_id, &text, &err), 0);
    assert_int_equal(found, 0);
    /* Rewound from the ending and left there: offered again. */
    fake_time = 400;
    assert_int_equal(run_rewind(&ra, 1, &err), 0);
    save(p, a, &ra, true);
    assert_int_equal(profile_last_unfinished(p, &found, &story_id, &text, &err), 0);
    assert_int_equal(found, a);
    free(story_id);
    free(text);
    run_free(&ra);
    run_free(&rb);
    profile_close(p);
}

static void time_spent_counts_pauses_up_to_fifteen_minutes(void **state)
{
    Fixture *f = *state;
    Profile *p = open_clean(f->path);
    p->now = fake_now;
    char *err = NULL;
    fake_time = 10000;
    Run r;
    int64_t pt = play_new(p, f->story, NULL, 0, &r);
    fake_time += 40; /* read the first scene for 40 s */
    const int knock = 0, talk = 0;
    choose_all(&r, &knock, 1);
    save(p, pt, &r, false);
    fake_time += 3600; /* went away for an hour */
    choose_all(&r, &talk, 1);
    save(p, pt, &r, false);
    profile_close(p);
    /* The next day, Continue. */
    p = open_clean(f->path);
    p->now = fake_now;
    fake_time += 86400;
    char *text;
    assert_int_equal(profile_state(p, pt, &text, &err), 0);
    free(text);
    fake_time += 20;
    const int listen = 0;
    choose_all(&r, &listen, 1);
    save(p, pt, &r, false);
    PlaythroughInfo *list;
    int n;
    assert_int_equal(profile_playthroughs(p, "walk", &list, &n, &err), 0);
    assert_int_equal(n, 1);
    assert_int_equal(list[0].active_seconds, 40 + 15 * 60 + 20);
    assert_int_equal(list[0].started, 10000);
    assert_int_equal(list[0].updated, fake_time);
    assert_int_equal(list[0].finished, fake_time);
    playthrough_infos_free(list, n);
    ChoiceHistory h;
    assert_int_equal(profile_history(p, pt, &h, &err), 0);
    assert_int_equal(h.count, 3);
    assert_int_equal(h.items[0].made_at, 10040);
    choice_history_free(&h);
    run_free(&r);
    profile_close(p);
}

static void the_journal_keeps_utf8_exactly(void **state)
{
    Fixture *f = *state;
    /* Accents, a combining mark, Greek, right-to-left, CJK, emoji (4 bytes),
     * a zero-width joiner sequence, tabs and blank lines. */
    static const char body[] = "Zoë said \"no\" — and I didn't fix it.\n\n"
                               "e\xcc\x81 Ελπίδα שלום 你好 😀 👩‍👧\t✓\n";
    Profile *p = open_clean(f->path);
    p->now = fake_now;
    char *err = NULL;
    fake_time = 500;
    int64_t a = profile_journal_new(p, "walk", "close", "When did you last fix something?", &err);
    assert_true(a > 0);
    fake_time = 600;
    int64_t b = profile_journal_new(p, NULL, NULL, NULL, &err);
    assert_true(b > a);
    /* Typed a character at a time, as the editor saves. */
    for (size_t n = 1; n <= sizeof body - 1; n++) {
        char *part = text_format("%.*s", (int)n, body);
        assert_int_equal(profile_journal_save(p, a, part, &err), 0);
        free(part);
    }
    assert_int_equal(profile_journal_save(p, b, "a free page", &err), 0);
    assert_int_equal(profile_sync(p, &err), 0);
    profile_close(p);

    p = open_clean(f->path);
    JournalEntry *e;
    int n;
    assert_int_equal(profile_journal_list(p, &e, &n, &err), 0);
    assert_int_equal(n, 2);
    assert_int_equal(e[0].id, b); /* newest first */
    assert_null(e[0].story_id);
    assert_null(e[0].ending_id);
    assert_null(e[0].prompt);
    assert_string_equal(e[0].body, "a free page");
    assert_int_equal(e[1].id, a);
    assert_string_equal(e[1].story_id, "walk");
    assert_string_equal(e[1].ending_id, "close");
    assert_string_equal(e[1].prompt, "When did you last fix something?");
    assert_memory_equal(e[1].body, body, sizeof body);
    assert_int_equal(e[1].created, 500);
    assert_int_equal(e[1].updated, 600);
    journal_entries_free(e, n);

    assert_int_equal(profile_journal_delete(p, a, &err), 0);
    assert_int_equal(profile_journal_list(p, &e, &n, &err), 0);
    assert_int_equal(n, 1);
    journal_entries_free(e, n);
    assert_int_equal(profile_journal_save(p, a, "too late", &err), -1);
    assert_true(contains(err, "Your journal page was not saved: that page is no longer"));
    free(err);
    err = NULL;
    assert_int_equal(profile_journal_delete(p, a, &err), -1);
    assert_true(contains(err, "no longer in the journal"));
    free(err);
    journal_entries_free(NULL, 0);
    profile_close(p);
}

static void unknown_playthroughs_and_wrong_stories_are_refused(void **state)
{
    Fixture *f = *state;
    Profile *p = open_clean(f->path);
    char *err = NULL, *text = NULL;
    Run r;
    run_init(&r, f->story);
    assert_int_equal(profile_save(p, 999, &r, false, &err), -1);
    assert_string_equal(err, "There is no saved playthrough 999.");
    free(err);
    assert_int_equal(profile_state(p, 999, &text, &err), -1);
    assert_null(text);
    assert_string_equal(err, "There is no saved playthrough 999.");
    free(err);
    assert_int_equal(profile_abandon(p, 999, &err), -1);
    free(err);
    int64_t pt = profile_begin(p, f->story, &err);
    Story *other = sb_new("other");
    sb_scene(other, "only", true);
    sb_finish(other);
    Run o;
    run_init(&o, other);
    assert_int_equal(profile_save(p, pt, &o, false, &err), -1);
    assert_string_equal(err, "Playthrough 1 is of story 'walk', not 'other'.");
    free(err);
    /* A refused save changed nothing. */
    ChoiceHistory h;
    assert_int_equal(profile_history(p, pt, &h, &err), 0);
    assert_int_equal(h.count, 0);
    choice_history_free(&h);
    choice_history_free(NULL);
    playthrough_infos_free(NULL, 0);
    run_free(&o);
    story_free(other);
    run_free(&r);
    profile_close(p);
    profile_close(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(open_makes_a_private_folder_and_file, setup, teardown),
        cmocka_unit_test_setup_teardown(default_path_follows_xdg_data_home_then_home, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(settings_are_kept_by_name, setup, teardown),
        cmocka_unit_test_setup_teardown(every_choice_is_saved_and_continue_resumes_it, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(a_rewind_marks_choices_taken_back_and_keeps_them, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(a_save_brings_the_history_in_line_with_the_run, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(progress_counts_started_finished_and_endings, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(continue_offers_the_latest_unfinished_playthrough, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(time_spent_counts_pauses_up_to_fifteen_minutes, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(the_journal_keeps_utf8_exactly, setup, teardown),
        cmocka_unit_test_setup_teardown(unknown_playthroughs_and_wrong_stories_are_refused, setup,
                                        teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
