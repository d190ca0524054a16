/* test_places.c — place = (issue 15): read from a scene, an ending and the
 * scenario (the default); a scene's own place wins; a place that is not
 * text is an error with its line; a place with no picture is a warning
 * with file:line, a "did you mean" and the list; a story without places
 * loads as before; a place is never a line to translate or read; and
 * every place a shipped story uses has its picture in assets/places/. */
#include "script_test.h"

#include <dirent.h>
#include <sys/stat.h>

#include "core/places.h"
#include "core/reading.h"
#include "core/translate.h"

static const char story_src[] =
    "scenario { id = \"p\", title = \"P\", start = \"a\", place = \"kitchen\" }\n"
    "scene \"a\" { \"At home.\", neutral { \"Ok.\", because = \"b\", next = \"b\" } }\n"
    "scene \"b\" {\n"
    "  place = \"parc\",\n"
    "  \"In the park.\", neutral { \"Ok.\", because = \"b\", next = \"c\" } }\n"
    "ending \"c\" { place = \"street\", title = \"End\", \"Outside.\" }\n";

static Story *load(const char *src, DiagList *d)
{
    return loader_load_text("places.lua", src, strlen(src), NULL, d);
}

static const char *const known[] = {"kitchen", "park", "street"};

static void reads_places_and_the_default(void **state)
{
    (void)state;
    DiagList d = {0};
    Story *s = load(story_src, &d);
    if (!s)
        print_diags(&d);
    assert_non_null(s);
    assert_string_equal(s->place, "kitchen");
    assert_null(s->scenes[story_find_scene(s, "a")].place);
    /* A scene without its own place is in the scenario's. */
    assert_string_equal(places_of_scene(s, story_find_scene(s, "a")), "kitchen");
    assert_string_equal(places_of_scene(s, story_find_scene(s, "b")), "parc");
    assert_string_equal(places_of_scene(s, story_find_scene(s, "c")), "street");
    assert_null(places_of_scene(s, -1));
    assert_null(places_of_scene(s, s->n_scenes));
    story_free(s);
    diag_list_clear(&d);
}

/* The problem whose message holds `text`, or NULL (and the list said). */
static const Diag *diag_saying(const DiagList *d, const char *text)
{
    const char *const words[] = {text, NULL};
    return find_diag(d, words);
}

static void a_place_with_no_picture_warns_with_its_line(void **state)
{
    (void)state;
    DiagList d = {0};
    Story *s = load(story_src, &d);
    assert_non_null(s);
    assert_int_equal(places_check(s, known, 3, &d), 1);
    const Diag *w = diag_saying(&d, "place = \"parc\" has no picture");
    assert_non_null(w);
    assert_int_equal(w->severity, DIAG_WARNING);
    assert_string_equal(w->file, "places.lua");
    assert_int_equal(w->line, 3); /* scene "b" { starts on line 3 */
    assert_non_null(strstr(w->message, "scene 'b'"));
    assert_non_null(strstr(w->message, "Did you mean \"park\"?"));
    assert_non_null(strstr(w->message, "kitchen, park, street"));
    /* Nothing close: the list and how to draw one. */
    const char *const other[] = {"office"};
    diag_list_clear(&d);
    assert_int_equal(places_check(s, other, 1, &d), 3);
    w = diag_saying(&d, "scenario: place = \"kitchen\"");
    assert_non_null(w);
    assert_int_equal(w->line, 1);
    assert_non_null(diag_saying(&d, "ending 'c': place = \"street\" has no picture. Use one of the "
                                  "places: office; or draw a new one"));
    story_free(s);
    diag_list_clear(&d);
}

static void a_place_that_is_not_text_is_an_error(void **state)
{
    (void)state;
    DiagList d = {0};
    const char *src = "scenario { id = \"p\", title = \"P\", start = \"a\" }\n"
                      "scene \"a\" { \"Hi.\", neutral { \"Ok.\", because = \"b\", next = \"c\" } }\n"
                      "ending \"c\" {\n  place = { \"park\" }, \"Done.\" }\n";
    Story *s = load(src, &d);
    assert_null(s);
    const Diag *e = diag_saying(&d, "ending: place must be text in quotes, not a table.");
    assert_non_null(e);
    assert_int_equal(e->severity, DIAG_ERROR);
    assert_int_equal(e->line, 3);
    diag_list_clear(&d);
    /* In a choice it is in the wrong place, and says where it belongs. */
    src = "scenario { id = \"p\", title = \"P\", start = \"a\" }\n"
          "scene \"a\" { \"Hi.\", neutral { \"Ok.\", because = \"b\", next = \"c\", place = \"park\" } }\n"
          "ending \"c\" { \"Done.\" }\n";
    s = load(src, &d);
    assert_non_null(diag_saying(&d, "which belongs in a scene, an ending or scenario { }"));
    story_free(s);
    diag_list_clear(&d);
}

