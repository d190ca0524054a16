/* test_report.c — the homework report (engine/report): player text escaped
 * and kept as written, left-out reflections absent, which playthroughs go
 * in, the plain-text version, and the file written privately and never
 * over another. */
#include "report_fixture.h"

enum { N = 6 };

typedef struct {
    Fixture base;
    FixturePages pages;
    Profile *p;
} RFixture;

static int rsetup(void **state)
{
    setenv("TZ", "UTC", 1);
    tzset();
    RFixture *f = calloc(1, sizeof *f);
    assert_non_null(f);
    f->base.dir = temp_dir();
    f->base.path = in_dir(f->base.dir, "profile.db");
    f->pages = fixture_profile(f->base.path, N);
    f->p = open_clean(f->base.path);
    *state = f;
    return 0;
}

static int rteardown(void **state)
{
    RFixture *f = *state;
    profile_close(f->p);
    rm_tree(f->base.dir);
    free(f->base.dir);
    free(f->base.path);
    free(f);
    return 0;
}

__attribute__((noinline)) static char *html_of(RFixture *f, const ReportOptions *o)
{
    char *out = NULL, *err = NULL;
    if (report_html(f->p, o, &out, &err) < 0)
        fail_msg("report_html: %s", err);
    return out;
}

__attribute__((noinline)) static char *text_of(RFixture *f, const ReportOptions *o)
{
    char *out = NULL, *err = NULL;
    if (report_text(f->p, o, &out, &err) < 0)
        fail_msg("report_text: %s", err);
    return out;
}

static int count_of(const char *text, const char *part)
{
    int n = 0;
    size_t from = 0, len = strlen(text);
    while (from < len) {
        const char *hit = strstr(text + from, part);
        if (!hit)
            break;
        n++;
        from = (size_t)(hit - text) + 1;
    }
    return n;
}

static void test_player_text_is_escaped(void **state)
{
    RFixture *f = *state;
    Homework hw = fixture_homework();
    ReportOptions o = {.homework = &hw, .now = 946684800 + 7 * 86400};
    char *html = html_of(f, &o);
    /* No script element at all, and no stray end of an svg. */
    assert_null(strstr(html, "<script"));
    assert_null(strstr(html, "<b>"));
    assert_int_equal(count_of(html, "<svg"), count_of(html, "</svg>"));
    assert_true(contains(html, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &lt;/svg&gt; "
                               "&amp; &quot;quoted&quot; it&#39;s"));
    assert_true(contains(html, "Say &quot;I&#39;ll &lt;fix&gt; it&quot; &amp; "
                               "&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert_true(contains(html, "Go &lt;b&gt;slowly&lt;/b&gt; &amp; be kind to "
                               "&quot;yourself&quot; — it&#39;s fine"));
    free(html);
}

static void test_non_ascii_survives(void **state)
{
    RFixture *f = *state;
    Homework hw = fixture_homework();
    ReportOptions o = {.homework = &hw};
    char *html = html_of(f, &o), *text = text_of(f, &o);
    assert_true(contains(html, UNICODE_REFLECTION));
    assert_true(contains(text, UNICODE_REFLECTION));
    assert_true(contains(html, "“Do you want advice, or should I just listen?”"));
    assert_true(contains(html, "<meta charset=\"utf-8\">"));
    free(html);
    free(text);
}

static void test_bad_bytes_and_controls(void **state)
{
    RFixture *f = *state;
    char *err = NULL;
    int64_t id = profile_journal_new(f->p, "first-story", NULL, NULL, &err);
    assert_int_equal(profile_journal_save(f->p, id, "bell\x07 bad\xff end\r\nnext", &err), 0);
    char *html = html_of(f, &(ReportOptions){0});
    assert_true(contains(html, "bell bad\xEF\xBF\xBD end\nnext"));
    free(html);
}

