/* test_people.c — the story's people (issue 15): people = { }, with = and
 * reacts = read from a story file; who is in a scene (with =, else whom the
 * text names, else the main person); how they take a choice (reacts =, a
 * hurtful choice, the meters it moved) and the caption that says it; the
 * mistakes each field reports; and a story without them is unchanged. */
#include "script_test.h"

#include "core/people.h"

static const char story_src[] =
    "scenario { id = \"p\", title = \"P\", start = \"a\",\n"
    "  people = { tom = { name = \"Tom\", main = true }, mom = { name = \"Mom\", art = \"nina-mom\" },\n"
    "             rosa = \"Rosa\" } }\n"
    "scene \"a\" { \"Tom counts his tips. Mom calls.\",\n"
    "  support { \"Ask.\", because = \"b\", next = \"b\", reacts = { tom = \"warm\", mom = \"angry\" } },\n"
    "  rescue { \"Pay.\", because = \"b\", next = \"b\", effects = { intimacy = \"+10\" } },\n"
    "  hurtful { \"Snap.\", because = \"b\", next = \"b\", effects = { intimacy = \"+10\" } },\n"
    "  boundary { \"No.\", because = \"b\", next = \"b\", effects = { growth = \"+10\" } },\n"
    "  neutral { \"Hm.\", because = \"b\", next = \"b\", effects = { intimacy = \"-5\" } },\n"
    "}\n"
    "scene \"b\" { with = \"rosa\", \"Later.\", neutral { \"Ok.\", because = \"b\", next = \"c\", reacts = \"relieved\" } }\n"
    "scene \"c\" { \"Nobody named here.\", neutral { \"Ok.\", because = \"b\", next = \"d\" } }\n"
    "ending \"d\" { with = { }, \"Done.\" }\n";

static Story *load(const char *src, DiagList *d)
{
    return loader_load_text("people.lua", src, strlen(src), NULL, d);
}

static void reads_people_sorted_with_defaults(void **state)
{
    (void)state;
    DiagList d = {0};
    Story *s = load(story_src, &d);
    if (!s)
        print_diags(&d);
    assert_non_null(s);
    assert_int_equal(s->n_people, 3);
    assert_string_equal(s->people[0].key, "mom");
    assert_string_equal(s->people[0].art, "nina-mom");
    assert_string_equal(s->people[1].key, "rosa");
    assert_string_equal(s->people[1].name, "Rosa");
    assert_string_equal(s->people[1].art, "rosa");
    assert_string_equal(s->people[2].key, "tom");
    assert_true(s->people[2].main);
    story_free(s);
    diag_list_clear(&d);
}

static void who_is_in_a_scene(void **state)
{
    (void)state;
    DiagList d = {0};
    Story *s = load(story_src, &d);
    assert_non_null(s);
    int who[STORY_MAX_WITH];
    /* Named in the text, the first named first. */
    assert_int_equal(people_in_scene(s, story_find_scene(s, "a"), who), 2);
    assert_int_equal(who[0], people_find(s, "tom"));
    assert_int_equal(who[1], people_find(s, "mom"));
    /* with = says. */
    assert_int_equal(people_in_scene(s, story_find_scene(s, "b"), who), 1);
    assert_int_equal(who[0], people_find(s, "rosa"));
    /* No one named: the main person. */
    assert_int_equal(people_in_scene(s, story_find_scene(s, "c"), who), 1);
    assert_int_equal(who[0], people_find(s, "tom"));
    /* with = { }: no one. */
    assert_int_equal(people_in_scene(s, story_find_scene(s, "d"), who), 0);
    story_free(s);
    diag_list_clear(&d);
}

/* The face of `who` after choice `c` of scene a, played from the start. */
static Face face_after(const Story *s, int c, const char *who)
{
    Position p, q;
    runtime_start(s, &p);
    StepInfo info;
    char *err = NULL;
    assert_int_equal(runtime_step(s, &p, c, &q, &info, &err), 0);
    Feedback f = {.choice = &s->scenes[p.scene].choices[c], .info = info};
    memcpy(f.before, p.meters, sizeof f.before);
    memcpy(f.after, q.meters, sizeof f.after);
    return people_reaction(s, &f, people_find(s, who));
}

