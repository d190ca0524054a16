/* test_session.c — the summary of a facilitated session (engine/report/
 * session.c): the show of hands and the room's choices, story text escaped
 * and kept as written, the facilitator's notes never in it, the plain-text
 * version, summaries cut short or holding indices that do not exist, and
 * the model both versions are written from (session_model.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "core/runtime.h"
#include "core/text.h"
#include "report/session.h"
#include "report/session_model.h"
#include "script/loader.h"

enum { STARTED = 946684800 }; /* 1 January 2000, 00:00 UTC */

static Story *load(const char *path)
{
    DiagList diags = {0};
    Story *s = loader_load_file(path, NULL, &diags);
    if (!s) {
        diag_print(&diags, stderr);
        fail_msg("could not load %s", path);
    }
    diag_list_clear(&diags);
    return s;
}

/* Plays `s` from the start as a room would: at each decision, the options
 * shown, votes[k][i] hands for option i, the option picked[k] taken (or,
 * past the end of `picked`, the first). Stops at an ending or after `max`
 * decisions. The decisions are malloc'd into sum->decisions. */
static void play_session(SessionSummary *sum, const Story *s, const int *picked, int n_picked,
                         const int (*votes)[SESSION_MAX_OPTIONS], int max)
{
    memset(sum, 0, sizeof *sum);
    sum->story = s;
    sum->ending = -1;
    sum->started = STARTED;
    sum->finished = STARTED + 45 * 60;
    Position pos;
    runtime_start(s, &pos);
    memcpy(sum->meters_start, pos.meters, sizeof sum->meters_start);
    sum->decisions = calloc((size_t)max, sizeof *sum->decisions);
    assert_non_null(sum->decisions);
    while (sum->n_decisions < max && !runtime_at_ending(s, &pos)) {
        SessionDecision *d = &sum->decisions[sum->n_decisions];
        int k = sum->n_decisions;
        char *err = NULL;
        d->scene = pos.scene;
        d->n_options = runtime_choices(s, &pos, d->options, &err);
        assert_true(d->n_options > 0);
        for (int i = 0; i < d->n_options; i++)
            d->votes[i] = votes ? votes[k][i] : (i * 3 + k) % 5;
        d->picked = k < n_picked ? picked[k] : 0;
        d->compared = k == 0;
        Position next;
        if (runtime_step(s, &pos, d->options[d->picked], &next, NULL, &err) < 0)
            fail_msg("decision %d: %s", k + 1, err);
        pos = next;
        memcpy(d->meters_after, pos.meters, sizeof d->meters_after);
        sum->n_decisions++;
    }
    if (runtime_at_ending(s, &pos))
        sum->ending = pos.scene;
}

typedef struct {
    Story *story;
    SessionSummary sum;
    char *html, *text;
} SFixture;

/* The fixture story: "Say <fix> it…" (7 hands, taken) at the café, the
 * room compared; self-care (9 of 11) on the walk; no hands at home. */
static const int fixture_votes[3][SESSION_MAX_OPTIONS] = {{7, 3, 1}, {2, 9}, {0, 0}};
static const int fixture_picks[3] = {0, 1, 0};

static int setup(void **state)
{
    setenv("TZ", "UTC", 1);
    tzset();
    SFixture *f = calloc(1, sizeof *f);
    assert_non_null(f);
    f->story = load(FIXTURES "/report/session-fixture.lua");
    play_session(&f->sum, f->story, fixture_picks, 3, fixture_votes, 10);
    assert_int_equal(f->sum.n_decisions, 3);
    assert_true(f->sum.ending >= 0);
    f->html = session_html(&f->sum);
    f->text = session_text(&f->sum);
    assert_non_null(f->html);
    assert_non_null(f->text);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    SFixture *f = *state;
    free(f->html);
    free(f->text);
    free(f->sum.decisions);
    story_free(f->story);
    free(f);
    return 0;
}

static bool contains(const char *text, const char *part)
{
    return text && strstr(text, part) != NULL;
}

static int count_of(const char *text, const char *part)
{
    int n = 0;
    for (const char *p = text; (p = strstr(p, part)) != NULL; p++)
        n++;
    return n;
}