static void test_left_out_reflections_are_absent(void **state)
{
    RFixture *f = *state;
    Homework hw = fixture_homework();
    int64_t leave[] = {f->pages.private_page, f->pages.nasty};
    ReportOptions o = {.homework = &hw, .leave_out = leave, .n_leave_out = 2};
    char *html = html_of(f, &o), *text = text_of(f, &o);
    assert_false(contains(html, PRIVATE_REFLECTION));
    assert_false(contains(text, PRIVATE_REFLECTION));
    assert_false(contains(html, "alert(&#39;x&#39;)"));
    assert_true(contains(html, "I wanted to fix it at once."));

    JournalEntry *e;
    int n;
    char *err = NULL;
    assert_int_equal(report_reflections(f->p, &o, &e, &n, &err), 0);
    assert_int_equal(n, 2);
    assert_true(e[0].id == f->pages.unicode && e[1].id == f->pages.question);
    journal_entries_free(e, n);

    /* Without leaving any out: the story pages and the question's page,
     * oldest first; never the free page. */
    assert_int_equal(report_reflections(f->p, &(ReportOptions){.homework = &hw}, &e, &n, &err), 0);
    assert_int_equal(n, 4);
    assert_true(e[0].id == f->pages.nasty && e[3].id == f->pages.question);
    journal_entries_free(e, n);
    assert_false(contains(html, "never in a report"));

    char *preview = NULL;
    assert_int_equal(report_preview(f->p, &o, &preview, &err), 0);
    assert_false(contains(preview, PRIVATE_REFLECTION));
    char *want = text_format("(reflection %lld)", (long long)f->pages.unicode);
    assert_true(contains(preview, want));
    free(want);
    want = text_format("Left out (not in the report): reflection %lld",
                       (long long)f->pages.private_page);
    assert_true(contains(preview, want));
    free(want);
    free(preview);
    free(html);
    free(text);
}

static void test_which_playthroughs(void **state)
{
    RFixture *f = *state;
    Homework hw = fixture_homework();
    char *html = html_of(f, &(ReportOptions){.homework = &hw});
    assert_int_equal(count_of(html, "<article class=\"story\">"), 2);
    assert_true(strstr(html, "Nina and Tom</h3>") < strstr(html, "The Fine Line</h3>"));
    free(html);

    /* Only the second story assigned. */
    char *one[] = {"second-story", "never-played"};
    hw.stories = one;
    html = html_of(f, &(ReportOptions){.homework = &hw});
    assert_int_equal(count_of(html, "<article class=\"story\">"), 1);
    assert_false(contains(html, "Nina and Tom</h3>"));
    assert_true(contains(html, "never-played (not played yet)"));
    assert_false(contains(html, "alert(&#39;x&#39;)")); /* the first story's page */
    free(html);

    /* Assigned after everything was played: nothing is in it. */
    hw = fixture_homework();
    hw.assigned = "2999-01-01";
    html = html_of(f, &(ReportOptions){.homework = &hw});
    assert_int_equal(count_of(html, "<article class=\"story\">"), 0);
    assert_true(contains(html, "No stories were played for this assignment yet."));
    assert_true(contains(html, "No reflections are in this report."));
    free(html);

    /* No assignment: every story. */
    html = html_of(f, &(ReportOptions){0});
    assert_int_equal(count_of(html, "<article class=\"story\">"), 2);
    free(html);
}

static void test_choices_retries_and_counts(void **state)
{
    RFixture *f = *state;
    Homework hw = fixture_homework();
    char *html = html_of(f, &(ReportOptions){.homework = &hw});
    /* N choices per story, and the two taken back in the first. */
    assert_int_equal(count_of(html, "<tr><td class=\"num\">") +
                         count_of(html, "<tr class=\"back\"><td class=\"num\">"),
                     2 * N + 2);
    assert_int_equal(count_of(html, "<span class=\"tag\">taken back</span>"), 2);
    assert_int_equal(count_of(html, "tried again.</td></tr>"), 1);
    assert_true(contains(html, "Went back 1 time and tried again 1 time."));
    assert_true(contains(html, "Responses kept: "));
    assert_true(contains(html, "Taken back: "));
    assert_int_equal(count_of(html, "role=\"img\" aria-labelledby=\"chart-"), 2);
    assert_true(contains(html, "red solid line") && contains(html, "blue dashed line") &&
                contains(html, "purple dotted line"));
    assert_true(contains(html, "Ending reached: the-end."));
    assert_true(contains(html, "Practice for the week"));
    assert_true(contains(html, "practice, not therapy"));
    assert_true(contains(html, "<html lang=\"en\">"));
    free(html);
}

/* The two kinds added to the language come out with their names, in the
 * table, the counts and the plain text, like the first five. */
