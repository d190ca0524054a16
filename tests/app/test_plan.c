/* test_plan.c — a facilitator's session plan (engine/app/plan): the scenes
 * every path passes are found on the scene graph (a scene behind a branch
 * is not one), the stop points come from them in the order play meets
 * them, every shipped story gets a plan, and the page escapes the story's
 * text and holds no script and nothing fetched. */
#include "../profile/profile_test.h"
#include "app/plan.h"
#include "script/library.h"
#include "script/loader.h"

static Story *load(const char *name, const char *src)
{
    DiagList d = {0};
    Story *s = loader_load_text(name, src, strlen(src), NULL, &d);
    if (!s)
        for (int i = 0; i < d.count; i++)
            fprintf(stderr, "%s\n", d.items[i].message);
    diag_list_clear(&d);
    assert_non_null(s);
    return s;
}

static const char diamond[] =
    "scenario { id = \"diamond\", title = \"A <b>&</b> Diamond\", start = \"a\" }\n"
    "scene \"a\" { \"Start.\", discuss = \"First <question>?\",\n"
    "  neutral { \"Left\", because = \"b\", next = \"left\" },\n"
    "  neutral { \"Right\", because = \"b\", next = \"right\" } }\n"
    "scene \"left\" { \"L.\", discuss = \"Only on the left?\",\n"
    "  neutral { \"On\", because = \"b\", next = \"join\" } }\n"
    "scene \"right\" { \"R.\", neutral { \"On\", because = \"b\", next = \"join\" } }\n"
    "scene \"join\" { \"J.\", discuss = \"Everyone comes here?\",\n"
    "  neutral { \"End\", because = \"b\", next = \"done\" } }\n"
    "ending \"done\" { title = \"Done\", \"The end.\", reflect = \"What now?\" }\n";

static void scenes_every_path_passes(void **state)
{
    (void)state;
    Story *s = load("diamond.lua", diamond);
    SessionPlan p;
    assert_int_equal(plan_build(s, &p), 0);
    int a = story_find_scene(s, "a"), left = story_find_scene(s, "left"),
        join = story_find_scene(s, "join"), done = story_find_scene(s, "done");
    assert_true(p.every_path[a]);
    assert_false(p.every_path[left]);
    assert_true(p.every_path[join]);
    assert_true(p.every_path[done]);
    /* Stops: the unmissable ones first, in the order play meets them; then
     * the rest fill up to three. */
    assert_int_equal(p.n_stops, 3);
    assert_int_equal(p.stops[0], a);
    assert_int_equal(p.stops[1], join);
    assert_int_equal(p.stops[2], left);
    assert_int_equal(p.story_minutes, 15);
    assert_int_equal(p.total_minutes, 35);
    char *html = plan_html(s, &p);
    assert_non_null(html);
    assert_true(contains(html, "Session plan: A &lt;b&gt;&amp;&lt;/b&gt; Diamond"));
    assert_true(contains(html, "First &lt;question&gt;?"));
    assert_true(contains(html, "every way through the story passes this scene"));
    assert_true(contains(html, "What now?"));
    assert_false(contains(html, "<script"));
    assert_false(contains(html, "http"));
    assert_false(contains(html, "<b>"));
    free(html);
    plan_free(&p);
    story_free(s);
}

static void every_shipped_story_gets_a_plan(void **state)
{
    Fixture *f = *state;
    setenv("BESIDE_STORIES", SCRIPTS, 1);
    PathList files = {0};
    library_list(&files);
    assert_true(files.count >= 5);
    for (int i = 0; i < files.count; i++) {
        DiagList d = {0};
        Story *s = loader_load_file(files.items[i], NULL, &d);
        diag_list_clear(&d);
        if (!s)
            continue;
        char *path = NULL, *message = NULL;
        assert_int_equal(plan_save(s, f->dir, &path, &message), 0);
        assert_true(contains(message, path));
        size_t size;
        char *html = read_all(path, &size);
        assert_true(contains(html, "<!DOCTYPE html>"));
        assert_false(contains(html, "<script"));
        SessionPlan p;
        plan_build(s, &p);
        if (strcmp(s->id, "nina-and-tom") == 0) {
            assert_true(p.every_path[s->start]);
            assert_int_equal(p.n_stops, 3); /* it has questions for the room */
            assert_int_equal(p.stops[0], s->start);
        }
        plan_free(&p);
        char *again = NULL;
        free(message);
        assert_int_equal(plan_save(s, f->dir, &again, &message), 0);
        assert_string_not_equal(again, path); /* never over the first */
        free(again);
        free(message);
        free(html);
        free(path);
        story_free(s);
    }
    path_list_free(&files);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(scenes_every_path_passes),
        cmocka_unit_test_setup_teardown(every_shipped_story_gets_a_plan, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
