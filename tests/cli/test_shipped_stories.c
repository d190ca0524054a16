/* test_shipped_stories.c — the quality gate for every story in scripts/ (the
 * bar of the story-library issue): the library holds exactly its
 * stories; each loads, `check` finds nothing, every path reaches every scene,
 * choice and ending; at least 20 scenes, 3 endings and 6 choices on the
 * shortest path; 10-20 minutes; content notes; every choice says why; every
 * ending has its full debrief; at least 3 discussion prompts; reading grade 7
 * or lower as a whole and 9 or lower in each scene; and the meters teach the
 * right direction (all-rescue ends worse than all-support); and at least
 * six twins each (the same words, a rescue in one scene and not in
 * another; three in the-other-side), but none in the safety story. Each failure names the story and
 * what is missing. */
#include <ctype.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/balance.h"
#include "core/explore.h"
#include "core/lint.h"
#include "core/reading.h"
#include "core/runtime.h"
#include "core/twins.h"
#include "script/library.h"
#include "script/loader.h"

/* The stories the library must hold, each in scripts/<id>.lua. */
static const char *const library_ids[] = {
    "nina-and-her-family", "nina-and-ed",  "nina-and-tom",
    "bill-and-meg",        "bill-ellen-and-the-ex", "the-fine-line",
    "the-caretaker-and-the-taker", "the-other-side",
    "after-the-breakup", "ama-and-grace", "maya-and-the-form", "covering-for-kofi",
    "a-plan-for-safety",
};
enum { N_LIBRARY = sizeof library_ids / sizeof library_ids[0] };

/* The bar for every story. */
enum {
    MIN_SCENES = 20,        /* scenes, not counting endings */
    MIN_ENDINGS = 3,
    MIN_SHORTEST_PATH = 6,  /* choices on the shortest path */
    MIN_MINUTES = 10,
    MAX_MINUTES = 20,
    MIN_DISCUSS = 3,        /* scenes or endings with a discuss prompt */
    MIN_TWINS = 6,          /* pairs of the same words, a rescue and not */
};

/* The story whose safety steps never get a look-alike rescue: no twins. */
static const char *const no_twins_id = "a-plan-for-safety";
/* Told from the side of the one who is rescued, where most rescues already
 * read alone as "not": fewer twins, and still some. */
static const char *const few_twins_id = "the-other-side";
enum { FEW_TWINS = 3 };