static void test_tallies_and_the_rooms_choice(void **state)
{
    SFixture *f = *state;
    const char *h = f->html;
    assert_int_equal(count_of(h, "<article class=\"decision\""), 3);
    /* Every option shown, with its number of hands after its bar. */
    assert_int_equal(count_of(h, "<td class=\"hands\">"), 3 + 2 + 2);
    assert_true(contains(h, "</svg>7</td>"));
    assert_true(contains(h, "</svg>9</td>"));
    assert_true(contains(h, "11 hands counted in all. The room compared all options side by side."));
    assert_int_equal(count_of(h, "The room compared all options"), 1);
    assert_true(contains(h, "No hands were counted."));
    /* The taken option, marked in words, once per decision. */
    assert_int_equal(count_of(h, "<tr class=\"taken\">"), 3);
    assert_int_equal(count_of(h, "<span class=\"tag\">the room\u2019s choice</span>"), 3);
    assert_true(contains(h, "<td>Go home and rest. <span class=\"tag\">the room\u2019s choice"));
    assert_true(contains(h, "</td><td class=\"kind\">Self-care</td>"));
    assert_true(contains(h, "</td><td class=\"kind\">Rescue</td>"));
    /* The opening lines: one sentence, the shown-every-time paragraph, never
     * a story function's text. */
    assert_true(contains(h, "<p class=\"opening\" dir=\"auto\">It is Mr. Greer\u2019s caf\u00e9 at "
                            "closing time, and Tom is counting tips.</p>"));
    assert_true(contains(h, ">\u201cCould you lend me some money?\u201d he asks.</p>"));
    assert_true(contains(h, ">At home, the phone buzzes.</p>"));
    assert_false(contains(h, "Nobody reads this"));
    assert_false(contains(h, "second paragraph"));
    /* The path, with the ending last. */
    assert_true(contains(h, "<ol class=\"path\">\n<li>Say &quot;"));
    assert_true(contains(h, "</li>\n</ol>\n<p><strong>The ending:</strong> Side by side \u2014 enfin</p>"));
    /* Date and length; the meters chart from the start. */
    assert_true(contains(h, "Played together on 1 January 2000. Length of the session: 45 minutes. "
                            "Decisions made: 3."));
    assert_int_equal(count_of(h, "role=\"img\" aria-labelledby=\"chart-meters-title\""), 1);
    assert_true(contains(h, ">start</text>"));
    assert_true(contains(h, "Resentment went from 10 to 15 (lower is better)."));
    assert_true(contains(h, "red solid line") && contains(h, "blue dashed line") &&
                contains(h, "purple dotted line"));
    /* The ending, for a handout. */
    assert_true(contains(h, "Where the story ended: Side by side \u2014 enfin</h2>"));
    assert_true(contains(h, "<dt>Underlying problem</dt><dd>Nothing hides under it.</dd>"));
    assert_true(contains(h, "Ask \u201cWhat would help?\u201d once a day."));
    assert_true(contains(h, "When did stepping back help someone you love?"));
    assert_true(contains(h, "practice, not therapy"));
    assert_true(contains(h, "no personal data"));
    assert_true(contains(h, "made on this computer"));
    /* Self-contained. */
    assert_false(contains(h, "<script"));
    assert_false(contains(h, "<link"));
    assert_false(contains(h, "src="));
    assert_int_equal(count_of(h, "http"), count_of(h, "xmlns=\"http://www.w3.org/2000/svg\""));
}

static void test_story_text_is_escaped(void **state)
{
    SFixture *f = *state;
    const char *h = f->html;
    assert_null(strstr(h, "<script"));
    assert_null(strstr(h, "<b>"));
    assert_int_equal(count_of(h, "<svg"), count_of(h, "</svg>"));
    /* The page's title is cut to 70 characters, never inside an escape. */
    assert_true(contains(h, "<title>Beside: session summary, Zo\u00eb &amp; Tom &lt;/svg&gt;"
                            "&lt;script&gt;aler\u2026</title>"));
    assert_true(contains(h, "<strong>Zo\u00eb &amp; Tom &lt;/svg&gt;&lt;script&gt;alert(1)"
                            "&lt;/script&gt;</strong>"));
    assert_true(contains(h, "Say &quot;I&#39;ll &lt;fix&gt; it&quot; &amp; &lt;/svg&gt;"
                            "&lt;script&gt;alert(2)&lt;/script&gt;"));
    assert_true(contains(h, "<dd>To help Tom &lt;and&gt; yourself.</dd>"));
}