static void test_new_kinds_are_named(void **state)
{
    RFixture *f = *state;
    Story *s = sb_new("kinds-story");
    int a = sb_scene(s, "a", false), b = sb_scene(s, "b", false);
    sb_scene(s, "the-end", true);
    sb_get(s, a, sb_choice(s, a, "Hold his card, as his counsellor planned", "b"))->kind =
        KIND_DEPENDS;
    sb_get(s, b, sb_choice(s, b, "Tell her she is making a fuss", "the-end"))->kind =
        KIND_HURTFUL;
    sb_finish(s);
    char *err = NULL;
    int64_t pt = profile_begin(f->p, s, &err);
    assert_true(pt > 0);
    Run r;
    run_init(&r, s);
    for (int i = 0; i < 2; i++) {
        assert_int_equal(run_choose(&r, 0, NULL, &err), 0);
        assert_int_equal(profile_save(f->p, pt, &r, false, &err), 0);
    }
    run_free(&r);
    char *text = text_of(f, &(ReportOptions){0});
    assert_true(contains(text, "\u2018Hold his card, as his counsellor planned\u2019 - It depends - "));
    assert_true(contains(text, "\u2018Tell her she is making a fuss\u2019 - Hurtful - "));
    assert_true(contains(text, "1 It depends") && contains(text, "1 Hurtful"));
    free(text);
    char *html = html_of(f, &(ReportOptions){0});
    assert_true(contains(html, "It depends") && contains(html, "Hurtful"));
    free(html);
    story_free(s);
}

/* A title lookup for the next test: the fixture's stories and one ending. */
static const char *fixture_title(void *ctx, const char *story_id, const char *scene_id)
{
    (void)ctx;
    if (scene_id)
        return strcmp(scene_id, "the-end") == 0 ? "The Day After" : NULL;
    return strcmp(story_id, "second-story") == 0 ? "The Second Story" : NULL;
}

/* With a title lookup, endings and stories nobody has played yet are named by
 * their titles, not their ids; speech keeps its own quotation marks and other
 * choices get single ones, so nothing is quoted twice. */
static void test_titles_and_quotes(void **state)
{
    RFixture *f = *state;
    Homework hw = fixture_homework();
    char *stories[] = {"first-story", "never-played"};
    hw.stories = stories;
    ReportOptions o = {.homework = &hw, .title = fixture_title, .now = 946684800};
    char *text = text_of(f, &o);
    assert_true(contains(text, "Ending reached: The Day After."));
    assert_false(contains(text, "Ending reached: the-end"));
    assert_true(contains(text, "never-played (not played yet)")); /* unknown: its id */
    free(text);
    char *bare = text_of(f, &(ReportOptions){.homework = &hw, .now = 946684800});
    assert_true(contains(bare, "Ending reached: the-end.")); /* no lookup: the id */
    free(bare);
    /* A choice that is speech is not quoted again. */
    Story *s = sb_new("speech-story");
    int a = sb_scene(s, "a", false);
    sb_scene(s, "the-end", true);
    sb_choice(s, a, "\u201cThat\u2019s yours to sort out.\u201d", "the-end");
    sb_finish(s);
    char *err = NULL;
    int64_t pt = profile_begin(f->p, s, &err);
    Run r;
    run_init(&r, s);
    assert_int_equal(run_choose(&r, 0, NULL, &err), 0);
    assert_int_equal(profile_save(f->p, pt, &r, false, &err), 0);
    run_free(&r);
    text = text_of(f, &(ReportOptions){0});
    assert_true(contains(text, "  1. \u201cThat\u2019s yours to sort out.\u201d - Support"));
    assert_false(contains(text, "\u2018\u201c"));
    free(text);
    story_free(s);
}

