/* test_lint.c — one fixture per warning in engine/core/lint.c (under
 * tests/fixtures/check/, named after the warning), each giving exactly the
 * problems listed here, at the lines read off the fixture; and a clean one. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/lint.h"
#include "core/text.h"
#include "script/loader.h"

typedef struct {
    DiagSeverity severity;
    int line;
    const char *message; /* "%s" in it stands for the fixture's path */
} Expected;

#define WARN(line, msg) {DIAG_WARNING, (line), (msg)}

static void fixture_path(char *out, size_t size, const char *name)
{
    snprintf(out, size, "%s/check/%s", FIXTURES, name);
}

/* Lints fixture `name` and checks that the problems are exactly `want`
 * (in any order), each with the fixture's file name. */
static void lint_gives(const char *name, long play_limit, const Expected *want, int n_want)
{
    char path[512];
    fixture_path(path, sizeof path, name);
    DiagList d = {0};
    Story *s = loader_load_file(path, NULL, &d);
    if (!s) {
        diag_print(&d, stderr);
        fail_msg("%s did not load", path);
    }
    assert_int_equal(d.count, 0);
    LintOptions opt = {.play_limit = play_limit};
    lint_story(s, &opt, &d);
    bool used[64] = {false};
    assert_true(d.count < 64);
    for (int k = 0; k < n_want; k++) {
        char *message = strstr(want[k].message, "%s") ? text_format(want[k].message, path)
                                                      : text_dup(want[k].message);
        bool found = false;
        for (int i = 0; i < d.count && !found; i++) {
            const Diag *g = &d.items[i];
            if (!used[i] && g->severity == want[k].severity && g->line == want[k].line &&
                strcmp(g->message, message) == 0) {
                assert_string_equal(g->file, path);
                used[i] = found = true;
            }
        }
        if (!found) {
            diag_print(&d, stderr);
            fail_msg("%s: missing %s at line %d: %s", name,
                     want[k].severity == DIAG_ERROR     ? "error"
                     : want[k].severity == DIAG_WARNING ? "warning"
                                                        : "note", want[k].line, message);
        }
        free(message);
    }
    if (d.count != n_want) {
        diag_print(&d, stderr);
        fail_msg("%s: %d problems, expected %d", name, d.count, n_want);
    }
    diag_list_clear(&d);
    story_free(s);
}

#define LINT_GIVES(name, ...)                                                 \
    do {                                                                      \
        static const Expected want[] = {__VA_ARGS__};                         \
        lint_gives(name, 0, want, (int)(sizeof want / sizeof want[0]));       \
    } while (0)

static void clean_story_has_no_warnings(void **state)
{
    (void)state;
    lint_gives("clean.lua", 0, NULL, 0);
}

static void no_text(void **state)
{
    (void)state;
    LINT_GIVES("no-text.lua",
               WARN(4, "scene 'start' has no text. Start it with a sentence in quotes."));
}

static void ending_missing_lens(void **state)
{
    (void)state;
    LINT_GIVES("ending-missing-lens.lua",
               WARN(9, "ending 'end' has no lens.emotions, so the debrief will skip that part. "
                       "Add emotions = \"...\" inside lens = { ... }."),
               WARN(9, "ending 'end' has no lens.underlying, so the debrief will skip that "
                       "part. Add underlying = \"...\" inside lens = { ... }."));
}

static void ending_missing_practice(void **state)
{
    (void)state;
    LINT_GIVES("ending-missing-practice.lua",
               WARN(9, "ending 'end' has no practice task. Add practice = \"one small thing to "
                       "try this week\"."));
}

static void ending_missing_reflect(void **state)
{
    (void)state;
    LINT_GIVES("ending-missing-reflect.lua",
               WARN(9, "ending 'end' has no reflection prompt. Add reflect = \"a question to "
                       "write about\"."));
}

static void dead_end_scene(void **state)
{
    (void)state;
    /* The scene with no choices is also where play gets stuck. */
    LINT_GIVES("dead-end-scene.lua",
               /* Said once: play finds the same dead end, but it is the same problem. */
               WARN(10, "scene 'stop' has no choices and is not an ending, so the story stops "
                        "here. Add a choice, or write ending \"stop\" { ... } instead of scene."));
}

static void no_because(void **state)
{
    (void)state;
    LINT_GIVES("no-because.lua",
               WARN(7, "choice 2 in scene 'start' has no because. Add because = \"...\": the "
                       "player sees it after choosing, and it is where they learn."));
}

static void same_words_in_one_scene(void **state)
{
    (void)state;
    LINT_GIVES("same-words.lua",
               WARN(11, "choices 1 and 3 in scene 'start' have the same words, so a player "
                        "cannot tell them apart. Change one. (The same words in two different "
                        "scenes, a twin, are fine.)"));
}

static void route_all_conditional(void **state)
{
    (void)state;
    LINT_GIVES("route-all-conditional.lua",
               WARN(6, "choice 1 in scene 'start': every way in next = { ... } has a "
                       "condition, so if none holds the story stops. End the list with a "
                       "plain scene id."));
}