static void how_they_take_a_choice(void **state)
{
    (void)state;
    DiagList d = {0};
    Story *s = load(story_src, &d);
    assert_non_null(s);
    assert_int_equal(face_after(s, 0, "tom"), FACE_WARM);  /* reacts = */
    assert_int_equal(face_after(s, 0, "mom"), FACE_HURT);  /* "angry" is hurt */
    assert_int_equal(face_after(s, 0, "rosa"), FACE_CALM); /* said for others only; no meters */
    assert_int_equal(face_after(s, 1, "tom"), FACE_WARM);  /* intimacy up */
    assert_int_equal(face_after(s, 2, "tom"), FACE_HURT);  /* hurtful, whatever the meters */
    assert_int_equal(face_after(s, 3, "tom"), FACE_CALM);  /* growth is the player's own */
    assert_int_equal(face_after(s, 4, "tom"), FACE_HURT);  /* intimacy down */
    char buf[64];
    people_caption(s, people_find(s, "tom"), FACE_HURT, buf, sizeof buf);
    assert_string_equal(buf, "Tom looks hurt.");
    people_caption(s, people_find(s, "tom"), FACE_WARM, buf, sizeof buf);
    assert_string_equal(buf, "Tom looks relieved.");
    people_caption(s, people_find(s, "tom"), FACE_CALM, buf, sizeof buf);
    assert_string_equal(buf, "Tom stays calm.");
    assert_string_equal(people_face_name(FACE_HURT), "hurt");
    assert_int_equal(people_face_find("relieved"), FACE_WARM);
    assert_int_equal(people_face_find("sad"), FACE_BY_RULE);
    story_free(s);
    diag_list_clear(&d);
}

static void mistakes_are_named(void **state)
{
    (void)state;
    static const struct {
        const char *src;
        const char *words[3];
    } cases[] = {
        {"scenario { id = \"p\", title = \"P\", start = \"a\", people = { tom = \"Tom\" } }\n"
         "scene \"a\" { with = \"tomm\", \"x\", neutral { \"y\", because = \"b\", next = \"e\" } }\n"
         "ending \"e\" { \"z\" }\n",
         {"with names 'tomm'", "Did you mean 'tom'?"}},
        {"scenario { id = \"p\", title = \"P\", start = \"a\", people = { tom = \"Tom\" } }\n"
         "scene \"a\" { \"x\", neutral { \"y\", because = \"b\", next = \"e\", reacts = \"sad\" } }\n"
         "ending \"e\" { \"z\" }\n",
         {"reacts = takes \"calm\", \"hurt\""}},
        {"scenario { id = \"p\", title = \"P\", start = \"a\", people = { tom = { name = \"Tom\", "
         "art = \"a b\" } } }\n"
         "scene \"a\" { \"x\", neutral { \"y\", because = \"b\", next = \"e\" } }\n"
         "ending \"e\" { \"z\" }\n",
         {"art = \"a b\" names a picture"}},
        {"scenario { id = \"p\", title = \"P\", start = \"a\", people = { a = { main = true }, "
         "b = { main = true } } }\n"
         "scene \"a\" { \"x\", neutral { \"y\", because = \"b\", next = \"e\" } }\n"
         "ending \"e\" { \"z\" }\n",
         {"only one person can be main = true"}},
        {"scenario { id = \"p\", title = \"P\", start = \"a\", people = { tom = { nmae = \"T\" } } }\n"
         "scene \"a\" { \"x\", neutral { \"y\", because = \"b\", next = \"e\" } }\n"
         "ending \"e\" { \"z\" }\n",
         {"field 'nmae'", "Did you mean 'name'?"}},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        DiagList d = {0};
        Story *s = load(cases[i].src, &d);
        assert_null(s);
        assert_non_null(find_diag(&d, cases[i].words));
        diag_list_clear(&d);
    }
}

static void a_story_without_people_has_none(void **state)
{
    (void)state;
    static const char src[] = "scenario { id = \"p\", title = \"P\", start = \"a\" }\n"
                              "scene \"a\" { \"Tom is here.\", neutral { \"y\", because = \"b\", "
                              "next = \"e\" } }\nending \"e\" { \"z\" }\n";
    DiagList d = {0};
    Story *s = load(src, &d);
    assert_non_null(s);
    assert_int_equal(s->n_people, 0);
    int who[STORY_MAX_WITH];
    assert_int_equal(people_in_scene(s, 0, who), 0);
    story_free(s);
    diag_list_clear(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(reads_people_sorted_with_defaults),
        cmocka_unit_test(who_is_in_a_scene),
        cmocka_unit_test(how_they_take_a_choice),
        cmocka_unit_test(mistakes_are_named),
        cmocka_unit_test(a_story_without_people_has_none),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