static void test_non_ascii_kept(void **state)
{
    SFixture *f = *state;
    for (int i = 0; i < 2; i++) {
        const char *out = i ? f->text : f->html;
        assert_true(contains(out, "Zo\u00eb"));
        assert_true(contains(out, "Talk about the weather \u2014 \u2614 again."));
        assert_true(contains(out, "\u201cDo you want advice, or should I just listen?\u201d"));
        assert_true(contains(out, "Side by side \u2014 enfin"));
        assert_true(contains(out, "Is it the same as what Tom needs \u2014 or not?"));
    }
    assert_true(contains(f->html, "<meta charset=\"utf-8\">"));
}

/* Every scene's notes, in full and by their first words, are nowhere in
 * the summary of `sum`. */
static void assert_no_notes(const Story *s, const char *html, const char *text)
{
    int scenes_with_notes = 0;
    for (int i = 0; i < s->n_scenes; i++) {
        const char *notes = s->scenes[i].notes;
        if (!notes)
            continue;
        scenes_with_notes++;
        char start[24];
        snprintf(start, sizeof start, "%s", notes);
        assert_false(contains(html, notes));
        assert_false(contains(text, notes));
        assert_false(contains(html, start));
        assert_false(contains(text, start));
    }
    assert_true(scenes_with_notes > 0);
}

static void test_notes_never_appear(void **state)
{
    SFixture *f = *state;
    assert_false(contains(f->html, "NOTES-ONLY"));
    assert_false(contains(f->text, "NOTES-ONLY"));
    assert_no_notes(f->story, f->html, f->text);

    /* A shipped story with many notes, played to an ending: the notes stay
     * out and the room's questions are in. */
    Story *s = load(SCRIPTS "/the-fine-line.lua");
    SessionSummary sum;
    play_session(&sum, s, NULL, 0, NULL, 40);
    assert_true(sum.ending >= 0);
    char *html = session_html(&sum), *text = session_text(&sum);
    assert_non_null(html);
    assert_non_null(text);
    assert_no_notes(s, html, text);
    assert_true(contains(html, "The question for the room:</strong> What does Jess feel first?"));
    assert_int_equal(count_of(html, "<article class=\"decision\""), sum.n_decisions);
    assert_int_equal(count_of(html, "<svg"), count_of(html, "</svg>"));
    free(html);
    free(text);
    free(sum.decisions);
    story_free(s);
}

static void test_text_version(void **state)
{
    SFixture *f = *state;
    const char *t = f->text;
    assert_true(contains(t, "BESIDE: SESSION SUMMARY\nStory: Zo\u00eb & Tom </svg><script>alert(1)"
                            "</script>.\nPlayed together on 1 January 2000.\nLength of the session: "
                            "45 minutes. Decisions made: 3.\n"));
    assert_true(contains(t, "Decision 1 (scene cafe)\n  It is Mr. Greer\u2019s caf\u00e9 at closing "
                            "time, and Tom is counting tips.\n  The question for the room: "));
    assert_true(contains(t, "  1. \"Say \"I'll <fix> it\" & </svg><script>alert(2)</script>\" - "
                            "Rescue - 7 hands - the room's choice\n"));
    assert_true(contains(t, "  3. \"Talk about the weather \u2014 \u2614 again.\" - Neutral - 1 hand\n"));
    assert_true(contains(t, "  11 hands counted in all. The room compared all options side by side.\n"));
    assert_true(contains(t, "  No hands were counted.\n"));
    assert_true(contains(t, "  2. \"Go home and rest.\" (Self-care)\n"));
    assert_true(contains(t, "  The ending: Side by side \u2014 enfin\n"));
    assert_true(contains(t, "  At the start: resentment 10, growth 40, intimacy 50\n"));
    assert_true(contains(t, "  After decision 1: resentment 20, growth 40, intimacy 45\n"));
    assert_true(contains(t, "WHERE THE STORY ENDED: Side by side \u2014 enfin\n\nGoal: To help Tom "
                            "<and> yourself.\n"));
    assert_true(contains(t, "Something to practise this week: Ask \u201cWhat would help?\u201d once "
                            "a day.\n"));
    assert_true(contains(t, "practice, not therapy"));
    assert_false(contains(t, "&amp;"));
    assert_false(contains(t, "<p"));
    assert_false(contains(t, "Nobody reads this"));
}

/* Stopped before an ending, with no time measured, and with indices that
 * name nothing: a page all the same, never a crash. */