static void unreachable_scene(void **state)
{
    (void)state;
    LINT_GIVES("unreachable-scene.lua",
               WARN(9, "scene 'orphan' can never be reached: no choice's next leads to it. "
                       "Point a choice at it with next = \"orphan\", or remove it."));
}

static void unreachable_ending(void **state)
{
    (void)state;
    LINT_GIVES("unreachable-ending.lua",
               WARN(9, "ending 'lost' can never be reached: no choice's next leads to it. "
                       "Point a choice at it with next = \"lost\", or remove it."));
}

static void no_ending(void **state)
{
    (void)state;
    /* With no ending the story can only go round: growth 30, 80, 100, 100. */
    LINT_GIVES("no-ending.lua",
               WARN(2, "the story has no ending. Add at least one ending \"id\" { ... }."),
               WARN(4, "the player can go round in a loop through scene 'start' forever with "
                       "nothing changing. Give a choice in the loop an effect or a flag, or a "
                       "way out."));
}

static void flag_never_set(void **state)
{
    (void)state;
    /* The flag's line is where it is first named: the choice that clears it. */
    LINT_GIVES("flag-never-set.lua",
               WARN(7, "flag 'forgiven' is tested but no choice sets it, so it is always false. "
                       "Add set = \"forgiven\" to the choice that should turn it on."));
}

static void too_many_states(void **state)
{
    (void)state;
    /* start and the ending with growth 40, 50, 60: four states. */
    static const Expected want[] = {
        WARN(0, "the story has more than 3 different states, so check did not play every "
                "path. Run beside explore for a sample."),
    };
    lint_gives("too-many-states.lua", 3, want, 1);
    lint_gives("too-many-states.lua", 4, NULL, 0);
    /* The same story without the whens is covered by a few playthroughs
     * (explore_cover_decides), so even a limit of one state does not stop
     * check: there is nothing more to find. */
    lint_gives("covered-states.lua", 1, NULL, 0);
}

static void function_error(void **state)
{
    (void)state;
    /* An error, not a warning; and the choice whose function failed is not
     * also reported as never offered. */
    LINT_GIVES("function-error.lua",
               /* Filed under the function's own line, so editors can jump to it. */
               {DIAG_ERROR, 6, "the next function returned 'nowhere', which is not a scene."},
               {DIAG_NOTE, 6, "check did not look for scenes and choices no path reaches, "
                              "because this story function failed. Fix it and check again."});
}

/* What lies past a failed function is not reported as never reached: those
 * warnings would point away from the mistake. */
static void function_error_has_no_follow_on(void **state)
{
    (void)state;
    LINT_GIVES("function-error-follow-on.lua",
               {DIAG_ERROR, 8, "the next function failed: the story has no meter or flag "
                               "'nope'."},
               {DIAG_NOTE, 8, "check did not look for scenes and choices no path reaches, "
                              "because this story function failed. Fix it and check again."});
}

static void scene_never_reached_by_conditions(void **state)
{
    (void)state;
    LINT_GIVES("scene-never-reached-by-conditions.lua",
               WARN(9, "scene 'explode' is never reached on any path: the conditions that lead "
                       "to it never hold."));
}

static void ending_never_reached_by_conditions(void **state)
{
    (void)state;
    LINT_GIVES("ending-never-reached-by-conditions.lua",
               WARN(9, "ending 'bitter' is never reached on any path: the conditions that lead "
                       "to it never hold."));
}

static void choice_never_offered(void **state)
{
    (void)state;
    LINT_GIVES("choice-never-offered.lua",
               WARN(7, "choice 2 in scene 'start' is never offered on any path: its when = "
                       "\"intimacy > 95\" never holds when the player is here."));
}

static void stuck_by_conditions(void **state)
{
    (void)state;
    LINT_GIVES("stuck-by-conditions.lua",
               WARN(10, "on some paths scene 'gate' shows no choices (every choice's when is "
                        "false), so the player is stuck. Add a choice with no when."));
}

static void loop(void **state)
{
    (void)state;
    LINT_GIVES("loop.lua",
               WARN(4, "the player can go round in a loop through scene 'start' forever with "
                       "nothing changing. Give a choice in the loop an effect or a flag, or a "
                       "way out."));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(clean_story_has_no_warnings),
        cmocka_unit_test(no_text),
        cmocka_unit_test(ending_missing_lens),
        cmocka_unit_test(ending_missing_practice),
        cmocka_unit_test(ending_missing_reflect),
        cmocka_unit_test(dead_end_scene),
        cmocka_unit_test(no_because),
        cmocka_unit_test(same_words_in_one_scene),
        cmocka_unit_test(route_all_conditional),
        cmocka_unit_test(unreachable_scene),
        cmocka_unit_test(unreachable_ending),
        cmocka_unit_test(no_ending),
        cmocka_unit_test(flag_never_set),
        cmocka_unit_test(too_many_states),
        cmocka_unit_test(function_error),
        cmocka_unit_test(function_error_has_no_follow_on),
        cmocka_unit_test(scene_never_reached_by_conditions),
        cmocka_unit_test(ending_never_reached_by_conditions),
        cmocka_unit_test(choice_never_offered),
        cmocka_unit_test(stuck_by_conditions),
        cmocka_unit_test(loop),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