static void test_text_version(void **state)
{
    RFixture *f = *state;
    Homework hw = fixture_homework();
    char *text = text_of(f, &(ReportOptions){.homework = &hw, .now = 946684800});
    assert_true(contains(text, "Written on 1 January 2000."));
    assert_true(contains(text, "From: Sam Lee\nGiven on: 1 January 2000\nDue by: 8 January 2000\n"));
    assert_true(contains(text, "A note: " NASTY_NOTE "\n"));
    assert_true(contains(text, "  1. \u2018" NASTY_CHOICE "\u2019 - Rescue - resentment "));
    assert_int_equal(count_of(text, " [taken back]\n"), 2);
    assert_true(contains(text, "  (went back to step 3 and tried again)\n"));
    assert_true(contains(text, "== The Fine Line ==\n"));
    assert_true(contains(text, "The question: When did you feel the pull to fix it?\n"));
    assert_true(contains(text, NASTY_REFLECTION "\n"));
    assert_true(contains(text, "PRACTICE FOR THE WEEK\n"));
    assert_true(contains(text, "practice, not therapy"));
    assert_false(contains(text, "&amp;"));
    assert_false(contains(text, "<p"));
    free(text);
}

static void test_file_private_and_never_over(void **state)
{
    RFixture *f = *state;
    char *err = NULL;
    mode_t old = umask(0); /* the file must be 0600 whatever the umask */
    int64_t now = 946684800 + 3 * 86400; /* 4 January 2000 */
    char *a = report_write_file(NULL, f->base.dir, "beside-report", "html", now, "one", &err);
    char *b = report_write_file(NULL, f->base.dir, "beside-report", "html", now, "two", &err);
    char *c = report_write_file(NULL, f->base.dir, "beside-report", "html", now, "three", &err);
    umask(old);
    assert_non_null(a);
    assert_non_null(b);
    assert_non_null(c);
    char *want = in_dir(f->base.dir, "beside-report-2000-01-04.html");
    assert_string_equal(a, want);
    free(want);
    want = in_dir(f->base.dir, "beside-report-2000-01-04-2.html");
    assert_string_equal(b, want);
    free(want);
    want = in_dir(f->base.dir, "beside-report-2000-01-04-3.html");
    assert_string_equal(c, want);
    free(want);
    struct stat st;
    assert_int_equal(stat(a, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    assert_int_equal(stat(c, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    char *body = read_all(a, NULL);
    assert_string_equal(body, "one");
    free(body);

    /* A path given that exists is refused and left as it was. */
    assert_null(report_write_file(a, NULL, "beside-report", "html", now, "over", &err));
    assert_true(contains(err, "already exists"));
    free(err);
    body = read_all(a, NULL);
    assert_string_equal(body, "one");
    free(body);
    char *txt = in_dir(f->base.dir, "mine.txt");
    char *got = report_write_file(txt, NULL, "beside-report", "txt", now, "text", &err);
    assert_non_null(got);
    assert_int_equal(stat(txt, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    free(got);
    free(txt);
    free(a);
    free(b);
    free(c);
}

static void test_default_dir(void **state)
{
    RFixture *f = *state;
    char *docs = in_dir(f->base.dir, "Documents");
    setenv("HOME", f->base.dir, 1);
    unsetenv("XDG_DOCUMENTS_DIR");
    char *d = report_default_dir();
    assert_string_equal(d, f->base.dir); /* no ~/Documents yet */
    free(d);
    assert_int_equal(mkdir(docs, 0700), 0);
    d = report_default_dir();
    assert_string_equal(d, docs);
    free(d);
    setenv("XDG_DOCUMENTS_DIR", f->base.dir, 1);
    d = report_default_dir();
    assert_string_equal(d, f->base.dir);
    free(d);
    unsetenv("XDG_DOCUMENTS_DIR");
    free(docs);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_player_text_is_escaped, rsetup, rteardown),
        cmocka_unit_test_setup_teardown(test_non_ascii_survives, rsetup, rteardown),
        cmocka_unit_test_setup_teardown(test_bad_bytes_and_controls, rsetup, rteardown),
        cmocka_unit_test_setup_teardown(test_left_out_reflections_are_absent, rsetup, rteardown),
        cmocka_unit_test_setup_teardown(test_which_playthroughs, rsetup, rteardown),
        cmocka_unit_test_setup_teardown(test_choices_retries_and_counts, rsetup, rteardown),
        cmocka_unit_test_setup_teardown(test_new_kinds_are_named, rsetup, rteardown),
        cmocka_unit_test_setup_teardown(test_titles_and_quotes, rsetup, rteardown),
        cmocka_unit_test_setup_teardown(test_text_version, rsetup, rteardown),
        cmocka_unit_test_setup_teardown(test_file_private_and_never_over, rsetup, rteardown),
        cmocka_unit_test_setup_teardown(test_default_dir, rsetup, rteardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