static void test_cut_short_and_bad_indices(void **state)
{
    SFixture *f = *state;
    SessionSummary sum = f->sum;
    sum.ending = -1;
    sum.started = 0;
    sum.n_decisions = 0;
    char *html = session_html(&sum), *text = session_text(&sum);
    assert_true(contains(html, "Length of the session: not measured. Decisions made: 0."));
    assert_true(contains(html, "The room made no decisions."));
    assert_true(contains(html, "The session stopped before an ending."));
    assert_false(contains(html, "Played together on"));
    assert_true(contains(text, "The session stopped before an ending."));
    free(html);
    free(text);

    SessionDecision bad[2] = {f->sum.decisions[0], f->sum.decisions[1]};
    bad[0].picked = -1;
    bad[0].options[1] = 99;
    bad[0].votes[2] = -4;
    bad[1].scene = 12345;
    bad[1].n_options = 500;
    sum = f->sum;
    sum.decisions = bad;
    sum.n_decisions = 2;
    sum.ending = 9999;
    html = session_html(&sum);
    text = session_text(&sum);
    assert_non_null(html);
    assert_non_null(text);
    assert_int_equal(count_of(html, "<tr class=\"taken\">"), 0);
    assert_int_equal(count_of(html, "<td class=\"hands\">"), 2);
    assert_true(contains(html, "<li>No option was taken.</li>"));
    assert_true(contains(html, "7 hands counted in all."));
    free(html);
    free(text);

    assert_null(session_html(NULL));
    assert_null(session_text(&(SessionSummary){0}));
}

/* The model holds each part once: the options that name a choice with
 * their hands, the one taken, the meters at each point, the ending; and
 * leaves out what names nothing. */
static void test_model(void **state)
{
    SFixture *f = *state;
    SessionModel m;
    assert_int_equal(session_model_build(&f->sum, &m), 0);
    assert_int_equal(m.n_steps, 3);
    assert_string_equal(m.date, "1 January 2000");
    assert_string_equal(m.spent, "45 minutes");
    const SessionStep *st = &m.steps[0];
    assert_string_equal(st->scene_id, "cafe");
    assert_string_equal(st->opening, "It is Mr. Greer\u2019s caf\u00e9 at closing time, and Tom is "
                                     "counting tips.");
    assert_int_equal(st->n_options, 3);
    assert_int_equal(st->hands, 11);
    assert_true(st->compared);
    assert_ptr_equal(st->taken, &st->options[0]);
    assert_string_equal(st->taken->kind, "Rescue");
    assert_int_equal(st->options[2].votes, 1);
    assert_string_equal(m.steps[1].taken->text, "Go home and rest.");
    assert_int_equal(m.steps[2].hands, 0);
    assert_int_equal(m.meters[0][0], 10);
    assert_int_equal(m.meters[1][0], 20);
    assert_string_equal(m.ending, "Side by side \u2014 enfin");
    assert_non_null(m.lens[LENS_UNDERLYING]);
    assert_non_null(m.practice);
    session_model_free(&m);

    SessionDecision bad[2] = {f->sum.decisions[0], f->sum.decisions[1]};
    bad[0].picked = -1;
    bad[0].options[1] = 99;
    bad[0].votes[2] = -4;
    bad[1].scene = 12345;
    SessionSummary sum = f->sum;
    sum.decisions = bad;
    sum.n_decisions = 2;
    sum.ending = 9999;
    assert_int_equal(session_model_build(&sum, &m), 0);
    assert_int_equal(m.steps[0].n_options, 2);
    assert_int_equal(m.steps[0].options[1].number, 3);
    assert_int_equal(m.steps[0].options[1].votes, 0);
    assert_null(m.steps[0].taken);
    assert_null(m.steps[1].scene_id);
    assert_null(m.steps[1].opening);
    assert_int_equal(m.steps[1].n_options, 0);
    assert_null(m.ending);
    session_model_free(&m);
    session_model_free(&m);

    sum.decisions = NULL;
    assert_int_equal(session_model_build(&sum, &m), -1);
    assert_int_equal(session_model_build(NULL, &m), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_tallies_and_the_rooms_choice, setup, teardown),
        cmocka_unit_test_setup_teardown(test_story_text_is_escaped, setup, teardown),
        cmocka_unit_test_setup_teardown(test_non_ascii_kept, setup, teardown),
        cmocka_unit_test_setup_teardown(test_notes_never_appear, setup, teardown),
        cmocka_unit_test_setup_teardown(test_text_version, setup, teardown),
        cmocka_unit_test_setup_teardown(test_cut_short_and_bad_indices, setup, teardown),
        cmocka_unit_test_setup_teardown(test_model, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