static Story *load(const char *path)
{
    DiagList d = {0};
    Story *s = loader_load_file(path, NULL, &d);
    if (!s) {
        diag_print(&d, stderr);
        print_error("%s does not load (the errors are above)\n", path);
    }
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
    if (d.count)
        print_error("%s: beside check finds %d problem%s (above); a shipped story has none\n",
                    s->id, d.count, d.count == 1 ? "" : "s");
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

/* Prints what a story lacks and counts it, so one run lists every shortfall. */
#define SHORT(s, ...)                                   \
    do {                                                \
        print_error("%s: ", (s)->id);                   \
        print_error(__VA_ARGS__);                       \
        print_error("\n");                              \
        missing++;                                      \
    } while (0)

static void meets_the_bar(void **state)
{
    Story *s = load(*state);
    int missing = 0, scenes = 0, endings = 0, discuss = 0;
    const char *base = strrchr(*state, '/');
    base = base ? base + 1 : *state;
    if (strlen(base) != strlen(s->id) + 4 || strncmp(base, s->id, strlen(s->id)) != 0)
        SHORT(s, "the file is %s; name it %s.lua", base, s->id);
    if (!s->teaser)
        SHORT(s, "no teaser");
    if (!s->you_play)
        SHORT(s, "no you_play");
    if (s->minutes < MIN_MINUTES || s->minutes > MAX_MINUTES)
        SHORT(s, "minutes = %d; a session is %d to %d minutes", s->minutes, MIN_MINUTES,
              MAX_MINUTES);
    if (s->n_content_notes == 0)
        SHORT(s, "no content_notes; every shipped story shows them before it starts");
    for (int i = 0; i < s->n_scenes; i++) {
        const Scene *sc = &s->scenes[i];
        discuss += sc->discuss != NULL;
        if (sc->is_ending) {
            endings++;
            if (!sc->title)
                SHORT(s, "ending '%s' has no title", sc->id);
            for (int k = 0; k < LENS_COUNT; k++)
                if (!sc->lens[k])
                    SHORT(s, "ending '%s' has no lens.%s", sc->id, story_lens_name(k));
            if (!sc->practice)
                SHORT(s, "ending '%s' has no practice", sc->id);
            if (!sc->reflect)
                SHORT(s, "ending '%s' has no reflect", sc->id);
        } else {
            scenes++;
            for (int c = 0; c < sc->n_choices; c++)
                if (!sc->choices[c].because)
                    SHORT(s, "choice %d of scene '%s' has no because", c + 1, sc->id);
        }
    }
    if (scenes < MIN_SCENES)
        SHORT(s, "%d scene%s (not counting endings); the bar is at least %d", scenes,
              scenes == 1 ? "" : "s", MIN_SCENES);
    if (endings < MIN_ENDINGS)
        SHORT(s, "%d ending%s; the bar is at least %d", endings, endings == 1 ? "" : "s",
              MIN_ENDINGS);
    if (discuss < MIN_DISCUSS)
        SHORT(s, "%d scene%s with discuss; the bar is at least %d", discuss,
              discuss == 1 ? "" : "s", MIN_DISCUSS);
    ExploreOptions eo = {0};
    ExploreReport r;
    assert_int_equal(explore_run(s, &eo, &r), 0);
    if (!r.exhaustive)
        SHORT(s, "explore could not play every path, so the shortest path is unknown");
    else if (r.shortest.length < MIN_SHORTEST_PATH)
        SHORT(s, "the shortest path (beside explore) has %d choice%s, ending at '%s'; every path "
              "needs at least %d", r.shortest.length, r.shortest.length == 1 ? "" : "s",
              r.shortest.end_scene >= 0 ? s->scenes[r.shortest.end_scene].id : "?",
              MIN_SHORTEST_PATH);
    explore_report_free(s, &r);
    story_free(s);
    assert_int_equal(missing, 0);
}

/* Reading grade: READING_STORY_MAX for the story, READING_SCENE_MAX a scene. */
static void reads_plainly(void **state)
{
    Story *s = load(*state);
    int missing = 0;
    Readability all = {0};
    reading_story(s, &all);
    double grade = readability_grade(&all);
    if (grade > READING_STORY_MAX)
        SHORT(s, "reads at grade %.1f as a whole; the bar is %.0f or lower", grade,
              READING_STORY_MAX);
    for (int i = 0; i < s->n_scenes; i++) {
        Readability r = {0};
        reading_scene(s, i, &r);
        double g = readability_grade(&r);
        if (g > READING_SCENE_MAX)
            SHORT(s, "%s '%s' (line %d) reads at grade %.1f; the bar is %.0f or lower",
                  s->scenes[i].is_ending ? "ending" : "scene", s->scenes[i].id,
                  s->scenes[i].line, g, READING_SCENE_MAX);
    }
    story_free(s);
    assert_int_equal(missing, 0);
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
    if (!(rescue.meters[METER_RESENTMENT] > support.meters[METER_RESENTMENT]))
        print_error("%s: all-rescue ends with resentment %d, all-support with %d; rescue must "
                    "end higher\n", s->id, rescue.meters[METER_RESENTMENT],
                    support.meters[METER_RESENTMENT]);
    if (!(rescue.meters[METER_GROWTH] < support.meters[METER_GROWTH]))
        print_error("%s: all-rescue ends with growth %d, all-support with %d; rescue must end "
                    "lower\n", s->id, rescue.meters[METER_GROWTH], support.meters[METER_GROWTH]);
    assert_true(rescue.meters[METER_RESENTMENT] > support.meters[METER_RESENTMENT]);
    assert_true(rescue.meters[METER_GROWTH] < support.meters[METER_GROWTH]);
    story_free(s);
}

/* True when the condition's source names one of the story's flags. */
static bool names_a_flag(const Story *s, const Cond *c)
{
    if (!c->source)
        return false;
    const char *p = c->source;
    while (*p) {
        while (*p && !(isalnum((unsigned char)*p) || *p == '_'))
            p++;
        const char *start = p;
        while (*p && (isalnum((unsigned char)*p) || *p == '_'))
            p++;
        char word[128];
        size_t n = (size_t)(p - start);
        if (n > 0 && n < sizeof word) {
            memcpy(word, start, n);
            word[n] = '\0';
            if (story_find_flag(s, word) >= 0)
                return true;
        }
    }
    return false;
}

/* The teaching bar of the "choices you have to think about" issue: every
 * kind has consequences that fit the moment (no one-sided kind in
 * explore's count: some rescue feels good now and some raises growth, some
 * support and some boundary cost something), delayed effects on every kind
 * used three times or more, the two newer kinds where they belong, and at
 * least one ending reached by a pattern of choices (a route into an ending
 * whose condition names a flag), not only by meter totals. */
static void teaches_both_ways(void **state)
{
    Story *s = load(*state);
    int missing = 0;
    Balance b;
    balance_count(s, &b);
    char *notes[16];
    int n = balance_notes(s, &b, notes, 16);
    for (int i = 0; i < n; i++) {
        SHORT(s, "is one-sided (beside explore): %s", notes[i]);
        free(notes[i]);
    }
    if (b.kinds[KIND_DEPENDS].choices == 0)
        SHORT(s, "has no it_depends choice");
    if (b.kinds[KIND_HURTFUL].choices == 0)
        SHORT(s, "has no hurtful choice");
    static const ChoiceKind costly[] = {KIND_SUPPORT, KIND_BOUNDARY};
    for (size_t k = 0; k < sizeof costly / sizeof costly[0]; k++)
        if (b.kinds[costly[k]].choices > 0 &&
            balance_moving(s, &b.kinds[costly[k]], false, false) == 0)
            SHORT(s, "no %s choice costs anything now", story_kind_name(costly[k]));
    bool pattern = false;
    for (int i = 0; i < s->n_scenes && !pattern; i++)
        for (int c = 0; c < s->scenes[i].n_choices && !pattern; c++) {
            const Choice *ch = &s->scenes[i].choices[c];
            for (int r = 0; r < ch->n_next && !pattern; r++)
                pattern = s->scenes[ch->next[r].scene].is_ending && names_a_flag(s, &ch->next[r].when);
        }
    if (!pattern)
        SHORT(s, "no ending is reached by a pattern of choices: give a route into an ending a "
                 "condition on flags (next = { { when = \"flag_a and flag_b\", \"ending\" }, ... })");
    story_free(s);
    assert_int_equal(missing, 0);
}

/* Twins make the scene decide: the same words are a rescue in one scene and
 * a support, limit, self-care or it_depends in another. Every story has
 * MIN_TWINS pairs or more (the-other-side FEW_TWINS), except the safety
 * story, which has none. */
static void has_its_twins(void **state)
{
    Story *s = load(*state);
    int missing = 0;
    TwinPair t[1];
    int n = twins_find(s, t, 0);
    if (strcmp(s->id, no_twins_id) == 0) {
        if (n != 0)
            SHORT(s, "has %d twin pairs: a safety step must never look like a rescue elsewhere "
                     "(beside explore lists them)", n);
    } else {
        int need = strcmp(s->id, few_twins_id) == 0 ? FEW_TWINS : MIN_TWINS;
        if (n < need)
            SHORT(s, "has %d twin pairs (the same words, a rescue in one scene and not in "
                     "another); it needs %d or more", n, need);
    }
    story_free(s);
    assert_int_equal(missing, 0);
}

/* scripts/ holds exactly the library's stories, one file per id. */
static void library_holds_its_stories(void **state)
{
    const PathList *files = *state;
    bool found[N_LIBRARY] = {0};
    int wrong = 0;
    for (int i = 0; i < files->count; i++) {
        const char *base = strrchr(files->items[i], '/');
        base = base ? base + 1 : files->items[i];
        size_t len = strlen(base) > 4 ? strlen(base) - 4 : 0;
        int k = 0;
        while (k < N_LIBRARY && !(strlen(library_ids[k]) == len &&
                                  strncmp(library_ids[k], base, len) == 0))
            k++;
        if (k == N_LIBRARY) {
            print_error("scripts/%s is not one of the library's stories: add its id to "
                        "library_ids in this test\n", base);
            wrong++;
        } else {
            found[k] = true;
        }
    }
    for (int k = 0; k < N_LIBRARY; k++)
        if (!found[k]) {
            print_error("%s: the story is missing: there is no scripts/%s.lua\n",
                        library_ids[k], library_ids[k]);
            wrong++;
        }
    assert_int_equal(wrong, 0);
}

int main(void)
{
    PathList files = {0};
    library_list_dir(SCRIPTS, &files);
    if (files.count == 0) {
        fprintf(stderr, "no stories in %s\n", SCRIPTS);
        return 1;
    }
    static const struct {
        const char *what;
        CMUnitTestFunction fn;
    } kinds[] = {
        {"check finds nothing", check_finds_nothing},
        {"every path reaches everything", explore_reaches_everything},
        {"meets the bar", meets_the_bar},
        {"reads plainly", reads_plainly},
        {"rescue costs more than support", rescue_costs_more_than_support},
        {"teaches both ways", teaches_both_ways},
        {"has its twins", has_its_twins},
    };
    enum { N_KINDS = sizeof kinds / sizeof kinds[0] };
    struct CMUnitTest *tests = calloc((size_t)files.count * N_KINDS + 1, sizeof *tests);
    char **names = calloc((size_t)files.count * N_KINDS + 1, sizeof *names);
    if (!tests || !names)
        return 1;
    int n = 0;
    tests[n].name = "the library holds its stories";
    tests[n].test_func = library_holds_its_stories;
    tests[n].initial_state = &files;
    n++;
    for (int i = 0; i < files.count; i++)
        for (int k = 0; k < N_KINDS; k++) {
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
        free(names[i]); /* names[0] is unused: NULL */
    free(names);
    free(tests);
    path_list_free(&files);
    return failed;
}
