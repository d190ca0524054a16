/* test_desk.c — the therapist's desk (engine/app/desk): a draft's lists
 * toggle and keep their order; the due date moves by days and never goes
 * before today; the catalogue offers each story's length, notes,
 * suggestions and ideas; checking gives beside assign's words under the
 * desk's names; saving never overwrites, reads back and joins the recent
 * assignments (the same one once, five at most); a saved file opens back
 * into a draft; a broken file says its line. */
#include "../profile/profile_test.h"
#include "app/desk.h"

static void a_draft_toggles_and_keeps_order(void **state)
{
    (void)state;
    Homework *d = desk_draft_new();
    assert_non_null(d);
    assert_int_equal(desk_toggle(&d->stories, &d->n_stories, "the-fine-line"), 1);
    assert_int_equal(desk_toggle(&d->stories, &d->n_stories, "nina-and-tom"), 1);
    assert_string_equal(d->stories[1], "nina-and-tom");
    assert_int_equal(desk_toggle(&d->stories, &d->n_stories, "the-fine-line"), 0);
    assert_int_equal(d->n_stories, 1);
    assert_string_equal(d->stories[0], "nina-and-tom");
    desk_add(&d->contacts, &d->n_contacts, "Crisis line: 988");
    desk_remove(&d->contacts, &d->n_contacts, 5); /* none: nothing happens */
    assert_int_equal(d->n_contacts, 1);
    desk_remove(&d->contacts, &d->n_contacts, 0);
    assert_int_equal(d->n_contacts, 0);
    assert_int_equal(desk_set_text(&d->note, "  \n "), 0);
    assert_null(d->note);
    desk_set_text(&d->note, "Play at your own pace.");
    assert_string_equal(d->note, "Play at your own pace.");
    homework_free(d);
}

static void the_due_date_moves_by_days(void **state)
{
    (void)state;
    Homework *d = desk_draft_new();
    char out[11];
    assert_int_equal(desk_date_add("2026-12-28", 7, out), 0);
    assert_string_equal(out, "2027-01-04");
    assert_int_equal(desk_date_add("2026-03-01", -1, out), 0);
    assert_string_equal(out, "2026-02-28");
    assert_int_equal(desk_date_add("not a date", 1, out), -1);
    desk_due_set(d, "2026-12-04", 7);
    assert_string_equal(d->due, "2026-12-11");
    desk_due_move(d, "2026-12-04", 1);
    assert_string_equal(d->due, "2026-12-12");
    desk_due_set(d, "2026-12-04", -1);
    assert_null(d->due);
    desk_due_move(d, "2026-12-04", -1); /* from today, and never before it */
    assert_string_equal(d->due, "2026-12-04");
    desk_due_set(d, "2026-12-04", 14);
    assert_string_equal(d->due, "2026-12-18");
    homework_free(d);
}

static void the_catalogue_offers_each_story(void **state)
{
    (void)state;
    setenv("BESIDE_STORIES", SCRIPTS, 1);
    DeskCatalogue c = {0};
    assert_true(desk_catalogue_load(&c) >= 5);
    assert_int_equal(desk_catalogue_ideas(&c, DOCS "/IDEAS.md"), 0);
    const DeskStory *s = desk_catalogue_find(&c, "nina-and-tom");
    assert_non_null(s);
    assert_string_equal(s->title, "Nina and Tom");
    assert_true(s->minutes > 0);
    assert_true(s->n_notes > 0);
    assert_true(s->n_reflect > 0 && s->n_practice > 0);
    assert_true(desk_find(s->teaches, s->n_teaches, "Listening instead of solving") >= 0);
    assert_null(desk_catalogue_find(&c, "no-such-story"));
    assert_int_equal(desk_catalogue_ideas(&c, "/nonexistent/IDEAS.md"), -1);
    desk_catalogue_free(&c);
    desk_catalogue_free(&c); /* twice is safe */
}

static void checking_uses_the_desks_names(void **state)
{
    (void)state;
    setenv("BESIDE_STORIES", SCRIPTS, 1);
    Homework *d = desk_draft_new();
    HomeworkProblems p = {0};
    assert_int_equal(desk_check(d, "2026-12-04", &p), 1);
    assert_string_equal(p.items[0].message, "Which stories? Pick at least one.");
    homework_problems_clear(&p);
    desk_toggle(&d->stories, &d->n_stories, "nina-and-tom");
    desk_add(&d->questions, &d->n_questions, "\t");
    desk_add(&d->contacts, &d->n_contacts, "Crisis\033[2J");
    assert_int_equal(desk_check(d, "2026-12-04", &p), 2);
    assert_string_equal(p.items[0].message, "Question 1 is empty. Write the text, or leave it "
                                            "out.");
    assert_true(contains(p.items[1].message, "Contact line 1 contains a control character "
                                             "(code 27)"));
    homework_problems_clear(&p);
    homework_free(d);
}