static void a_story_without_places_loads_as_before(void **state)
{
    (void)state;
    DiagList d = {0};
    const char *src = "scenario { id = \"p\", title = \"P\", start = \"a\" }\n"
                      "scene \"a\" { \"Hi.\", neutral { \"Ok.\", because = \"b\", next = \"c\" } }\n"
                      "ending \"c\" { \"Done.\" }\n";
    Story *s = load(src, &d);
    assert_non_null(s);
    assert_int_equal(diag_count(&d, DIAG_ERROR), 0);
    assert_null(s->place);
    assert_null(places_of_scene(s, 0));
    assert_int_equal(places_check(s, known, 3, &d), 0);
    story_free(s);
    diag_list_clear(&d);
}

static void names_that_are_not_plain_are_not_places(void **state)
{
    (void)state;
    assert_true(places_valid_name("living-room"));
    assert_true(places_valid_name("a1"));
    assert_false(places_valid_name(""));
    assert_false(places_valid_name(NULL));
    assert_false(places_valid_name("../covers/x"));
    assert_false(places_valid_name("Kitchen"));
    assert_false(places_valid_name("-park"));
    assert_false(places_valid_name("park-"));
    assert_false(places_valid_name("a--b"));
    assert_false(places_valid_name("my place"));
    /* Such a place is kept (check warns) but never becomes a file name. */
    DiagList d = {0};
    const char *src = "scenario { id = \"p\", title = \"P\", start = \"a\" }\n"
                      "scene \"a\" { place = \"../../etc\", \"Hi.\", neutral { \"Ok.\", because = \"b\", next = \"c\" } }\n"
                      "ending \"c\" { \"Done.\" }\n";
    Story *s = load(src, &d);
    assert_non_null(s);
    assert_null(places_of_scene(s, 0));
    assert_int_equal(places_check(s, known, 3, &d), 1);
    story_free(s);
    diag_list_clear(&d);
}

static void counts_words(const char *text, void *ctx)
{
    if (strstr(text, "kitchen") || strstr(text, "parc") || strstr(text, "street"))
        ++*(int *)ctx;
}

static void a_place_is_not_a_line_to_read_or_translate(void **state)
{
    (void)state;
    DiagList d = {0};
    Story *s = load(story_src, &d);
    assert_non_null(s);
    TrLines lines = {0};
    assert_int_equal(translate_lines(s, &lines), 0);
    assert_true(lines.count > 0);
    for (int i = 0; i < lines.count; i++) {
        assert_null(strstr(lines.items[i].ctxt, "place"));
        assert_false(*lines.items[i].slot == s->place);
        for (int k = 0; k < s->n_scenes; k++)
            assert_false(*lines.items[i].slot == s->scenes[k].place);
    }
    translate_lines_free(&lines);
    int seen = 0;
    for (int k = 0; k < s->n_scenes; k++)
        reading_scene_each(s, k, counts_words, &seen);
    assert_int_equal(seen, 0);
    story_free(s);
    diag_list_clear(&d);
}

/* Every place a shipped story uses has its picture. */
static void shipped_places_have_pictures(void **state)
{
    (void)state;
    DIR *dir = opendir(SCRIPTS);
    assert_non_null(dir);
    struct dirent *e;
    int stories = 0, used = 0;
    while ((e = readdir(dir))) {
        size_t n = strlen(e->d_name);
        if (n < 5 || strcmp(e->d_name + n - 4, ".lua") != 0)
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", SCRIPTS, e->d_name);
        DiagList d = {0};
        Story *s = loader_load_file(path, NULL, &d);
        if (!s)
            print_diags(&d);
        assert_non_null(s);
        stories++;
        for (int k = -1; k < s->n_scenes; k++) {
            const char *p = k < 0 ? s->place : s->scenes[k].place;
            if (!p)
                continue;
            used++;
            char svg[1024];
            struct stat st;
            snprintf(svg, sizeof svg, "%s/../assets/places/%s.svg", SCRIPTS, p);
            if (!places_valid_name(p) || stat(svg, &st) != 0 || st.st_size < 100)
                fail_msg("%s: %s '%s' has place = \"%s\", and %s is not there", path,
                         k < 0 ? "the scenario" : "scene", k < 0 ? s->id : s->scenes[k].id, p,
                         svg);
        }
        story_free(s);
        diag_list_clear(&d);
    }
    closedir(dir);
    assert_true(stories >= 13);
    assert_true(used > 0); /* the stories do use places */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(reads_places_and_the_default),
        cmocka_unit_test(a_place_with_no_picture_warns_with_its_line),
        cmocka_unit_test(a_place_that_is_not_text_is_an_error),
        cmocka_unit_test(a_story_without_places_loads_as_before),
        cmocka_unit_test(names_that_are_not_plain_are_not_places),
        cmocka_unit_test(a_place_is_not_a_line_to_read_or_translate),
        cmocka_unit_test(shipped_places_have_pictures),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
