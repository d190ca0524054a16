/* test_shipped_stories.c — the quality gate for every story in scripts/:
 * loads, `check` finds nothing, every path reaches every scene, choice and
 * ending, every choice says why, every ending has its debrief, and the
 * meters teach the right direction (all-rescue ends worse than all-support). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/explore.h"
#include "core/lint.h"
#include "core/runtime.h"
#include "script/library.h"
#include "script/loader.h"

static Story *load(const char *path)
{
    DiagList d = {0};
    Story *s = loader_load_file(path, NULL, &d);
    if (!s)
        diag_print(&d, stderr);
    diag_list_clear(&d);
    assert_non_null(s);
    return s;
}

static void check_finds_nothing(void **state)
{
    Story *s = load(*state);
    DiagList d = {0};
    LintOptions lo = {0};
    lint_story(s, &lo, &d);
    diag_print(&d, stderr);
    assert_int_equal(d.count, 0);
    diag_list_clear(&d);
    story_free(s);
}

static void explore_reaches_everything(void **state)
{
    Story *s = load(*state);
    ExploreOptions eo = {0};
    ExploreReport r;
    assert_int_equal(explore_run(s, &eo, &r), 0);
    assert_true(r.exhaustive);
    assert_false(r.has_loop);
    assert_int_equal(r.dead_ends, 0);
    assert_int_equal(r.problems.count, 0);
    for (int i = 0; i < s->n_scenes; i++) {
        if (!r.scene_reached[i])
            fail_msg("scene '%s' is never reached", s->scenes[i].id);
        for (int c = 0; c < s->scenes[i].n_choices; c++)
            if (!r.choice_reached[i][c])
                fail_msg("choice %d of '%s' is never offered", c + 1, s->scenes[i].id);
    }
    for (int e = 0; e < r.n_endings; e++)
        if (r.endings[e].paths <= 0)
            fail_msg("ending '%s' is never reached", s->scenes[r.endings[e].scene].id);
    explore_report_free(s, &r);
    story_free(s);
}

static void complete_teaching_content(void **state)
{
    Story *s = load(*state);
    int scenes = 0, endings = 0;
    assert_non_null(s->teaser);
    assert_non_null(s->you_play);
    assert_true(s->minutes > 0);
    for (int i = 0; i < s->n_scenes; i++) {
        const Scene *sc = &s->scenes[i];
        if (sc->is_ending) {
            endings++;
            assert_non_null(sc->title);
            for (int k = 0; k < LENS_COUNT; k++)
                assert_non_null(sc->lens[k]);
            assert_non_null(sc->practice);
            assert_non_null(sc->reflect);
        } else {
            scenes++;
            for (int c = 0; c < sc->n_choices; c++)
                if (!sc->choices[c].because)
                    fail_msg("choice %d of '%s' has no because", c + 1, sc->id);
        }
    }
    assert_true(scenes >= 12);
    assert_true(endings >= 3);
    story_free(s);
}

/* Plays to an ending preferring one kind of response wherever it is offered. */
static void play_preferring(const Story *s, ChoiceKind kind, Position *out)
{
    Position p;
    runtime_start(s, &p);
    for (int guard = 0; guard < 1000 && !runtime_at_ending(s, &p); guard++) {
        int shown[STORY_MAX_CHOICES];
        char *err = NULL;
        int n = runtime_choices(s, &p, shown, &err);
        assert_true(n > 0);
        int pick = shown[0];
        for (int i = n - 1; i >= 0; i--)
            if (s->scenes[p.scene].choices[shown[i]].kind == kind)
                pick = shown[i];
        Position q;
        assert_int_equal(runtime_step(s, &p, pick, &q, NULL, &err), 0);
        p = q;
    }
    assert_true(runtime_at_ending(s, &p));
    *out = p;
}

static void rescue_costs_more_than_support(void **state)
{
    Story *s = load(*state);
    Position rescue, support;
    play_preferring(s, KIND_RESCUE, &rescue);
    play_preferring(s, KIND_SUPPORT, &support);
    assert_true(rescue.meters[METER_RESENTMENT] > support.meters[METER_RESENTMENT]);
    assert_true(rescue.meters[METER_GROWTH] < support.meters[METER_GROWTH]);
    story_free(s);
}

int main(void)
{
    PathList files = {0};
    library_list_dir(SCRIPTS, &files);
    if (files.count == 0) {
        fprintf(stderr, "no stories in %s\n", SCRIPTS);
        return 1;
    }
    struct CMUnitTest *tests = calloc((size_t)files.count * 4, sizeof *tests);
    char **names = calloc((size_t)files.count * 4, sizeof *names);
    static const struct {
        const char *what;
        CMUnitTestFunction fn;
    } kinds[] = {
        {"check finds nothing", check_finds_nothing},
        {"every path reaches everything", explore_reaches_everything},
        {"complete teaching content", complete_teaching_content},
        {"rescue costs more than support", rescue_costs_more_than_support},
    };
    int n = 0;
    for (int i = 0; i < files.count; i++)
        for (int k = 0; k < 4; k++) {
            const char *base = strrchr(files.items[i], '/');
            size_t len = strlen(base) + strlen(kinds[k].what) + 4;
            names[n] = malloc(len);
            snprintf(names[n], len, "%s: %s", base + 1, kinds[k].what);
            tests[n].name = names[n];
            tests[n].test_func = kinds[k].fn;
            tests[n].initial_state = files.items[i];
            n++;
        }
    int failed = _cmocka_run_group_tests("shipped stories", tests, (size_t)n, NULL, NULL);
    for (int i = 0; i < n; i++)
        free(names[i]);
    free(names);
    free(tests);
    path_list_free(&files);
    return failed;
}