static Homework *good_draft(const char *note)
{
    Homework *d = desk_draft_new();
    desk_toggle(&d->stories, &d->n_stories, "nina-and-tom");
    desk_add(&d->questions, &d->n_questions, "When did you feel the pull to fix it?");
    desk_add(&d->contacts, &d->n_contacts, "Sam Lee's practice: 555 0142");
    desk_set_text(&d->from, "Sam Lee");
    desk_set_text(&d->note, note);
    return d;
}

static void saving_never_overwrites_and_is_remembered(void **state)
{
    Fixture *f = *state;
    setenv("BESIDE_STORIES", SCRIPTS, 1);
    Profile *p = open_clean(f->path);
    char today[11], *path = NULL, *message = NULL;
    desk_today(today);
    HomeworkProblems problems = {0};
    Homework *d = good_draft("Week one.");
    assert_int_equal(desk_save(d, f->dir, today, p, &problems, &path, &message), 0);
    assert_int_equal(problems.count, 0);
    assert_true(contains(path, "/assignment-") && contains(path, ".beside-homework"));
    assert_true(contains(message, path));
    char *first = path;
    free(message);
    assert_int_equal(desk_save(d, f->dir, today, p, &problems, &path, &message), 0);
    assert_string_not_equal(path, first); /* a second name: the first file is kept */
    free(message);
    Homework *back = desk_open(first, &message);
    assert_non_null(back);
    assert_null(back->assigned); /* dated again when saved again */
    assert_string_equal(back->contacts[0], "Sam Lee's practice: 555 0142");
    assert_string_equal(back->note, "Week one.");
    PathList files = {0};
    desk_find_files(f->dir, &files);
    assert_int_equal(files.count, 2);
    path_list_free(&files);
    Homework *recent[DESK_RECENT_MAX];
    assert_int_equal(desk_recent_list(p, recent), 1); /* the same assignment once */
    assert_string_equal(recent[0]->note, "Week one.");
    homework_free(recent[0]);
    for (int i = 2; i <= 7; i++) {
        char note[32];
        snprintf(note, sizeof note, "Week %d.", i);
        desk_set_text(&d->note, note);
        assert_int_equal(desk_recent_add(p, d), 0);
    }
    int n = desk_recent_list(p, recent);
    assert_int_equal(n, DESK_RECENT_MAX);
    assert_string_equal(recent[0]->note, "Week 7.");
    assert_string_equal(recent[4]->note, "Week 3.");
    for (int i = 0; i < n; i++)
        homework_free(recent[i]);
    assert_int_equal(desk_recent_list(NULL, recent), 0);
    homework_free(back);
    homework_free(d);
    free(first);
    free(path);
    profile_close(p);
}

static void a_draft_with_problems_is_not_saved(void **state)
{
    Fixture *f = *state;
    setenv("BESIDE_STORIES", SCRIPTS, 1);
    Homework *d = good_draft("x");
    desk_toggle(&d->stories, &d->n_stories, "nina-and-tim");
    char *path = NULL, *message = NULL;
    HomeworkProblems problems = {0};
    assert_int_equal(desk_save(d, f->dir, "2026-12-04", NULL, &problems, &path, &message), -1);
    assert_null(path);
    assert_true(contains(message, "Nothing was saved yet: 1 thing to fix"));
    assert_true(problems.items[0].not_found);
    PathList files = {0};
    desk_find_files(f->dir, &files);
    assert_int_equal(files.count, 0);
    free(message);
    homework_problems_clear(&problems);
    homework_free(d);
    char *bad = in_dir(f->dir, "bad.beside-homework");
    const char *text = "homework {\n  stories = { \"clean\" },\n  qestions = { \"Why?\" },\n}\n";
    write_all(bad, text, strlen(text));
    assert_null(desk_open(bad, &message));
    assert_true(contains(message, "bad.beside-homework:3: homework has a field 'qestions'"));
    free(message);
    free(bad);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_draft_toggles_and_keeps_order),
        cmocka_unit_test(the_due_date_moves_by_days),
        cmocka_unit_test(the_catalogue_offers_each_story),
        cmocka_unit_test(checking_uses_the_desks_names),
        cmocka_unit_test_setup_teardown(saving_never_overwrites_and_is_remembered, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(a_draft_with_problems_is_not_saved, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
